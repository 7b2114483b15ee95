#include "ui/player/player_panel.h"

#include "core/kvs/playback_time_map.h"
#include "core/kvs/streaming_session_options.h"
#include "core/review/review_state.h"
#include "core/review/workspace.h"
#include "ui/player/playback_engine.h"
#include "ui/player/session_dialog.h"
#include "ui/player/video_view.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStandardItemModel>
#include <QStyle>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace kinescope {

namespace {

QString clockText(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm:ss.zzz"));
}

QString protocolName(StreamingProtocol p) {
    return p == StreamingProtocol::Hls ? QStringLiteral("HLS") : QStringLiteral("DASH");
}

} // namespace

PlayerPanel::PlayerPanel(Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_engine(new PlaybackEngine(this))
    , m_view(new VideoView(this))
    , m_template(std::make_unique<StreamingSessionOptions>()) {
    m_noVideoTimer.setSingleShot(true);
    m_noVideoTimer.setInterval(kNoVideoTimeoutMs);
    connect(&m_noVideoTimer, &QTimer::timeout, this, &PlayerPanel::onNoVideoTimeout);
    buildActions();
    buildUi();

    connect(m_engine, &PlaybackEngine::frameArrived, this, &PlayerPanel::onFrame);
    connect(m_engine, &PlaybackEngine::positionChanged, this, &PlayerPanel::onPosition);
    connect(m_engine, &PlaybackEngine::playingChanged, this, &PlayerPanel::updateTransport);
    connect(m_engine, &PlaybackEngine::speedChanged, this, &PlayerPanel::updateTransport);
    connect(m_engine, &PlaybackEngine::problemChanged, this, &PlayerPanel::onEngineProblem);
    connect(m_engine, &PlaybackEngine::notice, this, &PlayerPanel::onNotice);
    connect(m_engine, &PlaybackEngine::measuredSpeedChanged, this, &PlayerPanel::onMeasuredSpeed);
    connect(m_engine, &PlaybackEngine::endReached, this, &PlayerPanel::onEndReached);

    ReviewState* review = m_workspace->review();
    connect(review, &ReviewState::playheadChanged, this, &PlayerPanel::onPlayheadChanged);
    connect(review, &ReviewState::streamChanged, this, &PlayerPanel::onStreamChanged);
    connect(review, &ReviewState::selectionChanged, this, &PlayerPanel::updateIdleMessage);
    connect(review, &ReviewState::indexChanged, this, &PlayerPanel::updateTransport);
    connect(m_workspace, &Workspace::connectionChanged, this, [this] {
        stop();
        setupSessions();
        updateIdleMessage();
    });
    setupSessions();
    updateIdleMessage();
    updateTransport();
}

PlayerPanel::~PlayerPanel() {
    // The engine is a child: it outlives this part of the panel and must not call back.
    disconnect(m_engine, nullptr, this, nullptr);
    delete m_engine;
    m_engine = nullptr;
}

void PlayerPanel::buildActions() {
    const auto make = [this](const QString& text, const QKeySequence& key, const QString& tip) {
        auto* a = new QAction(text, this);
        if (!key.isEmpty())
            a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(
            key.isEmpty() ? tip : tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        addAction(a);
        return a;
    };
    m_playPause = make(tr("Play"), QKeySequence(Qt::Key_Space),
                       tr("Play or pause; with nothing loaded, plays the selection (ON_DEMAND) "
                          "or from the playhead (LIVE_REPLAY)"));
    m_playPause->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    connect(m_playPause, &QAction::triggered, this, &PlayerPanel::togglePlay);
    m_stop = make(tr("Stop"), {}, tr("Stop playing and end the streaming session"));
    m_stop->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    connect(m_stop, &QAction::triggered, this, &PlayerPanel::stop);
    m_stepBack = make(tr("Frame back"), QKeySequence(Qt::Key_Comma), tr("Step one frame back"));
    m_stepBack->setIcon(style()->standardIcon(QStyle::SP_MediaSeekBackward));
    connect(m_stepBack, &QAction::triggered, this, [this] { m_engine->stepFrames(-1); });
    m_stepForward =
        make(tr("Frame forward"), QKeySequence(Qt::Key_Period), tr("Step one frame forward"));
    m_stepForward->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    connect(m_stepForward, &QAction::triggered, this, [this] { m_engine->stepFrames(1); });
    m_shuttleJ = make(tr("J"), QKeySequence(Qt::Key_J),
                      tr("Play backwards; each press doubles the speed up to 16×. Uses the media "
                         "framework's reverse playback; where a stream cannot play backwards, "
                         "steps back through it instead"));
    connect(m_shuttleJ, &QAction::triggered, this, [this] {
        if (!m_engine->hasMedia())
            return;
        m_engine->shuttleBackward();
    });
    m_shuttleK = make(tr("K"), QKeySequence(Qt::Key_K), tr("Pause"));
    connect(m_shuttleK, &QAction::triggered, m_engine, &PlaybackEngine::shuttleStop);
    m_shuttleL = make(tr("L"), QKeySequence(Qt::Key_L),
                      tr("Play forward; each press doubles the speed up to 16×"));
    connect(m_shuttleL, &QAction::triggered, this, [this] {
        if (!m_engine->hasMedia()) {
            togglePlay();
            return;
        }
        if (m_active && m_active->mode == PlaybackMode::Live && m_engine->isPlaying() &&
            m_engine->speed() >= 1.0) {
            onNotice(tr("A LIVE session plays at the live edge and cannot go faster than 1×."));
            return;
        }
        m_engine->shuttleForward();
    });
    m_prevEdge = make(tr("Previous gap edge"), QKeySequence(Qt::Key_BracketLeft),
                      tr("Jump to where the previous gap in the recording starts or ends"));
    m_prevEdge->setIcon(style()->standardIcon(QStyle::SP_MediaSkipBackward));
    connect(m_prevEdge, &QAction::triggered, this, [this] { jumpToGapEdge(false); });
    m_nextEdge = make(tr("Next gap edge"), QKeySequence(Qt::Key_BracketRight),
                      tr("Jump to where the next gap in the recording starts or ends"));
    m_nextEdge->setIcon(style()->standardIcon(QStyle::SP_MediaSkipForward));
    connect(m_nextEdge, &QAction::triggered, this, [this] { jumpToGapEdge(true); });
    m_sessionDialog = make(tr("Session…"), {},
                           tr("Choose every streaming session parameter (protocol, mode, clock, "
                              "container, expiry, …) and play"));
    connect(m_sessionDialog, &QAction::triggered, this, &PlayerPanel::openSessionDialog);
}

void PlayerPanel::buildUi() {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view, 1);

    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setRange(0, 0);
    m_slider->setToolTip(tr("Position in the media being played"));
    connect(m_slider, &QSlider::sliderPressed, this, [this] { m_sliderDown = true; });
    connect(m_slider, &QSlider::sliderReleased, this, [this] {
        m_sliderDown = false;
        m_engine->seek(m_slider->value());
    });
    connect(m_slider, &QSlider::sliderMoved, this, &PlayerPanel::onSliderMoved);
    layout->addWidget(m_slider);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 0, 4, 2);
    const auto button = [this, bar](QAction* action, bool textOnly = false) {
        auto* b = new QToolButton(this);
        b->setDefaultAction(action);
        b->setAutoRaise(true);
        if (textOnly)
            b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        bar->addWidget(b);
        return b;
    };
    button(m_playPause);
    button(m_stop);
    button(m_prevEdge);
    button(m_stepBack);
    button(m_stepForward);
    button(m_nextEdge);
    button(m_shuttleJ, true);
    button(m_shuttleK, true);
    button(m_shuttleL, true);

    m_speedBox = new QComboBox(this);
    const QList<double> speeds = PlaybackEngine::speeds();
    for (auto it = speeds.rbegin(); it != speeds.rend(); ++it)
        m_speedBox->addItem(PlaybackEngine::speedLabel(-*it), -*it);
    for (double s : speeds)
        m_speedBox->addItem(PlaybackEngine::speedLabel(s), s);
    m_speedBox->setCurrentIndex(m_speedBox->findData(1.0));
    m_speedBox->setToolTip(tr("Playback speed. Negative speeds play backwards."));
    connect(m_speedBox, &QComboBox::activated, this,
            [this](int index) { setSpeed(m_speedBox->itemData(index).toDouble()); });
    bar->addWidget(m_speedBox);
    m_speedNote = new QLabel(this);
    m_speedNote->setForegroundRole(QPalette::PlaceholderText);
    bar->addWidget(m_speedNote);
    bar->addStretch(1);
    m_noticeLabel = new QLabel(this);
    m_noticeLabel->setWordWrap(false);
    m_noticeLabel->setForegroundRole(QPalette::PlaceholderText);
    bar->addWidget(m_noticeLabel);
    m_timeLabel = new QLabel(this);
    m_timeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_timeLabel);
    button(m_sessionDialog, true);
    layout->addLayout(bar);
    setFocusPolicy(Qt::StrongFocus);
}

