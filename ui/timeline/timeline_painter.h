#pragma once

#include "core/kvs/fragment_index.h"
#include "core/timeline/timeline_lod.h"
#include "core/timeline/timeline_ticks.h"

#include <QColor>
#include <QImage>
#include <QPalette>
#include <QRect>

#include <optional>

class QPainter;

namespace kinescope {

// The timeline's colours, derived from the widget palette (dark and light themes).
struct TimelineColors {
    bool dark = true;
    QColor background;
    QColor ruler;
    QColor text;
    QColor dimText;
    QColor tick;
    QColor grid;
    QColor covered;
    QColor gap;
    QColor gapHatch;
    QColor outside;
    QColor drift;
    QColor driftZero;
    QColor jump;
    QColor overlap;
    QColor selection;
    QColor selectionEdge;
    QColor playhead;
    QColor hover;

    static TimelineColors fromPalette(const QPalette& palette);
    qint64 key() const; // changes when any colour does
};

// Everything the overlay layers need besides the cached bands.
struct TimelineOverlay {
    TimeInterval bounds;
    std::optional<TimeInterval> selection;
    qint64 playheadMs = 0;
    std::optional<double> hoverX;
    bool hasFocus = false;
    QString clockName;
    QString emptyText; // shown when there is nothing to draw
};

// Stateless painting helpers. The band images have one pixel per LOD column (a device pixel)
// and are drawn unscaled horizontally, so 1-pixel features stay crisp on HiDPI screens.
class TimelinePainter {
public:
    // The coverage bar with its gaps (hatched), sub-column gap marks and fragment boundaries,
    // and the drift band with its jump and overlap markers: drawn once per LOD, then blitted.
    static QImage coverageImage(const TimelineLod& lod, const TimelineColors& colors, int heightPx,
                                double dpr);
    static QImage driftImage(const TimelineLod& lod, const TimelineColors& colors, int heightPx,
                             double dpr);

    static void paintRuler(QPainter& p, const QRect& rect, const TimelineTicks& ticks,
                           const TimelineColors& colors);
    static void paintGrid(QPainter& p, const QRect& rect, const TimelineTicks& ticks,
                          const TimelineColors& colors);
    static void paintDriftLabels(QPainter& p, const QRect& rect, const TimelineLod& lod,
                                 const TimelineColors& colors);
    static void paintOverlay(QPainter& p, const QRect& all, const QRect& ruler,
                             const TimelineViewport& viewport, const TimelineOverlay& overlay,
                             const TimelineColors& colors);

    // x rounded to the centre of a device pixel (crisp 1-pixel lines at any scale).
    static double crispX(double x, double dpr);
};

} // namespace kinescope
