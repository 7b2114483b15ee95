// KVS GetMedia / GetMediaForFragmentList-style streams: several complete Matroska documents in
// a row, each with AWS_KINESISVIDEO_* tags. Made two independent ways — mkvmerge with
// --global-tags per chunk, concatenated; and the test kit's writer (unknown-size Segment and
// Cluster like KVS, tags before and after the cluster, custom metadata, an error chunk) —
// and checked chunk by chunk against what was written, mkvinfo and ffprobe.
#include "tests/core/media/kvs_stream_writer.h"
#include "tests/core/media/media_test_support.h"

#include "core/media/fragment_builder.h"

#include <QBuffer>
#include <QFileInfo>
#include <QTest>

using namespace kinescope;
using namespace kinescope::test;

namespace {

QByteArray tagsXml(const QList<QPair<QString, QString>>& tags) {
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Tags><Tag>";
    for (const auto& tag : tags)
        xml += "<Simple><Name>" + tag.first.toUtf8() + "</Name><String>" + tag.second.toUtf8() +
               "</String></Simple>";
    return xml + "</Tag></Tags>\n";
}

int packetCount(const QString& path) {
    return int(runFfprobe(path).packets.size());
}

QList<QPair<QString, QString>> mkvinfoTags(const QString& path) {
    QList<QPair<QString, QString>> tags;
    const MkvinfoDump dump = runMkvinfo(path);
    for (const MkvinfoElement& e : dump.elements) {
        if (e.name == QLatin1String("Name"))
            tags.append({e.value, QString()});
        else if (e.name == QLatin1String("String") && !tags.isEmpty())
            tags.last().second = e.value;
    }
    return tags;
}

} // namespace

class TestKvsStreams : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void timestampTags_data();
    void timestampTags();
    void mkvmergeChunks();
    void getMediaStream();
    void getMediaForFragmentListNames();
    void singleDocumentWithTags();

private:
    MediaDir m_dir;
    QString m_source;
    SourceMedia m_media;
};

void TestKvsStreams::initTestCase() {
    // 4 s, a keyframe every second: four fragments.
    m_source = m_dir.ffmpeg(QStringLiteral("source.mkv"),
                            testVideoInput(320, 240, 30, 4) + testAudioInput(48000, 4) +
                                QStringList{"-c:v", "libx264", "-g", "30", "-sc_threshold", "0",
                                            "-bf", "0", "-c:a", "aac", "-b:a", "64k"});
    QVERIFY2(!m_source.isEmpty(), qPrintable(m_dir.lastError()));
    QString error;
    QVERIFY2(readSourceMedia(m_source, &m_media, &error), qPrintable(error));
}

void TestKvsStreams::timestampTags_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("millis") << QStringLiteral("1567037839.151") << qint64(1567037839151);
    QTest::newRow("seconds") << QStringLiteral("1567037839") << qint64(1567037839000);
    QTest::newRow("one decimal") << QStringLiteral("1567037839.1") << qint64(1567037839100);
    QTest::newRow("micros round up") << QStringLiteral("1567037839.1514") << qint64(1567037839152);
    QTest::newRow("trailing zeros") << QStringLiteral("1567037839.151000") << qint64(1567037839151);
    QTest::newRow("spaces") << QStringLiteral(" 1567037839.151 ") << qint64(1567037839151);
    QTest::newRow("garbage") << QStringLiteral("15670x") << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("negative") << QStringLiteral("-5.0") << qint64(-1);
}

void TestKvsStreams::timestampTags() {
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    QCOMPARE(parseKvsTimestampMs(text).value_or(-1), ms);
}

