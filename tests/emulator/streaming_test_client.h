#pragma once

#include "emulator/emulator.h"
#include "tests/emulator/raw_http_client.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace kinescope::test {

// Talks to an in-process emulator's streaming sessions: signed session requests, unsigned
// GETs of playlists, manifests and segments.
class StreamingTestClient {
public:
    explicit StreamingTestClient(emu::Emulator* emulator)
        : m_emulator(emulator) {}

    // POST /getHLSStreamingSessionURL or /getDASHStreamingSessionURL.
    RawResponse createSession(bool hls, const QJsonObject& body) const;
    // The session URL of a successful request (empty, with a warning, otherwise).
    QUrl sessionUrl(bool hls, const QJsonObject& body) const;
    // GET of an absolute emulator URL, or of `relative` resolved against `base`.
    RawResponse get(const QUrl& url) const;
    RawResponse get(const QUrl& base, const QString& relative) const;

    // ON_DEMAND / LIVE_REPLAY request bodies.
    static QJsonObject rangeBody(bool hls, const QString& stream, const QString& mode,
                                 const QString& selector, qint64 startMs,
                                 std::optional<qint64> endMs);

private:
    emu::Emulator* m_emulator;
};

// The URI lines of an HLS playlist, and its tags by name.
struct HlsPlaylistText {
    QStringList lines;
    explicit HlsPlaylistText(const QByteArray& text);
    QStringList uris() const;
    QStringList tagValues(const QString& tag) const; // "#EXTINF" -> "2.0," ...
    int count(const QString& tag) const { return int(tagValues(tag).size()); }
    // The query value `name` of a URI line.
    static QString queryValue(const QString& uri, const QString& name);
};

// tfdt baseMediaDecodeTime of a media segment, -1 when absent.
qint64 tfdtOf(const QByteArray& segment);

} // namespace kinescope::test
