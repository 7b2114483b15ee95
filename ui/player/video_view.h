#pragma once

#include <QImage>
#include <QVideoFrame>
#include <QWidget>

namespace kinescope {

// Paints the current video frame itself (so window grabs and screenshots contain the video)
// with a wall-clock overlay of that frame, and, when nothing plays, a sentence saying why:
// never a silent black box.
class VideoView : public QWidget {
    Q_OBJECT
public:
    struct Overlay {
        qint64 wallMs = -1; // the frame's wall-clock time (epoch ms); < 0 = unknown
        QString streamName;
        QString mode; // "ON_DEMAND · HLS · 2×"
    };

    explicit VideoView(QWidget* parent = nullptr);

    void setFrame(const QVideoFrame& frame);
    void clearFrame();
    bool hasFrame() const { return m_frame.isValid(); }
    // The frame as an image (converted once per frame, when first needed).
    QImage image() const;

    void setOverlay(const Overlay& overlay);
    const Overlay& overlay() const { return m_overlay; }
    // The overlay's lines as painted: local time (unless local is UTC), UTC, "stream · mode".
    QStringList overlayLines() const;

    // A message over the video area (title in bold, detail below); empty title = none.
    void setMessage(const QString& title, const QString& detail = {});
    QString messageTitle() const { return m_messageTitle; }
    QString messageDetail() const { return m_messageDetail; }

    QSize sizeHint() const override { return {640, 360}; }
    QSize minimumSizeHint() const override { return {160, 90}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QVideoFrame m_frame;
    mutable QImage m_image;
    mutable bool m_imageDirty = false;
    Overlay m_overlay;
    QString m_messageTitle;
    QString m_messageDetail;
};

} // namespace kinescope
