#include "ui/desk/desk_status_bar.h"

#include "core/jobs/job_registry.h"
#include "core/review/workspace.h"

#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace kinescope {

DeskStatusBar::DeskStatusBar(Workspace* workspace, QWidget* parent)
    : QStatusBar(parent)
    , m_workspace(workspace) {
    m_errorIcon = new QLabel(this);
    const int size = fontMetrics().height();
    m_errorIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_error = new QLabel(this);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dismiss = new QToolButton(this);
    m_dismiss->setText(QStringLiteral("×"));
    m_dismiss->setAutoRaise(true);
    m_dismiss->setToolTip(tr("Dismiss the error"));
    addWidget(m_errorIcon);
    addWidget(m_error, 1);
    addWidget(m_dismiss);
    m_jobs = new QLabel(this);
    m_connection = new QLabel(this);
    addPermanentWidget(m_jobs);
    addPermanentWidget(m_connection);
    clearError();

    connect(m_dismiss, &QToolButton::clicked, this, &DeskStatusBar::clearError);
    connect(workspace, &Workspace::errorReported, this, &DeskStatusBar::showError);
    connect(workspace, &Workspace::infoReported, this,
            [this](const QString& message) { showMessage(message, 8000); });
    connect(workspace, &Workspace::connectionChanged, this, [this] {
        clearError();
        updateConnection();
    });
    JobRegistry* jobs = workspace->jobs();
    connect(jobs, &JobRegistry::jobAdded, this, [this](Job* job) {
        connect(job, &Job::stateChanged, this, &DeskStatusBar::updateJobs);
        updateJobs();
    });
    connect(jobs, &JobRegistry::jobRemoved, this, &DeskStatusBar::updateJobs);
    updateConnection();
    updateJobs();
}

QString DeskStatusBar::describe(const QString& context, const AwsError& error) {
    QStringList details;
    if (!error.type.isEmpty())
        details << error.type;
    if (error.httpStatus > 0)
        details << tr("HTTP %1").arg(error.httpStatus);
    if (!error.requestId.isEmpty())
        details << tr("request id %1").arg(error.requestId);
    QString text = error.userMessage();
    if (!context.isEmpty())
        text = tr("%1: %2").arg(context, text);
    if (!details.isEmpty())
        text += QStringLiteral(" (%1)").arg(details.join(QStringLiteral(", ")));
    return text;
}

void DeskStatusBar::showError(const QString& context, const AwsError& error) {
    if (error.kind == AwsError::Kind::Canceled)
        return;
    const QString text = describe(context, error);
    m_error->setText(text);
    m_error->setToolTip(text);
    m_errorIcon->show();
    m_error->show();
    m_dismiss->show();
}

void DeskStatusBar::clearError() {
    m_error->clear();
    m_errorIcon->hide();
    m_error->hide();
    m_dismiss->hide();
}

QString DeskStatusBar::errorText() const {
    return m_error->text();
}

QString DeskStatusBar::connectionText() const {
    return m_connection->text();
}

void DeskStatusBar::updateConnection() {
    if (!m_workspace->isConnected()) {
        m_connection->setText(tr("Not connected"));
        return;
    }
    const AwsSetup& setup = *m_workspace->setup();
    m_connection->setText(tr("%1 · %2").arg(setup.profile, setup.region));
}

void DeskStatusBar::updateJobs() {
    const int running = m_workspace->jobs()->runningCount();
    m_jobs->setText(running > 0 ? tr("%n job(s) running", nullptr, running) : QString());
    m_jobs->setVisible(running > 0);
}

} // namespace kinescope