QList<QAction*> PlayerPanel::transportActions() const {
    return {m_playPause, m_stop,     m_stepBack, m_stepForward, m_shuttleJ,
            m_shuttleK,  m_shuttleL, m_prevEdge, m_nextEdge,    m_sessionDialog};
}

// --- What plays ------------------------------------------------------------------------------

void PlayerPanel::setSessionTemplate(const StreamingSessionOptions& options) {
    *m_template = options;
}

void PlayerPanel::togglePlay() {
    if (m_engine->hasMedia()) {
        m_engine->togglePlay();
        return;
    }
    if (m_workspace->review()->selection())
        playSelection();
    else
        playFromPlayhead();
}

void PlayerPanel::playSelection() {
    const auto& selection = m_workspace->review()->selection();
    if (!selection) {
        showMessage(tr("Nothing selected"),
                    tr("Select a range on the timeline or in the fragment table (I and O keys), "
                       "then press Play."));
        return;
    }
    StreamingSessionOptions options = *m_template;
    options.mode = PlaybackMode::OnDemand;
    options.clock = m_workspace->review()->clock();
    options.startMs = selection->startMs;
    options.endMs = selection->endMs;
    startSession(options);
}

void PlayerPanel::playFromPlayhead() {
    if (m_workspace->review()->playheadMs() <= 0) {
        showMessage(tr("No playhead"), tr("Click on the timeline or the thumbnails to place the "
                                          "playhead, or select a range, then press Play."));
        return;
    }
    StreamingSessionOptions options = *m_template;
    options.mode = PlaybackMode::LiveReplay;
    options.clock = m_workspace->review()->clock();
    options.startMs = m_workspace->review()->playheadMs();
    options.endMs.reset();
    startSession(options);
}

