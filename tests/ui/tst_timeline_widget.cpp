// TimelinePanel / TimelineWidget offscreen over a real ReviewState and FragmentIndex: wheel,
// pinch, keys and mouse change the viewport and ReviewState (selection, playhead, visible
// range) as expected; the clock toggle re-sorts the review; the scroll bar pans; the hover card
// shows local time, UTC, the fragment and the cached thumbnail; painting shows coverage and
// gaps and a repaint without changes recomputes nothing.
#include "core/review/review_state.h"
#include "ui/timeline/timeline_hover_card.h"
#include "ui/timeline/timeline_painter.h"
#include "ui/timeline/timeline_panel.h"
#include "ui/timeline/timeline_widget.h"

#include <QApplication>
#include <QLabel>
#include <QNativeGestureEvent>
#include <QPointingDevice>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

#include <cmath>
#include <memory>

using namespace kinescope;

namespace {

constexpr qint64 kT0 = 1'746'093'600'000; // 2025-05-01T10:00:00Z
constexpr qint64 kHourMs = 3'600'000;
// One hour of 2-s fragments, a gap [20 min, 30 min), and a +3 s producer clock jump at 45 min.
constexpr qint64 kGapStart = kT0 + 20 * 60'000;
constexpr qint64 kGapEnd = kT0 + 30 * 60'000;
constexpr qint64 kJumpAt = kT0 + 45 * 60'000;

QList<Fragment> makeHour() {
    QList<Fragment> out;
    int n = 0;
    for (qint64 t = kT0; t < kT0 + kHourMs; t += 2000) {
        if (t >= kGapStart && t < kGapEnd)
            continue;
        Fragment f;
        f.fragmentNumber =
            QStringLiteral("91343852333181432392682062%1").arg(n++, 7, 10, QLatin1Char('0'));
        f.serverMs = t;
        f.producerMs = t - (t >= kJumpAt ? 3250 : 250);
        f.durationMs = 2000;
        f.sizeBytes = 250'000;
        out.append(f);
    }
    return out;
}

void sendWheel(QWidget* w, QPoint pos, QPoint angle, Qt::KeyboardModifiers mods = {}) {
    QWheelEvent event(QPointF(pos), QPointF(w->mapToGlobal(pos)), QPoint(), angle, Qt::NoButton,
                      mods, Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &event);
}

// A hover move sent straight to the widget (QTest::mouseMove without buttons moves the platform
// cursor, which the offscreen screen clamps to its own small size).
void hover(QWidget* w, QPoint pos) {
    QMouseEvent event(QEvent::MouseMove, QPointF(pos), QPointF(w->mapToGlobal(pos)), Qt::NoButton,
                      Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(w, &event);
}

} // namespace

class TestTimelineWidget : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void fitsLoadedRangeAndPublishesVisibleRange();
    void wheelZoomsAtCursorAndPans();
    void pinchZooms();
    void keysZoomPanAndFit();
    void clickSetsPlayhead();
    void dragSelectsAndEdgesMove();
    void inOutKeysAndEscape();
    void playheadKeys();
    void doubleClickSelectsFragment();
    void middleAndAltDragPan();
    void clockToggle();
    void scrollBarPans();
    void followsPlayheadAndExternalVisibleRange();
    void hoverCardShowsTimeFragmentAndThumbnail();
    void paintsCoverageAndCachesLod();

private:
    std::unique_ptr<ReviewState> m_review;
    std::unique_ptr<TimelinePanel> m_panel;
    TimelineWidget* m_w = nullptr;
};

void TestTimelineWidget::init() {
    m_review = std::make_unique<ReviewState>();
    m_review->addFragments(makeHour());
    m_review->setLoadedRange({kT0, kT0 + kHourMs});
    m_panel = std::make_unique<TimelinePanel>(m_review.get());
    m_panel->resize(1600, 180);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_w = m_panel->timeline();
    QCOMPARE(m_w->width(), 1600);
    m_w->setFocus();
}

void TestTimelineWidget::cleanup() {
    m_panel.reset();
    m_review.reset();
}

