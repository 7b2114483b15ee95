#pragma once

#include "core/kvs/fragment_index.h"

#include <QtGlobal>

namespace kinescope {

// How a horizontal scroll bar maps onto the viewport. QScrollBar works in ints, so one unit
// is msPerUnit milliseconds (a pixel at the current zoom, or coarser when a year at frame zoom
// would overflow an int).
struct TimelineScrollMapping {
    int maximum = 0; // minimum is 0
    int pageStep = 1;
    int singleStep = 1;
    int value = 0;
    double msPerUnit = 1.0;
    bool operator==(const TimelineScrollMapping& other) const = default;
};

// The geometry of the coverage timeline: which part [start, end) of the bounds (the loaded
// range) is shown across `width` pixels. Times are epoch milliseconds held as doubles so a
// frame can span many pixels. Zoom is limited from the whole bounds (a week or more) down to
// single frames: at most zoomed in, one frame spans kMaxPixelsPerFrame pixels. The view never
// leaves the bounds (when the bounds are shorter than the view, they are centred).
// No widgets: the widget and the tests drive it with plain numbers.
class TimelineViewport {
public:
    static constexpr double kMaxPixelsPerFrame = 24.0;
    static constexpr double kDefaultFrameMs = 1000.0 / 30.0;

    TimelineViewport() = default;

    // --- Configuration -------------------------------------------------------------------
    TimeInterval bounds() const { return m_bounds; }
    // New bounds keep the current view where possible (clamped). An empty interval leaves an
    // empty timeline (every mapping still works, showing one minute from 0).
    void setBounds(TimeInterval bounds);
    int width() const { return m_width; }
    void setWidth(int pixels); // keeps the start and the scale, then clamps
    double frameMs() const { return m_frameMs; }
    void setFrameMs(double ms); // the shortest unit the zoom reaches

    // --- The view ------------------------------------------------------------------------
    double startMs() const { return m_start; }
    double endMs() const { return m_start + spanMs(); }
    double spanMs() const { return m_msPerPixel * m_width; }
    double msPerPixel() const { return m_msPerPixel; }
    // The visible interval rounded outwards to whole milliseconds.
    TimeInterval visibleRange() const;
    bool isVisible(qint64 ms) const { return ms >= m_start && ms < endMs(); }

    // Zoom limits in milliseconds per pixel.
    double minMsPerPixel() const;
    double maxMsPerPixel() const;
    bool canZoomIn() const { return m_msPerPixel > minMsPerPixel() * (1 + 1e-9); }
    bool canZoomOut() const { return m_msPerPixel < maxMsPerPixel() * (1 - 1e-9); }

    // --- Mapping -------------------------------------------------------------------------
    double xForTime(double ms) const { return (ms - m_start) / m_msPerPixel; }
    double timeForX(double x) const { return m_start + x * m_msPerPixel; }
    qint64 msAtX(double x) const; // rounded to the nearest millisecond

    // --- Changing the view (each returns true when the view changed) -----------------------
    // factor > 1 zooms in; the time under anchorX stays under anchorX (unless clamping).
    bool zoomBy(double factor, double anchorX);
    bool zoomIn(double anchorX) { return zoomBy(kZoomStep, anchorX); }
    bool zoomOut(double anchorX) { return zoomBy(1.0 / kZoomStep, anchorX); }
    bool setView(double startMs, double spanMs); // clamped
    // Show [range] with `marginFraction` of the span free on each side (clamped to the limits).
    bool fit(TimeInterval range, double marginFraction = 0.0);
    bool fitBounds() { return fit(m_bounds); }
    bool panByPixels(double dx); // dx > 0 moves the view later in time
    bool panByMs(double dms);
    bool centerOn(double ms);
    // Scroll so that `ms` is visible with `marginPx` to spare (no zoom change).
    bool ensureVisible(double ms, double marginPx = 0.0);

    // --- Scroll bar ----------------------------------------------------------------------
    TimelineScrollMapping scrollMapping() const;
    bool setScrollValue(int value);

    static constexpr double kZoomStep = 1.25;

    bool operator==(const TimelineViewport& other) const = default;

private:
    void clamp();
    double boundsStart() const;
    double boundsSpan() const;

    TimeInterval m_bounds;
    int m_width = 1;
    double m_frameMs = kDefaultFrameMs;
    double m_start = 0.0;
    double m_msPerPixel = 60'000.0;
};

} // namespace kinescope
