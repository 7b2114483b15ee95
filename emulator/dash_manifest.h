#pragma once

#include "emulator/streaming_session.h"

#include <QByteArray>

namespace kinescope::emu {

// The MPEG-DASH manifest (MPD) of a streaming session: one period, one video representation,
// SegmentTemplate with a SegmentTimeline whose $Number$ is the fragment's sequence number in
// the session (what GetMP4MediaFragment takes on the DASH path). ON_DEMAND is static; LIVE and
// LIVE_REPLAY are dynamic with minimumUpdatePeriod (KVS recommends refreshing every second).
// DisplayFragmentTimestamp / DisplayFragmentNumber add kvs:ts (epoch milliseconds of the
// session's clock) / kvs:fn (the KVS fragment number) to each S element.
class DashManifest {
public:
    static constexpr const char* kKvsNamespace = "https://kinesisvideo.amazonaws.com/ns/dash";

    // `session` is not const: a dynamic manifest fixes the session's availability anchor.
    static QByteArray build(StreamingSession& session, const StreamingSession::Window& window,
                            const TrackDescription& track, qint64 nowMs);
    // xs:duration with milliseconds: "PT12.345S".
    static QString duration(qint64 ms);
};

} // namespace kinescope::emu