void PlayerPanel::playLive() {
    StreamingSessionOptions options = *m_template;
    options.mode = PlaybackMode::Live;
    options.startMs.reset();
    options.endMs.reset();
    startSession(options);
}

void PlayerPanel::startSession(const StreamingSessionOptions& options) {
    const QString invalid = options.validate();
    if (!invalid.isEmpty()) {
        showMessage(tr("Cannot start the session"), invalid);
        return;
    }
    ReviewState* review = m_workspace->review();
    if (!review->hasStream() || !m_workspace->kvs()) {
        showMessage(tr("No stream selected"), tr("Pick a stream in the stream browser first."));
        return;
    }
    m_engine->unload();
    m_view->clearFrame();
    m_range.reset();
    m_currentWallMs = -1;
    m_sourceModeText.clear();
    m_active = std::make_unique<StreamingSessionOptions>(options);
    showMessage(tr("Starting a streaming session…"), describe(options));
    requestSession(options);
    updateTransport();
}

void PlayerPanel::stop() {
    stopSessions();
    m_noVideoTimer.stop();
    m_engine->unload();
    m_view->clearFrame();
    m_active.reset();
    m_range.reset();
    m_currentWallMs = -1;
    m_sourceModeText.clear();
    m_slider->setRange(0, 0);
    showMessage({});
    updateIdleMessage();
    updateTransport();
}

