#pragma once

#include "core/media/ebml_schema.h"
#include "core/media/inspect_types.h"

#include <QByteArray>
#include <QByteArrayView>

namespace kinescope {

// Receives what an EbmlReader finds, in stream order. For every element: ebmlStart(), then for
// masters their children, for SimpleBlock/Block one ebmlBlock() with the lace sizes, then
// ebmlEnd(). Starts and ends always pair up, also when the stream is truncated or fails
// (ElementHeader::incomplete is then set on the ends).
class EbmlHandler {
public:
    virtual ~EbmlHandler() = default;
    virtual void ebmlStart(const ElementHeader& header, const EbmlElementInfo* info) = 0;
    virtual void ebmlEnd(const ElementHeader& header, const EbmlElementInfo* info,
                         const ElementValue& value) = 0;
    // frameSizes has block.frameCount entries; the first frame's payload starts at
    // firstFrameOffset and the others follow it back to back.
    virtual void ebmlBlock(const ElementHeader& header, const BlockSummary& block,
                           const quint32* frameSizes, quint64 firstFrameOffset) = 0;
};

// Incremental EBML reader with the Matroska schema: push bytes in any chunking, get element
// events out. Handles unknown-size masters (closed by the first element that cannot be their
// child, by the end of a known-size ancestor, or by the end of the stream), any number of EBML
// documents in a row (KVS GetMedia), Xiph/EBML/fixed lacing. Memory is bounded: only element
// headers, block headers and leaf values up to kMaxValueSize are buffered; payloads are
// skipped, never copied. The first malformed byte stops the reader with a ParseError carrying
// its offset.
class EbmlReader {
public:
    static constexpr int kMaxDepth = 48;
    static constexpr qsizetype kMaxValueSize = 1 << 20; // bytes of a string/binary leaf kept
    static constexpr qsizetype kUnknownValueKept = 64;  // bytes kept of unknown elements
    static constexpr quint64 kUnknown = ~quint64(0);

    explicit EbmlReader(EbmlHandler& handler);

    // Consumes the bytes; returns false once the stream has failed.
    bool feed(QByteArrayView data);
    // End of input: closes open unknown-size elements; a stream that ends inside an element
    // fails with a truncation error. Returns false when the stream failed.
    bool finish();

    bool failed() const { return m_state == State::Failed; }
    const ParseError& error() const { return m_error; }
    quint64 position() const { return m_pos; } // bytes parsed so far

private:
    enum class State : quint8 { Header, Value, BlockHead, BlockLace, Payload, Failed, Finished };

    struct Open {
        ElementHeader header;
        const EbmlElementInfo* info = nullptr;
        quint64 end = kUnknown;      // own end, kUnknown for unknown sizes
        quint64 boundEnd = kUnknown; // nearest known end of itself or an ancestor
    };

    template <typename Decode>
    bool decodeBuffered(const uchar*& p, const uchar* end, quint64 limit, Decode&& decode);
    int decodeHeader(const uchar* buf, qsizetype len);
    int decodeBlockHeader(const uchar* buf, qsizetype len);
    int decodeEbmlLaceSize(const uchar* buf, qsizetype len);

    bool startElement(quint32 id, quint64 size, bool unknownSize, int headerLength);
    void closeTop(bool incomplete, quint64 endOffset);
    bool closeFinished();
    void finishLeaf();
    void beginLaceSizes();
    void emitBlock();
    void fail(quint64 offset, const QString& message);
    quint64 bound() const { return m_depth > 0 ? m_stack[m_depth - 1].boundEnd : kUnknown; }

    EbmlHandler& m_handler;
    State m_state = State::Header;
    ParseError m_error;
    quint64 m_pos = 0; // offset of the first byte not parsed yet (stashed bytes are not parsed)

    Open m_stack[kMaxDepth];
    int m_depth = 0;

    uchar m_stash[16] = {};
    int m_stashLen = 0;

    // The leaf or block being read.
    ElementHeader m_leaf;
    const EbmlElementInfo* m_leafInfo = nullptr;
    bool m_inLeaf = false;
    quint64 m_remaining = 0; // payload bytes of m_leaf still to come
    qsizetype m_keep = 0;    // bytes of the value to keep
    QByteArray m_value;

    // Parsed header fields of the element decodeHeader() just read.
    quint32 m_hdrId = 0;
    quint64 m_hdrSize = 0;
    bool m_hdrUnknown = false;

    // Block header and lacing.
    BlockSummary m_block;
    int m_lacing = 0; // 0 none, 1 Xiph, 2 fixed, 3 EBML
    int m_laceIndex = 0;
    quint64 m_laceAccum = 0;
    quint64 m_laceTotal = 0;
    quint32 m_laceSizes[256] = {};
};

} // namespace kinescope
