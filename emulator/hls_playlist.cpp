#include "emulator/hls_playlist.h"

#include <QDateTime>

#include <algorithm>

namespace kinescope::emu {

QString HlsPlaylist::seconds(qint64 ms) {
    QString s = QString::number(double(ms) / 1000.0, 'f', 3);
    while (s.endsWith(QLatin1Char('0')) && !s.endsWith(QLatin1String(".0")))
        s.chop(1);
    return s;
}

QByteArray HlsPlaylist::master(const StreamingSession& session, const TrackDescription& track) {
    QString out =
        QStringLiteral("#EXTM3U\n#EXT-X-VERSION:%1\n#EXT-X-INDEPENDENT-SEGMENTS\n")
            .arg(session.parameters().container == ContainerFormat::FragmentedMp4 ? 7 : 3);
    out += QStringLiteral("#EXT-X-STREAM-INF:CODECS=\"%1\",RESOLUTION=%2x%3,FRAME-RATE=%4,"
                          "BANDWIDTH=%5\n")
               .arg(track.codecs)
               .arg(track.width)
               .arg(track.height)
               .arg(QString::number(double(track.fps), 'f', 3))
               .arg(track.bandwidth);
    out += QStringLiteral("getHLSMediaPlaylist.m3u8?SessionToken=%1&TrackNumber=1\n")
               .arg(session.token());
    return out.toUtf8();
}

QByteArray HlsPlaylist::media(const StreamingSession& session,
                              const StreamingSession::Window& window) {
    const SessionParameters& p = session.parameters();
    const bool fmp4 = p.container == ContainerFormat::FragmentedMp4;
    const bool always = p.discontinuity == DiscontinuityMode::Always;
    const auto& all = session.fragments();
    const qint64 end = window.first + window.count;

    // Segment i is preceded by a marker with ALWAYS (also the first), or when flagged.
    auto marker = [&](qint64 i) {
        return (i == 0 && always) || (i > 0 && all[size_t(i)].discontinuityBefore);
    };
    qint64 maxMs = 1000;
    for (qint64 i = window.first; i < end; ++i)
        maxMs = std::max(maxMs, all[size_t(i)].durationMs);

    QString out = QStringLiteral("#EXTM3U\n#EXT-X-VERSION:%1\n").arg(fmp4 ? 7 : 3);
    if (window.complete && p.mode == PlaybackMode::OnDemand)
        out += QStringLiteral("#EXT-X-PLAYLIST-TYPE:VOD\n");
    out += QStringLiteral("#EXT-X-TARGETDURATION:%1\n").arg((maxMs + 999) / 1000);
    out += QStringLiteral("#EXT-X-MEDIA-SEQUENCE:%1\n").arg(window.first);
    // Markers that scrolled out of a live window (RFC 8216 4.3.3.3).
    if (p.mode != PlaybackMode::OnDemand && window.first > 0) {
        qint64 before = 0;
        for (qint64 i = 0; i < window.first; ++i)
            before += marker(i) ? 1 : 0;
        if (before > 0)
            out += QStringLiteral("#EXT-X-DISCONTINUITY-SEQUENCE:%1\n").arg(before);
    }
    out += QStringLiteral("#EXT-X-INDEPENDENT-SEGMENTS\n");
    const QString token = session.token();
    for (qint64 i = window.first; i < end; ++i) {
        const SessionFragment& f = all[size_t(i)];
        if (marker(i))
            out += QStringLiteral("#EXT-X-DISCONTINUITY\n");
        if (fmp4 && i == window.first)
            out += QStringLiteral("#EXT-X-MAP:URI=\"getMP4InitFragment.mp4?SessionToken=%1"
                                  "&TrackNumber=1&SequenceNumber=0\"\n")
                       .arg(token);
        if (p.displayTimestamp == DisplayMode::Always)
            out += QStringLiteral("#EXT-X-PROGRAM-DATE-TIME:%1\n")
                       .arg(QDateTime::fromMSecsSinceEpoch(f.timestampMs, Qt::UTC)
                                .toString(Qt::ISODateWithMs));
        out += QStringLiteral("#EXTINF:%1,\n").arg(seconds(f.durationMs));
        if (fmp4)
            out += QStringLiteral("getMP4MediaFragment.mp4?FragmentNumber=%1&SessionToken=%2"
                                  "&TrackNumber=1\n")
                       .arg(f.fragmentNumber, token);
        else
            out += QStringLiteral("getTSFragment.ts?FragmentNumber=%1&SessionToken=%2\n")
                       .arg(f.fragmentNumber, token);
    }
    if (always && window.count > 0)
        out += QStringLiteral("#EXT-X-DISCONTINUITY\n");
    if (window.complete)
        out += QStringLiteral("#EXT-X-ENDLIST\n");
    return out.toUtf8();
}

} // namespace kinescope::emu
