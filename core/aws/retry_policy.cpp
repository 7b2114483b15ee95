#include "core/aws/retry_policy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace kinescope {

namespace {
constexpr int kRetryCost = 5;
constexpr int kTimeoutRetryCost = 10;
constexpr int kNoRetryIncrement = 1;
} // namespace

RetryPolicy::RetryPolicy()
    : RetryPolicy(Settings{}) {
}

RetryPolicy::RetryPolicy(Settings settings)
    : m_settings(settings)
    , m_tokens(settings.quotaCapacity)
    , m_random([] { return QRandomGenerator::global()->generateDouble(); }) {
}

bool RetryPolicy::shouldRetry(const AwsError& error, int attempt, bool idempotent,
                              bool sent) const {
    if (attempt >= m_settings.maxAttempts)
        return false;
    switch (error.kind) {
    case AwsError::Kind::Network:
        return !sent || idempotent;
    case AwsError::Kind::Timeout:
        return idempotent;
    case AwsError::Kind::Service:
        // A throttled or failed request was not processed; retrying is safe for
        // throttling, and for 5xx only when idempotent.
        if (error.throttling)
            return true;
        return error.retryable && idempotent;
    default:
        return false;
    }
}

bool RetryPolicy::acquireRetryToken(const AwsError& error) {
    const int cost = error.kind == AwsError::Kind::Timeout ? kTimeoutRetryCost : kRetryCost;
    if (m_tokens < cost)
        return false;
    m_tokens -= cost;
    m_lastCost = cost;
    return true;
}

void RetryPolicy::onSuccess(bool wasRetry) {
    const int refund = wasRetry ? m_lastCost : kNoRetryIncrement;
    m_tokens = std::min(m_settings.quotaCapacity, m_tokens + refund);
}

int RetryPolicy::backoffMs(int attempt) const {
    const double cap = std::min<double>(m_settings.maxBackoffMs,
                                        m_settings.baseBackoffMs * std::pow(2.0, attempt));
    return int(m_random() * cap);
}

} // namespace kinescope
