// ThumbnailStrip with the real ThumbnailService against the in-process emulator (GetImages):
// thumbnails arrive for the visible window in time order, cells inside a recording gap are
// drawn as NO_MEDIA placeholders, a click moves the playhead, hovering tells the time.
#include "tests/ui/player_test_support.h"

#include "core/thumbnails/thumbnail_service.h"
#include "ui/thumbnails/thumbnail_strip.h"

#include <QTest>

using namespace kinescope;
using namespace kinescope::test;

class TestThumbnailStrip : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void thumbnailsAndGap();
    void followsVisibleRange();
};

void TestThumbnailStrip::thumbnailsAndGap() {
    EmulatorFixture emu;
    QVERIFY2(emu.ok(), qPrintable(emu.error()));
    QTemporaryDir cache;
    Workspace workspace;
    workspace.setCacheDir(cache.path());
    QString error;
    QVERIFY2(connectWorkspace(workspace, emu, &error), qPrintable(error));
    // front-door has a 4-minute gap 29 hours ago; show 2 minutes before to 4 minutes after it.
    const qint64 gapStart = emu.emulator().nowMs() - 29 * 3600LL * 1000;
    const TimeInterval window{gapStart - 120 * 1000, gapStart + 480 * 1000};
    QVERIFY(loadStream(workspace, QStringLiteral("front-door"), window.startMs, window.endMs));
    QList<TimeInterval> gaps;
    for (const TimeInterval& g :
         workspace.review()->index().gaps(1000, window.startMs, window.endMs))
        if (g.startMs > window.startMs && g.endMs < window.endMs)
            gaps << g;
    QCOMPARE(gaps.size(), 1);
    const TimeInterval gap = gaps.first();
    workspace.review()->setVisibleRange(window);

    ThumbnailService service(&workspace);
    ThumbnailStrip strip(&workspace, &service);
    strip.resize(1400, 90);
    strip.show();
    QVERIFY(QTest::qWaitForWindowExposed(&strip));
    QCOMPARE(strip.window(), window);
    const int n = strip.cellCount();
    QVERIFY(n >= 6);

    const auto loading = [&strip] {
        int count = 0;
        for (const ThumbnailStrip::Cell& c : strip.cells())
            count += c.state == ThumbnailStrip::CellState::Loading;
        return count;
    };
    QTRY_VERIFY_WITH_TIMEOUT(loading() == 0, 120000);

    const QList<ThumbnailStrip::Cell> cells = strip.cells();
    QCOMPARE(cells.size(), n);
    int images = 0;
    int noMedia = 0;
    for (int i = 0; i < n; ++i) {
        const ThumbnailStrip::Cell& c = cells[i];
        if (i > 0)
            QCOMPARE(c.span.startMs, cells[i - 1].span.endMs); // time order, no holes
        const bool inGap = c.span.startMs >= gap.startMs && c.span.endMs <= gap.endMs;
        const bool covered = c.span.endMs <= gap.startMs || c.span.startMs >= gap.endMs;
        if (inGap) {
            QVERIFY2(c.state == ThumbnailStrip::CellState::NoMedia,
                     qPrintable(QStringLiteral("cell %1 in the gap: state %2 %3")
                                    .arg(i)
                                    .arg(int(c.state))
                                    .arg(c.error)));
            ++noMedia;
        }
        if (covered) {
            QVERIFY2(c.state == ThumbnailStrip::CellState::Image,
                     qPrintable(QStringLiteral("cell %1 with footage: state %2 %3")
                                    .arg(i)
                                    .arg(int(c.state))
                                    .arg(c.error)));
            QVERIFY(!c.image.isNull());
            QVERIFY(c.imageMs >= c.span.startMs && c.imageMs < c.span.endMs);
            ++images;
        }
    }
    QVERIFY2(noMedia >= 1, "no cell lies inside the gap");
    QVERIFY(images >= 3);
    saveScreenshot(&strip, QStringLiteral("thumbnail_strip"));

    // Hover: the time in local and UTC, and inside the gap what is missing.
    int gapX = -1;
    for (int i = 0; i < n && gapX < 0; ++i)
        if (cells[i].state == ThumbnailStrip::CellState::NoMedia)
            gapX = strip.cellRect(i).center().x();
    const QString tip = strip.describeAt(gapX);
    QVERIFY2(tip.contains(QStringLiteral("UTC")) && tip.contains(QStringLiteral("NO_MEDIA")),
             qPrintable(tip));
    QSignalSpy hovered(&strip, &ThumbnailStrip::timeHovered);
    QTest::mouseMove(&strip, QPoint(gapX, 40));
    QTRY_VERIFY(!hovered.isEmpty());
    QCOMPARE(hovered.last().at(0).toLongLong(), strip.timeAt(gapX));

    // Click: the playhead goes to the time under the mouse.
    QTest::mouseClick(&strip, Qt::LeftButton, {}, QPoint(300, 40));
    QCOMPARE(workspace.review()->playheadMs(), strip.timeAt(300));
    QVERIFY(window.contains(workspace.review()->playheadMs()));
}

void TestThumbnailStrip::followsVisibleRange() {
    EmulatorFixture emu;
    QVERIFY2(emu.ok(), qPrintable(emu.error()));
    QTemporaryDir cache;
    Workspace workspace;
    workspace.setCacheDir(cache.path());
    QString error;
    QVERIFY2(connectWorkspace(workspace, emu, &error), qPrintable(error));
    const qint64 now = emu.emulator().nowMs();
    const TimeInterval loaded{now - 7200 * 1000, now - 3600 * 1000};
    QVERIFY(loadStream(workspace, QStringLiteral("loading-dock"), loaded.startMs, loaded.endMs));
    ThumbnailService service(&workspace);
    ThumbnailStrip strip(&workspace, &service);
    strip.resize(900, 80);
    strip.show();
    // No visible range yet: the loaded range.
    QCOMPARE(strip.window(), loaded);
    // The timeline zooms in: the strip shows (and fetches) just that.
    const TimeInterval zoomed{loaded.startMs + 600 * 1000, loaded.startMs + 900 * 1000};
    workspace.review()->setVisibleRange(zoomed);
    QCOMPARE(strip.window(), zoomed);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&strip] {
            const QList<ThumbnailStrip::Cell> cells = strip.cells();
            return std::all_of(cells.begin(), cells.end(), [](const ThumbnailStrip::Cell& c) {
                return c.state == ThumbnailStrip::CellState::Image;
            });
        }(),
        120000);
    for (const ThumbnailStrip::Cell& c : strip.cells())
        QVERIFY(zoomed.contains(c.span.startMs));
    // Another stream: nothing of the old one is shown.
    workspace.review()->setStream(StreamRef::byName(QStringLiteral("lobby")));
    QVERIFY(strip.cells().isEmpty()); // no range loaded for it yet
}

QTEST_MAIN(TestThumbnailStrip)
#include "tst_thumbnail_strip.moc"
