#pragma once

#include "app/cli/cli_env.h"

namespace kinescope::cli {

// Routes "streams ...", "fragments ...", "inspect ..." to their implementation.
void dispatchCommand(CliEnv& env, const QStringList& args);

} // namespace kinescope::cli
