#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace kinescope {

class ReviewFragmentModel;
class ReviewState;

// The fragment table dock: every fragment of the loaded range (ReviewFragmentModel) behind a
// sort/filter proxy. Sortable by every column (numerically), a filter box (fragment number or
// time text), Ctrl+C copies the selected rows as tab-separated text with a header line.
// The row selection and ReviewState's selection follow each other: selected rows select the
// time range they span; a range selected elsewhere (the timeline) selects the rows of the
// fragments it overlaps. Double-click moves the playhead to the fragment's start.
class FragmentTableView : public QWidget {
    Q_OBJECT

public:
    explicit FragmentTableView(ReviewState* review, QWidget* parent = nullptr);

    ReviewFragmentModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filter; }

    // The selected rows as TSV (header line first), as Ctrl+C copies them.
    QString selectedRowsAsTsv() const;
    void copySelection() const;

private:
    void onRowSelectionChanged();
    void selectRowsForReviewSelection();
    void onDoubleClicked(const QModelIndex& index);
    void updateSummary();

    ReviewState* m_review;
    ReviewFragmentModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_summary = nullptr;
    QTimer* m_syncTimer = nullptr;
    bool m_syncing = false;
};

} // namespace kinescope
