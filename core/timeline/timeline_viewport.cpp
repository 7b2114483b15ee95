#include "core/timeline/timeline_viewport.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace kinescope {

namespace {
constexpr double kEmptySpanMs = 60'000.0; // what an empty timeline shows
constexpr double kMaxScrollUnits = 1e9;   // stay well inside int
} // namespace

double TimelineViewport::boundsStart() const {
    return double(m_bounds.startMs);
}

double TimelineViewport::boundsSpan() const {
    return m_bounds.isEmpty() ? kEmptySpanMs : double(m_bounds.durationMs());
}

void TimelineViewport::setBounds(TimeInterval bounds) {
    const bool wasEmpty = m_bounds.isEmpty();
    m_bounds = bounds;
    if (wasEmpty) {
        fitBounds();
        return;
    }
    clamp();
}

void TimelineViewport::setWidth(int pixels) {
    m_width = std::max(1, pixels);
    clamp();
}

void TimelineViewport::setFrameMs(double ms) {
    if (ms > 0 && std::isfinite(ms))
        m_frameMs = ms;
    clamp();
}

TimeInterval TimelineViewport::visibleRange() const {
    return {qint64(std::floor(m_start)), qint64(std::ceil(endMs()))};
}

double TimelineViewport::minMsPerPixel() const {
    return m_frameMs / kMaxPixelsPerFrame;
}

double TimelineViewport::maxMsPerPixel() const {
    return std::max(minMsPerPixel(), boundsSpan() / m_width);
}

qint64 TimelineViewport::msAtX(double x) const {
    return qint64(std::llround(timeForX(x)));
}

void TimelineViewport::clamp() {
    if (!std::isfinite(m_msPerPixel) || m_msPerPixel <= 0)
        m_msPerPixel = maxMsPerPixel();
    m_msPerPixel = std::clamp(m_msPerPixel, minMsPerPixel(), maxMsPerPixel());
    const double span = spanMs();
    const double total = boundsSpan();
    if (!std::isfinite(m_start))
        m_start = boundsStart();
    if (span >= total) // everything fits: centre the bounds
        m_start = boundsStart() - (span - total) / 2.0;
    else
        m_start = std::clamp(m_start, boundsStart(), boundsStart() + total - span);
}

bool TimelineViewport::setView(double startMs, double spanMs) {
    const TimelineViewport before = *this;
    if (spanMs > 0 && std::isfinite(spanMs))
        m_msPerPixel = spanMs / m_width;
    if (std::isfinite(startMs))
        m_start = startMs;
    clamp();
    return !(before == *this);
}

bool TimelineViewport::zoomBy(double factor, double anchorX) {
    if (!(factor > 0) || !std::isfinite(factor) || !std::isfinite(anchorX))
        return false;
    const TimelineViewport before = *this;
    const double anchorMs = timeForX(anchorX);
    m_msPerPixel = std::clamp(m_msPerPixel / factor, minMsPerPixel(), maxMsPerPixel());
    m_start = anchorMs - anchorX * m_msPerPixel;
    clamp();
    return !(before == *this);
}

bool TimelineViewport::fit(TimeInterval range, double marginFraction) {
    if (range.isEmpty())
        return false;
    const double span = double(range.durationMs()) * (1.0 + 2.0 * std::max(0.0, marginFraction));
    const double centre = (double(range.startMs) + double(range.endMs)) / 2.0;
    const TimelineViewport before = *this;
    m_msPerPixel = std::clamp(span / m_width, minMsPerPixel(), maxMsPerPixel());
    m_start = centre - spanMs() / 2.0;
    clamp();
    return !(before == *this);
}

bool TimelineViewport::panByPixels(double dx) {
    return panByMs(dx * m_msPerPixel);
}

bool TimelineViewport::panByMs(double dms) {
    if (!std::isfinite(dms))
        return false;
    return setView(m_start + dms, spanMs());
}

bool TimelineViewport::centerOn(double ms) {
    return setView(ms - spanMs() / 2.0, spanMs());
}

bool TimelineViewport::ensureVisible(double ms, double marginPx) {
    const double margin = std::min(marginPx * m_msPerPixel, spanMs() / 2.0);
    if (ms < m_start + margin)
        return setView(ms - margin, spanMs());
    if (ms >= endMs() - margin)
        return setView(ms + margin - spanMs(), spanMs());
    return false;
}

TimelineScrollMapping TimelineViewport::scrollMapping() const {
    TimelineScrollMapping s;
    const double total = boundsSpan();
    const double span = spanMs();
    s.msPerUnit = std::max(m_msPerPixel, total / kMaxScrollUnits);
    if (span >= total) {
        s.pageStep = std::max(1, int(std::lround(span / s.msPerUnit)));
        return s;
    }
    s.maximum = int(std::lround((total - span) / s.msPerUnit));
    s.pageStep = std::max(1, int(std::lround(span / s.msPerUnit)));
    s.singleStep = std::max(1, s.pageStep / 20);
    s.value = std::clamp(int(std::lround((m_start - boundsStart()) / s.msPerUnit)), 0, s.maximum);
    return s;
}

bool TimelineViewport::setScrollValue(int value) {
    const TimelineScrollMapping s = scrollMapping();
    if (s.maximum == 0)
        return false;
    const int v = std::clamp(value, 0, s.maximum);
    if (v == s.value)
        return false;
    // The last unit reaches the end exactly (rounding would leave a sliver).
    const double start = v == s.maximum ? boundsStart() + boundsSpan() - spanMs()
                                        : boundsStart() + double(v) * s.msPerUnit;
    return setView(start, spanMs());
}

} // namespace kinescope
