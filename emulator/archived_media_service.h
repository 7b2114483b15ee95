#pragma once

#include "emulator/api_call.h"

namespace kinescope::emu {

// Kinesis Video Streams archived media (rest-json, kinesis-video-archived-media
// 2017-09-30), served on the data endpoint: POST /listFragments.
void addArchivedMediaRoutes(Router& router);

} // namespace kinescope::emu
