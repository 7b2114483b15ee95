#include "core/models/stream_list_model.h"

#include <QDateTime>

namespace kinescope {

StreamListModel::StreamListModel(QObject* parent)
    : QAbstractTableModel(parent) {
}

void StreamListModel::clear() {
    if (m_streams.isEmpty())
        return;
    beginResetModel();
    m_streams.clear();
    endResetModel();
}

void StreamListModel::appendStreams(const QList<StreamInfo>& page) {
    if (page.isEmpty())
        return;
    const int first = int(m_streams.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_streams += page;
    endInsertRows();
}

void StreamListModel::updateStream(const StreamInfo& info) {
    for (int row = 0; row < m_streams.size(); ++row) {
        const StreamInfo& s = m_streams.at(row);
        const bool same = !info.streamArn.isEmpty() ? s.streamArn == info.streamArn
                                                    : s.streamName == info.streamName;
        if (!same)
            continue;
        m_streams[row] = info;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
}

int StreamListModel::rowOfName(const QString& name) const {
    for (int row = 0; row < m_streams.size(); ++row) {
        if (m_streams.at(row).streamName == name)
            return row;
    }
    return -1;
}

int StreamListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_streams.size());
}

int StreamListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString StreamListModel::formatRetention(int hours) {
    if (hours <= 0)
        return tr("none (live only)");
    if (hours % 24 == 0)
        return tr("%n day(s)", nullptr, hours / 24);
    return tr("%n hour(s)", nullptr, hours);
}

QVariant StreamListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StreamInfo& s = m_streams.at(index.row());
    switch (role) {
    case StreamNameRole:
        return s.streamName;
    case StreamArnRole:
        return s.streamArn;
    case Qt::ToolTipRole:
        return s.streamArn;
    case SortRole:
        if (index.column() == RetentionColumn)
            return s.dataRetentionInHours;
        if (index.column() == CreatedColumn)
            return s.creationTimeMs;
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return s.streamName;
        case StatusColumn:
            return s.status;
        case MediaTypeColumn:
            return s.mediaType;
        case RetentionColumn:
            return formatRetention(s.dataRetentionInHours);
        case CreatedColumn:
            return s.creationTimeMs > 0 ? QDateTime::fromMSecsSinceEpoch(s.creationTimeMs)
                                              .toLocalTime()
                                              .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                        : QString();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant StreamListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Stream");
    case StatusColumn:
        return tr("Status");
    case MediaTypeColumn:
        return tr("Media type");
    case RetentionColumn:
        return tr("Retention");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

} // namespace kinescope
