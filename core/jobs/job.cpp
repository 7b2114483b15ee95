#include "core/jobs/job.h"

namespace kinescope {

Job::Job(QString title, QObject* parent)
    : QObject(parent)
    , m_title(std::move(title)) {
}

void Job::start() {
    if (m_state != State::Pending)
        return;
    setState(State::Running);
    doStart();
}

void Job::cancel() {
    if (isFinished())
        return;
    doCancel();
    if (isFinished()) // doCancel may have finished the job itself
        return;
    m_error = AwsError::make(AwsError::Kind::Canceled, QStringLiteral("Canceled"),
                             tr("Canceled by the user."));
    setState(State::Canceled);
    Q_EMIT finished();
}

void Job::reportProgress(qint64 done, qint64 total, const QString& text) {
    m_done = done;
    m_total = total;
    m_progressText = text;
    Q_EMIT progress(done, total, text);
}

void Job::succeed() {
    if (isFinished())
        return;
    setState(State::Succeeded);
    Q_EMIT finished();
}

void Job::fail(const AwsError& error) {
    if (isFinished())
        return;
    m_error = error;
    setState(error.kind == AwsError::Kind::Canceled ? State::Canceled : State::Failed);
    Q_EMIT finished();
}

void Job::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace kinescope
