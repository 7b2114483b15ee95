#include "ui/timeline/timeline_widget.h"

#include "core/review/review_state.h"
#include "core/util/time_format.h"
#include "ui/timeline/timeline_hover_card.h"
#include "ui/timeline/timeline_painter.h"

#include <QApplication>
#include <QGestureEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace kinescope {

namespace {
constexpr int kCoverageMinHeight = 22;
constexpr int kDriftHeight = 30;
constexpr int kBandGap = 3;
constexpr int kEdgeGrabPx = 5;
constexpr double kFollowMarginFraction = 0.05;
} // namespace

TimelineWidget::TimelineWidget(ReviewState* review, QWidget* parent)
    : QWidget(parent)
    , m_review(review) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    grabGesture(Qt::PinchGesture);
    setAccessibleName(tr("Coverage timeline"));
    setWhatsThis(tr("Recorded coverage and gaps of the loaded range. Wheel zooms at the cursor, "
                    "Shift+wheel pans, click sets the playhead, drag selects, I and O set the "
                    "selection at the playhead, F fits."));
    m_viewport.setWidth(std::max(1, width()));

    connect(m_review, &ReviewState::indexChanged, this, &TimelineWidget::onIndexChanged);
    connect(m_review, &ReviewState::loadedRangeChanged, this,
            &TimelineWidget::onLoadedRangeChanged);
    connect(m_review, &ReviewState::streamChanged, this, [this] {
        m_fitPending = true;
        m_viewport.setBounds({});
        onIndexChanged();
    });
    connect(m_review, &ReviewState::clockChanged, this, [this] { onIndexChanged(); });
    connect(m_review, &ReviewState::selectionChanged, this, qOverload<>(&QWidget::update));
    connect(m_review, &ReviewState::playheadChanged, this, &TimelineWidget::onPlayheadChanged);
    connect(m_review, &ReviewState::visibleRangeChanged, this,
            &TimelineWidget::onVisibleRangeChanged);
    m_lastPlayheadMs = m_review->playheadMs();
    updateBounds();
}

TimelineWidget::~TimelineWidget() {
    delete m_hoverCard;
}

void TimelineWidget::setThumbnailLookup(std::function<std::optional<QImage>(qint64)> lookup) {
    m_thumbnailLookup = std::move(lookup);
}

void TimelineWidget::setFrameDurationMs(double ms) {
    const TimelineViewport before = m_viewport;
    m_viewport.setFrameMs(ms);
    viewChanged(!(before == m_viewport));
    m_ticksViewport.reset();
}

void TimelineWidget::setLodOptions(const TimelineLodOptions& options) {
    m_lodCache.setOptions(options);
    update();
}

QSize TimelineWidget::sizeHint() const {
    return {960, minimumSizeHint().height() + 8};
}

QSize TimelineWidget::minimumSizeHint() const {
    const int ruler = fontMetrics().height() + 10;
    return {200, ruler + kBandGap + kCoverageMinHeight + kBandGap + kDriftHeight + 2};
}

QRect TimelineWidget::rulerRect() const {
    return {0, 0, width(), fontMetrics().height() + 10};
}

QRect TimelineWidget::driftRect() const {
    return {0, height() - kDriftHeight - 1, width(), kDriftHeight};
}

QRect TimelineWidget::coverageRect() const {
    const int top = rulerRect().bottom() + 1 + kBandGap;
    const int bottom = driftRect().top() - kBandGap;
    return {0, top, width(), std::max(kCoverageMinHeight / 2, bottom - top)};
}

int TimelineWidget::columnsFor(int widthPx) const {
    return std::max(1, int(std::ceil(widthPx * devicePixelRatioF())));
}

// --- Review state ------------------------------------------------------------------------

void TimelineWidget::onIndexChanged() {
    ++m_generation; // the LOD follows lazily at the next paint; nothing is computed here
    updateBounds();
    update();
}

void TimelineWidget::onLoadedRangeChanged() {
    m_fitPending = true;
    updateBounds();
    update();
}

