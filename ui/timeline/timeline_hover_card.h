#pragma once

#include <QFrame>
#include <QImage>

class QLabel;

namespace kinescope {

// The floating card the timeline shows under the cursor: local time, UTC, the fragment (or
// gap) under the cursor and the cached thumbnail at that time when there is one.
class TimelineHoverCard : public QFrame {
    Q_OBJECT
public:
    explicit TimelineHoverCard(QWidget* parent = nullptr);

    void setContent(const QString& text, const QImage& thumbnail);
    QString text() const;
    bool hasThumbnail() const;
    // Show with its bottom centre at globalAnchor (kept on the anchor's screen).
    void showAt(const QPoint& globalAnchor);

private:
    QLabel* m_thumbnail;
    QLabel* m_text;
};

} // namespace kinescope
