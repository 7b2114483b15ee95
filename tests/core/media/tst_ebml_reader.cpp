// The streaming EBML/Matroska reader on hand-built streams: unknown sizes, several documents,
// lacing, block groups, every kind of malformed input (with the byte offset of the error), and
// identical results for every chunking of the same bytes.
#include "tests/core/media/ebml_builder.h"
#include "tests/core/media/media_test_support.h"

#include <QTest>

using namespace kinescope;
using namespace kinescope::test;
using namespace kinescope::test::ebml;

namespace {

constexpr quint32 kSegment = 0x18538067, kInfo = 0x1549A966, kCluster = 0x1F43B675,
                  kTimestamp = 0xE7, kTags = 0x1254C367, kSimpleBlock = 0xA3, kBlockGroup = 0xA0,
                  kBlock = 0xA1;

QByteArray info() {
    return el(kInfo, uel(0x2AD7B1, 1000000));
}

int indexOf(const InspectRecorder& rec, const QString& name, int nth = 0) {
    for (int i = 0; i < rec.elements.size(); ++i) {
        if (rec.elements[i].name == name && nth-- == 0)
            return i;
    }
    return -1;
}

// Runs the same bytes whole, byte by byte and in random chunks; all must agree exactly.
InspectRun inspectAllWays(const QByteArray& data) {
    InspectRun whole = inspectBytes(data, wholeChunks());
    const InspectRun bytes = inspectBytes(data, byteChunks());
    const InspectRun random = inspectBytes(data, randomChunks(7, 4096));
    if (whole.rec.log != bytes.rec.log || whole.rec.log != random.rec.log)
        whole.rec.log.append(QStringLiteral("CHUNKING MISMATCH"));
    return whole;
}

} // namespace

class TestEbmlReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void unknownSizeSegmentAndClusters();
    void elementOutsideItsParentStaysInside();
    void severalDocuments();
    void lacing();
    void blockGroups();
    void errors_data();
    void errors();
    void stringsStopAtNul();
};