void TimelineWidget::updateBounds() {
    TimeInterval bounds = m_review->loadedRange();
    if (bounds.isEmpty() && !m_review->index().isEmpty())
        bounds = {m_review->index().firstStartMs(), m_review->index().lastEndMs()};
    const TimelineViewport before = m_viewport;
    if (!(bounds == m_viewport.bounds()))
        m_viewport.setBounds(bounds);
    if (m_fitPending && !bounds.isEmpty()) {
        m_viewport.fitBounds();
        m_fitPending = false;
    }
    viewChanged(!(before == m_viewport));
}

void TimelineWidget::onPlayheadChanged(qint64 ms) {
    const qint64 previous = m_lastPlayheadMs;
    m_lastPlayheadMs = ms;
    if (!m_settingPlayhead && m_followPlayhead && !m_viewport.isVisible(ms) &&
        m_drag == Drag::None) {
        const double span = m_viewport.spanMs();
        const bool wasVisible = m_viewport.isVisible(previous);
        if (wasVisible && ms > previous && double(ms - previous) < span) // playing: page on
            viewChanged(m_viewport.setView(double(ms) - span * kFollowMarginFraction, span));
        else
            viewChanged(m_viewport.centerOn(double(ms)));
    }
    update();
}

void TimelineWidget::onVisibleRangeChanged(TimeInterval range) {
    if (range == m_lastWrittenVisible || range.isEmpty())
        return; // our own write, or nothing to show
    viewChanged(m_viewport.setView(double(range.startMs), double(range.durationMs())));
}

void TimelineWidget::viewChanged(bool changed) {
    const TimeInterval visible = m_viewport.visibleRange();
    if (!m_viewport.bounds().isEmpty() && !(visible == m_lastWrittenVisible)) {
        m_lastWrittenVisible = visible;
        m_review->setVisibleRange(visible);
    }
    if (changed) {
        update();
        Q_EMIT viewportChanged();
    }
}

// --- Public slots --------------------------------------------------------------------------

double TimelineWidget::zoomAnchorX() const {
    const double x = m_viewport.xForTime(double(m_review->playheadMs()));
    return x >= 0 && x <= width() ? x : width() / 2.0;
}

void TimelineWidget::zoomIn() {
    viewChanged(m_viewport.zoomIn(zoomAnchorX()));
}

void TimelineWidget::zoomOut() {
    viewChanged(m_viewport.zoomOut(zoomAnchorX()));
}

void TimelineWidget::fitAll() {
    viewChanged(m_viewport.fitBounds());
}

void TimelineWidget::fitSelection() {
    if (const auto& selection = m_review->selection())
        viewChanged(m_viewport.fit(*selection, 0.05));
    else
        fitAll();
}

void TimelineWidget::setScrollValue(int value) {
    viewChanged(m_viewport.setScrollValue(value));
}

void TimelineWidget::setView(double startMs, double spanMs) {
    viewChanged(m_viewport.setView(startMs, spanMs));
}

// --- Painting ------------------------------------------------------------------------------

void TimelineWidget::paintEvent(QPaintEvent* event) {
    Q_UNUSED(event)
    QPainter p(this);
    const TimelineColors colors = TimelineColors::fromPalette(palette());
    p.fillRect(rect(), colors.background);
    const QRect ruler = rulerRect();
    const QRect coverage = coverageRect();
    const QRect drift = driftRect();
    const double dpr = devicePixelRatioF();

    if (!m_ticksViewport || !(*m_ticksViewport == m_viewport)) {
        m_ticks = TimelineTickGenerator::generate(m_viewport);
        m_ticksViewport = m_viewport;
    }
    const FragmentIndex& index = m_review->index();
    const bool empty = m_viewport.bounds().isEmpty();
    TimelineOverlay overlay;
    overlay.bounds = m_viewport.bounds();
    overlay.selection = m_review->selection();
    overlay.playheadMs = m_review->playheadMs();
    overlay.hoverX = m_hoverX;
    overlay.hasFocus = hasFocus();
    if (empty)
        overlay.emptyText =
            m_review->hasStream() ? tr("No fragments loaded") : tr("No stream selected");
    else if (index.isEmpty())
        overlay.emptyText = tr("No fragments in the loaded range");

    if (!empty) {
        const TimelineLod& lod =
            m_lodCache.lod(index, m_generation, m_viewport, columnsFor(width()));
        const QList<int> size{lod.columns, int(std::lround(coverage.height() * dpr)),
                              int(std::lround(drift.height() * dpr))};
        if (m_imagesForLod != m_lodCache.lodComputations() || m_imagesSize != size ||
            m_imagesPaletteKey != colors.key()) {
            m_coverageImage = TimelinePainter::coverageImage(lod, colors, size[1], dpr);
            m_driftImage = TimelinePainter::driftImage(lod, colors, size[2], dpr);
            m_imagesForLod = m_lodCache.lodComputations();
            m_imagesSize = size;
            m_imagesPaletteKey = colors.key();
        }
        TimelinePainter::paintGrid(p, coverage.united(drift), m_ticks, colors); // under the data
        p.drawImage(QRectF(coverage), m_coverageImage);
        p.drawImage(QRectF(drift), m_driftImage);
        TimelinePainter::paintDriftLabels(p, drift, lod, colors);
    }
    TimelinePainter::paintRuler(p, ruler, m_ticks, colors);
    TimelinePainter::paintOverlay(p, rect(), ruler, m_viewport, overlay, colors);
}

