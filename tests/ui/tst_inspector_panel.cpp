// InspectorPanel on real files generated with ffmpeg: the tree, the hex view of the selected
// element, search, the frame table against ffprobe, the keyframe strip, errors with their byte
// offset, and the Fragments tab of a KVS GetMedia-style stream.
#include "tests/core/media/kvs_stream_writer.h"
#include "tests/core/media/media_test_support.h"

#include "core/models/container_tree_model.h"
#include "core/models/fragment_table_model.h"
#include "core/models/frame_table_model.h"
#include "ui/inspector/hex_view.h"
#include "ui/inspector/inspector_panel.h"
#include "ui/inspector/inspector_window.h"
#include "ui/inspector/keyframe_strip.h"
#include "ui/inspector/search_bar.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QCheckBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace kinescope;
using namespace kinescope::test;

namespace {

QStringList topLevelNames(ContainerTreeModel* model, int column = ContainerTreeModel::NameColumn) {
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, column).data().toString();
    return names;
}

QString currentName(InspectorPanel& panel) {
    return panel.treeView()->currentIndex().siblingAtColumn(0).data().toString();
}

// Inspects a file and waits for the result.
bool inspect(InspectorPanel& panel, const QString& path) {
    QSignalSpy finished(&panel, &InspectorPanel::inspectionFinished);
    panel.inspectFile(path);
    return finished.wait(60000) && !panel.isBusy();
}

} // namespace

class TestInspectorPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matroskaFile();
    void searchSelectsElements();
    void framesAndKeyframeStrip();
    void mp4File();
    void garbageAndTruncatedInput();
    void kvsStreamFragments();
    void windowTitle();

private:
    MediaDir m_dir;
    QString m_mkv;
    QString m_mp4;
};

void TestInspectorPanel::initTestCase() {
    const QStringList h264{"-c:v", "libx264", "-g", "30", "-bf", "0"};
    m_mkv = m_dir.ffmpeg(QStringLiteral("out.mkv"), testVideoInput(320, 240, 30, 2) + h264);
    QVERIFY2(!m_mkv.isEmpty(), qPrintable(m_dir.lastError()));
    m_mp4 = m_dir.ffmpeg(QStringLiteral("out.mp4"), testVideoInput(320, 240, 30, 2) +
                                                        testAudioInput(48000, 2) + h264 +
                                                        QStringList{"-c:a", "aac"});
    QVERIFY2(!m_mp4.isEmpty(), qPrintable(m_dir.lastError()));
}

