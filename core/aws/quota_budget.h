#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <functional>

namespace kinescope {

// A token bucket: `rate` tokens a second up to `burst`. reserve() takes one token, going into
// debt if needed, and says how long the caller must wait before using it. Debt makes later
// callers wait longer, so concurrent users are spaced out fairly.
class TokenBucket {
public:
    TokenBucket() = default;
    TokenBucket(double ratePerSecond, double burst);

    // Milliseconds to wait before the reserved token may be used (0 = now).
    qint64 reserve(qint64 nowMs);
    double available(qint64 nowMs);

private:
    void refill(qint64 nowMs);

    double m_rate = 1.0;
    double m_burst = 1.0;
    double m_tokens = 1.0;
    qint64 m_lastMs = -1;
};

// Client-side budgets matching the documented Kinesis Video Streams quotas, per stream and API,
// so Kinescope does not provoke throttling in the first place. Buckets run at 90 % of the
// documented rate with one token less of burst, a margin for network jitter.
class QuotaBudget {
public:
    struct Limit {
        double ratePerSecond;
        double burst;
    };

    // The documented per-stream limits: ListFragments 5 TPS, GetClip 1 TPS, HLS/DASH session
    // URLs 5 burst / 1 sustained, GetMedia and GetMediaForFragmentList 5 TPS.
    static QHash<QString, Limit> kinesisVideoDefaults();

    explicit QuotaBudget(QHash<QString, Limit> limits = kinesisVideoDefaults());

    // Clock in milliseconds (monotonic); replaceable for tests.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    void setLimit(const QString& api, Limit limit) { m_limits.insert(api, limit); }
    bool hasLimit(const QString& api) const { return m_limits.contains(api); }

    // Milliseconds the caller must wait before calling `api` on `resource`.
    qint64 reserve(const QString& resource, const QString& api);

private:
    QHash<QString, Limit> m_limits;
    QHash<QString, TokenBucket> m_buckets; // key: api + '\n' + resource
    QElapsedTimer m_timer;
    std::function<qint64()> m_clock;
};

} // namespace kinescope
