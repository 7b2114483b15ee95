// kinescope-cli inspect as a user runs it: a real process on files made by ffmpeg, mkvmerge
// and the KVS stream writer; the JSON document's shape and content, the text output, stdin,
// and the exit codes (0 ok, 1 unreadable/corrupt with the byte offset, 2 usage).
#include "tests/core/media/ebml_builder.h"
#include "tests/core/media/kvs_stream_writer.h"
#include "tests/core/media/media_test_support.h"
#include "tests/support/test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <functional>

using namespace kinescope;
using namespace kinescope::test;

namespace {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

CliRun runCli(const QStringList& args, const QByteArray& input = {}) {
    QProcess process;
    process.start(binaryDir() + QStringLiteral("/bin/kinescope-cli"), args);
    CliRun run;
    if (!process.waitForStarted(30000))
        return run;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        process.kill();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

int countElements(const QJsonArray& nodes, const QString& name) {
    int count = 0;
    for (const QJsonValue& v : nodes) {
        const QJsonObject o = v.toObject();
        count += o.value(QStringLiteral("name")).toString() == name;
        count += countElements(o.value(QStringLiteral("children")).toArray(), name);
    }
    return count;
}

} // namespace

class TestCliInspect : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matroskaJson();
    void kvsStreamJson();
    void mp4Json();
    void tableOutput();
    void standardInput();
    void invalidUtf8StaysValidJson();
    void exitCodes_data();
    void exitCodes();

private:
    MediaDir m_dir;
    QString m_mkv;
    QString m_mp4;
    QString m_kvs;
    QList<WrittenFragment> m_written;
};

void TestCliInspect::initTestCase() {
    m_mkv = m_dir.ffmpeg(
        QStringLiteral("clip.mkv"),
        testVideoInput(320, 240, 30, 2) + testAudioInput(48000, 2) +
            QStringList{"-c:v", "libx264", "-g", "30", "-sc_threshold", "0", "-c:a", "aac"});
    QVERIFY2(!m_mkv.isEmpty(), qPrintable(m_dir.lastError()));
    m_mp4 = m_dir.ffmpeg(QStringLiteral("clip.mp4"), {"-i", m_mkv, "-c", "copy"});
    QVERIFY(!m_mp4.isEmpty());
    SourceMedia media;
    QString error;
    QVERIFY2(readSourceMedia(m_mkv, &media, &error), qPrintable(error));
    KvsStreamOptions options;
    options.customTags = {{QStringLiteral("camera"), QStringLiteral("dock-3")}};
    m_kvs = m_dir.path(QStringLiteral("getmedia.mkv"));
    QFile file(m_kvs);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY2(writeKvsStream(media, options, file, &m_written, &error), qPrintable(error));
}

