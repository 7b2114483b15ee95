#pragma once

#include "emulator/scenario.h"

#include <QHash>
#include <QHostAddress>
#include <QString>

#include <functional>
#include <optional>

namespace kinescope::emu {

// Faults the emulator injects on purpose, so clients can be tested against them.
struct FaultOptions {
    int throttleEveryN = 0;            // every Nth API call is throttled (0 = never)
    bool failOncePerOperation = false; // first call of each operation: 500 InternalFailure
    int latencyMs = 0;                 // added before each API call is answered
    qint64 cutBodyAfterBytes = -1; // streamed response bodies dropped after K bytes (-1 = never)
    int sessionExpirySeconds = 0;  // streaming sessions expire after N s (0 = as requested)
    qint64 clockSkewSeconds = 0;   // the server's clock runs this far ahead (Date header, checks)
};

// Server-side request quotas, as token buckets (burst = one second's worth).
struct QuotaOptions {
    struct Limit {
        double accountTps = 0; // 0 = no account-wide limit
        double streamTps = 0;  // 0 = no per-stream limit
    };
    bool enabled = true;
    QHash<QString, Limit> limits; // by operation name ("ListFragments")

    // The published Kinesis Video Streams quotas (sources in emulator/README.md).
    static QuotaOptions kvsDefaults();
};

struct EmulatorOptions {
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;                 // 0 = pick a free port
    std::optional<Scenario> scenario; // empty = the built-in default scenario
    FaultOptions faults;
    QuotaOptions quotas = QuotaOptions::kvsDefaults();
    int maxClockSkewSeconds = 15 * 60; // SigV4 request time tolerance
    // Receives one line per request (never secrets). Empty = no request log.
    std::function<void(const QString&)> logger;
};

} // namespace kinescope::emu
