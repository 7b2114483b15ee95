#pragma once

#include "core/kvs/fragment_index.h"
#include "core/kvs/kvs_types.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <optional>

namespace kinescope {

// The shared state of one review: which stream, its fragment index over the loaded range, which
// clock orders it, the I/O selection and the playhead. The fragment table, the timeline, the
// player and the thumbnail strip all read and write this object, and synchronise through its
// signals; none of them talks to another directly.
//
// Fragments arrive in pages while a listing runs. addFragments() forwards every page at once
// (fragmentsAdded, for models that insert rows in batches) but coalesces indexChanged() to at
// most one per kIndexSignalIntervalMs, so views that repaint from the whole index stay cheap.
class ReviewState : public QObject {
    Q_OBJECT
public:
    static constexpr int kIndexSignalIntervalMs = 100;

    explicit ReviewState(QObject* parent = nullptr);

    // --- Stream ---------------------------------------------------------------------------
    const StreamRef& stream() const { return m_stream; }
    const StreamInfo& streamInfo() const { return m_info; }
    bool hasStream() const { return m_stream.isValid(); }
    // Switches to another stream: clears the index, the selection and the loaded range.
    void setStream(const StreamRef& stream, const StreamInfo& info = {});
    void setStreamInfo(const StreamInfo& info); // details arrived (DescribeStream)

    // --- Fragments ------------------------------------------------------------------------
    const FragmentIndex& index() const { return m_index; }
    void addFragments(const QList<Fragment>& page);
    void clearFragments();

    // The time range the index was loaded for (what the timeline shows at most zoomed out).
    TimeInterval loadedRange() const { return m_loadedRange; }
    void setLoadedRange(TimeInterval range);

    // The clock fragments are ordered and shown by. Changing it re-sorts the index.
    TimestampType clock() const { return m_index.ordering(); }
    void setClock(TimestampType clock);

    // --- Selection and playhead --------------------------------------------------------------
    const std::optional<TimeInterval>& selection() const { return m_selection; }
    void setSelection(TimeInterval range); // empty range = clear
    void clearSelection();
    qint64 playheadMs() const { return m_playheadMs; }
    void setPlayheadMs(qint64 ms);
    // What the timeline shows right now (the thumbnail strip follows it).
    TimeInterval visibleRange() const { return m_visibleRange; }
    void setVisibleRange(TimeInterval range);

Q_SIGNALS:
    void streamChanged();
    void streamInfoChanged();
    void fragmentsAdded(const QList<kinescope::Fragment>& page); // every page, at once
    void fragmentsCleared();
    void indexChanged(); // coalesced; also after clear and clock changes
    void loadedRangeChanged(kinescope::TimeInterval range);
    void clockChanged(kinescope::TimestampType clock);
    void selectionChanged();
    void playheadChanged(qint64 ms);
    void visibleRangeChanged(kinescope::TimeInterval range);

private:
    void scheduleIndexChanged();
    void emitIndexChanged();

    StreamRef m_stream;
    StreamInfo m_info;
    FragmentIndex m_index;
    TimeInterval m_loadedRange;
    std::optional<TimeInterval> m_selection;
    qint64 m_playheadMs = 0;
    TimeInterval m_visibleRange;
    QTimer m_indexTimer;
};

} // namespace kinescope
