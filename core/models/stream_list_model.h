#pragma once

#include "core/kvs/kvs_types.h"

#include <QAbstractTableModel>
#include <QList>

namespace kinescope {

// The streams of the stream browser, as ListStreams returns them (pages appended as they
// arrive). Sort role: numbers for retention and creation time, the text otherwise.
class StreamListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        StatusColumn,
        MediaTypeColumn,
        RetentionColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, StreamNameRole, StreamArnRole };

    explicit StreamListModel(QObject* parent = nullptr);

    void clear();
    void appendStreams(const QList<StreamInfo>& page);
    // Replaces the details of the stream with the same ARN (after DescribeStream).
    void updateStream(const StreamInfo& info);
    const StreamInfo& stream(int row) const { return m_streams.at(row); }
    int rowOfName(const QString& name) const; // -1 when not listed

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "3 days", "1 h", "none (not stored)" — retention as people read it.
    static QString formatRetention(int hours);

private:
    QList<StreamInfo> m_streams;
};

} // namespace kinescope
