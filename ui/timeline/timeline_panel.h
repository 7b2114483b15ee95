#pragma once

#include <QImage>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QScrollBar;
class QToolButton;

namespace kinescope {

class ReviewState;
class TimelineWidget;

// The timeline as the desk docks it: a toolbar (clock toggle Server/Producer, the visible
// span, zoom out/in, fit), the TimelineWidget and a horizontal scroll bar over the loaded
// range.
class TimelinePanel : public QWidget {
    Q_OBJECT
public:
    explicit TimelinePanel(ReviewState* review, QWidget* parent = nullptr);

    TimelineWidget* timeline() const { return m_timeline; }
    // Forwarded to the widget (the hover card's cached thumbnail).
    void setThumbnailLookup(std::function<std::optional<QImage>(qint64 ms)> lookup);
    QScrollBar* scrollBar() const { return m_scrollBar; }
    QToolButton* serverClockButton() const { return m_serverClock; }
    QToolButton* producerClockButton() const { return m_producerClock; }
    QToolButton* zoomInButton() const { return m_zoomIn; }
    QToolButton* zoomOutButton() const { return m_zoomOut; }
    QToolButton* fitButton() const { return m_fit; }
    QLabel* spanLabel() const { return m_span; }

private:
    void syncFromViewport();
    void syncClock();

    ReviewState* m_review;
    TimelineWidget* m_timeline;
    QScrollBar* m_scrollBar;
    QToolButton* m_serverClock;
    QToolButton* m_producerClock;
    QToolButton* m_zoomIn;
    QToolButton* m_zoomOut;
    QToolButton* m_fit;
    QLabel* m_span;
};

} // namespace kinescope
