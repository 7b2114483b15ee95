#include "ui/inspector/inspector_panel.h"

#include "core/models/container_tree_model.h"
#include "core/models/fragment_table_model.h"
#include "core/models/frame_table_model.h"
#include "ui/inspector/hex_view.h"
#include "ui/inspector/inspection_worker.h"
#include "ui/inspector/keyframe_strip.h"
#include "ui/inspector/search_bar.h"
#include "ui/inspector/track_details_view.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kinescope {

InspectorPanel::InspectorPanel(QWidget* parent)
    : QWidget(parent)
    , m_generation(std::make_shared<std::atomic<quint64>>(0)) {
    qRegisterMetaType<std::shared_ptr<const kinescope::ElementTree>>();
    buildUi();
    m_worker = new InspectionWorker(m_generation);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &InspectionWorker::progress, this, &InspectorPanel::onProgress);
    connect(m_worker, &InspectionWorker::finished, this, &InspectorPanel::onFinished);
    m_thread.setObjectName(QStringLiteral("inspector"));
    m_thread.start();
}

InspectorPanel::~InspectorPanel() {
    ++*m_generation; // stops a running inspection at its next chunk
    m_thread.quit();
    m_thread.wait();
}

void InspectorPanel::buildUi() {
    m_openAction = new QAction(tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Inspect a local Matroska, WebM or MP4 file"));
    connect(m_openAction, &QAction::triggered, this, &InspectorPanel::openFileDialog);

    m_title = new QLabel(tr("No file — use Open… to inspect a Matroska, WebM or MP4 file."), this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary = new QLabel(this);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("inspectorError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &InspectorPanel::cancel);
    auto* openButton = new QPushButton(tr("Open…"), this);
    connect(openButton, &QPushButton::clicked, m_openAction, &QAction::trigger);

    m_search = new SearchBar(this);
    connect(m_search, &SearchBar::nextRequested, this,
            [this](const QString& text) { findNext(text); });
    connect(m_search, &SearchBar::previousRequested, this,
            [this](const QString& text) { findNext(text, true); });

    m_treeModel = new ContainerTreeModel(this);
    m_treeView = new QTreeView(this);
    m_treeView->setModel(m_treeModel);
    m_treeView->setUniformRowHeights(true);
    m_treeView->setAlternatingRowColors(true);
    m_treeView->header()->setStretchLastSection(true);
    m_treeView->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onCurrentElementChanged(current); });

    m_hex = new HexView(this);

    m_tracks = new TrackDetailsView(this);
    m_fragmentModel = new FragmentTableModel(this);
    m_fragmentView = new QTableView(this);
    m_fragmentView->setModel(m_fragmentModel);
    m_fragmentView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fragmentView->horizontalHeader()->setStretchLastSection(true);
    m_fragmentView->verticalHeader()->hide();
    m_fragmentView->setWordWrap(false);
    m_fragmentView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    connect(m_fragmentView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onFragmentRowChanged(current); });
    m_fragmentTags = new QTreeWidget(this);
    m_fragmentTags->setColumnCount(2);
    m_fragmentTags->setHeaderLabels({tr("Tag"), tr("Value")});
    m_fragmentTags->setRootIsDecorated(false);
    m_fragmentTags->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto* fragmentsPage = new QSplitter(Qt::Horizontal, this);
    fragmentsPage->addWidget(m_fragmentView);
    fragmentsPage->addWidget(m_fragmentTags);
    fragmentsPage->setStretchFactor(0, 3);
    fragmentsPage->setStretchFactor(1, 2);

    m_frameModel = new FrameTableModel(this);
    m_frameView = new QTableView(this);
    m_frameView->setModel(m_frameModel);
    m_frameView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_frameView->horizontalHeader()->setStretchLastSection(true);
    m_frameView->verticalHeader()->hide();
    m_frameView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    connect(m_frameView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onFrameRowChanged(current); });
    m_keyframesOnly = new QCheckBox(tr("Keyframes only"), this);
    connect(m_keyframesOnly, &QCheckBox::toggled, this,
            [this](bool on) { m_frameModel->setTree(m_tree, on); });
    auto* framesPage = new QWidget(this);
    auto* framesLayout = new QVBoxLayout(framesPage);
    framesLayout->setContentsMargins(0, 0, 0, 0);
    framesLayout->addWidget(m_keyframesOnly);
    framesLayout->addWidget(m_frameView, 1);

    m_tabs = new QTabWidget(this);
    m_tracksTab = m_tabs->addTab(m_tracks, tr("Tracks"));
    m_fragmentsTab = m_tabs->addTab(fragmentsPage, tr("Fragments"));
    m_framesTab = m_tabs->addTab(framesPage, tr("Frames"));
    m_tabs->setTabVisible(m_fragmentsTab, false);

    m_strip = new KeyframeStrip(this);
    connect(m_strip, &KeyframeStrip::frameClicked, this, &InspectorPanel::selectFrame);

    auto* top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_treeView);
    top->addWidget(m_hex);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    top->setSizes({660, 600});
    auto* main = new QSplitter(Qt::Vertical, this);
    main->addWidget(top);
    main->addWidget(m_tabs);
    main->setStretchFactor(0, 3);
    main->setStretchFactor(1, 2);

    auto* header = new QHBoxLayout;
    header->addWidget(openButton);
    header->addWidget(m_title, 1);
    header->addWidget(m_progress);
    header->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_search);
    layout->addWidget(main, 1);
    layout->addWidget(new QLabel(tr("Frames and keyframes:"), this));
    layout->addWidget(m_strip);
}

