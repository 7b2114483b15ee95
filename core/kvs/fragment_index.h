#pragma once

#include "core/kvs/fragment.h"
#include "core/kvs/fragment_number_arena.h"

#include <QList>
#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <vector>

namespace kinescope {

// A half-open time span [startMs, endMs) in epoch milliseconds.
struct TimeInterval {
    qint64 startMs = 0;
    qint64 endMs = 0;

    qint64 durationMs() const { return endMs - startMs; }
    bool isEmpty() const { return endMs <= startMs; }
    bool contains(qint64 t) const { return t >= startMs && t < endMs; }
    bool operator==(const TimeInterval& other) const = default;
};

// A half-open range of positions [first, last) in a FragmentIndex.
struct IndexRange {
    qsizetype first = 0;
    qsizetype last = 0;

    qsizetype count() const { return last - first; }
    bool isEmpty() const { return last <= first; }
    bool operator==(const IndexRange& other) const = default;
};

// The producer/server clock offset changed by more than a threshold between neighbours.
struct DriftJump {
    qsizetype index = 0;        // the fragment after the jump (index - 1 is before it)
    qint64 previousDriftMs = 0; // drift (server - producer) of fragment index - 1
    qint64 driftMs = 0;         // drift of fragment index
    qint64 deltaMs() const { return driftMs - previousDriftMs; }
};

// A fragment that starts before an earlier fragment (in index order) has ended.
struct FragmentOverlap {
    qsizetype index = 0;  // the overlapping fragment
    qint64 overlapMs = 0; // how far it reaches back into what earlier fragments cover
};

// The in-memory fragment index of one stream: fragments sorted by the chosen timestamp
// (ties broken by fragment number), without duplicates, in a compact column layout
// (about 44 bytes per fragment, plus fragment numbers packed two digits per byte in a shared
// arena). Pages may arrive in any order and may repeat fragments; they are appended to an
// unsorted tail and merged into the sorted columns on the next query (sort the tail, one
// linear merge), so adding n fragments costs O(n log n) in total. Duplicates are dropped on
// arrival (binary search among the merged fragments, hash set for the tail), so size(),
// totalBytes(), totalDurationMs() and containsNumber() never force a merge; a query that needs
// order merges in O(n + k log k) for k pending fragments.
//
// Positions (qsizetype i) are indexes into the sorted order and are valid until the next add
// or setOrdering(). Not thread-safe: use one instance from one thread (queries are const but
// may perform the pending merge).
class FragmentIndex {
public:
    explicit FragmentIndex(TimestampType ordering = TimestampType::Server);

    // --- Filling -------------------------------------------------------------------------
    void add(const Fragment& fragment);
    void addPage(const QList<Fragment>& page);
    void clear();
    // Release spare capacity (the string arena grows by 1.5x while pages arrive).
    void squeeze();

    // Ordering (and the start of each fragment for every time query) uses this clock.
    TimestampType ordering() const { return m_ordering; }
    void setOrdering(TimestampType ordering); // re-sorts; O(n log n)

    // --- Fragments -----------------------------------------------------------------------
    qsizetype size() const; // exact and cheap: does not merge the pending tail
    bool isEmpty() const { return size() == 0; }
    Fragment fragment(qsizetype i) const;
    QList<Fragment> fragments(IndexRange range) const;
    QList<Fragment> toList() const { return fragments({0, size()}); }

    QString fragmentNumber(qsizetype i) const;
    qint64 startMs(qsizetype i) const; // timestamp in the ordering clock
    qint64 endMs(qsizetype i) const { return startMs(i) + durationMs(i); }
    qint64 serverMs(qsizetype i) const;
    qint64 producerMs(qsizetype i) const;
    qint64 durationMs(qsizetype i) const;
    qint64 sizeBytes(qsizetype i) const;
    qint64 driftMs(qsizetype i) const { return serverMs(i) - producerMs(i); }
    // Max end of fragments 0..i (the covered edge through i), and the union length of every
    // fragment span before startMs(i). O(1).
    qint64 maxEndThrough(qsizetype i) const;
    qint64 coveredBeforeStart(qsizetype i) const;

    // --- Lookup --------------------------------------------------------------------------
    qsizetype lowerBound(qint64 t) const; // first i with startMs(i) >= t
    qsizetype upperBound(qint64 t) const; // first i with startMs(i) > t
    // The fragment covering t (the latest-starting one if several do), or -1.
    qsizetype indexAt(qint64 t) const;
    // Fragments starting in [t0, t1) (the ListFragments selection rule).
    IndexRange rangeStarting(qint64 t0, qint64 t1) const;
    // The smallest contiguous range holding every fragment that overlaps [t0, t1).
    IndexRange range(qint64 t0, qint64 t1) const;
    // Position of a fragment number, or -1. O(n) (fragment numbers are not indexed by position).
    qsizetype indexOfNumber(const QString& fragmentNumber) const;
    bool containsNumber(const QString& fragmentNumber) const; // O(log n)

