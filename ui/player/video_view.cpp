#include "ui/player/video_view.h"

#include <QDateTime>
#include <QPainter>
#include <QTimeZone>

namespace kinescope {

VideoView::VideoView(QWidget* parent)
    : QWidget(parent) {
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void VideoView::setFrame(const QVideoFrame& frame) {
    m_frame = frame;
    m_imageDirty = true;
    update();
}

void VideoView::clearFrame() {
    m_frame = QVideoFrame();
    m_image = QImage();
    m_imageDirty = false;
    update();
}

QImage VideoView::image() const {
    if (m_imageDirty) {
        QVideoFrame frame = m_frame;
        m_image = frame.toImage();
        m_imageDirty = false;
    }
    return m_image;
}

void VideoView::setOverlay(const Overlay& overlay) {
    m_overlay = overlay;
    update();
}

QStringList VideoView::overlayLines() const {
    QStringList lines;
    if (m_overlay.wallMs >= 0) {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(m_overlay.wallMs);
        const QDateTime utc = QDateTime::fromMSecsSinceEpoch(m_overlay.wallMs, QTimeZone::utc());
        const QString utcText =
            tr("%1 UTC").arg(utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
        // Local time first; on a machine that runs on UTC the two lines would be the same.
        if (local.offsetFromUtc() != 0)
            lines << local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz t"));
        lines << utcText;
    }
    QStringList info;
    if (!m_overlay.streamName.isEmpty())
        info << m_overlay.streamName;
    if (!m_overlay.mode.isEmpty())
        info << m_overlay.mode;
    if (!info.isEmpty())
        lines << info.join(QStringLiteral(" · "));
    return lines;
}

void VideoView::setMessage(const QString& title, const QString& detail) {
    if (title == m_messageTitle && detail == m_messageDetail)
        return;
    m_messageTitle = title;
    m_messageDetail = detail;
    setToolTip(detail);
    update();
}

void VideoView::paintEvent(QPaintEvent* event) {
    Q_UNUSED(event)
    QPainter p(this);
    p.fillRect(rect(), Qt::black);
    const QImage img = image();
    if (!img.isNull()) {
        QSize size = img.size();
        size.scale(this->size(), Qt::KeepAspectRatio);
        const QRect target(QPoint((width() - size.width()) / 2, (height() - size.height()) / 2),
                           size);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(target, img);
    }

    const QStringList lines = overlayLines();
    if (!lines.isEmpty() && (!img.isNull() || m_overlay.wallMs >= 0)) {
        QFont font = this->font();
        font.setStyleHint(QFont::Monospace);
        font.setFamily(QStringLiteral("monospace"));
        p.setFont(font);
        const QFontMetrics fm(font);
        int w = 0;
        for (const QString& line : lines)
            w = std::max(w, fm.horizontalAdvance(line));
        // Bottom left: cameras burn their own text in at the top.
        const int boxHeight = fm.height() * int(lines.size()) + 10;
        const QRect box(8, height() - boxHeight - 8, w + 16, boxHeight);
        p.fillRect(box, QColor(0, 0, 0, 160));
        p.setPen(Qt::white);
        int y = box.top() + 5 + fm.ascent();
        for (const QString& line : lines) {
            p.drawText(box.left() + 8, y, line);
            y += fm.height();
        }
    }

    if (!m_messageTitle.isEmpty()) {
        if (!img.isNull())
            p.fillRect(rect(), QColor(0, 0, 0, 150));
        const QRect area = rect().adjusted(24, 24, -24, -24);
        QFont bold = font();
        bold.setBold(true);
        bold.setPointSizeF(bold.pointSizeF() * 1.2);
        const QFontMetrics bfm(bold);
        const QRect titleRect =
            bfm.boundingRect(area, Qt::AlignHCenter | Qt::TextWordWrap, m_messageTitle);
        const QRect detailRect =
            fontMetrics().boundingRect(area, Qt::AlignHCenter | Qt::TextWordWrap, m_messageDetail);
        const int total =
            titleRect.height() + (m_messageDetail.isEmpty() ? 0 : 8) + detailRect.height();
        int y = area.top() + std::max(0, (area.height() - total) / 2);
        p.setPen(QColor(240, 240, 240));
        p.setFont(bold);
        p.drawText(QRect(area.left(), y, area.width(), titleRect.height()),
                   Qt::AlignHCenter | Qt::TextWordWrap, m_messageTitle);
        y += titleRect.height() + 8;
        if (!m_messageDetail.isEmpty()) {
            p.setFont(font());
            p.setPen(QColor(200, 200, 200));
            p.drawText(QRect(area.left(), y, area.width(), area.bottom() - y),
                       Qt::AlignHCenter | Qt::TextWordWrap, m_messageDetail);
        }
    }
}

} // namespace kinescope