void TimelineWidget::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    const TimelineViewport before = m_viewport;
    // Keep the scale when the widget grows or shrinks, unless everything was shown.
    const bool wasFit = !m_viewport.canZoomOut();
    m_viewport.setWidth(std::max(1, width()));
    if (wasFit)
        m_viewport.fitBounds();
    viewChanged(!(before == m_viewport));
}

void TimelineWidget::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange ||
        event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

// --- Input ---------------------------------------------------------------------------------

qint64 TimelineWidget::clampToBounds(qint64 ms) const {
    const TimeInterval b = m_viewport.bounds();
    if (b.isEmpty())
        return ms;
    return std::clamp(ms, b.startMs, b.endMs);
}

void TimelineWidget::setPlayheadFromUser(qint64 ms, bool keepVisible) {
    ms = clampToBounds(ms);
    m_settingPlayhead = true;
    m_review->setPlayheadMs(ms);
    m_settingPlayhead = false;
    if (keepVisible)
        viewChanged(m_viewport.ensureVisible(double(ms), 24));
    update();
}

void TimelineWidget::wheelEvent(QWheelEvent* event) {
    const QPoint angle = event->angleDelta();
    const QPoint pixels = event->pixelDelta();
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const bool horizontal = angle.x() != 0 && angle.y() == 0;
    if (horizontal || shift) {
        double dx = 0;
        if (!pixels.isNull() && !shift)
            dx = -double(pixels.x());
        else
            dx = -double(angle.x() != 0 ? angle.x() : angle.y()) / 120.0 * width() / 10.0;
        viewChanged(m_viewport.panByPixels(dx));
    } else if (angle.y() != 0) {
        const double factor = std::pow(TimelineViewport::kZoomStep, double(angle.y()) / 120.0);
        viewChanged(m_viewport.zoomBy(factor, event->position().x()));
    }
    updateHover(event->position());
    event->accept();
}

bool TimelineWidget::event(QEvent* event) {
    if (event->type() == QEvent::NativeGesture) {
        auto* gesture = static_cast<QNativeGestureEvent*>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            viewChanged(m_viewport.zoomBy(1.0 + gesture->value(), gesture->position().x()));
            return true;
        }
    } else if (event->type() == QEvent::Gesture) {
        auto* gestures = static_cast<QGestureEvent*>(event);
        if (auto* pinch = static_cast<QPinchGesture*>(gestures->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged) {
                const QPointF centre = mapFromGlobal(pinch->centerPoint());
                viewChanged(m_viewport.zoomBy(pinch->scaleFactor(), centre.x()));
            }
            gestures->accept(pinch);
            return true;
        }
    }
    return QWidget::event(event);
}

