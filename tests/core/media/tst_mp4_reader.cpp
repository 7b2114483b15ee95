// The MP4 box reader: progressive, fast-start, fragmented, DASH (sidx) and HLS fMP4 files made
// by ffmpeg, compared frame by frame with ffprobe (pts, dts, size, offset, keyframe); box
// header variants (64-bit size, size 0, uuid); emsg; malformed input with byte offsets; and
// identical results for every chunking.
#include "tests/core/media/media_test_support.h"

#include <QDir>
#include <QMap>
#include <QTest>
#include <QtEndian>

using namespace kinescope;
using namespace kinescope::test;

namespace {

QByteArray be32(quint32 v) {
    QByteArray out(4, '\0');
    qToBigEndian(v, out.data());
    return out;
}

QByteArray be64(quint64 v) {
    QByteArray out(8, '\0');
    qToBigEndian(v, out.data());
    return out;
}

QByteArray box(const char* type, const QByteArray& payload) {
    return be32(quint32(8 + payload.size())) + QByteArray(type, 4) + payload;
}

QByteArray fullBox(const char* type, quint8 version, quint32 flags, const QByteArray& payload) {
    return box(type, be32((quint32(version) << 24) | flags) + payload);
}

QByteArray ftyp() {
    return box("ftyp", QByteArray("isom") + be32(512) + QByteArray("isomiso2avc1mp41"));
}

const RecordedElement* find(const InspectRecorder& rec, const QString& name, int nth = 0) {
    for (const RecordedElement& e : rec.elements) {
        if (e.name == name && nth-- == 0)
            return &e;
    }
    return nullptr;
}

} // namespace

class TestMp4Reader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void againstFfprobe_data();
    void againstFfprobe();
    void chunkingDoesNotMatter_data();
    void chunkingDoesNotMatter();
    void fragmentsOfFragmentedFile();
    void hlsSegmentWithoutInit();
    void boxHeaderVariants();
    void eventMessages();
    void errors_data();
    void errors();

private:
    MediaDir m_dir;
    QMap<QString, QString> m_files;
};

void TestMp4Reader::initTestCase() {
    const QString source = m_dir.ffmpeg(
        QStringLiteral("source.mkv"),
        testVideoInput(320, 240, 30, 3) + testAudioInput(48000, 3) +
            QStringList{"-c:v", "libx264", "-g", "30", "-bf", "2", "-c:a", "aac", "-b:a", "64k"});
    QVERIFY2(!source.isEmpty(), qPrintable(m_dir.lastError()));
    struct Variant {
        const char* row;
        const char* name;
        QStringList flags;
    };
    const QList<Variant> variants{
        {"progressive (moov last)", "progressive.mp4", {}},
        {"fast start", "faststart.mp4", {"-movflags", "+faststart"}},
        {"fragmented",
         "fragmented.mp4",
         {"-movflags", "+frag_keyframe+empty_moov+default_base_moof"}},
        {"fragmented, base offsets in tfhd",
         "fragmented_base.mp4",
         {"-movflags", "+frag_keyframe+empty_moov"}},
        {"DASH with sidx", "dash.mp4", {"-movflags", "+dash+global_sidx"}},
    };
    for (const Variant& v : variants) {
        const QString path = m_dir.ffmpeg(QString::fromLatin1(v.name),
                                          QStringList{"-i", source, "-c", "copy"} + v.flags);
        QVERIFY2(!path.isEmpty(), qPrintable(m_dir.lastError()));
        m_files.insert(QString::fromLatin1(v.row), path);
    }
    const QString hevc = m_dir.ffmpeg(
        QStringLiteral("hevc.mp4"),
        testVideoInput(320, 240, 25, 1) +
            QStringList{"-c:v", "libx265", "-x265-params", "log-level=none", "-tag:v", "hvc1"});
    QVERIFY2(!hevc.isEmpty(), qPrintable(m_dir.lastError()));
    m_files.insert(QStringLiteral("H.265 hvc1"), hevc);

    // HLS fMP4: an init segment and media segments.
    QVERIFY(QDir(m_dir.path(QString())).mkpath(QStringLiteral("hls")));
    const ToolResult hls =
        runTool(QStringLiteral("ffmpeg"),
                {"-hide_banner", "-loglevel", "error", "-i", source, "-c", "copy", "-f", "hls",
                 "-hls_segment_type", "fmp4", "-hls_time", "1", "-hls_playlist_type", "vod",
                 m_dir.path(QStringLiteral("hls/index.m3u8"))});
    QVERIFY2(hls.ok(), hls.err.constData());
}

