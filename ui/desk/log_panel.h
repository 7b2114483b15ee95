#pragma once

#include <QWidget>

class QTableView;

namespace kinescope {

class LogModel;
class Workspace;

// The log dock: everything the workspace reported (errors with their AWS error type, HTTP
// status and request id; information), newest at the bottom. Secrets and session URLs are
// redacted by LogModel.
class LogPanel : public QWidget {
    Q_OBJECT

public:
    explicit LogPanel(Workspace* workspace, QWidget* parent = nullptr);

    LogModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

private:
    LogModel* m_model = nullptr;
    QTableView* m_view = nullptr;
};

} // namespace kinescope
