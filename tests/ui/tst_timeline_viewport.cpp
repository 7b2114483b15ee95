// The timeline's core: viewport geometry (mapping, zoom about an anchor, limits, pan, clamping,
// scroll-bar mapping), ruler ticks in local time across DST changes (Europe/Berlin), and the
// level of detail (coverage columns, exact gaps, drift band, jump/overlap/gap markers, cache)
// over real FragmentIndex content built in code.
#include "core/kvs/fragment_index.h"
#include "core/timeline/drift_pyramid.h"
#include "core/timeline/time_bucket_grid.h"
#include "core/timeline/timeline_lod.h"
#include "core/timeline/timeline_ticks.h"
#include "core/timeline/timeline_viewport.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <random>

using namespace kinescope;

namespace {

constexpr qint64 kHour = 3'600'000;
constexpr qint64 kDay = 24 * kHour;

Fragment makeFragment(int n, qint64 serverMs, qint64 durationMs, qint64 driftMs) {
    Fragment f;
    f.fragmentNumber =
        QStringLiteral("9134385233318143239268206%1").arg(n, 8, 10, QLatin1Char('0'));
    f.serverMs = serverMs;
    f.producerMs = serverMs - driftMs;
    f.durationMs = durationMs;
    f.sizeBytes = 100'000 + n;
    return f;
}

qint64 localMs(int y, int mo, int d, int h, int mi = 0) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi)).toMSecsSinceEpoch();
}

QTime localTime(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms).time();
}

TimelineViewport makeViewport(qint64 t0, qint64 t1, int width) {
    TimelineViewport v;
    v.setWidth(width);
    v.setBounds({t0, t1});
    return v;
}

// Brute-force summary of fragments [a, b) straight from the index's fragments.
FragmentRunSummary bruteSummary(const FragmentIndex& index, qsizetype a, qsizetype b) {
    FragmentRunSummary s;
    qint64 maxEnd = std::numeric_limits<qint64>::min();
    for (qsizetype i = 0; i < b; ++i) {
        if (i >= a) {
            FragmentRunSummary one;
            one.count = 1;
            one.minDriftMs = one.maxDriftMs = index.driftMs(i);
            if (i > 0) {
                one.maxJumpMs = std::abs(index.driftMs(i) - index.driftMs(i - 1));
                one.maxOverlapMs = std::max<qint64>(0, maxEnd - index.startMs(i));
                one.maxHoleMs = std::max<qint64>(0, index.startMs(i) - maxEnd);
            }
            s.merge(one);
        }
        maxEnd = std::max(maxEnd, index.endMs(i));
    }
    return s;
}

} // namespace

class TestTimelineViewport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mappingAndZoomAboutAnchor();
    void zoomLimits();
    void panClampFitAndEnsureVisible();
    void shortBoundsAreCentred();
    void scrollMapping();
    void ticksPickLevelsBySpacing();
    void dayTicksAcrossDst();
    void hourTicksSpringForward();
    void hourTicksFallBack();
    void sixHourTicksOnDstDay();
    void frameTicks();
    void pyramidMatchesBruteForce();
    void lodCoverageGapsAndMarkers();
    void lodCostIndependentOfFragmentCount();
    void lodCache();
    void bucketGridMatchesIndex();
    void gridLodEqualsExactLod();
    void jitterIsNotMarked();
};

void TestTimelineViewport::initTestCase() {
    // A zone with DST for every tick test (Qt reads TZ for local time).
    qputenv("TZ", "Europe/Berlin");
    tzset();
    QCOMPARE(QDateTime(QDate(2025, 1, 15), QTime(12, 0)).offsetFromUtc(), 3600);
    QCOMPARE(QDateTime(QDate(2025, 7, 15), QTime(12, 0)).offsetFromUtc(), 7200);
}

void TestTimelineViewport::mappingAndZoomAboutAnchor() {
    const qint64 t0 = localMs(2025, 5, 1, 0);
    TimelineViewport v = makeViewport(t0, t0 + 7 * kDay, 1600);
    QCOMPARE(v.startMs(), double(t0));
    QCOMPARE(v.spanMs(), double(7 * kDay));
    QCOMPARE(v.xForTime(double(t0 + 7 * kDay)), 1600.0);
    QCOMPARE(v.timeForX(800), double(t0) + 3.5 * kDay);
    QCOMPARE(v.visibleRange(), (TimeInterval{t0, t0 + 7 * kDay}));
    QVERIFY(!v.canZoomOut());
    QVERIFY(v.canZoomIn());

    // Zooming in about x = 400 keeps the time under x = 400 there.
    const double anchor = v.timeForX(400);
    QVERIFY(v.zoomBy(4.0, 400));
    QCOMPARE(v.spanMs(), double(7 * kDay) / 4.0);
    QVERIFY(std::abs(v.timeForX(400) - anchor) < 1e-3);
    // Zoom out about another anchor, again stable (not clamped here).
    const double anchor2 = v.timeForX(1000);
    QVERIFY(v.zoomBy(1.0 / 1.25, 1000));
    QVERIFY(std::abs(v.timeForX(1000) - anchor2) < 1e-3);
    QCOMPARE(v.msAtX(0), qint64(std::llround(v.startMs())));
}