void TestCliInspect::matroskaJson() {
    const CliRun run = runCli({"--output", "json", "inspect", m_mkv, "--frames"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QJsonParseError parseError;
    const QJsonObject doc = QJsonDocument::fromJson(run.out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    QCOMPARE(doc.value(QStringLiteral("format")).toString(), QStringLiteral("matroska"));

    const QJsonArray tree = doc.value(QStringLiteral("tree")).toArray();
    QCOMPARE(tree.size(), 2);
    const QJsonObject ebml = tree[0].toObject();
    QCOMPARE(ebml.value(QStringLiteral("id")).toString(), QStringLiteral("0x1A45DFA3"));
    QCOMPARE(ebml.value(QStringLiteral("name")).toString(), QStringLiteral("EBML"));
    QCOMPARE(ebml.value(QStringLiteral("offset")).toInteger(), qint64(0));
    QVERIFY(ebml.contains(QStringLiteral("headerSize")) &&
            ebml.contains(QStringLiteral("dataSize")));
    const QJsonObject docType = ebml.value(QStringLiteral("children")).toArray()[4].toObject();
    QCOMPARE(docType.value(QStringLiteral("name")).toString(), QStringLiteral("DocType"));
    QCOMPARE(docType.value(QStringLiteral("value")).toString(), QStringLiteral("matroska"));

    // As many SimpleBlocks and frames as ffprobe has packets; same element count as mkvinfo.
    const ProbeResult probe = runFfprobe(m_mkv);
    const QJsonArray frames = doc.value(QStringLiteral("frames")).toArray();
    QCOMPARE(frames.size(), probe.packets.size());
    QCOMPARE(countElements(tree, QStringLiteral("SimpleBlock")), int(probe.packets.size()));
    const QJsonObject frame = frames[0].toObject();
    for (const char* key : {"track", "pts", "dts", "keyframe", "size", "offset"})
        QVERIFY2(frame.contains(QLatin1String(key)), key);
    int total = 0;
    for (const QString& name :
         {QStringLiteral("Cluster"), QStringLiteral("SimpleBlock"), QStringLiteral("Tracks")})
        total += countElements(tree, name);
    QVERIFY(total > 0);

    const QJsonArray tracks = doc.value(QStringLiteral("tracks")).toArray();
    QCOMPARE(tracks.size(), 2);
    const QJsonObject video = tracks[0].toObject();
    QCOMPARE(video.value(QStringLiteral("codecId")).toString(), QStringLiteral("V_MPEG4/ISO/AVC"));
    const QJsonObject decoded = video.value(QStringLiteral("codecPrivateDecoded")).toObject();
    QCOMPARE(decoded.value(QStringLiteral("width")).toInt(), 320);
    QCOMPARE(decoded.value(QStringLiteral("profile")).toString(), probe.streams[0].profile);
    QCOMPARE(decoded.value(QStringLiteral("frameRate")).toDouble(), 30.0);
    QCOMPARE(tracks[1]
                 .toObject()
                 .value(QStringLiteral("codecPrivateDecoded"))
                 .toObject()
                 .value(QStringLiteral("sampleRate"))
                 .toInt(),
             48000);
    QVERIFY(doc.value(QStringLiteral("fragments")).toArray().isEmpty()); // not a KVS stream

    // Without --frames there is no frames array.
    QVERIFY(
        !runCli({"--output", "json", "inspect", m_mkv}).json().contains(QStringLiteral("frames")));
}

void TestCliInspect::kvsStreamJson() {
    const CliRun run = runCli({"inspect", "--output=json", m_kvs});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject doc = run.json();
    QCOMPARE(doc.value(QStringLiteral("documents")).toInt(), m_written.size());
    QVERIFY(doc.value(QStringLiteral("kvs")).toBool());
    const QJsonArray fragments = doc.value(QStringLiteral("fragments")).toArray();
    QCOMPARE(fragments.size(), m_written.size());
    for (qsizetype i = 0; i < m_written.size(); ++i) {
        const QJsonObject f = fragments[i].toObject();
        const QJsonObject tags = f.value(QStringLiteral("tags")).toObject();
        QCOMPARE(tags.size(), m_written[i].tags.size());
        for (const auto& tag : m_written[i].tags)
            QCOMPARE(tags.value(tag.first).toString(), tag.second);
        QCOMPARE(tags.value(QStringLiteral("AWS_KINESISVIDEO_FRAGMENT_NUMBER")).toString(),
                 m_written[i].fragmentNumber);
        QCOMPARE(f.value(QStringLiteral("fragmentNumber")).toString(), m_written[i].fragmentNumber);
        QCOMPARE(f.value(QStringLiteral("serverTimestampMs")).toInteger(), m_written[i].serverMs);
        QCOMPARE(f.value(QStringLiteral("producerTimestampMs")).toInteger(),
                 m_written[i].producerMs);
        QCOMPARE(f.value(QStringLiteral("frameCount")).toInt(), m_written[i].frames);
        QCOMPARE(f.value(QStringLiteral("bytes")).toInteger(), m_written[i].bytes);
        QCOMPARE(f.value(QStringLiteral("keyframeIndex")).toInt(), m_written[i].keyframeIndex);
        QVERIFY(f.value(QStringLiteral("durationMs")).toInteger() > 0);
    }
}

void TestCliInspect::mp4Json() {
    const CliRun run = runCli({"--output", "json", "inspect", "--frames", m_mp4});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject doc = run.json();
    QCOMPARE(doc.value(QStringLiteral("format")).toString(), QStringLiteral("mp4"));
    const QJsonArray tree = doc.value(QStringLiteral("tree")).toArray();
    QCOMPARE(tree[0].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("ftyp"));
    QCOMPARE(tree[0]
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toObject()
                 .value(QStringLiteral("majorBrand"))
                 .toString(),
             QStringLiteral("isom"));
    QCOMPARE(countElements(tree, QStringLiteral("Track")), 2);
    // Boxes with members and children carry both (sample entries: the picture size).
    std::function<QJsonObject(const QJsonArray&, const QString&)> findBox =
        [&findBox](const QJsonArray& nodes, const QString& id) -> QJsonObject {
        for (const QJsonValue& v : nodes) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("id")).toString() == id)
                return o;
            const QJsonObject inner = findBox(o.value(QStringLiteral("children")).toArray(), id);
            if (!inner.isEmpty())
                return inner;
        }
        return {};
    };
    const QJsonObject avc1 = findBox(tree, QStringLiteral("avc1"));
    QCOMPARE(avc1.value(QStringLiteral("value")).toObject().value(QStringLiteral("width")).toInt(),
             320);
    QCOMPARE(avc1.value(QStringLiteral("children"))
                 .toArray()[0]
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toString(),
             QStringLiteral("avcC"));
    QCOMPARE(findBox(tree, QStringLiteral("stsd"))
                 .value(QStringLiteral("value"))
                 .toObject()
                 .value(QStringLiteral("entryCount"))
                 .toInt(),
             1);
    const ProbeResult probe = runFfprobe(m_mp4);
    const QJsonArray frames = doc.value(QStringLiteral("frames")).toArray();
    QCOMPARE(frames.size(), probe.packets.size());
    QVERIFY(!frames[0].toObject().value(QStringLiteral("dts")).isNull()); // MP4 has decode times
}