QString PlayerPanel::describe(const StreamingSessionOptions& options) {
    QString text =
        QStringLiteral("%1 %2").arg(protocolName(options.protocol), toWire(options.mode));
    if (options.startMs)
        text += QLatin1Char(' ') + tr("from %1").arg(clockText(*options.startMs));
    if (options.endMs)
        text += QLatin1Char(' ') + tr("to %1").arg(clockText(*options.endMs));
    text += QLatin1Char(' ') + (options.clock == TimestampType::Server ? tr("(server clock)")
                                                                       : tr("(producer clock)"));
    return text;
}

void PlayerPanel::openSessionDialog() {
    ReviewState* review = m_workspace->review();
    auto* dialog = new SessionDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    StreamingSessionOptions options = m_active ? *m_active : *m_template;
    options.clock = review->clock();
    if (review->selection()) {
        options.startMs = review->selection()->startMs;
        options.endMs = review->selection()->endMs;
    } else if (!options.startMs) {
        options.startMs = review->playheadMs();
    }
    dialog->setOptions(options);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const StreamingSessionOptions chosen = dialog->options();
        *m_template = chosen;
        startSession(chosen);
    });
    dialog->open(); // window-modal, no nested event loop
}

QString PlayerPanel::modeText() const {
    if (!m_sourceModeText.isEmpty() || !m_active)
        return m_sourceModeText;
    return QStringLiteral("%1 · %2").arg(toWire(m_active->mode), protocolName(m_active->protocol));
}

void PlayerPanel::playUrl(const QUrl& url, TimeInterval range, const QString& modeText) {
    m_range = range;
    m_sourceModeText = modeText;
    m_currentWallMs = -1;
    m_notice.clear();
    m_noticeLabel->clear();
    m_view->clearFrame();
    showMessage(tr("Loading video…"), url.scheme() == QLatin1String("file")
                                          ? url.toLocalFile()
                                          : tr("Waiting for the first frame from the stream."));
    qint64 start = 0;
    const qint64 playhead = m_workspace->review()->playheadMs();
    if (range.contains(playhead) && playhead > range.startMs)
        start = positionForWall(playhead);
    m_engine->load(url, start, true);
    m_noVideoTimer.start();
    updateTransport();
}

// --- Transport -------------------------------------------------------------------------------

void PlayerPanel::setSpeed(double speed) {
    if (m_active && m_active->mode == PlaybackMode::Live && speed > 1.0) {
        onNotice(tr("A LIVE session plays at the live edge and cannot go faster than 1×; use "
                    "LIVE_REPLAY or ON_DEMAND for fast playback."));
        updateTransport();
        return;
    }
    m_engine->setSpeed(speed);
    updateTransport();
}

QList<qint64> PlayerPanel::gapEdges() const {
    ReviewState* review = m_workspace->review();
    const TimeInterval loaded = review->loadedRange();
    const FragmentIndex& index = review->index();
    QList<qint64> edges;
    if (index.isEmpty())
        return edges;
    const qint64 t0 = loaded.isEmpty() ? index.firstStartMs() : loaded.startMs;
    const qint64 t1 = loaded.isEmpty() ? index.lastEndMs() : loaded.endMs;
    // Holes between recorded fragments only: the stretch before the first and after the last
    // fragment of the loaded range is where the listing stops, not a gap.
    for (const TimeInterval& gap : index.gaps(kMinGapMs, t0, t1)) {
        if (gap.startMs <= t0 || gap.endMs >= t1)
            continue;
        edges << gap.startMs << gap.endMs;
    }
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    return edges;
}

void PlayerPanel::jumpToGapEdge(bool forward) {
    const QList<qint64> edges = gapEdges();
    const qint64 now = m_currentWallMs >= 0 && m_engine->hasMedia()
                           ? m_currentWallMs
                           : m_workspace->review()->playheadMs();
    qint64 target = -1;
    if (forward) {
        auto it = std::upper_bound(edges.begin(), edges.end(), now);
        if (it != edges.end())
            target = *it;
    } else {
        auto it = std::lower_bound(edges.begin(), edges.end(), now);
        if (it != edges.begin())
            target = *std::prev(it);
    }
    if (target < 0) {
        onNotice(forward ? tr("No gap after this point in the loaded range.")
                         : tr("No gap before this point in the loaded range."));
        return;
    }
    // Through the review state, as a user's seek: the player follows when the edge is inside
    // what it plays.
    m_workspace->review()->setPlayheadMs(target);
}

