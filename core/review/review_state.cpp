#include "core/review/review_state.h"

namespace kinescope {

ReviewState::ReviewState(QObject* parent)
    : QObject(parent) {
    m_indexTimer.setSingleShot(true);
    m_indexTimer.setInterval(kIndexSignalIntervalMs);
    connect(&m_indexTimer, &QTimer::timeout, this, &ReviewState::emitIndexChanged);
}

void ReviewState::setStream(const StreamRef& stream, const StreamInfo& info) {
    m_stream = stream;
    m_info = info;
    m_selection.reset();
    m_loadedRange = {};
    m_visibleRange = {};
    m_index.clear();
    Q_EMIT fragmentsCleared();
    Q_EMIT streamChanged();
    Q_EMIT selectionChanged();
    emitIndexChanged();
}

void ReviewState::setStreamInfo(const StreamInfo& info) {
    m_info = info;
    Q_EMIT streamInfoChanged();
}

void ReviewState::addFragments(const QList<Fragment>& page) {
    if (page.isEmpty())
        return;
    m_index.addPage(page);
    Q_EMIT fragmentsAdded(page);
    scheduleIndexChanged();
}

void ReviewState::clearFragments() {
    m_index.clear();
    Q_EMIT fragmentsCleared();
    emitIndexChanged();
}

void ReviewState::setLoadedRange(TimeInterval range) {
    if (range == m_loadedRange)
        return;
    m_loadedRange = range;
    Q_EMIT loadedRangeChanged(range);
}

void ReviewState::setClock(TimestampType clock) {
    if (clock == m_index.ordering())
        return;
    m_index.setOrdering(clock);
    Q_EMIT clockChanged(clock);
    emitIndexChanged();
}

void ReviewState::setSelection(TimeInterval range) {
    if (range.isEmpty()) {
        clearSelection();
        return;
    }
    if (m_selection && *m_selection == range)
        return;
    m_selection = range;
    Q_EMIT selectionChanged();
}

void ReviewState::clearSelection() {
    if (!m_selection)
        return;
    m_selection.reset();
    Q_EMIT selectionChanged();
}

void ReviewState::setPlayheadMs(qint64 ms) {
    if (ms == m_playheadMs)
        return;
    m_playheadMs = ms;
    Q_EMIT playheadChanged(ms);
}

void ReviewState::setVisibleRange(TimeInterval range) {
    if (range == m_visibleRange)
        return;
    m_visibleRange = range;
    Q_EMIT visibleRangeChanged(range);
}

void ReviewState::scheduleIndexChanged() {
    if (!m_indexTimer.isActive())
        m_indexTimer.start();
}

void ReviewState::emitIndexChanged() {
    m_indexTimer.stop();
    Q_EMIT indexChanged();
}

} // namespace kinescope
