#pragma once

#include "core/media/element_tree.h"

#include <QAbstractTableModel>

#include <memory>

namespace kinescope {

// One row per frame of an inspected stream: track, pts, dts, keyframe, size, offset (and the
// times in seconds of the track's time base). Optionally only the keyframes (a keyframe strip).
class FrameTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TrackColumn,
        PtsColumn,
        DtsColumn,
        TimeColumn,
        KeyframeColumn,
        SizeColumn,
        OffsetColumn,
        ColumnCount
    };
    enum Role { OffsetRole = Qt::UserRole + 1, SizeRole, SecondsRole };

    explicit FrameTableModel(QObject* parent = nullptr);
    void setTree(std::shared_ptr<const ElementTree> tree, bool keyframesOnly = false);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const FrameInfo& frameAt(int row) const;
    double seconds(const FrameInfo& frame) const;

    std::shared_ptr<const ElementTree> m_tree;
    std::vector<quint32> m_rows; // frame indices when filtered to keyframes
    bool m_keyframesOnly = false;
};

} // namespace kinescope