void TestMp4Reader::againstFfprobe_data() {
    QTest::addColumn<QString>("path");
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.value();
}

void TestMp4Reader::againstFfprobe() {
    QFETCH(QString, path);
    const InspectRun run = inspectBytes(readFile(path), randomChunks(21, 1 << 16));
    QVERIFY2(run.ok, qPrintable(run.error.toString()));
    QCOMPARE(run.format, MediaContainer::Mp4);
    QVERIFY(run.rec.balanced);
    const ProbeResult probe = runFfprobe(path);
    QVERIFY2(probe.error.isEmpty(), qPrintable(probe.error));
    QCOMPARE(run.rec.tracks.size(), probe.streams.size());
    for (qsizetype s = 0; s < probe.streams.size(); ++s) {
        const TrackInfo& track = run.rec.tracks[s];
        const ProbeStream& stream = probe.streams[s];
        QCOMPARE(track.type, stream.codecType);
        QCOMPARE(QStringLiteral("%1/%2").arg(track.timeBaseNum).arg(track.timeBaseDen),
                 stream.timeBase);
        if (stream.codecType == QLatin1String("video")) {
            QCOMPARE(track.width, stream.width);
            QCOMPARE(track.height, stream.height);
        } else {
            QCOMPARE(int(track.sampleRate), stream.sampleRate);
            QCOMPARE(track.channels, stream.channels);
        }
        QVERIFY2(track.codec.decoded(), qPrintable(track.codec.error));
        QCOMPARE(track.codec.codec, stream.codecName);

        QList<const FrameInfo*> ours;
        for (const FrameInfo& f : run.rec.frames) {
            if (f.track == track.number)
                ours.append(&f);
        }
        QList<const ProbePacket*> theirs;
        for (const ProbePacket& p : probe.packets) {
            if (p.stream == stream.index)
                theirs.append(&p);
        }
        QCOMPARE(ours.size(), theirs.size());
        for (qsizetype i = 0; i < ours.size(); ++i) {
            const FrameInfo& a = *ours[i];
            const ProbePacket& b = *theirs[i];
            const QString where =
                QStringLiteral("track %1 sample %2: ours pts %3 dts %4 size %5 at %6 key %7, "
                               "ffprobe pts %8 dts %9 size %10 at %11 key %12")
                    .arg(track.number)
                    .arg(i)
                    .arg(a.pts)
                    .arg(a.dts)
                    .arg(a.size)
                    .arg(a.offset)
                    .arg(a.keyframe)
                    .arg(b.pts)
                    .arg(b.dts)
                    .arg(b.size)
                    .arg(b.pos)
                    .arg(b.keyframe);
            QVERIFY2(qint64(a.size) == b.size && qint64(a.offset) == b.pos &&
                         a.keyframe == b.keyframe && a.pts == b.pts && a.hasDts && a.dts == b.dts,
                     qPrintable(where));
        }
    }
}

void TestMp4Reader::chunkingDoesNotMatter_data() {
    againstFfprobe_data();
}

void TestMp4Reader::chunkingDoesNotMatter() {
    QFETCH(QString, path);
    const QByteArray data = readFile(path);
    const InspectRun whole = inspectBytes(data, wholeChunks());
    QVERIFY(whole.ok);
    QCOMPARE(inspectBytes(data, byteChunks()).rec.log, whole.rec.log);
    QCOMPARE(inspectBytes(data, randomChunks(8, 40000)).rec.log, whole.rec.log);
    for (qsizetype cut : {qsizetype(9), data.size() / 2, data.size() - 3}) {
        const QByteArray part = data.left(cut);
        const InspectRun a = inspectBytes(part, wholeChunks());
        QVERIFY(!a.ok);
        QCOMPARE(qint64(a.error.offset), qint64(cut));
        QVERIFY(a.error.message.contains(QLatin1String("ends at byte")));
        QCOMPARE(inspectBytes(part, randomChunks(quint32(cut), 700)).rec.log, a.rec.log);
        QVERIFY(a.rec.balanced);
    }
}

