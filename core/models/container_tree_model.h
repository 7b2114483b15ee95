#pragma once

#include "core/media/element_tree.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>

namespace kinescope {

// The elements of an inspected Matroska/MP4 stream as a tree: name, ID, offset, header size,
// data size and value per row. Large child lists (a cluster's blocks, a movie's thousands of
// fragments) are loaded lazily in batches through canFetchMore()/fetchMore(), so a view over a
// gigabyte file stays responsive.
class ContainerTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        IdColumn,
        OffsetColumn,
        HeaderSizeColumn,
        DataSizeColumn,
        ValueColumn,
        ColumnCount
    };
    enum Role {
        NodeRole = Qt::UserRole + 1, // int: index of the node in the ElementTree
        OffsetRole,                  // quint64: first byte of the element
        HeaderSizeRole,              // quint32
        DataSizeRole,                // quint64
        TotalSizeRole,               // quint64: header + data (the bytes to show in a hex view)
    };
    static constexpr int kBatchSize = 1000;

    explicit ContainerTreeModel(QObject* parent = nullptr);

    void setTree(std::shared_ptr<const ElementTree> tree);
    std::shared_ptr<const ElementTree> tree() const { return m_tree; }

    // The index of a node, loading the batches on its way (for search results).
    QModelIndex indexForNode(int node);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    int nodeOf(const QModelIndex& index) const {
        return index.isValid() ? int(index.internalId()) - 1 : -1;
    }
    int loaded(int node) const;

    std::shared_ptr<const ElementTree> m_tree;
    QHash<int, int> m_loaded; // rows loaded so far, for nodes with more than kBatchSize children
    bool m_fetching = false;  // views may ask for more while rows are inserted or reset
};

} // namespace kinescope
