// Matroska/WebM files made at test time by ffmpeg and mkvmerge, inspected by Kinescope and
// compared with what mkvinfo and ffprobe report for the same files: every element (offset,
// size, depth), every frame (offset, size), track data, tag values, per-stream packet counts,
// sizes, timestamps and keyframe flags.
#include "tests/core/media/media_test_support.h"

#include <QTest>

#include <QMap>

using namespace kinescope;
using namespace kinescope::test;

class TestMatroskaFiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void againstMkvinfo_data();
    void againstMkvinfo();
    void againstFfprobe_data();
    void againstFfprobe();
    void chunkingDoesNotMatter_data();
    void chunkingDoesNotMatter();
    void codecPrivateOfTracks();

private:
    void addFiles();
    MediaDir m_dir;
    QMap<QString, QString> m_files; // row name → path
};

void TestMatroskaFiles::initTestCase() {
    const QStringList av = testVideoInput(320, 240, 30, 2) + testAudioInput(48000, 2);
    const QString base = m_dir.ffmpeg(
        QStringLiteral("h264_aac.mkv"),
        av + QStringList{"-c:v", "libx264", "-g", "30", "-bf", "2", "-c:a", "aac", "-b:a", "64k"});
    QVERIFY2(!base.isEmpty(), qPrintable(m_dir.lastError()));
    m_files.insert(QStringLiteral("ffmpeg H.264+AAC"), base);

    // ffmpeg writing to a pipe cannot seek back: the Segment keeps its unknown size.
    const ToolResult piped =
        runTool(QStringLiteral("ffmpeg"), {"-hide_banner", "-loglevel", "error", "-i", base, "-c",
                                           "copy", "-f", "matroska", "-"});
    QVERIFY2(piped.ok(), piped.err.constData());
    m_files.insert(QStringLiteral("ffmpeg piped (unknown-size segment)"),
                   m_dir.write(QStringLiteral("piped.mkv"), piped.out));

    struct Remux {
        const char* row;
        const char* name;
        QStringList args;
    };
    const QList<Remux> remuxes{
        {"mkvmerge remux", "remux.mkv", {base}},
        {"mkvmerge Xiph lacing", "xiph.mkv", {"--engage", "lacing_xiph", base}},
        {"mkvmerge EBML lacing", "ebml.mkv", {"--engage", "lacing_ebml", base}},
        {"mkvmerge BlockGroups", "groups.mkv", {"--engage", "no_simpleblocks", base}},
    };
    for (const Remux& r : remuxes) {
        const QString path = m_dir.mkvmerge(QString::fromLatin1(r.name), r.args);
        QVERIFY2(!path.isEmpty(), qPrintable(m_dir.lastError()));
        m_files.insert(QString::fromLatin1(r.row), path);
    }

    // PCM in mkvmerge: fixed-size lacing and a TimestampScale that is not 1 ms.
    const QString wav = m_dir.ffmpeg(QStringLiteral("tone.wav"),
                                     testAudioInput(48000, 1) + QStringList{"-c:a", "pcm_s16le"});
    QVERIFY2(!wav.isEmpty(), qPrintable(m_dir.lastError()));
    m_files.insert(QStringLiteral("mkvmerge PCM fixed lacing"),
                   m_dir.mkvmerge(QStringLiteral("pcm.mkv"), {wav}));

    const QString hevc =
        m_dir.ffmpeg(QStringLiteral("hevc.mkv"), testVideoInput(320, 240, 25, 1) +
                                                     QStringList{"-c:v", "libx265", "-x265-params",
                                                                 "log-level=none", "-g", "25"});
    QVERIFY2(!hevc.isEmpty(), qPrintable(m_dir.lastError()));
    m_files.insert(QStringLiteral("ffmpeg H.265"), hevc);

    const QString webm = m_dir.ffmpeg(QStringLiteral("opus.webm"),
                                      testAudioInput(48000, 1) + QStringList{"-c:a", "libopus"});
    QVERIFY2(!webm.isEmpty(), qPrintable(m_dir.lastError()));
    m_files.insert(QStringLiteral("ffmpeg WebM Opus"), webm);
}

void TestMatroskaFiles::addFiles() {
    QTest::addColumn<QString>("path");
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.value();
}

void TestMatroskaFiles::againstMkvinfo_data() {
    addFiles();
}

