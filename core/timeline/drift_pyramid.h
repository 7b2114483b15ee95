#pragma once

#include "core/kvs/fragment_index.h"

#include <QtGlobal>

#include <vector>

namespace kinescope {

// Summary of a run of fragments (positions in a FragmentIndex's sorted order).
struct FragmentRunSummary {
    qint64 minDriftMs = 0; // drift = server - producer
    qint64 maxDriftMs = 0;
    qint64 maxJumpMs = 0;    // largest |drift(i) - drift(i-1)| for i in the run (i > 0)
    qint64 maxOverlapMs = 0; // largest reach of fragment i back into what precedes it
    qint64 maxHoleMs = 0;    // largest uncovered time right before fragment i (i > 0)
    qint64 driftSumMs = 0;   // sum of the drifts (the mean line of the drift band)
    qsizetype count = 0;

    void merge(const FragmentRunSummary& other);
};

// Precomputed levels of detail over a FragmentIndex for the drift band and the gap/overlap
// markers: blocks of kFanout fragments, then blocks of kFanout blocks, and so on. Built in
// O(n) when the index changes (about 3.5 bytes per fragment); summarize() of any position range
// costs O(kFanout * log n), so a column of the timeline costs the same whether it holds one
// fragment or a million. Leaves are read from the index itself.
class DriftPyramid {
public:
    static constexpr qsizetype kFanout = 16;

    DriftPyramid() = default;
    // Rebuild for `index` (O(n); forces the index's pending merge).
    void build(const FragmentIndex& index);
    void clear();
    qsizetype size() const { return m_size; }

    // Summary of positions [first, last) of the index it was built from (which must not have
    // changed since). Empty range → count 0.
    FragmentRunSummary summarize(const FragmentIndex& index, qsizetype first, qsizetype last) const;
    // Max end of the fragments before position i (the edge of the covered time before it);
    // std::numeric_limits<qint64>::min() for i == 0. O(kFanout).
    qint64 maxEndBefore(const FragmentIndex& index, qsizetype i) const;

    qsizetype memoryBytes() const;

private:
    static FragmentRunSummary leaf(const FragmentIndex& index, qsizetype i, qint64 maxEndBefore);
    FragmentRunSummary summarizeLeaves(const FragmentIndex& index, qsizetype first,
                                       qsizetype last) const;
    // Elements [first, last) of `level` (-1 = the fragments themselves).
    FragmentRunSummary query(const FragmentIndex& index, int level, qsizetype first,
                             qsizetype last) const;

    qsizetype m_size = 0;
    // m_levels[0][b] summarizes leaves [b*F, (b+1)*F); m_levels[k][b] summarizes nodes
    // [b*F, (b+1)*F) of level k-1.
    std::vector<std::vector<FragmentRunSummary>> m_levels;
    std::vector<qint64> m_blockMaxEndBefore; // per level-0 block
};

} // namespace kinescope
