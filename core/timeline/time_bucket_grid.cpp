#include "core/timeline/time_bucket_grid.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace kinescope {

namespace {
// The TimelineLod::ColumnFlag bits (checked there with static_assert).
constexpr quint8 kJump = 2;
constexpr quint8 kOverlap = 4;
constexpr quint8 kGap = 8;
constexpr qint32 kNoMin = std::numeric_limits<qint32>::max();
constexpr qint32 kNoMax = std::numeric_limits<qint32>::min();
} // namespace

void TimeBucketGrid::clear() {
    *this = TimeBucketGrid();
}

void TimeBucketGrid::build(const FragmentIndex& index, const BucketFlagThresholds& thresholds) {
    clear();
    m_thresholds = thresholds;
    const qsizetype n = index.size();
    m_size = n;
    if (n == 0 || n >= qsizetype(std::numeric_limits<quint32>::max()))
        return;
    qint64 lo = std::numeric_limits<qint64>::max();
    qint64 hi = std::numeric_limits<qint64>::min();
    for (qsizetype i = 0; i < n; ++i) {
        const qint64 d = index.driftMs(i);
        lo = std::min(lo, d);
        hi = std::max(hi, d);
    }
    if (hi - lo >= qint64(std::numeric_limits<qint32>::max()))
        return; // absurd producer clocks: the exact path handles them
    m_driftBase = lo;
    m_origin = index.startMs(0);
    const qint64 span = index.startMs(n - 1) - m_origin + 1;
    const qint64 target = std::clamp<qint64>(n / kTargetFragmentsPerBucket, 1, kMaxBuckets);
    m_bucketMs = std::max<qint64>(1, (span + target - 1) / target);
    m_buckets = qsizetype((span + m_bucketMs - 1) / m_bucketMs);

    const auto buckets = size_t(m_buckets);
    m_first.assign(buckets + 1, quint32(n));
    m_driftPrefix.assign(buckets + 1, 0);
    std::vector<qint32> mins(buckets, kNoMin);
    std::vector<qint32> maxs(buckets, kNoMax);
    std::vector<quint8> flags(buckets, 0);
    std::vector<qint64> sums(buckets, 0);
    const qint64 jumpMs = thresholds.jumpMs;
    const qint64 overlapMs = std::max<qint64>(1, thresholds.overlapMs);
    const qint64 gapMs = std::max<qint64>(1, thresholds.gapMs);
    size_t nextBucket = 0; // buckets below it have their first position set
    qint64 previousDrift = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const qint64 start = index.startMs(i);
        const auto k = size_t((start - m_origin) / m_bucketMs);
        while (nextBucket <= k)
            m_first[nextBucket++] = quint32(i);
        const qint64 drift = index.driftMs(i);
        const auto rel = qint32(drift - m_driftBase);
        mins[k] = std::min(mins[k], rel);
        maxs[k] = std::max(maxs[k], rel);
        sums[k] += drift;
        if (i > 0) {
            const qint64 maxEndBefore = index.maxEndThrough(i - 1);
            quint8 f = 0;
            if (std::abs(drift - previousDrift) > jumpMs)
                f |= kJump;
            if (maxEndBefore - start >= overlapMs)
                f |= kOverlap;
            if (start - maxEndBefore >= gapMs)
                f |= kGap;
            flags[k] |= f;
        }
        previousDrift = drift;
    }
    for (size_t k = 0; k < buckets; ++k)
        m_driftPrefix[k + 1] = m_driftPrefix[k] + sums[k];
    sums = std::vector<qint64>();

    m_min.push_back(std::move(mins));
    m_max.push_back(std::move(maxs));
    m_flags.push_back(std::move(flags));
    while (m_min.back().size() > 1) {
        const std::vector<qint32>& bMin = m_min.back();
        const std::vector<qint32>& bMax = m_max.back();
        const std::vector<quint8>& bFlags = m_flags.back();
        const size_t up = (bMin.size() + 1) / 2;
        std::vector<qint32> uMin(up, kNoMin);
        std::vector<qint32> uMax(up, kNoMax);
        std::vector<quint8> uFlags(up, 0);
        for (size_t k = 0; k < bMin.size(); ++k) {
            uMin[k / 2] = std::min(uMin[k / 2], bMin[k]);
            uMax[k / 2] = std::max(uMax[k / 2], bMax[k]);
            uFlags[k / 2] |= bFlags[k];
        }
        m_min.push_back(std::move(uMin));
        m_max.push_back(std::move(uMax));
        m_flags.push_back(std::move(uFlags));
    }
    m_valid = true;
}

qsizetype TimeBucketGrid::bucketOf(qint64 t) const {
    if (m_buckets == 0 || t <= m_origin)
        return 0;
    return std::min<qsizetype>(qsizetype((t - m_origin) / m_bucketMs), m_buckets - 1);
}

qsizetype TimeBucketGrid::lowerBound(const FragmentIndex& index, qint64 t) const {
    if (!m_valid || t <= m_origin)
        return 0;
    if (t >= bucketStartMs(m_buckets))
        return m_size;
    const qsizetype k = bucketOf(t);
    qsizetype lo = first(k);
    qsizetype hi = first(k + 1);
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        if (index.startMs(mid) < t)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

IndexRange TimeBucketGrid::upperBoundRange(qint64 base, double offset) const {
    if (!m_valid)
        return {0, m_size};
    // The bucket of base + offset, give or take one for rounding.
    const double k = std::floor((double(base - m_origin) + offset) / double(m_bucketMs));
    const qsizetype below = k - 1 <= 0 ? 0 : first(qsizetype(std::min(k - 1, double(m_buckets))));
    const qsizetype above =
        k + 2 >= double(m_buckets) ? m_size : first(qsizetype(std::max(k + 2, 0.0)));
    return {below, std::max(below, above)};
}

BucketRunSummary TimeBucketGrid::summarize(qsizetype ka, qsizetype kb) const {
    BucketRunSummary s;
    ka = std::clamp<qsizetype>(ka, 0, m_buckets);
    kb = std::clamp<qsizetype>(kb, ka, m_buckets);
    s.count = first(kb) - first(ka);
    if (!m_valid || s.count == 0)
        return s;
    s.driftSumMs = m_driftPrefix[size_t(kb)] - m_driftPrefix[size_t(ka)];
    qint32 lo = kNoMin;
    qint32 hi = kNoMax;
    quint8 flags = 0;
    auto take = [&](size_t level, qsizetype k) {
        lo = std::min(lo, m_min[level][size_t(k)]);
        hi = std::max(hi, m_max[level][size_t(k)]);
        flags |= m_flags[level][size_t(k)];
    };
    for (size_t level = 0; ka < kb; ++level) {
        if (ka & 1)
            take(level, ka++);
        if (kb & 1)
            take(level, --kb);
        ka >>= 1;
        kb >>= 1;
    }
    s.minDriftMs = m_driftBase + lo;
    s.maxDriftMs = m_driftBase + hi;
    s.flags = flags;
    return s;
}

qsizetype TimeBucketGrid::memoryBytes() const {
    qsizetype bytes =
        qsizetype(m_first.capacity() * sizeof(quint32) + m_driftPrefix.capacity() * sizeof(qint64));
    for (size_t l = 0; l < m_min.size(); ++l)
        bytes += qsizetype(m_min[l].capacity() * sizeof(qint32) +
                           m_max[l].capacity() * sizeof(qint32) + m_flags[l].capacity());
    return bytes;
}

} // namespace kinescope
