#include "ui/thumbnails/thumbnail_strip.h"

#include "core/review/review_state.h"
#include "core/review/workspace.h"
#include "core/thumbnails/thumbnail_service.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTimeZone>
#include <QToolTip>

#include <algorithm>

namespace kinescope {

namespace {

constexpr int kMaxKept = 4000; // images and missing slots kept for the current stream

template <typename T> void trimOutside(QMap<qint64, T>& map, TimeInterval keep) {
    if (map.size() <= kMaxKept)
        return;
    for (auto it = map.begin(); it != map.end();) {
        if (keep.contains(it.key()))
            ++it;
        else
            it = map.erase(it);
    }
}

} // namespace

ThumbnailStrip::ThumbnailStrip(Workspace* workspace, ThumbnailService* service, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_service(service) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMinimumHeight(64);
    setMouseTracking(true);
    setToolTip(tr("Thumbnails of the visible time range. Click to move the playhead there."));
    m_requestTimer.setSingleShot(true);
    m_requestTimer.setInterval(kRequestDelayMs);
    connect(&m_requestTimer, &QTimer::timeout, this, &ThumbnailStrip::sendRequest);

    ReviewState* review = workspace->review();
    connect(review, &ReviewState::visibleRangeChanged, this, &ThumbnailStrip::scheduleRequest);
    connect(review, &ReviewState::loadedRangeChanged, this, &ThumbnailStrip::scheduleRequest);
    connect(review, &ReviewState::streamChanged, this, &ThumbnailStrip::onStreamChanged);
    connect(review, &ReviewState::clockChanged, this, &ThumbnailStrip::onStreamChanged);
    connect(review, &ReviewState::playheadChanged, this, qOverload<>(&QWidget::update));
    if (service) {
        connect(service, &ThumbnailService::thumbnailReady, this, &ThumbnailStrip::onReady);
        connect(service, &ThumbnailService::thumbnailMissing, this, &ThumbnailStrip::onMissing);
    }
    scheduleRequest();
}

TimeInterval ThumbnailStrip::window() const {
    if (!m_workspace)
        return {};
    ReviewState* review = m_workspace->review();
    const TimeInterval visible = review->visibleRange();
    return visible.isEmpty() ? review->loadedRange() : visible;
}

int ThumbnailStrip::cellWidth() const {
    return std::max(32, (height() - 4) * 16 / 9);
}

int ThumbnailStrip::cellCount() const {
    return std::max(1, width() / cellWidth());
}

QRect ThumbnailStrip::cellRect(int i) const {
    const int n = cellCount();
    const int x0 = int(qint64(i) * width() / n);
    const int x1 = int(qint64(i + 1) * width() / n);
    return QRect(x0, 0, x1 - x0, height());
}

qint64 ThumbnailStrip::timeAt(int x) const {
    const TimeInterval w = window();
    if (w.isEmpty() || width() <= 0)
        return -1;
    x = std::clamp(x, 0, width() - 1);
    return w.startMs + qint64(double(x) / double(width()) * double(w.durationMs()));
}

ThumbnailStrip::Cell ThumbnailStrip::cellAt(int i) const {
    Cell cell;
    const TimeInterval w = window();
    const int n = cellCount();
    cell.span.startMs = w.startMs + w.durationMs() * i / n;
    cell.span.endMs = w.startMs + w.durationMs() * (i + 1) / n;
    // Prefer an image inside the cell; a missing slot inside it says why there is none.
    auto image = m_images.lowerBound(cell.span.startMs);
    if (image != m_images.end() && image.key() < cell.span.endMs) {
        cell.state = CellState::Image;
        cell.imageMs = image.key();
        cell.image = image.value();
        return cell;
    }
    auto missing = m_missing.lowerBound(cell.span.startMs);
    if (missing != m_missing.end() && missing.key() < cell.span.endMs) {
        cell.imageMs = missing.key();
        cell.error = missing.value();
        cell.state =
            cell.error == QLatin1String("NO_MEDIA") ? CellState::NoMedia : CellState::MediaError;
        return cell;
    }
    if (m_service) {
        // The service's nearest cached image at or before the cell's middle (an earlier window
        // fetched it); the cell shows it for that time.
        const qint64 middle = cell.span.startMs + cell.span.durationMs() / 2;
        if (const std::optional<QImage> cached = m_service->cached(middle)) {
            cell.state = CellState::Image;
            cell.imageMs = middle;
            cell.image = *cached;
        }
    }
    return cell;
}

QList<ThumbnailStrip::Cell> ThumbnailStrip::cells() const {
    QList<Cell> list;
    if (window().isEmpty())
        return list;
    for (int i = 0; i < cellCount(); ++i)
        list << cellAt(i);
    return list;
}

void ThumbnailStrip::scheduleRequest() {
    update();
    if (!m_requestTimer.isActive())
        m_requestTimer.start();
}

void ThumbnailStrip::sendRequest() {
    const TimeInterval w = window();
    const int n = cellCount();
    if (!m_service || w.isEmpty() || !m_workspace->review()->hasStream())
        return;
    if (w == m_requested && n == m_requestedCount)
        return;
    m_requested = w;
    m_requestedCount = n;
    trimOutside(m_images, w);
    trimOutside(m_missing, w);
    m_service->request(w, n);
}

void ThumbnailStrip::onReady(qint64 ms, const QImage& image) {
    m_images.insert(ms, image);
    m_missing.remove(ms);
    if (window().contains(ms))
        update();
}

void ThumbnailStrip::onMissing(qint64 ms, const QString& error) {
    m_missing.insert(ms, error);
    if (window().contains(ms))
        update();
}

void ThumbnailStrip::onStreamChanged() {
    m_images.clear();
    m_missing.clear();
    m_requested = {};
    m_requestedCount = 0;
    scheduleRequest();
}

void ThumbnailStrip::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    scheduleRequest();
}

