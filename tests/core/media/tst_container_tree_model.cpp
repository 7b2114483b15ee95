// ElementTree and ContainerTreeModel: the tree holds exactly the elements the readers report,
// the model passes QAbstractItemModelTester, loads big child lists in batches, and finds
// elements by name or tag value.
#include "tests/core/media/ebml_builder.h"
#include "tests/core/media/media_test_support.h"

#include "core/media/container_inspector.h"
#include "core/media/element_tree.h"
#include "core/models/container_tree_model.h"
#include "core/models/fragment_table_model.h"
#include "core/models/frame_table_model.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace kinescope;
using namespace kinescope::test;
using namespace kinescope::test::ebml;

namespace {

std::shared_ptr<ElementTree> buildTree(const QByteArray& data, int maxNodes = 20'000'000) {
    ElementTreeBuilder builder(maxNodes);
    ContainerInspector inspector(builder);
    for (qsizetype pos = 0; pos < data.size(); pos += 4096)
        inspector.feed(
            QByteArrayView(data).sliced(pos, std::min<qsizetype>(4096, data.size() - pos)));
    inspector.finish();
    return builder.finish(inspector);
}

// A KVS-style chunk whose cluster holds 2500 blocks (more than two batches).
QByteArray bigCluster() {
    QByteArray blocks;
    for (int i = 0; i < 2500; ++i)
        blocks += simpleBlock(1, qint16(i % 30000), i % 30 == 0, 5 + i % 7);
    return header() + open(0x18538067) + el(0x1549A966, uel(0x2AD7B1, 1000000)) + tracks(1) +
           tags(simpleTag("AWS_KINESISVIDEO_FRAGMENT_NUMBER",
                          "91343852333181432392682062607743920146264312") +
                simpleTag("site", "warehouse 7")) +
           open(0x1F43B675) + uel(0xE7, 1000) + blocks;
}

} // namespace

class TestContainerTreeModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void treeMatchesTheReader();
    void modelTesterAndLazyLoading();
    void searchAndNavigate();
    void mp4Tree();
    void nodeCap();
    void fragmentAndFrameTables();
};

void TestContainerTreeModel::treeMatchesTheReader() {
    const QByteArray data = bigCluster();
    const auto tree = buildTree(data);
    const InspectRun run = inspectBytes(data, wholeChunks());
    QVERIFY(run.ok);
    QVERIFY(!tree->failed);
    QCOMPARE(tree->format(), MediaContainer::Matroska);
    QCOMPARE(tree->size(), run.rec.elements.size());
    for (int i = 0; i < tree->size(); ++i) {
        const ElementTree::Node& n = tree->node(i);
        const RecordedElement& e = run.rec.elements[i];
        QCOMPARE(n.offset, e.offset);
        QCOMPARE(n.dataSize, e.dataSize);
        QCOMPARE(n.headerSize, e.headerSize);
        QCOMPARE(n.parent, e.parent);
        QCOMPARE(tree->valueText(i), e.value);
        if (n.parent >= 0)
            QCOMPARE(tree->child(n.parent, n.row), i);
    }
    QCOMPARE(tree->childCount(-1), 2); // EBML, Segment
    QCOMPARE(tree->frames.size(), size_t(2500));
    QCOMPARE(tree->tracks.size(), 1);
    QVERIFY(tree->kvs);
    QCOMPARE(tree->fragments.size(), 1);
    QCOMPARE(tree->fragments[0].tag(QStringLiteral("site")), QStringLiteral("warehouse 7"));
}

