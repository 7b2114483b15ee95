#include "ui/inspector/keyframe_strip.h"

#include <QDateTime>
#include <QHash>
#include <QMouseEvent>
#include <QPainter>
#include <QTimeZone>

#include <cmath>

namespace kinescope {

KeyframeStrip::KeyframeStrip(QWidget* parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMinimumHeight(56);
    setToolTip(tr("Frames along time; keyframes are the tall marks. Click to select a frame."));
}

void KeyframeStrip::setTree(std::shared_ptr<const ElementTree> tree) {
    m_tree = std::move(tree);
    m_position.clear();
    m_frames.clear();
    m_slot.clear();
    m_selected = -1;
    m_min = m_max = 0;
    m_axis = Axis::Time;
    m_track = 0;
    if (m_tree && !m_tree->frames.empty()) {
        QHash<quint64, double> scale; // track → seconds per tick
        for (const TrackInfo& t : m_tree->tracks) {
            if (t.timeBaseDen > 0)
                scale.insert(t.number, double(t.timeBaseNum) / double(t.timeBaseDen));
            if (m_track == 0 && t.type == QLatin1String("video"))
                m_track = t.number;
        }
        const auto& frames = m_tree->frames;
        m_slot.assign(frames.size(), -1);
        for (size_t i = 0; i < frames.size(); ++i) {
            if (m_track != 0 && frames[i].track != m_track)
                continue;
            m_slot[i] = qint32(m_frames.size());
            m_frames.push_back(qint32(i));
            m_position.push_back(double(frames[i].pts) * scale.value(frames[i].track, 0.001));
        }
        if (!m_position.empty()) {
            auto [lo, hi] = std::minmax_element(m_position.begin(), m_position.end());
            m_min = *lo;
            m_max = *hi;
        }
        if (!m_position.empty() && (!(m_max > m_min) || !std::isfinite(m_max - m_min))) {
            m_axis = Axis::Offset;
            for (size_t i = 0; i < m_position.size(); ++i)
                m_position[i] = double(frames[size_t(m_frames[i])].offset);
            m_min = m_position.front();
            m_max = m_position.back();
        }
    }
    update();
}

void KeyframeStrip::setSelectedFrame(int frame) {
    m_selected = xForFrame(frame) >= 0 ? frame : -1;
    update();
}

int KeyframeStrip::xFor(double position) const {
    if (!(m_max > m_min))
        return plotLeft();
    return plotLeft() + int(std::lround((position - m_min) / (m_max - m_min) * plotWidth()));
}

int KeyframeStrip::xForFrame(int frame) const {
    if (frame < 0 || size_t(frame) >= m_slot.size() || m_slot[size_t(frame)] < 0)
        return -1;
    return xFor(m_position[size_t(m_slot[size_t(frame)])]);
}

int KeyframeStrip::frameAt(int x) const {
    int best = -1;
    int bestDistance = INT_MAX;
    constexpr int kKeyframeBonus = 4; // keyframes are easier to hit
    for (size_t i = 0; i < m_position.size(); ++i) {
        int d = std::abs(xFor(m_position[i]) - x);
        if (m_tree->frames[size_t(m_frames[i])].keyframe)
            d = std::max(0, d - kKeyframeBonus);
        if (d < bestDistance) {
            bestDistance = d;
            best = m_frames[i];
        }
    }
    return best;
}

void KeyframeStrip::paintEvent(QPaintEvent* event) {
    Q_UNUSED(event)
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    p.setPen(palette().mid().color());
    p.drawRect(rect().adjusted(0, 0, -1, -1));
    if (m_position.empty()) {
        p.setPen(palette().placeholderText().color());
        p.drawText(rect(), Qt::AlignCenter, tr("No frames"));
        return;
    }
    // One column per pixel: any frame, any keyframe.
    const int w = plotWidth() + 1;
    std::vector<quint8> column(size_t(w), 0);
    for (size_t i = 0; i < m_position.size(); ++i) {
        const int c = std::clamp(xFor(m_position[i]) - plotLeft(), 0, w - 1);
        column[size_t(c)] |= m_tree->frames[size_t(m_frames[i])].keyframe ? 2 : 1;
    }
    const int h = height() - fontMetrics().height() - 2; // the range label goes below
    const QColor frameColor = palette().text().color();
    const QColor keyColor(214, 72, 40);
    for (int c = 0; c < w; ++c) {
        const int x = plotLeft() + c;
        if (column[size_t(c)] & 2) {
            p.fillRect(x - 1, 4, 3, h - 8, keyColor);
        } else if (column[size_t(c)] & 1) {
            p.setPen(frameColor);
            p.drawLine(x, h / 2 - 4, x, h / 2 + 4);
        }
    }
    if (m_selected >= 0) {
        const int x = xForFrame(m_selected);
        p.setPen(QPen(palette().highlight().color(), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(x - 4, 1, 8, h - 3);
    }
    p.setPen(palette().placeholderText().color());
    QString range;
    if (m_axis == Axis::Offset) {
        range = tr("bytes %1 – %2").arg(quint64(m_min)).arg(quint64(m_max));
    } else if (m_min > 1e9) { // KVS producer times: seconds since the epoch
        const auto utc = [](double s) {
            return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(s * 1000)), QTimeZone::utc())
                .toString(QStringLiteral("yyyy-MM-dd hh:mm:ss.zzz'Z'"));
        };
        range = tr("%1 – %2 (%3 s)").arg(utc(m_min), utc(m_max)).arg(m_max - m_min, 0, 'f', 3);
    } else {
        range = tr("%1 s – %2 s").arg(m_min, 0, 'f', 3).arg(m_max, 0, 'f', 3);
    }
    if (m_track != 0)
        range = tr("track %1 · %2").arg(m_track).arg(range);
    p.drawText(rect().adjusted(8, 2, -8, -2), Qt::AlignRight | Qt::AlignBottom, range);
}

void KeyframeStrip::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const int frame = frameAt(int(event->position().x()));
    if (frame < 0)
        return;
    setSelectedFrame(frame);
    Q_EMIT frameClicked(frame);
}

} // namespace kinescope
