#include "ui/desk/fragment_table_view.h"

#include "core/models/review_fragment_model.h"
#include "core/review/review_state.h"
#include "core/util/time_format.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace kinescope {

FragmentTableView::FragmentTableView(ReviewState* review, QWidget* parent)
    : QWidget(parent)
    , m_review(review) {
    m_model = new ReviewFragmentModel(review, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ReviewFragmentModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter fragments (number or time)"));
    m_filter->setClearButtonEnabled(true);
    m_summary = new QLabel(this);
    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ReviewFragmentModel::ServerTimeColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const int timeWidth =
        m_view->fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31 23:59:59.999")) + 24;
    // Times first (what the operator reads); the long fragment numbers last, elided in the
    // middle (the tooltip and Ctrl+C give them whole).
    m_view->horizontalHeader()->moveSection(ReviewFragmentModel::NumberColumn,
                                            ReviewFragmentModel::ColumnCount - 1);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setColumnWidth(ReviewFragmentModel::DurationColumn,
                           m_view->fontMetrics().horizontalAdvance(QStringLiteral("10,000 ms")) +
                               16);
    m_view->setColumnWidth(ReviewFragmentModel::ProducerTimeColumn, timeWidth);
    m_view->setColumnWidth(ReviewFragmentModel::ServerTimeColumn, timeWidth);

    auto* copy = new QAction(tr("Copy rows"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &FragmentTableView::copySelection);
    m_view->addAction(copy);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_summary);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    // A selection dragged on the timeline changes many times a second: select rows once the
    // drag pauses, not on every change.
    m_syncTimer = new QTimer(this);
    m_syncTimer->setSingleShot(true);
    m_syncTimer->setInterval(30);
    connect(m_syncTimer, &QTimer::timeout, this, &FragmentTableView::selectRowsForReviewSelection);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FragmentTableView::onRowSelectionChanged);
    connect(m_view, &QTableView::doubleClicked, this, &FragmentTableView::onDoubleClicked);
    connect(review, &ReviewState::selectionChanged, this, [this] {
        if (!m_syncing)
            m_syncTimer->start();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &FragmentTableView::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FragmentTableView::updateSummary);
    updateSummary();
}

void FragmentTableView::updateSummary() {
    m_summary->setText(tr("%1 fragments").arg(QLocale().toString(m_model->rowCount())));
}

void FragmentTableView::onRowSelectionChanged() {
    if (m_syncing)
        return;
    qint64 start = std::numeric_limits<qint64>::max();
    qint64 end = std::numeric_limits<qint64>::min();
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& row : rows) {
        start = std::min(start, row.data(ReviewFragmentModel::StartMsRole).toLongLong());
        end = std::max(end, row.data(ReviewFragmentModel::EndMsRole).toLongLong());
    }
    m_syncing = true;
    if (rows.isEmpty())
        m_review->clearSelection();
    else
        m_review->setSelection({start, end});
    m_syncing = false;
}

void FragmentTableView::selectRowsForReviewSelection() {
    QItemSelection selection;
    const auto& range = m_review->selection();
    int firstRow = -1;
    if (range) {
        // Contiguous runs of overlapping rows in the view's order become one selection range.
        int runStart = -1;
        const int rows = m_proxy->rowCount();
        const int lastColumn = m_proxy->columnCount() - 1;
        for (int row = 0; row <= rows; ++row) {
            bool hit = false;
            if (row < rows) {
                const QModelIndex source = m_proxy->mapToSource(m_proxy->index(row, 0));
                const Fragment& f = m_model->fragment(source.row());
                const qint64 s = f.timestamp(m_review->clock());
                hit = s < range->endMs && s + std::max<qint64>(1, f.durationMs) > range->startMs;
            }
            if (hit && runStart < 0)
                runStart = row;
            if (!hit && runStart >= 0) {
                selection.select(m_proxy->index(runStart, 0), m_proxy->index(row - 1, lastColumn));
                if (firstRow < 0)
                    firstRow = runStart;
                runStart = -1;
            }
        }
    }
    m_syncing = true;
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (firstRow >= 0) {
        // Vertically only: keep the columns the operator scrolled to.
        const int column = m_view->columnAt(m_view->viewport()->width() / 2);
        m_view->scrollTo(m_proxy->index(
            firstRow, column >= 0 ? column : m_view->horizontalHeader()->logicalIndex(0)));
    }
    m_syncing = false;
}

void FragmentTableView::onDoubleClicked(const QModelIndex& index) {
    if (index.isValid())
        m_review->setPlayheadMs(index.data(ReviewFragmentModel::StartMsRole).toLongLong());
}

QString FragmentTableView::selectedRowsAsTsv() const {
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    if (rows.isEmpty())
        return {};
    QStringList lines;
    QStringList header;
    for (int c = 0; c < m_proxy->columnCount(); ++c)
        header << m_proxy->headerData(c, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    for (const QModelIndex& row : rows) {
        QStringList cells;
        for (int c = 0; c < m_proxy->columnCount(); ++c)
            cells << m_proxy->index(row.row(), c).data(ReviewFragmentModel::CopyRole).toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void FragmentTableView::copySelection() const {
    const QString text = selectedRowsAsTsv();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

} // namespace kinescope
