// PlayerPanel: streaming sessions through core's SessionManager, and the map between the
// player's position and wall-clock time.
#include "core/kvs/live_session_budget.h"
#include "core/kvs/playback_time_map.h"
#include "core/kvs/session_manager.h"
#include "core/kvs/streaming_session_options.h"
#include "core/review/review_state.h"
#include "core/review/workspace.h"
#include "ui/player/playback_engine.h"
#include "ui/player/player_panel.h"
#include "ui/player/video_view.h"

namespace kinescope {

namespace {

// Qt's GStreamer backend reports HTTP failures as text only.
int httpStatusFromText(const QString& text) {
    const QString lower = text.toLower();
    if (lower.contains(QLatin1String("forbidden")) || lower.contains(QLatin1String("403")))
        return 403;
    if (lower.contains(QLatin1String("unauthorized")) || lower.contains(QLatin1String("401")))
        return 401;
    if (lower.contains(QLatin1String("not found")) || lower.contains(QLatin1String("404")))
        return 404;
    return 0;
}

QString protocolName(StreamingProtocol p) {
    return p == StreamingProtocol::Hls ? QStringLiteral("HLS") : QStringLiteral("DASH");
}

} // namespace

SessionManager* PlayerPanel::sessionManager() const {
    return m_sessions;
}

void PlayerPanel::setupSessions() {
    delete m_sessions;
    m_sessions = nullptr;
    if (!m_workspace->kvs())
        return;
    m_sessions = new SessionManager(m_workspace->kvs(), this);
    m_sessions->setBudget(m_workspace->sessionBudget()); // shared by the window's players
    m_sessions->setReviewState(m_workspace->review());
    connect(m_sessions, &SessionManager::sessionReady, this, &PlayerPanel::onSessionReady);
    connect(m_sessions, &SessionManager::problem, this,
            [this](const QString& explanation, const std::optional<AwsError>& error) {
                if (error)
                    m_workspace->reportError(tr("Player"), *error);
                onSessionProblem(explanation);
            });
    connect(m_sessions, &SessionManager::finished, this, &PlayerPanel::onSessionsFinished);
}

void PlayerPanel::requestSession(const StreamingSessionOptions& options) {
    if (!m_sessions)
        setupSessions();
    if (!m_sessions) {
        showMessage(tr("Not connected"), tr("Connect to AWS (or start the demo) first."));
        return;
    }
    m_sessions->start(m_workspace->review()->stream(), options);
}

void PlayerPanel::stopSessions() {
    if (m_sessions)
        m_sessions->stop();
    m_timeMap.reset();
}

void PlayerPanel::onSessionReady(const QUrl& url, TimeInterval range) {
    if (!m_active)
        return;
    const PlaybackTimeMap map = m_sessions->timeMap();
    const SessionManager::ReadyReason reason = m_sessions->lastReadyReason();
    QString mode =
        QStringLiteral("%1 · %2").arg(toWire(m_active->mode), protocolName(m_active->protocol));
    if (m_sessions->chunks().size() > 1)
        mode += QLatin1Char(' ') + tr("(part %1 of %2)")
                                       .arg(m_sessions->currentChunk() + 1)
                                       .arg(m_sessions->chunks().size());
    if (reason == SessionManager::ReadyReason::Renewed && m_engine->hasMedia() && m_range &&
        *m_range == range) {
        // The same media under a new session URL: continue where the old one was.
        const qint64 position = m_engine->position();
        const bool playing = m_engine->isPlaying();
        m_timeMap = map.isEmpty() ? nullptr : std::make_unique<PlaybackTimeMap>(map);
        m_failureReports = 0;
        m_engine->load(url, m_active->mode == PlaybackMode::Live ? 0 : position, playing);
        onNotice(tr("Session renewed before it expired."));
        return;
    }
    m_timeMap = map.isEmpty() ? nullptr : std::make_unique<PlaybackTimeMap>(map);
    m_failureReports = 0;
    playUrl(url, range, mode);
}

void PlayerPanel::onSessionProblem(const QString& explanation) {
    if (m_view->hasFrame() && m_engine->hasMedia()) {
        onNotice(explanation); // still playing what it has
        return;
    }
    m_noVideoTimer.stop();
    showMessage(tr("Nothing to play"), explanation);
    Q_EMIT playbackProblem(explanation);
    updateTransport();
}

void PlayerPanel::onSessionsFinished() {
    onNotice(tr("End of the range."));
}

void PlayerPanel::onEndReached() {
    if (m_active && m_active->mode == PlaybackMode::OnDemand && m_sessions &&
        m_sessions->isActive()) {
        if (m_sessions->advance()) {
            showMessage(tr("Loading the next part…"), describe(*m_active));
            return;
        }
    }
    updateTransport();
}

void PlayerPanel::reportPlaybackFailure() {
    if (!m_active || !m_sessions || !m_sessions->isActive() || m_failureReports > 0)
        return;
    const QString problem = m_engine->problem();
    const int status = httpStatusFromText(problem);
    // A codec or format problem does not go away with a new session.
    if (status == 0 && !problem.contains(QLatin1String("network"), Qt::CaseInsensitive))
        return;
    ++m_failureReports;
    m_sessions->reportPlaybackFailure(status, problem);
}

qint64 PlayerPanel::mapPositionToWall(qint64 positionMs) const {
    if (m_timeMap)
        return m_timeMap->wallClockMs(positionMs);
    return m_range->startMs + positionMs;
}

qint64 PlayerPanel::mapWallToPosition(qint64 wallMs) const {
    if (m_timeMap)
        return m_timeMap->positionMs(wallMs);
    return std::max<qint64>(0, wallMs - m_range->startMs);
}

} // namespace kinescope
