#pragma once

#include "core/media/mp4_boxes.h"

#include <QByteArray>
#include <QByteArrayView>

namespace kinescope {

// Incremental ISO BMFF (MP4, fMP4, CMAF, HLS/DASH segments) box reader: push bytes in any
// chunking, get box events and decoded members out. 32- and 64-bit box sizes, size 0 ("to the
// end of the file" at the top level, to the end of the parent inside one), uuid boxes.
// Sample tables and track runs are streamed entry by entry (never buffered whole); mdat and
// other opaque payloads are skipped, never loaded; other leaf boxes are buffered up to
// kMaxLeafSize. The first malformed byte stops the reader with a ParseError carrying its
// offset; box starts and ends always pair up (ElementHeader::incomplete on failure).
class Mp4Reader {
public:
    static constexpr int kMaxDepth = 32;
    static constexpr qsizetype kMaxLeafSize = 64 * 1024;
    static constexpr quint64 kUnknown = ~quint64(0);

    explicit Mp4Reader(Mp4Handler& handler);

    bool feed(QByteArrayView data);
    bool finish();

    bool failed() const { return m_state == State::Failed; }
    const ParseError& error() const { return m_error; }
    quint64 position() const { return m_pos; }

private:
    enum class State : quint8 {
        Header,
        Prefix,
        TableHead,
        TableEntries,
        Value,
        Payload,
        Failed,
        Finished
    };

    struct Open {
        ElementHeader header;
        Mp4BoxKind kind = Mp4BoxKind::Container;
        quint64 end = kUnknown;
        quint64 boundEnd = kUnknown;
        Field fields[4];
        int fieldCount = 0;
    };

    int decodeHeader(const uchar* buf, qsizetype len);
    void startBox(quint32 type, quint64 size, bool toEnd, int headerLength);
    void prefixDone();
    void tableHeaderDone();
    void emitEntries(const uchar*& p, const uchar* end);
    void finishLeaf();
    void closeTop(bool incomplete);
    bool closeFinished();
    void fail(quint64 offset, const QString& message);
    quint64 bound() const { return m_depth > 0 ? m_stack[m_depth - 1].boundEnd : kUnknown; }
    int prefixSize(quint32 type, Mp4BoxKind kind) const;

    Mp4Handler& m_handler;
    State m_state = State::Header;
    ParseError m_error;
    quint64 m_pos = 0;

    Open m_stack[kMaxDepth];
    int m_depth = 0;

    uchar m_stash[32] = {};
    int m_stashLen = 0;
    quint32 m_hdrType = 0;
    quint64 m_hdrSize = 0;
    bool m_hdrToEnd = false;

    // The leaf/table box being read (containers in Prefix state are on the stack).
    ElementHeader m_leaf;
    bool m_inLeaf = false;
    quint64 m_remaining = 0;
    qsizetype m_keep = 0;
    qsizetype m_need = 0;
    QByteArray m_value;
    Mp4FieldList m_fields;

    Mp4TableHeader m_table;
    quint64 m_entriesLeft = 0;
    uchar m_entry[32] = {};
    int m_entryLen = 0;
};

} // namespace kinescope
