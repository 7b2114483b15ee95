#include "emulator/streaming_session.h"

#include <QRandomGenerator>

#include <algorithm>
#include <limits>

namespace kinescope::emu {

namespace {

// ON_DISCONTINUITY: "a gap or overlap of more than 50 milliseconds".
constexpr qint64 kDiscontinuityToleranceMs = 50;
// LIVE: "no fragments within the last 30 seconds" is ResourceNotFoundException.
constexpr qint64 kLiveFreshnessMs = 30'000;

qint64 timestampOf(const FragmentGenerator& g, TimestampType clock, qint64 index) {
    return clock == TimestampType::Server ? g.serverMs(index) : g.producerMs(index);
}

} // namespace

StreamingSession::StreamingSession(QString token, QString streamName, SessionParameters parameters,
                                   qint64 createdMs, qint64 expiresMs)
    : m_token(std::move(token))
    , m_streamName(std::move(streamName))
    , m_parameters(parameters)
    , m_createdMs(createdMs)
    , m_expiresMs(expiresMs) {
}

bool StreamingSession::inRange(qint64 timestampMs) const {
    if (m_parameters.startMs && timestampMs < *m_parameters.startMs)
        return false;
    if (m_parameters.endMs && timestampMs > *m_parameters.endMs)
        return false;
    return true;
}

void StreamingSession::append(const FragmentGenerator& generator, qint64 index) {
    SessionFragment f;
    f.index = index;
    f.fragmentNumber = generator.fragmentNumber(index);
    f.timestampMs = timestampOf(generator, m_parameters.clock, index);
    f.durationMs = generator.fragment(index).durationMs;
    if (!m_fragments.empty()) {
        const SessionFragment& prev = m_fragments.back();
        const qint64 gap = f.timestampMs - (prev.timestampMs + prev.durationMs);
        // DASH has no discontinuity markers: KVS "adjusts the media timeline in the manifest
        // to enable playback of media with discontinuities", i.e. a contiguous timeline.
        bool reset = false;
        if (m_parameters.protocol == StreamingProtocol::Dash) {
            reset = true;
        } else {
            switch (m_parameters.discontinuity) {
            case DiscontinuityMode::Always:
                reset = true;
                break;
            case DiscontinuityMode::Never:
                reset = false;
                break;
            case DiscontinuityMode::OnDiscontinuity:
                reset = std::abs(gap) > kDiscontinuityToleranceMs;
                break;
            }
            f.discontinuityBefore = reset;
        }
        // Where the player resets its timeline the media continues seamlessly; elsewhere the
        // media timeline follows the fragment timestamps (gaps stay gaps, overlaps overlap).
        f.mediaTimeMs =
            reset ? prev.mediaTimeMs + prev.durationMs
                  : std::max<qint64>(0, prev.mediaTimeMs + f.timestampMs - prev.timestampMs);
    }
    m_positions.insert(f.fragmentNumber, qint64(m_fragments.size()));
    m_fragments.push_back(std::move(f));
}

qint64 StreamingSession::positionOf(const QString& fragmentNumber) const {
    return m_positions.value(fragmentNumber, -1);
}

// Walks the archive in ingestion order from m_nextIndex, adding fragments that belong to the
// session, at most `limit` of them.
void StreamingSession::extendFrom(const FragmentGenerator& generator, qint64 nowMs, qint64 limit) {
    const bool live = m_parameters.mode == PlaybackMode::Live;
    qint64 added = 0;
    const QList<IndexRange> ranges = generator.available(nowMs);
    for (const IndexRange& r : ranges) {
        if (r.last < m_nextIndex)
            continue;
        for (qint64 i = std::max(r.first, m_nextIndex); i <= r.last; ++i) {
            if (added >= limit || m_closed)
                return;
            m_nextIndex = i + 1;
            if (!live) {
                const qint64 ts = timestampOf(generator, m_parameters.clock, i);
                // Server time grows with the index: past the end, the selection is over.
                // Producer time: "the fragments ... ingested immediately following the first
                // fragment" — the first fragment out of range ends the run.
                if (!inRange(ts)) {
                    m_closed = true;
                    return;
                }
            }
            append(generator, i);
            ++added;
        }
    }
    // Nothing more exists yet: a fragment still to come would start after the end.
    if (!live && m_parameters.endMs &&
        timestampOf(generator, m_parameters.clock, m_nextIndex) > *m_parameters.endMs)
        m_closed = true;
}

bool StreamingSession::buildOnDemand(const FragmentGenerator& generator, qint64 nowMs) {
    extendFrom(generator, nowMs, m_parameters.maxFragments);
    m_closed = true;
    if (m_parameters.clock == TimestampType::Producer) {
        // "If there are multiple fragments with the same start timestamp, the fragment that
        // has the larger fragment number (the newer fragment) is included."
        QHash<qint64, qint64> newest; // timestamp -> index
        for (const SessionFragment& f : m_fragments)
            newest.insert(f.timestampMs, f.index);
        std::vector<qint64> keep;
        for (const SessionFragment& f : m_fragments)
            if (newest.value(f.timestampMs) == f.index)
                keep.push_back(f.index);
        if (keep.size() != m_fragments.size()) {
            m_fragments.clear();
            m_positions.clear();
            for (qint64 index : keep)
                append(generator, index);
        }
    }
    return !m_fragments.empty();
}

bool StreamingSession::refresh(const FragmentGenerator& generator, qint64 nowMs) {
    const SessionParameters& p = m_parameters;
    if (!m_started) {
        m_started = true;
        if (p.mode == PlaybackMode::Live) {
            const QList<IndexRange> ranges = generator.available(nowMs);
            if (ranges.isEmpty() ||
                generator.serverMs(ranges.last().last) < nowMs - kLiveFreshnessMs)
                return false;
            // The newest N fragments, in ingestion order.
            const qint64 total = FragmentGenerator::total(ranges);
            m_nextIndex =
                FragmentGenerator::indexAt(ranges, std::max<qint64>(0, total - p.maxFragments));
        } else {
            const qint64 end = p.endMs.value_or(std::numeric_limits<qint64>::max() / 4);
            const QList<IndexRange> selected =
                generator.select(p.clock, p.startMs.value_or(0), end, nowMs);
            if (selected.isEmpty())
                return false;
            m_nextIndex = selected.first().first;
        }
        if (p.mode == PlaybackMode::OnDemand)
            return buildOnDemand(generator, nowMs);
    }
    if (p.mode == PlaybackMode::OnDemand || m_closed)
        return !m_fragments.empty();
    if (p.mode == PlaybackMode::Live) {
        extendFrom(generator, nowMs, std::numeric_limits<qint64>::max());
    } else {
        const qint64 duration = std::max<qint64>(1, generator.fragment(m_nextIndex).durationMs);
        // What the window could show by now, plus one.
        const qint64 wanted =
            p.maxFragments + std::max<qint64>(0, nowMs - m_createdMs) / duration + 1;
        if (wanted > qint64(m_fragments.size()))
            extendFrom(generator, nowMs, wanted - qint64(m_fragments.size()));
    }
    return !m_fragments.empty();
}

StreamingSession::Window StreamingSession::window(qint64 nowMs) const {
    const SessionParameters& p = m_parameters;
    const qint64 size = qint64(m_fragments.size());
    Window w;
    switch (p.mode) {
    case PlaybackMode::OnDemand:
        w.first = 0;
        w.count = size;
        w.complete = true;
        return w;
    case PlaybackMode::Live:
        w.first = std::max<qint64>(0, size - p.maxFragments);
        w.count = size - w.first;
        return w;
    case PlaybackMode::LiveReplay: {
        // Starts with N fragments from the start; then "fragments are added as the duration
        // of the next fragment elapses".
        const qint64 duration =
            m_fragments.empty() ? 1000 : std::max<qint64>(1, m_fragments.front().durationMs);
        const qint64 elapsed = std::max<qint64>(0, nowMs - m_createdMs);
        const qint64 revealed = std::min(size, p.maxFragments + elapsed / duration);
        w.first = std::max<qint64>(0, revealed - p.maxFragments);
        w.count = revealed - w.first;
        w.complete = m_closed && revealed >= size;
        return w;
    }
    }
    return w;
}

std::shared_ptr<StreamingSession> SessionStore::create(const QString& streamName,
                                                       const SessionParameters& parameters,
                                                       qint64 nowMs, qint64 lifetimeMs) {
    purgeExpired(nowMs);
    QString token = newToken();
    while (m_sessions.contains(token))
        token = newToken();
    auto session = std::make_shared<StreamingSession>(token, streamName, parameters, nowMs,
                                                      nowMs + lifetimeMs);
    m_sessions.insert(token, session);
    return session;
}

std::shared_ptr<StreamingSession> SessionStore::find(const QString& token) const {
    return m_sessions.value(token);
}

int SessionStore::activeLiveSessions(const QString& streamName, StreamingProtocol protocol,
                                     qint64 nowMs) const {
    int n = 0;
    for (const auto& s : m_sessions)
        if (s->streamName() == streamName && s->parameters().protocol == protocol &&
            s->parameters().mode == PlaybackMode::Live && !s->expired(nowMs))
            ++n;
    return n;
}

void SessionStore::purgeExpired(qint64 nowMs) {
    // Expired sessions are kept for a while so their tokens answer "expired", not "unknown".
    constexpr qint64 kGraceMs = 3'600'000;
    m_sessions.removeIf([&](const auto& it) { return it.value()->expiresMs() + kGraceMs < nowMs; });
}

QString SessionStore::newToken() {
    // Opaque, URL-safe and about as long as KVS's ("CiA…~"): a protobuf-looking prefix and
    // 96 random bytes, base64url.
    QByteArray raw(98, Qt::Uninitialized);
    raw[0] = 0x0a;
    raw[1] = 0x20;
    QRandomGenerator* rng = QRandomGenerator::system();
    for (int i = 2; i < raw.size(); ++i)
        raw[i] = char(rng->bounded(256));
    return QString::fromLatin1(
               raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)) +
           QLatin1Char('~');
}

} // namespace kinescope::emu
