#pragma once

#include "emulator/credential_store.h"
#include "emulator/emulator_options.h"
#include "emulator/fragment_generator.h"
#include "emulator/media/synthetic_media.h"
#include "emulator/quota_limiter.h"
#include "emulator/scenario.h"

#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QUrl>

namespace kinescope::emu {

// Everything the emulated services share: the scenario, issued credentials, quotas, faults
// and the (possibly skewed) server clock. Owned by Emulator.
class EmulatorState {
public:
    explicit EmulatorState(EmulatorOptions options);

    Scenario scenario;
    FaultOptions faults;
    QuotaOptions quotas;
    CredentialStore credentials{&scenario};
    QuotaLimiter limiter{&quotas};
    int maxClockSkewSeconds = 900;
    QUrl baseUrl;         // http://127.0.0.1:PORT once listening
    SyntheticMedia media; // the streams' pictures as H.264, per fragment (LRU cache)
    // Media work (encoding, images, clips) runs on `workers`; results come back to the
    // emulator's thread through `relay`. Declared after `media`: destroyed first, the pool
    // waits for running work, then queued results addressed to the relay are dropped.
    QObject relay;
    QThreadPool workers;
    std::function<void(const QString&)> logger;

    // Fault bookkeeping.
    QSet<QString> failedOnce;
    quint64 apiCalls = 0;

    // The server's clock: real UTC time plus the configured skew.
    qint64 nowMs() const;
    // The archive of a scenario stream (cheap to build; scenario edits apply at once).
    FragmentGenerator generator(const StreamSpec& stream) const {
        return FragmentGenerator(stream);
    }
};

} // namespace kinescope::emu
