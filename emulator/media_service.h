#pragma once

#include "emulator/api_call.h"

namespace kinescope::emu {

// The operations that serve the synthetic media (rest-json, SigV4 "kinesisvideo"):
// archived media on the data endpoint — POST /getImages, /getMediaForFragmentList,
// /getClip — and the control plane's POST /describeImageGenerationConfiguration.
void addMediaRoutes(Router& router);

} // namespace kinescope::emu
