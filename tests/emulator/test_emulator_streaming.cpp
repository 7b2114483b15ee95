// The emulator's HLS and DASH streaming sessions: parameter rules, playlists and manifests per
// mode and parameter, segments, expiry, the LIVE session limit. In-process, over raw HTTP.
#include "emulator/emulator.h"
#include "emulator/fragment_generator.h"
#include "tests/emulator/streaming_test_client.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace kinescope;
using namespace kinescope::test;

class TestEmulatorStreaming : public QObject {
    Q_OBJECT
    std::unique_ptr<emu::Emulator> m_emulator;
    std::unique_ptr<StreamingTestClient> m_client;

    const emu::StreamSpec& spec(const QString& name) {
        return *m_emulator->scenario().findStream(name);
    }
    // A gap of the stream that lies well inside its footage.
    emu::TimeRange innerGap(const QString& name) {
        const emu::StreamSpec& s = spec(name);
        for (const emu::TimeRange& g : s.gaps)
            if (g.startMs > s.footageStartMs + 3'600'000 &&
                g.endMs < m_emulator->nowMs() - 3'600'000 && g.endMs - g.startMs < 12 * 3'600'000)
                return g;
        return {};
    }
    // The media playlist of a session, via its master playlist.
    QByteArray mediaPlaylist(const QUrl& master, QString* mediaUri = nullptr) {
        const RawResponse m = m_client->get(master);
        if (m.status != 200)
            return {};
        const QString uri = HlsPlaylistText(m.body).uris().value(0);
        if (mediaUri)
            *mediaUri = uri;
        const RawResponse r = m_client->get(master, uri);
        return r.status == 200 ? r.body : QByteArray();
    }

private Q_SLOTS:
    void init() {
        m_emulator = std::make_unique<emu::Emulator>();
        QString error;
        QVERIFY2(m_emulator->start(&error), qPrintable(error));
        m_emulator->quotas().enabled = false; // sessions are created quickly here
        m_client = std::make_unique<StreamingTestClient>(m_emulator.get());
    }
    void cleanup() {
        m_client.reset();
        m_emulator.reset();
    }