void TestKvsStreams::mkvmergeChunks() {
    // Split at every keyframe, give every part its own KVS tags, concatenate.
    QVERIFY(
        !m_dir.mkvmerge(QStringLiteral("part.mkv"), {"--split", "timestamps:1s,2s,3s", m_source})
             .isEmpty());
    QByteArray stream;
    QList<QList<QPair<QString, QString>>> written;
    QStringList chunks;
    for (int i = 1; i <= 4; ++i) {
        const qint64 producer = 1700000000000 + (i - 1) * 1000;
        const QList<QPair<QString, QString>> tags{
            {QStringLiteral("AWS_KINESISVIDEO_FRAGMENT_NUMBER"),
             QStringLiteral("913438523331814323926820626077439201462643120%1").arg(i)},
            {QStringLiteral("AWS_KINESISVIDEO_SERVER_TIMESTAMP"), kvsTimestampText(producer + 300)},
            {QStringLiteral("AWS_KINESISVIDEO_PRODUCER_TIMESTAMP"), kvsTimestampText(producer)},
            {QStringLiteral("camera"), QStringLiteral("door-%1").arg(i)}};
        const QString xml = m_dir.write(QStringLiteral("tags%1.xml").arg(i), tagsXml(tags));
        const QString chunk = m_dir.mkvmerge(
            QStringLiteral("chunk%1.mkv").arg(i),
            {"--global-tags", xml, m_dir.path(QStringLiteral("part-00%1.mkv").arg(i))});
        QVERIFY2(!chunk.isEmpty(), qPrintable(m_dir.lastError()));
        chunks.append(chunk);
        written.append(tags);
        stream += readFile(chunk);
    }
    const InspectRun run = inspectBytes(stream, randomChunks(5, 1 << 15));
    QVERIFY2(run.ok, qPrintable(run.error.toString()));
    QCOMPARE(run.documents, 4);
    QVERIFY(run.kvs);
    QCOMPARE(run.rec.fragments.size(), 4);
    qint64 offset = 0;
    for (int i = 0; i < 4; ++i) {
        const FragmentSummary& f = run.rec.fragments[i];
        const qint64 size = QFileInfo(chunks[i]).size();
        QCOMPARE(qint64(f.offset), offset);
        QCOMPARE(qint64(f.bytes), size);
        offset += size;
        // Every tag of the chunk, as mkvinfo lists them for the chunk file alone.
        QCOMPARE(f.tags, mkvinfoTags(chunks[i]));
        for (const auto& tag : written[i])
            QCOMPARE(f.tag(tag.first), tag.second);
        QCOMPARE(f.fragmentNumber, written[i][0].second);
        QCOMPARE(f.serverTimestampMs.value_or(-1), 1700000000000 + i * 1000 + 300);
        QCOMPARE(f.producerTimestampMs.value_or(-1), 1700000000000 + i * 1000);
        QCOMPARE(int(f.frameCount), packetCount(chunks[i]));
        // The keyframe position is the video keyframe's place among all frames of the chunk
        // (mkvmerge puts laced audio first), as ffprobe lists the chunk's packets.
        const ProbeResult probe = runFfprobe(chunks[i]);
        int keyIndex = -1;
        for (qsizetype p = 0; p < probe.packets.size() && keyIndex < 0; ++p) {
            if (probe.packets[p].codecType == QLatin1String("video") && probe.packets[p].keyframe)
                keyIndex = int(p);
        }
        QVERIFY(keyIndex >= 0);
        QCOMPARE(f.firstKeyframeIndex, keyIndex);
        QCOMPARE(f.keyframeCount, 1u);
    }
}

void TestKvsStreams::getMediaStream() {
    KvsStreamOptions options;
    options.repeat = 2;
    options.customTags = {{QStringLiteral("site"), QStringLiteral("warehouse 7")},
                          {QStringLiteral("temperature"), QStringLiteral("21.5")}};
    options.errorChunk = true;
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    QList<WrittenFragment> written;
    QString error;
    QVERIFY2(writeKvsStream(m_media, options, buffer, &written, &error), qPrintable(error));
    const QByteArray stream = buffer.data();
    QCOMPARE(written.size(), 9); // 2 × 4 fragments + the error chunk

    const InspectRun run = inspectBytes(stream, wholeChunks());
    QVERIFY2(run.ok, qPrintable(run.error.toString()));
    QCOMPARE(inspectBytes(stream, byteChunks()).rec.log, run.rec.log);
    QCOMPARE(inspectBytes(stream, randomChunks(3, 5000)).rec.log, run.rec.log);
    QCOMPARE(run.documents, written.size());
    QCOMPARE(run.rec.fragments.size(), written.size());
    QCOMPARE(run.rec.tracks.size(), 2); // repeated in every chunk, reported once

    // The Segment and Cluster of every chunk have an unknown size.
    int unknownClusters = 0;
    for (const RecordedElement& e : run.rec.elements) {
        if (e.name == QLatin1String("Segment") || e.name == QLatin1String("Cluster"))
            QVERIFY(e.unknownSize);
        unknownClusters += e.name == QLatin1String("Cluster");
    }
    QCOMPARE(unknownClusters, 8);

    for (qsizetype i = 0; i < written.size(); ++i) {
        const WrittenFragment& w = written[i];
        const FragmentSummary& f = run.rec.fragments[i];
        QCOMPARE(f.fragmentNumber, w.fragmentNumber);
        QCOMPARE(f.tags, w.tags); // before and after the cluster, custom ones included
        QCOMPARE(qint64(f.offset), w.offset);
        QCOMPARE(qint64(f.bytes), w.bytes);
        QCOMPARE(int(f.frameCount), w.frames);
        if (i == written.size() - 1) {
            QCOMPARE(f.errorCode, QStringLiteral("4000"));
            QCOMPARE(f.errorMessage, QStringLiteral("Requested fragment is not found"));
            QCOMPARE(f.frameCount, 0u);
            continue;
        }
        QCOMPARE(f.serverTimestampMs.value_or(-1), w.serverMs);
        QCOMPARE(f.producerTimestampMs.value_or(-1), w.producerMs);
        QCOMPARE(f.startMs.value_or(-1), w.firstPtsMs); // cluster timestamps are producer time
        // Durations: the frames' span; Matroska keeps whole milliseconds, so allow 2 ms.
        QVERIFY2(qAbs(f.durationMs.value_or(-1) - (w.endPtsMs - w.firstPtsMs)) <= 2,
                 qPrintable(QStringLiteral("%1 vs %2")
                                .arg(f.durationMs.value_or(-1))
                                .arg(w.endPtsMs - w.firstPtsMs)));
        QCOMPARE(f.firstKeyframeIndex, w.keyframeIndex);
        QCOMPARE(f.tag(QStringLiteral("AWS_KINESISVIDEO_CONTINUATION_TOKEN")),
                 written[i + 1].fragmentNumber);

        // Cut out on its own, the chunk is a file mkvinfo and ffprobe read: same tags, same
        // number of frames.
        const QString chunk =
            m_dir.write(QStringLiteral("gm%1.mkv").arg(i), stream.mid(f.offset, f.bytes));
        QCOMPARE(mkvinfoTags(chunk), w.tags);
        QCOMPARE(packetCount(chunk), w.frames);
    }
}

