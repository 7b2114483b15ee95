#include "ui/desk/log_panel.h"

#include "core/models/log_model.h"
#include "core/review/workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kinescope {

LogPanel::LogPanel(Workspace* workspace, QWidget* parent)
    : QWidget(parent) {
    m_model = new LogModel(2000, this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    auto* header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    const QFontMetrics metrics = m_view->fontMetrics();
    m_view->setColumnWidth(LogModel::TimeColumn,
                           metrics.horizontalAdvance(QStringLiteral("00:00:00.000")) + 16);
    m_view->setColumnWidth(LogModel::LevelColumn,
                           metrics.horizontalAdvance(QStringLiteral("Warning")) + 16);
    m_view->setColumnWidth(LogModel::ContextColumn, 180);
    m_view->setColumnWidth(LogModel::MessageColumn, 560);
    m_view->setColumnWidth(LogModel::ErrorTypeColumn, 200);
    m_view->setColumnWidth(LogModel::HttpStatusColumn, 50);
    auto* clear = new QPushButton(tr("Clear"), this);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(clear);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(clear, &QPushButton::clicked, m_model, &LogModel::clear);
    connect(workspace, &Workspace::errorReported, m_model, &LogModel::addError);
    connect(workspace, &Workspace::infoReported, m_model,
            [this](const QString& message) { m_model->addInfo(message); });
    connect(m_model, &QAbstractItemModel::rowsInserted, m_view, &QTableView::scrollToBottom);
}

} // namespace kinescope