    void validation_data() {
        QTest::addColumn<bool>("hls");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("type");
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QString fd = QStringLiteral("front-door");
        auto live = [&](const QString& key, const QJsonValue& v) {
            return QJsonObject{{QStringLiteral("StreamName"), fd}, {key, v}};
        };
        auto range = [&](bool hls, const QString& mode, qint64 s, std::optional<qint64> e,
                         const QString& sel = QStringLiteral("SERVER_TIMESTAMP")) {
            return StreamingTestClient::rangeBody(hls, fd, mode, sel, s, e);
        };
        const QByteArray invalid("InvalidArgumentException");
        QTest::newRow("bad mode") << true << live("PlaybackMode", "LIVEISH") << 400 << invalid;
        QTest::newRow("bad container") << true << live("ContainerFormat", "MP4") << 400 << invalid;
        QTest::newRow("bad discontinuity")
            << true << live("DiscontinuityMode", "SOMETIMES") << 400 << invalid;
        QTest::newRow("bad display number")
            << false << live("DisplayFragmentNumber", "MAYBE") << 400 << invalid;
        QTest::newRow("expires 299") << true << live("Expires", 299) << 400 << invalid;
        QTest::newRow("expires 43201") << false << live("Expires", 43201) << 400 << invalid;
        QTest::newRow("max 0") << true << live("MaxMediaPlaylistFragmentResults", 0) << 400
                               << invalid;
        QTest::newRow("max 5001") << false << live("MaxManifestFragmentResults", 5001) << 400
                                  << invalid;
        QJsonObject liveWithRange =
            range(true, QStringLiteral("ON_DEMAND"), now - 600'000, now - 300'000);
        liveWithRange.insert(QStringLiteral("PlaybackMode"), QStringLiteral("LIVE"));
        QTest::newRow("LIVE with a range") << true << liveWithRange << 400 << invalid;
        QTest::newRow("ON_DEMAND without selector")
            << true
            << QJsonObject{{QStringLiteral("StreamName"), fd},
                           {QStringLiteral("PlaybackMode"), QStringLiteral("ON_DEMAND")}}
            << 400 << invalid;
        QTest::newRow("ON_DEMAND without end")
            << false << range(false, QStringLiteral("ON_DEMAND"), now - 600'000, std::nullopt)
            << 400 << invalid;
        QTest::newRow("end before start")
            << true << range(true, QStringLiteral("ON_DEMAND"), now - 300'000, now - 600'000) << 400
            << invalid;
        QTest::newRow("range over 24 h") << true
                                         << range(true, QStringLiteral("LIVE_REPLAY"),
                                                  now - 30 * 3'600'000LL, now - 5 * 3'600'000LL)
                                         << 400 << invalid;
        QTest::newRow("server end in the future")
            << false << range(false, QStringLiteral("ON_DEMAND"), now - 600'000, now + 600'000)
            << 400 << invalid;
        QTest::newRow("server start in the future")
            << true << range(true, QStringLiteral("LIVE_REPLAY"), now + 600'000, std::nullopt)
            << 400 << invalid;
        QTest::newRow("unknown stream")
            << true << QJsonObject{{QStringLiteral("StreamName"), QStringLiteral("nope")}} << 404
            << QByteArray("ResourceNotFoundException");
        QTest::newRow("range before the footage")
            << true
            << range(true, QStringLiteral("ON_DEMAND"), now - 8 * 86'400'000LL,
                     now - 8 * 86'400'000LL + 600'000)
            << 404 << QByteArray("ResourceNotFoundException");
        // Producer timestamps may lie in the future (camera clocks): only the range rules apply.
        QTest::newRow("producer range in the future, no fragments")
            << false
            << range(false, QStringLiteral("ON_DEMAND"), now + 3'600'000, now + 7'200'000,
                     QStringLiteral("PRODUCER_TIMESTAMP"))
            << 404 << QByteArray("ResourceNotFoundException");
    }

    void validation() {
        QFETCH(bool, hls);
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QByteArray, type);
        const RawResponse r = m_client->createSession(hls, body);
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorType(), type);
        QVERIFY(!r.json().value(QStringLiteral("Message")).toString().isEmpty());
    }

    void streamConditions() {
        // A range inside a gap has no fragments.
        const emu::TimeRange gap = innerGap(QStringLiteral("front-door"));
        QVERIFY(gap.endMs > gap.startMs);
        RawResponse r = m_client->createSession(
            true, StreamingTestClient::rangeBody(
                      true, QStringLiteral("front-door"), QStringLiteral("ON_DEMAND"),
                      QStringLiteral("SERVER_TIMESTAMP"), gap.startMs + 5000, gap.endMs - 5000));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorType(), QByteArray("ResourceNotFoundException"));

        const QJsonObject live{{QStringLiteral("StreamName"), QStringLiteral("lobby")}};
        emu::StreamSpec* lobby = nullptr;
        for (emu::StreamSpec& s : m_emulator->scenario().streams)
            if (s.name == QLatin1String("lobby"))
                lobby = &s;
        QVERIFY(lobby);
        lobby->dataRetentionHours = 0;
        r = m_client->createSession(false, live);
        QCOMPARE(r.errorType(), QByteArray("NoDataRetentionException"));
        QCOMPARE(r.status, 400);
        lobby->dataRetentionHours = 168;
        lobby->video.codec = QStringLiteral("unsupported");
        r = m_client->createSession(true, live);
        QCOMPARE(r.errorType(), QByteArray("UnsupportedStreamMediaTypeException"));
        lobby->video.codec = QStringLiteral("h264");
        QCOMPARE(m_client->createSession(true, live).status, 200);
    }

