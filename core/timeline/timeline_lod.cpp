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
    if (!(m_lodValid && m_lodGeneration == generation && shift(index, p, viewport, columns)))
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

namespace {

// Fills columns [a, b) of `lod` (coverage, drift, flags) in O((b - a) * log n).
void computeColumns(const FragmentIndex& index, const DriftPyramid& pyramid, TimelineLod& lod,
                    int a, int b, const TimelineLodOptions& options) {
    if (a >= b)
        return;
    const qint64 t0 = qint64(std::llround(lod.columnStartMs(a)));
    const qint64 t1 = std::max(t0 + 1, qint64(std::llround(lod.columnStartMs(b))));
    const QList<float> coverage = index.coverageColumns(t0, t1, b - a);
    std::copy(coverage.begin(), coverage.end(), lod.coverage.begin() + a);
    if (index.isEmpty() || pyramid.size() != index.size())
        return;
    // Fragments starting in column c are [first(c), first(c + 1)).
    qsizetype next = index.lowerBound(qint64(std::ceil(lod.columnStartMs(a))));
    for (int c = a; c < b; ++c) {
        const qsizetype first = next;
        next = index.lowerBound(qint64(std::ceil(lod.columnStartMs(c + 1))));
        quint8 flags = 0;
        qint64 lo = 0;
        qint64 hi = 0;
        if (first < next) {
            const FragmentRunSummary s = pyramid.summarize(index, first, next);
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
        // A fragment reaching into the column from the left (zoomed in: most columns). The
        // latest one starting before the column is checked in O(1) (no search).
        if (first > 0 && lod.coverage[c] > 0.0f) {
            const qsizetype i = first - 1;
            if (index.endMs(i) > qint64(std::ceil(lod.columnStartMs(c)))) {
                const qint64 d = index.driftMs(i);
                lo = (flags & TimelineLod::HasDrift) ? std::min(lo, d) : d;
                hi = (flags & TimelineLod::HasDrift) ? std::max(hi, d) : d;
                flags |= TimelineLod::HasDrift;
            }
        }
        lod.driftMin[size_t(c)] = lo;
        lod.driftMax[size_t(c)] = hi;
        lod.flags[size_t(c)] = flags;
    }
}

// What depends on all columns: the drift range, fragment boundaries and exact gap spans.
// O(columns + gaps * log n).
void finish(const FragmentIndex& index, const DriftPyramid& pyramid, TimelineLod& lod) {
    const TimelineViewport& viewport = lod.viewport;
    const qint64 t0 = qint64(std::floor(viewport.startMs()));
    const qint64 t1 = std::max(t0 + 1, qint64(std::ceil(viewport.endMs())));
    const TimeInterval bounds = viewport.bounds();
    const qsizetype n = index.size();
    lod.gaps.clear();
    lod.boundaries.clear();
    lod.hasDrift = false;
    if (n == 0 || pyramid.size() != n) {
        const TimeInterval shown{std::max(bounds.startMs, t0), std::min(bounds.endMs, t1)};
        if (!shown.isEmpty())
            lod.gaps.append(bounds);
        return;
    }
    qint64 visibleMin = std::numeric_limits<qint64>::max();
    qint64 visibleMax = std::numeric_limits<qint64>::min();
    for (int c = 0; c < lod.columns; ++c) {
        if (lod.flags[size_t(c)] & TimelineLod::HasDrift) {
            visibleMin = std::min(visibleMin, lod.driftMin[size_t(c)]);
            visibleMax = std::max(visibleMax, lod.driftMax[size_t(c)]);
        }
    }
    lod.hasDrift = visibleMin <= visibleMax;
    lod.visibleDriftMin = lod.hasDrift ? visibleMin : 0;
    lod.visibleDriftMax = lod.hasDrift ? visibleMax : 0;

    // Fragment boundaries, when few enough to draw (bounded by columns / spacing).
    const IndexRange visible = index.range(t0, t1);
    if (visible.count() <= lod.columns / TimelineLod::kMinBoundarySpacing) {
        for (qsizetype i = visible.first; i < visible.last; ++i)
            lod.boundaries.push_back((double(index.startMs(i)) - viewport.startMs()) /
                                     lod.msPerColumn);
    }

    // Exact holes behind runs of empty columns: the covered edge before the run's first
    // following fragment, and that fragment's start.
    for (int c = 0; c < lod.columns;) {
        if (lod.coverage[c] > 0.0f) {
            ++c;
            continue;
        }
        int e = c;
        while (e < lod.columns && lod.coverage[e] <= 0.0f)
            ++e;
        const qsizetype next = index.lowerBound(qint64(std::ceil(lod.columnStartMs(c))));
        qint64 gapStart = pyramid.maxEndBefore(index, next);
        qint64 gapEnd = next < n ? index.startMs(next) : std::numeric_limits<qint64>::max();
        if (!bounds.isEmpty()) {
            gapStart = std::max(gapStart, bounds.startMs);
            gapEnd = std::min(gapEnd, bounds.endMs);
        }
        if (gapStart == std::numeric_limits<qint64>::min())
            gapStart = qint64(std::floor(lod.columnStartMs(c)));
        if (gapEnd == std::numeric_limits<qint64>::max())
            gapEnd = qint64(std::ceil(lod.columnStartMs(e)));
        const TimeInterval gap{gapStart, gapEnd};
        if (!gap.isEmpty() && (lod.gaps.isEmpty() || !(lod.gaps.last() == gap)))
            lod.gaps.append(gap);
        c = e;
    }
}

TimelineLod emptyLod(const TimelineViewport& viewport, int columns) {
    TimelineLod lod;
    lod.viewport = viewport;
    lod.columns = std::max(0, columns);
    lod.msPerColumn = lod.columns > 0 ? viewport.spanMs() / lod.columns : 0.0;
    lod.coverage.resize(lod.columns, 0.0f);
    lod.driftMin.assign(size_t(lod.columns), 0);
    lod.driftMax.assign(size_t(lod.columns), 0);
    lod.flags.assign(size_t(lod.columns), 0);
    return lod;
}

} // namespace

TimelineLod TimelineLodCache::compute(const FragmentIndex& index, const DriftPyramid& pyramid,
                                      const TimelineViewport& viewport, int columns,
                                      const TimelineLodOptions& options) {
    TimelineLod lod = emptyLod(viewport, columns);
    computeColumns(index, pyramid, lod, 0, lod.columns, options);
    finish(index, pyramid, lod);
    return lod;
}

bool TimelineLodCache::shift(const FragmentIndex& index, const DriftPyramid& pyramid,
                             const TimelineViewport& viewport, int columns) {
    // Same scale and column count, moved by a whole number of columns (drag, wheel, keys and
    // the scroll bar all pan by whole pixels): keep the overlap, compute only what is new.
    const TimelineViewport& old = m_lod.viewport;
    if (columns != m_lod.columns || columns <= 0 || old.msPerPixel() != viewport.msPerPixel() ||
        old.width() != viewport.width() || !(old.bounds() == viewport.bounds()))
        return false;
    const double exact = (viewport.startMs() - old.startMs()) / m_lod.msPerColumn;
    const double whole = std::round(exact);
    if (std::abs(exact - whole) > 1e-3 || std::abs(whole) >= columns)
        return false;
    const int d = int(whole);
    TimelineLod lod = emptyLod(viewport, columns);
    const int keepFrom = std::max(0, d);               // first old column kept
    const int keepTo = std::min(columns, columns + d); // one past the last kept
    for (int c = keepFrom; c < keepTo; ++c) {
        lod.coverage[c - d] = m_lod.coverage[c];
        lod.driftMin[size_t(c - d)] = m_lod.driftMin[size_t(c)];
        lod.driftMax[size_t(c - d)] = m_lod.driftMax[size_t(c)];
        lod.flags[size_t(c - d)] = m_lod.flags[size_t(c)];
    }
    if (d > 0)
        computeColumns(index, pyramid, lod, columns - d, columns, m_options);
    else
        computeColumns(index, pyramid, lod, 0, -d, m_options);
    finish(index, pyramid, lod);
    m_lod = std::move(lod);
    return true;
}

} // namespace kinescope