void TestEbmlReader::unknownSizeSegmentAndClusters() {
    const QByteArray head = header() + open(kSegment) + info() + tracks(2);
    const QByteArray c1 = open(kCluster) + uel(kTimestamp, 1000) + simpleBlock(1, 0, true, 10) +
                          simpleBlock(2, 5, true, 4) + simpleBlock(1, 40, false, 7);
    const QByteArray c2 = open(kCluster) + uel(kTimestamp, 1080) + simpleBlock(1, 0, false, 9);
    const QByteArray tg = tags(simpleTag("AWS_KINESISVIDEO_FRAGMENT_NUMBER", "123"));
    const QByteArray data = head + c1 + c2 + tg;

    const InspectRun run = inspectAllWays(data);
    QVERIFY2(run.ok, qPrintable(run.error.toString()));
    QVERIFY(!run.rec.log.contains(QStringLiteral("CHUNKING MISMATCH")));
    QVERIFY(run.rec.balanced);
    QCOMPARE(run.format, MediaContainer::Matroska);

    const int cluster1 = indexOf(run.rec, QStringLiteral("Cluster"), 0);
    const int cluster2 = indexOf(run.rec, QStringLiteral("Cluster"), 1);
    const int tagsIndex = indexOf(run.rec, QStringLiteral("Tags"));
    const int segment = indexOf(run.rec, QStringLiteral("Segment"));
    QVERIFY(cluster1 >= 0 && cluster2 >= 0 && tagsIndex >= 0 && segment >= 0);
    const RecordedElement& e1 = run.rec.elements[cluster1];
    QCOMPARE(e1.offset, quint64(head.size()));
    QVERIFY(e1.unknownSize);
    QCOMPARE(e1.dataSize, quint64(c1.size() - 12)); // closed by the next Cluster
    QCOMPARE(run.rec.elements[cluster2].dataSize, quint64(c2.size() - 12)); // closed by Tags
    QCOMPARE(run.rec.elements[cluster2].depth, 1);
    QCOMPARE(run.rec.elements[tagsIndex].depth, 1);
    QCOMPARE(run.rec.elements[tagsIndex].parent, segment);
    QCOMPARE(run.rec.elements[segment].dataSize, quint64(data.size() - header().size() - 12));

    QCOMPARE(run.rec.frames.size(), size_t(4));
    const qint64 pts[] = {1000, 1005, 1040, 1080};
    const quint32 sizes[] = {10, 4, 7, 9};
    const bool keys[] = {true, true, false, false};
    const qint64 durations[] = {40, 10, 40, 40};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(run.rec.frames[size_t(i)].pts, pts[i]);
        QCOMPARE(run.rec.frames[size_t(i)].size, sizes[i]);
        QCOMPARE(run.rec.frames[size_t(i)].keyframe, keys[i]);
        QCOMPARE(run.rec.frames[size_t(i)].duration, durations[i]);
        QVERIFY(!run.rec.frames[size_t(i)].hasDts);
    }
    // The first frame's payload follows its block's 4-byte header (1-byte track number).
    const int block = indexOf(run.rec, QStringLiteral("SimpleBlock"));
    QCOMPARE(run.rec.frames[0].offset,
             run.rec.elements[block].offset + run.rec.elements[block].headerSize + 4);
    QCOMPARE(run.rec.tracks.size(), 2);
    QCOMPARE(run.rec.tracks[0].defaultDurationNs, quint64(40000000));
    QCOMPARE(run.rec.tracks[0].timeBaseNum, qint64(1));
    QCOMPARE(run.rec.tracks[0].timeBaseDen, qint64(1000));
    QVERIFY(run.kvs);                      // it has an AWS_KINESISVIDEO_ tag
    QCOMPARE(run.rec.fragments.size(), 2); // one per cluster within the document
    QCOMPARE(run.rec.fragments[1].fragmentNumber, QStringLiteral("123"));
    QCOMPARE(run.rec.fragments[0].frameCount, 3u);
    QCOMPARE(run.rec.fragments[0].offset, quint64(0));
    QCOMPARE(run.rec.fragments[1].offset, quint64(head.size() + c1.size()));
    QCOMPARE(run.rec.fragments[1].bytes, quint64(c2.size() + tg.size()));
}

void TestEbmlReader::elementOutsideItsParentStaysInside() {
    // Tags close the unknown-size cluster; a block after them stays in the Segment and its
    // frame keeps the last cluster timestamp.
    const QByteArray data = header() + open(kSegment) + info() + tracks(1) + open(kCluster) +
                            uel(kTimestamp, 500) + simpleBlock(1, 0, true, 3) +
                            tags(simpleTag("A", "B")) + simpleBlock(1, 40, false, 5);
    const InspectRun run = inspectAllWays(data);
    QVERIFY2(run.ok, qPrintable(run.error.toString()));
    QVERIFY(!run.rec.log.contains(QStringLiteral("CHUNKING MISMATCH")));
    const int second = indexOf(run.rec, QStringLiteral("SimpleBlock"), 1);
    QCOMPARE(run.rec.elements[second].depth, 1);
    QCOMPARE(run.rec.elements[run.rec.elements[second].parent].name, QStringLiteral("Segment"));
    QCOMPARE(run.rec.frames.size(), size_t(2));
    QCOMPARE(run.rec.frames[1].pts, qint64(540));
}

