#pragma once

#include "core/jobs/job.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace kinescope {

class JobRegistry;

// Every job of a JobRegistry, in start order: title, state, progress and what it says about
// itself (or its error as a sentence). Rows follow the registry (added, removed).
class JobListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TitleColumn, StateColumn, ProgressColumn, MessageColumn, ColumnCount };
    enum Role {
        ProgressRole = Qt::UserRole + 1, // 0..100, or -1 while the total is unknown
        StateRole,                       // int(Job::State)
        FinishedRole,                    // bool
    };

    explicit JobListModel(JobRegistry* registry, QObject* parent = nullptr);

    // Null while the job is being destroyed (its row goes away right after).
    Job* job(int row) const { return row >= 0 && row < m_jobs.size() ? m_jobs[row].job : nullptr; }
    int rowOfJob(const Job* job) const;
    static QString stateText(Job::State state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void addJob(Job* job);
    void removeJob(Job* job);
    void jobChanged(Job* job);

    // `key` identifies the row even after the job started dying; `job` is null from then on,
    // so data() never calls into a half-destroyed object.
    struct Row {
        const Job* key = nullptr;
        QPointer<Job> job;
    };
    QList<Row> m_jobs;
};

} // namespace kinescope
