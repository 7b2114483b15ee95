#pragma once

#include "core/kvs/fragment_index.h"

#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace kinescope {

class PlaybackEngine;
class PlaybackTimeMap;
class SessionManager;
class VideoView;
class Workspace;
// Declared, not included: moc compiles every ui header into one unit, and
// core/media/inspect_types.h declares another kinescope::ContainerFormat.
struct StreamingSessionOptions;

// The player: plays the review's selection (ON_DEMAND), or LIVE / LIVE_REPLAY from the
// playhead, through an HLS or DASH streaming session; paints the video with a wall-clock
// overlay; has the transport (play/pause, 1/16x..16x, frame steps, J/K/L, gap edges, a
// position slider) and keeps the review's playhead on the frame being shown. When nothing
// plays, the video area says why.
class PlayerPanel : public QWidget {
    Q_OBJECT
public:
    // Gaps shorter than this are not "gap edges" (fragment timestamps jitter a little).
    static constexpr qint64 kMinGapMs = 1000;
    // No frame this long after a source was loaded: say so instead of showing black.
    static constexpr int kNoVideoTimeoutMs = 20000;

    explicit PlayerPanel(Workspace* workspace, QWidget* parent = nullptr);
    ~PlayerPanel() override;

    // --- Actions (the main window puts them in menus) ---------------------------------------
    QAction* playPauseAction() const { return m_playPause; }
    QAction* stopAction() const { return m_stop; }
    QAction* stepForwardAction() const { return m_stepForward; }
    QAction* stepBackAction() const { return m_stepBack; }
    QAction* shuttleBackAction() const { return m_shuttleJ; }
    QAction* shuttlePauseAction() const { return m_shuttleK; }
    QAction* shuttleForwardAction() const { return m_shuttleL; }
    QAction* previousGapEdgeAction() const { return m_prevEdge; }
    QAction* nextGapEdgeAction() const { return m_nextEdge; }
    QAction* sessionDialogAction() const { return m_sessionDialog; }
    QList<QAction*> transportActions() const;

    // --- What plays -------------------------------------------------------------------------
    // Play: toggles when something is loaded, else starts the default session (the selection
    // ON_DEMAND; without a selection LIVE_REPLAY from the playhead).
    void togglePlay();
    void playSelection();
    void playFromPlayhead();
    void playLive();
    // Starts a session with exactly these options (after validate()).
    void startSession(const StreamingSessionOptions& options);
    void stop();
    void openSessionDialog();
    // The options the quick actions use for everything but mode and range (protocol,
    // container, discontinuity, expiry, ...); the session dialog edits them.
    const StreamingSessionOptions& sessionTemplate() const { return *m_template; }
    void setSessionTemplate(const StreamingSessionOptions& options);
    // The session playing or starting (null when none).
    const StreamingSessionOptions* activeSession() const { return m_active.get(); }

    // Plays a media URL whose media covers `range` of wall-clock time (what a session gives).
    void playUrl(const QUrl& url, TimeInterval range, const QString& modeText = {});

    // --- Transport --------------------------------------------------------------------------
    void setSpeed(double speed);
    void jumpToGapEdge(bool forward);
    // The gap edges (coverage ends and resumes) in the loaded range, in time order.
    QList<qint64> gapEdges() const;

    // --- State, for the window and tests ----------------------------------------------------
    PlaybackEngine* engine() const { return m_engine; }
    VideoView* videoView() const { return m_view; }
    QComboBox* speedBox() const { return m_speedBox; }
    QSlider* positionSlider() const { return m_slider; }
    // What the video area says (title), empty while video plays normally.
    QString messageTitle() const;
    QString messageDetail() const;
    SessionManager* sessionManager() const;
    // The wall-clock time of the frame shown (epoch ms), or -1.
    qint64 currentWallMs() const { return m_currentWallMs; }
    std::optional<TimeInterval> playingRange() const;
    // Wall clock <-> media position of the current source.
    qint64 wallForPosition(qint64 positionMs) const;
    qint64 positionForWall(qint64 wallMs) const;

Q_SIGNALS:
    void playbackProblem(const QString& sentence);

private:
    void buildActions();
    void buildUi();
    void updateIdleMessage();
    void updateTransport();
    void updateOverlay();
    void onFrame();
    void onPosition(qint64 positionMs);
    void onPlayheadChanged(qint64 ms);
    void onEngineProblem(const QString& problem);
    void onNotice(const QString& text);
    void onMeasuredSpeed(double speed);
    void onSliderMoved(int value);
    void onStreamChanged();
    void onNoVideoTimeout();
    void showMessage(const QString& title, const QString& detail = {});
    QString modeText() const;
    void onEndReached();
    // Sessions (SessionManager) and the position <-> wall-clock map of what plays.
    void setupSessions();
    void requestSession(const StreamingSessionOptions& options);
    void stopSessions();
    qint64 mapPositionToWall(qint64 positionMs) const;
    qint64 mapWallToPosition(qint64 wallMs) const;
    static QString describe(const StreamingSessionOptions& options);
    void onSessionReady(const QUrl& url, TimeInterval range);
    void onSessionProblem(const QString& explanation);
    void onSessionsFinished();
    void reportPlaybackFailure();

    Workspace* m_workspace;
    PlaybackEngine* m_engine = nullptr;
    VideoView* m_view = nullptr;
    std::unique_ptr<StreamingSessionOptions> m_template;
    std::unique_ptr<StreamingSessionOptions> m_active; // the session playing (or starting)
    std::optional<TimeInterval> m_range;               // wall-clock span of the loaded media
    QString m_sourceModeText;
    qint64 m_currentWallMs = -1;
    bool m_movingPlayhead = false; // our own ReviewState::setPlayheadMs
    bool m_sliderDown = false;
    QTimer m_noVideoTimer;
    QString m_notice;
    QPointer<SessionManager> m_sessions;        // per connection (KvsClient)
    std::unique_ptr<PlaybackTimeMap> m_timeMap; // empty = linear from the range start
    int m_failureReports = 0;                   // per source, reset by the first frame

    QAction* m_playPause = nullptr;
    QAction* m_stop = nullptr;
    QAction* m_stepForward = nullptr;
    QAction* m_stepBack = nullptr;
    QAction* m_shuttleJ = nullptr;
    QAction* m_shuttleK = nullptr;
    QAction* m_shuttleL = nullptr;
    QAction* m_prevEdge = nullptr;
    QAction* m_nextEdge = nullptr;
    QAction* m_sessionDialog = nullptr;
    QComboBox* m_speedBox = nullptr;
    QSlider* m_slider = nullptr;
    QLabel* m_timeLabel = nullptr;
    QLabel* m_speedNote = nullptr;
    QLabel* m_noticeLabel = nullptr;
};

} // namespace kinescope