void TimelineWidget::mousePressEvent(QMouseEvent* event) {
    setFocus(Qt::MouseFocusReason);
    hideHover();
    m_pressPos = event->position();
    m_lastDragX = event->position().x();
    const double x = event->position().x();
    const qint64 ms = m_viewport.msAtX(x);
    if (event->button() == Qt::MiddleButton ||
        (event->button() == Qt::LeftButton && (event->modifiers() & Qt::AltModifier))) {
        m_drag = Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    if (const auto& selection = m_review->selection()) {
        const double x0 = m_viewport.xForTime(double(selection->startMs));
        const double x1 = m_viewport.xForTime(double(selection->endMs));
        if (std::abs(x - x1) <= kEdgeGrabPx) {
            m_drag = Drag::MoveOut;
            return;
        }
        if (std::abs(x - x0) <= kEdgeGrabPx) {
            m_drag = Drag::MoveIn;
            return;
        }
    }
    if (rulerRect().contains(event->position().toPoint())) {
        m_drag = Drag::Scrub;
        setPlayheadFromUser(ms, false);
        return;
    }
    m_drag = Drag::Pending;
    m_anchorMs = clampToBounds(ms);
}

void TimelineWidget::mouseMoveEvent(QMouseEvent* event) {
    const double x = event->position().x();
    const qint64 ms = clampToBounds(m_viewport.msAtX(x));
    switch (m_drag) {
    case Drag::None:
        updateHover(event->position());
        if (const auto& selection = m_review->selection()) {
            const double x0 = m_viewport.xForTime(double(selection->startMs));
            const double x1 = m_viewport.xForTime(double(selection->endMs));
            const bool edge = std::abs(x - x0) <= kEdgeGrabPx || std::abs(x - x1) <= kEdgeGrabPx;
            setCursor(edge ? Qt::SizeHorCursor : Qt::ArrowCursor);
        }
        return;
    case Drag::Pending:
        if (std::abs(x - m_pressPos.x()) < QApplication::startDragDistance())
            return;
        m_drag = Drag::Select;
        [[fallthrough]];
    case Drag::Select:
        m_review->setSelection({std::min(m_anchorMs, ms), std::max(m_anchorMs, ms)});
        break;
    case Drag::MoveIn: {
        const TimeInterval s = m_review->selection().value_or(TimeInterval{ms, ms + 1});
        if (ms < s.endMs) {
            m_review->setSelection({ms, s.endMs});
        } else if (ms > s.endMs) { // dragged past the other edge: the edges swap roles
            m_review->setSelection({s.endMs, ms});
            m_drag = Drag::MoveOut;
        }
        break;
    }
    case Drag::MoveOut: {
        const TimeInterval s = m_review->selection().value_or(TimeInterval{ms - 1, ms});
        if (ms > s.startMs) {
            m_review->setSelection({s.startMs, ms});
        } else if (ms < s.startMs) {
            m_review->setSelection({ms, s.startMs});
            m_drag = Drag::MoveIn;
        }
        break;
    }
    case Drag::Pan:
        viewChanged(m_viewport.panByPixels(m_lastDragX - x));
        break;
    case Drag::Scrub:
        setPlayheadFromUser(ms, false);
        break;
    }
    m_lastDragX = x;
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent* event) {
    if (m_drag == Drag::Pending && event->button() == Qt::LeftButton)
        setPlayheadFromUser(m_viewport.msAtX(event->position().x()), false);
    if (m_drag == Drag::Pan)
        unsetCursor();
    m_drag = Drag::None;
    updateHover(event->position());
}

void TimelineWidget::mouseDoubleClickEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseDoubleClickEvent(event);
    const FragmentIndex& index = m_review->index();
    const qsizetype i = index.indexAt(m_viewport.msAtX(event->position().x()));
    if (i >= 0)
        m_review->setSelection({index.startMs(i), index.endMs(i)});
    m_drag = Drag::None;
}

void TimelineWidget::stepFragment(int direction) {
    const FragmentIndex& index = m_review->index();
    if (index.isEmpty())
        return;
    const qint64 now = m_review->playheadMs();
    qsizetype i = direction > 0 ? index.upperBound(now) : index.lowerBound(now) - 1;
    if (i < 0 || i >= index.size())
        return;
    setPlayheadFromUser(index.startMs(i), true);
}

void TimelineWidget::setInPoint() {
    const qint64 in = m_review->playheadMs();
    const auto& selection = m_review->selection();
    qint64 out = selection && selection->endMs > in ? selection->endMs : m_viewport.bounds().endMs;
    if (out <= in)
        out = in + qint64(std::ceil(m_viewport.frameMs()));
    m_review->setSelection({in, out});
}