// --- Synchronisation -------------------------------------------------------------------------

std::optional<TimeInterval> PlayerPanel::playingRange() const {
    return m_range;
}

qint64 PlayerPanel::wallForPosition(qint64 positionMs) const {
    // Unknown rather than wrong: without a range (LIVE) and without a map there is no clock.
    if (!m_range || (m_range->isEmpty() && !m_timeMap))
        return -1;
    return mapPositionToWall(positionMs);
}

qint64 PlayerPanel::positionForWall(qint64 wallMs) const {
    if (!m_range || (m_range->isEmpty() && !m_timeMap))
        return -1;
    return mapWallToPosition(wallMs);
}

void PlayerPanel::onFrame() {
    m_failureReports = 0;
    if (m_noVideoTimer.isActive())
        m_noVideoTimer.stop();
    m_view->setFrame(m_engine->currentFrame());
    m_currentWallMs = wallForPosition(m_engine->position());
    updateOverlay();
    if (!m_view->messageTitle().isEmpty() && m_engine->problem().isEmpty())
        showMessage({});
}

void PlayerPanel::onPosition(qint64 positionMs) {
    if (!m_sliderDown && m_slider->maximum() != int(std::max<qint64>(0, m_engine->duration())))
        m_slider->setRange(0, int(std::max<qint64>(0, m_engine->duration())));
    if (!m_sliderDown)
        m_slider->setValue(int(positionMs));
    const qint64 wall = wallForPosition(positionMs);
    if (wall >= 0) {
        m_movingPlayhead = true;
        m_workspace->review()->setPlayheadMs(wall);
        m_movingPlayhead = false;
    }
    updateTransport();
}

void PlayerPanel::onPlayheadChanged(qint64 ms) {
    if (m_movingPlayhead || !m_range || m_range->isEmpty() || !m_engine->hasMedia())
        return;
    if (!m_range->contains(ms)) {
        onNotice(tr("The playhead is outside what is playing; press Play to start there."));
        return;
    }
    m_engine->seek(positionForWall(ms));
}

void PlayerPanel::onSliderMoved(int value) {
    const qint64 wall = wallForPosition(value);
    if (wall >= 0)
        m_timeLabel->setText(clockText(wall));
    m_engine->seek(value);
}

void PlayerPanel::onEngineProblem(const QString& problem) {
    if (problem.isEmpty())
        return;
    m_noVideoTimer.stop();
    showMessage(tr("Playback stopped"), problem);
    Q_EMIT playbackProblem(problem);
    updateTransport();
    reportPlaybackFailure(); // an expired session: the session manager opens a new one
}

void PlayerPanel::onNotice(const QString& text) {
    m_notice = text;
    m_noticeLabel->setText(m_noticeLabel->fontMetrics().elidedText(text, Qt::ElideRight, 420));
    m_noticeLabel->setToolTip(text);
}

void PlayerPanel::onMeasuredSpeed(double speed) {
    const double wanted = m_engine->speed();
    if (!m_engine->isPlaying() || m_engine->reverseMode() == PlaybackEngine::ReverseMode::Stepping)
        return;
    if (std::abs(speed - wanted) > std::max(0.35 * std::abs(wanted), 0.05) &&
        std::abs(wanted) > 1.0) {
        m_speedNote->setText(tr("≈ %1").arg(PlaybackEngine::speedLabel(speed)));
        m_speedNote->setToolTip(
            tr("Asked for %1, but the stream plays at about %2: it cannot be "
               "fetched or decoded faster.")
                .arg(PlaybackEngine::speedLabel(wanted), PlaybackEngine::speedLabel(speed)));
    } else {
        m_speedNote->clear();
        m_speedNote->setToolTip({});
    }
}

void PlayerPanel::onStreamChanged() {
    stop();
    updateIdleMessage();
}

