#pragma once

// Value types shared by the container readers (EBML/Matroska and MP4), the analyzers that turn
// their events into tracks, frames and fragments, and the sinks that print or store them.
// Everything here is plain data; the per-element types carry views into the reader's buffers
// and are valid only during the callback that receives them (no allocation per element).

#include "core/media/codec_details.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace kinescope {

enum class MediaContainer { Unknown, Matroska, Mp4 };

// "matroska", "mp4" or "unknown" (the names the CLI's JSON uses).
QString containerFormatName(MediaContainer format);

// A failure to read the input, with the byte offset where it was detected.
struct ParseError {
    quint64 offset = 0;
    QString message;

    // "at byte offset 1234: <message>"
    QString toString() const;
};

enum class ValueKind : quint8 {
    None,   // master elements, skipped payloads (mdat, Void)
    UInt,   // u
    Int,    // i
    Float,  // f
    String, // bytes: ASCII or UTF-8 text
    Binary, // bytes: raw (possibly a prefix; see fullSize)
    Date,   // i: nanoseconds since 2001-01-01T00:00:00 UTC (EBML date)
    Block,  // block: a Matroska SimpleBlock/Block header
    Fields, // fields/fieldCount: decoded members of an MP4 box
};

// A Matroska SimpleBlock or Block header.
struct BlockSummary {
    quint64 track = 0;
    qint16 timecode = 0; // relative to the cluster timestamp
    quint8 flags = 0;    // as stored (0x80 keyframe for SimpleBlock, 0x06 lacing, 0x01 discardable)
    quint16 frameCount = 0;
    bool simple = true; // SimpleBlock (true) or Block inside a BlockGroup (false)
};

// One named member of a decoded MP4 box (name is a static string).
struct Field {
    const char* name = "";
    ValueKind kind = ValueKind::None; // UInt, Int, Float, String or Binary
    quint64 u = 0;
    qint64 i = 0;
    double f = 0;
    QByteArrayView bytes;
};

// The value of a leaf element, valid only during the elementEnd() callback.
struct ElementValue {
    ValueKind kind = ValueKind::None;
    quint64 u = 0;
    qint64 i = 0;
    double f = 0;
    QByteArrayView bytes; // String/Binary: what was kept (at most the reader's value cap)
    quint64 fullSize = 0; // String/Binary: the element's real size (> bytes.size() when capped)
    BlockSummary block;
    const Field* fields = nullptr;
    int fieldCount = 0;
};

// One EBML element or MP4 box as it appears in the stream.
struct ElementHeader {
    quint32 id = 0;           // EBML ID including its length marker bits, or the MP4 fourcc
    const char* name = "";    // static; "Unknown" for unknown EBML IDs, the fourcc for MP4
    quint64 offset = 0;       // absolute offset of the element's first byte
    quint32 headerSize = 0;   // ID + size field (EBML) / size + type [+ largesize + uuid] (MP4)
    quint64 dataSize = 0;     // payload size; for unknown-size elements valid at elementEnd()
    quint16 depth = 0;        // 0 for top-level elements
    bool master = false;      // has child elements
    bool unknownSize = false; // EBML unknown size, or MP4 size 0 ("to the end of the file")
    bool incomplete = false;  // at elementEnd(): the stream ended or failed inside the element

    quint64 dataOffset() const { return offset + headerSize; }
};

// Decoded track description, the same for both formats.
struct TrackInfo {
    quint64 number = 0; // Matroska TrackNumber, MP4 track_ID
    quint64 uid = 0;    // Matroska TrackUID
    QString type;       // "video", "audio", "subtitle", "metadata", ... or the handler
    QString codecId;    // Matroska CodecID ("V_MPEG4/ISO/AVC") or MP4 sample entry ("avc1")
    QString name;
    QString language;
    qint64 timeBaseNum = 1; // pts/dts of this track's frames are in units of num/den seconds
    qint64 timeBaseDen = 1000;
    quint64 defaultDurationNs = 0;
    quint64 codecDelayNs = 0;  // Matroska CodecDelay (already subtracted from frame pts)
    quint64 durationTicks = 0; // MP4 mdhd duration (in time base units)
    int width = 0;             // as the container states it
    int height = 0;
    double sampleRate = 0;
    int channels = 0;
    int bitDepth = 0;
    quint64 offset = 0;      // where the TrackEntry / trak box starts
    QByteArray codecPrivate; // CodecPrivate / avcC / hvcC / AudioSpecificConfig (capped)
    CodecDetails codec;      // decoded codecPrivate
};

// One frame (Matroska: one laced frame of a block; MP4: one sample).
struct FrameInfo {
    quint64 offset = 0;   // absolute offset of the frame payload
    qint64 pts = 0;       // in the track's time base
    qint64 dts = 0;       // valid when hasDts (MP4 only: Matroska stores no decode times)
    qint64 duration = -1; // in the track's time base, -1 when unknown
    quint32 size = 0;
    quint32 track = 0;
    bool keyframe = false;
    bool hasDts = false;
};

// Summary of one fragment: a KVS chunk (one Matroska document / cluster with its tags) or one
// fMP4 movie fragment (moof + mdat).
struct FragmentSummary {
    int index = 0;
    quint64 offset = 0;     // first byte of the fragment
    quint64 bytes = 0;      // up to the next fragment or the end of the stream
    QString fragmentNumber; // AWS_KINESISVIDEO_FRAGMENT_NUMBER (exact, not a number)
    std::optional<qint64> serverTimestampMs;
    std::optional<qint64> producerTimestampMs;
    std::optional<quint64> sequenceNumber; // MP4 mfhd
    std::optional<qint64> startMs; // first frame pts, in milliseconds of the track time base
    std::optional<qint64> durationMs;
    quint32 frameCount = 0;
    quint32 keyframeCount = 0;
    qint32 firstKeyframeIndex = -1; // index of the first keyframe among the fragment's frames
    std::optional<quint64> firstKeyframeOffset;
    QList<QPair<QString, QString>> tags; // in stream order; a repeated name keeps every value
    QString errorCode;    // AWS_KINESISVIDEO_ERROR_ID / _EXCEPTION_ERROR_CODE (a number)
    QString errorMessage; // AWS_KINESISVIDEO_ERROR_CODE / _EXCEPTION_MESSAGE (text)
    int droppedTags = 0;  // tags beyond the per-fragment cap (not kept)

    // The value of the first tag with this name, or a null string.
    QString tag(QStringView name) const;
};

// Sinks that keep fragment summaries keep at most this many (and count the rest): a hostile
// stream of empty clusters must not turn a few bytes each into a few hundred.
constexpr qsizetype kMaxStoredFragments = 1'000'000;

// What the readers report. Sinks override what they need; the default does nothing.
class InspectSink {
public:
    virtual ~InspectSink() = default;
    virtual void formatDetected(MediaContainer format) { Q_UNUSED(format) }
    virtual void elementStart(const ElementHeader& header) { Q_UNUSED(header) }
    virtual void elementEnd(const ElementHeader& header, const ElementValue& value) {
        Q_UNUSED(header)
        Q_UNUSED(value)
    }
    virtual void track(const TrackInfo& track) { Q_UNUSED(track) }
    virtual void frame(const FrameInfo& frame) { Q_UNUSED(frame) }
    virtual void fragment(const FragmentSummary& fragment) { Q_UNUSED(fragment) }
};

} // namespace kinescope
