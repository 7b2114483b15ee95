#include "core/kvs/session_manager.h"

#include "core/aws/aws_client.h"
#include "core/kvs/kvs_client.h"
#include "core/kvs/live_session_budget.h"
#include "core/kvs/streaming_session_options.h"
#include "core/review/review_state.h"
#include "core/util/time_format.h"

#include <QDateTime>

#include <algorithm>

namespace kinescope {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr qint64 kRenewRetryMs = 5000;

qint64 localNowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

QString clockName(TimestampType clock) {
    return clock == TimestampType::Server ? SessionManager::tr("server")
                                          : SessionManager::tr("producer");
}

QString skewNote(qint64 skewSeconds) {
    if (skewSeconds == 0)
        return {};
    return SessionManager::tr(" This computer's clock differs from AWS's by %n second(s).", nullptr,
                              int(std::min<qint64>(std::abs(skewSeconds), 1 << 30)));
}

} // namespace

SessionManager::SessionManager(KvsClient* kvs, QObject* parent)
    : QObject(parent)
    , m_kvs(kvs)
    , m_options(std::make_unique<StreamingSessionOptions>()) {
    m_renewTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_renewTimer, &QTimer::timeout, this, [this] { openSession(ReadyReason::Renewed); });
}

SessionManager::~SessionManager() {
    stop();
}

void SessionManager::setBudget(LiveSessionBudget* budget) {
    m_budget = budget;
}

void SessionManager::setReviewState(ReviewState* review) {
    m_review = review;
}

void SessionManager::start(const StreamRef& stream, const StreamingSessionOptions& options) {
    stop();
    m_stream = stream;
    *m_options = options;
    // Longer ON_DEMAND ranges than one session allows are what chaining is for.
    StreamingSessionOptions probe = options;
    if (probe.mode == PlaybackMode::OnDemand && probe.startMs && probe.endMs &&
        *probe.endMs - *probe.startMs > StreamingSessionOptions::kMaxOnDemandRangeMs)
        probe.endMs = *probe.startMs + StreamingSessionOptions::kMaxOnDemandRangeMs;
    const QString invalid = probe.validate();
    if (!invalid.isEmpty() || !stream.isValid()) {
        const AwsError e =
            AwsError::make(AwsError::Kind::Usage, QStringLiteral("InvalidArgument"),
                           invalid.isEmpty() ? tr("Choose a stream to play.") : invalid);
        Q_EMIT problem(e.message, e);
        return;
    }
    const QString diagnosis = localDiagnosis();
    if (!diagnosis.isEmpty()) {
        Q_EMIT problem(diagnosis, std::nullopt);
        return;
    }
    m_active = true;
    planChunks();
    m_chunk = 0;
    openSession(ReadyReason::Started);
}

void SessionManager::stop() {
    ++m_generation;
    m_active = false;
    m_requestInFlight = false;
    m_renewTimer.stop();
    m_retryTimer.stop();
    disconnect(&m_retryTimer, nullptr, this, nullptr);
    if (m_kvs && m_kvs->aws())
        m_kvs->aws()->abortCalls(this);
    m_url.clear();
    m_expiresAtMs = 0;
    m_chunks.clear();
    m_chunk = 0;
}

bool SessionManager::advance() {
    if (!m_active)
        return false;
    if (m_chunk + 1 >= m_chunks.size()) {
        m_renewTimer.stop();
        Q_EMIT finished();
        return false;
    }
    ++m_chunk;
    ++m_generation; // a renewal of the previous chunk still in flight is of no use now
    m_requestInFlight = false;
    m_renewTimer.stop();
    m_retryTimer.stop();
    openSession(ReadyReason::Chained);
    return true;
}

void SessionManager::renewNow() {
    if (m_active)
        openSession(ReadyReason::Renewed);
}