void InspectorPanel::openFileDialog() {
    auto* dialog = new QFileDialog(this, tr("Inspect a media file"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Media files (*.mkv *.webm *.mka *.mp4 *.m4s *.m4v *.m4a *.mov "
                               "*.mp4v *.cmfv *.ts *.bin)"),
                            tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, &InspectorPanel::inspectFile);
    dialog->open();
}

void InspectorPanel::inspectFile(const QString& path) {
    m_path = path;
    m_data.clear();
    start(QFileInfo(path).fileName());
    const quint64 generation = m_request;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, generation, path] { worker->inspectFile(generation, path); },
        Qt::QueuedConnection);
}

void InspectorPanel::inspectData(const QByteArray& data, const QString& title) {
    m_path.clear();
    m_data = data;
    start(title);
    const quint64 generation = m_request;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, generation, data] { worker->inspectData(generation, data); },
        Qt::QueuedConnection);
}

void InspectorPanel::start(const QString& title) {
    m_request = ++*m_generation; // a running inspection stops; its results are ignored
    m_busy = true;
    m_titleText = title;
    m_title->setText(title);
    m_summary->setText(tr("Reading…"));
    m_error->clear();
    m_error->hide();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    setTree(nullptr);
    Q_EMIT titleChanged(title);
    Q_EMIT inspectionStarted(title);
}

void InspectorPanel::cancel() {
    if (m_busy)
        ++*m_generation;
}

void InspectorPanel::onProgress(quint64 generation, quint64 done, quint64 total) {
    if (generation != m_request || total == 0)
        return;
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(std::min<quint64>(1000, done * 1000 / total)));
    m_summary->setText(tr("Reading… %1 of %2")
                           .arg(QLocale().formattedDataSize(qint64(done)),
                                QLocale().formattedDataSize(qint64(total))));
}

void InspectorPanel::onFinished(quint64 generation, std::shared_ptr<const ElementTree> tree,
                                bool canceled, const QString& ioError) {
    // Only the latest request counts (a canceled one still reports what it read).
    if (generation != m_request)
        return;
    m_busy = false;
    m_progress->hide();
    m_cancel->hide();
    if (!ioError.isEmpty()) {
        m_summary->clear();
        showError(tr("Could not read %1: %2").arg(m_path, ioError));
        Q_EMIT inspectionFinished(false);
        return;
    }
    setTree(tree);
    const ElementTree& t = *tree;
    QString summary = tr("%1 · %n element(s)", nullptr, t.size())
                          .arg(t.format() == MediaContainer::Matroska ? tr("Matroska")
                               : t.format() == MediaContainer::Mp4    ? tr("MP4")
                                                                      : tr("unknown format"));
    if (t.documents > 1)
        summary += QStringLiteral(" · ") + tr("%n EBML document(s)", nullptr, t.documents);
    summary += QStringLiteral(" · ") + tr("%n track(s)", nullptr, int(t.tracks.size()));
    const auto keyframes = std::count_if(t.frames.begin(), t.frames.end(),
                                         [](const FrameInfo& f) { return f.keyframe; });
    summary += QStringLiteral(" · ") +
               tr("%n frame(s) (%1 keyframes)", nullptr, int(t.frames.size())).arg(keyframes);
    if (!t.fragments.isEmpty())
        summary += QStringLiteral(" · ") + tr("%n fragment(s)", nullptr, int(t.fragments.size()));
    if (t.kvs)
        summary += QStringLiteral(" · ") + tr("KVS stream");
    summary += QStringLiteral(" · ") + QLocale().formattedDataSize(qint64(t.bytes));
    m_summary->setText(summary);

    if (canceled) {
        showError(tr("Canceled after %1 bytes; what was read until then is shown.").arg(t.bytes));
    } else if (t.failed) {
        if (t.format() == MediaContainer::Unknown || t.size() == 0)
            showError(tr("Not a Matroska or MP4 stream (%1).").arg(t.error.toString()));
        else
            showError(tr("The stream is truncated or corrupt (%1). Everything read before the "
                         "error is shown.")
                          .arg(t.error.toString()));
    }
    if (t.truncated())
        showError(m_error->text() + QLatin1Char(' ') +
                  tr("The tree keeps only the first %n element(s).", nullptr, t.size()));
    Q_EMIT inspectionFinished(!canceled && !t.failed);
}

