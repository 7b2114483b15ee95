#pragma once

#include "core/timeline/timeline_lod.h"
#include "core/timeline/timeline_ticks.h"
#include "core/timeline/timeline_viewport.h"

#include <QImage>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

namespace kinescope {

class ReviewState;
class TimelineHoverCard;

// The coverage timeline of a review: ruler in local time, coverage bar with its gaps, drift
// band (server - producer) with jumps and overlaps, the loaded range's bounds, the I/O
// selection and the playhead. Reads and writes ReviewState only (selection, playhead, visible
// range); geometry, ticks and level of detail come from core/timeline, and painting costs
// O(visible pixels) whatever the number of fragments (cached per index generation and view).
//
// Input: wheel (and Ctrl+wheel) zooms at the cursor, horizontal wheel or Shift+wheel pans,
// pinch zooms; click sets the playhead, drag selects (edges draggable), double-click selects
// the fragment, middle- or Alt-drag pans, dragging in the ruler scrubs. Keys: + = - zoom,
// Left/Right pan (Shift: one frame, Ctrl: one fragment, moving the playhead), Home/End,
// I/O set in/out at the playhead, Esc clears the selection, F fits the selection or all.
class TimelineWidget : public QWidget {
    Q_OBJECT
public:
    explicit TimelineWidget(ReviewState* review, QWidget* parent = nullptr);
    ~TimelineWidget() override;

    ReviewState* review() const { return m_review; }
    const TimelineViewport& viewport() const { return m_viewport; }

    // Cached thumbnails for the hover card (ThumbnailService::cached).
    void setThumbnailLookup(std::function<std::optional<QImage>(qint64 ms)> lookup);

    // The frame duration of the stream (the zoom limit and the Shift+arrow step).
    void setFrameDurationMs(double ms);
    double frameDurationMs() const { return m_viewport.frameMs(); }

    // Keep the playhead in view when something else moves it (playback). On by default.
    void setFollowPlayhead(bool follow) { m_followPlayhead = follow; }
    bool followPlayhead() const { return m_followPlayhead; }

    void setLodOptions(const TimelineLodOptions& options);
    const TimelineLodCache& lodCache() const { return m_lodCache; }

    // Layout of the bands (logical pixels), for tests and the hover.
    QRect rulerRect() const;
    QRect coverageRect() const;
    QRect driftRect() const;

    // The hover text for a time (what the hover card shows), empty outside the bounds.
    QString hoverText(qint64 ms);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitAll();
    void fitSelection(); // the selection, or everything when there is none
    void setScrollValue(int value);
    void setView(double startMs, double spanMs);

Q_SIGNALS:
    void viewportChanged(); // zoom, pan, resize or new bounds

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    enum class Drag { None, Pending, Select, MoveIn, MoveOut, Pan, Scrub };

    void onIndexChanged();
    void onLoadedRangeChanged();
    void onPlayheadChanged(qint64 ms);
    void onVisibleRangeChanged(TimeInterval range);
    void updateBounds();
    void viewChanged(bool changed);
    double zoomAnchorX() const;
    void setPlayheadFromUser(qint64 ms, bool keepVisible);
    void stepFragment(int direction);
    void setInPoint();
    void setOutPoint();
    void updateHover(const QPointF& pos);
    void hideHover();
    qint64 clampToBounds(qint64 ms) const;
    int columnsFor(int widthPx) const;

    ReviewState* m_review;
    TimelineViewport m_viewport;
    TimelineLodCache m_lodCache;
    quint64 m_generation = 1;
    // Ticks cached per viewport.
    TimelineTicks m_ticks;
    std::optional<TimelineViewport> m_ticksViewport;
    // Painted bands cached per LOD computation, size and palette.
    QImage m_coverageImage;
    QImage m_driftImage;
    int m_imagesForLod = -1;
    QList<int> m_imagesSize; // columns, coverage and drift heights in device pixels
    qint64 m_imagesPaletteKey = 0;

    std::function<std::optional<QImage>(qint64)> m_thumbnailLookup;
    QPointer<TimelineHoverCard> m_hoverCard;
    std::optional<double> m_hoverX;

    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    double m_lastDragX = 0;
    qint64 m_anchorMs = 0;
    bool m_settingPlayhead = false;
    bool m_followPlayhead = true;
    qint64 m_lastPlayheadMs = 0;
    TimeInterval m_lastWrittenVisible;
    bool m_fitPending = true; // fit the bounds once they first become known
};

} // namespace kinescope
