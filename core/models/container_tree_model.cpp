#include "core/models/container_tree_model.h"

namespace kinescope {

ContainerTreeModel::ContainerTreeModel(QObject* parent)
    : QAbstractItemModel(parent) {
}

void ContainerTreeModel::setTree(std::shared_ptr<const ElementTree> tree) {
    m_fetching = true; // no fetching from inside the reset notifications
    beginResetModel();
    m_tree = std::move(tree);
    m_loaded.clear();
    endResetModel();
    m_fetching = false;
}

int ContainerTreeModel::loaded(int node) const {
    if (!m_tree)
        return 0;
    const int total = m_tree->childCount(node);
    if (total <= kBatchSize)
        return total;
    return m_loaded.value(node, kBatchSize);
}

QModelIndex ContainerTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (!m_tree || column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const int parentNode = nodeOf(parent);
    if (row >= loaded(parentNode))
        return {};
    const int node = m_tree->child(parentNode, row);
    if (node < 0)
        return {};
    return createIndex(row, column, quintptr(node) + 1);
}

QModelIndex ContainerTreeModel::parent(const QModelIndex& child) const {
    if (!m_tree || !child.isValid())
        return {};
    const int parentNode = m_tree->node(nodeOf(child)).parent;
    if (parentNode < 0)
        return {};
    return createIndex(m_tree->node(parentNode).row, 0, quintptr(parentNode) + 1);
}

int ContainerTreeModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return loaded(nodeOf(parent));
}

int ContainerTreeModel::columnCount(const QModelIndex& parent) const {
    Q_UNUSED(parent)
    return ColumnCount;
}

bool ContainerTreeModel::hasChildren(const QModelIndex& parent) const {
    if (!m_tree || (parent.isValid() && parent.column() != 0))
        return false;
    return m_tree->childCount(nodeOf(parent)) > 0;
}

bool ContainerTreeModel::canFetchMore(const QModelIndex& parent) const {
    if (!m_tree || m_fetching || (parent.isValid() && parent.column() != 0))
        return false;
    const int node = nodeOf(parent);
    return loaded(node) < m_tree->childCount(node);
}

void ContainerTreeModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    const int node = nodeOf(parent);
    const int from = loaded(node);
    const int to = std::min(from + kBatchSize, m_tree->childCount(node));
    m_fetching = true;
    beginInsertRows(parent, from, to - 1);
    m_loaded.insert(node, to);
    endInsertRows();
    m_fetching = false;
}

QModelIndex ContainerTreeModel::indexForNode(int node) {
    if (!m_tree || node < 0 || node >= m_tree->size())
        return {};
    const ElementTree::Node& n = m_tree->node(node);
    const QModelIndex parentIndex = n.parent < 0 ? QModelIndex() : indexForNode(n.parent);
    while (loaded(n.parent) <= n.row && canFetchMore(parentIndex))
        fetchMore(parentIndex);
    return index(n.row, 0, parentIndex);
}

QVariant ContainerTreeModel::data(const QModelIndex& index, int role) const {
    if (!m_tree || !index.isValid())
        return {};
    const int node = nodeOf(index);
    const ElementTree::Node& n = m_tree->node(node);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return QString::fromLatin1(n.name);
        case IdColumn:
            return m_tree->idText(node);
        case OffsetColumn:
            return n.offset;
        case HeaderSizeColumn:
            return n.headerSize;
        case DataSizeColumn:
            if ((n.flags & ElementTree::UnknownSize) && (n.flags & ElementTree::Master))
                return QStringLiteral("%1 (unknown size)").arg(n.dataSize);
            return n.dataSize;
        case ValueColumn:
            if (n.flags & ElementTree::Incomplete)
                return tr("(incomplete) %1").arg(m_tree->valueText(node));
            return m_tree->valueText(node);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return tr("%1 (%2) at offset %3: %4 header bytes, %5 data bytes")
            .arg(QLatin1String(n.name), m_tree->idText(node))
            .arg(n.offset)
            .arg(n.headerSize)
            .arg(n.dataSize);
    case Qt::TextAlignmentRole:
        if (index.column() >= OffsetColumn && index.column() <= DataSizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case NodeRole:
        return node;
    case OffsetRole:
        return n.offset;
    case HeaderSizeRole:
        return n.headerSize;
    case DataSizeRole:
        return n.dataSize;
    case TotalSizeRole:
        return n.totalSize();
    default:
        return {};
    }
}

QVariant ContainerTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Element");
    case IdColumn:
        return tr("ID");
    case OffsetColumn:
        return tr("Offset");
    case HeaderSizeColumn:
        return tr("Header");
    case DataSizeColumn:
        return tr("Size");
    case ValueColumn:
        return tr("Value");
    default:
        return {};
    }
}

} // namespace kinescope