void TestTimelineViewport::zoomLimits() {
    const qint64 t0 = localMs(2025, 5, 1, 0);
    TimelineViewport v = makeViewport(t0, t0 + 8 * kDay, 1600);
    v.setFrameMs(40.0); // 25 fps
    for (int i = 0; i < 200; ++i)
        v.zoomIn(800);
    QVERIFY(!v.canZoomIn());
    QCOMPARE(v.msPerPixel(), 40.0 / TimelineViewport::kMaxPixelsPerFrame);
    QVERIFY(40.0 / v.msPerPixel() >= 12.0); // a frame spans at least ~12 px
    QVERIFY(!v.zoomIn(800));                // nothing changes at the limit
    for (int i = 0; i < 200; ++i)
        v.zoomOut(800);
    QVERIFY(!v.canZoomOut());
    QCOMPARE(v.spanMs(), double(8 * kDay)); // the whole loaded range, no further
    QCOMPARE(v.startMs(), double(t0));
}

void TestTimelineViewport::panClampFitAndEnsureVisible() {
    const qint64 t0 = localMs(2025, 5, 1, 0);
    TimelineViewport v = makeViewport(t0, t0 + kDay, 1000);
    QVERIFY(v.fit({t0 + kHour, t0 + 2 * kHour}));
    QCOMPARE(v.startMs(), double(t0 + kHour));
    QCOMPARE(v.spanMs(), double(kHour));
    QVERIFY(v.panByPixels(500));
    QCOMPARE(v.startMs(), double(t0 + kHour + kHour / 2));
    QVERIFY(v.panByMs(-10.0 * kDay)); // clamped at the start
    QCOMPARE(v.startMs(), double(t0));
    QVERIFY(!v.panByPixels(-1));
    QVERIFY(v.panByMs(10.0 * kDay)); // clamped at the end
    QCOMPARE(v.endMs(), double(t0 + kDay));
    QVERIFY(v.centerOn(double(t0 + 12 * kHour)));
    QCOMPARE(v.startMs(), double(t0 + 12 * kHour - kHour / 2));
    // ensureVisible scrolls just enough (with the margin), never zooms.
    QVERIFY(!v.ensureVisible(double(t0 + 12 * kHour)));
    QVERIFY(v.ensureVisible(double(t0 + 14 * kHour), 10));
    QCOMPARE(v.spanMs(), double(kHour));
    QCOMPARE(v.endMs(), double(t0 + 14 * kHour) + 10 * v.msPerPixel());
    // Fit with margins.
    QVERIFY(v.fit({t0 + 2 * kHour, t0 + 4 * kHour}, 0.25));
    QCOMPARE(v.spanMs(), double(3 * kHour));
    QCOMPARE(v.startMs(), double(t0 + 2 * kHour - kHour / 2));
    // Width changes keep the scale and the start.
    v.setWidth(500);
    QCOMPARE(v.spanMs(), 1.5 * kHour);
    QCOMPARE(v.startMs(), double(t0 + 2 * kHour - kHour / 2));
}

