#pragma once

#include "core/kvs/streaming_session_options.h"
#include "emulator/fragment_generator.h"

#include <QHash>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace kinescope::emu {

// One fragment as a streaming session presents it: its place in the session (sequence
// number), the timestamp of the session's clock, and where it sits on the media timeline the
// packagers write (tfdt / PTS / SegmentTimeline t).
struct SessionFragment {
    qint64 index = 0; // FragmentGenerator index
    QString fragmentNumber;
    qint64 timestampMs = 0; // start on the session's clock (server or producer)
    qint64 durationMs = 0;
    qint64 mediaTimeMs = 0;           // start on the media timeline (0 = the session's first)
    bool discontinuityBefore = false; // HLS EXT-X-DISCONTINUITY before this fragment
};

// What the master playlist / manifest says about the (single, video) track.
struct TrackDescription {
    QString codecs; // RFC 6381, from the SPS ("avc1.64001e")
    int width = 0;
    int height = 0;
    int fps = 0;
    qint64 bandwidth = 0; // bits per second, measured on the session's first fragment
};

// The parameters of a GetHLS/DASHStreamingSessionURL call, validated.
struct SessionParameters {
    StreamingProtocol protocol = StreamingProtocol::Hls;
    PlaybackMode mode = PlaybackMode::Live;
    TimestampType clock = TimestampType::Server;
    std::optional<qint64> startMs;
    std::optional<qint64> endMs;
    ContainerFormat container = ContainerFormat::FragmentedMp4;
    DiscontinuityMode discontinuity = DiscontinuityMode::Always;
    DisplayMode displayTimestamp = DisplayMode::Never;
    DisplayMode displayFragmentNumber = DisplayMode::Never;
    int expiresSeconds = 300;
    qint64 maxFragments = 5;
};

// A streaming session: what was asked for, when it ends, and the fragments it has presented so
// far. The fragment list only grows (LIVE, LIVE_REPLAY) so sequence numbers and media times
// stay stable across playlist refreshes.
class StreamingSession {
public:
    StreamingSession(QString token, QString streamName, SessionParameters parameters,
                     qint64 createdMs, qint64 expiresMs);

    const QString& token() const { return m_token; }
    const QString& streamName() const { return m_streamName; }
    const SessionParameters& parameters() const { return m_parameters; }
    qint64 createdMs() const { return m_createdMs; }
    qint64 expiresMs() const { return m_expiresMs; }
    bool expired(qint64 nowMs) const { return nowMs >= m_expiresMs; }

    // Brings the session's fragment list up to date with the archive at nowMs. Returns false
    // when nothing at all matches (the caller answers ResourceNotFoundException).
    bool refresh(const FragmentGenerator& generator, qint64 nowMs);
    // What a playlist or manifest requested at nowMs shows: a window into fragments().
    struct Window {
        qint64 first = 0; // position of the first fragment shown (= its sequence number)
        qint64 count = 0;
        bool complete = false; // no fragment will ever be added (EXT-X-ENDLIST, static MPD)
    };
    Window window(qint64 nowMs) const;
    const std::vector<SessionFragment>& fragments() const { return m_fragments; }
    // Position of a fragment by its KVS fragment number, or -1.
    qint64 positionOf(const QString& fragmentNumber) const;

    // DASH dynamic manifests: the wall-clock anchor of the media timeline, fixed by the first
    // manifest so segment availability stays consistent across refreshes.
    std::optional<qint64> availabilityStartMs;

private:
    void append(const FragmentGenerator& generator, qint64 index);
    bool buildOnDemand(const FragmentGenerator& generator, qint64 nowMs);
    void extendFrom(const FragmentGenerator& generator, qint64 nowMs, qint64 limit);
    bool inRange(qint64 timestampMs) const;

    QString m_token;
    QString m_streamName;
    SessionParameters m_parameters;
    qint64 m_createdMs = 0;
    qint64 m_expiresMs = 0;
    std::vector<SessionFragment> m_fragments;
    QHash<QString, qint64> m_positions;
    bool m_started = false;
    bool m_closed = false;  // the selection ended (producer run broken, end passed)
    qint64 m_nextIndex = 0; // the next generator index to examine
};

// The live sessions of the emulator, by token. Tokens are random and opaque, as AWS's.
class SessionStore {
public:
    std::shared_ptr<StreamingSession> create(const QString& streamName,
                                             const SessionParameters& parameters, qint64 nowMs,
                                             qint64 lifetimeMs);
    std::shared_ptr<StreamingSession> find(const QString& token) const;
    void remove(const QString& token) { m_sessions.remove(token); }
    // Unexpired LIVE sessions of a stream and protocol (the per-stream limit counts these).
    int activeLiveSessions(const QString& streamName, StreamingProtocol protocol,
                           qint64 nowMs) const;
    void purgeExpired(qint64 nowMs);
    int size() const { return int(m_sessions.size()); }

    static QString newToken();

private:
    QHash<QString, std::shared_ptr<StreamingSession>> m_sessions;
};

} // namespace kinescope::emu
