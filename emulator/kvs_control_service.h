#pragma once

#include "emulator/api_call.h"

namespace kinescope::emu {

// Kinesis Video Streams control plane (rest-json, kinesisvideo 2017-09-30):
// POST /listStreams, /describeStream, /getDataEndpoint.
void addKvsControlRoutes(Router& router);

} // namespace kinescope::emu
