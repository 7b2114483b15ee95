#pragma once

#include <QElapsedTimer>
#include <QMediaPlayer>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QVideoFrame>

class QVideoSink;

namespace kinescope {

// QMediaPlayer + QVideoSink with what a review tool needs on top: speeds from 1/16x to 16x
// forward and backward, frame steps, the J/K/L shuttle, the first error of a source translated
// into a sentence, and an honest account of what the backend actually does (measured speed,
// reverse playback replaced by stepping back when the stream cannot play backwards).
//
// Reverse playback: GStreamer (1.22, hlsdemux/dashdemux/qtdemux) plays HLS and DASH backwards
// with a negative rate. When a stream does not (no frame for kReverseProbeMs after the rate
// change, or the position does not move back), the engine falls back to scrubbing: it pauses
// and seeks back one step per tick, and says so through notice().
class PlaybackEngine : public QObject {
    Q_OBJECT
public:
    enum class ReverseMode { Native, Stepping };
    Q_ENUM(ReverseMode)

    static constexpr int kReverseProbeMs = 1500;
    static constexpr int kScrubTickMs = 250;
    static constexpr qint64 kDefaultFrameMs = 40;

    explicit PlaybackEngine(QObject* parent = nullptr);
    ~PlaybackEngine() override;

    // The speeds offered (1/16 .. 16). Negative speeds play backwards.
    static QList<double> speeds();
    static QString speedLabel(double speed); // "1/16×", "2×", "−4×"

    QMediaPlayer* player() const { return m_player; }
    QVideoSink* sink() const { return m_sink; }

    // Loads a source; starts at `startPositionMs` (ms from the start of the media).
    void load(const QUrl& url, qint64 startPositionMs = 0, bool autoplay = true);
    void unload();
    QUrl source() const { return m_player->source(); }
    bool hasMedia() const { return !m_player->source().isEmpty() && m_problem.isEmpty(); }

    void play();
    void pause();
    void togglePlay();
    // Playing (or scrubbing backwards) as far as the user is concerned.
    bool isPlaying() const;

    // Requested speed; negative = backwards. Clamped to ±[1/16, 16]; 0 pauses.
    void setSpeed(double speed);
    double speed() const { return m_speed; }
    // Position change per wall second over the last second of playing (0 when unknown).
    double measuredSpeed() const { return m_measuredSpeed; }
    ReverseMode reverseMode() const { return m_reverseMode; }

    // J/K/L: L plays forward, each further press doubles the speed (up to 16x); J the same
    // backwards; K pauses. Pressing L while going backwards (or J while going forward)
    // starts at 1x in the new direction.
    void shuttleForward();
    void shuttleBackward();
    void shuttleStop() { pause(); }

    // Pauses and moves by n frames (negative = back).
    void stepFrames(int n);
    qint64 frameDurationMs() const { return m_frameMs; }

    void seek(qint64 positionMs);
    qint64 position() const { return m_player->position(); }
    qint64 duration() const { return m_player->duration(); }

    QVideoFrame currentFrame() const { return m_lastFrame; }
    qint64 framesReceived() const { return m_framesReceived; }
    // The current problem as a sentence (empty = none).
    QString problem() const { return m_problem; }

    // A sentence for a QMediaPlayer error (the backend's text kept as a detail).
    static QString explainError(QMediaPlayer::Error error, const QString& backendText);

Q_SIGNALS:
    void frameArrived(const QVideoFrame& frame);
    void positionChanged(qint64 positionMs);
    void playingChanged(bool playing);
    void speedChanged(double speed);
    void measuredSpeedChanged(double speed);
    void problemChanged(const QString& problem);
    void notice(const QString& text);
    void endReached();
    void loaded(); // the first frame of a source arrived

private:
    void onFrame(const QVideoFrame& frame);
    void onError(QMediaPlayer::Error error, const QString& text);
    void onStatus(QMediaPlayer::MediaStatus status);
    void applyRate();
    void startScrubbing();
    void stopScrubbing();
    void scrubTick();
    void checkReverse();
    void measure();
    void setProblem(const QString& problem);

    QMediaPlayer* m_player;
    QVideoSink* m_sink;
    double m_speed = 1.0;
    bool m_wantPlaying = false;
    bool m_scrubbing = false;
    ReverseMode m_reverseMode = ReverseMode::Native;
    QVideoFrame m_lastFrame;
    qint64 m_lastFrameStartUs = -1;
    qint64 m_frameMs = kDefaultFrameMs;
    bool m_haveFrameEstimate = false;
    qint64 m_framesReceived = 0;
    qint64 m_pendingStartMs = -1;
    bool m_firstFrameSeen = false;
    QString m_problem;
    QTimer m_scrubTimer;
    QTimer m_reverseProbe;
    qint64 m_reverseProbeFrames = 0;
    qint64 m_reverseProbePosition = 0;
    QTimer m_measureTimer;
    QElapsedTimer m_measureClock;
    qint64 m_measurePosition = 0;
    double m_measuredSpeed = 0;
};

} // namespace kinescope