void TestEbmlReader::severalDocuments() {
    auto doc = [](int timestamp, const char* number) {
        return header() + open(kSegment) + info() + tracks(1) +
               tags(simpleTag("AWS_KINESISVIDEO_FRAGMENT_NUMBER", number)) + open(kCluster) +
               uel(kTimestamp, quint64(timestamp)) + simpleBlock(1, 0, true, 20) +
               simpleBlock(1, 40, false, 10);
    };
    const QByteArray d1 = doc(1000, "91343852333181432392682062607743920146264312"),
                     d2 = doc(1080, "91343852333181432392682062607743920146264313"),
                     d3 = doc(1160, "91343852333181432392682062607743920146264314");
    const QByteArray data = d1 + d2 + d3;
    const InspectRun run = inspectAllWays(data);
    QVERIFY2(run.ok, qPrintable(run.error.toString()));
    QVERIFY(!run.rec.log.contains(QStringLiteral("CHUNKING MISMATCH")));
    QCOMPARE(run.documents, 3);
    QVERIFY(run.kvs);
    const int ebml2 = indexOf(run.rec, QStringLiteral("EBML"), 1);
    QCOMPARE(run.rec.elements[ebml2].depth, 0);
    QCOMPARE(run.rec.elements[ebml2].offset, quint64(d1.size()));
    const int segment1 = indexOf(run.rec, QStringLiteral("Segment"), 0);
    QCOMPARE(run.rec.elements[segment1].dataSize, quint64(d1.size() - header().size() - 12));
    QCOMPARE(run.rec.tracks.size(), 1); // the same track in every chunk is reported once
    QCOMPARE(run.rec.fragments.size(), 3);
    QCOMPARE(run.rec.fragments[1].offset, quint64(d1.size()));
    QCOMPARE(run.rec.fragments[1].bytes, quint64(d2.size()));
    QCOMPARE(run.rec.fragments[2].fragmentNumber,
             QStringLiteral("91343852333181432392682062607743920146264314"));
    QCOMPARE(run.rec.fragments[2].frameCount, 2u);
    QCOMPARE(run.rec.fragments[2].startMs.value_or(-1), qint64(1160));
    QCOMPARE(run.rec.fragments[2].durationMs.value_or(-1), qint64(80)); // 2 frames of 40 ms
}

void TestEbmlReader::lacing() {
    // Xiph: 3 frames of 300, 5 and 20 bytes (300 is written as 255 + 45).
    const QByteArray xiph =
        el(kSimpleBlock, blockPayload(2, 0, 0x80 | 0x02,
                                      QByteArray("\x02\xFF\x2D\x05", 4) + QByteArray(325, 'a')));
    // EBML: 4 frames of 100, 120, 90 and 50 bytes (first size, then signed differences).
    const QByteArray ebmlLaced =
        el(kSimpleBlock, blockPayload(2, 10, 0x80 | 0x06,
                                      QByteArray("\x03\xE4\xD3\xA1", 4) + QByteArray(360, 'b')));
    // Fixed: 4 frames of 25 bytes.
    const QByteArray fixed =
        el(kSimpleBlock,
           blockPayload(2, 20, 0x80 | 0x04, QByteArray("\x03", 1) + QByteArray(100, 'c')));
    const QByteArray head =
        header() + open(kSegment) + info() + tracks(2) + open(kCluster) + uel(kTimestamp, 0);
    const QByteArray data = head + xiph + ebmlLaced + fixed;
    const InspectRun run = inspectAllWays(data);
    QVERIFY2(run.ok, qPrintable(run.error.toString()));
    QVERIFY(!run.rec.log.contains(QStringLiteral("CHUNKING MISMATCH")));
    const std::vector<quint32> expectedSizes{300, 5, 20, 100, 120, 90, 50, 25, 25, 25, 25};
    QCOMPARE(run.rec.frames.size(), expectedSizes.size());
    for (size_t i = 0; i < expectedSizes.size(); ++i)
        QCOMPARE(run.rec.frames[i].size, expectedSizes[i]);
    // Payload offsets: back to back after each lace header; pts advance by the default
    // duration of track 2 (10 ms).
    const quint64 xiphData = quint64(head.size()) + 3 + 4 + 4;
    QCOMPARE(run.rec.frames[0].offset, xiphData);
    QCOMPARE(run.rec.frames[1].offset, xiphData + 300);
    QCOMPARE(run.rec.frames[2].offset, xiphData + 305);
    QCOMPARE(run.rec.frames[2].pts, qint64(20));
    QCOMPARE(run.rec.frames[3].pts, qint64(10));
    QCOMPARE(run.rec.frames[6].pts, qint64(40));
    QCOMPARE(run.rec.frames[10].pts, qint64(50));
    const int block = indexOf(run.rec, QStringLiteral("SimpleBlock"), 1);
    QVERIFY(run.rec.elements[block].value.contains(QStringLiteral("ebml lacing")));
}

