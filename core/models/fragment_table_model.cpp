#include "core/models/fragment_table_model.h"

#include <QDateTime>

namespace kinescope {

namespace {

QVariant utc(const std::optional<qint64>& ms) {
    if (!ms)
        return {};
    return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

FragmentTableModel::FragmentTableModel(QObject* parent)
    : QAbstractTableModel(parent) {
}

void FragmentTableModel::setTree(std::shared_ptr<const ElementTree> tree) {
    beginResetModel();
    m_tree = std::move(tree);
    endResetModel();
}

int FragmentTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_tree ? 0 : int(m_tree->fragments.size());
}

int FragmentTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FragmentTableModel::data(const QModelIndex& index, int role) const {
    if (!m_tree || !index.isValid() || index.row() >= m_tree->fragments.size())
        return {};
    const FragmentSummary& f = m_tree->fragments[index.row()];
    if (role == OffsetRole)
        return f.offset;
    if (role == BytesRole)
        return f.bytes;
    if (role == Qt::ToolTipRole && index.column() == TagsColumn) {
        QStringList lines;
        for (const auto& tag : f.tags)
            lines << tag.first + QStringLiteral(" = ") + tag.second;
        return lines.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IndexColumn:
        return f.index;
    case NumberColumn:
        if (!f.fragmentNumber.isEmpty())
            return f.fragmentNumber;
        return f.sequenceNumber ? QVariant(*f.sequenceNumber) : QVariant();
    case ServerTimeColumn:
        return utc(f.serverTimestampMs);
    case ProducerTimeColumn:
        return utc(f.producerTimestampMs);
    case DurationColumn:
        return f.durationMs ? QVariant(*f.durationMs) : QVariant();
    case FramesColumn:
        return f.frameCount;
    case KeyframeColumn:
        return f.firstKeyframeIndex >= 0 ? QVariant(f.firstKeyframeIndex) : QVariant();
    case BytesColumn:
        return f.bytes;
    case OffsetColumn:
        return f.offset;
    case TagsColumn: {
        if (!f.errorCode.isEmpty() || !f.errorMessage.isEmpty())
            return tr("error %1: %2").arg(f.errorCode, f.errorMessage);
        return f.tags.size();
    }
    default:
        return {};
    }
}

QVariant FragmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IndexColumn:
        return tr("#");
    case NumberColumn:
        return tr("Fragment number");
    case ServerTimeColumn:
        return tr("Server time (UTC)");
    case ProducerTimeColumn:
        return tr("Producer time (UTC)");
    case DurationColumn:
        return tr("Duration (ms)");
    case FramesColumn:
        return tr("Frames");
    case KeyframeColumn:
        return tr("Keyframe at");
    case BytesColumn:
        return tr("Bytes");
    case OffsetColumn:
        return tr("Offset");
    case TagsColumn:
        return tr("Tags");
    default:
        return {};
    }
}

} // namespace kinescope