void TestMp4Reader::fragmentsOfFragmentedFile() {
    const QString path = m_files.value(QStringLiteral("fragmented"));
    const InspectRun run = inspectBytes(readFile(path), wholeChunks());
    QVERIFY(run.ok);
    QVERIFY(run.fragmentedMp4);
    QList<const RecordedElement*> moofs;
    for (const RecordedElement& e : run.rec.elements) {
        if (e.name == QLatin1String("MovieFragment"))
            moofs.append(&e);
    }
    QCOMPARE(run.rec.fragments.size(), moofs.size());
    quint32 frames = 0;
    for (qsizetype i = 0; i < moofs.size(); ++i) {
        const FragmentSummary& f = run.rec.fragments[i];
        QCOMPARE(f.offset, moofs[i]->offset);
        QCOMPARE(f.sequenceNumber.value_or(0), quint64(i + 1));
        QCOMPARE(f.firstKeyframeIndex, 0); // frag_keyframe: every fragment starts with one
        frames += f.frameCount;
        const quint64 end =
            i + 1 < moofs.size() ? moofs[i + 1]->offset : quint64(readFile(path).size());
        QCOMPARE(f.bytes, end - f.offset);
    }
    QCOMPARE(size_t(frames), run.rec.frames.size());
}

void TestMp4Reader::hlsSegmentWithoutInit() {
    // A media segment alone has no moov: frames are still listed, in ticks of an unknown time
    // base; with its init segment in front it reads like a fragmented file.
    const QByteArray init = readFile(m_dir.path(QStringLiteral("hls/init.mp4")));
    const QByteArray segment = readFile(m_dir.path(QStringLiteral("hls/index1.m4s")));
    QVERIFY(!init.isEmpty() && !segment.isEmpty());
    const InspectRun alone = inspectBytes(segment, randomChunks(2, 999));
    QVERIFY2(alone.ok, qPrintable(alone.error.toString()));
    QCOMPARE(alone.rec.fragments.size(), 1);
    QVERIFY(alone.rec.fragments[0].frameCount > 0);
    QVERIFY(!alone.rec.fragments[0].durationMs);
    QCOMPARE(alone.rec.tracks.size(), 2);
    QCOMPARE(alone.rec.tracks[0].timeBaseDen, qint64(0));

    const QString joined = m_dir.write(QStringLiteral("joined.mp4"), init + segment);
    const InspectRun both = inspectBytes(init + segment, wholeChunks());
    QVERIFY(both.ok);
    QCOMPARE(both.rec.frames.size(), alone.rec.frames.size());
    const ProbeResult probe = runFfprobe(joined);
    QCOMPARE(qsizetype(both.rec.frames.size()), probe.packets.size());
    QVERIFY(both.rec.fragments[0].durationMs.value_or(0) > 900);
    for (size_t i = 0; i < both.rec.frames.size(); ++i) {
        QCOMPARE(both.rec.frames[i].size, alone.rec.frames[i].size);
        QCOMPARE(both.rec.frames[i].offset, alone.rec.frames[i].offset + quint64(init.size()));
    }
}

void TestMp4Reader::boxHeaderVariants() {
    const QByteArray large = be32(1) + QByteArray("free") + be64(16 + 10) + QByteArray(10, 'f');
    const QByteArray uuid = box("uuid", QByteArray(16, '\x42') + QByteArray(4, 'u'));
    const QByteArray mdat = be32(0) + QByteArray("mdat") + QByteArray(100, 'm');
    const QByteArray data = ftyp() + large + uuid + mdat;
    const InspectRun run = inspectBytes(data, byteChunks());
    QVERIFY2(run.ok, qPrintable(run.error.toString()));
    QCOMPARE(inspectBytes(data, wholeChunks()).rec.log, run.rec.log);
    const RecordedElement* free = find(run.rec, QStringLiteral("FreeSpace"));
    QVERIFY(free);
    QCOMPARE(free->headerSize, 16u);
    QCOMPARE(free->dataSize, quint64(10));
    const RecordedElement* user = find(run.rec, QStringLiteral("UserExtension"));
    QVERIFY(user);
    QCOMPARE(user->headerSize, 24u);
    QCOMPARE(user->dataSize, quint64(4));
    const RecordedElement* media = find(run.rec, QStringLiteral("MediaData"));
    QVERIFY(media);
    QVERIFY(media->unknownSize);
    QCOMPARE(media->dataSize, quint64(100)); // to the end of the file
    const RecordedElement* type = find(run.rec, QStringLiteral("FileType"));
    QCOMPARE(type->value, QStringLiteral("majorBrand=isom, minorVersion=512, "
                                         "compatibleBrands=isom,iso2,avc1,mp41"));
}

