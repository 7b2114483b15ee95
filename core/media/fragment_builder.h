#pragma once

#include "core/media/inspect_types.h"

#include <QVarLengthArray>

#include <optional>

namespace kinescope {

// Tag names Kinesis Video Streams adds to GetMedia / GetMediaForFragmentList chunks.
namespace kvs_tag {
inline constexpr char FragmentNumber[] = "AWS_KINESISVIDEO_FRAGMENT_NUMBER";
inline constexpr char ServerTimestamp[] = "AWS_KINESISVIDEO_SERVER_TIMESTAMP";
inline constexpr char ServerSideTimestamp[] = "AWS_KINESISVIDEO_SERVER_SIDE_TIMESTAMP";
inline constexpr char ProducerTimestamp[] = "AWS_KINESISVIDEO_PRODUCER_TIMESTAMP";
inline constexpr char ProducerSideTimestamp[] = "AWS_KINESISVIDEO_PRODUCER_SIDE_TIMESTAMP";
inline constexpr char ContinuationToken[] = "AWS_KINESISVIDEO_CONTINUATION_TOKEN";
inline constexpr char MillisBehindNow[] = "AWS_KINESISVIDEO_MILLIS_BEHIND_NOW";
inline constexpr char ErrorCode[] = "AWS_KINESISVIDEO_ERROR_CODE";
inline constexpr char ErrorId[] = "AWS_KINESISVIDEO_ERROR_ID";
inline constexpr char ExceptionErrorCode[] = "AWS_KINESISVIDEO_EXCEPTION_ERROR_CODE";
inline constexpr char ExceptionMessage[] = "AWS_KINESISVIDEO_EXCEPTION_MESSAGE";
inline constexpr char Prefix[] = "AWS_KINESISVIDEO_";
} // namespace kvs_tag

// KVS timestamps are decimal seconds ("1567037839.151"); exact conversion to epoch milliseconds
// (digits beyond milliseconds round up, as the KVS parser library does).
std::optional<qint64> parseKvsTimestampMs(QStringView text);

// pts ticks × num/den seconds → milliseconds (rounded down), without overflow.
qint64 ticksToMs(qint64 ticks, qint64 num, qint64 den);

// Accumulates one fragment at a time: frame statistics, tags, the KVS meaning of the tags.
class FragmentBuilder {
public:
    static constexpr int kMaxTagsPerFragment = 1024;
    static constexpr qsizetype kMaxTagValueChars = 64 * 1024;

    bool active() const { return m_active; }
    // Only this track's keyframes count for the keyframe position (the first video track:
    // every audio frame is a keyframe). 0: every track counts.
    void setKeyTrack(quint32 track) { m_keyTrack = track; }
    void begin(quint64 offset);
    void addFrame(const FrameInfo& frame, qint64 timeBaseNum, qint64 timeBaseDen);
    void addTag(const QString& name, const QString& value);
    // Ends the current fragment at endOffset and returns it.
    FragmentSummary finish(quint64 endOffset);

    const FragmentSummary& current() const { return m_current; }
    FragmentSummary& current() { return m_current; }
    bool sawKvsTag() const { return m_sawKvsTag; }

private:
    struct TrackClock {
        quint32 track = 0;
        qint64 lastPtsMs = 0;
        qint64 lastDeltaMs = -1;
    };

    FragmentSummary m_current;
    bool m_active = false;
    int m_nextIndex = 0;
    bool m_sawKvsTag = false;
    quint32 m_keyTrack = 0;
    std::optional<qint64> m_startMs;
    std::optional<qint64> m_endMs;
    QVarLengthArray<TrackClock, 4> m_clocks;
};

} // namespace kinescope