void InspectorPanel::showError(const QString& text) {
    m_error->setText(text.trimmed());
    m_error->setVisible(!text.trimmed().isEmpty());
}

QString InspectorPanel::errorText() const {
    return m_error->text();
}

QString InspectorPanel::summaryText() const {
    return m_summary->text();
}

void InspectorPanel::setTree(std::shared_ptr<const ElementTree> tree) {
    m_tree = std::move(tree);
    m_matches.clear();
    m_matchIndex = -1;
    m_searchText.clear();
    m_search->setStatus(QString());
    m_treeModel->setTree(m_tree);
    m_fragmentModel->setTree(m_tree);
    m_frameModel->setTree(m_tree, m_keyframesOnly->isChecked());
    m_strip->setTree(m_tree);
    m_tracks->setTracks(m_tree ? m_tree->tracks : QList<TrackInfo>());
    m_hex->clear();
    m_fragmentTags->clear();
    const bool fragments = m_tree && (m_tree->kvs || !m_tree->fragments.isEmpty());
    m_tabs->setTabVisible(m_fragmentsTab, fragments);
    if (!m_tree)
        return;
    if (m_treeModel->rowCount() <= 16)
        m_treeView->expandToDepth(0);
    for (int c = 0; c < ContainerTreeModel::ValueColumn; ++c)
        m_treeView->resizeColumnToContents(c);
    if (m_treeModel->rowCount() > 0)
        m_treeView->setCurrentIndex(m_treeModel->index(0, 0)); // shows its bytes
    if (fragments) {
        m_fragmentView->resizeColumnsToContents();
        m_fragmentView->setCurrentIndex(m_fragmentModel->index(0, 0));
        m_tabs->setCurrentIndex(m_fragmentsTab);
    } else if (m_tabs->currentIndex() == m_fragmentsTab) {
        m_tabs->setCurrentIndex(m_tracksTab);
    }
}

QByteArray InspectorPanel::readBytes(quint64 offset, qsizetype size) const {
    if (m_path.isEmpty()) {
        if (offset >= quint64(m_data.size()))
            return {};
        return m_data.mid(qsizetype(offset), size);
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(qint64(offset)))
        return {};
    return file.read(size);
}

void InspectorPanel::onCurrentElementChanged(const QModelIndex& current) {
    if (!current.isValid() || !m_tree) {
        m_hex->clear();
        return;
    }
    const quint64 offset = m_treeModel->data(current, ContainerTreeModel::OffsetRole).toULongLong();
    const auto headerSize = m_treeModel->data(current, ContainerTreeModel::HeaderSizeRole).toUInt();
    quint64 total = m_treeModel->data(current, ContainerTreeModel::TotalSizeRole).toULongLong();
    if (offset < m_tree->bytes)
        total = std::min(total, m_tree->bytes - offset); // unknown sizes end with the stream
    const qsizetype want = qsizetype(std::min<quint64>(total, quint64(HexView::kMaxBytes)));
    const QByteArray bytes = readBytes(offset, want);
    if (bytes.isEmpty() && want > 0) {
        m_hex->showMessage(tr("The bytes at offset %1 could not be read.").arg(offset));
        return;
    }
    m_hex->setBytes(bytes, offset, int(headerSize), total);
}

