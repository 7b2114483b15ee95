#include "core/timeline/timeline_ticks.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace kinescope {

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

qint64 floorDiv(qint64 a, qint64 b) {
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

qint64 ceilDiv(qint64 a, qint64 b) {
    return -floorDiv(-a, b);
}

// Local UTC offset at an instant, in milliseconds.
qint64 offsetAt(qint64 ms) {
    return qint64(QDateTime::fromMSecsSinceEpoch(ms).offsetFromUtc()) * kSecond;
}

// The first instant in (lo, hi] whose offset differs from offsetAt(lo); offsetAt(hi) differs.
qint64 transitionBetween(qint64 lo, qint64 hi) {
    const qint64 off = offsetAt(lo);
    while (hi - lo > 1) {
        const qint64 mid = lo + (hi - lo) / 2;
        if (offsetAt(mid) == off)
            lo = mid;
        else
            hi = mid;
    }
    return hi;
}

constexpr TickLevel kLevels[] = {
    TickLevel::Frame,  TickLevel::Second,      TickLevel::TenSeconds,
    TickLevel::Minute, TickLevel::FiveMinutes, TickLevel::FifteenMinutes,
    TickLevel::Hour,   TickLevel::SixHours,    TickLevel::TwelveHours,
    TickLevel::Day,
};

// Instants of a level within [t0, t1].
QList<qint64> instantsOf(TickLevel level, double t0, double t1, double frameMs, int stepDays) {
    switch (level) {
    case TickLevel::Day:
        return TimelineTickGenerator::localMidnights(t0, t1, stepDays);
    case TickLevel::Frame: {
        QList<qint64> out;
        const qint64 perSecond = std::max<qint64>(1, qint64(std::ceil(1000.0 / frameMs - 1e-6)));
        for (qint64 s : TimelineTickGenerator::alignedLocal(t0 - 1000.0, t1, kSecond)) {
            for (qint64 k = 0; k < perSecond; ++k) {
                const qint64 ms = s + qint64(std::llround(double(k) * frameMs));
                if (ms - s >= 1000)
                    break;
                if (ms >= t0 && ms <= t1)
                    out.append(ms);
            }
        }
        return out;
    }
    default:
        return TimelineTickGenerator::alignedLocal(
            t0, t1, qint64(TimelineTickGenerator::nominalMs(level, frameMs)));
    }
}

} // namespace

double TimelineTickGenerator::nominalMs(TickLevel level, double frameMs) {
    switch (level) {
    case TickLevel::Frame:
        return frameMs;
    case TickLevel::Second:
        return double(kSecond);
    case TickLevel::TenSeconds:
        return double(10 * kSecond);
    case TickLevel::Minute:
        return double(kMinute);
    case TickLevel::FiveMinutes:
        return double(5 * kMinute);
    case TickLevel::FifteenMinutes:
        return double(15 * kMinute);
    case TickLevel::Hour:
        return double(kHour);
    case TickLevel::SixHours:
        return double(6 * kHour);
    case TickLevel::TwelveHours:
        return double(12 * kHour);
    case TickLevel::Day:
        return double(kDay);
    }
    return double(kDay);
}

QList<qint64> TimelineTickGenerator::alignedLocal(double t0, double t1, qint64 stepMs) {
    QList<qint64> out;
    if (!(t1 >= t0) || stepMs <= 0)
        return out;
    qint64 a = qint64(std::floor(t0));
    const qint64 end = qint64(std::floor(t1));
    qint64 off = offsetAt(a);
    qint64 t = ceilDiv(a + off, stepMs) * stepMs - off;
    while (t <= end) {
        const qint64 offT = offsetAt(t);
        if (offT != off) {
            // The local clock changed between a and t: re-align from the transition.
            a = transitionBetween(a, t);
            off = offsetAt(a);
            t = ceilDiv(a + off, stepMs) * stepMs - off;
            continue;
        }
        if (out.isEmpty() || out.last() != t)
            out.append(t);
        a = t;
        t += stepMs;
    }
    return out;
}

QList<qint64> TimelineTickGenerator::localMidnights(double t0, double t1, int stepDays) {
    QList<qint64> out;
    if (!(t1 >= t0))
        return out;
    stepDays = std::max(1, stepDays);
    QDate day = QDateTime::fromMSecsSinceEpoch(qint64(std::floor(t0))).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(qint64(std::floor(t1))).date();
    const qint64 misalign = day.toJulianDay() % stepDays;
    if (misalign != 0)
        day = day.addDays(stepDays - misalign);
    for (; day <= last; day = day.addDays(stepDays)) {
        const qint64 ms = day.startOfDay().toMSecsSinceEpoch();
        if (ms >= t0 && ms <= t1)
            out.append(ms);
    }
    return out;
}