void TimelineWidget::setOutPoint() {
    const qint64 out = m_review->playheadMs();
    const auto& selection = m_review->selection();
    qint64 in =
        selection && selection->startMs < out ? selection->startMs : m_viewport.bounds().startMs;
    if (in >= out)
        in = out - qint64(std::ceil(m_viewport.frameMs()));
    m_review->setSelection({in, out});
}

void TimelineWidget::keyPressEvent(QKeyEvent* event) {
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const qint64 playhead = m_review->playheadMs();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomOut();
        break;
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int direction = event->key() == Qt::Key_Right ? 1 : -1;
        if (mods & Qt::ControlModifier)
            stepFragment(direction);
        else if (mods & Qt::ShiftModifier)
            setPlayheadFromUser(playhead + direction * qint64(std::llround(m_viewport.frameMs())),
                                true);
        else
            viewChanged(m_viewport.panByPixels(direction * width() / 8.0));
        break;
    }
    case Qt::Key_Home:
        setPlayheadFromUser(m_viewport.bounds().startMs, true);
        break;
    case Qt::Key_End:
        setPlayheadFromUser(m_viewport.bounds().endMs, true);
        break;
    case Qt::Key_I:
        setInPoint();
        break;
    case Qt::Key_O:
        setOutPoint();
        break;
    case Qt::Key_Escape:
        m_review->clearSelection();
        break;
    case Qt::Key_F:
        fitSelection();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

// --- Hover ---------------------------------------------------------------------------------

QString TimelineWidget::hoverText(qint64 ms) {
    const TimeInterval bounds = m_viewport.bounds();
    if (bounds.isEmpty() || ms < bounds.startMs || ms >= bounds.endMs)
        return {};
    QStringList lines;
    lines << timelineLocalTimeText(ms) << timelineUtcTimeText(ms);
    const FragmentIndex& index = m_review->index();
    const qsizetype i = index.indexAt(ms);
    if (i >= 0) {
        const qint64 drift = index.driftMs(i);
        lines << tr("Fragment %1").arg(index.fragmentNumber(i));
        lines << tr("Duration %1 · drift %2%3 ms")
                     .arg(formatDuration(index.durationMs(i)))
                     .arg(drift > 0 ? QStringLiteral("+") : QString())
                     .arg(drift);
    } else {
        const qsizetype next = index.lowerBound(ms);
        qint64 from = bounds.startMs;
        if (next > 0) // where coverage stopped: the latest end of everything before
            from =
                std::max(from, m_lodCache.pyramid(index, m_generation).maxEndBefore(index, next));
        const qint64 to =
            next < index.size() ? std::min(bounds.endMs, index.startMs(next)) : bounds.endMs;
        lines << tr("No recording (gap of %1)").arg(formatDuration(to - from));
    }
    return lines.join(QLatin1Char('\n'));
}

void TimelineWidget::updateHover(const QPointF& pos) {
    if (!rect().contains(pos.toPoint()) || m_drag != Drag::None) {
        hideHover();
        return;
    }
    m_hoverX = pos.x();
    update();
    const qint64 ms = m_viewport.msAtX(pos.x());
    const QString text = hoverText(ms);
    if (text.isEmpty() || !isVisible()) {
        if (m_hoverCard)
            m_hoverCard->hide();
        return;
    }
    QImage thumbnail;
    if (m_thumbnailLookup) {
        if (std::optional<QImage> image = m_thumbnailLookup(ms))
            thumbnail = *image;
    }
    if (!m_hoverCard)
        m_hoverCard = new TimelineHoverCard(this);
    m_hoverCard->setContent(text, thumbnail);
    m_hoverCard->showAt(mapToGlobal(QPoint(int(pos.x()), 0)));
}

void TimelineWidget::hideHover() {
    if (m_hoverX) {
        m_hoverX.reset();
        update();
    }
    if (m_hoverCard)
        m_hoverCard->hide();
}

void TimelineWidget::leaveEvent(QEvent* event) {
    hideHover();
    QWidget::leaveEvent(event);
}

} // namespace kinescope