void TestMatroskaFiles::againstMkvinfo() {
    QFETCH(QString, path);
    const InspectRun run = inspectBytes(readFile(path), randomChunks(11, 1 << 16));
    QVERIFY2(run.ok, qPrintable(run.error.toString()));
    const MkvinfoDump info = runMkvinfo(path);
    QVERIFY2(info.error.isEmpty(), qPrintable(info.error));
    QVERIFY(!info.elements.isEmpty());

    // Every element, in order, with its offset, total size and depth. mkvinfo does not list
    // CRC-32 elements.
    QList<RecordedElement> ours;
    for (const RecordedElement& e : run.rec.elements) {
        if (e.name != QLatin1String("CRC-32"))
            ours.append(e);
    }
    QCOMPARE(ours.size(), info.elements.size());
    for (qsizetype i = 0; i < ours.size(); ++i) {
        const RecordedElement& a = ours[i];
        const MkvinfoElement& b = info.elements[i];
        const QString where = QStringLiteral("element %1: ours %2 at %3, mkvinfo '%4' at %5")
                                  .arg(i)
                                  .arg(a.name)
                                  .arg(a.offset)
                                  .arg(b.text)
                                  .arg(b.offset);
        QVERIFY2(a.offset == b.offset, qPrintable(where));
        QVERIFY2(a.depth == b.depth, qPrintable(where));
        QVERIFY2(a.unknownSize == b.unknownSize, qPrintable(where));
        if (!b.unknownSize) {
            QVERIFY2(a.totalSize() == b.size, qPrintable(where));
            QVERIFY2(a.dataSize == b.dataSize, qPrintable(where));
        }
    }

    // Every frame (laced frames one by one) at the same offset with the same size.
    QCOMPARE(run.rec.frames.size(), size_t(info.frames.size()));
    for (qsizetype i = 0; i < info.frames.size(); ++i) {
        QCOMPARE(run.rec.frames[size_t(i)].offset, info.frames[i].offset);
        QCOMPARE(quint64(run.rec.frames[size_t(i)].size), info.frames[i].size);
    }

    // Track data (mkvinfo leaves out elements at their default value: Channels 1).
    struct Their {
        QString number;
        QString codec, width, height, rate;
        QString channels = QStringLiteral("1");
    };
    QList<Their> theirs;
    for (const MkvinfoElement& e : info.elements) {
        if (e.name == QLatin1String("Track number")) {
            Their t;
            t.number = e.value.section(QLatin1Char(' '), 0, 0);
            theirs.append(t);
        } else if (theirs.isEmpty())
            continue;
        else if (e.name == QLatin1String("Codec ID"))
            theirs.last().codec = e.value;
        else if (e.name == QLatin1String("Pixel width"))
            theirs.last().width = e.value;
        else if (e.name == QLatin1String("Pixel height"))
            theirs.last().height = e.value;
        else if (e.name == QLatin1String("Sampling frequency"))
            theirs.last().rate = e.value;
        else if (e.name == QLatin1String("Channels"))
            theirs.last().channels = e.value;
    }
    QCOMPARE(run.rec.tracks.size(), theirs.size());
    for (qsizetype i = 0; i < theirs.size(); ++i) {
        const TrackInfo& t = run.rec.tracks[i];
        QCOMPARE(QString::number(t.number), theirs[i].number);
        QCOMPARE(t.codecId, theirs[i].codec);
        if (t.type == QLatin1String("video")) {
            QCOMPARE(QString::number(t.width), theirs[i].width);
            QCOMPARE(QString::number(t.height), theirs[i].height);
        } else {
            QCOMPARE(t.type, QStringLiteral("audio"));
            QCOMPARE(QString::number(t.sampleRate), theirs[i].rate);
            QCOMPARE(QString::number(t.channels), theirs[i].channels);
        }
    }

    // Tag names and values, in order.
    QStringList theirTags, ourTags;
    for (const MkvinfoElement& e : info.elements) {
        if (e.name == QLatin1String("Name") || e.name == QLatin1String("String"))
            theirTags.append(e.value);
    }
    for (const RecordedElement& e : run.rec.elements) {
        if (e.name == QLatin1String("TagName") || e.name == QLatin1String("TagString"))
            ourTags.append(e.value);
    }
    QCOMPARE(ourTags, theirTags);
}