void TestEbmlReader::blockGroups() {
    const QByteArray key =
        el(kBlockGroup, el(kBlock, blockPayload(1, 0, 0, QByteArray(8, 'k'))) + uel(0x9B, 45));
    const QByteArray delta =
        el(kBlockGroup, el(kBlock, blockPayload(1, 40, 0, QByteArray(6, 'd'))) +
                            el(0xFB, QByteArray("\xD8", 1)));
    const QByteArray data = header() + open(kSegment) + info() + tracks(1) + open(kCluster) +
                            uel(kTimestamp, 100) + key + delta;
    const InspectRun run = inspectAllWays(data);
    QVERIFY2(run.ok, qPrintable(run.error.toString()));
    QVERIFY(!run.rec.log.contains(QStringLiteral("CHUNKING MISMATCH")));
    QCOMPARE(run.rec.frames.size(), size_t(2));
    QVERIFY(run.rec.frames[0].keyframe);
    QCOMPARE(run.rec.frames[0].duration, qint64(45)); // BlockDuration wins over the default
    QVERIFY(!run.rec.frames[1].keyframe);             // it has a ReferenceBlock
    QCOMPARE(run.rec.frames[1].pts, qint64(140));
    const int reference = indexOf(run.rec, QStringLiteral("ReferenceBlock"));
    QCOMPARE(run.rec.elements[reference].value, QStringLiteral("-40"));
}