bool InspectorPanel::findNext(const QString& text, bool backwards) {
    if (!m_tree || text.isEmpty()) {
        m_search->setStatus(QString());
        return false;
    }
    if (text != m_searchText) {
        m_searchText = text;
        m_matches = m_tree->find(text);
        m_matchIndex = backwards ? int(m_matches.size()) : -1;
    }
    if (m_matches.isEmpty()) {
        m_search->setStatus(tr("No match"));
        return false;
    }
    const int n = int(m_matches.size());
    m_matchIndex = ((backwards ? m_matchIndex - 1 : m_matchIndex + 1) % n + n) % n;
    selectNode(m_matches[m_matchIndex]);
    m_search->setStatus(tr("%1 of %2").arg(m_matchIndex + 1).arg(n));
    return true;
}

void InspectorPanel::selectNode(int node) {
    const QModelIndex index = m_treeModel->indexForNode(node);
    if (!index.isValid())
        return;
    m_treeView->setCurrentIndex(index);
    m_treeView->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

int InspectorPanel::nodeContaining(quint64 offset) const {
    if (!m_tree)
        return -1;
    int parent = -1;
    int found = -1;
    while (true) {
        // Children are in stream order: the last one starting at or before offset.
        int lo = 0;
        int hi = m_tree->childCount(parent) - 1;
        int best = -1;
        while (lo <= hi) {
            const int mid = (lo + hi) / 2;
            if (m_tree->node(m_tree->child(parent, mid)).offset <= offset) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (best < 0)
            return found;
        const int node = m_tree->child(parent, best);
        const ElementTree::Node& n = m_tree->node(node);
        const bool open = (n.flags & ElementTree::UnknownSize) != 0;
        if (!open && offset >= n.offset + n.totalSize())
            return found;
        found = node;
        parent = node;
    }
}

int InspectorPanel::frameForRow(int row) const {
    if (!m_tree || row < 0)
        return -1;
    if (!m_keyframesOnly->isChecked())
        return row;
    const quint64 offset =
        m_frameModel->data(m_frameModel->index(row, 0), FrameTableModel::OffsetRole).toULongLong();
    for (size_t i = 0; i < m_tree->frames.size(); ++i) {
        if (m_tree->frames[i].offset == offset)
            return int(i);
    }
    return -1;
}

int InspectorPanel::rowForFrame(int frame) const {
    if (!m_tree || frame < 0 || size_t(frame) >= m_tree->frames.size())
        return -1;
    if (!m_keyframesOnly->isChecked())
        return frame;
    const quint64 offset = m_tree->frames[size_t(frame)].offset;
    for (int row = 0; row < m_frameModel->rowCount(); ++row) {
        if (m_frameModel->data(m_frameModel->index(row, 0), FrameTableModel::OffsetRole)
                .toULongLong() == offset)
            return row;
    }
    return -1;
}

void InspectorPanel::onFrameRowChanged(const QModelIndex& current) {
    if (m_syncing || !current.isValid())
        return;
    selectFrame(frameForRow(current.row()));
}

void InspectorPanel::onFragmentRowChanged(const QModelIndex& current) {
    m_fragmentTags->clear();
    if (!m_tree || !current.isValid() || current.row() >= m_tree->fragments.size())
        return;
    const FragmentSummary& f = m_tree->fragments[current.row()];
    for (const auto& tag : f.tags)
        new QTreeWidgetItem(m_fragmentTags, {tag.first, tag.second});
    if (f.droppedTags > 0)
        new QTreeWidgetItem(m_fragmentTags,
                            {tr("(more)"), tr("%n tag(s) not kept", nullptr, f.droppedTags)});
    if (!m_syncing)
        selectNode(nodeContaining(f.offset));
}

void InspectorPanel::selectFrame(int frame) {
    if (!m_tree || frame < 0 || size_t(frame) >= m_tree->frames.size())
        return;
    m_syncing = true;
    m_strip->setSelectedFrame(frame);
    const int row = rowForFrame(frame);
    if (row >= 0) {
        const QModelIndex index = m_frameModel->index(row, 0);
        m_frameView->setCurrentIndex(index);
        m_frameView->scrollTo(index);
    }
    m_syncing = false;
    selectNode(nodeContaining(m_tree->frames[size_t(frame)].offset));
}

} // namespace kinescope