void TestTimelineWidget::fitsLoadedRangeAndPublishesVisibleRange() {
    const TimelineViewport& v = m_w->viewport();
    QCOMPARE(v.bounds(), (TimeInterval{kT0, kT0 + kHourMs}));
    QCOMPARE(v.startMs(), double(kT0));
    QCOMPARE(v.spanMs(), double(kHourMs));
    QCOMPARE(m_review->visibleRange(), (TimeInterval{kT0, kT0 + kHourMs}));
    QVERIFY(!m_panel->zoomOutButton()->isEnabled());
    QVERIFY(m_panel->zoomInButton()->isEnabled());
    QVERIFY(!m_panel->spanLabel()->text().isEmpty());
}

void TestTimelineWidget::wheelZoomsAtCursorAndPans() {
    QSignalSpy visible(m_review.get(), &ReviewState::visibleRangeChanged);
    const QPoint at(400, m_w->coverageRect().center().y());
    const double timeAt = m_w->viewport().timeForX(400);
    sendWheel(m_w, at, QPoint(0, 120));
    QCOMPARE(m_w->viewport().spanMs(), double(kHourMs) / TimelineViewport::kZoomStep);
    QVERIFY(std::abs(m_w->viewport().timeForX(400) - timeAt) < 1.0);
    QCOMPARE(visible.size(), 1);
    QCOMPARE(m_review->visibleRange(), m_w->viewport().visibleRange());
    // Ctrl+wheel zooms too; three more notches.
    sendWheel(m_w, at, QPoint(0, 360), Qt::ControlModifier);
    QVERIFY(std::abs(m_w->viewport().spanMs() - double(kHourMs) / std::pow(1.25, 4)) < 1e-3);
    QVERIFY(std::abs(m_w->viewport().timeForX(400) - timeAt) < 1.0);

    // Shift+wheel down pans later by a tenth of the width per notch.
    const double start = m_w->viewport().startMs();
    const double msPerPx = m_w->viewport().msPerPixel();
    sendWheel(m_w, at, QPoint(0, -120), Qt::ShiftModifier);
    QVERIFY(std::abs(m_w->viewport().startMs() - (start + 160 * msPerPx)) < 1e-3);
    // A horizontal wheel pans as well, without changing the zoom.
    sendWheel(m_w, at, QPoint(120, 0));
    QVERIFY(std::abs(m_w->viewport().startMs() - start) < 1e-3);
    QCOMPARE(m_w->viewport().msPerPixel(), msPerPx);
    QCOMPARE(m_review->visibleRange(), m_w->viewport().visibleRange());
}

void TestTimelineWidget::pinchZooms() {
    const QPointF at(800, 40);
    QNativeGestureEvent pinch(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2,
                              at, at, m_w->mapToGlobal(at), 0.5, QPointF());
    QApplication::sendEvent(m_w, &pinch);
    QVERIFY(std::abs(m_w->viewport().spanMs() - double(kHourMs) / 1.5) < 1e-3);
    QVERIFY(std::abs(m_w->viewport().timeForX(800) - (kT0 + kHourMs / 2.0)) < 1.0);
}

