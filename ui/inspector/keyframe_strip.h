#pragma once

#include "core/media/element_tree.h"

#include <QWidget>

#include <memory>
#include <vector>

namespace kinescope {

// A strip of the frames of an inspected stream (those of the first video track when there is
// one, else all) along time (or along the byte offset when the frames carry no usable times): thin
// ticks for frames, tall marks for keyframes, the selected frame outlined. Clicking selects the
// nearest frame (keyframes win within a few pixels).
class KeyframeStrip : public QWidget {
    Q_OBJECT

public:
    enum class Axis { Time, Offset };

    explicit KeyframeStrip(QWidget* parent = nullptr);

    void setTree(std::shared_ptr<const ElementTree> tree);
    Axis axis() const { return m_axis; }
    // The track shown (the first video track), 0 for all frames.
    quint64 track() const { return m_track; }
    // Index into tree()->frames of the selected frame, -1 for none.
    int selectedFrame() const { return m_selected; }
    void setSelectedFrame(int frame);
    // Where a frame (index into the tree's frames) is drawn, -1 when it is not shown; and the
    // shown frame nearest to widget x (-1 when there is none).
    int xForFrame(int frame) const;
    int frameAt(int x) const;

    QSize sizeHint() const override { return {400, 72}; }
    QSize minimumSizeHint() const override { return {100, 56}; }

Q_SIGNALS:
    void frameClicked(int frame);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    int plotLeft() const { return 6; }
    int plotWidth() const { return std::max(1, width() - 12); }
    int xFor(double position) const;

    std::shared_ptr<const ElementTree> m_tree;
    std::vector<qint32> m_frames;   // the frames shown (indices into the tree's frames)
    std::vector<double> m_position; // per frame shown: seconds or byte offset
    std::vector<qint32> m_slot;     // per tree frame: its index in m_frames, or -1
    double m_min = 0;
    double m_max = 0;
    Axis m_axis = Axis::Time;
    quint64 m_track = 0;
    int m_selected = -1;
};

} // namespace kinescope