void SessionManager::reportPlaybackFailure(int httpStatus, const QString& detail) {
    if (!m_active)
        return;
    const bool expired = httpStatus == 403 || httpStatus == 401 ||
                         detail.contains(QLatin1String("xpired")) ||
                         (m_expiresAtMs > 0 && localNowMs() >= m_expiresAtMs);
    AwsError e = AwsError::make(AwsError::Kind::Service,
                                expired ? QStringLiteral("SessionExpired")
                                        : QStringLiteral("PlaybackFailed"),
                                detail.left(500));
    e.httpStatus = httpStatus;
    const QString sentence =
        expired ? tr("The streaming session expired or was revoked (HTTP %1); Kinescope is "
                     "opening a new one.")
                      .arg(httpStatus)
                : tr("The player could not fetch the session's media (HTTP %1: %2); Kinescope "
                     "is opening a new session.")
                      .arg(httpStatus)
                      .arg(detail);
    Q_EMIT problem(sentence, e);
    openSession(ReadyReason::Renewed);
}

TimeInterval SessionManager::currentRange() const {
    if (m_chunk < 0 || m_chunk >= m_chunks.size())
        return {};
    return m_chunks[m_chunk];
}

qint64 SessionManager::serverNowMs() const {
    return m_kvs->aws()->now().toMSecsSinceEpoch();
}

bool SessionManager::sameStream() const {
    if (!m_review || !m_review->hasStream())
        return false;
    if (m_review->stream().key() == m_stream.key())
        return true;
    const StreamInfo& info = m_review->streamInfo();
    return (!m_stream.name.isEmpty() && info.streamName == m_stream.name) ||
           (!m_stream.arn.isEmpty() && info.streamArn == m_stream.arn);
}

bool SessionManager::indexCovers(qint64 startMs, qint64 endMs) const {
    if (!sameStream() || m_review->clock() != m_options->clock)
        return false;
    const TimeInterval loaded = m_review->loadedRange();
    // An empty index may still be loading: only an index with fragments is trusted.
    return !m_review->index().isEmpty() && loaded.startMs <= startMs && loaded.endMs >= endMs;
}

QString SessionManager::localDiagnosis() const {
    const qint64 now = serverNowMs();
    const qint64 skew = m_kvs->aws()->clockSkewSeconds();
    if (m_options->mode != PlaybackMode::Live && m_options->startMs &&
        *m_options->startMs > now + 1000)
        return tr("The start time %1 is in the future by AWS's clock (it is %2 there): there is "
                  "nothing to play yet.%3")
            .arg(formatIsoUtcMs(*m_options->startMs), formatIsoUtcMs(now), skewNote(skew));
    if (sameStream()) {
        const StreamInfo& info = m_review->streamInfo();
        const bool known = !info.streamName.isEmpty() || !info.streamArn.isEmpty();
        if (known && info.dataRetentionInHours == 0)
            return tr("%1 keeps no archive (its data retention is 0 hours), so there is nothing "
                      "a streaming session could play. Set a data retention on the stream.")
                .arg(m_stream.display());
        if (known && m_options->mode == PlaybackMode::OnDemand && m_options->endMs) {
            const qint64 edge = now - qint64(info.dataRetentionInHours) * 3600 * 1000;
            if (*m_options->endMs < edge)
                return tr("The range ends before the stream's %n-hour retention: fragments "
                          "older than %1 have been deleted.",
                          nullptr, info.dataRetentionInHours)
                    .arg(formatIsoUtcMs(edge));
        }
    }
    if (m_options->mode == PlaybackMode::OnDemand && m_options->startMs && m_options->endMs &&
        indexCovers(*m_options->startMs, *m_options->endMs)) {
        const FragmentIndex& index = m_review->index();
        if (index.rangeStarting(*m_options->startMs, *m_options->endMs).isEmpty() &&
            index.coveredMs(*m_options->startMs, *m_options->endMs) == 0)
            return tr("No footage was recorded between %1 and %2 (%3 clock): the fragment "
                      "index has no fragments there.")
                .arg(formatIsoUtcMs(*m_options->startMs), formatIsoUtcMs(*m_options->endMs),
                     clockName(m_options->clock));
    }
    return {};
}

