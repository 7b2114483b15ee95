#pragma once

#include "core/media/inspect_types.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace kinescope {

constexpr quint32 fourcc(const char (&s)[5]) {
    return (quint32(quint8(s[0])) << 24) | (quint32(quint8(s[1])) << 16) |
           (quint32(quint8(s[2])) << 8) | quint32(quint8(s[3]));
}

// "moov"; non-printable bytes as \xNN.
QString fourccToString(quint32 type);

// How the reader treats a box type.
enum class Mp4BoxKind : quint8 {
    Opaque,            // skipped (unknown, free, skip, mdat, ...)
    Container,         // children start right after the header
    FullContainer,     // version/flags, then children (meta)
    SampleDescription, // stsd: version/flags, entry_count, then sample entries
    VisualEntry,       // VisualSampleEntry fields (78 bytes), then child boxes (avcC, pasp, ...)
    AudioEntry, // AudioSampleEntry fields (28 bytes, more for QuickTime v1/v2), then children
    Table,      // full box with a header and fixed-size entries, streamed (stts, trun, ...)
    Leaf,       // payload buffered (up to a cap) and decoded (ftyp, mvhd, tkhd, avcC, ...)
};

struct Mp4BoxType {
    quint32 type;
    const char* name;
    Mp4BoxKind kind;
};

// The entry for a box type; unknown types get {type, "Unknown", Opaque}.
Mp4BoxType mp4BoxType(quint32 type);

// Box types that can start an MP4 / fMP4 / CMAF file or segment (format detection).
bool isMp4TopLevelBox(quint32 type);

// Movie fragment header (tfhd).
struct Mp4TrackFragmentHeader {
    quint32 trackId = 0;
    quint32 flags = 0;
    std::optional<quint64> baseDataOffset;
    std::optional<quint32> sampleDescriptionIndex;
    std::optional<quint32> defaultDuration;
    std::optional<quint32> defaultSize;
    std::optional<quint32> defaultFlags;
};

// The fixed part of a table box (see Mp4BoxKind::Table).
struct Mp4TableHeader {
    quint32 type = 0;
    quint64 boxOffset = 0;
    quint8 version = 0;
    quint32 flags = 0;
    quint32 entryCount = 0;
    quint32 entrySize = 0;                // bytes per entry
    quint64 sampleSize = 0;               // stsz: constant size (entries follow only when 0)
    qint64 dataOffset = 0;                // trun (flags & 0x1)
    quint32 firstSampleFlags = 0;         // trun (flags & 0x4)
    quint32 referenceId = 0;              // sidx
    quint32 timescale = 0;                // sidx
    quint64 earliestPresentationTime = 0; // sidx
    quint64 firstOffset = 0;              // sidx
};

// Number of header bytes of a table box given what has been read of it so far (at least 4
// bytes: version and flags), or 0 when the box type is not a table.
int mp4TableHeaderSize(quint32 type, QByteArrayView readSoFar);
// Parses a complete table header; returns false when the values are impossible.
bool parseMp4TableHeader(quint32 type, QByteArrayView bytes, Mp4TableHeader& out, QString* error);
// Decodes one entry (entrySize bytes) into values (at most 4). Meaning by table:
// stts/ctts (count, delta|offset), stss (sample number), stsz (size), stsc (first chunk,
// samples per chunk, description index), stco/co64 (chunk offset), elst (segment duration,
// media time as int64 bits, rate), trun (duration, size, flags, composition offset as int64
// bits; absent members 0), sidx (type<<31|size, subsegment duration, SAP word).
void parseMp4TableEntry(const Mp4TableHeader& table, const uchar* entry, quint64* values);

// Members of a box for the tree; text members point into storage the list owns.
class Mp4FieldList {
public:
    static constexpr int kMax = 16;

    void clear() {
        m_count = 0;
        m_textUsed = 0;
    }
    void addUInt(const char* name, quint64 value);
    void addInt(const char* name, qint64 value);
    void addFloat(const char* name, double value);
    void addText(const char* name, QByteArrayView text);    // copied
    void addBinary(const char* name, QByteArrayView bytes); // referenced: must outlive use
    int count() const { return m_count; }
    const Field* data() const { return m_fields; }

private:
    Field* next();
    Field m_fields[kMax];
    int m_count = 0;
    char m_text[1024] = {};
    int m_textUsed = 0;
};

// Receives the decoded content of an MP4 stream (see Mp4Reader).
class Mp4Handler {
public:
    virtual ~Mp4Handler() = default;
    virtual void mp4BoxStart(const ElementHeader& header) = 0;
    virtual void mp4BoxEnd(const ElementHeader& header, const ElementValue& value) = 0;
    virtual void mp4MovieHeader(quint32 timescale, quint64 duration) {
        Q_UNUSED(timescale)
        Q_UNUSED(duration)
    }
    virtual void mp4TrackHeader(quint32 trackId, int width, int height) {
        Q_UNUSED(trackId)
        Q_UNUSED(width)
        Q_UNUSED(height)
    }
    virtual void mp4MediaHeader(quint32 timescale, quint64 duration, const QString& language) {
        Q_UNUSED(timescale)
        Q_UNUSED(duration)
        Q_UNUSED(language)
    }
    virtual void mp4HandlerType(quint32 handlerType, const QString& name) {
        Q_UNUSED(handlerType)
        Q_UNUSED(name)
    }
    virtual void mp4SampleEntry(quint32 format, int width, int height, int channels,
                                int sampleRate) {
        Q_UNUSED(format)
        Q_UNUSED(width)
        Q_UNUSED(height)
        Q_UNUSED(channels)
        Q_UNUSED(sampleRate)
    }
    // avcC / hvcC payload, or the AudioSpecificConfig found in an esds.
    virtual void mp4CodecConfig(quint32 boxType, QByteArrayView config) {
        Q_UNUSED(boxType)
        Q_UNUSED(config)
    }
    virtual void mp4TrackExtends(quint32 trackId, quint32 duration, quint32 size, quint32 flags) {
        Q_UNUSED(trackId)
        Q_UNUSED(duration)
        Q_UNUSED(size)
        Q_UNUSED(flags)
    }
    virtual void mp4FragmentSequence(quint32 sequence) { Q_UNUSED(sequence) }
    virtual void mp4TrackFragmentHeader(const Mp4TrackFragmentHeader& tfhd) { Q_UNUSED(tfhd) }
    virtual void mp4DecodeTime(quint64 baseMediaDecodeTime) { Q_UNUSED(baseMediaDecodeTime) }
    virtual void mp4TableStart(const Mp4TableHeader& table) { Q_UNUSED(table) }
    virtual void mp4TableEntry(const Mp4TableHeader& table, const quint64* values) {
        Q_UNUSED(table)
        Q_UNUSED(values)
    }
};

// Decodes a buffered leaf box: fills fields for the tree and tells the handler what it means.
// payload may be a prefix of the box (complete == false) when the box exceeded the cap.
void decodeMp4LeafBox(quint32 type, QByteArrayView payload, bool complete, Mp4FieldList& fields,
                      Mp4Handler& handler);

} // namespace kinescope