    // --- Analysis ------------------------------------------------------------------------
    // Merged covered spans. Fragments whose [start, start + duration) touch or overlap are
    // merged; a hole splits the coverage only when it is at least minGapMs long (and > 0).
    QList<TimeInterval> coverage(qint64 minGapMs = 0) const;
    // Same, clipped to [t0, t1).
    QList<TimeInterval> coverage(qint64 minGapMs, qint64 t0, qint64 t1) const;
    // Holes of at least minGapMs between covered spans.
    QList<TimeInterval> gaps(qint64 minGapMs = 0) const;
    // Same within [t0, t1): also the hole before the first / after the last covered span.
    QList<TimeInterval> gaps(qint64 minGapMs, qint64 t0, qint64 t1) const;
    // Neighbours whose drift (server - producer) differs by more than thresholdMs.
    QList<DriftJump> driftJumps(qint64 thresholdMs) const;
    // Fragments starting at least minOverlapMs before the end of what precedes them.
    QList<FragmentOverlap> overlaps(qint64 minOverlapMs = 1) const;

    qint64 totalBytes() const;
    qint64 totalDurationMs() const; // sum of fragment durations (overlaps counted twice)
    qint64 coveredMs() const;       // length of the union of fragment spans
    qint64 coveredMs(qint64 t0, qint64 t1) const; // union length inside [t0, t1); O(log n)
    qint64 firstStartMs() const;                  // 0 when empty
    qint64 lastEndMs() const;                     // max end; 0 when empty

    // Level of detail for painting: [t0, t1) split into `columns` equal columns; each value
    // is the covered fraction (0..1) of its column. O(columns * log n), independent of how
    // many fragments fall in a column.
    QList<float> coverageColumns(qint64 t0, qint64 t1, int columns) const;
    // Union length of all fragment spans below base + offset (piecewise linear, non-decreasing;
    // offsets keep sub-millisecond precision for epoch-sized bases). The first position whose
    // start exceeds base + offset must lie in [lo, hi] (a caller that knows the neighbourhood,
    // e.g. from a time-bucket directory, passes it; {0, size()} searches everything).
    double coveredUpTo(qint64 base, double offset, qsizetype lo, qsizetype hi) const;

    // --- Memory --------------------------------------------------------------------------
    // Heap bytes held (capacities, not sizes), including the string arena and any unmerged
    // tail. memoryBytes() == columnBytes() + stringBytes() (+ sizeof(*this)).
    qsizetype memoryBytes() const;
    qsizetype columnBytes() const; // per-fragment columns + pending tail
    qsizetype stringBytes() const; // the fragment-number arena
    // columnBytes() / size() after merging the pending tail: the steady-state per-fragment
    // cost without the shared strings (budget 48).
    double bytesPerFragment() const;

private:
    struct Pending {
        qint64 serverMs;
        qint64 producerMs;
        quint32 durationMs;
        quint32 sizeBytes;
        quint32 numberOffset;
    };

    const qint64* keyColumn() const;
    void normalize() const;
    void rebuildDerived() const;
    void recomputeCoverageFrom(qsizetype from) const;
    void sortColumnsBy(TimestampType type);

    // Fragment-number helpers (offsets into m_arena).
    int compareNumbers(quint32 a, quint32 b) const;
    int compareNumber(quint32 a, const QByteArray& encoded) const;
    bool findNumber(const QByteArray& encoded) const; // among the merged fragments
    bool pendingContains(const QByteArray& encoded) const;
    void pendingInsert(quint32 offset);

    TimestampType m_ordering;

    // Sorted columns, one element per fragment (mutable: merged lazily by const queries).
    mutable std::vector<qint64> m_server;
    mutable std::vector<qint64> m_producer;
    mutable std::vector<quint32> m_duration;
    mutable std::vector<quint32> m_size;
    mutable std::vector<quint32> m_number; // offset of the packed number in m_arena
    // Coverage helpers: m_coveredBefore[i] = union length of fragments before start(i);
    // m_reach[i] = (max end of fragments 0..i) - start(i), fits 32 bits as durations do.
    mutable std::vector<qint64> m_coveredBefore;
    mutable std::vector<quint32> m_reach;
    // Arena offsets sorted by fragment number: duplicate detection, containsNumber().
    mutable std::vector<quint32> m_byNumber;

    mutable std::vector<Pending> m_pending; // unsorted tail, merged by normalize()
    // Open-addressing set of the tail's number offsets (+1; 0 = empty): duplicates are dropped
    // on arrival, so size() and the totals are exact without merging.
    mutable std::vector<quint32> m_pendingSet;
    FragmentNumberArena m_arena; // packed fragment numbers

    mutable qint64 m_totalBytes = 0;
    mutable qint64 m_totalDuration = 0;
};

} // namespace kinescope
