#include "core/models/job_list_model.h"

#include "core/jobs/job_registry.h"

namespace kinescope {

JobListModel::JobListModel(JobRegistry* registry, QObject* parent)
    : QAbstractTableModel(parent) {
    connect(registry, &JobRegistry::jobAdded, this, &JobListModel::addJob);
    connect(registry, &JobRegistry::jobRemoved, this, &JobListModel::removeJob);
    for (Job* job : registry->jobs())
        addJob(job);
}

void JobListModel::addJob(Job* job) {
    if (rowOfJob(job) >= 0)
        return;
    const int row = int(m_jobs.size());
    beginInsertRows({}, row, row);
    m_jobs.append(Row{job, job});
    endInsertRows();
    connect(job, &Job::progress, this, [this, job] { jobChanged(job); });
    connect(job, &Job::stateChanged, this, [this, job] { jobChanged(job); });
}

int JobListModel::rowOfJob(const Job* job) const {
    for (qsizetype i = 0; i < m_jobs.size(); ++i)
        if (m_jobs[i].key == job)
            return int(i);
    return -1;
}

void JobListModel::removeJob(Job* job) {
    const int row = rowOfJob(job);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_jobs.removeAt(row);
    endRemoveRows();
    disconnect(job, nullptr, this, nullptr);
}

void JobListModel::jobChanged(Job* job) {
    const int row = rowOfJob(job);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString JobListModel::stateText(Job::State state) {
    switch (state) {
    case Job::State::Pending:
        return tr("Waiting");
    case Job::State::Running:
        return tr("Running");
    case Job::State::Succeeded:
        return tr("Done");
    case Job::State::Failed:
        return tr("Failed");
    case Job::State::Canceled:
        return tr("Canceled");
    }
    return {};
}

int JobListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Job* job = m_jobs.at(index.row()).job;
    if (!job)
        return {};
    int percent = -1;
    if (job->state() == Job::State::Succeeded)
        percent = 100;
    else if (job->total() > 0)
        percent = int(qBound(qint64(0), job->done() * 100 / job->total(), qint64(100)));
    switch (role) {
    case ProgressRole:
        return percent;
    case StateRole:
        return int(job->state());
    case FinishedRole:
        return job->isFinished();
    case Qt::ToolTipRole:
        if (job->error())
            return job->error()->toString();
        return job->progressText();
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return job->title();
        case StateColumn:
            return stateText(job->state());
        case ProgressColumn:
            return percent < 0 ? QString() : tr("%1 %").arg(percent);
        case MessageColumn:
            if (job->state() == Job::State::Failed && job->error())
                return job->error()->userMessage();
            return job->progressText();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Job");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case MessageColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace kinescope
