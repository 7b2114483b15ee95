#include "core/aws/quota_budget.h"

#include <algorithm>
#include <cmath>

namespace kinescope {

namespace {
constexpr double kSafetyFactor = 0.9;
} // namespace

TokenBucket::TokenBucket(double ratePerSecond, double burst)
    : m_rate(ratePerSecond)
    , m_burst(burst)
    , m_tokens(burst) {
}

void TokenBucket::refill(qint64 nowMs) {
    if (m_lastMs < 0) {
        m_lastMs = nowMs;
        return;
    }
    const qint64 elapsed = std::max<qint64>(0, nowMs - m_lastMs);
    m_tokens = std::min(m_burst, m_tokens + double(elapsed) * m_rate / 1000.0);
    m_lastMs = nowMs;
}

double TokenBucket::available(qint64 nowMs) {
    refill(nowMs);
    return m_tokens;
}

qint64 TokenBucket::reserve(qint64 nowMs) {
    refill(nowMs);
    m_tokens -= 1.0;
    if (m_tokens >= 0.0)
        return 0;
    return qint64(std::ceil(-m_tokens * 1000.0 / m_rate));
}

QHash<QString, QuotaBudget::Limit> QuotaBudget::kinesisVideoDefaults() {
    return {
        {QStringLiteral("ListFragments"), {5.0, 5.0}},
        {QStringLiteral("GetClip"), {1.0, 1.0}},
        {QStringLiteral("GetHLSStreamingSessionURL"), {1.0, 5.0}},
        {QStringLiteral("GetDASHStreamingSessionURL"), {1.0, 5.0}},
        {QStringLiteral("GetMedia"), {5.0, 5.0}},
        {QStringLiteral("GetMediaForFragmentList"), {5.0, 5.0}},
        {QStringLiteral("GetImages"), {5.0, 5.0}},
    };
}

QuotaBudget::QuotaBudget(QHash<QString, Limit> limits)
    : m_limits(std::move(limits)) {
    m_timer.start();
    m_clock = [this] { return m_timer.elapsed(); };
}

qint64 QuotaBudget::reserve(const QString& resource, const QString& api) {
    const auto limit = m_limits.constFind(api);
    if (limit == m_limits.constEnd())
        return 0;
    const QString key = api + QLatin1Char('\n') + resource;
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        // Stay a little under the documented limit: calls leave here evenly spaced but reach
        // the service with network jitter, and a call that arrives a few milliseconds early
        // must not find the service's bucket empty.
        const double rate = limit->ratePerSecond * kSafetyFactor;
        const double burst = std::max(1.0, limit->burst - 1.0);
        it = m_buckets.insert(key, TokenBucket(rate, burst));
    }
    return it->reserve(m_clock());
}

} // namespace kinescope