void TestMp4Reader::eventMessages() {
    const QByteArray v0 =
        fullBox("emsg", 0, 0,
                QByteArray("urn:scte:scte35:2013:bin\0", 25) + QByteArray("1\0", 2) + be32(90000) +
                    be32(180000) + be32(2700) + be32(7) + QByteArray("\xFC\x30\x11", 3));
    const QByteArray v1 = fullBox("emsg", 1, 0,
                                  be32(1000) + be64(123456789) + be32(500) + be32(8) +
                                      QByteArray("https://aomedia.org/emsg/ID3\0", 29) +
                                      QByteArray("\0", 1) + QByteArray("ID3", 3));
    const InspectRun run = inspectBytes(ftyp() + v0 + v1, randomChunks(4, 9));
    QVERIFY2(run.ok, qPrintable(run.error.toString()));
    const RecordedElement* first = find(run.rec, QStringLiteral("EventMessage"), 0);
    const RecordedElement* second = find(run.rec, QStringLiteral("EventMessage"), 1);
    QVERIFY(first && second);
    QVERIFY2(first->value.startsWith(QLatin1String(
                 "schemeIdUri=urn:scte:scte35:2013:bin, value=1, timescale=90000, "
                 "presentationTimeDelta=180000, eventDuration=2700, id=7, messageSize=3")),
             qPrintable(first->value));
    QVERIFY(first->value.contains(QLatin1String("presentationTimeDelta=180000")));
    QVERIFY(second->value.contains(QLatin1String("presentationTime=123456789")));
    QVERIFY(second->value.contains(QLatin1String("schemeIdUri=https://aomedia.org/emsg/ID3")));
    QVERIFY(second->value.contains(QLatin1String("messageSize=3")));
}

void TestMp4Reader::errors_data() {
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QString>("message");
    const QByteArray f = ftyp();
    const qint64 fs = f.size();
    QTest::newRow("not a container") << QByteArray("\x00\x00\x00\x10junkjunkjunkjunk", 16)
                                     << qint64(0) << QStringLiteral("not a Matroska (EBML) or MP4");
    QTest::newRow("box smaller than its header")
        << f + be32(4) + QByteArray("free") << fs
        << QStringLiteral("smaller than its 8-byte header");
    QTest::newRow("large size smaller than header")
        << f + be32(1) + QByteArray("free") + be64(8) << fs
        << QStringLiteral("smaller than its 16-byte header");
    QTest::newRow("child runs past parent")
        << f + box("moov", be32(100) + QByteArray("mdia")) << fs + 8
        << QStringLiteral("runs past the end of its parent");
    QTest::newRow("trun with a million samples and no data")
        << f + box("moof", box("traf", fullBox("trun", 0, 0, be32(1000000)))) << fs + 16
        << QStringLiteral("without per-sample data");
    QTest::newRow("stsz with more entries than bytes")
        << f + box("moov",
                   box("trak", box("mdia", box("minf", box("stbl", fullBox("stsz", 0, 0,
                                                                           be32(0) + be32(1000) +
                                                                               be32(5)))))))
        << fs + 40 << QStringLiteral("declares 1000 entries");
    {
        QByteArray nested = box("moov", QByteArray());
        for (int i = 0; i < 40; ++i)
            nested = box("moov", nested);
        QTest::newRow("nesting too deep")
            << f + nested << fs + 32 * 8 << QStringLiteral("nested deeper than 32");
    }
    QTest::newRow("stsd too small for its entry")
        << f + box("moov",
                   box("trak",
                       box("mdia",
                           box("minf",
                               box("stbl", fullBox("stsd", 0, 0,
                                                   be32(1) + box("avc1", QByteArray(10, '\0'))))))))
        << fs + 56 << QStringLiteral("fewer than the 78 its fields need");
    QTest::newRow("huge mdat declared")
        << f + be32(1) + QByteArray("mdat") + be64(quint64(1) << 50) + QByteArray(5, 'm') << fs + 21
        << QStringLiteral("ends at byte");
}

void TestMp4Reader::errors() {
    QFETCH(QByteArray, data);
    QFETCH(qint64, offset);
    QFETCH(QString, message);
    const InspectRun whole = inspectBytes(data, wholeChunks());
    QVERIFY(!whole.ok);
    QVERIFY2(whole.error.message.contains(message), qPrintable(whole.error.toString()));
    QCOMPARE(qint64(whole.error.offset), offset);
    QCOMPARE(inspectBytes(data, byteChunks()).rec.log, whole.rec.log);
    QVERIFY(whole.rec.balanced);
}

QTEST_GUILESS_MAIN(TestMp4Reader)
#include "tst_mp4_reader.moc"
