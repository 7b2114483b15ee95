#pragma once

#include "core/aws/aws_error.h"

#include <QStatusBar>

class QLabel;
class QToolButton;

namespace kinescope {

class Workspace;

// The main window's status bar: the latest error as a sentence the operator can act on, with
// its AWS error type and request id (kept until dismissed or the next connection), passing
// information, and permanently the connection and the number of running jobs.
class DeskStatusBar : public QStatusBar {
    Q_OBJECT

public:
    explicit DeskStatusBar(Workspace* workspace, QWidget* parent = nullptr);

    QString errorText() const;
    QString connectionText() const;
    void clearError();
    // "Sentence (Type, HTTP 404, request id abc)" — what the error label shows.
    static QString describe(const QString& context, const AwsError& error);

private:
    void showError(const QString& context, const AwsError& error);
    void updateConnection();
    void updateJobs();

    Workspace* m_workspace;
    QLabel* m_errorIcon = nullptr;
    QLabel* m_error = nullptr;
    QToolButton* m_dismiss = nullptr;
    QLabel* m_jobs = nullptr;
    QLabel* m_connection = nullptr;
};

} // namespace kinescope
