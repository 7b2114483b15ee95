#include "emulator/fragment_generator.h"

#include <QCryptographicHash>

#include <algorithm>
#include <limits>

namespace kinescope::emu {

qint64 floorDiv(qint64 a, qint64 b) {
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

qint64 ceilDiv(qint64 a, qint64 b) {
    return -floorDiv(-a, b);
}

quint64 splitMix64(quint64 x) {
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

FragmentGenerator::FragmentGenerator(const StreamSpec& spec)
    : m_spec(spec)
    , m_durationMs(spec.fragmentDurationMs) {
    const QByteArray digest =
        QCryptographicHash::hash(spec.name.toUtf8(), QCryptographicHash::Sha256);
    for (int i = 0; i < 8; ++i)
        m_seed = (m_seed << 8) | static_cast<quint8>(digest.at(i));
    m_phaseMs = static_cast<qint64>(m_seed % static_cast<quint64>(m_durationMs));
    const quint64 a = splitMix64(m_seed) % 1'000'000'000'000'000'000ull;
    const quint64 b = splitMix64(m_seed + 1) % 1000;
    m_prefix =
        QStringLiteral("9%1%2").arg(a, 18, 10, QLatin1Char('0')).arg(b, 3, 10, QLatin1Char('0'));
}

quint64 FragmentGenerator::hash(qint64 index, quint64 salt) const {
    return splitMix64(m_seed ^ splitMix64(static_cast<quint64>(index) * 4 + salt));
}

qint64 FragmentGenerator::latencyMs(qint64 index) const {
    const qint64 span = m_spec.ingestLatencyMaxMs - m_spec.ingestLatencyMinMs + 1;
    return m_spec.ingestLatencyMinMs +
           static_cast<qint64>(hash(index, 1) % static_cast<quint64>(span));
}

qint64 FragmentGenerator::producerOffsetMs(qint64 index) const {
    const ProducerClockSpec& c = m_spec.producerClock;
    qint64 off = c.offsetMs;
    if (c.hasJump && nominalStartMs(index) >= c.jumpAtMs)
        off += c.jumpMs;
    return off;
}

qint64 FragmentGenerator::serverMs(qint64 index) const {
    return nominalStartMs(index) + latencyMs(index);
}

qint64 FragmentGenerator::producerMs(qint64 index) const {
    return nominalStartMs(index) + producerOffsetMs(index);
}

qint64 FragmentGenerator::sizeBytes(qint64 index) const {
    const qint64 span = m_spec.maxFragmentBytes - m_spec.minFragmentBytes + 1;
    return m_spec.minFragmentBytes +
           static_cast<qint64>(hash(index, 2) % static_cast<quint64>(span));
}

QString FragmentGenerator::fragmentNumber(qint64 index) const {
    const quint64 tail = hash(index, 3) % 1'000'000'000'000ull;
    return m_prefix + QStringLiteral("%1%2")
                          .arg(serverMs(index), 13, 10, QLatin1Char('0'))
                          .arg(tail, 12, 10, QLatin1Char('0'));
}

kinescope::Fragment FragmentGenerator::fragment(qint64 index) const {
    kinescope::Fragment f;
    f.fragmentNumber = fragmentNumber(index);
    f.sizeBytes = sizeBytes(index);
    f.producerMs = producerMs(index);
    f.serverMs = serverMs(index);
    f.durationMs = m_durationMs;
    return f;
}

QList<IndexRange> FragmentGenerator::available(qint64 nowMs) const {
    QList<IndexRange> out;
    if (m_spec.dataRetentionHours <= 0)
        return out; // KVS keeps no archive without retention
    qint64 start = m_spec.footageStartMs;
    start = std::max(start, nowMs - qint64(m_spec.dataRetentionHours) * 3'600'000);
    qint64 end = m_spec.live ? nowMs : std::min(m_spec.footageEndMs, nowMs);
    if (end <= start)
        return out;
    // Footage minus gaps, as millisecond segments; then whole fragments inside each.
    qint64 cursor = start;
    auto addSegment = [&](qint64 s, qint64 e) {
        if (e <= s)
            return;
        const qint64 first = ceilDiv(s - m_phaseMs, m_durationMs);
        const qint64 last = floorDiv(e - m_durationMs - m_phaseMs, m_durationMs);
        if (first <= last)
            out.append({first, last});
    };
    for (const TimeRange& gap : m_spec.gaps) {
        if (gap.endMs <= cursor)
            continue;
        if (gap.startMs >= end)
            break;
        addSegment(cursor, std::min(gap.startMs, end));
        cursor = gap.endMs;
    }
    addSegment(cursor, end);
    return out;
}

qint64 FragmentGenerator::firstServerAtLeast(qint64 ms) const {
    qint64 i = ceilDiv(ms - m_spec.ingestLatencyMaxMs - m_phaseMs, m_durationMs);
    while (serverMs(i) < ms)
        ++i;
    return i;
}

qint64 FragmentGenerator::lastServerAtMost(qint64 ms) const {
    qint64 i = floorDiv(ms - m_spec.ingestLatencyMinMs - m_phaseMs, m_durationMs);
    while (serverMs(i) > ms)
        --i;
    return i;
}

QList<IndexRange> FragmentGenerator::select(TimestampType type, qint64 fromMs, qint64 toMs,
                                            qint64 nowMs) const {
    QList<IndexRange> out;
    if (toMs < fromMs)
        return out;
    const QList<IndexRange> ranges = available(nowMs);
    auto clip = [&](qint64 lo, qint64 hi) {
        if (lo <= hi)
            out.append({lo, hi});
    };
    if (type == TimestampType::Server) {
        const qint64 lo = firstServerAtLeast(fromMs);
        const qint64 hi = lastServerAtMost(toMs);
        for (const IndexRange& r : ranges)
            clip(std::max(r.first, lo), std::min(r.last, hi));
        return out;
    }
    // Producer time is nominal + a piecewise-constant offset: invert per piece.
    const ProducerClockSpec& c = m_spec.producerClock;
    const qint64 jumpIndex = c.hasJump ? ceilDiv(c.jumpAtMs - m_phaseMs, m_durationMs)
                                       : std::numeric_limits<qint64>::max();
    auto piece = [&](qint64 first, qint64 last, qint64 offset) {
        if (first > last)
            return;
        const qint64 lo = ceilDiv(fromMs - offset - m_phaseMs, m_durationMs);
        const qint64 hi = floorDiv(toMs - offset - m_phaseMs, m_durationMs);
        clip(std::max(first, lo), std::min(last, hi));
    };
    for (const IndexRange& r : ranges) {
        piece(r.first, std::min(r.last, jumpIndex - 1), c.offsetMs);
        piece(std::max(r.first, jumpIndex), r.last, c.offsetMs + (c.hasJump ? c.jumpMs : 0));
    }
    return out;
}

bool FragmentGenerator::exists(qint64 index, qint64 nowMs) const {
    const QList<IndexRange> ranges = available(nowMs);
    for (const IndexRange& r : ranges)
        if (index >= r.first && index <= r.last)
            return true;
    return false;
}

std::optional<qint64> FragmentGenerator::indexOfNumber(const QString& number, qint64 nowMs) const {
    if (number.size() != 47 || !number.startsWith(m_prefix))
        return std::nullopt;
    bool ok = false;
    const qint64 server = number.mid(22, 13).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    const qint64 index = floorDiv(server - m_spec.ingestLatencyMinMs - m_phaseMs, m_durationMs);
    if (fragmentNumber(index) != number || !exists(index, nowMs))
        return std::nullopt;
    return index;
}

qint64 FragmentGenerator::total(const QList<IndexRange>& ranges) {
    qint64 n = 0;
    for (const IndexRange& r : ranges)
        n += r.count();
    return n;
}

qint64 FragmentGenerator::indexAt(const QList<IndexRange>& ranges, qint64 position) {
    for (const IndexRange& r : ranges) {
        if (position < r.count())
            return r.first + position;
        position -= r.count();
    }
    return -1;
}

} // namespace kinescope::emu
