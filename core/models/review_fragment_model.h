#pragma once

#include "core/kvs/fragment.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>

#include <vector>

namespace kinescope {

class ReviewState;

// The fragment table of a review: one row per fragment of ReviewState's loaded range, in the
// order pages arrived (a QSortFilterProxyModel orders them). Rows are appended one page at a
// time from ReviewState::fragmentsAdded (one beginInsertRows per page, never per fragment);
// fragments seen before (pages may repeat them) are skipped; fragmentsCleared empties it.
class ReviewFragmentModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        ProducerTimeColumn,
        ServerTimeColumn,
        DurationColumn,
        SizeColumn,
        DriftColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers (epoch ms, ms, bytes); fragment numbers as text
        StartMsRole,                 // start in the review's clock (epoch ms)
        EndMsRole,                   // start + duration in the review's clock
        CopyRole,                    // text for the clipboard (UTC times with Z, plain numbers)
    };

    explicit ReviewFragmentModel(ReviewState* review, QObject* parent = nullptr);

    ReviewState* review() const { return m_review; }
    const Fragment& fragment(int row) const { return m_rows.at(size_t(row)); }
    // Pages inserted so far since the last clear (one rowsInserted each).
    int batchesInserted() const { return m_batches; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void appendPage(const QList<Fragment>& page);
    void clear();
    qint64 startMs(const Fragment& f) const;

    QPointer<ReviewState> m_review;
    std::vector<Fragment> m_rows;
    QSet<QString> m_numbers;
    int m_batches = 0;
};

} // namespace kinescope