void SessionManager::planChunks() {
    m_chunks.clear();
    if (m_options->mode != PlaybackMode::OnDemand) {
        const qint64 start = m_options->startMs.value_or(serverNowMs());
        m_chunks.append({start, m_options->endMs.value_or(start)});
        return;
    }
    const qint64 s = *m_options->startMs;
    const qint64 e = *m_options->endMs;
    // One fragment less than the maximum: a fragment that starts before a chunk and reaches
    // into it is played by that chunk's session too.
    const qint64 perChunk = std::max<qint64>(1, m_options->effectiveMaxFragments() - 1);
    QList<qint64> bounds{s};
    if (indexCovers(s, e)) {
        const FragmentIndex& index = m_review->index();
        const IndexRange r = index.rangeStarting(s, e);
        for (qsizetype i = r.first + perChunk; i < r.last; i += perChunk)
            if (index.startMs(i) > bounds.last())
                bounds.append(index.startMs(i));
    } else {
        const qint64 step = std::min<qint64>(kDayMs, perChunk * m_assumedFragmentMs);
        for (qint64 t = s + step; t < e; t += step)
            bounds.append(t);
    }
    bounds.append(e);
    for (qsizetype i = 0; i + 1 < bounds.size(); ++i) {
        // Sparse footage: no chunk may span more than a day.
        for (qint64 t = bounds[i]; t < bounds[i + 1]; t += kDayMs)
            m_chunks.append({t, std::min(bounds[i + 1], t + kDayMs)});
    }
}

StreamingSessionOptions SessionManager::chunkOptions() const {
    StreamingSessionOptions o = *m_options;
    if (o.mode == PlaybackMode::OnDemand && m_chunk < m_chunks.size()) {
        const TimeInterval c = m_chunks[m_chunk];
        const bool last = m_chunk + 1 == m_chunks.size();
        o.startMs = c.startMs;
        // Inner chunks end just before the next one starts (AWS ranges include their end).
        o.endMs = last ? c.endMs : std::max(c.startMs + 1, c.endMs - 1);
    }
    return o;
}

void SessionManager::openSession(ReadyReason reason) {
    if (!m_active || m_requestInFlight)
        return;
    m_retryTimer.stop();
    const qint64 now = localNowMs();
    const qint64 expiresAt = now + qint64(m_options->expiresSeconds) * 1000;
    quint64 reservation = 0;
    if (m_budget) {
        reservation = m_budget->reserve(m_stream.key(), now, expiresAt);
        if (reservation == 0) {
            const qint64 freeAt = m_budget->nextFreeAtMs(m_stream.key(), now);
            Q_EMIT problem(
                tr("%1 already has %2 live streaming sessions, the most AWS allows per stream "
                   "(a session stays live until it expires, played or not). Playback continues "
                   "at %3, when the next one expires.")
                    .arg(m_stream.display())
                    .arg(m_budget->limit())
                    .arg(QDateTime::fromMSecsSinceEpoch(freeAt).toLocalTime().toString(
                        QStringLiteral("HH:mm:ss"))),
                std::nullopt);
            disconnect(&m_retryTimer, nullptr, this, nullptr);
            connect(&m_retryTimer, &QTimer::timeout, this, [this, reason] { openSession(reason); });
            m_retryTimer.start(int(std::clamp<qint64>(freeAt - now + 100, 100, 12 * 3600 * 1000)));
            return;
        }
    }
    m_requestInFlight = true;
    const quint64 generation = m_generation;
    m_kvs->streamingSessionUrl(m_stream, chunkOptions(), this,
                               [this, reason, reservation, generation](const Result<QUrl>& url) {
                                   onSession(url, reason, reservation, generation);
                               });
}

void SessionManager::onSession(const Result<QUrl>& url, ReadyReason reason, quint64 reservation,
                               quint64 generation) {
    if (generation != m_generation) {
        if (!url && m_budget)
            m_budget->release(reservation);
        return;
    }
    m_requestInFlight = false;
    if (!url) {
        if (m_budget)
            m_budget->release(reservation);
        const AwsError& e = url.error();
        if (e.kind == AwsError::Kind::Canceled)
            return;
        Q_EMIT problem(explain(e, chunkOptions(), m_kvs->aws()->clockSkewSeconds()), e);
        if (reason == ReadyReason::Renewed &&
            (e.retryable || e.throttling || e.kind == AwsError::Kind::Network ||
             e.kind == AwsError::Kind::Timeout)) {
            // The current session may still play; try again shortly.
            disconnect(&m_retryTimer, nullptr, this, nullptr);
            connect(&m_retryTimer, &QTimer::timeout, this,
                    [this] { openSession(ReadyReason::Renewed); });
            m_retryTimer.start(int(kRenewRetryMs));
            return;
        }
        if (reason != ReadyReason::Renewed)
            m_active = false;
        return;
    }
    m_url = *url;
    m_reason = reason;
    ++m_opened;
    m_expiresAtMs = localNowMs() + qint64(m_options->expiresSeconds) * 1000;
    m_renewTimer.start(int(std::max<qint64>(1000, qint64(m_options->expiresSeconds) * 1000 -
                                                      std::max<qint64>(0, m_renewLeadMs))));
    Q_EMIT sessionReady(m_url, currentRange());
}

