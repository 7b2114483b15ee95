#pragma once

#include "core/aws/aws_error.h"

#include <functional>

namespace kinescope {

// The AWS SDKs' "standard" retry mode: up to maxAttempts attempts, exponential backoff with
// full jitter (random in [0, min(maxBackoff, base * 2^attempt)]), and a shared retry quota
// (500 tokens; a retry costs 5, or 10 after a timeout; a success gives back what its retry
// took, or 1) so a failing service is not hammered.
class RetryPolicy {
public:
    struct Settings {
        int maxAttempts = 3;
        int baseBackoffMs = 100;
        int maxBackoffMs = 20000;
        int quotaCapacity = 500;
    };

    RetryPolicy();
    explicit RetryPolicy(Settings settings);

    // attempt: number of attempts made so far (1 after the first). sent: whether the request
    // may have reached the server (non-idempotent requests are retried only when unsent).
    bool shouldRetry(const AwsError& error, int attempt, bool idempotent, bool sent) const;
    // Takes tokens from the retry quota; false when it is exhausted (then do not retry).
    bool acquireRetryToken(const AwsError& error);
    void onSuccess(bool wasRetry);
    int backoffMs(int attempt) const;
    int quotaTokens() const { return m_tokens; }

    void setRandom(std::function<double()> uniform01) { m_random = std::move(uniform01); }

private:
    Settings m_settings;
    int m_tokens;
    int m_lastCost = 0;
    std::function<double()> m_random;
};

} // namespace kinescope
