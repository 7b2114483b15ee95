#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace kinescope {

// Streaming sessions that are still live, per stream. AWS allows a limited number of active
// HLS/DASH sessions per stream (10) and a session stays active until it expires, whether or
// not anyone still plays it. One budget is shared by everything of a Workspace that opens
// sessions (it is passed in; there is no global one).
class LiveSessionBudget : public QObject {
    Q_OBJECT
public:
    static constexpr int kAwsLimit = 10;

    explicit LiveSessionBudget(int limit = kAwsLimit, QObject* parent = nullptr);

    int limit() const { return m_limit; }
    void setLimit(int limit) { m_limit = limit; }

    // Sessions of the stream not yet expired at nowMs.
    int liveCount(const QString& streamKey, qint64 nowMs) const;
    // Records a session expiring at expiresAtMs; 0 when the stream is at its limit, else an
    // id for release() (when the call that would have opened the session failed).
    quint64 reserve(const QString& streamKey, qint64 nowMs, qint64 expiresAtMs);
    void release(quint64 id);
    // When the next session of the stream becomes free (nowMs if one is free now).
    qint64 nextFreeAtMs(const QString& streamKey, qint64 nowMs) const;

Q_SIGNALS:
    void changed(const QString& streamKey);

private:
    struct Entry {
        quint64 id;
        qint64 expiresAtMs;
    };
    void prune(const QString& streamKey, qint64 nowMs);

    int m_limit;
    quint64 m_nextId = 1;
    QHash<QString, QList<Entry>> m_sessions;
};

} // namespace kinescope
