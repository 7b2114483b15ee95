#include "ui/player/playback_engine.h"

#include <QVideoSink>

#include <algorithm>
#include <cmath>

namespace kinescope {

namespace {

constexpr double kMinSpeed = 1.0 / 16.0;
constexpr double kMaxSpeed = 16.0;
constexpr int kMeasureIntervalMs = 500;

} // namespace

PlaybackEngine::PlaybackEngine(QObject* parent)
    : QObject(parent)
    , m_player(new QMediaPlayer(this))
    , m_sink(new QVideoSink(this)) {
    m_player->setVideoSink(m_sink);
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &PlaybackEngine::onFrame);
    connect(m_player, &QMediaPlayer::errorOccurred, this, &PlaybackEngine::onError);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, &PlaybackEngine::onStatus);
    connect(m_player, &QMediaPlayer::positionChanged, this, &PlaybackEngine::positionChanged);
    m_scrubTimer.setInterval(kScrubTickMs);
    connect(&m_scrubTimer, &QTimer::timeout, this, &PlaybackEngine::scrubTick);
    m_reverseProbe.setSingleShot(true);
    m_reverseProbe.setInterval(kReverseProbeMs);
    connect(&m_reverseProbe, &QTimer::timeout, this, &PlaybackEngine::checkReverse);
    m_measureTimer.setInterval(kMeasureIntervalMs);
    connect(&m_measureTimer, &QTimer::timeout, this, &PlaybackEngine::measure);
}

PlaybackEngine::~PlaybackEngine() {
    // Stop the pipeline before the sink goes away, without telling anyone: whoever listens
    // may be half destroyed.
    m_player->disconnect(this);
    m_sink->disconnect(this);
    blockSignals(true);
    m_player->stop();
    m_player->setVideoSink(nullptr);
}

QList<double> PlaybackEngine::speeds() {
    return {1.0 / 16, 1.0 / 8, 1.0 / 4, 1.0 / 2, 1, 2, 4, 8, 16};
}

QString PlaybackEngine::speedLabel(double speed) {
    const double a = std::abs(speed);
    QString text;
    if (a < 1.0 && a > 0)
        text = QStringLiteral("1/%1×").arg(std::lround(1.0 / a));
    else
        text = QStringLiteral("%1×").arg(a, 0, 'g', 3);
    return speed < 0 ? QStringLiteral("−") + text : text;
}

void PlaybackEngine::load(const QUrl& url, qint64 startPositionMs, bool autoplay) {
    stopScrubbing();
    m_reverseProbe.stop();
    setProblem({});
    m_firstFrameSeen = false;
    m_lastFrameStartUs = -1;
    m_pendingStartMs = startPositionMs > 0 ? startPositionMs : -1;
    m_player->setSource(url);
    if (autoplay)
        play();
    else
        pause();
}

void PlaybackEngine::unload() {
    stopScrubbing();
    m_reverseProbe.stop();
    m_measureTimer.stop();
    const bool was = m_wantPlaying;
    m_wantPlaying = false;
    m_player->stop();
    m_player->setSource(QUrl());
    m_lastFrame = QVideoFrame();
    m_pendingStartMs = -1;
    setProblem({});
    if (was)
        Q_EMIT playingChanged(false);
}

bool PlaybackEngine::isPlaying() const {
    return m_wantPlaying;
}

void PlaybackEngine::play() {
    if (m_player->source().isEmpty())
        return;
    const bool was = m_wantPlaying;
    m_wantPlaying = true;
    if (m_speed < 0 && m_reverseMode == ReverseMode::Stepping) {
        startScrubbing();
    } else {
        stopScrubbing();
        applyRate();
        m_player->play();
    }
    m_measuredSpeed = 0;
    m_measureClock.start();
    m_measurePosition = m_player->position();
    m_measureTimer.start();
    if (!was)
        Q_EMIT playingChanged(true);
}

void PlaybackEngine::pause() {
    const bool was = m_wantPlaying;
    m_wantPlaying = false;
    stopScrubbing();
    m_reverseProbe.stop();
    m_measureTimer.stop();
    if (!m_player->source().isEmpty())
        m_player->pause();
    if (was)
        Q_EMIT playingChanged(false);
}

