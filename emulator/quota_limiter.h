#pragma once

#include "emulator/emulator_options.h"

#include <QElapsedTimer>
#include <QHash>

namespace kinescope::emu {

// Token buckets per (operation, account) and (operation, stream), refilled continuously
// at the configured TPS with a burst of one second's worth.
class QuotaLimiter {
public:
    explicit QuotaLimiter(QuotaOptions* options);

    // Takes one token from the account bucket and, when streamKey is not empty, from the
    // stream bucket. False (nothing taken) when either is empty.
    bool tryAcquire(const QString& operation, const QString& streamKey);

private:
    struct Bucket {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    bool available(Bucket& bucket, double tps, qint64 nowMs);

    QuotaOptions* m_options;
    QElapsedTimer m_clock;
    QHash<QString, Bucket> m_buckets;
};

} // namespace kinescope::emu