void TestInspectorPanel::matroskaFile() {
    InspectorPanel panel;
    panel.resize(1200, 800);
    panel.show();
    QAbstractItemModelTester tester(panel.treeModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(inspect(panel, m_mkv));
    QVERIFY2(panel.errorText().isEmpty(), qPrintable(panel.errorText()));
    const QStringList names = topLevelNames(panel.treeModel());
    QCOMPARE(names, (QStringList{"EBML", "Segment"}));

    // Selecting an element shows exactly its bytes from the file, header first.
    const QByteArray file = readFile(m_mkv);
    for (int row = 0; row < 2; ++row) {
        const QModelIndex index = panel.treeModel()->index(row, 0);
        panel.treeView()->setCurrentIndex(index);
        const quint64 offset = index.data(ContainerTreeModel::OffsetRole).toULongLong();
        const quint64 total = index.data(ContainerTreeModel::TotalSizeRole).toULongLong();
        const qsizetype shown = qsizetype(std::min<quint64>(total, HexView::kMaxBytes));
        QCOMPARE(panel.hexView()->offset(), offset);
        QCOMPARE(panel.hexView()->bytes(), file.mid(qsizetype(offset), shown));
        QVERIFY(panel.hexView()->text().startsWith(
            HexView::formatLine(file.mid(qsizetype(offset), 16), 0, offset)));
    }
    // The Segment is larger than the cap: the note says so.
    QVERIFY(quint64(file.size()) > quint64(HexView::kMaxBytes));
    QVERIFY2(panel.hexView()->note().contains(QString::number(HexView::kMaxBytes)),
             qPrintable(panel.hexView()->note()));

    // Tracks tab: the decoded H.264 configuration.
    QVERIFY(!panel.tabs()->isTabVisible(panel.fragmentsTab()));
    QCOMPARE(panel.tree()->tracks.size(), 1);
    QVERIFY(panel.tree()->tracks.first().codec.decoded());
}

void TestInspectorPanel::searchSelectsElements() {
    InspectorPanel panel;
    panel.show();
    QVERIFY(inspect(panel, m_mkv));
    const QList<int> matches = panel.tree()->find(QStringLiteral("SimpleBlock"));
    QVERIFY(matches.size() > 2);

    // Typing and Enter: the first SimpleBlock, then the next one.
    QLineEdit* edit = panel.searchBar()->lineEdit();
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("SimpleBlock"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(currentName(panel), QStringLiteral("SimpleBlock"));
    const quint64 first =
        panel.treeView()->currentIndex().data(ContainerTreeModel::OffsetRole).toULongLong();
    QCOMPARE(first, panel.tree()->node(matches[0]).offset);
    QCOMPARE(panel.hexView()->offset(), first);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(panel.treeView()->currentIndex().data(ContainerTreeModel::OffsetRole).toULongLong(),
             panel.tree()->node(matches[1]).offset);
    QCOMPARE(panel.searchBar()->status(), QStringLiteral("2 of %1").arg(matches.size()));
    QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(panel.treeView()->currentIndex().data(ContainerTreeModel::OffsetRole).toULongLong(),
             first);

    // By tag/value text: the codec ID.
    QVERIFY(panel.findNext(QStringLiteral("V_MPEG4/ISO/AVC")));
    QCOMPARE(currentName(panel), QStringLiteral("CodecID"));
    QVERIFY(!panel.findNext(QStringLiteral("no such element anywhere")));
    QCOMPARE(panel.searchBar()->status(), QStringLiteral("No match"));
}

void TestInspectorPanel::framesAndKeyframeStrip() {
    const ProbeResult probe = runFfprobe(m_mkv);
    QVERIFY2(probe.error.isEmpty(), qPrintable(probe.error));
    const auto keyframes = std::count_if(probe.packets.begin(), probe.packets.end(),
                                         [](const ProbePacket& p) { return p.keyframe; });
    QCOMPARE(probe.packets.size(), 60);
    QCOMPARE(keyframes, 2);

    InspectorPanel panel;
    panel.resize(1200, 800);
    panel.show();
    QVERIFY(inspect(panel, m_mkv));
    QCOMPARE(panel.frameModel()->rowCount(), probe.packets.size());
    panel.keyframesOnlyBox()->setChecked(true);
    QCOMPARE(panel.frameModel()->rowCount(), int(keyframes));
    panel.keyframesOnlyBox()->setChecked(false);

    // Clicking the strip where frame 45 is drawn selects it: strip, frame table, tree, hex.
    KeyframeStrip* strip = panel.keyframeStrip();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(strip->axis(), KeyframeStrip::Axis::Time);
    const int target = 45;
    QVERIFY(!panel.tree()->frames[target].keyframe);
    QTest::mouseClick(strip, Qt::LeftButton, {}, QPoint(strip->xForFrame(target), 20));
    const int selected = strip->selectedFrame();
    QVERIFY(selected >= 0);
    QCOMPARE(strip->xForFrame(selected), strip->xForFrame(target));
    QCOMPARE(panel.frameView()->currentIndex().row(), selected);
    const FrameInfo& frame = panel.tree()->frames[size_t(selected)];
    QCOMPARE(currentName(panel), QStringLiteral("SimpleBlock"));
    const quint64 blockOffset = panel.hexView()->offset();
    QVERIFY(blockOffset < frame.offset);
    QVERIFY(frame.offset + frame.size <= blockOffset + quint64(panel.hexView()->bytes().size()));

    // A click on the keyframe at the start selects it.
    QTest::mouseClick(strip, Qt::LeftButton, {}, QPoint(strip->xForFrame(0), 20));
    QCOMPARE(strip->selectedFrame(), 0);
    QVERIFY(panel.tree()->frames[0].keyframe);

    // Selecting a row in the (keyframes only) table selects that frame in the strip.
    panel.keyframesOnlyBox()->setChecked(true);
    panel.frameView()->setCurrentIndex(panel.frameModel()->index(1, 0));
    QVERIFY(strip->selectedFrame() > 0);
    QVERIFY(panel.tree()->frames[size_t(strip->selectedFrame())].keyframe);
}

void TestInspectorPanel::mp4File() {
    const ProbeResult probe = runFfprobe(m_mp4);
    QVERIFY2(probe.error.isEmpty(), qPrintable(probe.error));
    InspectorPanel panel;
    panel.show();
    QVERIFY(inspect(panel, m_mp4));
    QVERIFY2(panel.errorText().isEmpty(), qPrintable(panel.errorText()));
    const QStringList names = topLevelNames(panel.treeModel(), ContainerTreeModel::IdColumn);
    QVERIFY2(names.contains("ftyp") && names.contains("moov") && names.contains("mdat"),
             qPrintable(names.join(',')));
    QCOMPARE(panel.frameModel()->rowCount(), probe.packets.size());
    QCOMPARE(panel.tree()->tracks.size(), 2);

    // The strip shows the video track only (every AAC frame is a "keyframe").
    KeyframeStrip* strip = panel.keyframeStrip();
    quint64 video = 0;
    for (const TrackInfo& t : panel.tree()->tracks) {
        if (t.type == QStringLiteral("video"))
            video = t.number;
    }
    QVERIFY(video != 0);
    QCOMPARE(strip->track(), video);
    int audioFrame = -1;
    for (size_t i = 0; i < panel.tree()->frames.size(); ++i) {
        if (panel.tree()->frames[i].track != video)
            audioFrame = int(i);
    }
    QVERIFY(audioFrame >= 0);
    QCOMPARE(strip->xForFrame(audioFrame), -1);
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTest::mouseClick(strip, Qt::LeftButton, {}, QPoint(strip->width() / 2, 20));
    QVERIFY(strip->selectedFrame() >= 0);
    QCOMPARE(quint64(panel.tree()->frames[size_t(strip->selectedFrame())].track), video);

    QVERIFY(panel.findNext(QStringLiteral("avcC")));
    QCOMPARE(panel.treeView()->currentIndex().siblingAtColumn(ContainerTreeModel::IdColumn).data(),
             QStringLiteral("avcC"));
    const QByteArray file = readFile(m_mp4);
    const quint64 offset = panel.hexView()->offset();
    QCOMPARE(panel.hexView()->bytes().mid(4, 4), QByteArray("avcC"));
    QCOMPARE(panel.hexView()->bytes(),
             file.mid(qsizetype(offset), panel.hexView()->bytes().size()));
}

void TestInspectorPanel::garbageAndTruncatedInput() {
    InspectorPanel panel;
    QSignalSpy finished(&panel, &InspectorPanel::inspectionFinished);
    panel.inspectData(QByteArray("this is not a media container at all, just text\n").repeated(4),
                      QStringLiteral("garbage"));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.last().at(0).toBool(), false);
    QVERIFY2(panel.errorText().contains(QStringLiteral("offset 0")), qPrintable(panel.errorText()));
    QCOMPARE(panel.treeModel()->rowCount(), 0);

    // A truncated file: the error has the offset where it stopped, the elements before stay.
    const QByteArray file = readFile(m_mkv);
    const QString cut = m_dir.write(QStringLiteral("cut.mkv"), file.left(file.size() / 2));
    QVERIFY(inspect(panel, cut));
    QCOMPARE(finished.last().at(0).toBool(), false);
    QVERIFY2(panel.errorText().contains(QString::number(panel.tree()->error.offset)),
             qPrintable(panel.errorText()));
    QCOMPARE(topLevelNames(panel.treeModel()), (QStringList{"EBML", "Segment"}));
    QVERIFY(panel.frameModel()->rowCount() > 0);
    QVERIFY(panel.frameModel()->rowCount() < 60);

    // A file that does not exist.
    QVERIFY(inspect(panel, m_dir.path(QStringLiteral("missing.mkv"))));
    QVERIFY2(panel.errorText().contains(QStringLiteral("missing.mkv")),
             qPrintable(panel.errorText()));
}

void TestInspectorPanel::kvsStreamFragments() {
    const QString source = m_dir.ffmpeg(
        QStringLiteral("source.mkv"),
        testVideoInput(320, 240, 30, 3) +
            QStringList{"-c:v", "libx264", "-g", "30", "-sc_threshold", "0", "-bf", "0"});
    QVERIFY2(!source.isEmpty(), qPrintable(m_dir.lastError()));
    SourceMedia media;
    QString error;
    QVERIFY2(readSourceMedia(source, &media, &error), qPrintable(error));
    KvsStreamOptions options;
    options.customTags = {{QStringLiteral("site"), QStringLiteral("warehouse 7")}};
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    QList<WrittenFragment> written;
    QVERIFY2(writeKvsStream(media, options, buffer, &written, &error), qPrintable(error));
    QCOMPARE(written.size(), 3);

    InspectorPanel panel;
    panel.show();
    QAbstractItemModelTester tester(panel.fragmentModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&panel, &InspectorPanel::inspectionFinished);
    panel.inspectData(buffer.data(), QStringLiteral("GetMedia"));
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(panel.errorText()));
    QVERIFY(panel.tabs()->isTabVisible(panel.fragmentsTab()));
    QCOMPARE(panel.fragmentModel()->rowCount(), written.size());
    for (int row = 0; row < written.size(); ++row) {
        const QModelIndex number =
            panel.fragmentModel()->index(row, FragmentTableModel::NumberColumn);
        QCOMPARE(number.data().toString(), written[row].fragmentNumber);
        const QString tags = panel.fragmentModel()
                                 ->index(row, FragmentTableModel::TagsColumn)
                                 .data(Qt::ToolTipRole)
                                 .toString();
        QVERIFY2(tags.contains(QStringLiteral("site = warehouse 7")), qPrintable(tags));
    }
    // Selecting a fragment lists its tags, as written.
    panel.fragmentView()->setCurrentIndex(panel.fragmentModel()->index(1, 0));
    QTreeWidget* tagView = panel.fragmentTagView();
    QHash<QString, QString> shown;
    for (int i = 0; i < tagView->topLevelItemCount(); ++i)
        shown.insert(tagView->topLevelItem(i)->text(0), tagView->topLevelItem(i)->text(1));
    for (const auto& tag : written[1].tags)
        QCOMPARE(shown.value(tag.first), tag.second);
    QCOMPARE(shown.value(QStringLiteral("AWS_KINESISVIDEO_FRAGMENT_NUMBER")),
             written[1].fragmentNumber);
    // Three EBML documents at the top, and a fragment row selects its document.
    QCOMPARE(topLevelNames(panel.treeModel()).count(QStringLiteral("Segment")), 3);
    panel.fragmentView()->setCurrentIndex(panel.fragmentModel()->index(2, 0));
    QCOMPARE(panel.hexView()->offset(), quint64(written[2].offset));
    // Search by tag value finds the SimpleTag's value.
    QVERIFY(panel.findNext(written[1].fragmentNumber));
    QCOMPARE(currentName(panel), QStringLiteral("TagString"));

    // Cancel: a long stream (the chunks repeated) stops early and keeps what was read.
    const QByteArray longStream = buffer.data().repeated(256);
    panel.inspectData(longStream, QStringLiteral("long"));
    QVERIFY(panel.isBusy());
    panel.cancel();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.last().at(0).toBool(), false);
    QVERIFY(!panel.isBusy());
    QVERIFY2(panel.errorText().startsWith(QStringLiteral("Canceled")),
             qPrintable(panel.errorText()));
    QVERIFY(panel.tree()->bytes < quint64(longStream.size()));

    // A new inspection supersedes a running one: only the latest result is shown.
    panel.inspectData(longStream, QStringLiteral("superseded"));
    panel.inspectData(buffer.data(), QStringLiteral("latest"));
    QVERIFY(finished.wait(60000));
    QCOMPARE(panel.title(), QStringLiteral("latest"));
    QCOMPARE(panel.fragmentModel()->rowCount(), written.size());
}

void TestInspectorPanel::windowTitle() {
    InspectorWindow window;
    QCOMPARE(window.windowTitle(), QStringLiteral("Kinescope — Inspector"));
    QSignalSpy finished(window.panel(), &InspectorPanel::inspectionFinished);
    window.panel()->inspectFile(m_mkv);
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("out.mkv")));
    QVERIFY(finished.wait(30000));
}

QTEST_MAIN(TestInspectorPanel)
#include "tst_inspector_panel.moc"
