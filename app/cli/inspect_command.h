#pragma once

#include "app/cli/cli_env.h"

#include <QStringList>

namespace kinescope::cli {

// kinescope-cli inspect FILE [--frames]
// Reads FILE ("-" for standard input) as Matroska/WebM (including multi-document KVS GetMedia
// and GetMediaForFragmentList streams) or MP4/fMP4 and prints its element tree, tracks with
// decoded codec private data, KVS fragments (or fMP4 movie fragments) and, with --frames, one
// row per frame — as one JSON object (--output json) or as text tables. The file is streamed
// in large blocks through the incremental readers: memory does not grow with the file size
// (except the frame list with --frames). Exit 0 when the whole input was read, 1 when it is
// not readable as either format or is truncated/corrupt (the message names the byte offset;
// what was read before is still printed), 2 on usage errors. args are the arguments after
// the word "inspect".
void runInspect(CliEnv& env, const QStringList& args);

} // namespace kinescope::cli
