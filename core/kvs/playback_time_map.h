#pragma once

#include "core/kvs/fragment.h"
#include "core/kvs/fragment_index.h"

#include <QList>

#include <optional>
#include <vector>

namespace kinescope {

// Where a player is, in wall-clock time. A streaming session plays its fragments back to back
// (gaps are discontinuities, not silence), so the player's position runs over the concatenated
// fragment durations while the wall clock jumps across gaps. Built from the fragments of one
// session in play order; positions are milliseconds from the start of the session's media.
class PlaybackTimeMap {
public:
    // Holes shorter than this between neighbouring fragments are jitter, not gaps.
    static constexpr qint64 kDefaultMinGapMs = 500;

    PlaybackTimeMap() = default;
    PlaybackTimeMap(const QList<Fragment>& fragments, TimestampType clock,
                    qint64 minGapMs = kDefaultMinGapMs);
    // The fragments of `range` in `index` (in index order, on the index's clock).
    static PlaybackTimeMap fromIndex(const FragmentIndex& index, IndexRange range,
                                     qint64 minGapMs = kDefaultMinGapMs);

    bool isEmpty() const { return m_segments.empty(); }
    qsizetype fragmentCount() const { return qsizetype(m_segments.size()); }
    qint64 durationMs() const; // total media time of the session

    // Player position → wall-clock epoch ms (clamped to the mapped media).
    qint64 wallClockMs(qint64 positionMs) const;
    // Wall-clock → player position. A time inside a gap maps to the first fragment after it,
    // before the first fragment to 0, after the last to durationMs(). With overlapping
    // fragments the first fragment (in play order) covering the time wins.
    qint64 positionMs(qint64 wallMs) const;
    // Which fragment plays at a position (index into the fragments given), or -1 when empty.
    qsizetype fragmentAt(qint64 positionMs) const;

    // The wall-clock span from the first fragment's start to the last one's end.
    TimeInterval wallRange() const;
    // Wall-clock holes of at least minGapMs between consecutive fragments.
    QList<TimeInterval> gaps() const;
    // Gap edges (each gap's start and end), ascending.
    QList<qint64> gapEdges() const;
    std::optional<qint64> nextGapEdge(qint64 wallMs) const;     // first edge > wallMs
    std::optional<qint64> previousGapEdge(qint64 wallMs) const; // last edge < wallMs

private:
    struct Segment {
        qint64 positionMs;
        qint64 wallMs;
        qint64 durationMs;
    };
    qsizetype segmentAt(qint64 positionMs) const;

    std::vector<Segment> m_segments;
    qint64 m_minGapMs = kDefaultMinGapMs;
};

} // namespace kinescope