    void hlsOnDemandPlaylist() {
        const qint64 now = m_emulator->nowMs();
        const qint64 from = now - 2 * 3'600'000;
        const qint64 to = from + 60'000;
        QJsonObject body = StreamingTestClient::rangeBody(
            true, QStringLiteral("front-door"), QStringLiteral("ON_DEMAND"),
            QStringLiteral("SERVER_TIMESTAMP"), from, to);
        body.insert(QStringLiteral("MaxMediaPlaylistFragmentResults"), 5);
        body.insert(QStringLiteral("DisplayFragmentTimestamp"), QStringLiteral("ALWAYS"));
        body.insert(QStringLiteral("Expires"), 900);
        const QUrl master = m_client->sessionUrl(true, body);
        QVERIFY(master.isValid());
        QCOMPARE(master.path(), QStringLiteral("/hls/v1/getHLSMasterPlaylist.m3u8"));
        QCOMPARE(master.port(), int(m_emulator->port()));
        const QString token = HlsPlaylistText::queryValue(master.toString(), "SessionToken");
        QVERIFY(token.size() > 100);

        const RawResponse masterResponse = m_client->get(master);
        QCOMPARE(masterResponse.status, 200);
        QCOMPARE(masterResponse.header("Content-Type"), QByteArray("application/x-mpegURL"));
        const HlsPlaylistText m(masterResponse.body);
        QCOMPARE(m.lines.first(), QStringLiteral("#EXTM3U"));
        const QString inf = m.tagValues(QStringLiteral("#EXT-X-STREAM-INF")).value(0);
        QVERIFY2(inf.contains(QStringLiteral("CODECS=\"avc1.")), qPrintable(inf));
        QVERIFY2(inf.contains(QStringLiteral("RESOLUTION=%1x%2")
                                  .arg(spec("front-door").video.width)
                                  .arg(spec("front-door").video.height)),
                 qPrintable(inf));
        QVERIFY(inf.contains(QStringLiteral("BANDWIDTH=")));
        QVERIFY(m.uris().value(0).startsWith(QStringLiteral("getHLSMediaPlaylist.m3u8?")));

        const HlsPlaylistText p(mediaPlaylist(master));
        QCOMPARE(p.tagValues("#EXT-X-PLAYLIST-TYPE"), QStringList{"VOD"});
        QCOMPARE(p.tagValues("#EXT-X-MEDIA-SEQUENCE"), QStringList{"0"});
        QCOMPARE(p.tagValues("#EXT-X-TARGETDURATION"), QStringList{"2"});
        QCOMPARE(p.count("#EXT-X-ENDLIST"), 1);
        QCOMPARE(p.lines.last(), QStringLiteral("#EXT-X-ENDLIST"));
        const QString map = p.tagValues("#EXT-X-MAP").value(0);
        QVERIFY2(map.startsWith(QStringLiteral("URI=\"getMP4InitFragment.mp4?")), qPrintable(map));

        // The oldest five fragments of the range, in order, with their server timestamps.
        const emu::FragmentGenerator g = m_emulator->generator(QStringLiteral("front-door"));
        const QList<emu::IndexRange> expected = g.select(TimestampType::Server, from, to, now);
        const QStringList uris = p.uris();
        QCOMPARE(uris.size(), 5);
        const QStringList dates = p.tagValues("#EXT-X-PROGRAM-DATE-TIME");
        QCOMPARE(dates.size(), 5);
        for (int i = 0; i < 5; ++i) {
            const qint64 index = emu::FragmentGenerator::indexAt(expected, i);
            QCOMPARE(HlsPlaylistText::queryValue(uris[i], "FragmentNumber"),
                     g.fragmentNumber(index));
            QCOMPARE(HlsPlaylistText::queryValue(uris[i], "SessionToken"), token);
            QCOMPARE(QDateTime::fromString(dates[i], Qt::ISODateWithMs).toMSecsSinceEpoch(),
                     g.serverMs(index));
        }
        QCOMPARE(p.tagValues("#EXTINF").value(0), QStringLiteral("2.0,"));
        // ALWAYS (the server-timestamp default): before every fragment, and after the last.
        QCOMPARE(p.count("#EXT-X-DISCONTINUITY"), 6);

        // Init segment and a media segment: real boxes.
        const RawResponse init = m_client->get(master, map.mid(5, map.size() - 6));
        QCOMPARE(init.status, 200);
        QCOMPARE(init.header("Content-Type"), QByteArray("video/mp4"));
        QCOMPARE(init.body.mid(4, 4), QByteArray("ftyp"));
        QVERIFY(init.body.contains("avcC") && init.body.contains("trex"));
        const RawResponse seg = m_client->get(master, uris[2]);
        QCOMPARE(seg.status, 200);
        QCOMPARE(seg.body.mid(4, 4), QByteArray("moof"));
        QVERIFY(seg.body.contains("mdat"));
        QCOMPARE(tfdtOf(seg.body), 4000); // ALWAYS: the media timeline is contiguous
        // A fragment that is not in the session, and a TS request on an fMP4 session.
        QString other = uris[0];
        other.replace(g.fragmentNumber(emu::FragmentGenerator::indexAt(expected, 0)),
                      g.fragmentNumber(emu::FragmentGenerator::indexAt(expected, 7)));
        QCOMPARE(m_client->get(master, other).status, 404);
        QString ts = uris[0];
        ts.replace(QStringLiteral("getMP4MediaFragment.mp4"), QStringLiteral("getTSFragment.ts"));
        QCOMPARE(m_client->get(master, ts).errorType(), QByteArray("InvalidArgumentException"));
    }

