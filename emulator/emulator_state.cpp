#include "emulator/emulator_state.h"

#include <QDateTime>

namespace kinescope::emu {

EmulatorState::EmulatorState(EmulatorOptions options)
    : faults(options.faults)
    , quotas(options.quotas)
    , maxClockSkewSeconds(options.maxClockSkewSeconds)
    , logger(std::move(options.logger)) {
    // faults must be set before the clock is read for the default scenario's anchor.
    workers.setMaxThreadCount(2);
    scenario = options.scenario ? *options.scenario : Scenario::defaultScenario(nowMs());
}

qint64 EmulatorState::nowMs() const {
    return QDateTime::currentMSecsSinceEpoch() + faults.clockSkewSeconds * 1000;
}

} // namespace kinescope::emu
