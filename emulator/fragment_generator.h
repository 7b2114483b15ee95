#pragma once

#include "core/kvs/fragment.h"
#include "emulator/scenario.h"

#include <QList>

#include <optional>

namespace kinescope::emu {

// An inclusive run of fragment indices [first, last].
struct IndexRange {
    qint64 first = 0;
    qint64 last = -1;
    qint64 count() const { return last - first + 1; }
};

// The archive of one scenario stream, computed instead of stored: fragment i starts at
// nominal server time i * duration + phase on a grid fixed to the epoch (so a fragment
// keeps its number and timestamps across emulator restarts), exists when it lies inside
// the footage span, outside every gap and inside the retention period. Every query is
// arithmetic on index ranges: O(result + gaps), never O(archive).
//   ServerTimestamp   = nominal + ingest latency (deterministic per fragment, < duration)
//   ProducerTimestamp = nominal + producer clock offset (+ jump after jumpAt)
//   FragmentNumber    = 47 digits: stream prefix, server ms, per-fragment digits; it grows
//                       with ingestion order, like KVS's.
class FragmentGenerator {
public:
    explicit FragmentGenerator(const StreamSpec& spec);

    kinescope::Fragment fragment(qint64 index) const;
    qint64 nominalStartMs(qint64 index) const { return index * m_durationMs + m_phaseMs; }
    qint64 serverMs(qint64 index) const;
    qint64 producerMs(qint64 index) const;
    qint64 sizeBytes(qint64 index) const;
    QString fragmentNumber(qint64 index) const;

    // Fragments that exist when the server clock reads nowMs, as sorted index runs.
    QList<IndexRange> available(qint64 nowMs) const;
    // Existing fragments whose `type` timestamp lies in [fromMs, toMs], sorted by index.
    QList<IndexRange> select(TimestampType type, qint64 fromMs, qint64 toMs, qint64 nowMs) const;
    bool exists(qint64 index, qint64 nowMs) const;
    std::optional<qint64> indexOfNumber(const QString& fragmentNumber, qint64 nowMs) const;

    static qint64 total(const QList<IndexRange>& ranges);
    // The index at `position` (0-based) of the concatenated ranges.
    static qint64 indexAt(const QList<IndexRange>& ranges, qint64 position);

private:
    quint64 hash(qint64 index, quint64 salt) const;
    qint64 latencyMs(qint64 index) const;
    qint64 producerOffsetMs(qint64 index) const;
    qint64 firstServerAtLeast(qint64 ms) const;
    qint64 lastServerAtMost(qint64 ms) const;

    StreamSpec m_spec;
    quint64 m_seed = 0;
    qint64 m_durationMs = 2000;
    qint64 m_phaseMs = 0;
    QString m_prefix; // 22 digits
};

qint64 floorDiv(qint64 a, qint64 b);
qint64 ceilDiv(qint64 a, qint64 b);
quint64 splitMix64(quint64 x);

} // namespace kinescope::emu
