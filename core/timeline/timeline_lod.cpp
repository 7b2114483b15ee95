#include "core/timeline/timeline_lod.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace kinescope {

void TimelineLodCache::setOptions(const TimelineLodOptions& options) {
    if (options == m_options)
        return;
    m_options = options;
    m_lodValid = false;
}

void TimelineLodCache::invalidate() {
    m_pyramidValid = false;
    m_lodValid = false;
}

const DriftPyramid& TimelineLodCache::pyramid(const FragmentIndex& index, quint64 generation) {
    if (!m_pyramidValid || m_pyramidGeneration != generation || m_pyramid.size() != index.size()) {
        m_pyramid.build(index);
        m_pyramidValid = true;
        m_pyramidGeneration = generation;
        m_lodValid = false;
        ++m_pyramidBuilds;
    }
    return m_pyramid;
}

const TimelineLod& TimelineLodCache::lod(const FragmentIndex& index, quint64 generation,
                                         const TimelineViewport& viewport, int columns) {
    const DriftPyramid& p = pyramid(index, generation);
    if (m_lodValid && m_lodGeneration == generation && m_lod.columns == columns &&
        m_lod.viewport == viewport)
        return m_lod;
    m_lod = compute(index, p, viewport, columns, m_options);
    m_lodValid = true;
    m_lodGeneration = generation;
    ++m_lodComputations;
    return m_lod;
}

qsizetype TimelineLodCache::memoryBytes() const {
    return m_pyramid.memoryBytes() + qsizetype(m_lod.coverage.size() * sizeof(float)) +
           qsizetype(m_lod.driftMin.capacity() * sizeof(qint64) * 2 + m_lod.flags.capacity());
}

TimelineLod TimelineLodCache::compute(const FragmentIndex& index, const DriftPyramid& pyramid,
                                      const TimelineViewport& viewport, int columns,
                                      const TimelineLodOptions& options) {
    TimelineLod lod;
    lod.viewport = viewport;
    lod.columns = std::max(0, columns);
    if (lod.columns == 0)
        return lod;
    lod.msPerColumn = viewport.spanMs() / lod.columns;
    const qint64 t0 = qint64(std::floor(viewport.startMs()));
    const qint64 t1 = std::max(t0 + 1, qint64(std::ceil(viewport.endMs())));
    lod.coverage = index.coverageColumns(t0, t1, lod.columns);
    lod.driftMin.assign(size_t(lod.columns), 0);
    lod.driftMax.assign(size_t(lod.columns), 0);
    lod.flags.assign(size_t(lod.columns), 0);
    const qsizetype n = index.size();
    if (n == 0 || pyramid.size() != n) {
        const TimeInterval bounds = viewport.bounds();
        const TimeInterval shown{std::max(bounds.startMs, t0), std::min(bounds.endMs, t1)};
        if (!shown.isEmpty())
            lod.gaps.append(bounds);
        return lod;
    }

    // Column boundaries as positions: fragments starting in column c are [first[c], first[c+1]).
    std::vector<qsizetype> first(size_t(lod.columns) + 1);
    for (int c = 0; c <= lod.columns; ++c)
        first[size_t(c)] = index.lowerBound(qint64(std::ceil(lod.columnStartMs(c))));

    qint64 visibleMin = std::numeric_limits<qint64>::max();
    qint64 visibleMax = std::numeric_limits<qint64>::min();
    for (int c = 0; c < lod.columns; ++c) {
        const qsizetype a = first[size_t(c)];
        const qsizetype b = first[size_t(c) + 1];
        quint8 flags = 0;
        qint64 lo = 0;
        qint64 hi = 0;
        if (a < b) {
            const FragmentRunSummary s = pyramid.summarize(index, a, b);
            lo = s.minDriftMs;
            hi = s.maxDriftMs;
            flags |= TimelineLod::HasDrift;
            if (s.maxJumpMs > options.jumpThresholdMs)
                flags |= TimelineLod::Jump;
            if (s.maxOverlapMs >= std::max<qint64>(1, options.overlapThresholdMs))
                flags |= TimelineLod::Overlap;
            if (s.maxHoleMs >= std::max<qint64>(1, options.gapMarkThresholdMs))
                flags |= TimelineLod::Gap;
        }
        // A fragment reaching into the column from the left (zoomed in: most columns).
        if (a > 0 && lod.coverage[c] > 0.0f) {
            const qint64 colStart = qint64(std::ceil(lod.columnStartMs(c)));
            const qsizetype i = index.indexAt(colStart);
            if (i >= 0) {
                const qint64 d = index.driftMs(i);
                lo = (flags & TimelineLod::HasDrift) ? std::min(lo, d) : d;
                hi = (flags & TimelineLod::HasDrift) ? std::max(hi, d) : d;
                flags |= TimelineLod::HasDrift;
            }
        }
        if (flags & TimelineLod::HasDrift) {
            lod.driftMin[size_t(c)] = lo;
            lod.driftMax[size_t(c)] = hi;
            visibleMin = std::min(visibleMin, lo);
            visibleMax = std::max(visibleMax, hi);
        }
        lod.flags[size_t(c)] = flags;
    }
    lod.hasDrift = visibleMin <= visibleMax;
    if (lod.hasDrift) {
        lod.visibleDriftMin = visibleMin;
        lod.visibleDriftMax = visibleMax;
    }

    // Fragment boundaries, when few enough to draw (bounded by columns / spacing).
    const IndexRange visible = index.range(t0, t1);
    if (visible.count() <= lod.columns / TimelineLod::kMinBoundarySpacing) {
        for (qsizetype i = visible.first; i < visible.last; ++i)
            lod.boundaries.push_back((double(index.startMs(i)) - viewport.startMs()) /
                                     lod.msPerColumn);
    }

    // Exact holes behind runs of empty columns: the covered edge before the run's first
    // following fragment, and that fragment's start.
    const TimeInterval bounds = viewport.bounds();
    for (int c = 0; c < lod.columns;) {
        if (lod.coverage[c] > 0.0f) {
            ++c;
            continue;
        }
        int e = c;
        while (e < lod.columns && lod.coverage[e] <= 0.0f)
            ++e;
        const qsizetype next = first[size_t(c)];
        qint64 gapStart = pyramid.maxEndBefore(index, next);
        qint64 gapEnd = next < n ? index.startMs(next) : std::numeric_limits<qint64>::max();
        gapStart = std::max(gapStart, bounds.isEmpty() ? gapStart : bounds.startMs);
        if (!bounds.isEmpty())
            gapEnd = std::min(gapEnd, bounds.endMs);
        if (gapStart == std::numeric_limits<qint64>::min())
            gapStart = qint64(std::floor(lod.columnStartMs(c)));
        if (gapEnd == std::numeric_limits<qint64>::max())
            gapEnd = qint64(std::ceil(lod.columnStartMs(e)));
        const TimeInterval gap{gapStart, gapEnd};
        if (!gap.isEmpty() && (lod.gaps.isEmpty() || !(lod.gaps.last() == gap)))
            lod.gaps.append(gap);
        c = e;
    }
    return lod;
}

} // namespace kinescope
