#include "ui/timeline/timeline_hover_card.h"

#include <QGuiApplication>
#include <QLabel>
#include <QScreen>
#include <QVBoxLayout>

namespace kinescope {

namespace {
constexpr int kThumbnailWidth = 192;
} // namespace

TimelineHoverCard::TimelineHoverCard(QWidget* parent)
    : QFrame(parent, Qt::ToolTip | Qt::FramelessWindowHint | Qt::WindowDoesNotAcceptFocus |
                         Qt::WindowTransparentForInput)
    , m_thumbnail(new QLabel(this))
    , m_text(new QLabel(this)) {
    setAttribute(Qt::WA_ShowWithoutActivating);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFrameShape(QFrame::Box);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setAutoFillBackground(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->hide();
    m_text->setTextFormat(Qt::PlainText);
    m_text->setForegroundRole(QPalette::ToolTipText);
    layout->addWidget(m_thumbnail);
    layout->addWidget(m_text);
}

void TimelineHoverCard::setContent(const QString& text, const QImage& thumbnail) {
    m_text->setText(text);
    if (thumbnail.isNull()) {
        m_thumbnail->clear();
        m_thumbnail->hide();
    } else {
        const qreal dpr = devicePixelRatioF();
        QImage scaled =
            thumbnail.scaledToWidth(int(kThumbnailWidth * dpr), Qt::SmoothTransformation);
        scaled.setDevicePixelRatio(dpr);
        m_thumbnail->setPixmap(QPixmap::fromImage(scaled));
        m_thumbnail->show();
    }
    adjustSize();
}

QString TimelineHoverCard::text() const {
    return m_text->text();
}

bool TimelineHoverCard::hasThumbnail() const {
    return !m_thumbnail->isHidden();
}

void TimelineHoverCard::showAt(const QPoint& globalAnchor) {
    adjustSize();
    QPoint topLeft(globalAnchor.x() - width() / 2, globalAnchor.y() - height() - 8);
    if (const QScreen* screen = QGuiApplication::screenAt(globalAnchor)) {
        const QRect area = screen->availableGeometry();
        topLeft.setX(
            std::clamp(topLeft.x(), area.left(), std::max(area.left(), area.right() - width())));
        if (topLeft.y() < area.top())
            topLeft.setY(globalAnchor.y() + 24); // no room above: below the cursor
    }
    move(topLeft);
    show();
    raise();
}

} // namespace kinescope
