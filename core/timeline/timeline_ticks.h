#pragma once

#include "core/timeline/timeline_viewport.h"

#include <QList>
#include <QString>

namespace kinescope {

// Ruler levels, finest first. Every level but Frame is aligned in LOCAL wall-clock time
// (an hour tick is where the local clock shows hh:00, a day tick at local midnight), so DST
// days have 23 or 25 hours and the repeated hour of a fall-back night is ticked twice.
enum class TickLevel {
    Frame,
    Second,
    TenSeconds,
    Minute,
    FiveMinutes,
    FifteenMinutes,
    Hour,
    SixHours,
    TwelveHours,
    Day,
};

struct TimelineTick {
    qint64 ms = 0;                     // epoch milliseconds
    double x = 0;                      // in viewport pixels
    TickLevel rank = TickLevel::Frame; // the coarsest level this instant is aligned to
    bool major = false;                // labelled
    QString label;                     // empty for minor ticks
};

struct TimelineTicks {
    QList<TimelineTick> ticks; // sorted by time, at most one per instant
    TickLevel majorLevel = TickLevel::Day;
    TickLevel minorLevel = TickLevel::Day; // == majorLevel when there are no minor ticks
    int majorStepDays = 1;                 // > 1 when even days are too dense to label each
    QString context;                       // the local date at the left edge, for the corner
};

// Builds the ruler for a viewport: major ticks (labelled) at the finest level whose spacing is
// at least minLabelSpacingPx, minor ticks at the finest level with at least minTickSpacingPx.
class TimelineTickGenerator {
public:
    static constexpr double kMinLabelSpacingPx = 64.0;
    static constexpr double kMinTickSpacingPx = 12.0;

    static TimelineTicks generate(const TimelineViewport& viewport,
                                  double minLabelSpacingPx = kMinLabelSpacingPx,
                                  double minTickSpacingPx = kMinTickSpacingPx);

    // Nominal length of a level (a day is 24 h here; only used for spacing decisions).
    static double nominalMs(TickLevel level, double frameMs);
    // The label of an instant shown at a major tick of `rank`.
    static QString label(qint64 ms, TickLevel rank);
    // Local instants aligned to `stepMs` of local wall-clock time in [t0, t1] (DST-correct).
    static QList<qint64> alignedLocal(double t0, double t1, qint64 stepMs);
    // Local midnights in [t0, t1], every stepDays days (aligned on the Julian day number).
    static QList<qint64> localMidnights(double t0, double t1, int stepDays = 1);
    // The coarsest level `ms` is aligned to in local time (Frame when none).
    static TickLevel rankOf(qint64 ms);
};

// "Tue 4 Nov 2025 14:05:10.250 CET" (local, with the zone abbreviation) and the UTC form for
// the hover card.
QString timelineLocalTimeText(qint64 ms);
QString timelineUtcTimeText(qint64 ms);

} // namespace kinescope
