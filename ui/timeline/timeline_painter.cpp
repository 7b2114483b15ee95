#include "ui/timeline/timeline_painter.h"

#include "core/util/time_format.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace kinescope {

namespace {

QColor mix(const QColor& a, const QColor& b, double t) {
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t),
                            float(a.alphaF() + (b.alphaF() - a.alphaF()) * t));
}

QColor withAlpha(QColor c, int alpha) {
    c.setAlpha(alpha);
    return c;
}

QString signedNumber(qint64 ms) {
    return (ms > 0 ? QStringLiteral("+") : QString()) + QString::number(ms);
}

} // namespace

TimelineColors TimelineColors::fromPalette(const QPalette& palette) {
    TimelineColors c;
    const QColor base = palette.color(QPalette::Base);
    const QColor window = palette.color(QPalette::Window);
    c.dark = window.lightness() < 128;
    c.text = palette.color(QPalette::WindowText);
    c.dimText = withAlpha(c.text, 150);
    c.background = c.dark ? base.darker(115) : base;
    c.ruler = c.dark ? window.darker(120) : window.lighter(104);
    c.tick = withAlpha(c.text, 150);
    c.grid = withAlpha(c.text, c.dark ? 28 : 36);
    c.covered = c.dark ? QColor(52, 168, 100) : QColor(46, 148, 86);
    c.gap = c.dark ? QColor(70, 30, 34) : QColor(246, 214, 214);
    c.gapHatch = c.dark ? QColor(214, 72, 72, 150) : QColor(200, 50, 50, 140);
    c.outside = c.dark ? QColor(0, 0, 0, 110) : QColor(0, 0, 0, 40);
    c.drift = c.dark ? QColor(110, 170, 255) : QColor(30, 96, 200);
    c.driftZero = withAlpha(c.text, 60);
    c.jump = c.dark ? QColor(236, 84, 220) : QColor(190, 30, 170);
    c.overlap = c.dark ? QColor(255, 160, 40) : QColor(220, 120, 0);
    c.selectionEdge = c.dark ? QColor(255, 196, 60) : QColor(214, 150, 0);
    c.selection = withAlpha(c.selectionEdge, c.dark ? 52 : 60);
    c.playhead = QColor(255, 72, 56);
    c.hover = withAlpha(c.text, 110);
    return c;
}

qint64 TimelineColors::key() const {
    quint64 k = 0; // unsigned: the hash wraps by design
    for (const QColor& c : {background, ruler, text, covered, gap, drift, jump, overlap})
        k = k * 1000003u + c.rgba();
    return qint64(k);
}

double TimelinePainter::crispX(double x, double dpr) {
    return (std::floor(x * dpr) + 0.5) / dpr;
}

