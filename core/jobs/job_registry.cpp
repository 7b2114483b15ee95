#include "core/jobs/job_registry.h"

namespace kinescope {

JobRegistry::JobRegistry(QObject* parent)
    : QObject(parent) {
}

void JobRegistry::add(Job* job) {
    if (!job || m_jobs.contains(job))
        return;
    m_jobs.append(job);
    connect(job, &QObject::destroyed, this, [this, job] { remove(job); });
    Q_EMIT jobAdded(job);
    if (job->state() == Job::State::Pending)
        job->start();
}

QList<Job*> JobRegistry::jobs() const {
    return m_jobs;
}

int JobRegistry::runningCount() const {
    int n = 0;
    for (const Job* job : m_jobs)
        n += job->state() == Job::State::Running ? 1 : 0;
    return n;
}

void JobRegistry::cancelAll() {
    const QList<Job*> jobs = m_jobs;
    for (Job* job : jobs)
        if (!job->isFinished())
            job->cancel();
}

void JobRegistry::clearFinished() {
    const QList<Job*> jobs = m_jobs;
    for (Job* job : jobs)
        if (job->isFinished())
            remove(job);
}

void JobRegistry::remove(Job* job) {
    const qsizetype i = m_jobs.indexOf(job);
    if (i < 0)
        return;
    m_jobs.removeAt(i);
    QObject::disconnect(job, nullptr, this, nullptr);
    Q_EMIT jobRemoved(job);
}

} // namespace kinescope
