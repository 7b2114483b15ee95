#pragma once

#include "core/kvs/fragment_index.h"

#include <QImage>
#include <QMap>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace kinescope {

class ThumbnailService;
class Workspace;

// Thumbnails over what the timeline shows (ReviewState::visibleRange), left to right in time
// order, one cell per slot. A cell shows its image, a labelled placeholder for NO_MEDIA (no
// recording there) and MEDIA_ERROR, or "loading". Click moves the playhead; hover tells the
// time (local and UTC) and the cell's state.
class ThumbnailStrip : public QWidget {
    Q_OBJECT
public:
    enum class CellState { Loading, Image, NoMedia, MediaError };
    Q_ENUM(CellState)

    struct Cell {
        TimeInterval span;
        CellState state = CellState::Loading;
        qint64 imageMs = -1; // timestamp of the image or of the missing slot
        QImage image;
        QString error;
    };

    static constexpr int kRequestDelayMs = 150; // coalesce window changes while zooming

    ThumbnailStrip(Workspace* workspace, ThumbnailService* service, QWidget* parent = nullptr);

    // The window shown: the visible range, or the loaded range while the timeline has none.
    TimeInterval window() const;
    int cellCount() const;
    int cellWidth() const;
    QRect cellRect(int i) const;
    QList<Cell> cells() const; // as painted
    qint64 timeAt(int x) const;
    // The tooltip text for a point (time in local and UTC, the cell's state).
    QString describeAt(int x) const;

    QSize sizeHint() const override { return {800, 90}; }
    QSize minimumSizeHint() const override { return {120, 48}; }

Q_SIGNALS:
    void timeHovered(qint64 ms);
    void timeClicked(qint64 ms);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    void scheduleRequest();
    void sendRequest();
    void onReady(qint64 ms, const QImage& image);
    void onMissing(qint64 ms, const QString& error);
    void onStreamChanged();
    Cell cellAt(int i) const;

    QPointer<Workspace> m_workspace;
    QPointer<ThumbnailService> m_service;
    QMap<qint64, QImage> m_images;
    QMap<qint64, QString> m_missing;
    TimeInterval m_requested;
    int m_requestedCount = 0;
    QTimer m_requestTimer;
};

} // namespace kinescope