QImage TimelinePainter::coverageImage(const TimelineLod& lod, const TimelineColors& colors,
                                      int heightPx, double dpr) {
    QImage image(std::max(1, lod.columns), std::max(1, heightPx),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    auto* row = reinterpret_cast<QRgb*>(image.scanLine(0));
    const TimeInterval bounds = lod.viewport.bounds();
    const QRgb covered = colors.covered.rgba();
    const QRgb gap = colors.gap.rgba();
    for (int c = 0; c < lod.columns; ++c) {
        const double mid = lod.columnStartMs(c) + lod.msPerColumn / 2;
        if (!bounds.isEmpty() && (mid < double(bounds.startMs) || mid >= double(bounds.endMs)))
            continue; // outside the loaded range: the background shows
        const float f = lod.coverage[c];
        if (f >= 0.999f)
            row[c] = covered;
        else if (f <= 0.0f)
            row[c] = gap;
        else // partly covered: never lighter than a third, so a sliver still shows
            row[c] = mix(colors.gap, colors.covered, 0.33 + 0.67 * double(f)).rgba();
    }
    for (int y = 1; y < image.height(); ++y)
        std::memcpy(image.scanLine(y), image.constScanLine(0), size_t(image.bytesPerLine()));

    QPainter p(&image);
    const double h = image.height();
    auto colOf = [&](qint64 ms) { return (double(ms) - lod.viewport.startMs()) / lod.msPerColumn; };
    // Fragment boundaries when fragments are wide enough to tell apart.
    QList<QLineF> edges;
    for (double x : lod.boundaries)
        edges.append(QLineF(std::floor(x) + 0.5, 0, std::floor(x) + 0.5, h));
    p.setPen(QPen(colors.covered.darker(colors.dark ? 160 : 135), 0));
    p.drawLines(edges);
    // Holes at least a column wide: hatched, with a crisp edge where recording stops/resumes.
    const QBrush hatch(colors.gapHatch, Qt::BDiagPattern);
    p.setPen(QPen(colors.gapHatch, 0));
    for (const TimeInterval& g : lod.gaps) {
        const double x0 = std::max(-2.0, colOf(g.startMs));
        const double x1 = std::min(double(lod.columns) + 2, colOf(g.endMs));
        if (x1 <= x0)
            continue;
        p.fillRect(QRectF(x0, 0, x1 - x0, h), hatch);
        p.drawLine(QLineF(std::floor(x0) + 0.5, 0, std::floor(x0) + 0.5, h));
        p.drawLine(QLineF(std::floor(x1) + 0.5, 0, std::floor(x1) + 0.5, h));
    }
    // Holes narrower than a column: a full-height mark so they are not lost at week zoom.
    QList<QLineF> marks;
    for (int c = 0; c < lod.columns; ++c) {
        if (lod.flags[size_t(c)] & TimelineLod::Gap && lod.coverage[c] > 0.0f)
            marks.append(QLineF(c + 0.5, 0, c + 0.5, h));
    }
    QColor mark = colors.gapHatch;
    mark.setAlpha(255);
    p.setPen(QPen(mark, std::max(1.0, std::floor(dpr * 0.75))));
    p.drawLines(marks);
    return image;
}

QImage TimelinePainter::driftImage(const TimelineLod& lod, const TimelineColors& colors,
                                   int heightPx, double dpr) {
    QImage image(std::max(1, lod.columns), std::max(1, heightPx),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    if (!lod.hasDrift)
        return image;
    // The vertical scale follows what is visible (the label says which range it is).
    qint64 lo = lod.visibleDriftMin;
    qint64 hi = lod.visibleDriftMax;
    // At least 200 ms tall, so a few ms of jitter stays a calm line (a flat one sits in the
    // middle) instead of being stretched over the whole band.
    constexpr qint64 kMinScaleMs = 200;
    if (hi - lo < kMinScaleMs) {
        const qint64 mid = lo + (hi - lo) / 2;
        lo = mid - kMinScaleMs / 2;
        hi = mid + kMinScaleMs / 2;
    }
    const int h = image.height();
    const int w = image.width();
    const double top = 3.0 * dpr; // room for the jump heads
    const double bottom = h - 1 - 3.0 * dpr;
    auto yOf = [&](qint64 v) {
        const double t = double(v - lo) / double(hi - lo);
        return std::clamp(int(std::lround(bottom - t * (bottom - top))), 0, h - 1);
    };
    auto row = [&](int y) { return reinterpret_cast<QRgb*>(image.scanLine(y)); };
    auto put = [&](int x, int y, QRgb color) {
        if (x >= 0 && x < w && y >= 0 && y < h)
            row(y)[x] = color;
    };
    // The zero line, dotted, when it is in range.
    if (lo <= 0 && hi >= 0) {
        const int y0 = yOf(0);
        const QRgb z = qPremultiply(colors.driftZero.rgba());
        for (int c = 0; c < w; c += 3)
            put(c, y0, z);
    }
    // Per-column values read as noise when a column holds a couple of fragments (ingest
    // latency varies from one fragment to the next), so the band shows them over a window of
    // a few pixels: min/max envelope and mean of the columns in it (hardly wider than the
    // antialiasing of a line; steps between fragments wider than the window stay steps).
    const int half = std::max(2, int(std::lround(3 * dpr)));
    const auto columns = size_t(std::max(0, lod.columns));
    std::vector<qint64> envMin(columns, 0);
    std::vector<qint64> envMax(columns, 0);
    std::vector<qint64> mean(columns, 0);
    for (int c = 0; c < lod.columns; ++c) {
        if (!(lod.flags[size_t(c)] & TimelineLod::HasDrift))
            continue;
        qint64 mn = lod.driftMin[size_t(c)];
        qint64 mx = lod.driftMax[size_t(c)];
        double sum = 0;
        int count = 0;
        for (int k = std::max(0, c - half); k <= std::min(lod.columns - 1, c + half); ++k) {
            if (!(lod.flags[size_t(k)] & TimelineLod::HasDrift))
                continue;
            mn = std::min(mn, lod.driftMin[size_t(k)]);
            mx = std::max(mx, lod.driftMax[size_t(k)]);
            sum += double(lod.driftMean[size_t(k)]);
            ++count;
        }
        envMin[size_t(c)] = mn;
        envMax[size_t(c)] = mx;
        mean[size_t(c)] = qint64(std::llround(sum / count));
    }
    // The envelope: one calm translucent band between min and max drift.
    const QRgb band = qPremultiply(withAlpha(colors.drift, colors.dark ? 84 : 70).rgba());
    const QRgb edge = qPremultiply(withAlpha(colors.drift, colors.dark ? 130 : 115).rgba());
    for (int c = 0; c < lod.columns; ++c) {
        if (!(lod.flags[size_t(c)] & TimelineLod::HasDrift))
            continue;
        const int y0 = yOf(envMax[size_t(c)]);
        const int y1 = yOf(envMin[size_t(c)]);
        for (int y = y0; y <= y1; ++y)
            put(c, y, y == y0 || y == y1 ? edge : band);
    }
    // The mean drift: a solid line joined across columns.
    const QRgb line = colors.drift.rgba();
    const int thick = std::max(1, int(std::lround(dpr)));
    int previous = -1;
    for (int c = 0; c < lod.columns; ++c) {
        if (!(lod.flags[size_t(c)] & TimelineLod::HasDrift)) {
            previous = -1;
            continue;
        }
        const int y = yOf(mean[size_t(c)]);
        const int from = previous >= 0 ? std::min(previous, y) : y;
        const int to = previous >= 0 ? std::max(previous, y) : y;
        for (int yy = from; yy <= to + thick - 1; ++yy)
            put(c, yy, line);
        previous = y;
    }
    // Markers on top: a producer clock jump is a full-height line with a head at the top, an
    // overlap a short tick with a head at the bottom; a run of flagged columns gets one marker.
    const int head = std::max(3, int(std::lround(3 * dpr)));
    const QRgb jump = colors.jump.rgba();
    const QRgb overlap = colors.overlap.rgba();
    auto wedge = [&](int x, bool atTop, QRgb color) {
        for (int k = 0; k < head; ++k)
            for (int dx = -(head - 1 - k); dx <= head - 1 - k; ++dx)
                put(x + dx, atTop ? k : h - 1 - k, color);
    };
    for (int c = 0; c < lod.columns; ++c) {
        const quint8 f = lod.flags[size_t(c)];
        const quint8 before = c > 0 ? lod.flags[size_t(c - 1)] : 0;
        if ((f & TimelineLod::Overlap) && !(before & TimelineLod::Overlap)) {
            for (int y = h - 1 - 2 * head; y < h; ++y)
                put(c, y, overlap);
            wedge(c, false, overlap);
        }
    }
    for (int c = 0; c < lod.columns; ++c) {
        const quint8 f = lod.flags[size_t(c)];
        const quint8 before = c > 0 ? lod.flags[size_t(c - 1)] : 0;
        if ((f & TimelineLod::Jump) && !(before & TimelineLod::Jump)) {
            for (int y = 0; y < h; ++y)
                for (int t = 0; t < thick; ++t)
                    put(c + t, y, jump);
            wedge(c, true, jump);
        }
    }
    return image;
}

void TimelinePainter::paintRuler(QPainter& p, const QRect& rect, const TimelineTicks& ticks,
                                 const TimelineColors& colors) {
    const double dpr = p.device()->devicePixelRatioF();
    p.fillRect(rect, colors.ruler);
    const QFontMetrics fm(p.font());
    const int bottom = rect.bottom() + 1;
    QList<QLineF> minor;
    QList<QLineF> major;
    for (const TimelineTick& t : ticks.ticks) {
        const double x = crispX(t.x, dpr);
        if (x < rect.left() - 1 || x > rect.right() + 1)
            continue;
        if (t.major) {
            const double len = t.rank == TickLevel::Day ? rect.height() : rect.height() * 0.45;
            major.append(QLineF(x, bottom - len, x, bottom));
        } else {
            const double len = t.rank >= ticks.minorLevel && t.rank > TickLevel::Frame &&
                                       ticks.minorLevel != TickLevel::Frame
                                   ? 5.0
                                   : 3.0;
            minor.append(QLineF(x, bottom - len, x, bottom));
        }
    }
    p.setPen(QPen(withAlpha(colors.tick, 110), 0));
    p.drawLines(minor);
    p.setPen(QPen(colors.tick, 0));
    p.drawLines(major);

    // Labels right of their tick; one that would run into the next is left out.
    const int baseline = rect.top() + (rect.height() - 4 + fm.ascent() - fm.descent()) / 2;
    double lastRight = -1e9;
    const QString context = ticks.context;
    const int contextRight = rect.left() + 6 + fm.horizontalAdvance(context) + 8;
    for (const TimelineTick& t : ticks.ticks) {
        if (!t.major || t.label.isEmpty())
            continue;
        const double x = t.x + 4;
        const int w = fm.horizontalAdvance(t.label);
        if (x + w < rect.left() || x > rect.right())
            continue;
        if (x < lastRight + 6 || x < contextRight)
            continue;
        QFont f = p.font();
        f.setBold(t.rank == TickLevel::Day);
        p.setFont(f);
        p.setPen(t.rank == TickLevel::Day ? colors.text : colors.dimText);
        p.drawText(QPointF(x, baseline), t.label);
        lastRight = x + w;
    }
    QFont f = p.font();
    f.setBold(true);
    p.setFont(f);
    const QRect box(rect.left(), rect.top(), contextRight - rect.left(), rect.height());
    p.fillRect(box, colors.ruler);
    p.setPen(colors.text);
    p.drawText(QPointF(rect.left() + 6, baseline), context);
    f.setBold(false);
    p.setFont(f);
    p.setPen(QPen(withAlpha(colors.text, 50), 0));
    p.drawLine(QLineF(rect.left(), bottom - 0.5, rect.right() + 1, bottom - 0.5));
}

void TimelinePainter::paintGrid(QPainter& p, const QRect& rect, const TimelineTicks& ticks,
                                const TimelineColors& colors) {
    const double dpr = p.device()->devicePixelRatioF();
    QList<QLineF> lines;
    QList<QLineF> days;
    for (const TimelineTick& t : ticks.ticks) {
        if (!t.major)
            continue;
        const double x = crispX(t.x, dpr);
        (t.rank == TickLevel::Day ? days : lines)
            .append(QLineF(x, rect.top(), x, rect.bottom() + 1));
    }
    p.setPen(QPen(colors.grid, 0));
    p.drawLines(lines);
    p.setPen(QPen(withAlpha(colors.text, colors.dark ? 70 : 80), 0));
    p.drawLines(days);
}

void TimelinePainter::paintDriftLabels(QPainter& p, const QRect& rect, const TimelineLod& lod,
                                       const TimelineColors& colors) {
    p.save();
    QFont f = p.font();
    f.setPointSizeF(std::max(6.0, f.pointSizeF() * 0.85));
    p.setFont(f);
    p.setPen(colors.dimText);
    const QFontMetrics fm(f);
    //: Name of the timeline band showing server time minus producer time
    const QString name = QCoreApplication::translate("kinescope::TimelinePainter", "drift");
    QString range;
    if (lod.hasDrift)
        range =
            lod.visibleDriftMin == lod.visibleDriftMax
                //: The drift band's value when it is constant, e.g. "+250 ms"
                ? QCoreApplication::translate("kinescope::TimelinePainter", "%1 ms")
                      .arg(signedNumber(lod.visibleDriftMin))
                //: The drift band's vertical range, e.g. "+150…+900 ms"
                : QCoreApplication::translate("kinescope::TimelinePainter", "%1…%2 ms")
                      .arg(signedNumber(lod.visibleDriftMin), signedNumber(lod.visibleDriftMax));
    const QRect inner = rect.adjusted(6, 0, -6, 0);
    const QRect nameBox(inner.left() - 3, inner.top() + 1, fm.horizontalAdvance(name) + 6,
                        fm.height());
    p.fillRect(nameBox, withAlpha(colors.background, 200));
    p.drawText(inner, Qt::AlignLeft | Qt::AlignTop, name);
    if (!range.isEmpty()) {
        const int w = fm.horizontalAdvance(range) + 6;
        p.fillRect(QRect(inner.right() - w + 3, inner.top() + 1, w, fm.height()),
                   withAlpha(colors.background, 200));
        p.drawText(inner, Qt::AlignRight | Qt::AlignTop, range);
    }
    p.restore();
}

void TimelinePainter::paintOverlay(QPainter& p, const QRect& all, const QRect& ruler,
                                   const TimelineViewport& viewport, const TimelineOverlay& overlay,
                                   const TimelineColors& colors) {
    const double dpr = p.device()->devicePixelRatioF();
    const double left = all.left();
    auto xOf = [&](qint64 ms) { return left + viewport.xForTime(double(ms)); };

    // Outside the loaded range: shaded, with a line at each bound.
    if (!overlay.bounds.isEmpty()) {
        const double b0 = xOf(overlay.bounds.startMs);
        const double b1 = xOf(overlay.bounds.endMs);
        const QRectF below(all.left(), ruler.bottom() + 1, all.width(),
                           all.bottom() - ruler.bottom());
        if (b0 > all.left())
            p.fillRect(QRectF(below.left(), below.top(), b0 - below.left(), below.height()),
                       QBrush(colors.outside, Qt::Dense4Pattern));
        if (b1 < all.right())
            p.fillRect(QRectF(b1, below.top(), below.right() - b1 + 1, below.height()),
                       QBrush(colors.outside, Qt::Dense4Pattern));
        p.setPen(QPen(colors.dimText, 0, Qt::DashLine));
        for (double b : {b0, b1}) {
            if (b >= all.left() - 1 && b <= all.right() + 1)
                p.drawLine(QLineF(crispX(b, dpr), below.top(), crispX(b, dpr), below.bottom()));
        }
    }

    // The I/O selection: shaded across every band, edges with grab handles in the ruler.
    if (overlay.selection) {
        const double x0 = xOf(overlay.selection->startMs);
        const double x1 = xOf(overlay.selection->endMs);
        if (x1 >= all.left() - 8 && x0 <= all.right() + 8) {
            p.fillRect(QRectF(QPointF(x0, all.top()), QPointF(x1, all.bottom() + 1)),
                       colors.selection);
            p.setPen(QPen(colors.selectionEdge, 0));
            for (double x : {x0, x1})
                p.drawLine(QLineF(crispX(x, dpr), all.top(), crispX(x, dpr), all.bottom() + 1));
            p.setRenderHint(QPainter::Antialiasing, true);
            p.setPen(Qt::NoPen);
            p.setBrush(colors.selectionEdge);
            const double hh = std::min(14.0, ruler.height() - 4.0);
            const double top = ruler.top() + (ruler.height() - hh) / 2.0;
            QPainterPath in; // [ shaped
            in.addRoundedRect(QRectF(x0, top, 5, hh), 1.5, 1.5);
            QPainterPath out; // ] shaped
            out.addRoundedRect(QRectF(x1 - 5, top, 5, hh), 1.5, 1.5);
            p.drawPath(in);
            p.drawPath(out);
            p.setBrush(Qt::NoBrush);
            p.setRenderHint(QPainter::Antialiasing, false);
        }
    }

    // Hover line.
    if (overlay.hoverX) {
        const double x = crispX(left + *overlay.hoverX, dpr);
        p.setPen(QPen(colors.hover, 0, Qt::DotLine));
        p.drawLine(QLineF(x, ruler.bottom() + 1, x, all.bottom() + 1));
    }

    // Playhead: a line with a head in the ruler.
    const double px = xOf(overlay.playheadMs);
    if (px >= all.left() - 6 && px <= all.right() + 6) {
        const double x = crispX(px, dpr);
        p.setPen(QPen(colors.playhead, 0));
        p.drawLine(QLineF(x, ruler.top(), x, all.bottom() + 1));
        p.setRenderHint(QPainter::Antialiasing, true);
        QPainterPath head;
        head.moveTo(x - 5.5, ruler.top());
        head.lineTo(x + 5.5, ruler.top());
        head.lineTo(x + 5.5, ruler.top() + 5);
        head.lineTo(x, ruler.top() + 10);
        head.lineTo(x - 5.5, ruler.top() + 5);
        head.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(colors.playhead);
        p.drawPath(head);
        p.setBrush(Qt::NoBrush);
        p.setRenderHint(QPainter::Antialiasing, false);
    }

    if (!overlay.emptyText.isEmpty()) {
        p.setPen(colors.dimText);
        p.drawText(all.adjusted(0, ruler.height(), 0, 0), Qt::AlignCenter, overlay.emptyText);
    }
    if (overlay.hasFocus) {
        p.setPen(QPen(withAlpha(colors.selectionEdge, 90), 0));
        p.drawRect(QRectF(all).adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

} // namespace kinescope