void TestKvsStreams::getMediaForFragmentListNames() {
    KvsStreamOptions options;
    options.getMediaForFragmentListNames = true;
    options.trailingTags = false;
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    QList<WrittenFragment> written;
    QString error;
    QVERIFY2(writeKvsStream(m_media, options, buffer, &written, &error), qPrintable(error));
    const InspectRun run = inspectBytes(buffer.data(), randomChunks(9, 300));
    QVERIFY2(run.ok, qPrintable(run.error.toString()));
    QCOMPARE(run.rec.fragments.size(), written.size());
    for (qsizetype i = 0; i < written.size(); ++i) {
        const FragmentSummary& f = run.rec.fragments[i];
        QVERIFY(!f.tag(QStringLiteral("AWS_KINESISVIDEO_SERVER_SIDE_TIMESTAMP")).isEmpty());
        QCOMPARE(f.serverTimestampMs.value_or(-1), written[i].serverMs);
        QCOMPARE(f.producerTimestampMs.value_or(-1), written[i].producerMs);
    }
}

void TestKvsStreams::singleDocumentWithTags() {
    // One document with known sizes and Tags before every cluster (the benchmark's layout):
    // mkvinfo and ffprobe read all of it, and every cluster becomes a fragment with its tags.
    KvsStreamOptions options;
    options.multiDocument = false;
    options.repeat = 3;
    const QString path = m_dir.path(QStringLiteral("single.mkv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QList<WrittenFragment> written;
    QString error;
    QVERIFY2(writeKvsStream(m_media, options, file, &written, &error), qPrintable(error));
    file.close();

    const InspectRun run = inspectBytes(readFile(path), randomChunks(4, 1 << 16));
    QVERIFY2(run.ok, qPrintable(run.error.toString()));
    QCOMPARE(run.documents, 1);
    QVERIFY(run.kvs);
    QCOMPARE(run.rec.fragments.size(), written.size());
    QList<QPair<QString, QString>> allTags;
    int frames = 0;
    for (qsizetype i = 0; i < written.size(); ++i) {
        QCOMPARE(run.rec.fragments[i].fragmentNumber, written[i].fragmentNumber);
        QCOMPARE(run.rec.fragments[i].tags, written[i].tags);
        QCOMPARE(int(run.rec.fragments[i].frameCount), written[i].frames);
        allTags += written[i].tags;
        frames += written[i].frames;
    }
    QCOMPARE(mkvinfoTags(path), allTags);
    QCOMPARE(packetCount(path), frames);
    QCOMPARE(int(run.rec.frames.size()), frames);
}

QTEST_GUILESS_MAIN(TestKvsStreams)
#include "tst_kvs_streams.moc"