void TestContainerTreeModel::modelTesterAndLazyLoading() {
    const auto tree = buildTree(bigCluster());
    ContainerTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTree(tree);
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex segment = model.index(1, 0);
    QCOMPARE(segment.data().toString(), QStringLiteral("Segment"));
    QVERIFY(model.hasChildren(segment));
    const int clusterRow = model.rowCount(segment) - 1;
    const QModelIndex cluster = model.index(clusterRow, 0, segment);
    QCOMPARE(cluster.data().toString(), QStringLiteral("Cluster"));
    QCOMPARE(model.parent(cluster), segment);

    // 2501 children (Timestamp + 2500 blocks), loaded 1000 at a time (the tester itself
    // already asked for one batch more while checking the model).
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    int rows = model.rowCount(cluster);
    QVERIFY(rows == 1000 || rows == 2000);
    while (model.canFetchMore(cluster)) {
        model.fetchMore(cluster);
        QCOMPARE(model.rowCount(cluster), std::min(rows + ContainerTreeModel::kBatchSize, 2501));
        rows = model.rowCount(cluster);
    }
    QCOMPARE(rows, 2501);
    QVERIFY(inserted.count() >= 1);
    ContainerTreeModel plain; // without a tester poking at it: exactly one batch at first
    plain.setTree(tree);
    const QModelIndex plainSegment = plain.index(1, 0);
    const QModelIndex plainCluster = plain.index(plain.rowCount(plainSegment) - 1, 0, plainSegment);
    QCOMPARE(plain.rowCount(plainCluster), ContainerTreeModel::kBatchSize);
    QVERIFY(plain.hasChildren(plainCluster));

    const QModelIndex last = model.index(2500, ContainerTreeModel::ValueColumn, cluster);
    const int node = last.data(ContainerTreeModel::NodeRole).toInt();
    QCOMPARE(last.data().toString(), tree->valueText(node));
    QVERIFY(last.data().toString().startsWith(QLatin1String("track 1")));
    const QModelIndex offset = last.siblingAtColumn(ContainerTreeModel::OffsetColumn);
    QCOMPARE(offset.data().toULongLong(), tree->node(node).offset);
    QCOMPARE(last.data(ContainerTreeModel::TotalSizeRole).toULongLong(),
             tree->node(node).totalSize());
    QVERIFY(model.index(0, ContainerTreeModel::DataSizeColumn, segment).isValid());
    QVERIFY(segment.siblingAtColumn(ContainerTreeModel::DataSizeColumn)
                .data()
                .toString()
                .contains(QLatin1String("unknown size")));

    model.setTree(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestContainerTreeModel::searchAndNavigate() {
    const auto tree = buildTree(bigCluster());
    ContainerTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTree(tree);

    const QList<int> byTag = tree->find(QStringLiteral("warehouse"));
    QCOMPARE(byTag.size(), 1);
    QCOMPARE(QLatin1String(tree->node(byTag[0]).name), QLatin1String("TagString"));
    const QList<int> byName = tree->find(QStringLiteral("simpletag"));
    QCOMPARE(byName.size(), 2);
    QCOMPARE(tree->find(QStringLiteral("0xA3")).size(), 2500);

    // The last block sits in the third batch: navigating to it loads what is needed.
    const int lastBlock = tree->find(QStringLiteral("SimpleBlock")).last();
    const QModelIndex index = model.indexForNode(lastBlock);
    QVERIFY(index.isValid());
    QCOMPARE(index.data(ContainerTreeModel::NodeRole).toInt(), lastBlock);
    QCOMPARE(model.rowCount(index.parent()), 2501);
}

void TestContainerTreeModel::mp4Tree() {
    MediaDir dir;
    const QString path =
        dir.ffmpeg(QStringLiteral("f.mp4"),
                   testVideoInput(160, 120, 10, 1) +
                       QStringList{"-c:v", "libx264", "-movflags", "+frag_keyframe+empty_moov"});
    QVERIFY2(!path.isEmpty(), qPrintable(dir.lastError()));
    const auto tree = buildTree(readFile(path));
    QVERIFY(!tree->failed);
    QCOMPARE(tree->format(), MediaContainer::Mp4);
    ContainerTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTree(tree);
    QCOMPARE(model.index(0, ContainerTreeModel::IdColumn).data().toString(),
             QStringLiteral("ftyp"));
    const QList<int> truns = tree->find(QStringLiteral("trun"));
    QVERIFY(!truns.isEmpty());
    QVERIFY(tree->valueText(truns.first()).contains(QLatin1String("entryCount=")));
    QCOMPARE(tree->fragments.size(), truns.size());
}

void TestContainerTreeModel::nodeCap() {
    const auto tree = buildTree(bigCluster(), 100);
    QCOMPARE(tree->size(), 100);
    QVERIFY(tree->truncated());
    QCOMPARE(tree->frames.size(), size_t(2500)); // frames are still all there
    ContainerTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTree(tree);
    QVERIFY(model.rowCount() > 0);
}

void TestContainerTreeModel::fragmentAndFrameTables() {
    // Two KVS chunks: the fragment table shows both with their tags; the frame table every
    // frame, or only keyframes.
    auto chunk = [](const char* number, int timestamp) {
        QByteArray blocks;
        for (int i = 0; i < 30; ++i)
            blocks += simpleBlock(1, qint16(i * 40), i % 10 == 0, 100 + i);
        return header() + open(0x18538067) + el(0x1549A966, uel(0x2AD7B1, 1000000)) + tracks(1) +
               tags(simpleTag("AWS_KINESISVIDEO_FRAGMENT_NUMBER", number) +
                    simpleTag("AWS_KINESISVIDEO_SERVER_TIMESTAMP", "1700000000.250") +
                    simpleTag("AWS_KINESISVIDEO_PRODUCER_TIMESTAMP", "1700000000.000")) +
               open(0x1F43B675) + uel(0xE7, quint64(timestamp)) + blocks;
    };
    const auto tree = buildTree(chunk("7001", 1000) + chunk("7002", 2200));
    QCOMPARE(tree->fragments.size(), 2);

    FragmentTableModel fragments;
    QAbstractItemModelTester fragmentTester(&fragments,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    fragments.setTree(tree);
    QCOMPARE(fragments.rowCount(), 2);
    QCOMPARE(fragments.index(1, FragmentTableModel::NumberColumn).data().toString(),
             QStringLiteral("7002"));
    QCOMPARE(fragments.index(0, FragmentTableModel::ServerTimeColumn).data().toString(),
             QStringLiteral("2023-11-14T22:13:20.250Z"));
    QCOMPARE(fragments.index(0, FragmentTableModel::FramesColumn).data().toInt(), 30);
    QCOMPARE(fragments.index(0, FragmentTableModel::KeyframeColumn).data().toInt(), 0);
    QCOMPARE(fragments.index(0, FragmentTableModel::DurationColumn).data().toLongLong(),
             qint64(1200));
    QVERIFY(fragments.index(0, FragmentTableModel::TagsColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("AWS_KINESISVIDEO_FRAGMENT_NUMBER = 7001")));
    QCOMPARE(fragments.index(1, 0).data(FragmentTableModel::OffsetRole).toULongLong(),
             tree->fragments[1].offset);

    FrameTableModel frames;
    QAbstractItemModelTester frameTester(&frames,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    frames.setTree(tree);
    QCOMPARE(frames.rowCount(), 60);
    QCOMPARE(frames.index(31, FrameTableModel::PtsColumn).data().toLongLong(), qint64(2240));
    QCOMPARE(frames.index(31, FrameTableModel::TimeColumn).data().toString(),
             QStringLiteral("2.240"));
    QCOMPARE(frames.index(31, FrameTableModel::SizeColumn).data().toUInt(), 101u);
    QVERIFY(!frames.index(31, FrameTableModel::DtsColumn).data().isValid()); // Matroska: no dts
    frames.setTree(tree, true);
    QCOMPARE(frames.rowCount(), 6);
    QCOMPARE(frames.index(3, FrameTableModel::PtsColumn).data().toLongLong(), qint64(2200));
    QCOMPARE(frames.index(3, FrameTableModel::KeyframeColumn).data().toString(),
             QStringLiteral("key"));
}

QTEST_GUILESS_MAIN(TestContainerTreeModel)
#include "tst_container_tree_model.moc"
