#include "core/kvs/live_session_budget.h"

#include <algorithm>
#include <limits>

namespace kinescope {

LiveSessionBudget::LiveSessionBudget(int limit, QObject* parent)
    : QObject(parent)
    , m_limit(limit) {
}

int LiveSessionBudget::liveCount(const QString& streamKey, qint64 nowMs) const {
    const auto list = m_sessions.value(streamKey);
    return int(std::count_if(list.begin(), list.end(),
                             [nowMs](const Entry& e) { return e.expiresAtMs > nowMs; }));
}

void LiveSessionBudget::prune(const QString& streamKey, qint64 nowMs) {
    auto it = m_sessions.find(streamKey);
    if (it == m_sessions.end())
        return;
    it->removeIf([nowMs](const Entry& e) { return e.expiresAtMs <= nowMs; });
    if (it->isEmpty())
        m_sessions.erase(it);
}

quint64 LiveSessionBudget::reserve(const QString& streamKey, qint64 nowMs, qint64 expiresAtMs) {
    prune(streamKey, nowMs);
    if (liveCount(streamKey, nowMs) >= m_limit)
        return 0;
    const quint64 id = m_nextId++;
    m_sessions[streamKey].append({id, expiresAtMs});
    Q_EMIT changed(streamKey);
    return id;
}

void LiveSessionBudget::release(quint64 id) {
    for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it) {
        const qsizetype before = it->size();
        it->removeIf([id](const Entry& e) { return e.id == id; });
        if (it->size() != before) {
            const QString key = it.key();
            Q_EMIT changed(key);
            return;
        }
    }
}

qint64 LiveSessionBudget::nextFreeAtMs(const QString& streamKey, qint64 nowMs) const {
    if (liveCount(streamKey, nowMs) < m_limit)
        return nowMs;
    qint64 earliest = std::numeric_limits<qint64>::max();
    for (const Entry& e : m_sessions.value(streamKey))
        if (e.expiresAtMs > nowMs)
            earliest = std::min(earliest, e.expiresAtMs);
    return earliest;
}

} // namespace kinescope
