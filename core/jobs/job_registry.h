#pragma once

#include "core/jobs/job.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace kinescope {

// Every long job of a window (or of a CLI command), in start order. The jobs panel's model
// reads it; whoever starts a job adds it here. Finished jobs stay listed until clearFinished().
// The registry does not own the jobs (their parent does); destroyed jobs drop out.
class JobRegistry : public QObject {
    Q_OBJECT
public:
    explicit JobRegistry(QObject* parent = nullptr);

    // Lists the job and starts it if it is still pending.
    void add(Job* job);
    QList<Job*> jobs() const;
    int runningCount() const;
    void cancelAll();
    void clearFinished();

Q_SIGNALS:
    void jobAdded(kinescope::Job* job);
    void jobRemoved(kinescope::Job* job); // destroyed, or cleared after finishing

private:
    void remove(Job* job);

    QList<Job*> m_jobs;
};

} // namespace kinescope
