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
    m_gridBuilt = false;
    m_lodValid = false;
}

qint64 TimelineLodCache::driftJitterMs(const FragmentIndex& index) {
    const qsizetype n = index.size();
    if (n < 2)
        return 0;
    constexpr qsizetype kSamples = 65536;
    const qsizetype stride = std::max<qsizetype>(1, (n - 1) / kSamples);
    std::vector<qint64> steps;
    steps.reserve(size_t((n - 1) / stride + 1));
    for (qsizetype i = 1; i < n; i += stride)
        steps.push_back(std::abs(index.driftMs(i) - index.driftMs(i - 1)));
    const auto k = size_t(double(steps.size() - 1) * 0.99);
    std::nth_element(steps.begin(), steps.begin() + ptrdiff_t(k), steps.end());
    return steps[k];
}

TimelineLodOptions TimelineLodCache::adapted(const TimelineLodOptions& options, qint64 jitterMs,
                                             TimestampType ordering) {
    TimelineLodOptions o = options;
    if (!o.adaptToJitter || jitterMs <= 0)
        return o;
    const qint64 floor = jitterMs + jitterMs / 4 + 50; // a margin above the noise
    o.jumpThresholdMs = std::max(o.jumpThresholdMs, floor);
    // In server order, latency jitter makes consecutive fragments overlap by up to the jitter;
    // producer timestamps are not affected by it.
    if (ordering == TimestampType::Server)
        o.overlapThresholdMs = std::max(o.overlapThresholdMs, floor);
    return o;
}

TimelineLodOptions TimelineLodCache::effectiveOptions() const {
    return adapted(m_options, m_jitterMs, m_ordering);
}

BucketFlagThresholds TimelineLodCache::thresholdsOf(const TimelineLodOptions& options) {
    return {options.jumpThresholdMs, options.overlapThresholdMs, options.gapMarkThresholdMs};
}

const TimeBucketGrid* TimelineLodCache::grid(const FragmentIndex& index, quint64 generation) {
    pyramid(index, generation); // the jitter (effective thresholds) comes with it
    if (!m_gridBuilt || m_gridGeneration != generation || m_grid.size() != index.size() ||
        !(m_grid.thresholds() == thresholdsOf(effectiveOptions()))) {
        m_grid.build(index, thresholdsOf(effectiveOptions()));
        m_gridBuilt = true;
        m_gridGeneration = generation;
        m_lodValid = false;
        ++m_gridBuilds;
    }
    return m_grid.isValid() ? &m_grid : nullptr;
}