void TestMatroskaFiles::againstFfprobe_data() {
    addFiles();
}

void TestMatroskaFiles::againstFfprobe() {
    QFETCH(QString, path);
    const InspectRun run = inspectBytes(readFile(path), wholeChunks());
    QVERIFY2(run.ok, qPrintable(run.error.toString()));
    const ProbeResult probe = runFfprobe(path);
    QVERIFY2(probe.error.isEmpty(), qPrintable(probe.error));
    QCOMPARE(run.rec.tracks.size(), probe.streams.size());
    for (qsizetype s = 0; s < probe.streams.size(); ++s) {
        const TrackInfo& track = run.rec.tracks[s];
        const ProbeStream& stream = probe.streams[s];
        QCOMPARE(track.type, stream.codecType);
        QCOMPARE(QStringLiteral("%1/%2").arg(track.timeBaseNum).arg(track.timeBaseDen),
                 stream.timeBase);
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
            const QString where = QStringLiteral("track %1 frame %2").arg(track.number).arg(i);
            QVERIFY2(qint64(ours[i]->size) == theirs[i]->size, qPrintable(where));
            QVERIFY2(ours[i]->keyframe == theirs[i]->keyframe, qPrintable(where));
            if (theirs[i]->hasPts)
                QVERIFY2(
                    ours[i]->pts == theirs[i]->pts,
                    qPrintable(
                        where +
                        QStringLiteral(": pts %1 vs %2").arg(ours[i]->pts).arg(theirs[i]->pts)));
        }
    }
}

void TestMatroskaFiles::chunkingDoesNotMatter_data() {
    addFiles();
}

void TestMatroskaFiles::chunkingDoesNotMatter() {
    QFETCH(QString, path);
    const QByteArray data = readFile(path);
    const InspectRun whole = inspectBytes(data, wholeChunks());
    QVERIFY(whole.ok);
    QCOMPARE(inspectBytes(data, byteChunks()).rec.log, whole.rec.log);
    for (quint32 seed : {1u, 2u, 3u})
        QCOMPARE(inspectBytes(data, randomChunks(seed, 70000)).rec.log, whole.rec.log);
    // Truncating the file anywhere gives an error at the end of the data, never a crash, and
    // reports the same events up to there whatever the chunking.
    for (qsizetype cut : {qsizetype(3), data.size() / 3, data.size() - 1}) {
        const QByteArray part = data.left(cut);
        const InspectRun a = inspectBytes(part, wholeChunks());
        const InspectRun b = inspectBytes(part, randomChunks(cut, 999));
        QVERIFY(!a.ok);
        QCOMPARE(qint64(a.error.offset), qint64(cut));
        QCOMPARE(b.rec.log, a.rec.log);
        QVERIFY(a.rec.balanced);
    }
}

void TestMatroskaFiles::codecPrivateOfTracks() {
    // The decoded codec private data agrees with ffprobe's stream description.
    for (const QString& row :
         {QStringLiteral("ffmpeg H.264+AAC"), QStringLiteral("ffmpeg H.265")}) {
        const QString path = m_files.value(row);
        const InspectRun run = inspectBytes(readFile(path), wholeChunks());
        QVERIFY(run.ok);
        const ProbeResult probe = runFfprobe(path);
        for (qsizetype s = 0; s < probe.streams.size(); ++s) {
            const CodecDetails& c = run.rec.tracks[s].codec;
            const ProbeStream& p = probe.streams[s];
            QVERIFY2(c.decoded(), qPrintable(c.error));
            QCOMPARE(c.codec, p.codecName);
            if (p.codecType == QLatin1String("video")) {
                QCOMPARE(c.width, p.width);
                QCOMPARE(c.height, p.height);
                QCOMPARE(c.levelIdc, p.level);
                QCOMPARE(c.profile, p.profile);
                const QStringList rate = p.rFrameRate.split(QLatin1Char('/'));
                QCOMPARE(c.frameRate, rate[0].toDouble() / rate[1].toDouble());
            } else {
                QCOMPARE(c.sampleRate, p.sampleRate);
                QCOMPARE(c.channels, p.channels);
                QCOMPARE(QStringLiteral("AAC ") + p.profile, c.profile);
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestMatroskaFiles)
#include "tst_matroska_files.moc"
