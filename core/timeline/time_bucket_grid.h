#pragma once

#include "core/kvs/fragment_index.h"

#include <QtGlobal>

#include <vector>

namespace kinescope {

// What the drift band needs about the fragments starting in a run of buckets.
struct BucketRunSummary {
    qint64 minDriftMs = 0;
    qint64 maxDriftMs = 0;
    qint64 driftSumMs = 0;
    qsizetype count = 0;
    quint8 flags = 0; // TimelineLod::ColumnFlag bits (Jump, Overlap, Gap) under the build options
};

// Thresholds the per-bucket marker flags are computed with (TimelineLodOptions' values).
struct BucketFlagThresholds {
    qint64 jumpMs = 500;    // |drift(i) - drift(i-1)| > jumpMs → Jump
    qint64 overlapMs = 100; // reach back >= max(1, overlapMs) → Overlap
    qint64 gapMs = 1000;    // hole before >= max(1, gapMs) → Gap
    bool operator==(const BucketFlagThresholds& other) const = default;
};

// A uniform time grid over a FragmentIndex (zoomed-out level of detail independent of n).
// Built lazily once per index generation in O(n + buckets), with about n / 8 buckets (at most
// kMaxBuckets), so a bucket holds ~8 fragments on average:
//  - first(k): position of the first fragment starting at or after bucket k's start, so a
//    lookup by time searches one bucket instead of the whole index (lowerBound/upperBound
//    in O(log bucket occupancy), and exact covered time through the index's prefix sums);
//  - a mip pyramid (levels of 1, 2, 4, ... buckets) of drift min/max and marker flags of the
//    fragments starting in those buckets, and a prefix sum of drifts, so a column spanning
//    many buckets is summarised in O(log buckets) whatever the number of fragments in it.
// The fragments of the partial buckets at a column's two ends are summarised exactly by the
// caller (DriftPyramid), so the result equals the exact computation.
// Memory: 4 + 8 + 2 * 9 bytes per bucket, i.e. about 3.75 bytes per fragment.
class TimeBucketGrid {
public:
    static constexpr qsizetype kTargetFragmentsPerBucket = 8;
    static constexpr qsizetype kMaxBuckets = 1 << 21;

    // Rebuild for `index` (forces its pending merge). Leaves the grid invalid (callers use the
    // exact path) when the index is empty or the drift range does not fit 32 bits.
    void build(const FragmentIndex& index, const BucketFlagThresholds& thresholds);
    void clear();
    bool isValid() const { return m_valid; }
    qsizetype size() const { return m_size; } // fragments it was built for
    BucketFlagThresholds thresholds() const { return m_thresholds; }

    qint64 originMs() const { return m_origin; }
    qint64 bucketMs() const { return m_bucketMs; }
    qsizetype bucketCount() const { return m_buckets; }
    qint64 bucketStartMs(qsizetype k) const { return m_origin + k * m_bucketMs; }
    // Position of the first fragment starting at or after bucketStartMs(k), k in [0, count].
    qsizetype first(qsizetype k) const { return qsizetype(m_first[size_t(k)]); }
    // The bucket holding time t, clamped to [0, count - 1].
    qsizetype bucketOf(qint64 t) const;

    // index.lowerBound(t) in O(log bucket occupancy).
    qsizetype lowerBound(const FragmentIndex& index, qint64 t) const;
    // Positions between which the first fragment starting after base + offset lies.
    IndexRange upperBoundRange(qint64 base, double offset) const;

    // Fragments starting in buckets [ka, kb). O(log buckets).
    BucketRunSummary summarize(qsizetype ka, qsizetype kb) const;

    qsizetype memoryBytes() const;

private:
    bool m_valid = false;
    qsizetype m_size = 0;
    BucketFlagThresholds m_thresholds;
    qint64 m_origin = 0;
    qint64 m_bucketMs = 1;
    qsizetype m_buckets = 0;
    qint64 m_driftBase = 0;                 // drifts are stored relative to the smallest one
    std::vector<quint32> m_first;           // count + 1
    std::vector<qint64> m_driftPrefix;      // count + 1: sum of drifts of buckets < k
    std::vector<std::vector<qint32>> m_min; // per level; empty bucket: INT32_MAX
    std::vector<std::vector<qint32>> m_max; // per level; empty bucket: INT32_MIN
    std::vector<std::vector<quint8>> m_flags;
};

} // namespace kinescope