void PlayerPanel::onNoVideoTimeout() {
    if (m_engine->framesReceived() > 0 && m_view->hasFrame())
        return;
    showMessage(tr("No video yet"),
                tr("The stream has delivered no picture for %1 seconds. The range may hold no "
                   "fragments, or the server is slow; press Stop or pick another range.")
                    .arg(kNoVideoTimeoutMs / 1000));
}

void PlayerPanel::showMessage(const QString& title, const QString& detail) {
    m_view->setMessage(title, detail);
}

QString PlayerPanel::messageTitle() const {
    return m_view->messageTitle();
}

QString PlayerPanel::messageDetail() const {
    return m_view->messageDetail();
}

void PlayerPanel::updateIdleMessage() {
    if (m_engine->hasMedia() || m_active || !m_engine->problem().isEmpty())
        return;
    ReviewState* review = m_workspace->review();
    if (!m_workspace->isConnected() && !review->hasStream()) {
        showMessage(tr("Not connected"),
                    tr("Connect to AWS (or start the demo), pick a stream, then press Play."));
    } else if (!review->hasStream()) {
        showMessage(tr("No stream selected"), tr("Pick a stream in the stream browser."));
    } else if (review->selection()) {
        showMessage(tr("Ready to play"),
                    tr("Press Play (Space) to watch the selection %1 – %2 on demand.")
                        .arg(clockText(review->selection()->startMs),
                             clockText(review->selection()->endMs)));
    } else {
        showMessage(tr("Ready to play"), tr("Select a range on the timeline and press Play "
                                            "(Space), or press Play to watch from the playhead."));
    }
}

void PlayerPanel::updateOverlay() {
    VideoView::Overlay overlay;
    overlay.wallMs = m_currentWallMs;
    overlay.streamName = m_workspace->review()->stream().display();
    QString mode = modeText();
    if (m_engine->speed() != 1.0 || m_engine->isPlaying())
        mode += (mode.isEmpty() ? QString() : QStringLiteral(" · ")) +
                PlaybackEngine::speedLabel(m_engine->speed());
    overlay.mode = mode;
    m_view->setOverlay(overlay);
}

void PlayerPanel::updateTransport() {
    const bool media = m_engine->hasMedia();
    const bool playing = m_engine->isPlaying();
    m_playPause->setText(playing ? tr("Pause") : tr("Play"));
    m_playPause->setIcon(
        style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_stop->setEnabled(media || m_active != nullptr);
    m_stepBack->setEnabled(media);
    m_stepForward->setEnabled(media);
    m_shuttleJ->setEnabled(media);
    m_shuttleK->setEnabled(media);
    const bool edges = !m_workspace->review()->index().isEmpty();
    m_prevEdge->setEnabled(edges);
    m_nextEdge->setEnabled(edges);
    m_slider->setEnabled(media && m_engine->duration() > 0);
    const int speedIndex = m_speedBox->findData(m_engine->speed());
    if (speedIndex >= 0 && speedIndex != m_speedBox->currentIndex())
        m_speedBox->setCurrentIndex(speedIndex);
    // What the backend cannot do is not offered: faster than 1x at the live edge.
    const bool live = m_active && m_active->mode == PlaybackMode::Live;
    for (int i = 0; i < m_speedBox->count(); ++i) {
        const double s = m_speedBox->itemData(i).toDouble();
        auto* model = qobject_cast<QStandardItemModel*>(m_speedBox->model());
        if (QStandardItem* item = model ? model->item(i) : nullptr) {
            const bool ok = !(live && s > 1.0);
            item->setEnabled(ok);
            item->setToolTip(ok ? QString()
                                : tr("A LIVE session cannot play faster than the live edge."));
        }
    }
    if (m_currentWallMs >= 0) {
        m_timeLabel->setText(clockText(m_currentWallMs));
        m_timeLabel->setToolTip(QDateTime::fromMSecsSinceEpoch(m_currentWallMs, QTimeZone::utc())
                                    .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz 'UTC'")));
    } else {
        m_timeLabel->setText(QStringLiteral("--:--:--.---"));
    }
    updateOverlay();
}

} // namespace kinescope
