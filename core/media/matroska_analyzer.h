#pragma once

#include "core/media/ebml_reader.h"
#include "core/media/fragment_builder.h"

#include <QList>
#include <QString>

namespace kinescope {

// Turns EBML events into tracks, frames and fragments, and passes every element on to the sink.
//
// Fragments: every EBML document starts one (a KVS chunk is one document); inside a document,
// each Cluster after the first starts another. Tags belong to the fragment they appear in;
// Tags that follow a cluster and carry a second AWS_KINESISVIDEO_FRAGMENT_NUMBER open the next
// fragment instead (Tags written before each cluster in a single document).
class MatroskaAnalyzer : public EbmlHandler {
public:
    static constexpr int kMaxTracks = 256;

    explicit MatroskaAnalyzer(InspectSink& sink);

    // End of the stream at endOffset: reports the last fragment.
    void finish(quint64 endOffset);

    int documentCount() const { return m_documents; }
    bool sawKvsTags() const { return m_fragments.sawKvsTag(); }
    const QList<TrackInfo>& tracks() const { return m_tracks; }

    void ebmlStart(const ElementHeader& header, const EbmlElementInfo* info) override;
    void ebmlEnd(const ElementHeader& header, const EbmlElementInfo* info,
                 const ElementValue& value) override;
    void ebmlBlock(const ElementHeader& header, const BlockSummary& block,
                   const quint32* frameSizes, quint64 firstFrameOffset) override;

private:
    struct TrackTiming {
        quint64 number = 0;
        quint64 defaultDurationNs = 0;
        qint64 codecDelayTicks = 0; // CodecDelay in time base units: subtracted from pts
    };
    // A block's frames: emitted at once (SimpleBlock) or when its BlockGroup ends.
    struct PendingBlock {
        quint64 track = 0;
        qint64 base = 0; // cluster timestamp + relative timecode
        quint64 firstOffset = 0;
        int count = 0;
        bool simple = true;
        bool keyframe = false;
        quint32 sizes[256] = {};
    };

    void leafValue(quint32 id, const ElementValue& value);
    void trackEntryDone();
    void emitBlock(const PendingBlock& block, qint64 blockDuration);
    void finishFragment(quint64 endOffset);
    const TrackTiming* timing(quint64 track);
    void setTimestampScale(quint64 scale);

    InspectSink& m_sink;
    quint64 m_timestampScale = 1000000;
    qint64 m_timeBaseNum = 1; // m_timestampScale / 1e9, reduced
    qint64 m_timeBaseDen = 1000;
    quint64 m_clusterTimestamp = 0;
    int m_documents = 0;

    QList<TrackInfo> m_tracks;
    QList<TrackTiming> m_timings;
    TrackInfo m_track;
    bool m_inTrackEntry = false;
    int m_lastTiming = -1;

    // BlockGroup in progress: its frames wait for ReferenceBlock/BlockDuration.
    bool m_inBlockGroup = false;
    bool m_groupHasReference = false;
    qint64 m_groupDuration = -1;
    PendingBlock m_pending;
    bool m_hasPending = false;

    // SimpleTags being read (they nest) and the tags of the Tags element being read.
    struct OpenTag {
        QString name;
        QString value;
    };
    QList<OpenTag> m_openTags;
    QList<QPair<QString, QString>> m_tagsElement;
    quint64 m_tagsOffset = 0;

    FragmentBuilder m_fragments;
    bool m_fragmentHasCluster = false;
    bool m_keyTrackSet = false;
};

} // namespace kinescope