TickLevel TimelineTickGenerator::rankOf(qint64 ms) {
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms);
    const QTime time = local.time();
    if (time.msec() != 0)
        return TickLevel::Frame;
    if (local.date().startOfDay().toMSecsSinceEpoch() == ms)
        return TickLevel::Day;
    const int s = time.second();
    const int m = time.minute();
    const int h = time.hour();
    if (s != 0)
        return s % 10 == 0 ? TickLevel::TenSeconds : TickLevel::Second;
    if (m != 0) {
        if (m % 15 == 0)
            return TickLevel::FifteenMinutes;
        return m % 5 == 0 ? TickLevel::FiveMinutes : TickLevel::Minute;
    }
    if (h % 12 == 0)
        return TickLevel::TwelveHours;
    return h % 6 == 0 ? TickLevel::SixHours : TickLevel::Hour;
}

QString TimelineTickGenerator::label(qint64 ms, TickLevel rank) {
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms);
    const QLocale locale;
    switch (rank) {
    case TickLevel::Day:
        //: Ruler label at local midnight (QDateTime format)
        return locale.toString(
            local, QCoreApplication::translate("kinescope::TimelineTicks", "ddd d MMM"));
    case TickLevel::Second:
    case TickLevel::TenSeconds:
        //: Ruler label with seconds (QDateTime format)
        return locale.toString(local,
                               QCoreApplication::translate("kinescope::TimelineTicks", "HH:mm:ss"));
    case TickLevel::Frame:
        //: Ruler label inside a second (QDateTime format)
        return locale.toString(
            local, QCoreApplication::translate("kinescope::TimelineTicks", "HH:mm:ss.zzz"));
    default:
        //: Ruler label on a minute or hour (QDateTime format)
        return locale.toString(local,
                               QCoreApplication::translate("kinescope::TimelineTicks", "HH:mm"));
    }
}

TimelineTicks TimelineTickGenerator::generate(const TimelineViewport& viewport,
                                              double minLabelSpacingPx, double minTickSpacingPx) {
    TimelineTicks result;
    const double msPerPx = viewport.msPerPixel();
    const double frameMs = viewport.frameMs();
    auto spacing = [&](TickLevel level) { return nominalMs(level, frameMs) / msPerPx; };

    // Majors: the finest non-frame level wide enough for a label; days may be skipped.
    result.majorLevel = TickLevel::Day;
    for (TickLevel level : kLevels) {
        if (level != TickLevel::Frame && spacing(level) >= minLabelSpacingPx) {
            result.majorLevel = level;
            break;
        }
    }
    if (result.majorLevel == TickLevel::Day && spacing(TickLevel::Day) < minLabelSpacingPx)
        result.majorStepDays = int(std::ceil(minLabelSpacingPx / spacing(TickLevel::Day)));
    // Minors: the finest level dense enough to be useful but not a smear.
    result.minorLevel = result.majorLevel;
    for (TickLevel level : kLevels) {
        if (level >= result.majorLevel)
            break;
        if (spacing(level) >= minTickSpacingPx) {
            result.minorLevel = level;
            break;
        }
    }
    if (result.majorStepDays > 1 && spacing(TickLevel::Day) >= minTickSpacingPx)
        result.minorLevel = TickLevel::Day; // unlabelled days between the labelled ones

    // One extra label width each side so labels slide in and out instead of popping.
    const double pad = minLabelSpacingPx * msPerPx;
    const double t0 = viewport.startMs() - pad;
    const double t1 = viewport.endMs() + pad;
    const QList<qint64> majors =
        instantsOf(result.majorLevel, t0, t1, frameMs, result.majorStepDays);
    QList<qint64> minors;
    if (result.minorLevel != result.majorLevel || result.majorStepDays > 1)
        minors = instantsOf(result.minorLevel, t0, t1, frameMs, 1);

    qsizetype j = 0;
    auto push = [&](qint64 ms, bool major) {
        TimelineTick tick;
        tick.ms = ms;
        tick.x = viewport.xForTime(double(ms));
        tick.rank = rankOf(ms);
        tick.major = major;
        if (major)
            tick.label =
                label(ms, std::max(tick.rank, std::min(result.majorLevel, TickLevel::TenSeconds)));
        result.ticks.append(tick);
    };
    for (qint64 m : majors) {
        while (j < minors.size() && minors[j] < m)
            push(minors[j++], false);
        if (j < minors.size() && minors[j] == m)
            ++j;
        push(m, true);
    }
    while (j < minors.size())
        push(minors[j++], false);

    //: The local date shown at the ruler's left edge (QDateTime format)
    result.context = QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(qint64(std::floor(viewport.startMs()))),
        QCoreApplication::translate("kinescope::TimelineTicks", "ddd d MMM yyyy"));
    return result;
}

QString timelineLocalTimeText(qint64 ms) {
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms);
    //: Hover time in local time (QDateTime format); the zone abbreviation follows
    return QLocale().toString(local, QCoreApplication::translate("kinescope::TimelineTicks",
                                                                 "ddd d MMM yyyy HH:mm:ss.zzz")) +
           QLatin1Char(' ') + local.timeZoneAbbreviation();
}

QString timelineUtcTimeText(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
               .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) +
           QStringLiteral(" UTC");
}

} // namespace kinescope