void PlaybackEngine::togglePlay() {
    if (m_wantPlaying)
        pause();
    else
        play();
}

void PlaybackEngine::setSpeed(double speed) {
    if (speed == 0) {
        pause();
        return;
    }
    const double sign = speed < 0 ? -1.0 : 1.0;
    speed = sign * std::clamp(std::abs(speed), kMinSpeed, kMaxSpeed);
    if (speed == m_speed)
        return;
    m_speed = speed;
    if (m_wantPlaying)
        play(); // applies the rate, or switches between playing and scrubbing
    Q_EMIT speedChanged(m_speed);
}

void PlaybackEngine::applyRate() {
    m_player->setPlaybackRate(m_speed);
    if (m_speed < 0 && m_reverseMode == ReverseMode::Native) {
        m_reverseProbeFrames = m_framesReceived;
        m_reverseProbePosition = m_player->position();
        m_reverseProbe.start();
    } else {
        m_reverseProbe.stop();
    }
}

void PlaybackEngine::checkReverse() {
    if (!m_wantPlaying || m_speed >= 0 || m_reverseMode != ReverseMode::Native)
        return;
    const bool moved = m_player->position() < m_reverseProbePosition;
    if (m_framesReceived > m_reverseProbeFrames && moved)
        return; // the backend plays backwards
    m_reverseMode = ReverseMode::Stepping;
    Q_EMIT notice(tr("This stream cannot be played backwards by the media framework; going back "
                     "steps through it instead."));
    startScrubbing();
}

void PlaybackEngine::startScrubbing() {
    m_scrubbing = true;
    m_player->setPlaybackRate(1.0);
    m_player->pause();
    if (!m_scrubTimer.isActive())
        m_scrubTimer.start();
}

void PlaybackEngine::stopScrubbing() {
    m_scrubbing = false;
    m_scrubTimer.stop();
}

void PlaybackEngine::scrubTick() {
    const qint64 step = std::max<qint64>(m_frameMs, std::llround(kScrubTickMs * std::abs(m_speed)));
    const qint64 target = m_player->position() - step;
    if (target <= 0) {
        m_player->setPosition(0);
        pause();
        return;
    }
    m_player->setPosition(target);
}

void PlaybackEngine::shuttleForward() {
    if (!m_wantPlaying || m_speed < 0)
        setSpeed(1.0);
    else
        setSpeed(std::min(kMaxSpeed, m_speed * 2));
    play();
}

void PlaybackEngine::shuttleBackward() {
    if (!m_wantPlaying || m_speed > 0)
        setSpeed(-1.0);
    else
        setSpeed(std::max(-kMaxSpeed, m_speed * 2));
    play();
}

void PlaybackEngine::stepFrames(int n) {
    if (m_player->source().isEmpty() || n == 0)
        return;
    pause();
    qint64 target = m_player->position() + qint64(n) * m_frameMs;
    const qint64 end = m_player->duration();
    if (end > 0)
        target = std::min(target, end - 1);
    m_player->setPosition(std::max<qint64>(0, target));
}

void PlaybackEngine::seek(qint64 positionMs) {
    if (m_player->source().isEmpty())
        return;
    if (m_player->mediaStatus() == QMediaPlayer::LoadingMedia) {
        m_pendingStartMs = positionMs;
        return;
    }
    m_player->setPosition(std::max<qint64>(0, positionMs));
}

void PlaybackEngine::onFrame(const QVideoFrame& frame) {
    if (!frame.isValid())
        return;
    m_lastFrame = frame;
    ++m_framesReceived;
    // Frame duration: the smallest positive step between consecutive frames seen while
    // playing forwards (at high speeds the backend may drop frames, never add them).
    const qint64 start = frame.startTime();
    if (start >= 0 && m_lastFrameStartUs >= 0 && m_wantPlaying && m_speed > 0 && !m_scrubbing) {
        const qint64 deltaMs = (start - m_lastFrameStartUs) / 1000;
        if (deltaMs >= 5 && deltaMs <= 1000 && (!m_haveFrameEstimate || deltaMs < m_frameMs)) {
            m_frameMs = deltaMs;
            m_haveFrameEstimate = true;
        }
    }
    m_lastFrameStartUs = start;
    if (!m_firstFrameSeen) {
        m_firstFrameSeen = true;
        Q_EMIT loaded();
    }
    Q_EMIT frameArrived(frame);
}

