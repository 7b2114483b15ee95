#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace kinescope {

class Job;
class JobListModel;
class JobRegistry;

// The jobs dock: every long job of the window (listings, thumbnails, downloads) with a
// progress bar, its state and what it is doing; cancel the selected jobs or all, clear the
// finished ones.
class JobsPanel : public QWidget {
    Q_OBJECT

public:
    explicit JobsPanel(JobRegistry* registry, QWidget* parent = nullptr);

    JobListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QPushButton* cancelButton() const { return m_cancel; }

    void cancelSelected();

private:
    void updateButtons();

    JobRegistry* m_registry;
    JobListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_cancelAll = nullptr;
    QPushButton* m_clear = nullptr;
};

} // namespace kinescope
