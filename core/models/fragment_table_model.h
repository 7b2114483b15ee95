#pragma once

#include "core/media/element_tree.h"

#include <QAbstractTableModel>

#include <memory>

namespace kinescope {

// One row per fragment of an inspected stream (KVS chunks, fMP4 movie fragments): fragment
// number, server and producer timestamps, duration, frames, keyframe position, bytes, tags.
class FragmentTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        IndexColumn,
        NumberColumn,
        ServerTimeColumn,
        ProducerTimeColumn,
        DurationColumn,
        FramesColumn,
        KeyframeColumn,
        BytesColumn,
        OffsetColumn,
        TagsColumn,
        ColumnCount
    };
    enum Role { OffsetRole = Qt::UserRole + 1, BytesRole };

    explicit FragmentTableModel(QObject* parent = nullptr);
    void setTree(std::shared_ptr<const ElementTree> tree);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const ElementTree> m_tree;
};

} // namespace kinescope