void PlaybackEngine::onError(QMediaPlayer::Error error, const QString& text) {
    if (error == QMediaPlayer::NoError)
        return;
    // The first error of a source says what went wrong; the backend follows it with generic
    // ones ("Internal data stream error.").
    if (m_problem.isEmpty())
        setProblem(explainError(error, text));
    stopScrubbing();
    m_reverseProbe.stop();
    m_measureTimer.stop();
    if (m_wantPlaying) {
        m_wantPlaying = false;
        Q_EMIT playingChanged(false);
    }
}

void PlaybackEngine::onStatus(QMediaPlayer::MediaStatus status) {
    switch (status) {
    case QMediaPlayer::LoadedMedia:
    case QMediaPlayer::BufferedMedia:
        if (m_pendingStartMs > 0) {
            const qint64 start = m_pendingStartMs;
            m_pendingStartMs = -1;
            m_player->setPosition(start);
        }
        break;
    case QMediaPlayer::EndOfMedia:
        stopScrubbing();
        m_measureTimer.stop();
        if (m_wantPlaying) {
            m_wantPlaying = false;
            Q_EMIT playingChanged(false);
        }
        Q_EMIT endReached();
        break;
    case QMediaPlayer::InvalidMedia:
        if (m_problem.isEmpty())
            setProblem(tr("The media could not be played."));
        break;
    default:
        break;
    }
}

void PlaybackEngine::measure() {
    if (!m_wantPlaying || !m_measureClock.isValid())
        return;
    const qint64 elapsed = m_measureClock.restart();
    const qint64 position = m_player->position();
    if (elapsed <= 0)
        return;
    const double speed = double(position - m_measurePosition) / double(elapsed);
    m_measurePosition = position;
    if (m_player->mediaStatus() == QMediaPlayer::BufferingMedia ||
        m_player->mediaStatus() == QMediaPlayer::LoadingMedia)
        return;
    m_measuredSpeed = speed;
    Q_EMIT measuredSpeedChanged(speed);
}

void PlaybackEngine::setProblem(const QString& problem) {
    if (problem == m_problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged(problem);
}

QString PlaybackEngine::explainError(QMediaPlayer::Error error, const QString& backendText) {
    const QString detail = backendText.trimmed();
    const QString lower = detail.toLower();
    QString sentence;
    if (lower.contains(QLatin1String("missing a plug-in")) ||
        lower.contains(QLatin1String("no suitable plugin")) ||
        (lower.contains(QLatin1String("codec")) && lower.contains(QLatin1String("not")))) {
        sentence = tr("The video uses a codec this computer cannot decode: the media framework "
                      "(GStreamer) has no decoder for it. Check the stream's codec (H.264 and "
                      "H.265 play when gstreamer1.0-libav is installed).");
    } else if (lower.contains(QLatin1String("forbidden")) || lower.contains(QLatin1String("403")) ||
               lower.contains(QLatin1String("not found")) || lower.contains(QLatin1String("404")) ||
               error == QMediaPlayer::AccessDeniedError) {
        sentence = tr("The player could not fetch the stream: the streaming session has expired "
                      "or was revoked, or its media is gone. Start the session again.");
    } else if (error == QMediaPlayer::NetworkError) {
        sentence = tr("A network error interrupted the stream. Check the connection and start "
                      "the session again.");
    } else if (lower.contains(QLatin1String("invalid")) ||
               lower.contains(QLatin1String("no playable")) || error == QMediaPlayer::FormatError) {
        sentence = tr("The media could not be read: it is not in a format the player supports "
                      "or holds no playable video.");
    } else if (lower.contains(QLatin1String("enough data")) ||
               lower.contains(QLatin1String("data stream"))) {
        sentence = tr("The stream delivered no data the player could use (the server may be "
                      "unreachable or the session URL invalid).");
    } else {
        sentence = tr("Playback failed.");
    }
    if (!detail.isEmpty())
        sentence += QLatin1Char(' ') + tr("(Media framework: %1)").arg(detail);
    return sentence;
}

} // namespace kinescope
