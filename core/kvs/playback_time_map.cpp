#include "core/kvs/playback_time_map.h"

#include <algorithm>

namespace kinescope {

PlaybackTimeMap::PlaybackTimeMap(const QList<Fragment>& fragments, TimestampType clock,
                                 qint64 minGapMs)
    : m_minGapMs(minGapMs) {
    m_segments.reserve(size_t(fragments.size()));
    qint64 position = 0;
    for (const Fragment& f : fragments) {
        const qint64 d = std::max<qint64>(0, f.durationMs);
        m_segments.push_back({position, f.timestamp(clock), d});
        position += d;
    }
}

PlaybackTimeMap PlaybackTimeMap::fromIndex(const FragmentIndex& index, IndexRange range,
                                           qint64 minGapMs) {
    return PlaybackTimeMap(index.fragments(range), index.ordering(), minGapMs);
}

qint64 PlaybackTimeMap::durationMs() const {
    if (m_segments.empty())
        return 0;
    return m_segments.back().positionMs + m_segments.back().durationMs;
}

qsizetype PlaybackTimeMap::segmentAt(qint64 positionMs) const {
    if (m_segments.empty())
        return -1;
    // Last segment starting at or before the position.
    auto it = std::upper_bound(m_segments.begin(), m_segments.end(), positionMs,
                               [](qint64 pos, const Segment& s) { return pos < s.positionMs; });
    if (it == m_segments.begin())
        return 0;
    return qsizetype(std::distance(m_segments.begin(), it)) - 1;
}

qsizetype PlaybackTimeMap::fragmentAt(qint64 positionMs) const {
    return segmentAt(positionMs);
}

qint64 PlaybackTimeMap::wallClockMs(qint64 positionMs) const {
    const qsizetype i = segmentAt(positionMs);
    if (i < 0)
        return 0;
    const Segment& s = m_segments[size_t(i)];
    const qint64 offset = std::clamp<qint64>(positionMs - s.positionMs, 0, s.durationMs);
    return s.wallMs + offset;
}

qint64 PlaybackTimeMap::positionMs(qint64 wallMs) const {
    if (m_segments.empty())
        return 0;
    for (const Segment& s : m_segments)
        if (wallMs >= s.wallMs && wallMs < s.wallMs + std::max<qint64>(1, s.durationMs))
            return s.positionMs + (wallMs - s.wallMs);
    // In a gap (or outside): the first fragment starting after the time.
    const Segment* best = nullptr;
    for (const Segment& s : m_segments)
        if (s.wallMs > wallMs && (!best || s.wallMs < best->wallMs))
            best = &s;
    return best ? best->positionMs : durationMs();
}

TimeInterval PlaybackTimeMap::wallRange() const {
    if (m_segments.empty())
        return {};
    qint64 lo = m_segments.front().wallMs;
    qint64 hi = lo;
    for (const Segment& s : m_segments) {
        lo = std::min(lo, s.wallMs);
        hi = std::max(hi, s.wallMs + s.durationMs);
    }
    return {lo, hi};
}

QList<TimeInterval> PlaybackTimeMap::gaps() const {
    QList<TimeInterval> out;
    for (size_t i = 1; i < m_segments.size(); ++i) {
        const qint64 end = m_segments[i - 1].wallMs + m_segments[i - 1].durationMs;
        const qint64 next = m_segments[i].wallMs;
        if (next - end >= std::max<qint64>(1, m_minGapMs))
            out.append({end, next});
    }
    return out;
}

QList<qint64> PlaybackTimeMap::gapEdges() const {
    QList<qint64> edges;
    for (const TimeInterval& g : gaps())
        edges << g.startMs << g.endMs;
    std::sort(edges.begin(), edges.end());
    return edges;
}

std::optional<qint64> PlaybackTimeMap::nextGapEdge(qint64 wallMs) const {
    for (qint64 e : gapEdges())
        if (e > wallMs)
            return e;
    return std::nullopt;
}

std::optional<qint64> PlaybackTimeMap::previousGapEdge(qint64 wallMs) const {
    std::optional<qint64> out;
    for (qint64 e : gapEdges())
        if (e < wallMs)
            out = e;
    return out;
}

} // namespace kinescope