void ThumbnailStrip::paintEvent(QPaintEvent* event) {
    Q_UNUSED(event)
    QPainter p(this);
    p.fillRect(rect(), QColor(24, 24, 24));
    if (window().isEmpty() || !m_workspace || !m_workspace->review()->hasStream()) {
        p.setPen(QColor(170, 170, 170));
        p.drawText(rect(), Qt::AlignCenter,
                   tr("Thumbnails appear here for the time range the timeline shows."));
        return;
    }
    const QList<Cell> list = cells();
    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.85));
    for (int i = 0; i < list.size(); ++i) {
        const Cell& cell = list[i];
        const QRect r = cellRect(i).adjusted(1, 2, -1, -2);
        switch (cell.state) {
        case CellState::Image: {
            QSize size = cell.image.size();
            size.scale(r.size(), Qt::KeepAspectRatio);
            const QRect target(r.left() + (r.width() - size.width()) / 2,
                               r.top() + (r.height() - size.height()) / 2, size.width(),
                               size.height());
            p.drawImage(target, cell.image);
            break;
        }
        case CellState::NoMedia:
            p.fillRect(r, QBrush(QColor(60, 60, 60), Qt::BDiagPattern));
            p.setPen(QColor(200, 200, 200));
            p.setFont(small);
            p.drawText(r, Qt::AlignCenter | Qt::TextWordWrap, tr("No media\n(gap)"));
            break;
        case CellState::MediaError:
            p.fillRect(r, QColor(90, 30, 30));
            p.setPen(QColor(240, 200, 200));
            p.setFont(small);
            p.drawText(r, Qt::AlignCenter | Qt::TextWordWrap, tr("Media error"));
            break;
        case CellState::Loading:
            p.fillRect(r, QColor(40, 40, 40));
            p.setPen(QColor(120, 120, 120));
            p.setFont(small);
            p.drawText(r, Qt::AlignCenter, tr("…"));
            break;
        }
        p.setPen(QColor(0, 0, 0));
        p.drawLine(cellRect(i).topRight(), cellRect(i).bottomRight());
    }
    // The playhead.
    const TimeInterval w = window();
    const qint64 playhead = m_workspace->review()->playheadMs();
    if (w.contains(playhead)) {
        const int x = int(double(playhead - w.startMs) / double(w.durationMs()) * width());
        p.setPen(QPen(QColor(255, 80, 60), 2));
        p.drawLine(x, 0, x, height());
    }
}

void ThumbnailStrip::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const qint64 t = timeAt(int(event->position().x()));
    if (t < 0)
        return;
    m_workspace->review()->setPlayheadMs(t);
    Q_EMIT timeClicked(t);
}

void ThumbnailStrip::mouseMoveEvent(QMouseEvent* event) {
    const qint64 t = timeAt(int(event->position().x()));
    if (t >= 0)
        Q_EMIT timeHovered(t);
    QWidget::mouseMoveEvent(event);
}

QString ThumbnailStrip::describeAt(int x) const {
    const qint64 t = timeAt(x);
    if (t < 0)
        return toolTip();
    const QString local =
        QDateTime::fromMSecsSinceEpoch(t).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz t"));
    const QString utc = QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc())
                            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    QString text = tr("%1\n%2 UTC").arg(local, utc);
    const int i =
        std::clamp(int(qint64(x) * cellCount() / std::max(1, width())), 0, cellCount() - 1);
    const Cell cell = cellAt(i);
    switch (cell.state) {
    case CellState::NoMedia:
        text += QLatin1Char('\n') + tr("No media here (NO_MEDIA): the stream has no recording.");
        break;
    case CellState::MediaError:
        text += QLatin1Char('\n') + tr("The image could not be made (%1).").arg(cell.error);
        break;
    case CellState::Loading:
        text += QLatin1Char('\n') + tr("Loading…");
        break;
    case CellState::Image:
        break;
    }
    return text;
}

bool ThumbnailStrip::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        QToolTip::showText(help->globalPos(), describeAt(help->pos().x()), this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace kinescope
