#include "core/kvs/fragment_index.h"

#include <QDebug>

#include <algorithm>
#include <limits>
#include <numeric>

namespace kinescope {

namespace {

quint32 clampU32(qint64 v) {
    return quint32(std::clamp<qint64>(v, 0, std::numeric_limits<quint32>::max()));
}

template <typename T> qsizetype capacityBytes(const std::vector<T>& v) {
    return qsizetype(v.capacity() * sizeof(T));
}

// Resize to exactly n elements without the doubling growth policy leaving spare capacity.
template <typename T> void resizeExact(std::vector<T>& v, size_t n) {
    if (v.capacity() < n)
        v.reserve(n);
    v.resize(n);
}

template <typename T> void permute(std::vector<T>& v, const std::vector<quint32>& order) {
    std::vector<T> out;
    out.reserve(order.size());
    for (quint32 i : order)
        out.push_back(v[i]);
    v.swap(out);
}

} // namespace

FragmentIndex::FragmentIndex(TimestampType ordering)
    : m_ordering(ordering) {
}

// --- Filling -----------------------------------------------------------------------------

int FragmentIndex::compareNumbers(quint32 a, quint32 b) const {
    return m_arena.compare(a, b);
}

int FragmentIndex::compareNumber(quint32 a, const QByteArray& encoded) const {
    return m_arena.compare(a, encoded);
}

bool FragmentIndex::findNumber(const QByteArray& encoded) const {
    const auto it =
        std::lower_bound(m_byNumber.begin(), m_byNumber.end(), 0,
                         [&](quint32 off, int) { return compareNumber(off, encoded) < 0; });
    return it != m_byNumber.end() && compareNumber(*it, encoded) == 0;
}

bool FragmentIndex::pendingContains(const QByteArray& encoded) const {
    if (m_pendingSet.empty())
        return false;
    const auto* p = reinterpret_cast<const quint8*>(encoded.constData());
    const size_t mask = m_pendingSet.size() - 1;
    for (size_t slot = FragmentNumberArena::hash(p) & mask;; slot = (slot + 1) & mask) {
        const quint32 entry = m_pendingSet[slot];
        if (entry == 0)
            return false;
        if (compareNumber(entry - 1, encoded) == 0)
            return true;
    }
}

void FragmentIndex::pendingInsert(quint32 offset) {
    // Keep the load factor at most 1/2 (the set holds only the tail; freed by normalize()).
    if ((m_pending.size() + 1) * 2 > m_pendingSet.size()) {
        std::vector<quint32> old = std::move(m_pendingSet);
        m_pendingSet.assign(std::max<size_t>(2048, old.size() * 2), 0);
        for (quint32 entry : old) {
            if (entry != 0)
                pendingInsert(entry - 1);
        }
    }
    const size_t mask = m_pendingSet.size() - 1;
    size_t slot = FragmentNumberArena::hash(m_arena.at(offset)) & mask;
    while (m_pendingSet[slot] != 0)
        slot = (slot + 1) & mask;
    m_pendingSet[slot] = offset + 1;
}

void FragmentIndex::add(const Fragment& fragment) {
    thread_local QByteArray encoded;
    FragmentNumberArena::encode(fragment.fragmentNumber, encoded);
    if (findNumber(encoded) || pendingContains(encoded))
        return;
    const quint32 offset = m_arena.append(encoded);
    if (offset == FragmentNumberArena::kFull) {
        qWarning("FragmentIndex: fragment number arena full (4 GiB); fragment dropped");
        return;
    }
    pendingInsert(offset);
    if (m_pending.size() == m_pending.capacity())
        m_pending.reserve(std::max<size_t>(1024, m_pending.capacity() * 2));
    const Pending p{fragment.serverMs, fragment.producerMs, clampU32(fragment.durationMs),
                    clampU32(fragment.sizeBytes), offset};
    m_pending.push_back(p);
    m_totalBytes += p.sizeBytes;
    m_totalDuration += p.durationMs;
}

void FragmentIndex::addPage(const QList<Fragment>& page) {
    if (m_pending.capacity() < m_pending.size() + size_t(page.size()))
        m_pending.reserve(
            std::max(m_pending.size() + size_t(page.size()), m_pending.capacity() * 2));
    for (const Fragment& f : page)
        add(f);
}

void FragmentIndex::clear() {
    *this = FragmentIndex(m_ordering);
}

void FragmentIndex::squeeze() {
    normalize();
    m_arena.squeeze();
    m_pending.shrink_to_fit();
}

const qint64* FragmentIndex::keyColumn() const {
    return m_ordering == TimestampType::Server ? m_server.data() : m_producer.data();
}

// Merge the pending tail (already free of duplicates) into the sorted columns: merge its
// numbers into m_byNumber, sort it by (timestamp, number), merge it in place from the back,
// recompute the coverage helpers from the first inserted position on.
void FragmentIndex::normalize() const {
    if (m_pending.empty())
        return;
    const std::vector<Pending> pending = std::move(m_pending);
    m_pending = std::vector<Pending>();

    // 1. The tail (unique by construction) in number order. Sort keys: 8 bytes of each
    //    encoding after the prefix all of them share (numbers of one stream share long
    //    prefixes), full comparison on ties.
    m_pendingSet = std::vector<quint32>(); // (= {} would keep the capacity)
    qsizetype common = 0;
    {
        const quint8* first = m_arena.at(pending[0].numberOffset);
        common = FragmentNumberArena::encodedSize(first);
        for (size_t i = 1; i < pending.size() && common > 0; ++i) {
            const quint8* p = m_arena.at(pending[i].numberOffset);
            qsizetype c = 0;
            const qsizetype limit = std::min(common, FragmentNumberArena::encodedSize(p));
            while (c < limit && p[c] == first[c])
                ++c;
            common = c;
        }
    }
    struct Prefixed {
        quint64 prefix;
        quint32 index;
    };
    std::vector<Prefixed> byNumber(pending.size());
    for (size_t i = 0; i < pending.size(); ++i)
        byNumber[i] = {FragmentNumberArena::sortPrefix(m_arena.at(pending[i].numberOffset), common),
                       quint32(i)};
    std::sort(byNumber.begin(), byNumber.end(), [&](const Prefixed& a, const Prefixed& b) {
        if (a.prefix != b.prefix)
            return a.prefix < b.prefix;
        return compareNumbers(pending[a.index].numberOffset, pending[b.index].numberOffset) < 0;
    });
    std::vector<quint32> unique(byNumber.size());
    for (size_t i = 0; i < byNumber.size(); ++i)
        unique[i] = byNumber[i].index;
    byNumber = std::vector<Prefixed>();

    // 2. Merge their numbers into m_byNumber (backwards, in place).
    {
        const size_t n = m_byNumber.size();
        resizeExact(m_byNumber, n + unique.size());
        ptrdiff_t i = ptrdiff_t(n) - 1;
        ptrdiff_t j = ptrdiff_t(unique.size()) - 1;
        for (ptrdiff_t w = ptrdiff_t(m_byNumber.size()) - 1; j >= 0; --w) {
            const quint32 cand = pending[unique[j]].numberOffset;
            if (i >= 0 && compareNumbers(m_byNumber[i], cand) > 0) {
                m_byNumber[w] = m_byNumber[i--];
            } else {
                m_byNumber[w] = cand;
                --j;
            }
        }
    }

    // 3. Sort the tail by (timestamp in the ordering clock, number).
    const bool server = m_ordering == TimestampType::Server;
    auto keyOf = [server](const Pending& p) { return server ? p.serverMs : p.producerMs; };
    struct Keyed {
        qint64 key;
        quint32 index;
    };
    std::vector<Keyed> sorted(unique.size());
    for (size_t u = 0; u < unique.size(); ++u)
        sorted[u] = {keyOf(pending[unique[u]]), unique[u]};
    unique = std::vector<quint32>();
    std::sort(sorted.begin(), sorted.end(), [&](const Keyed& a, const Keyed& b) {
        if (a.key != b.key)
            return a.key < b.key;
        return compareNumbers(pending[a.index].numberOffset, pending[b.index].numberOffset) < 0;
    });

    // 4. Merge into the columns from the back.
    const size_t n = m_server.size();
    const size_t total = n + sorted.size();
    resizeExact(m_server, total);
    resizeExact(m_producer, total);
    resizeExact(m_duration, total);
    resizeExact(m_size, total);
    resizeExact(m_number, total);
    const std::vector<qint64>& key = server ? m_server : m_producer;
    ptrdiff_t i = ptrdiff_t(n) - 1;
    ptrdiff_t j = ptrdiff_t(sorted.size()) - 1;
    ptrdiff_t firstInsert = ptrdiff_t(total);
    for (ptrdiff_t w = ptrdiff_t(total) - 1; j >= 0; --w) {
        const Pending& p = pending[sorted[j].index];
        const qint64 pk = sorted[j].key;
        const bool takeOld =
            i >= 0 &&
            (key[i] > pk || (key[i] == pk && compareNumbers(m_number[i], p.numberOffset) > 0));
        if (takeOld) {
            m_server[w] = m_server[i];
            m_producer[w] = m_producer[i];
            m_duration[w] = m_duration[i];
            m_size[w] = m_size[i];
            m_number[w] = m_number[i];
            --i;
        } else {
            m_server[w] = p.serverMs;
            m_producer[w] = p.producerMs;
            m_duration[w] = p.durationMs;
            m_size[w] = p.sizeBytes;
            m_number[w] = p.numberOffset;
            firstInsert = w;
            --j;
        }
    }
    resizeExact(m_coveredBefore, total);
    resizeExact(m_reach, total);
    recomputeCoverageFrom(firstInsert);
}

void FragmentIndex::recomputeCoverageFrom(qsizetype from) const {
    const qint64* key = keyColumn();
    const auto n = qsizetype(m_server.size());
    for (qsizetype i = std::max<qsizetype>(from, 0); i < n; ++i) {
        if (i == 0) {
            m_coveredBefore[0] = 0;
            m_reach[0] = m_duration[0];
            continue;
        }
        const qint64 step = key[i] - key[i - 1]; // >= 0: sorted
        const qint64 prevReach = m_reach[i - 1];
        m_coveredBefore[i] = m_coveredBefore[i - 1] + std::min(step, prevReach);
        m_reach[i] = quint32(std::max<qint64>(prevReach - step, m_duration[i]));
    }
}

void FragmentIndex::rebuildDerived() const {
    resizeExact(m_coveredBefore, m_server.size());
    resizeExact(m_reach, m_server.size());
    recomputeCoverageFrom(0);
}

void FragmentIndex::sortColumnsBy(TimestampType type) {
    const std::vector<qint64>& key = type == TimestampType::Server ? m_server : m_producer;
    std::vector<std::pair<qint64, quint32>> keyed(m_server.size());
    for (size_t i = 0; i < keyed.size(); ++i)
        keyed[i] = {key[i], quint32(i)};
    std::sort(keyed.begin(), keyed.end(), [&](const auto& a, const auto& b) {
        if (a.first != b.first)
            return a.first < b.first;
        return compareNumbers(m_number[a.second], m_number[b.second]) < 0;
    });
    std::vector<quint32> order(keyed.size());
    for (size_t i = 0; i < keyed.size(); ++i)
        order[i] = keyed[i].second;
    keyed = std::vector<std::pair<qint64, quint32>>();
    permute(m_server, order);
    permute(m_producer, order);
    permute(m_duration, order);
    permute(m_size, order);
    permute(m_number, order);
}

void FragmentIndex::setOrdering(TimestampType ordering) {
    if (ordering == m_ordering)
        return;
    normalize();
    m_ordering = ordering;
    sortColumnsBy(ordering);
    rebuildDerived();
}

// --- Fragments ---------------------------------------------------------------------------

qsizetype FragmentIndex::size() const {
    return qsizetype(m_server.size() + m_pending.size());
}

Fragment FragmentIndex::fragment(qsizetype i) const {
    normalize();
    Q_ASSERT(i >= 0 && i < qsizetype(m_server.size()));
    Fragment f;
    f.fragmentNumber = m_arena.decode(m_number[i]);
    f.sizeBytes = m_size[i];
    f.producerMs = m_producer[i];
    f.serverMs = m_server[i];
    f.durationMs = m_duration[i];
    return f;
}

QList<Fragment> FragmentIndex::fragments(IndexRange range) const {
    const qsizetype n = size();
    const qsizetype first = std::clamp<qsizetype>(range.first, 0, n);
    const qsizetype last = std::clamp<qsizetype>(range.last, first, n);
    QList<Fragment> out;
    out.reserve(last - first);
    for (qsizetype i = first; i < last; ++i)
        out.append(fragment(i));
    return out;
}

QString FragmentIndex::fragmentNumber(qsizetype i) const {
    normalize();
    Q_ASSERT(i >= 0 && i < qsizetype(m_number.size()));
    return m_arena.decode(m_number[i]);
}

qint64 FragmentIndex::startMs(qsizetype i) const {
    normalize();
    Q_ASSERT(i >= 0 && i < qsizetype(m_server.size()));
    return keyColumn()[i];
}

qint64 FragmentIndex::serverMs(qsizetype i) const {
    normalize();
    Q_ASSERT(i >= 0 && i < qsizetype(m_server.size()));
    return m_server[i];
}

qint64 FragmentIndex::producerMs(qsizetype i) const {
    normalize();
    Q_ASSERT(i >= 0 && i < qsizetype(m_producer.size()));
    return m_producer[i];
}

qint64 FragmentIndex::durationMs(qsizetype i) const {
    normalize();
    Q_ASSERT(i >= 0 && i < qsizetype(m_duration.size()));
    return m_duration[i];
}

qint64 FragmentIndex::sizeBytes(qsizetype i) const {
    normalize();
    Q_ASSERT(i >= 0 && i < qsizetype(m_size.size()));
    return m_size[i];
}

// --- Lookup ------------------------------------------------------------------------------

qsizetype FragmentIndex::lowerBound(qint64 t) const {
    normalize();
    const qint64* key = keyColumn();
    return std::lower_bound(key, key + m_server.size(), t) - key;
}

qsizetype FragmentIndex::upperBound(qint64 t) const {
    normalize();
    const qint64* key = keyColumn();
    return std::upper_bound(key, key + m_server.size(), t) - key;
}

qsizetype FragmentIndex::indexAt(qint64 t) const {
    const qsizetype last = upperBound(t) - 1;
    if (last < 0)
        return -1;
    const qint64* key = keyColumn();
    if (t >= key[last] + qint64(m_reach[last])) // nothing up to `last` reaches t
        return -1;
    for (qsizetype i = last; i >= 0; --i) {
        if (t < key[i] + qint64(m_duration[i]))
            return i;
    }
    return -1;
}

IndexRange FragmentIndex::rangeStarting(qint64 t0, qint64 t1) const {
    const qsizetype first = lowerBound(t0);
    return {first, std::max(first, lowerBound(t1))};
}

IndexRange FragmentIndex::range(qint64 t0, qint64 t1) const {
    const qsizetype last = lowerBound(t1);
    if (t1 <= t0)
        return {last, last};
    const qint64* key = keyColumn();
    // key[i] + reach[i] (the running maximum of ends) is non-decreasing.
    qsizetype lo = 0;
    qsizetype hi = last;
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        if (key[mid] + qint64(m_reach[mid]) > t0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return {lo, last};
}

qsizetype FragmentIndex::indexOfNumber(const QString& fragmentNumber) const {
    normalize();
    QByteArray encoded;
    FragmentNumberArena::encode(fragmentNumber, encoded);
    for (size_t i = 0; i < m_number.size(); ++i) {
        if (compareNumber(m_number[i], encoded) == 0)
            return qsizetype(i);
    }
    return -1;
}

bool FragmentIndex::containsNumber(const QString& fragmentNumber) const {
    QByteArray encoded;
    FragmentNumberArena::encode(fragmentNumber, encoded);
    return findNumber(encoded) || pendingContains(encoded);
}

// --- Analysis ----------------------------------------------------------------------------

QList<TimeInterval> FragmentIndex::coverage(qint64 minGapMs) const {
    normalize();
    QList<TimeInterval> out;
    const qint64* key = keyColumn();
    const qint64 minHole = std::max<qint64>(minGapMs, 1);
    for (size_t i = 0; i < m_server.size(); ++i) {
        const qint64 s = key[i];
        const qint64 e = s + m_duration[i];
        if (out.isEmpty() || s - out.last().endMs >= minHole)
            out.append({s, e});
        else
            out.last().endMs = std::max(out.last().endMs, e);
    }
    return out;
}

QList<TimeInterval> FragmentIndex::coverage(qint64 minGapMs, qint64 t0, qint64 t1) const {
    QList<TimeInterval> out;
    if (t1 <= t0)
        return out;
    const IndexRange r = range(t0, t1);
    const qint64* key = keyColumn();
    const qint64 minHole = std::max<qint64>(minGapMs, 1);
    // What came before r.first all ends at or before t0; it may still merge across a short hole.
    TimeInterval current{t0, t0};
    bool open = false;
    if (r.first > 0) {
        const qint64 prevEnd = key[r.first - 1] + qint64(m_reach[r.first - 1]);
        current = {std::min(prevEnd, t0), prevEnd};
        open = true;
    }
    // One fragment past the window too: a short hole straddling t1 merges across it.
    const qsizetype stop = std::min<qsizetype>(r.last + 1, qsizetype(m_server.size()));
    for (qsizetype i = r.first; i < stop; ++i) {
        const qint64 s = key[i];
        const qint64 e = s + m_duration[i];
        if (!open || s - current.endMs >= minHole) {
            if (open)
                out.append(current);
            current = {s, e};
            open = true;
        } else {
            current.endMs = std::max(current.endMs, e);
        }
    }
    if (open)
        out.append(current);
    QList<TimeInterval> clipped;
    for (const TimeInterval& iv : out) {
        const TimeInterval c{std::max(iv.startMs, t0), std::min(iv.endMs, t1)};
        if (!c.isEmpty())
            clipped.append(c);
    }
    return clipped;
}

QList<TimeInterval> FragmentIndex::gaps(qint64 minGapMs) const {
    const QList<TimeInterval> covered = coverage(minGapMs);
    QList<TimeInterval> out;
    for (qsizetype i = 1; i < covered.size(); ++i)
        out.append({covered[i - 1].endMs, covered[i].startMs});
    return out;
}

QList<TimeInterval> FragmentIndex::gaps(qint64 minGapMs, qint64 t0, qint64 t1) const {
    QList<TimeInterval> out;
    if (t1 <= t0)
        return out;
    const qint64 minHole = std::max<qint64>(minGapMs, 1);
    qint64 cursor = t0;
    for (const TimeInterval& c : coverage(minGapMs, t0, t1)) {
        if (c.startMs - cursor >= minHole)
            out.append({cursor, c.startMs});
        cursor = c.endMs;
    }
    if (t1 - cursor >= minHole)
        out.append({cursor, t1});
    return out;
}

QList<DriftJump> FragmentIndex::driftJumps(qint64 thresholdMs) const {
    normalize();
    QList<DriftJump> out;
    for (size_t i = 1; i < m_server.size(); ++i) {
        const qint64 before = m_server[i - 1] - m_producer[i - 1];
        const qint64 now = m_server[i] - m_producer[i];
        if (std::abs(now - before) > thresholdMs)
            out.append({qsizetype(i), before, now});
    }
    return out;
}

QList<FragmentOverlap> FragmentIndex::overlaps(qint64 minOverlapMs) const {
    normalize();
    QList<FragmentOverlap> out;
    const qint64* key = keyColumn();
    const qint64 minOverlap = std::max<qint64>(minOverlapMs, 1);
    for (size_t i = 1; i < m_server.size(); ++i) {
        const qint64 prevEnd = key[i - 1] + qint64(m_reach[i - 1]);
        if (prevEnd - key[i] >= minOverlap)
            out.append({qsizetype(i), prevEnd - key[i]});
    }
    return out;
}

qint64 FragmentIndex::totalBytes() const {
    return m_totalBytes;
}

qint64 FragmentIndex::totalDurationMs() const {
    return m_totalDuration;
}

qint64 FragmentIndex::coveredMs() const {
    normalize();
    if (m_server.empty())
        return 0;
    return m_coveredBefore.back() + qint64(m_reach.back());
}

double FragmentIndex::coveredUpTo(qint64 base, double offset, qsizetype lo, qsizetype hi) const {
    normalize();
    const qint64* key = keyColumn();
    const auto n = qsizetype(m_server.size());
    lo = std::clamp<qsizetype>(lo, 0, n);
    hi = std::clamp<qsizetype>(hi, lo, n);
    const auto it = std::upper_bound(key + lo, key + hi, offset,
                                     [base](double v, qint64 k) { return v < double(k - base); });
    const qsizetype i = (it - key) - 1;
    if (i < 0)
        return 0.0;
    return double(m_coveredBefore[i]) +
           std::min(double(base - key[i]) + offset, double(m_reach[i]));
}

qint64 FragmentIndex::maxEndThrough(qsizetype i) const {
    normalize();
    Q_ASSERT(i >= 0 && i < qsizetype(m_server.size()));
    return keyColumn()[i] + qint64(m_reach[i]);
}

qint64 FragmentIndex::coveredBeforeStart(qsizetype i) const {
    normalize();
    Q_ASSERT(i >= 0 && i < qsizetype(m_server.size()));
    return m_coveredBefore[i];
}

qint64 FragmentIndex::coveredMs(qint64 t0, qint64 t1) const {
    normalize();
    if (t1 <= t0 || m_server.empty())
        return 0;
    auto upTo = [this](qint64 t) -> qint64 {
        const qsizetype i = upperBound(t) - 1;
        if (i < 0)
            return 0;
        return m_coveredBefore[i] + std::min<qint64>(t - keyColumn()[i], m_reach[i]);
    };
    return upTo(t1) - upTo(t0);
}

qint64 FragmentIndex::firstStartMs() const {
    normalize();
    return m_server.empty() ? 0 : keyColumn()[0];
}

qint64 FragmentIndex::lastEndMs() const {
    normalize();
    return m_server.empty() ? 0 : keyColumn()[m_server.size() - 1] + qint64(m_reach.back());
}

QList<float> FragmentIndex::coverageColumns(qint64 t0, qint64 t1, int columns) const {
    normalize();
    QList<float> out;
    if (columns <= 0)
        return out;
    out.resize(columns, 0.0f);
    if (t1 <= t0 || m_server.empty())
        return out;
    const double width = double(t1 - t0) / columns;
    double left = 0.0; // offsets from t0
    const auto n = qsizetype(m_server.size());
    double coveredLeft = coveredUpTo(t0, left, 0, n);
    for (int c = 0; c < columns; ++c) {
        const double right = c + 1 == columns ? double(t1 - t0) : width * (c + 1);
        const double coveredRight = coveredUpTo(t0, right, 0, n);
        if (right > left)
            out[c] = float(std::clamp((coveredRight - coveredLeft) / (right - left), 0.0, 1.0));
        left = right;
        coveredLeft = coveredRight;
    }
    return out;
}

// --- Memory ------------------------------------------------------------------------------

qsizetype FragmentIndex::columnBytes() const {
    return capacityBytes(m_server) + capacityBytes(m_producer) + capacityBytes(m_duration) +
           capacityBytes(m_size) + capacityBytes(m_number) + capacityBytes(m_coveredBefore) +
           capacityBytes(m_reach) + capacityBytes(m_byNumber) + capacityBytes(m_pending) +
           capacityBytes(m_pendingSet);
}

qsizetype FragmentIndex::stringBytes() const {
    return m_arena.capacityBytes();
}

qsizetype FragmentIndex::memoryBytes() const {
    return qsizetype(sizeof(*this)) + columnBytes() + stringBytes();
}

double FragmentIndex::bytesPerFragment() const {
    normalize();
    const qsizetype n = size();
    return n == 0 ? 0.0 : double(columnBytes()) / double(n);
}

} // namespace kinescope
