#include "ui/timeline/timeline_panel.h"

#include "core/review/review_state.h"
#include "core/util/time_format.h"
#include "ui/timeline/timeline_widget.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace kinescope {

namespace {
QToolButton* makeButton(const QString& text, const QString& tip, QWidget* parent) {
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    return button;
}
} // namespace

TimelinePanel::TimelinePanel(ReviewState* review, QWidget* parent)
    : QWidget(parent)
    , m_review(review)
    , m_timeline(new TimelineWidget(review, this))
    , m_scrollBar(new QScrollBar(Qt::Horizontal, this))
    , m_serverClock(makeButton(tr("Server"), tr("Order and show fragments by server time"), this))
    , m_producerClock(
          makeButton(tr("Producer"), tr("Order and show fragments by producer time"), this))
    , m_zoomIn(makeButton(tr("+"), tr("Zoom in (+)"), this))
    , m_zoomOut(makeButton(tr("−"), tr("Zoom out (−)"), this))
    , m_fit(makeButton(tr("Fit"), tr("Fit the selection, or the whole loaded range (F)"), this))
    , m_span(new QLabel(this)) {
    auto* clocks = new QButtonGroup(this);
    clocks->setExclusive(true);
    for (QToolButton* b : {m_serverClock, m_producerClock}) {
        b->setCheckable(true);
        clocks->addButton(b);
    }
    auto* clockLabel = new QLabel(tr("Clock:"), this);
    clockLabel->setForegroundRole(QPalette::PlaceholderText);
    m_span->setForegroundRole(QPalette::PlaceholderText);
    m_span->setMinimumWidth(m_span->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 18);
    m_span->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto* toolbar = new QHBoxLayout;
    toolbar->setContentsMargins(4, 2, 4, 0);
    toolbar->setSpacing(2);
    toolbar->addWidget(clockLabel);
    toolbar->addWidget(m_serverClock);
    toolbar->addWidget(m_producerClock);
    toolbar->addStretch(1);
    toolbar->addWidget(m_span);
    toolbar->addSpacing(8);
    toolbar->addWidget(m_zoomOut);
    toolbar->addWidget(m_zoomIn);
    toolbar->addWidget(m_fit);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(toolbar);
    layout->addWidget(m_timeline);
    layout->addWidget(m_scrollBar);
    setFocusProxy(m_timeline);

    connect(m_serverClock, &QToolButton::clicked, this,
            [this] { m_review->setClock(TimestampType::Server); });
    connect(m_producerClock, &QToolButton::clicked, this,
            [this] { m_review->setClock(TimestampType::Producer); });
    connect(m_review, &ReviewState::clockChanged, this, &TimelinePanel::syncClock);
    connect(m_zoomIn, &QToolButton::clicked, m_timeline, &TimelineWidget::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, m_timeline, &TimelineWidget::zoomOut);
    connect(m_fit, &QToolButton::clicked, m_timeline, &TimelineWidget::fitSelection);
    connect(m_scrollBar, &QScrollBar::valueChanged, m_timeline, &TimelineWidget::setScrollValue);
    connect(m_timeline, &TimelineWidget::viewportChanged, this, &TimelinePanel::syncFromViewport);
    syncClock();
    syncFromViewport();
}

void TimelinePanel::setThumbnailLookup(std::function<std::optional<QImage>(qint64)> lookup) {
    m_timeline->setThumbnailLookup(std::move(lookup));
}

void TimelinePanel::syncClock() {
    const bool server = m_review->clock() == TimestampType::Server;
    m_serverClock->setChecked(server);
    m_producerClock->setChecked(!server);
}

void TimelinePanel::syncFromViewport() {
    const TimelineViewport& v = m_timeline->viewport();
    const TimelineScrollMapping s = v.scrollMapping();
    {
        const QSignalBlocker blocker(m_scrollBar);
        m_scrollBar->setRange(0, s.maximum);
        m_scrollBar->setPageStep(s.pageStep);
        m_scrollBar->setSingleStep(s.singleStep);
        m_scrollBar->setValue(s.value);
    }
    m_scrollBar->setEnabled(s.maximum > 0);
    m_zoomIn->setEnabled(v.canZoomIn());
    m_zoomOut->setEnabled(v.canZoomOut());
    if (v.bounds().isEmpty())
        m_span->clear();
    else
        m_span->setText(tr("%1 visible").arg(formatDuration(qint64(std::llround(v.spanMs())))));
}

} // namespace kinescope
