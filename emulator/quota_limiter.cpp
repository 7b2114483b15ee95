#include "emulator/quota_limiter.h"

#include <algorithm>

namespace kinescope::emu {

QuotaOptions QuotaOptions::kvsDefaults() {
    // Kinesis Video Streams service quotas (developer guide, "Service quotas"):
    // control plane per account / per stream; media and archived media per stream.
    QuotaOptions q;
    q.limits.insert(QStringLiteral("ListStreams"), {50, 0});
    q.limits.insert(QStringLiteral("DescribeStream"), {300, 5});
    q.limits.insert(QStringLiteral("GetDataEndpoint"), {300, 5});
    q.limits.insert(QStringLiteral("ListFragments"), {0, 5});
    q.limits.insert(QStringLiteral("GetMediaForFragmentList"), {0, 5});
    q.limits.insert(QStringLiteral("GetMedia"), {0, 5});
    q.limits.insert(QStringLiteral("GetClip"), {0, 5});
    q.limits.insert(QStringLiteral("GetHLSStreamingSessionURL"), {0, 25});
    q.limits.insert(QStringLiteral("GetDASHStreamingSessionURL"), {0, 25});
    q.limits.insert(QStringLiteral("GetImages"), {0, 5});
    return q;
}

QuotaLimiter::QuotaLimiter(QuotaOptions* options)
    : m_options(options) {
    m_clock.start();
}

bool QuotaLimiter::available(Bucket& bucket, double tps, qint64 nowMs) {
    const double capacity = std::max(1.0, tps);
    if (bucket.lastMs == 0 && bucket.tokens == 0) {
        bucket.tokens = capacity;
    } else {
        bucket.tokens = std::min(capacity, bucket.tokens + (nowMs - bucket.lastMs) * tps / 1000.0);
    }
    bucket.lastMs = nowMs;
    return bucket.tokens >= 1.0;
}

bool QuotaLimiter::tryAcquire(const QString& operation, const QString& streamKey) {
    if (!m_options->enabled)
        return true;
    const auto it = m_options->limits.constFind(operation);
    if (it == m_options->limits.constEnd())
        return true;
    const qint64 now = m_clock.elapsed() + 1; // never 0: 0 marks a fresh bucket
    const QString accountKey = operation + QLatin1String("|account");
    const QString streamBucketKey = operation + QLatin1String("|stream|") + streamKey;
    const bool useAccount = it->accountTps > 0;
    const bool useStream = it->streamTps > 0 && !streamKey.isEmpty();
    // Insert first: pointers into a QHash do not survive a later insertion.
    if (useAccount)
        m_buckets[accountKey];
    if (useStream)
        m_buckets[streamBucketKey];
    Bucket* account = useAccount ? &m_buckets[accountKey] : nullptr;
    Bucket* stream = useStream ? &m_buckets[streamBucketKey] : nullptr;
    if (account && !available(*account, it->accountTps, now))
        return false;
    if (stream && !available(*stream, it->streamTps, now))
        return false;
    if (account)
        account->tokens -= 1.0;
    if (stream)
        stream->tokens -= 1.0;
    return true;
}

} // namespace kinescope::emu
