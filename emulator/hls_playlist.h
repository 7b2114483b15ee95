#pragma once

#include "emulator/streaming_session.h"

#include <QByteArray>

namespace kinescope::emu {

// HLS playlists of a streaming session, shaped like KVS's (relative URIs carrying the session
// token; EXT-X-MAP for fMP4; EXT-X-DISCONTINUITY per DiscontinuityMode, with ALWAYS also
// before the first and after the last fragment as KVS writes it; EXT-X-PROGRAM-DATE-TIME when
// DisplayFragmentTimestamp is ALWAYS; EXT-X-PLAYLIST-TYPE:VOD and EXT-X-ENDLIST once complete).
class HlsPlaylist {
public:
    static QByteArray master(const StreamingSession& session, const TrackDescription& track);
    static QByteArray media(const StreamingSession& session,
                            const StreamingSession::Window& window);
    // "2.663", "2.0": seconds with up to three decimals.
    static QString seconds(qint64 ms);
};

} // namespace kinescope::emu
