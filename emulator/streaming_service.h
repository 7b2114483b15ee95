#pragma once

#include "emulator/api_call.h"

namespace kinescope::emu {

// HLS and DASH streaming sessions of Kinesis Video Streams archived media:
//   POST /getHLSStreamingSessionURL, POST /getDASHStreamingSessionURL (SigV4, rest-json) create
//   a session and answer its URL on the emulator;
//   unsigned GETs carrying ?SessionToken= serve it:
//   /hls/v1/getHLSMasterPlaylist.m3u8, /hls/v1/getHLSMediaPlaylist.m3u8,
//   /hls/v1/getMP4InitFragment.mp4, /hls/v1/getMP4MediaFragment.mp4, /hls/v1/getTSFragment.ts,
//   /dash/v1/getDASHManifest.mpd, /dash/v1/getMP4InitFragment.mp4,
//   /dash/v1/getMP4MediaFragment.mp4.
// The session store lives as long as the router's routes.
void addStreamingRoutes(Router& router);

} // namespace kinescope::emu
