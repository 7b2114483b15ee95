#pragma once

#include <QMainWindow>

namespace kinescope {

class InspectorPanel;

// A main window hosting the inspector panel ("Kinescope — Inspector"), used by the
// `kinescope` executable until the review desk's main window exists.
class InspectorWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit InspectorWindow(QWidget* parent = nullptr);

    InspectorPanel* panel() const { return m_panel; }

private:
    void updateTitle(const QString& file);

    InspectorPanel* m_panel;
};

} // namespace kinescope
