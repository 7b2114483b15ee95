#include "emulator/dash_manifest.h"

#include <QDateTime>

namespace kinescope::emu {

namespace {

QString isoTime(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString xmlAttr(const QString& s) {
    return s.toHtmlEscaped();
}

} // namespace

QString DashManifest::duration(qint64 ms) {
    return QStringLiteral("PT%1.%2S").arg(ms / 1000).arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

QByteArray DashManifest::build(StreamingSession& session, const StreamingSession::Window& window,
                               const TrackDescription& track, qint64 nowMs) {
    const SessionParameters& p = session.parameters();
    const auto& all = session.fragments();
    const qint64 end = window.first + window.count;
    const bool dynamic = !window.complete;
    qint64 firstTime = 0;
    qint64 lastEnd = 0;
    qint64 maxDuration = 1000;
    if (window.count > 0) {
        firstTime = all[size_t(window.first)].mediaTimeMs;
        const SessionFragment& last = all[size_t(end - 1)];
        lastEnd = last.mediaTimeMs + last.durationMs;
        for (qint64 i = window.first; i < end; ++i)
            maxDuration = std::max(maxDuration, all[size_t(i)].durationMs);
    }
    const bool kvsAttrs =
        p.displayTimestamp == DisplayMode::Always || p.displayFragmentNumber == DisplayMode::Always;

    QString out = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out += QStringLiteral("<MPD xmlns=\"urn:mpeg:dash:schema:mpd:2011\"");
    if (kvsAttrs)
        out += QStringLiteral(" xmlns:kvs=\"%1\"").arg(QLatin1String(kKvsNamespace));
    out += QStringLiteral(" profiles=\"urn:mpeg:dash:profile:isoff-live:2011\"");
    out += QStringLiteral(" minBufferTime=\"%1\"").arg(duration(maxDuration));
    if (dynamic) {
        // The newest segment became available just now; the anchor is kept for the session.
        if (!session.availabilityStartMs)
            session.availabilityStartMs = nowMs - lastEnd;
        out += QStringLiteral(" type=\"dynamic\" availabilityStartTime=\"%1\" publishTime=\"%2\""
                              " minimumUpdatePeriod=\"PT1S\" timeShiftBufferDepth=\"%3\""
                              " suggestedPresentationDelay=\"%4\"")
                   .arg(isoTime(*session.availabilityStartMs), isoTime(nowMs),
                        duration(std::max<qint64>(lastEnd - firstTime, maxDuration)),
                        duration(maxDuration * 3));
    } else {
        out += QStringLiteral(" type=\"static\" mediaPresentationDuration=\"%1\"")
                   .arg(duration(lastEnd - firstTime));
    }
    out += QStringLiteral(">\n");
    out += QStringLiteral("  <Period id=\"0\" start=\"PT0S\">\n");
    out += QStringLiteral("    <AdaptationSet id=\"0\" contentType=\"video\" mimeType=\"video/mp4\""
                          " segmentAlignment=\"true\" startWithSAP=\"1\">\n");
    out += QStringLiteral("      <Representation id=\"1\" codecs=\"%1\" width=\"%2\" height=\"%3\""
                          " frameRate=\"%4\" bandwidth=\"%5\">\n")
               .arg(track.codecs)
               .arg(track.width)
               .arg(track.height)
               .arg(track.fps)
               .arg(track.bandwidth);
    const QString token = xmlAttr(session.token());
    out += QStringLiteral("        <SegmentTemplate timescale=\"1000\" startNumber=\"%1\""
                          " presentationTimeOffset=\"%2\""
                          " initialization=\"getMP4InitFragment.mp4?TrackNumber=1&amp;"
                          "SessionToken=%3\" media=\"getMP4MediaFragment.mp4?TrackNumber=1&amp;"
                          "FragmentNumber=$Number$&amp;SessionToken=%3\">\n")
               .arg(window.first)
               .arg(dynamic ? 0 : firstTime)
               .arg(token);
    out += QStringLiteral("          <SegmentTimeline>\n");
    for (qint64 i = window.first; i < end; ++i) {
        const SessionFragment& f = all[size_t(i)];
        QString s =
            QStringLiteral("            <S t=\"%1\" d=\"%2\"").arg(f.mediaTimeMs).arg(f.durationMs);
        if (p.displayTimestamp == DisplayMode::Always)
            s += QStringLiteral(" kvs:ts=\"%1\"").arg(f.timestampMs);
        if (p.displayFragmentNumber == DisplayMode::Always)
            s += QStringLiteral(" kvs:fn=\"%1\"").arg(f.fragmentNumber);
        out += s + QStringLiteral("/>\n");
    }
    out += QStringLiteral("          </SegmentTimeline>\n        </SegmentTemplate>\n");
    out += QStringLiteral("      </Representation>\n    </AdaptationSet>\n  </Period>\n</MPD>\n");
    return out.toUtf8();
}

} // namespace kinescope::emu