const DriftPyramid& TimelineLodCache::pyramid(const FragmentIndex& index, quint64 generation) {
    if (!m_pyramidValid || m_pyramidGeneration != generation || m_pyramid.size() != index.size()) {
        m_pyramid.build(index);
        m_jitterMs = driftJitterMs(index);
        m_ordering = index.ordering();
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
    const TimeBucketGrid* g = grid(index, generation);
    if (m_lodValid && m_lodGeneration == generation && m_lod.columns == columns &&
        m_lod.viewport == viewport)
        return m_lod;
    if (!(m_lodValid && m_lodGeneration == generation && shift(index, p, g, viewport, columns)))
        m_lod = compute(index, p, viewport, columns, effectiveOptions(), g);
    m_lodValid = true;
    m_lodGeneration = generation;
    ++m_lodComputations;
    return m_lod;
}

qsizetype TimelineLodCache::memoryBytes() const {
    return m_pyramid.memoryBytes() + m_grid.memoryBytes() +
           qsizetype(m_lod.coverage.size() * sizeof(float)) +
           qsizetype(m_lod.driftMin.capacity() * sizeof(qint64) * 3 + m_lod.flags.capacity());
}

namespace {

static_assert(TimelineLod::Jump == 2 && TimelineLod::Overlap == 4 && TimelineLod::Gap == 8,
              "TimeBucketGrid stores these flag bits");

quint8 flagsOf(const FragmentRunSummary& s, const TimelineLodOptions& options) {
    quint8 flags = 0;
    if (s.count == 0)
        return flags;
    if (s.maxJumpMs > options.jumpThresholdMs)
        flags |= TimelineLod::Jump;
    if (s.maxOverlapMs >= std::max<qint64>(1, options.overlapThresholdMs))
        flags |= TimelineLod::Overlap;
    if (s.maxHoleMs >= std::max<qint64>(1, options.gapMarkThresholdMs))
        flags |= TimelineLod::Gap;
    return flags;
}

// Summary of positions [a, b), as DriftPyramid::summarize gives it: a short run is read
// straight from the index (the edge before each fragment in O(1) from its prefix maxima, so
// a column edge touches a few cache lines of the index in one place), a long one through the
// pyramid.
FragmentRunSummary summarizeRun(const FragmentIndex& index, const DriftPyramid& pyramid,
                                qsizetype a, qsizetype b) {
    constexpr qsizetype kDirect = 32;
    if (b - a > kDirect)
        return pyramid.summarize(index, a, b);
    FragmentRunSummary s;
    if (a >= b)
        return s;
    qint64 previousDrift = a > 0 ? index.driftMs(a - 1) : 0;
    for (qsizetype i = a; i < b; ++i) {
        FragmentRunSummary one;
        one.count = 1;
        const qint64 drift = index.driftMs(i);
        one.minDriftMs = one.maxDriftMs = one.driftSumMs = drift;
        if (i > 0) {
            const qint64 maxEndBefore = index.maxEndThrough(i - 1);
            const qint64 start = index.startMs(i);
            one.maxJumpMs = std::abs(drift - previousDrift);
            one.maxOverlapMs = std::max<qint64>(0, maxEndBefore - start);
            one.maxHoleMs = std::max<qint64>(0, start - maxEndBefore);
        }
        s.merge(one);
        previousDrift = drift;
    }
    return s;
}

// Covered fractions of columns [a, b): the same arithmetic as FragmentIndex::coverageColumns
// (so both paths give identical values), with the grid bracketing each search to a bucket.
void computeCoverage(const FragmentIndex& index, const TimeBucketGrid* grid, TimelineLod& lod,
                     int a, int b) {
    const qint64 t0 = qint64(std::llround(lod.columnStartMs(a)));
    const qint64 t1 = std::max(t0 + 1, qint64(std::llround(lod.columnStartMs(b))));
    if (!grid) {
        const QList<float> coverage = index.coverageColumns(t0, t1, b - a);
        std::copy(coverage.begin(), coverage.end(), lod.coverage.begin() + a);
        return;
    }
    const int columns = b - a;
    const double width = double(t1 - t0) / columns;
    auto upTo = [&](double offset) {
        const IndexRange r = grid->upperBoundRange(t0, offset);
        return index.coveredUpTo(t0, offset, r.first, r.last);
    };
    double left = 0.0;
    double coveredLeft = upTo(left);
    for (int c = 0; c < columns; ++c) {
        const double right = c + 1 == columns ? double(t1 - t0) : width * (c + 1);
        const double coveredRight = upTo(right);
        float value = 0.0f;
        if (right > left)
            value = float(std::clamp((coveredRight - coveredLeft) / (right - left), 0.0, 1.0));
        lod.coverage[a + c] = value;
        left = right;
        coveredLeft = coveredRight;
    }
}

// Fills columns [a, b) of `lod` (coverage, drift, flags). Exact path: O((b - a) * log n);
// with the grid: O((b - a) * log buckets) plus the fragments of each column's partial end
// buckets (bounded by the pyramid's O(16 log n) when a bucket is crowded).
void computeColumns(const FragmentIndex& index, const DriftPyramid& pyramid,
                    const TimeBucketGrid* grid, TimelineLod& lod, int a, int b,
                    const TimelineLodOptions& options) {
    if (a >= b)
        return;
    if (grid && (grid->size() != index.size() || !grid->isValid()))
        grid = nullptr;
    computeCoverage(index, grid, lod, a, b);
    if (index.isEmpty() || pyramid.size() != index.size())
        return;
    auto lowerBound = [&](qint64 t) {
        return grid ? grid->lowerBound(index, t) : index.lowerBound(t);
    };
    // Fragments starting in column c are [first(c), first(c + 1)) = starts in [s(c), s(c + 1)).
    qint64 nextStart = qint64(std::ceil(lod.columnStartMs(a)));
    qsizetype next = lowerBound(nextStart);
    for (int c = a; c < b; ++c) {
        const qsizetype first = next;
        const qint64 columnStart = nextStart;
        nextStart = qint64(std::ceil(lod.columnStartMs(c + 1)));
        next = lowerBound(nextStart);
        quint8 flags = 0;
        qint64 lo = 0;
        qint64 hi = 0;
        qint64 sum = 0;
        qsizetype count = 0;
        if (first < next) {
            FragmentRunSummary s;
            BucketRunSummary inner;
            // Whole buckets inside the column (only when it spans some): the grid; the
            // partial buckets at both ends: exact.
            qsizetype ka = 0;
            qsizetype kb = 0;
            if (grid && nextStart - columnStart >= 2 * grid->bucketMs()) {
                ka = grid->bucketOf(columnStart);
                if (grid->bucketStartMs(ka) < columnStart)
                    ++ka;
                kb = grid->bucketOf(nextStart);
                if (grid->bucketStartMs(kb + 1) <= nextStart)
                    ++kb; // nextStart at or past the grid's end
            }
            if (ka < kb) {
                inner = grid->summarize(ka, kb);
                s = summarizeRun(index, pyramid, first, grid->first(ka));
                s.merge(summarizeRun(index, pyramid, grid->first(kb), next));
            } else {
                s = summarizeRun(index, pyramid, first, next);
            }
            flags = flagsOf(s, options) | inner.flags;
            count = s.count + inner.count;
            sum = s.driftSumMs + inner.driftSumMs;
            if (s.count > 0 && inner.count > 0) {
                lo = std::min(s.minDriftMs, inner.minDriftMs);
                hi = std::max(s.maxDriftMs, inner.maxDriftMs);
            } else if (inner.count > 0) {
                lo = inner.minDriftMs;
                hi = inner.maxDriftMs;
            } else {
                lo = s.minDriftMs;
                hi = s.maxDriftMs;
            }
            flags |= TimelineLod::HasDrift;
        }
        // A fragment reaching into the column from the left (zoomed in: most columns). The
        // latest one starting before the column is checked in O(1) (no search).
        if (first > 0 && lod.coverage[c] > 0.0f) {
            const qsizetype i = first - 1;
            if (index.endMs(i) > columnStart) {
                const qint64 d = index.driftMs(i);
                lo = (flags & TimelineLod::HasDrift) ? std::min(lo, d) : d;
                hi = (flags & TimelineLod::HasDrift) ? std::max(hi, d) : d;
                if (count == 0) { // only the reaching fragment: it is the column's drift
                    sum = d;
                    count = 1;
                }
                flags |= TimelineLod::HasDrift;
            }
        }
        lod.driftMin[size_t(c)] = lo;
        lod.driftMax[size_t(c)] = hi;
        lod.driftMean[size_t(c)] =
            count > 0 ? qint64(std::llround(double(sum) / double(count))) : (lo + hi) / 2;
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
    lod.driftMean.assign(size_t(lod.columns), 0);
    lod.flags.assign(size_t(lod.columns), 0);
    return lod;
}

} // namespace

TimelineLod TimelineLodCache::compute(const FragmentIndex& index, const DriftPyramid& pyramid,
                                      const TimelineViewport& viewport, int columns,
                                      const TimelineLodOptions& options,
                                      const TimeBucketGrid* grid) {
    TimelineLod lod = emptyLod(viewport, columns);
    computeColumns(index, pyramid, grid, lod, 0, lod.columns, options);
    finish(index, pyramid, lod);
    return lod;
}

bool TimelineLodCache::shift(const FragmentIndex& index, const DriftPyramid& pyramid,
                             const TimeBucketGrid* grid, const TimelineViewport& viewport,
                             int columns) {
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
        lod.driftMean[size_t(c - d)] = m_lod.driftMean[size_t(c)];
        lod.flags[size_t(c - d)] = m_lod.flags[size_t(c)];
    }
    if (d > 0)
        computeColumns(index, pyramid, grid, lod, columns - d, columns, effectiveOptions());
    else
        computeColumns(index, pyramid, grid, lod, 0, -d, effectiveOptions());
    finish(index, pyramid, lod);
    m_lod = std::move(lod);
    return true;
}

} // namespace kinescope