void TestTimelineWidget::keysZoomPanAndFit() {
    QTest::keyClick(m_w, Qt::Key_Plus);
    QCOMPARE(m_w->viewport().spanMs(), double(kHourMs) / 1.25);
    QTest::keyClick(m_w, Qt::Key_Equal);
    QCOMPARE(m_w->viewport().spanMs(), double(kHourMs) / 1.25 / 1.25);
    QTest::keyClick(m_w, Qt::Key_Minus);
    QCOMPARE(m_w->viewport().spanMs(), double(kHourMs) / 1.25);
    const double start = m_w->viewport().startMs();
    QTest::keyClick(m_w, Qt::Key_Right);
    QVERIFY(std::abs(m_w->viewport().startMs() - (start + 200 * m_w->viewport().msPerPixel())) <
            1e-3);
    QTest::keyClick(m_w, Qt::Key_Left);
    QVERIFY(std::abs(m_w->viewport().startMs() - start) < 1e-3);
    // F with a selection fits it (5 % margins), without one fits everything.
    m_review->setSelection({kT0 + 60'000, kT0 + 120'000});
    QTest::keyClick(m_w, Qt::Key_F);
    QVERIFY(std::abs(m_w->viewport().spanMs() - 66'000.0) < 1e-3);
    QVERIFY(std::abs(m_w->viewport().startMs() - (kT0 + 57'000)) < 1e-3);
    m_review->clearSelection();
    QTest::keyClick(m_w, Qt::Key_F);
    QCOMPARE(m_w->viewport().spanMs(), double(kHourMs));
    // The zoom buttons.
    m_panel->zoomInButton()->click();
    QCOMPARE(m_w->viewport().spanMs(), double(kHourMs) / 1.25);
    QVERIFY(m_panel->zoomOutButton()->isEnabled());
    m_panel->fitButton()->click();
    QCOMPARE(m_w->viewport().spanMs(), double(kHourMs));
}

void TestTimelineWidget::clickSetsPlayhead() {
    QSignalSpy playhead(m_review.get(), &ReviewState::playheadChanged);
    const int y = m_w->coverageRect().center().y();
    QTest::mouseClick(m_w, Qt::LeftButton, {}, QPoint(640, y));
    QCOMPARE(playhead.size(), 1);
    QCOMPARE(m_review->playheadMs(), m_w->viewport().msAtX(640));
    QVERIFY(!m_review->selection());
    // Dragging in the ruler scrubs the playhead.
    const int ry = m_w->rulerRect().center().y();
    QTest::mousePress(m_w, Qt::LeftButton, {}, QPoint(100, ry));
    QCOMPARE(m_review->playheadMs(), m_w->viewport().msAtX(100));
    QTest::mouseMove(m_w, QPoint(300, ry));
    QCOMPARE(m_review->playheadMs(), m_w->viewport().msAtX(300));
    QTest::mouseRelease(m_w, Qt::LeftButton, {}, QPoint(300, ry));
    QVERIFY(!m_review->selection());
}

void TestTimelineWidget::dragSelectsAndEdgesMove() {
    const int y = m_w->coverageRect().center().y();
    QTest::mousePress(m_w, Qt::LeftButton, {}, QPoint(900, y));
    QTest::mouseMove(m_w, QPoint(700, y));
    QTest::mouseMove(m_w, QPoint(500, y));
    QTest::mouseRelease(m_w, Qt::LeftButton, {}, QPoint(500, y));
    const TimelineViewport& v = m_w->viewport();
    QVERIFY(m_review->selection());
    QCOMPARE(*m_review->selection(), (TimeInterval{v.msAtX(500), v.msAtX(900)}));
    // Grab the out edge and drag it right.
    QTest::mousePress(m_w, Qt::LeftButton, {}, QPoint(901, y));
    QTest::mouseMove(m_w, QPoint(1100, y));
    QTest::mouseRelease(m_w, Qt::LeftButton, {}, QPoint(1100, y));
    QCOMPARE(*m_review->selection(), (TimeInterval{v.msAtX(500), v.msAtX(1100)}));
    // And the in edge left.
    QTest::mousePress(m_w, Qt::LeftButton, {}, QPoint(498, y));
    QTest::mouseMove(m_w, QPoint(300, y));
    QTest::mouseRelease(m_w, Qt::LeftButton, {}, QPoint(300, y));
    QCOMPARE(*m_review->selection(), (TimeInterval{v.msAtX(300), v.msAtX(1100)}));
    // A selection dragged past the loaded range is clamped to it.
    QTest::mousePress(m_w, Qt::LeftButton, {}, QPoint(1300, y));
    QTest::mouseMove(m_w, QPoint(1599, y));
    QTest::mouseMove(m_w, QPoint(1700, y));
    QTest::mouseRelease(m_w, Qt::LeftButton, {}, QPoint(1700, y));
    QCOMPARE(*m_review->selection(), (TimeInterval{v.msAtX(1300), kT0 + kHourMs}));
}

void TestTimelineWidget::inOutKeysAndEscape() {
    const int y = m_w->coverageRect().center().y();
    QTest::mouseClick(m_w, Qt::LeftButton, {}, QPoint(300, y));
    const qint64 in = m_review->playheadMs();
    QTest::keyClick(m_w, Qt::Key_I);
    QCOMPARE(*m_review->selection(), (TimeInterval{in, kT0 + kHourMs})); // open to the end
    QTest::mouseClick(m_w, Qt::LeftButton, {}, QPoint(900, y));
    const qint64 out = m_review->playheadMs();
    QTest::keyClick(m_w, Qt::Key_O);
    QCOMPARE(*m_review->selection(), (TimeInterval{in, out}));
    // O before the in point: the selection runs from the start of the range.
    QTest::mouseClick(m_w, Qt::LeftButton, {}, QPoint(100, y));
    QTest::keyClick(m_w, Qt::Key_O);
    QCOMPARE(*m_review->selection(), (TimeInterval{kT0, m_review->playheadMs()}));
    QSignalSpy changed(m_review.get(), &ReviewState::selectionChanged);
    QTest::keyClick(m_w, Qt::Key_Escape);
    QVERIFY(!m_review->selection());
    QCOMPARE(changed.size(), 1);
}

void TestTimelineWidget::playheadKeys() {
    QTest::keyClick(m_w, Qt::Key_End);
    QCOMPARE(m_review->playheadMs(), kT0 + kHourMs);
    QTest::keyClick(m_w, Qt::Key_Home);
    QCOMPARE(m_review->playheadMs(), kT0);
    m_w->setFrameDurationMs(40.0);
    QTest::keyClick(m_w, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(m_review->playheadMs(), kT0 + 40);
    QTest::keyClick(m_w, Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(m_w, Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(m_review->playheadMs(), kT0 + 40);
    // Ctrl+Right: the next fragment's start; across the gap it lands on the first after it.
    QTest::keyClick(m_w, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(m_review->playheadMs(), kT0 + 2000);
    m_review->setPlayheadMs(kGapStart - 1000);
    QTest::keyClick(m_w, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(m_review->playheadMs(), kGapEnd);
    QTest::keyClick(m_w, Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(m_review->playheadMs(), kGapStart - 2000);
    // Keyboard moves keep the playhead in view when zoomed in.
    for (int i = 0; i < 20; ++i)
        m_w->zoomIn();
    QTest::keyClick(m_w, Qt::Key_End);
    QVERIFY(m_w->viewport().isVisible(m_review->playheadMs() - 1));
}

void TestTimelineWidget::doubleClickSelectsFragment() {
    m_w->setView(double(kT0), 60'000.0); // a minute: a fragment is ~53 px
    const int x = int(m_w->viewport().xForTime(double(kT0 + 11'000)));
    QTest::mouseDClick(m_w, Qt::LeftButton, {}, QPoint(x, m_w->coverageRect().center().y()));
    QCOMPARE(*m_review->selection(), (TimeInterval{kT0 + 10'000, kT0 + 12'000}));
}

void TestTimelineWidget::middleAndAltDragPan() {
    m_w->zoomIn();
    m_w->zoomIn();
    const double start = m_w->viewport().startMs();
    const double msPerPx = m_w->viewport().msPerPixel();
    const int y = m_w->coverageRect().center().y();
    QTest::mousePress(m_w, Qt::MiddleButton, {}, QPoint(800, y));
    QTest::mouseMove(m_w, QPoint(700, y));
    QTest::mouseRelease(m_w, Qt::MiddleButton, {}, QPoint(700, y));
    QVERIFY(std::abs(m_w->viewport().startMs() - (start + 100 * msPerPx)) < 1e-3);
    QTest::mousePress(m_w, Qt::LeftButton, Qt::AltModifier, QPoint(700, y));
    QTest::mouseMove(m_w, QPoint(750, y));
    QTest::mouseRelease(m_w, Qt::LeftButton, Qt::AltModifier, QPoint(750, y));
    QVERIFY(std::abs(m_w->viewport().startMs() - (start + 50 * msPerPx)) < 1e-3);
    QVERIFY(!m_review->selection()); // panning selects nothing
    QCOMPARE(m_review->visibleRange(), m_w->viewport().visibleRange());
}

void TestTimelineWidget::clockToggle() {
    QVERIFY(m_panel->serverClockButton()->isChecked());
    QSignalSpy clock(m_review.get(), &ReviewState::clockChanged);
    QTest::mouseClick(m_panel->producerClockButton(), Qt::LeftButton);
    QCOMPARE(m_review->clock(), TimestampType::Producer);
    QCOMPARE(m_review->index().ordering(), TimestampType::Producer);
    QCOMPARE(clock.size(), 1);
    QVERIFY(m_panel->producerClockButton()->isChecked());
    // The timeline now reads producer times: the fragment under a time is the producer one.
    const QString text = m_w->hoverText(kT0 + 1000); // producer kT0 + 1000 → server + 250
    QVERIFY2(text.contains(QStringLiteral("Fragment 91343852333181432392682062") +
                           QStringLiteral("0000000")),
             qPrintable(text));
    // Changed elsewhere: the buttons follow.
    m_review->setClock(TimestampType::Server);
    QVERIFY(m_panel->serverClockButton()->isChecked());
    QVERIFY(!m_panel->producerClockButton()->isChecked());
}

void TestTimelineWidget::scrollBarPans() {
    QScrollBar* bar = m_panel->scrollBar();
    QVERIFY(!bar->isEnabled());
    m_w->setView(double(kT0), kHourMs / 4.0);
    QVERIFY(bar->isEnabled());
    QCOMPARE(bar->value(), 0);
    QCOMPARE(bar->pageStep(), 1600);
    QCOMPARE(bar->maximum(), 3 * 1600);
    bar->setValue(bar->maximum());
    QCOMPARE(m_w->viewport().endMs(), double(kT0 + kHourMs));
    QCOMPARE(m_review->visibleRange().endMs, kT0 + kHourMs);
    // The bar follows the view too.
    m_w->setView(double(kT0 + kHourMs / 4), kHourMs / 4.0);
    QCOMPARE(bar->value(), 1600);
}

void TestTimelineWidget::followsPlayheadAndExternalVisibleRange() {
    m_w->setView(double(kT0), 60'000.0);
    // Playback crossing the right edge pages on, leaving the playhead near the left.
    m_review->setPlayheadMs(kT0 + 59'000);
    QCOMPARE(m_w->viewport().startMs(), double(kT0));
    m_review->setPlayheadMs(kT0 + 60'500);
    QVERIFY(m_w->viewport().isVisible(kT0 + 60'500));
    QVERIFY(std::abs(m_w->viewport().startMs() - (kT0 + 60'500 - 3'000)) < 1e-3);
    // A jump far away centres on it.
    m_review->setPlayheadMs(kT0 + 40 * 60'000);
    QVERIFY(std::abs(m_w->viewport().startMs() - (kT0 + 40 * 60'000 - 30'000)) < 1e-3);
    // Not when following is off.
    m_w->setFollowPlayhead(false);
    m_review->setPlayheadMs(kT0 + 5 * 60'000);
    QVERIFY(!m_w->viewport().isVisible(kT0 + 5 * 60'000));
    // Another view (the thumbnail strip) sets the visible range: the timeline shows it.
    m_review->setVisibleRange({kT0 + 10 * 60'000, kT0 + 12 * 60'000});
    QCOMPARE(m_w->viewport().startMs(), double(kT0 + 10 * 60'000));
    QCOMPARE(m_w->viewport().spanMs(), 120'000.0);
}

void TestTimelineWidget::hoverCardShowsTimeFragmentAndThumbnail() {
    QList<qint64> asked;
    QImage thumb(320, 180, QImage::Format_RGB32);
    thumb.fill(Qt::darkCyan);
    m_w->setThumbnailLookup([&](qint64 ms) -> std::optional<QImage> {
        asked << ms;
        if (ms < kGapStart)
            return thumb;
        return std::nullopt;
    });
    const int y = m_w->coverageRect().center().y();
    const int x = 200;
    hover(m_w, QPoint(x, y));
    QVERIFY(!asked.isEmpty());
    // The time under the cursor (within a pixel: scaled screens round event positions).
    const qint64 ms = asked.last();
    QVERIFY(std::abs(double(ms) - m_w->viewport().timeForX(x)) <= m_w->viewport().msPerPixel());
    auto* card = m_w->findChild<TimelineHoverCard*>();
    QVERIFY(card);
    QTRY_VERIFY(card->isVisible());
    QVERIFY(card->hasThumbnail());
    const qsizetype i = m_review->index().indexAt(ms);
    QVERIFY(i >= 0);
    QVERIFY2(card->text().contains(m_review->index().fragmentNumber(i)), qPrintable(card->text()));
    QVERIFY(card->text().contains(timelineLocalTimeText(ms)));
    QVERIFY(card->text().contains(timelineUtcTimeText(ms)));
    QVERIFY(card->text().contains(QStringLiteral("+250 ms")));
    // In the gap: no fragment, the gap's exact length, no thumbnail.
    const int gx = int(m_w->viewport().xForTime(double(kGapStart + 60'000)));
    hover(m_w, QPoint(gx, y));
    QVERIFY(!card->hasThumbnail());
    QVERIFY2(card->text().contains(QStringLiteral("10 min")), qPrintable(card->text()));
    // After the clock jump the drift reads +3250 ms.
    const int jx = int(m_w->viewport().xForTime(double(kJumpAt + 60'000)));
    hover(m_w, QPoint(jx, y));
    QVERIFY2(card->text().contains(QStringLiteral("+3250 ms")), qPrintable(card->text()));
    // Leaving hides it.
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(m_w, &leave);
    QVERIFY(!card->isVisible());
}

void TestTimelineWidget::paintsCoverageAndCachesLod() {
    QImage image(m_w->size(), QImage::Format_ARGB32_Premultiplied);
    m_w->render(&image);
    const int computations = m_w->lodCache().lodComputations();
    QVERIFY(computations >= 1);
    const TimelineColors colors = TimelineColors::fromPalette(m_w->palette());
    const int y = m_w->coverageRect().top() + 2;
    // Covered at 2.5 min (between grid lines), a gap at 25 min, by the widget's colours.
    const int coveredX = int(m_w->viewport().xForTime(double(kT0 + 150'000)));
    QCOMPARE(image.pixelColor(coveredX, y).rgb(), colors.covered.rgb());
    bool gapIsGap = false;
    for (int dx = 0; dx < 8; ++dx) {
        const int gx = int(m_w->viewport().xForTime(double(kT0 + 25 * 60'000))) + dx;
        gapIsGap = gapIsGap || image.pixelColor(gx, y).rgb() == colors.gap.rgb();
        QVERIFY(image.pixelColor(gx, y).rgb() != colors.covered.rgb());
    }
    QVERIFY(gapIsGap);
    // The drift band marks the clock jump.
    const int jx = int(std::floor(m_w->viewport().xForTime(double(kJumpAt))));
    bool jumpMarked = false;
    for (int dx = -1; dx <= 1; ++dx)
        jumpMarked = jumpMarked || image.pixelColor(jx + dx, m_w->driftRect().center().y()).rgb() ==
                                       colors.jump.rgb();
    QVERIFY(jumpMarked);

    // Painting again without changes recomputes nothing.
    m_w->render(&image);
    m_w->repaint();
    QCOMPARE(m_w->lodCache().lodComputations(), computations);
    // New fragments: the index changes (coalesced) and the next paint recomputes once.
    QSignalSpy indexChanged(m_review.get(), &ReviewState::indexChanged);
    QList<Fragment> more;
    for (qint64 t = kGapStart; t < kGapStart + 60'000; t += 2000) {
        Fragment f;
        f.fragmentNumber = QStringLiteral("9134385233318143239268206999%1").arg(t);
        f.serverMs = t;
        f.producerMs = t - 250;
        f.durationMs = 2000;
        more.append(f);
    }
    m_review->addFragments(more.mid(0, 10));
    m_review->addFragments(more.mid(10));
    QVERIFY(indexChanged.wait(2000));
    QCOMPARE(indexChanged.size(), 1);
    m_w->render(&image);
    QCOMPARE(m_w->lodCache().lodComputations(), computations + 1);
    QCOMPARE(image.pixelColor(int(m_w->viewport().xForTime(double(kGapStart + 30'000))), y).rgb(),
             colors.covered.rgb());
}

QTEST_MAIN(TestTimelineWidget)
#include "tst_timeline_widget.moc"
