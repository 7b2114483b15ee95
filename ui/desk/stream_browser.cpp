#include "ui/desk/stream_browser.h"

#include "core/kvs/kvs_client.h"
#include "core/models/stream_list_model.h"
#include "core/review/review_state.h"
#include "core/review/workspace.h"
#include "ui/desk/review_loader.h"

#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace kinescope {

namespace {
constexpr int kPageSize = 100;
constexpr int kMaxStreams = 10000;
enum Detail {
    DetailName,
    DetailStatus,
    DetailMediaType,
    DetailRetention,
    DetailCreated,
    DetailKms,
    DetailArn,
    DetailDevice,
    DetailCount
};
} // namespace

StreamBrowser::StreamBrowser(Workspace* workspace, ReviewLoader* loader, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_loader(loader) {
    m_model = new StreamListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(StreamListModel::SortRole);
    m_proxy->setFilterKeyColumn(StreamListModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter streams"));
    m_filter->setClearButtonEnabled(true);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(StreamListModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setColumnHidden(StreamListModel::CreatedColumn, true);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();

    auto* detailsBox = new QGroupBox(tr("Stream details"), this);
    m_details = new QFormLayout(detailsBox);
    const QStringList labels{tr("Name:"),    tr("Status:"),  tr("Media type:"), tr("Retention:"),
                             tr("Created:"), tr("KMS key:"), tr("ARN:"),        tr("Device:")};
    for (const QString& label : labels) {
        auto* value = new QLabel(detailsBox);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // ARNs and key ids have no spaces to wrap at: clip them instead of widening the dock
        // (the tooltip and copying give the whole text).
        value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        value->setMinimumWidth(40);
        m_details->addRow(label, value);
        m_detailValues.append(value);
    }

    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_refresh);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addWidget(detailsBox);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_refresh, &QPushButton::clicked, this, &StreamBrowser::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &StreamBrowser::onCurrentChanged);
    connect(workspace, &Workspace::connectionChanged, this, &StreamBrowser::onConnectionChanged);
    connect(workspace->review(), &ReviewState::streamInfoChanged, this,
            &StreamBrowser::showDetails);
    connect(workspace->review(), &ReviewState::streamChanged, this, &StreamBrowser::showDetails);
    showDetails();
    onConnectionChanged();
}

void StreamBrowser::onConnectionChanged() {
    m_model->clear();
    ++m_generation;
    m_listing = false;
    m_refresh->setEnabled(m_workspace->isConnected());
    if (m_workspace->isConnected())
        refresh();
}

void StreamBrowser::refresh() {
    if (!m_workspace->isConnected())
        return;
    m_model->clear();
    m_message->hide();
    m_listing = true;
    fetchPage(QString(), ++m_generation);
}

void StreamBrowser::fetchPage(const QString& token, int generation) {
    m_workspace->kvs()->listStreams(
        QString(), kPageSize, token, this,
        [this, generation](const Result<Page<StreamInfo>>& page) {
            if (generation != m_generation)
                return;
            if (!page) {
                m_listing = false;
                m_message->setText(page.error().userMessage());
                m_message->show();
                m_workspace->reportError(tr("Listing streams"), page.error());
                Q_EMIT listingFinished(false);
                return;
            }
            m_model->appendStreams(page->items);
            if (!page->nextToken.isEmpty() && m_model->rowCount() < kMaxStreams) {
                fetchPage(page->nextToken, generation);
                return;
            }
            m_listing = false;
            if (m_model->rowCount() == 0) {
                m_message->setText(tr("This account has no Kinesis video streams in this region."));
                m_message->show();
            }
            if (!m_pendingName.isEmpty())
                openStream(m_pendingName);
            Q_EMIT listingFinished(true);
        });
}

void StreamBrowser::openStream(const QString& name) {
    const int row = m_model->rowOfName(name);
    const QModelIndex proxyIndex =
        row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    const bool alreadyOpen = m_workspace->review()->stream().name == name;
    if (proxyIndex.isValid()) {
        m_pendingName.clear();
        m_selecting = true;
        m_view->setCurrentIndex(proxyIndex);
        m_view->scrollTo(proxyIndex);
        m_selecting = false;
    } else if (m_listing) {
        m_pendingName = name; // select it when the list is complete
    }
    if (!alreadyOpen)
        m_loader->open(StreamRef::byName(name));
}

void StreamBrowser::onCurrentChanged() {
    if (m_selecting)
        return;
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QString name = current.data(StreamListModel::StreamNameRole).toString();
    if (m_workspace->review()->stream().name != name)
        m_loader->open(StreamRef::byName(name));
}

void StreamBrowser::showDetails() {
    const ReviewState* review = m_workspace->review();
    const StreamInfo& info = review->streamInfo();
    QStringList values(DetailCount);
    if (review->hasStream()) {
        values[DetailName] =
            info.streamName.isEmpty() ? review->stream().display() : info.streamName;
        values[DetailStatus] = info.status;
        values[DetailMediaType] = info.mediaType;
        if (!info.streamArn.isEmpty())
            values[DetailRetention] = StreamListModel::formatRetention(info.dataRetentionInHours);
        if (info.creationTimeMs > 0)
            values[DetailCreated] = QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(info.creationTimeMs).toLocalTime(),
                QLocale::LongFormat);
        values[DetailKms] = info.kmsKeyId;
        values[DetailArn] = info.streamArn;
        values[DetailDevice] = info.deviceName;
        if (!info.streamArn.isEmpty())
            m_model->updateStream(info);
    }
    for (int i = 0; i < DetailCount; ++i) {
        m_detailValues.at(i)->setText(values.at(i));
        m_detailValues.at(i)->setToolTip(values.at(i));
    }
}

QString StreamBrowser::detailsText() const {
    QStringList lines;
    for (int i = 0; i < m_details->rowCount(); ++i) {
        auto* label = qobject_cast<QLabel*>(m_details->itemAt(i, QFormLayout::LabelRole)->widget());
        lines << label->text() + QLatin1Char(' ') + m_detailValues.at(i)->text();
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace kinescope
