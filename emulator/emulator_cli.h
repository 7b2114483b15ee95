#pragma once

#include "emulator/emulator_options.h"

#include <QString>
#include <QStringList>

namespace kinescope::emu {

// kinescope-emulator's command line, parsed into options (the exe loads the scenario).
struct EmulatorCommandLine {
    EmulatorOptions options;
    QString scenarioPath; // empty = built-in default scenario
    bool verbose = false;
    bool help = false;
    bool printDefaultScenario = false;
};

// False with *error set on bad arguments.
bool parseEmulatorCommandLine(const QStringList& arguments, EmulatorCommandLine* out,
                              QString* error);
QString emulatorUsage();

} // namespace kinescope::emu
