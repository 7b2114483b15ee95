#include "core/models/frame_table_model.h"

namespace kinescope {

FrameTableModel::FrameTableModel(QObject* parent)
    : QAbstractTableModel(parent) {
}

void FrameTableModel::setTree(std::shared_ptr<const ElementTree> tree, bool keyframesOnly) {
    beginResetModel();
    m_tree = std::move(tree);
    m_keyframesOnly = keyframesOnly;
    m_rows.clear();
    if (m_tree && keyframesOnly) {
        for (size_t i = 0; i < m_tree->frames.size(); ++i) {
            if (m_tree->frames[i].keyframe)
                m_rows.push_back(quint32(i));
        }
    }
    endResetModel();
}

int FrameTableModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || !m_tree)
        return 0;
    const size_t n = m_keyframesOnly ? m_rows.size() : m_tree->frames.size();
    return int(std::min<size_t>(n, size_t(std::numeric_limits<int>::max())));
}

int FrameTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const FrameInfo& FrameTableModel::frameAt(int row) const {
    return m_tree->frames[m_keyframesOnly ? m_rows[size_t(row)] : size_t(row)];
}

double FrameTableModel::seconds(const FrameInfo& frame) const {
    for (const TrackInfo& t : m_tree->tracks) {
        if (t.number == frame.track && t.timeBaseDen > 0)
            return double(frame.pts) * double(t.timeBaseNum) / double(t.timeBaseDen);
    }
    return qQNaN();
}

QVariant FrameTableModel::data(const QModelIndex& index, int role) const {
    if (!m_tree || !index.isValid() || index.row() >= rowCount())
        return {};
    const FrameInfo& f = frameAt(index.row());
    switch (role) {
    case OffsetRole:
        return f.offset;
    case SizeRole:
        return f.size;
    case SecondsRole:
        return seconds(f);
    case Qt::DisplayRole:
        switch (index.column()) {
        case TrackColumn:
            return f.track;
        case PtsColumn:
            return f.pts;
        case DtsColumn:
            return f.hasDts ? QVariant(f.dts) : QVariant();
        case TimeColumn: {
            const double s = seconds(f);
            return qIsNaN(s) ? QVariant() : QVariant(QString::number(s, 'f', 3));
        }
        case KeyframeColumn:
            return f.keyframe ? tr("key") : QString();
        case SizeColumn:
            return f.size;
        case OffsetColumn:
            return f.offset;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant FrameTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TrackColumn:
        return tr("Track");
    case PtsColumn:
        return tr("PTS");
    case DtsColumn:
        return tr("DTS");
    case TimeColumn:
        return tr("Time (s)");
    case KeyframeColumn:
        return tr("Keyframe");
    case SizeColumn:
        return tr("Size");
    case OffsetColumn:
        return tr("Offset");
    default:
        return {};
    }
}

} // namespace kinescope