PlaybackTimeMap SessionManager::timeMap() const {
    const TimeInterval r = currentRange();
    if (m_options->mode != PlaybackMode::OnDemand || !indexCovers(r.startMs, r.endMs))
        return {};
    const FragmentIndex& index = m_review->index();
    return PlaybackTimeMap::fromIndex(index, index.rangeStarting(r.startMs, r.endMs));
}

QString SessionManager::explain(const AwsError& e, const StreamingSessionOptions& options,
                                qint64 clockSkewSeconds) {
    const QString range = options.startMs
                              ? tr(" between %1 and %2 (%3 clock)")
                                    .arg(formatIsoUtcMs(*options.startMs),
                                         options.endMs ? formatIsoUtcMs(*options.endMs) : tr("now"),
                                         clockName(options.clock))
                              : QString();
    const QString type = e.type;
    if (e.kind != AwsError::Kind::Service)
        return e.userMessage();
    if (type == QLatin1String("ResourceNotFoundException")) {
        if (e.message.contains(QLatin1String("fragment"), Qt::CaseInsensitive) ||
            e.message.contains(QLatin1String("media"), Qt::CaseInsensitive))
            return tr("Nothing to play: AWS found no fragments%1. The camera recorded nothing "
                      "there, or the footage has aged out of the retention period.")
                .arg(range);
        return tr("The stream does not exist in this account and region. Check its name and the "
                  "selected region.");
    }
    if (type == QLatin1String("NoDataRetentionException"))
        return tr("The stream keeps no archive (its data retention is 0 hours), so there is "
                  "nothing a streaming session could play. Set a data retention on the stream.");
    if (type == QLatin1String("InvalidArgumentException")) {
        const QString m = e.message;
        if (m.contains(QLatin1String("imestamp"), Qt::CaseInsensitive) ||
            m.contains(QLatin1String("time"), Qt::CaseInsensitive) ||
            m.contains(QLatin1String("future"), Qt::CaseInsensitive))
            return tr("AWS refused the time range%1: %2 Check the start and end times and the "
                      "clock (server or producer).%3")
                .arg(range, m, skewNote(clockSkewSeconds));
        return tr("AWS refused a session parameter: %1").arg(m);
    }
    if (type == QLatin1String("UnsupportedStreamMediaTypeException"))
        return tr("The stream's media cannot be played as HLS or DASH: only H.264 or H.265 video "
                  "(with optional AAC or G.711 audio) in Matroska fragments can be streamed.");
    if (type == QLatin1String("MissingCodecPrivateDataException"))
        return tr("The fragments carry no codec private data (the decoder configuration), so no "
                  "player can decode them. The camera or producer must send it with the video.");
    if (type == QLatin1String("InvalidCodecPrivateDataException"))
        return tr("The fragments' codec private data is invalid or unsupported (for example a "
                  "profile or track layout HLS/DASH cannot carry), so the video cannot be "
                  "played.");
    if (type == QLatin1String("ClientLimitExceededException"))
        return tr("AWS refused another streaming session: a stream allows at most 10 live "
                  "sessions, and each stays live until it expires. Wait for one to expire, or "
                  "use a shorter Expires.");
    if (type == QLatin1String("NotAuthorizedException") ||
        type == QLatin1String("AccessDeniedException"))
        return tr("The credentials in use may not open streaming sessions for this stream "
                  "(kinesisvideo:Get%1StreamingSessionURL). Ask for the permission or pick "
                  "another profile.")
            .arg(options.protocol == StreamingProtocol::Hls ? QStringLiteral("HLS")
                                                            : QStringLiteral("DASH"));
    return e.userMessage();
}

} // namespace kinescope