void TestTimelineViewport::shortBoundsAreCentred() {
    const qint64 t0 = localMs(2025, 5, 1, 0);
    TimelineViewport v = makeViewport(t0, t0 + 100, 1000); // 100 ms: below the zoom limit
    QCOMPARE(v.msPerPixel(), v.minMsPerPixel());
    QVERIFY(v.spanMs() > 100);
    QCOMPARE(v.startMs() + v.spanMs() / 2, double(t0 + 50));
    QVERIFY(!v.panByPixels(50)); // nothing to pan
    TimelineViewport empty;
    empty.setWidth(600);
    QCOMPARE(empty.spanMs(), 60'000.0);
}

void TestTimelineViewport::scrollMapping() {
    const qint64 t0 = localMs(2025, 5, 1, 0);
    TimelineViewport v = makeViewport(t0, t0 + 7 * kDay, 1600);
    QCOMPARE(v.scrollMapping().maximum, 0); // all visible
    QVERIFY(v.fit({t0 + kDay, t0 + 2 * kDay}));
    TimelineScrollMapping s = v.scrollMapping();
    QCOMPARE(s.pageStep, 1600);
    QCOMPARE(s.maximum, 6 * 1600);
    QCOMPARE(s.value, 1600);
    QVERIFY(v.setScrollValue(3200));
    QCOMPARE(v.startMs(), double(t0 + 2 * kDay));
    QVERIFY(v.setScrollValue(s.maximum));
    QCOMPARE(v.endMs(), double(t0 + 7 * kDay));
    QVERIFY(v.setScrollValue(0));
    QCOMPARE(v.startMs(), double(t0));

    // A year at frame zoom would overflow int pixels: units get coarser, values stay valid.
    TimelineViewport year = makeViewport(t0, t0 + 366 * kDay, 1600);
    for (int i = 0; i < 200; ++i)
        year.zoomIn(800);
    const TimelineScrollMapping ys = year.scrollMapping();
    QVERIFY(ys.maximum > 0 && ys.maximum <= 1'000'000'000);
    QVERIFY(ys.msPerUnit > year.msPerPixel());
    QVERIFY(year.setScrollValue(ys.maximum / 4));
    QVERIFY(std::abs(year.startMs() - (double(t0) + 91.5 * kDay)) < kDay);
}

void TestTimelineViewport::ticksPickLevelsBySpacing() {
    const qint64 t0 = localMs(2025, 5, 5, 0);
    struct Case {
        qint64 span;
        TickLevel major;
    };
    // 1600 px wide: majors need >= 64 px (a week: 12 h is 114 px, 6 h only 57 px).
    const QList<Case> cases{{7 * kDay, TickLevel::TwelveHours},
                            {kDay, TickLevel::Hour},
                            {2 * kHour, TickLevel::FiveMinutes},
                            {20 * 60'000, TickLevel::Minute},
                            {60'000, TickLevel::TenSeconds}};
    for (const Case& c : cases) {
        TimelineViewport v = makeViewport(t0 - 30 * kDay, t0 + 30 * kDay, 1600);
        v.setView(double(t0), double(c.span));
        const TimelineTicks ticks = TimelineTickGenerator::generate(v);
        QCOMPARE(ticks.majorLevel, c.major);
        QVERIFY(ticks.minorLevel < ticks.majorLevel);
        double lastMajorX = -1e9;
        for (const TimelineTick& t : ticks.ticks) {
            QCOMPARE(t.x, v.xForTime(double(t.ms)));
            if (t.major) {
                QVERIFY(!t.label.isEmpty());
                QVERIFY(t.rank >= ticks.majorLevel);
                QVERIFY(t.x - lastMajorX >= TimelineTickGenerator::kMinLabelSpacingPx - 1);
                lastMajorX = t.x;
            }
        }
    }
    // A month over 1600 px: days are ~53 px apart, so every second day is labelled.
    TimelineViewport month = makeViewport(t0, t0 + 30 * kDay, 1600);
    const TimelineTicks m = TimelineTickGenerator::generate(month);
    QCOMPARE(m.majorLevel, TickLevel::Day);
    QCOMPARE(m.majorStepDays, 2);
    QCOMPARE(m.minorLevel, TickLevel::Day);
    // Labels: a day label at midnight, "HH:mm" on hours.
    TimelineViewport day = makeViewport(t0 - kDay, t0 + kDay, 1600);
    const TimelineTicks d = TimelineTickGenerator::generate(day);
    bool sawMidnight = false;
    for (const TimelineTick& t : d.ticks) {
        if (!t.major)
            continue;
        if (t.ms == t0) {
            sawMidnight = true;
            QCOMPARE(t.rank, TickLevel::Day);
            QCOMPARE(t.label, QLocale().toString(QDateTime::fromMSecsSinceEpoch(t0),
                                                 QStringLiteral("ddd d MMM")));
        } else if (t.rank < TickLevel::Day) {
            QCOMPARE(t.label, localTime(t.ms).toString(QStringLiteral("HH:mm")));
        }
    }
    QVERIFY(sawMidnight);
    QCOMPARE(d.context, QLocale().toString(QDateTime::fromMSecsSinceEpoch(t0 - kDay),
                                           QStringLiteral("ddd d MMM yyyy")));
}

void TestTimelineViewport::dayTicksAcrossDst() {
    // 2025-03-30: 23 h; 2025-10-26: 25 h in Berlin.
    const QList<qint64> spring = TimelineTickGenerator::localMidnights(
        double(localMs(2025, 3, 29, 0)), double(localMs(2025, 4, 1, 0)));
    QCOMPARE(spring.size(), 4);
    QCOMPARE(spring[1] - spring[0], 24 * kHour);
    QCOMPARE(spring[2] - spring[1], 23 * kHour);
    QCOMPARE(spring[3] - spring[2], 24 * kHour);
    const QList<qint64> autumn = TimelineTickGenerator::localMidnights(
        double(localMs(2025, 10, 25, 0)), double(localMs(2025, 10, 28, 0)));
    QCOMPARE(autumn.size(), 4);
    QCOMPARE(autumn[2] - autumn[1], 25 * kHour);
    for (qint64 ms : spring + autumn)
        QCOMPARE(localTime(ms), QTime(0, 0));
    // Through the generator: a week containing the spring change (12-h majors): the ticks
    // ranked Day sit at local midnight, one of them 23 h after the previous.
    TimelineViewport v = makeViewport(localMs(2025, 3, 27, 0), localMs(2025, 4, 3, 0), 1600);
    const TimelineTicks ticks = TimelineTickGenerator::generate(v);
    QCOMPARE(ticks.majorLevel, TickLevel::TwelveHours);
    QList<qint64> days;
    for (const TimelineTick& t : ticks.ticks) {
        if (t.rank == TickLevel::Day) {
            QVERIFY(t.major);
            QCOMPARE(localTime(t.ms), QTime(0, 0));
            days << t.ms;
        } else if (t.major) {
            QCOMPARE(localTime(t.ms), QTime(12, 0));
        }
    }
    QVERIFY(days.size() >= 8);
    int shortDays = 0;
    for (int i = 1; i < days.size(); ++i)
        shortDays += days[i] - days[i - 1] == 23 * kHour ? 1 : 0;
    QCOMPARE(shortDays, 1);
}

void TestTimelineViewport::hourTicksSpringForward() {
    const QList<qint64> hours = TimelineTickGenerator::alignedLocal(
        double(localMs(2025, 3, 30, 0)), double(localMs(2025, 3, 30, 5)), kHour);
    QList<int> localHours;
    for (int i = 0; i < hours.size(); ++i) {
        localHours << localTime(hours[i]).hour();
        QCOMPARE(localTime(hours[i]).minute(), 0);
        if (i > 0)
            QCOMPARE(hours[i] - hours[i - 1], kHour); // real hours, one apart
    }
    QCOMPARE(localHours, (QList<int>{0, 1, 3, 4, 5})); // 02:00 does not exist that night
}

void TestTimelineViewport::hourTicksFallBack() {
    const qint64 from = localMs(2025, 10, 26, 0);
    const QList<qint64> hours =
        TimelineTickGenerator::alignedLocal(double(from), double(from + 5 * kHour), kHour);
    QList<int> localHours;
    for (int i = 0; i < hours.size(); ++i) {
        localHours << localTime(hours[i]).hour();
        if (i > 0)
            QCOMPARE(hours[i] - hours[i - 1], kHour);
    }
    QCOMPARE(localHours, (QList<int>{0, 1, 2, 2, 3, 4})); // 02:00 twice
    // 15-minute ticks stay on quarter hours through the change.
    const QList<qint64> quarters = TimelineTickGenerator::alignedLocal(
        double(from + kHour), double(from + 4 * kHour), 15 * 60'000);
    QCOMPARE(quarters.size(), 13);
    for (qint64 q : quarters)
        QCOMPARE(localTime(q).minute() % 15, 0);
}

void TestTimelineViewport::sixHourTicksOnDstDay() {
    const qint64 day = localMs(2025, 3, 30, 0);
    const QList<qint64> ticks =
        TimelineTickGenerator::alignedLocal(double(day), double(day + 23 * kHour), 6 * kHour);
    QList<int> localHours;
    for (qint64 t : ticks)
        localHours << localTime(t).hour();
    QCOMPARE(localHours, (QList<int>{0, 6, 12, 18, 0})); // the next midnight is 23 h on
    QCOMPARE(ticks[1] - ticks[0], 5 * kHour);            // the short night
    QCOMPARE(ticks[2] - ticks[1], 6 * kHour);
    QCOMPARE(TimelineTickGenerator::rankOf(ticks[0]), TickLevel::Day);
    QCOMPARE(TimelineTickGenerator::rankOf(ticks[1]), TickLevel::SixHours);
    QCOMPARE(TimelineTickGenerator::rankOf(ticks[2]), TickLevel::TwelveHours);
}

void TestTimelineViewport::frameTicks() {
    const qint64 t0 = localMs(2025, 5, 1, 12);
    TimelineViewport v = makeViewport(t0, t0 + kHour, 1600);
    v.setFrameMs(40.0);
    v.setView(double(t0 + 1000), 4000.0); // 4 s over 1600 px: a frame is 16 px
    const TimelineTicks ticks = TimelineTickGenerator::generate(v);
    QCOMPARE(ticks.minorLevel, TickLevel::Frame);
    QCOMPARE(ticks.majorLevel, TickLevel::Second);
    int frames = 0;
    for (const TimelineTick& t : ticks.ticks) {
        QCOMPARE(t.ms % 40, 0); // 25 fps frame boundaries within each second
        if (t.x >= 0 && t.x <= 1600)
            ++frames;
        if (t.major)
            QCOMPARE(t.label, localTime(t.ms).toString(QStringLiteral("HH:mm:ss")));
    }
    QCOMPARE(frames, 101); // [t0+1000, t0+5000] inclusive
}

void TestTimelineViewport::pyramidMatchesBruteForce() {
    std::mt19937 rng(7);
    FragmentIndex index;
    QList<Fragment> page;
    qint64 t = localMs(2025, 5, 1, 0);
    qint64 drift = 250;
    for (int i = 0; i < 3000; ++i) {
        if (rng() % 50 == 0)
            t += 5000 + rng() % 20000; // gaps
        if (rng() % 200 == 0)
            drift += 3000; // clock jumps
        const qint64 duration = 1000 + rng() % 1000;
        page.append(makeFragment(i, t, duration, drift + qint64(rng() % 30)));
        t += rng() % 30 == 0 ? duration - 400 : duration; // overlaps now and then
    }
    std::shuffle(page.begin(), page.end(), rng);
    index.addPage(page);
    DriftPyramid pyramid;
    pyramid.build(index);
    QCOMPARE(pyramid.size(), index.size());
    QVERIFY(pyramid.memoryBytes() < 6 * index.size());
    for (int k = 0; k < 300; ++k) {
        qsizetype a = rng() % index.size();
        qsizetype b = rng() % (index.size() + 1);
        if (a > b)
            std::swap(a, b);
        const FragmentRunSummary got = pyramid.summarize(index, a, b);
        const FragmentRunSummary want = bruteSummary(index, a, b);
        QCOMPARE(got.count, want.count);
        QCOMPARE(got.minDriftMs, want.minDriftMs);
        QCOMPARE(got.maxDriftMs, want.maxDriftMs);
        QCOMPARE(got.maxJumpMs, want.maxJumpMs);
        QCOMPARE(got.maxOverlapMs, want.maxOverlapMs);
        QCOMPARE(got.maxHoleMs, want.maxHoleMs);
        if (a > 0) {
            qint64 maxEnd = std::numeric_limits<qint64>::min();
            for (qsizetype i = 0; i < a; ++i)
                maxEnd = std::max(maxEnd, index.endMs(i));
            QCOMPARE(pyramid.maxEndBefore(index, a), maxEnd);
        }
    }
}

void TestTimelineViewport::lodCoverageGapsAndMarkers() {
    // 2-s fragments for 10 min, a 60-s gap, a 1.5-s hole, a +2 s drift jump, an overlap.
    const qint64 t0 = localMs(2025, 5, 1, 10);
    FragmentIndex index;
    QList<Fragment> page;
    qint64 t = t0;
    int n = 0;
    for (; t < t0 + 300'000; t += 2000)
        page.append(makeFragment(n++, t, 2000, 250));
    const qint64 gapStart = t;
    t += 60'000;
    const qint64 gapEnd = t;
    for (; t < t0 + 500'000; t += 2000)
        page.append(makeFragment(n++, t, 2000, 250));
    const qint64 holeStart = t;
    t += 1500; // below a column at full zoom-out, above the marker threshold
    const qint64 holeEnd = t;
    for (; t < t0 + 520'000; t += 2000)
        page.append(makeFragment(n++, t, 2000, 250));
    const qint64 jumpAt = t;
    for (; t < t0 + 540'000; t += 2000)
        page.append(makeFragment(n++, t, 2000, 2250));
    const qint64 overlapAt = t - 700;
    page.append(makeFragment(n++, overlapAt, 2000, 2250));
    t = overlapAt + 2000;
    for (; t < t0 + 600'000; t += 2000)
        page.append(makeFragment(n++, t, 2000, 2250));
    index.addPage(page);

    const TimelineViewport v = makeViewport(t0, t0 + 600'000, 600); // 1 s per column
    DriftPyramid pyramid;
    pyramid.build(index);
    const TimelineLod lod = TimelineLodCache::compute(index, pyramid, v, 600, TimelineLodOptions{});
    QCOMPARE(lod.columns, 600);
    QCOMPARE(lod.coverage, index.coverageColumns(t0, t0 + 600'000, 600));
    auto col = [&](qint64 ms) { return int((ms - t0) / 1000); };
    QCOMPARE(lod.coverage[col(gapStart) + 10], 0.0f);
    QCOMPARE(lod.coverage[10], 1.0f);
    // Exact gap edges from the index, not pixel edges.
    QVERIFY(lod.gaps.contains(TimeInterval{gapStart, gapEnd}));
    QVERIFY(lod.gaps.contains(TimeInterval{holeStart, holeEnd}));
    QVERIFY(lod.flags[size_t(col(gapEnd))] & TimelineLod::Gap);
    QVERIFY(lod.flags[size_t(col(holeEnd))] & TimelineLod::Gap);
    QVERIFY(lod.flags[size_t(col(jumpAt))] & TimelineLod::Jump);
    QVERIFY(lod.flags[size_t(col(overlapAt))] & TimelineLod::Overlap);
    int jumps = 0;
    int overlaps = 0;
    for (quint8 f : lod.flags) {
        jumps += (f & TimelineLod::Jump) ? 1 : 0;
        overlaps += (f & TimelineLod::Overlap) ? 1 : 0;
    }
    QCOMPARE(jumps, 1);
    QCOMPARE(overlaps, 1);
    // The drift band: 250 ms before the jump, 2250 ms after, the range over the view.
    QCOMPARE(lod.driftMin[10], 250);
    QCOMPARE(lod.driftMax[10], 250);
    QCOMPARE(lod.driftMin[size_t(col(jumpAt) + 5)], 2250);
    QVERIFY(!(lod.flags[size_t(col(gapStart) + 10)] & TimelineLod::HasDrift));
    QVERIFY(lod.hasDrift);
    QCOMPARE(lod.visibleDriftMin, 250);
    QCOMPARE(lod.visibleDriftMax, 2250);

    // Zoomed into one fragment (100 columns inside it): drift comes from the covering one.
    TimelineViewport in = v;
    in.setView(double(t0 + 10'000), 1000.0);
    const TimelineLod zoomed =
        TimelineLodCache::compute(index, pyramid, in, 100, TimelineLodOptions{});
    for (int c = 0; c < 100; ++c) {
        QVERIFY(zoomed.flags[size_t(c)] & TimelineLod::HasDrift);
        QCOMPARE(zoomed.driftMin[size_t(c)], 250);
    }
    QVERIFY(zoomed.gaps.isEmpty());
}

void TestTimelineViewport::lodCostIndependentOfFragmentCount() {
    // The number of fragments the LOD reads per column is bounded: count leaf reads through
    // the pyramid's own structure: summarize() of a whole 100k range touches < 2 * 16 * levels.
    FragmentIndex index;
    QList<Fragment> page;
    const qint64 t0 = localMs(2025, 5, 1, 0);
    for (int i = 0; i < 100'000; ++i)
        page.append(makeFragment(i, t0 + 1000LL * i, 1000, 250 + i % 7));
    index.addPage(page);
    DriftPyramid pyramid;
    pyramid.build(index);
    const FragmentRunSummary all = pyramid.summarize(index, 3, index.size() - 5);
    QCOMPARE(all.count, index.size() - 8);
    QCOMPARE(all.minDriftMs, 250);
    QCOMPARE(all.maxDriftMs, 256);
    QCOMPARE(all.maxJumpMs, 6);
    QCOMPARE(all.maxHoleMs, 0);
}

void TestTimelineViewport::lodCache() {
    FragmentIndex index;
    const qint64 t0 = localMs(2025, 5, 1, 0);
    QList<Fragment> page;
    for (int i = 0; i < 1000; ++i)
        page.append(makeFragment(i, t0 + 2000LL * i, 2000, 300));
    index.addPage(page);
    TimelineViewport v = makeViewport(t0, t0 + 2'000'000, 800);
    TimelineLodCache cache;
    const TimelineLod& a = cache.lod(index, 1, v, 800);
    QCOMPARE(a.columns, 800);
    QCOMPARE(cache.lodComputations(), 1);
    QCOMPARE(cache.pyramidBuilds(), 1);
    cache.lod(index, 1, v, 800); // same generation and view: nothing recomputed
    QCOMPARE(cache.lodComputations(), 1);
    v.panByPixels(0.0);
    cache.lod(index, 1, v, 800);
    QCOMPARE(cache.lodComputations(), 1);
    v.zoomIn(400);
    cache.lod(index, 1, v, 800); // view changed: LOD again, pyramid kept
    QCOMPARE(cache.lodComputations(), 2);
    QCOMPARE(cache.pyramidBuilds(), 1);
    index.add(makeFragment(5000, t0 + 2'000'000, 2000, 300));
    const TimelineLod& b = cache.lod(index, 2, v, 800); // new generation: both
    QCOMPARE(cache.lodComputations(), 3);
    QCOMPARE(cache.pyramidBuilds(), 2);
    QCOMPARE(b.coverage.size(), 800);
    cache.lod(index, 2, v, 1600); // more columns (HiDPI): LOD again
    QCOMPARE(cache.lodComputations(), 4);

    // A pan by whole pixels reuses the overlap; the result equals a full computation.
    for (double dx : {37.0, -120.0, 5.0, 1599.0}) {
        v.panByPixels(dx);
        const TimelineLod& shifted = cache.lod(index, 2, v, 1600);
        const TimelineLod full =
            TimelineLodCache::compute(index, cache.pyramid(index, 2), v, 1600, cache.options());
        QCOMPARE(shifted.columns, full.columns);
        QCOMPARE(shifted.viewport, full.viewport);
        for (int c = 0; c < full.columns; ++c)
            QVERIFY2(std::abs(shifted.coverage[c] - full.coverage[c]) < 1e-3,
                     qPrintable(QString::number(c)));
        QVERIFY(shifted.flags == full.flags);
        QVERIFY(shifted.driftMin == full.driftMin);
        QVERIFY(shifted.driftMax == full.driftMax);
        QCOMPARE(shifted.gaps, full.gaps);
        QCOMPARE(shifted.visibleDriftMax, full.visibleDriftMax);
    }
}

namespace {

// Random content in shuffled pages: 1-3 s fragments, jitter overlaps, sub-column holes, long
// gaps, drift noise and producer clock jumps both ways, bursts of short fragments.
FragmentIndex randomIndex(std::mt19937& rng, int count, qint64 t0) {
    QList<Fragment> all;
    qint64 t = t0;
    qint64 drift = 250;
    for (int i = 0; i < count; ++i) {
        const int r = int(rng() % 1000);
        if (r < 8)
            t += 30'000 + qint64(rng() % 600'000); // a gap, up to 10 minutes
        else if (r < 30)
            t += 1000 + qint64(rng() % 4000); // a hole around the marker threshold
        if (rng() % 500 == 0)
            drift += (rng() % 2 ? 2000 : -1500); // producer clock jump
        const qint64 duration =
            rng() % 20 == 0 ? 100 + qint64(rng() % 300) : 1000 + qint64(rng() % 2000);
        all.append(makeFragment(i, t, duration, drift + qint64(rng() % 700)));
        t += rng() % 15 == 0 ? duration - qint64(rng() % 600) : duration + qint64(rng() % 8);
    }
    std::shuffle(all.begin(), all.end(), rng);
    FragmentIndex index;
    for (qsizetype p = 0; p < all.size(); p += 777)
        index.addPage(all.mid(p, 777)); // unordered pages, merged lazily
    return index;
}

void compareLods(const TimelineLod& got, const TimelineLod& want, const QString& what) {
    QCOMPARE(got.columns, want.columns);
    for (int c = 0; c < want.columns; ++c) {
        const QString at = what + QStringLiteral(" column %1").arg(c);
        QVERIFY2(got.coverage[c] == want.coverage[c], qPrintable(at));
        QVERIFY2(got.flags[size_t(c)] == want.flags[size_t(c)], qPrintable(at));
        QVERIFY2(got.driftMin[size_t(c)] == want.driftMin[size_t(c)], qPrintable(at));
        QVERIFY2(got.driftMax[size_t(c)] == want.driftMax[size_t(c)], qPrintable(at));
        QVERIFY2(got.driftMean[size_t(c)] == want.driftMean[size_t(c)], qPrintable(at));
    }
    QCOMPARE(got.gaps, want.gaps);
    QVERIFY(got.boundaries == want.boundaries);
    QCOMPARE(got.hasDrift, want.hasDrift);
    QCOMPARE(got.visibleDriftMin, want.visibleDriftMin);
    QCOMPARE(got.visibleDriftMax, want.visibleDriftMax);
}

} // namespace

void TestTimelineViewport::bucketGridMatchesIndex() {
    std::mt19937 rng(11);
    const qint64 t0 = localMs(2025, 5, 1, 0);
    const FragmentIndex index = randomIndex(rng, 20'000, t0);
    TimeBucketGrid grid;
    grid.build(index, TimelineLodCache::thresholdsOf(TimelineLodOptions{}));
    QVERIFY(grid.isValid());
    QCOMPARE(grid.size(), index.size());
    // About 8 fragments per bucket on average, and a few bytes per fragment.
    QVERIFY(grid.bucketCount() >= index.size() / 16 && grid.bucketCount() <= index.size() / 4);
    QVERIFY(grid.memoryBytes() < 6 * index.size());
    const qint64 first = index.firstStartMs();
    const qint64 last = index.lastEndMs();
    for (int k = 0; k < 5000; ++k) {
        const qint64 t = first - 10'000 + qint64(rng() % quint64(last - first + 20'000));
        QCOMPARE(grid.lowerBound(index, t), index.lowerBound(t));
        const double offset = double(rng() % 100'000) / 7.0;
        const IndexRange r = grid.upperBoundRange(t, offset);
        QCOMPARE(index.coveredUpTo(t, offset, r.first, r.last),
                 index.coveredUpTo(t, offset, 0, index.size()));
    }
    // Bucket runs against the fragments themselves.
    for (int k = 0; k < 300; ++k) {
        qsizetype ka = rng() % grid.bucketCount();
        qsizetype kb = rng() % (grid.bucketCount() + 1);
        if (ka > kb)
            std::swap(ka, kb);
        const BucketRunSummary got = grid.summarize(ka, kb);
        const qsizetype a = index.lowerBound(grid.bucketStartMs(ka));
        const qsizetype b = index.lowerBound(grid.bucketStartMs(kb));
        QCOMPARE(got.count, b - a);
        if (a == b)
            continue;
        const FragmentRunSummary want = bruteSummary(index, a, b);
        QCOMPARE(got.minDriftMs, want.minDriftMs);
        QCOMPARE(got.maxDriftMs, want.maxDriftMs);
        qint64 sum = 0;
        for (qsizetype i = a; i < b; ++i)
            sum += index.driftMs(i);
        QCOMPARE(got.driftSumMs, sum);
        const TimelineLodOptions o;
        QCOMPARE(bool(got.flags & TimelineLod::Jump), want.maxJumpMs > o.jumpThresholdMs);
        QCOMPARE(bool(got.flags & TimelineLod::Overlap), want.maxOverlapMs >= o.overlapThresholdMs);
        QCOMPARE(bool(got.flags & TimelineLod::Gap), want.maxHoleMs >= o.gapMarkThresholdMs);
    }
}

void TestTimelineViewport::gridLodEqualsExactLod() {
    // The fast (grid) path gives the same level of detail as the exact path: zoomed out over
    // everything, at random zooms and positions (columns spanning from a fraction of a bucket
    // to thousands), with odd column counts and views past the bounds.
    std::mt19937 rng(23);
    const qint64 t0 = localMs(2025, 5, 1, 0);
    const FragmentIndex index = randomIndex(rng, 30'000, t0);
    DriftPyramid pyramid;
    pyramid.build(index);
    const TimelineLodOptions options;
    TimeBucketGrid grid;
    grid.build(index, TimelineLodCache::thresholdsOf(options));
    QVERIFY(grid.isValid());
    const TimelineViewport all = makeViewport(index.firstStartMs(), index.lastEndMs(), 1600);
    int spanning = 0; // views whose columns span many buckets (the grid really used)
    for (int k = 0; k < 60; ++k) {
        TimelineViewport v = all;
        const int columns = k == 0 ? 1600 : 200 + int(rng() % 1400);
        if (k > 0) {
            // Half zoomed out (columns spanning many buckets), half anywhere down to 1/65536.
            const double zoom = double(rng() % (k % 2 ? 300 : 1600)) / 100.0;
            const double span = all.spanMs() / std::pow(2.0, zoom);
            const double start = all.startMs() - span * 0.2 +
                                 double(rng() % 1000) / 1000.0 * (all.spanMs() + span * 0.2);
            v.setView(start, span);
        }
        if (v.spanMs() / columns >= 2.0 * double(grid.bucketMs()))
            ++spanning;
        const TimelineLod exact = TimelineLodCache::compute(index, pyramid, v, columns, options);
        const TimelineLod fast =
            TimelineLodCache::compute(index, pyramid, v, columns, options, &grid);
        compareLods(fast, exact, QStringLiteral("view %1").arg(k));
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY2(spanning >= 10, qPrintable(QString::number(spanning)));

    // The cache uses the grid: built once per generation, rebuilt when the thresholds change.
    TimelineLodCache cache;
    const TimelineLod& cached = cache.lod(index, 1, all, 1600);
    compareLods(cached,
                TimelineLodCache::compute(index, pyramid, all, 1600, cache.effectiveOptions()),
                QStringLiteral("cache"));
    QCOMPARE(cache.gridBuilds(), 1);
    QVERIFY(cache.grid(index, 1) != nullptr);
    TimelineLodOptions other;
    other.jumpThresholdMs = 1200;
    cache.setOptions(other);
    const TimelineLod& again = cache.lod(index, 1, all, 1600);
    QCOMPARE(cache.gridBuilds(), 2);
    QCOMPARE(cache.effectiveOptions().jumpThresholdMs, 1200);
    compareLods(again,
                TimelineLodCache::compute(index, pyramid, all, 1600, cache.effectiveOptions()),
                QStringLiteral("options"));
}

void TestTimelineViewport::jitterIsNotMarked() {
    // Ingest latency 150-900 ms per fragment (server - producer varies by up to 750 ms between
    // neighbours, consecutive fragments overlap in server time) and one +2 s producer clock
    // jump: only the jump is marked, once; without adaptation the noise is marked everywhere.
    std::mt19937 rng(5);
    const qint64 t0 = localMs(2025, 5, 1, 0);
    QList<Fragment> page;
    const qint64 jumpAt = t0 + 2000LL * 20'000;
    for (int i = 0; i < 40'000; ++i) {
        const qint64 nominal = t0 + 2000LL * i;
        Fragment f = makeFragment(i, nominal + 150 + qint64(rng() % 751), 2000, 0);
        f.producerMs = nominal + (nominal >= jumpAt ? 2000 : 0);
        page.append(f);
    }
    FragmentIndex index;
    index.addPage(page);
    const qint64 jitter = TimelineLodCache::driftJitterMs(index);
    QVERIFY2(jitter > 600 && jitter <= 750, qPrintable(QString::number(jitter)));
    const TimelineViewport v = makeViewport(index.firstStartMs(), index.lastEndMs(), 1000);
    auto runs = [](const TimelineLod& lod, quint8 flag) {
        int count = 0;
        for (int c = 0; c < lod.columns; ++c)
            count +=
                (lod.flags[size_t(c)] & flag) && (c == 0 || !(lod.flags[size_t(c - 1)] & flag));
        return count;
    };
    TimelineLodCache cache;
    const TimelineLod& lod = cache.lod(index, 1, v, 1000);
    QVERIFY(cache.effectiveOptions().jumpThresholdMs > jitter);
    QCOMPARE(runs(lod, TimelineLod::Jump), 1);
    const int jumpColumn = int(std::floor(v.xForTime(double(jumpAt))));
    QVERIFY((lod.flags[size_t(jumpColumn)] | lod.flags[size_t(jumpColumn + 1)]) &
            TimelineLod::Jump);
    QCOMPARE(runs(lod, TimelineLod::Overlap), 0);
    // The band: min/max envelope of the noise, the mean inside it.
    const int c = 100;
    QVERIFY(lod.driftMin[c] >= 150 && lod.driftMin[c] < 250);
    QVERIFY(lod.driftMax[c] > 800 && lod.driftMax[c] <= 900);
    QVERIFY(lod.driftMean[c] > 450 && lod.driftMean[c] < 600);

    TimelineLodOptions raw;
    raw.adaptToJitter = false;
    TimelineLodCache noisy;
    noisy.setOptions(raw);
    const TimelineLod& marked = noisy.lod(index, 1, v, 1000);
    int flagged = 0;
    for (quint8 f : marked.flags)
        flagged += (f & TimelineLod::Jump) ? 1 : 0;
    QVERIFY2(flagged > 900, qPrintable(QString::number(flagged))); // nearly every column
}

QTEST_GUILESS_MAIN(TestTimelineViewport)
#include "tst_timeline_viewport.moc"
