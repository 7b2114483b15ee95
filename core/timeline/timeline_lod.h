#pragma once

#include "core/timeline/drift_pyramid.h"
#include "core/timeline/time_bucket_grid.h"
#include "core/timeline/timeline_viewport.h"

#include <QList>
#include <QtGlobal>

#include <vector>

namespace kinescope {

// Thresholds for the markers the timeline paints.
struct TimelineLodOptions {
    qint64 jumpThresholdMs = 500;     // drift change between neighbours worth a marker
    qint64 overlapThresholdMs = 100;  // overlap worth a marker (server jitter stays below)
    qint64 gapMarkThresholdMs = 1000; // a hole shorter than a column still gets a marker
    // Raise the jump threshold (and, in server order, the overlap threshold) above the ingest
    // jitter of the stream, so latency noise (server - producer varying by hundreds of ms from
    // one fragment to the next) is not marked as clock jumps and overlaps everywhere.
    bool adaptToJitter = true;
    bool operator==(const TimelineLodOptions& other) const = default;
};

// What the timeline paints for one viewport: one entry per column (a device pixel).
struct TimelineLod {
    enum ColumnFlag : quint8 {
        HasDrift = 1, // driftMin/driftMax are valid
        Jump = 2,     // a drift jump starts in this column
        Overlap = 4,  // a fragment starting here overlaps what precedes it
        Gap = 8,      // a hole of at least gapMarkThresholdMs ends in this column
    };

    TimelineViewport viewport;
    int columns = 0;
    double msPerColumn = 0;
    QList<float> coverage; // covered fraction 0..1 (FragmentIndex::coverageColumns)
    std::vector<qint64> driftMin;
    std::vector<qint64> driftMax;
    std::vector<qint64> driftMean; // mean drift of the fragments in the column (rounded)
    std::vector<quint8> flags;
    bool hasDrift = false;
    qint64 visibleDriftMin = 0;
    qint64 visibleDriftMax = 0;
    // Holes at least one column wide, exact edges (from the index), clamped to the bounds.
    QList<TimeInterval> gaps;
    // Fragment starts in column units, only when at most one per kMinBoundarySpacing columns
    // is visible (zoomed in far enough to tell fragments apart).
    std::vector<double> boundaries;
    static constexpr int kMinBoundarySpacing = 6;

    double columnStartMs(int c) const { return viewport.startMs() + c * msPerColumn; }
};

// Computes TimelineLod from the index, a DriftPyramid and a TimeBucketGrid (both rebuilt in
// O(n) once per index generation, lazily at the first paint), and caches it: asking again for
// the same generation, viewport and column count returns the cached result without touching
// the index; a pan by whole columns keeps the overlapping columns and computes only the new
// ones. With the grid a column costs O(log buckets + fragments in its two partial end
// buckets), whatever the number of fragments it spans (zoomed out: hundreds); the result is
// the same as the exact computation (grid == nullptr: O(columns * log n)).
class TimelineLodCache {
public:
    TimelineLodOptions options() const { return m_options; }
    void setOptions(const TimelineLodOptions& options);
    // The options the LOD was computed with: options() adapted to driftJitterMs().
    TimelineLodOptions effectiveOptions() const;
    // The jitter of the index of the last pyramid build (see driftJitterMs(index)).
    qint64 driftJitterMs() const { return m_jitterMs; }
    // The 99th percentile of |drift(i) - drift(i - 1)| (sampled: at most 65536 pairs), so up to
    // 1 % of real jumps do not raise it. Thresholds adapt to 1.25 x that + 50 ms.
    static qint64 driftJitterMs(const FragmentIndex& index);
    static TimelineLodOptions adapted(const TimelineLodOptions& options, qint64 jitterMs,
                                      TimestampType ordering);

    // `generation` must change whenever the index content or its ordering changes.
    const TimelineLod& lod(const FragmentIndex& index, quint64 generation,
                           const TimelineViewport& viewport, int columns);
    const DriftPyramid& pyramid(const FragmentIndex& index, quint64 generation);
    // nullptr when the grid cannot be built (empty index, absurd drift range).
    const TimeBucketGrid* grid(const FragmentIndex& index, quint64 generation);
    void invalidate();

    int lodComputations() const { return m_lodComputations; }
    int pyramidBuilds() const { return m_pyramidBuilds; }
    int gridBuilds() const { return m_gridBuilds; }
    qsizetype memoryBytes() const; // pyramid + grid + LOD
    qsizetype gridMemoryBytes() const { return m_grid.memoryBytes(); }

    // grid == nullptr: the exact path (binary searches, pyramid summaries per column).
    static TimelineLod compute(const FragmentIndex& index, const DriftPyramid& pyramid,
                               const TimelineViewport& viewport, int columns,
                               const TimelineLodOptions& options,
                               const TimeBucketGrid* grid = nullptr);
    static BucketFlagThresholds thresholdsOf(const TimelineLodOptions& options);

private:
    bool shift(const FragmentIndex& index, const DriftPyramid& pyramid, const TimeBucketGrid* grid,
               const TimelineViewport& viewport, int columns);

    TimelineLodOptions m_options;
    DriftPyramid m_pyramid;
    qint64 m_jitterMs = 0;
    TimestampType m_ordering = TimestampType::Server;
    bool m_pyramidValid = false;
    quint64 m_pyramidGeneration = 0;
    TimeBucketGrid m_grid;
    bool m_gridBuilt = false;
    quint64 m_gridGeneration = 0;
    int m_gridBuilds = 0;
    bool m_lodValid = false;
    quint64 m_lodGeneration = 0;
    TimelineLod m_lod;
    int m_lodComputations = 0;
    int m_pyramidBuilds = 0;
};

} // namespace kinescope