    void discontinuityModes_data() {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("clock");
        QTest::newRow("ON_DISCONTINUITY, producer") << "ON_DISCONTINUITY"
                                                    << "PRODUCER_TIMESTAMP";
        QTest::newRow("ON_DISCONTINUITY, server") << "ON_DISCONTINUITY"
                                                  << "SERVER_TIMESTAMP";
        QTest::newRow("NEVER, producer") << "NEVER"
                                         << "PRODUCER_TIMESTAMP";
        QTest::newRow("ALWAYS, producer") << "ALWAYS"
                                          << "PRODUCER_TIMESTAMP";
    }

    void discontinuityModes() {
        QFETCH(QString, mode);
        QFETCH(QString, clock);
        // A range around a gap: 40 s of footage on either side.
        const emu::TimeRange gap = innerGap(QStringLiteral("front-door"));
        const qint64 from = gap.startMs - 40'000;
        const qint64 to = gap.endMs + 40'000;
        QJsonObject body = StreamingTestClient::rangeBody(
            true, QStringLiteral("front-door"), QStringLiteral("ON_DEMAND"), clock, from, to);
        body.insert(QStringLiteral("DiscontinuityMode"), mode);
        const QUrl master = m_client->sessionUrl(true, body);
        const HlsPlaylistText p(mediaPlaylist(master));
        const QStringList uris = p.uris();
        QVERIFY(uris.size() >= 30);

        const emu::FragmentGenerator g = m_emulator->generator(QStringLiteral("front-door"));
        const TimestampType type = clock == QLatin1String("SERVER_TIMESTAMP")
                                       ? TimestampType::Server
                                       : TimestampType::Producer;
        QList<Fragment> fragments;
        for (const QString& uri : uris) {
            const auto index = g.indexOfNumber(HlsPlaylistText::queryValue(uri, "FragmentNumber"),
                                               m_emulator->nowMs());
            QVERIFY(index);
            fragments.append(g.fragment(*index));
        }
        int jumps = 0; // gaps or overlaps over 50 ms between neighbours
        int gapAt = -1;
        for (int i = 1; i < fragments.size(); ++i) {
            const qint64 d = fragments[i].timestamp(type) -
                             (fragments[i - 1].timestamp(type) + fragments[i - 1].durationMs);
            if (std::abs(d) > 50)
                ++jumps;
            if (d > 60'000)
                gapAt = i;
        }
        QVERIFY(gapAt > 0);
        const int markers = p.count("#EXT-X-DISCONTINUITY");
        if (mode == QLatin1String("ALWAYS"))
            QCOMPARE(markers, uris.size() + 1);
        else if (mode == QLatin1String("NEVER"))
            QCOMPARE(markers, 0);
        else
            QCOMPARE(markers, jumps);
        if (clock == QLatin1String("PRODUCER_TIMESTAMP") && mode != QLatin1String("ALWAYS"))
            QCOMPARE(jumps, 1); // producer time only jumps at the gap

        // The fragment after the gap: tfdt follows the timestamps where the player keeps its
        // timeline (NEVER) and continues seamlessly where it resets it.
        const RawResponse seg = m_client->get(master, uris[gapAt]);
        QCOMPARE(seg.status, 200);
        const qint64 expected = mode == QLatin1String("NEVER") ? fragments[gapAt].timestamp(type) -
                                                                     fragments[0].timestamp(type)
                                                               : -1;
        if (expected >= 0)
            QCOMPARE(tfdtOf(seg.body), expected);
        else if (mode == QLatin1String("ALWAYS"))
            QCOMPARE(tfdtOf(seg.body), qint64(gapAt) * fragments[0].durationMs);
    }

    void producerDeduplication() {
        // A camera whose clock jumps back by exactly two fragments: the two fragments after the
        // jump repeat the producer start timestamps of the two before it. "The fragment that
        // has the larger fragment number (the newer fragment) is included."
        QString error;
        auto scenario = emu::Scenario::fromJson(
            R"({"streams":[{"name":"cam","fragmentDurationMs":6000,
                "footage":{"start":"now-1d","end":"now"},
                "producerClock":{"offsetMs":0,"jumpAt":"now-2h","jumpMs":-12000}}]})",
            QDateTime::currentMSecsSinceEpoch(), &error);
        QVERIFY2(scenario, qPrintable(error));
        emu::EmulatorOptions options;
        options.scenario = *scenario;
        m_client.reset();
        m_emulator = std::make_unique<emu::Emulator>(options);
        QVERIFY(m_emulator->start(&error));
        m_client = std::make_unique<StreamingTestClient>(m_emulator.get());
        const emu::StreamSpec& cam = spec(QStringLiteral("cam"));
        const emu::FragmentGenerator g = m_emulator->generator(QStringLiteral("cam"));
        const qint64 jumpAt = cam.producerClock.jumpAtMs;
        qint64 jump = emu::floorDiv(jumpAt - g.nominalStartMs(0), 6000);
        while (g.nominalStartMs(jump) < jumpAt)
            ++jump;
        QCOMPARE(g.producerMs(jump), g.producerMs(jump - 2));
        QCOMPARE(g.producerMs(jump + 1), g.producerMs(jump - 1));

        const QUrl url = m_client->sessionUrl(
            true, StreamingTestClient::rangeBody(
                      true, QStringLiteral("cam"), QStringLiteral("ON_DEMAND"),
                      QStringLiteral("PRODUCER_TIMESTAMP"), jumpAt - 60'000, jumpAt + 60'000));
        QStringList numbers;
        for (const QString& uri : HlsPlaylistText(mediaPlaylist(url)).uris())
            numbers.append(HlsPlaylistText::queryValue(uri, "FragmentNumber"));
        QVERIFY(!numbers.contains(g.fragmentNumber(jump - 2)));
        QVERIFY(!numbers.contains(g.fragmentNumber(jump - 1)));
        QVERIFY(numbers.contains(g.fragmentNumber(jump - 3)));
        QCOMPARE(numbers.indexOf(g.fragmentNumber(jump)),
                 numbers.indexOf(g.fragmentNumber(jump - 3)) + 1);
        QVERIFY(numbers.contains(g.fragmentNumber(jump + 1)));
        // Everything else of the range is there, once, in ingestion order.
        const qint64 inRange = emu::FragmentGenerator::total(g.select(
            TimestampType::Producer, jumpAt - 60'000, jumpAt + 60'000, m_emulator->nowMs()));
        QCOMPARE(qint64(numbers.size()), inRange - 2);
    }

    void liveAndLiveReplay() {
        // LIVE: the newest five fragments, no end.
        const QUrl live = m_client->sessionUrl(
            true, QJsonObject{{QStringLiteral("StreamName"), QStringLiteral("front-door")},
                              {QStringLiteral("ContainerFormat"), QStringLiteral("MPEG_TS")}});
        const HlsPlaylistText p(mediaPlaylist(live));
        QCOMPARE(p.uris().size(), 5);
        QCOMPARE(p.count("#EXT-X-ENDLIST"), 0);
        QCOMPARE(p.count("#EXT-X-PLAYLIST-TYPE"), 0);
        QCOMPARE(p.count("#EXT-X-MAP"), 0);
        QVERIFY(p.uris().first().startsWith(QStringLiteral("getTSFragment.ts?FragmentNumber=")));
        const emu::FragmentGenerator g = m_emulator->generator(QStringLiteral("front-door"));
        const QList<emu::IndexRange> all = g.available(m_emulator->nowMs());
        const QString newest = g.fragmentNumber(all.last().last);
        const QString listedNewest = HlsPlaylistText::queryValue(p.uris().last(), "FragmentNumber");
        // The newest fragment, or the one before if a fragment completed meanwhile.
        QVERIFY(listedNewest == newest || listedNewest == g.fragmentNumber(all.last().last - 1));
        const RawResponse ts = m_client->get(live, p.uris().first());
        QCOMPARE(ts.status, 200);
        QCOMPARE(ts.header("Content-Type"), QByteArray("video/MP2T"));
        QCOMPARE(ts.body.at(0), char(0x47));
        QCOMPARE(ts.body.size() % 188, 0);

        // LIVE_REPLAY from an hour ago: starts with N fragments from the start and grows as
        // fragment durations elapse (the server clock is moved forward; 6-second fragments
        // leave room for a slow machine).
        const emu::FragmentGenerator lobby = m_emulator->generator(QStringLiteral("lobby"));
        const qint64 start = m_emulator->nowMs() - 3'600'000;
        QJsonObject body = StreamingTestClient::rangeBody(
            true, QStringLiteral("lobby"), QStringLiteral("LIVE_REPLAY"),
            QStringLiteral("SERVER_TIMESTAMP"), start, std::nullopt);
        body.insert(QStringLiteral("MaxMediaPlaylistFragmentResults"), 3);
        const qint64 created = m_emulator->nowMs(); // the session is created after this
        const QUrl replay = m_client->sessionUrl(true, body);
        const QList<emu::IndexRange> selected =
            lobby.select(TimestampType::Server, start, m_emulator->nowMs(), m_emulator->nowMs());
        const qint64 first = emu::FragmentGenerator::indexAt(selected, 0);
        HlsPlaylistText r(mediaPlaylist(replay));
        QCOMPARE(r.uris().size(), 3);
        QCOMPARE(r.tagValues("#EXT-X-MEDIA-SEQUENCE"), QStringList{"0"});
        QCOMPARE(HlsPlaylistText::queryValue(r.uris().first(), "FragmentNumber"),
                 lobby.fragmentNumber(first));
        QCOMPARE(r.count("#EXT-X-ENDLIST"), 0);
        // Two 6-second fragments later: about 15 s after the session was created, however
        // slow the machine (anything from 12 to 18 s shows the same window).
        m_emulator->faults().clockSkewSeconds = (15'000 - (m_emulator->nowMs() - created)) / 1000;
        r = HlsPlaylistText(mediaPlaylist(replay));
        QCOMPARE(r.tagValues("#EXT-X-MEDIA-SEQUENCE"), QStringList{"2"});
        QCOMPARE(HlsPlaylistText::queryValue(r.uris().first(), "FragmentNumber"),
                 lobby.fragmentNumber(emu::FragmentGenerator::indexAt(selected, 2)));
        QCOMPARE(r.uris().size(), 3);
        // ALWAYS: the markers that scrolled out are counted.
        QCOMPARE(r.tagValues("#EXT-X-DISCONTINUITY-SEQUENCE"), QStringList{"2"});
    }

    void dashManifests() {
        const qint64 now = m_emulator->nowMs();
        QJsonObject body = StreamingTestClient::rangeBody(
            false, QStringLiteral("loading-dock"), QStringLiteral("ON_DEMAND"),
            QStringLiteral("PRODUCER_TIMESTAMP"), now - 3 * 3'600'000,
            now - 3 * 3'600'000 + 40'000);
        body.insert(QStringLiteral("DisplayFragmentTimestamp"), QStringLiteral("ALWAYS"));
        body.insert(QStringLiteral("DisplayFragmentNumber"), QStringLiteral("ALWAYS"));
        const QUrl url = m_client->sessionUrl(false, body);
        QCOMPARE(url.path(), QStringLiteral("/dash/v1/getDASHManifest.mpd"));
        const RawResponse mpd = m_client->get(url);
        QCOMPARE(mpd.status, 200);
        QCOMPARE(mpd.header("Content-Type"), QByteArray("application/dash+xml"));
        const QString text = QString::fromUtf8(mpd.body);
        QVERIFY(text.contains(QStringLiteral("type=\"static\"")));
        QVERIFY(text.contains(QStringLiteral("xmlns:kvs=\"")));
        QVERIFY(text.contains(QStringLiteral("<SegmentTimeline>")));
        QVERIFY(text.contains(QStringLiteral("$Number$")));
        const emu::FragmentGenerator g = m_emulator->generator(QStringLiteral("loading-dock"));
        const QList<emu::IndexRange> expected = g.select(
            TimestampType::Producer, now - 3 * 3'600'000, now - 3 * 3'600'000 + 40'000, now);
        const qint64 n = emu::FragmentGenerator::total(expected);
        QCOMPARE(qint64(text.count(QStringLiteral("<S "))), n);
        const qint64 second = emu::FragmentGenerator::indexAt(expected, 1);
        QVERIFY(
            text.contains(QStringLiteral("<S t=\"4000\" d=\"4000\" kvs:ts=\"%1\" kvs:fn=\"%2\"/>")
                              .arg(g.producerMs(second))
                              .arg(g.fragmentNumber(second))));
        const QString token = HlsPlaylistText::queryValue(url.toString(), "SessionToken");
        const RawResponse seg = m_client->get(
            url, QStringLiteral("getMP4MediaFragment.mp4?TrackNumber=1&FragmentNumber=1&"
                                "SessionToken=%1")
                     .arg(token));
        QCOMPARE(seg.status, 200);
        QCOMPARE(tfdtOf(seg.body), 4000);
        QCOMPARE(m_client
                     ->get(url, QStringLiteral("getMP4MediaFragment.mp4?TrackNumber=1&"
                                               "FragmentNumber=%1&SessionToken=%2")
                                    .arg(n)
                                    .arg(token))
                     .status,
                 404);
        // The HLS routes do not take a DASH token.
        QCOMPARE(m_client
                     ->get(url, QStringLiteral("/hls/v1/getHLSMasterPlaylist.m3u8?SessionToken=%1")
                                    .arg(token))
                     .status,
                 403);

        const QUrl live = m_client->sessionUrl(
            false, QJsonObject{{QStringLiteral("StreamName"), QStringLiteral("loading-dock")}});
        const QString dynamic = QString::fromUtf8(m_client->get(live).body);
        QVERIFY(dynamic.contains(QStringLiteral("type=\"dynamic\"")));
        QVERIFY(dynamic.contains(QStringLiteral("minimumUpdatePeriod=\"PT1S\"")));
        QVERIFY(!dynamic.contains(QStringLiteral("kvs:")));
        QCOMPARE(dynamic.count(QStringLiteral("<S ")), 5);
    }

    void expiryAndTokens() {
        m_emulator->faults().sessionExpirySeconds = 30;
        const QUrl url = m_client->sessionUrl(
            true, QJsonObject{{QStringLiteral("StreamName"), QStringLiteral("lobby")}});
        QCOMPARE(m_client->get(url).status, 200);
        m_emulator->faults().clockSkewSeconds = 31; // the session's 30 seconds have passed
        const RawResponse expired = m_client->get(url);
        QCOMPARE(expired.status, 403);
        QCOMPARE(expired.errorType(), QByteArray("NotAuthorizedException"));
        QVERIFY(expired.json().value(QStringLiteral("Message")).toString().contains("expired"));
        QUrl unknown = url;
        unknown.setQuery(QStringLiteral("SessionToken=CiAnotasession~"));
        QCOMPARE(m_client->get(unknown).status, 403);
        unknown.setQuery(QString());
        QCOMPARE(m_client->get(unknown).errorType(), QByteArray("InvalidArgumentException"));
    }

    void liveSessionLimit() {
        const QJsonObject live{{QStringLiteral("StreamName"), QStringLiteral("parking-north")}};
        for (int i = 0; i < 10; ++i)
            QCOMPARE(m_client->createSession(true, live).status, 200);
        const RawResponse over = m_client->createSession(true, live);
        QCOMPARE(over.status, 400);
        QCOMPARE(over.errorType(), QByteArray("ClientLimitExceededException"));
        // Other modes, other streams and DASH are not affected.
        const qint64 now = m_emulator->nowMs();
        QCOMPARE(m_client
                     ->createSession(
                         true, StreamingTestClient::rangeBody(true, QStringLiteral("parking-north"),
                                                              QStringLiteral("ON_DEMAND"),
                                                              QStringLiteral("SERVER_TIMESTAMP"),
                                                              now - 3'600'000, now - 3'000'000))
                     .status,
                 200);
        QCOMPARE(m_client->createSession(false, live).status, 200);
        QCOMPARE(m_client
                     ->createSession(
                         true, QJsonObject{{QStringLiteral("StreamName"), QStringLiteral("lobby")}})
                     .status,
                 200);
        // Expired sessions no longer count.
        m_emulator->faults().clockSkewSeconds = 301;
        QCOMPARE(m_client->createSession(true, live).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorStreaming)
#include "test_emulator_streaming.moc"
