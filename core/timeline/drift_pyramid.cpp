#include "core/timeline/drift_pyramid.h"

#include <algorithm>
#include <limits>

namespace kinescope {

namespace {
constexpr qint64 kNoEnd = std::numeric_limits<qint64>::min();
} // namespace

void FragmentRunSummary::merge(const FragmentRunSummary& other) {
    if (other.count == 0)
        return;
    if (count == 0) {
        *this = other;
        return;
    }
    minDriftMs = std::min(minDriftMs, other.minDriftMs);
    maxDriftMs = std::max(maxDriftMs, other.maxDriftMs);
    maxJumpMs = std::max(maxJumpMs, other.maxJumpMs);
    maxOverlapMs = std::max(maxOverlapMs, other.maxOverlapMs);
    maxHoleMs = std::max(maxHoleMs, other.maxHoleMs);
    driftSumMs += other.driftSumMs;
    count += other.count;
}

void DriftPyramid::clear() {
    m_size = 0;
    m_levels.clear();
    m_blockMaxEndBefore.clear();
}

FragmentRunSummary DriftPyramid::leaf(const FragmentIndex& index, qsizetype i,
                                      qint64 maxEndBefore) {
    FragmentRunSummary s;
    s.count = 1;
    const qint64 drift = index.driftMs(i);
    s.minDriftMs = s.maxDriftMs = drift;
    s.driftSumMs = drift;
    if (i > 0) {
        s.maxJumpMs = std::abs(drift - index.driftMs(i - 1));
        const qint64 start = index.startMs(i);
        s.maxOverlapMs = std::max<qint64>(0, maxEndBefore - start);
        s.maxHoleMs = std::max<qint64>(0, start - maxEndBefore);
    }
    return s;
}

void DriftPyramid::build(const FragmentIndex& index) {
    clear();
    m_size = index.size();
    if (m_size == 0)
        return;
    const qsizetype blocks = (m_size + kFanout - 1) / kFanout;
    std::vector<FragmentRunSummary> level0(size_t(blocks), FragmentRunSummary{});
    m_blockMaxEndBefore.assign(size_t(blocks), kNoEnd);
    qint64 maxEnd = kNoEnd;
    for (qsizetype i = 0; i < m_size; ++i) {
        const qsizetype b = i / kFanout;
        if (i % kFanout == 0)
            m_blockMaxEndBefore[size_t(b)] = maxEnd;
        level0[size_t(b)].merge(leaf(index, i, maxEnd));
        maxEnd = std::max(maxEnd, index.endMs(i));
    }
    m_levels.push_back(std::move(level0));
    while (m_levels.back().size() > 1) {
        const std::vector<FragmentRunSummary>& below = m_levels.back();
        std::vector<FragmentRunSummary> up((below.size() + kFanout - 1) / kFanout);
        for (size_t k = 0; k < below.size(); ++k)
            up[k / kFanout].merge(below[k]);
        m_levels.push_back(std::move(up));
    }
    for (auto& level : m_levels)
        level.shrink_to_fit();
}

qint64 DriftPyramid::maxEndBefore(const FragmentIndex& index, qsizetype i) const {
    if (i <= 0 || m_size == 0)
        return kNoEnd;
    i = std::min(i, m_size);
    const qsizetype block = std::min(i / kFanout, qsizetype(m_blockMaxEndBefore.size()) - 1);
    qint64 maxEnd = m_blockMaxEndBefore[size_t(block)];
    for (qsizetype j = block * kFanout; j < i; ++j)
        maxEnd = std::max(maxEnd, index.endMs(j));
    return maxEnd;
}

FragmentRunSummary DriftPyramid::summarizeLeaves(const FragmentIndex& index, qsizetype first,
                                                 qsizetype last) const {
    FragmentRunSummary s;
    qint64 maxEnd = maxEndBefore(index, first);
    for (qsizetype i = first; i < last; ++i) {
        s.merge(leaf(index, i, maxEnd));
        maxEnd = std::max(maxEnd, index.endMs(i));
    }
    return s;
}

FragmentRunSummary DriftPyramid::query(const FragmentIndex& index, int level, qsizetype first,
                                       qsizetype last) const {
    FragmentRunSummary s;
    if (first >= last)
        return s;
    auto direct = [&](qsizetype a, qsizetype b) {
        if (level < 0) {
            s.merge(summarizeLeaves(index, a, b));
            return;
        }
        const auto& nodes = m_levels[size_t(level)];
        for (qsizetype k = a; k < b; ++k)
            s.merge(nodes[size_t(k)]);
    };
    const bool hasParent = level + 1 < int(m_levels.size());
    const qsizetype pf = (first + kFanout - 1) / kFanout;
    const qsizetype pl = last / kFanout;
    if (!hasParent || pf >= pl) {
        direct(first, last);
        return s;
    }
    direct(first, pf * kFanout);
    s.merge(query(index, level + 1, pf, pl));
    direct(pl * kFanout, last);
    return s;
}

FragmentRunSummary DriftPyramid::summarize(const FragmentIndex& index, qsizetype first,
                                           qsizetype last) const {
    first = std::max<qsizetype>(first, 0);
    last = std::min(last, m_size);
    if (first >= last || m_size != index.size())
        return {};
    return query(index, -1, first, last);
}

qsizetype DriftPyramid::memoryBytes() const {
    qsizetype bytes = qsizetype(m_blockMaxEndBefore.capacity() * sizeof(qint64));
    for (const auto& level : m_levels)
        bytes += qsizetype(level.capacity() * sizeof(FragmentRunSummary));
    return bytes;
}

} // namespace kinescope