void TestCliInspect::tableOutput() {
    const CliRun run = runCli({"--output", "table", "inspect", m_kvs, "--frames"});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY(text.startsWith(QLatin1String("+ EBML [0x1A45DFA3] at 0 header 5 size")));
    QVERIFY(text.contains(QLatin1String("|+ Cluster [0x1F43B675] at ")));
    QVERIFY(text.contains(QLatin1String("(KVS stream)")));
    QVERIFY(text.contains(QLatin1String("\nTracks:\n")));
    QVERIFY(text.contains(QLatin1String("h264 High")));
    QVERIFY(text.contains(QLatin1String("\nFragments:\n")));
    QVERIFY(text.contains(m_written.last().fragmentNumber));
    QVERIFY(text.contains(QLatin1String("\nFrames:\n")));
}

void TestCliInspect::standardInput() {
    const CliRun fromFile = runCli({"--output", "json", "inspect", m_kvs});
    const CliRun fromStdin = runCli({"--output", "json", "inspect", "-"}, readFile(m_kvs));
    QCOMPARE(fromStdin.exitCode, 0);
    QCOMPARE(fromStdin.out, fromFile.out);
}

void TestCliInspect::invalidUtf8StaysValidJson() {
    using namespace kinescope::test::ebml;
    const QByteArray data =
        header() + open(0x18538067) +
        tags(simpleTag("AWS_KINESISVIDEO_FRAGMENT_NUMBER", "1") +
             simpleTag("bad\xff\xfe", "quote \" backslash \\ tab \t \x01 \xc3\xa9"));
    const QString path = m_dir.write(QStringLiteral("utf8.mkv"), data);
    const CliRun run = runCli({"--output", "json", "inspect", path});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError parseError;
    const QJsonObject doc = QJsonDocument::fromJson(run.out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
    const QJsonObject tags = doc.value(QStringLiteral("fragments"))
                                 .toArray()[0]
                                 .toObject()
                                 .value(QStringLiteral("tags"))
                                 .toObject();
    QCOMPARE(tags.value(QStringLiteral("bad\uFFFD\uFFFD")).toString(),
             QStringLiteral("quote \" backslash \\ tab \t \x01 \u00e9"));
}

void TestCliInspect::exitCodes_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("no file") << QStringList{"inspect"} << 2
                             << QStringLiteral("inspect needs a FILE");
    QTest::newRow("two files") << QStringList{"inspect", "a.mkv", "b.mkv"} << 2
                               << QStringLiteral("one FILE");
    QTest::newRow("unknown option")
        << QStringList{"inspect", "--bogus", "a.mkv"} << 2 << QStringLiteral("bogus");
    QTest::newRow("missing file") << QStringList{"inspect", "/nonexistent/x.mkv"} << 1
                                  << QStringLiteral("cannot open");
}

void TestCliInspect::exitCodes() {
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const CliRun run = runCli(args);
    QCOMPARE(run.exitCode, code);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());

    if (QTest::currentDataTag() != QLatin1String("missing file"))
        return;
    // Not Matroska or MP4: exit 1, the offset in the message.
    const QString text = m_dir.write(QStringLiteral("notes.txt"), "just some text, not a video\n");
    const CliRun notMedia = runCli({"--output", "json", "inspect", text});
    QCOMPARE(notMedia.exitCode, 1);
    QVERIFY2(notMedia.err.contains("not readable as Matroska or MP4: at byte offset 0"),
             notMedia.err.constData());
    QCOMPARE(notMedia.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("offset"))
                 .toInt(),
             0);
    // Truncated: exit 1, the offset where the data ends; what was read is still printed.
    const QByteArray whole = readFile(m_mkv);
    const QString cut = m_dir.write(QStringLiteral("cut.mkv"), whole.left(whole.size() / 2));
    const CliRun truncated = runCli({"--output", "json", "inspect", cut, "--frames"});
    QCOMPARE(truncated.exitCode, 1);
    QVERIFY2(
        truncated.err.contains(QStringLiteral("at byte offset %1").arg(whole.size() / 2).toUtf8()),
        truncated.err.constData());
    const QJsonObject doc = truncated.json();
    QCOMPARE(
        doc.value(QStringLiteral("error")).toObject().value(QStringLiteral("offset")).toInteger(),
        qint64(whole.size() / 2));
    QVERIFY(!doc.value(QStringLiteral("frames")).toArray().isEmpty());
    QCOMPARE(doc.value(QStringLiteral("tracks")).toArray().size(), 2);
}

QTEST_GUILESS_MAIN(TestCliInspect)
#include "tst_cli_inspect.moc"
