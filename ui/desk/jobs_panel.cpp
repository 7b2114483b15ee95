#include "ui/desk/jobs_panel.h"

#include "core/jobs/job_registry.h"
#include "core/models/job_list_model.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QStyle>
#include <QStyleOptionProgressBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace kinescope {

namespace {

// Paints JobListModel's progress column as a progress bar (busy while the total is unknown).
class ProgressDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override {
        if (index.column() != JobListModel::ProgressColumn) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        const int percent = index.data(JobListModel::ProgressRole).toInt();
        const bool finished = index.data(JobListModel::FinishedRole).toBool();
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 2, -2, -2);
        bar.state = option.state | QStyle::State_Horizontal;
        bar.minimum = 0;
        bar.maximum = percent < 0 && !finished ? 0 : 100;
        bar.progress = percent < 0 ? 0 : percent;
        bar.textVisible = percent >= 0;
        bar.text = index.data(Qt::DisplayRole).toString();
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }
};

} // namespace

JobsPanel::JobsPanel(JobRegistry* registry, QWidget* parent)
    : QWidget(parent)
    , m_registry(registry) {
    m_model = new JobListModel(registry, this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ProgressDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(JobListModel::TitleColumn, 260);
    m_view->setColumnWidth(JobListModel::ProgressColumn, 140);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancelAll = new QPushButton(tr("Cancel all"), this);
    m_clear = new QPushButton(tr("Clear finished"), this);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_cancelAll);
    buttons->addStretch();
    buttons->addWidget(m_clear);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, this, &JobsPanel::cancelSelected);
    connect(m_cancelAll, &QPushButton::clicked, registry, &JobRegistry::cancelAll);
    connect(m_clear, &QPushButton::clicked, registry, &JobRegistry::clearFinished);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &JobsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &JobsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int row) {
        m_view->scrollTo(m_model->index(row, 0));
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &JobsPanel::updateButtons);
    updateButtons();
}

void JobsPanel::cancelSelected() {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& row : rows) {
        if (Job* job = m_model->job(row.row()); job && !job->isFinished())
            job->cancel();
    }
}

void JobsPanel::updateButtons() {
    bool selectedRunning = false;
    for (const QModelIndex& row : m_view->selectionModel()->selectedRows())
        selectedRunning |= !row.data(JobListModel::FinishedRole).toBool();
    m_cancel->setEnabled(selectedRunning);
    m_cancelAll->setEnabled(m_registry->runningCount() > 0);
}

} // namespace kinescope