void TestEbmlReader::errors_data() {
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QString>("message");

    const QByteArray h = header();
    const qint64 hs = h.size();
    const QByteArray seg = open(kSegment);
    const qint64 body = hs + seg.size(); // where elements inside the segment start

    QTest::newRow("empty") << QByteArray() << qint64(0) << QStringLiteral("empty");
    QTest::newRow("not a container") << QByteArray("GIF89a\x01\x00\x01\x00", 10) << qint64(0)
                                     << QStringLiteral("not a Matroska (EBML) or MP4");
    QTest::newRow("truncated header")
        << h.left(20) << qint64(20) << QStringLiteral("ends at byte 20");
    QTest::newRow("invalid ID") << h + QByteArray("\x00\x81\x00", 3) << hs
                                << QStringLiteral("invalid element ID");
    QTest::newRow("reserved ID") << h + QByteArray("\xFF\x80", 2) << hs
                                 << QStringLiteral("reserved element ID");
    QTest::newRow("invalid size") << h + QByteArray("\xEC\x00", 2) << hs + 1
                                  << QStringLiteral("invalid size");
    QTest::newRow("child runs past parent")
        << h + id(kSegment) + size(5) + id(kInfo) + size(10) << hs + 5
        << QStringLiteral("runs past the end of its parent");
    QTest::newRow("unknown-size leaf")
        << h + seg + id(0x4489) + unknownSize() << body << QStringLiteral("unknown size");
    QTest::newRow("9-byte integer") << h + seg + el(kInfo, el(0x2AD7B1, QByteArray(9, '\1')))
                                    << body + 5 << QStringLiteral("invalid for a unsigned integer");
    QTest::newRow("3-byte float") << h + seg + el(kInfo, el(0x4489, QByteArray(3, '\1')))
                                  << body + 5 << QStringLiteral("invalid for a float");
    {
        // SimpleTag may nest in SimpleTag: 60 levels exceed the 48 the reader allows.
        QByteArray nested = el(0x67C8, sel(0x45A3, "x"));
        QList<int> payloadSizes;
        for (int i = 0; i < 60; ++i) {
            payloadSizes.prepend(int(nested.size()));
            nested = el(0x67C8, nested);
        }
        // Segment(0) Tags(1) Tag(2) SimpleTag(3)...: the one at depth 48 fails (k = 45).
        qint64 offset = body + id(kTags).size() + size(quint64(el(0x7373, nested).size())).size() +
                        id(0x7373).size() + size(quint64(nested.size())).size();
        for (int k = 0; k < 45; ++k)
            offset += 2 + size(quint64(payloadSizes[k])).size();
        QTest::newRow("nesting too deep") << h + seg + el(kTags, el(0x7373, nested)) << offset
                                          << QStringLiteral("nested deeper than 48");
    }
    const QByteArray cluster = open(kCluster) + uel(kTimestamp, 0);
    const qint64 inCluster = body + cluster.size();
    QTest::newRow("Xiph sizes exceed the block")
        << h + seg + cluster +
               el(kSimpleBlock,
                  blockPayload(1, 0, 0x82, QByteArray("\x01\xFF\x10", 3) + QByteArray(20, 'x')))
        << inCluster + 2 + 4 + 2 << QStringLiteral("Xiph lace sizes exceed");
    QTest::newRow("EBML lace size exceeds the block")
        << h + seg + cluster +
               el(kSimpleBlock,
                  blockPayload(1, 0, 0x86, QByteArray("\x01\xC0", 2) + QByteArray(10, 'x')))
        << inCluster + 2 + 4 + 1 << QStringLiteral("EBML lace size");
    QTest::newRow("uneven fixed lacing")
        << h + seg + cluster +
               el(kSimpleBlock,
                  blockPayload(1, 0, 0x84, QByteArray("\x03", 1) + QByteArray(10, 'x')))
        << inCluster + 2 + 4 + 1 << QStringLiteral("cannot be split");
    QTest::newRow("block header longer than the block")
        << h + seg + cluster + el(kSimpleBlock, QByteArray("\x40\x01\x00\x00", 4)) << inCluster + 2
        << QStringLiteral("ends inside its block header");
    QTest::newRow("huge Void") << h + seg + id(0xEC) + size(quint64(1) << 50, 8) +
                                      QByteArray(10, '\0')
                               << body + 9 + 10 << QStringLiteral("inside Void");
    QTest::newRow("huge CodecPrivate")
        << h + seg + id(0x63A2) + size(quint64(1) << 40, 8) + QByteArray("abc") << body + 10 + 3
        << QStringLiteral("inside CodecPrivate");
    QTest::newRow("known-size segment cut short")
        << h + id(kSegment) + size(1000) + info()
        << qint64((h + id(kSegment) + size(1000) + info()).size())
        << QStringLiteral("which declares 1000 data bytes");
}

void TestEbmlReader::errors() {
    QFETCH(QByteArray, data);
    QFETCH(qint64, offset);
    QFETCH(QString, message);
    const InspectRun whole = inspectBytes(data, wholeChunks());
    const InspectRun bytes = inspectBytes(data, byteChunks());
    QVERIFY(!whole.ok);
    QVERIFY2(whole.error.message.contains(message), qPrintable(whole.error.toString()));
    QCOMPARE(qint64(whole.error.offset), offset);
    QCOMPARE(bytes.rec.log, whole.rec.log); // same events and same error, byte by byte
    QVERIFY(whole.rec.balanced);
    for (const RecordedElement& e : whole.rec.elements)
        QVERIFY(e.depth >= 0);
}

void TestEbmlReader::stringsStopAtNul() {
    const QByteArray data =
        header() + open(kSegment) + el(kInfo, el(0x7BA9, QByteArray("Title\0\0\0", 8)));
    const InspectRun run = inspectBytes(data, wholeChunks());
    QVERIFY2(run.ok, qPrintable(run.error.toString()));
    QCOMPARE(run.rec.elements[indexOf(run.rec, QStringLiteral("Title"))].value,
             QStringLiteral("Title"));
}

QTEST_GUILESS_MAIN(TestEbmlReader)
#include "tst_ebml_reader.moc"
