#include "core/media/ebml_reader.h"

#include <algorithm>
#include <cstring>

namespace kinescope {

namespace {

// Length of a VINT from its first byte (1..8), or 0 when the first byte is 0.
inline int vintLength(uchar first) {
    return first == 0 ? 0 : __builtin_clz(quint32(first)) - 23;
}

QString hexId(quint32 id) {
    return QStringLiteral("0x") + QString::number(id, 16).toUpper();
}

QString describe(const ElementHeader& h) {
    return QStringLiteral("%1 (%2) at offset %3")
        .arg(QLatin1String(h.name), hexId(h.id))
        .arg(h.offset);
}

const char* typeName(EbmlType type) {
    switch (type) {
    case EbmlType::UInt:
        return "unsigned integer";
    case EbmlType::Int:
        return "signed integer";
    case EbmlType::Float:
        return "float";
    case EbmlType::Date:
        return "date";
    default:
        return "value";
    }
}

} // namespace

EbmlReader::EbmlReader(EbmlHandler& handler)
    : m_handler(handler) {
}

// Runs decode over the next bytes of the stream (at most limit of them), using the stash when
// an item straddles two chunks. decode returns the bytes it used, 0 when it needs more, or -1
// after fail(). Returns true when an item was decoded (p and m_pos advanced past it).
template <typename Decode>
bool EbmlReader::decodeBuffered(const uchar*& p, const uchar* end, quint64 limit, Decode&& decode) {
    const qsizetype avail = qsizetype(std::min<quint64>(quint64(end - p), limit));
    if (m_stashLen == 0) {
        const int used = decode(p, avail);
        if (used > 0) {
            p += used;
            m_pos += quint64(used);
            return true;
        }
        if (used == 0 && quint64(avail) < limit && avail < qsizetype(sizeof(m_stash))) {
            std::memcpy(m_stash, p, size_t(avail));
            m_stashLen = int(avail);
            p += avail;
            return false;
        }
    } else {
        const int before = m_stashLen;
        const qsizetype room = qsizetype(sizeof(m_stash)) - before;
        const qsizetype take =
            std::min<qsizetype>(std::min<qsizetype>(room, avail),
                                qsizetype(std::min<quint64>(limit, sizeof(m_stash))) - before);
        if (take > 0) {
            std::memcpy(m_stash + before, p, size_t(take));
            m_stashLen += int(take);
        }
        const int used = decode(m_stash, m_stashLen);
        if (used > 0) {
            p += used - before;
            m_pos += quint64(used);
            m_stashLen = 0;
            return true;
        }
        if (used == 0 && quint64(m_stashLen) < limit && m_stashLen < int(sizeof(m_stash))) {
            p += take;
            return false;
        }
    }
    if (m_state != State::Failed) // needs more bytes than the block has
        fail(m_pos, QStringLiteral("%1 ends inside its block header").arg(describe(m_leaf)));
    return false;
}

// ID and size of the next element. Returns the header length, 0 if more bytes are needed.
int EbmlReader::decodeHeader(const uchar* buf, qsizetype len) {
    if (len < 1)
        return 0;
    const int idLength = vintLength(buf[0]);
    if (idLength == 0 || idLength > 4) {
        fail(m_pos, QStringLiteral("invalid element ID (first byte 0x%1)")
                        .arg(buf[0], 2, 16, QLatin1Char('0')));
        return -1;
    }
    if (len < idLength + 1)
        return 0;
    quint32 id = 0;
    for (int i = 0; i < idLength; ++i)
        id = (id << 8) | buf[i];
    const quint32 valueMask = (0xFFFFFFFFu >> (32 - 8 * idLength)) >> idLength;
    if ((id & valueMask) == 0 || (id & valueMask) == valueMask) {
        fail(m_pos, QStringLiteral("reserved element ID %1").arg(hexId(id)));
        return -1;
    }
    const int sizeLength = vintLength(buf[idLength]);
    if (sizeLength == 0) {
        fail(m_pos + quint64(idLength),
             QStringLiteral("invalid size (first byte 0x00) of element %1").arg(hexId(id)));
        return -1;
    }
    if (len < idLength + sizeLength)
        return 0;
    quint64 size = buf[idLength] & (0xFFu >> sizeLength);
    bool allOnes = size == (0xFFu >> sizeLength);
    for (int i = 1; i < sizeLength; ++i) {
        const uchar byte = buf[idLength + i];
        size = (size << 8) | byte;
        allOnes = allOnes && byte == 0xFF;
    }
    m_hdrId = id;
    m_hdrSize = size;
    m_hdrUnknown = allOnes;
    return idLength + sizeLength;
}

// Track number, relative timestamp, flags and (when laced) the frame count of a block.
int EbmlReader::decodeBlockHeader(const uchar* buf, qsizetype len) {
    if (len < 1)
        return 0;
    const int trackLength = vintLength(buf[0]);
    if (trackLength == 0) {
        fail(m_pos, QStringLiteral("invalid track number in %1").arg(describe(m_leaf)));
        return -1;
    }
    if (len < trackLength + 3)
        return 0;
    quint64 track = buf[0] & (0xFFu >> trackLength);
    for (int i = 1; i < trackLength; ++i)
        track = (track << 8) | buf[i];
    const quint8 flags = buf[trackLength + 2];
    const int lacing = (flags >> 1) & 3; // 0 none, 1 Xiph, 2 fixed, 3 EBML
    int used = trackLength + 3;
    int frames = 1;
    if (lacing != 0) {
        if (len < used + 1)
            return 0;
        frames = buf[used] + 1;
        ++used;
    }
    m_block = BlockSummary{};
    m_block.track = track;
    m_block.timecode = qint16(quint16((buf[trackLength] << 8) | buf[trackLength + 1]));
    m_block.flags = flags;
    m_block.frameCount = quint16(frames);
    m_block.simple = m_leaf.id == ebml_id::SimpleBlock;
    m_lacing = lacing;
    return used;
}

// One size of an EBML-laced block: the first is an unsigned VINT, the others signed differences.
int EbmlReader::decodeEbmlLaceSize(const uchar* buf, qsizetype len) {
    if (len < 1)
        return 0;
    const int length = vintLength(buf[0]);
    if (length == 0) {
        fail(m_pos, QStringLiteral("invalid EBML lace size in %1").arg(describe(m_leaf)));
        return -1;
    }
    if (len < length)
        return 0;
    quint64 raw = buf[0] & (0xFFu >> length);
    for (int i = 1; i < length; ++i)
        raw = (raw << 8) | buf[i];
    qint64 size = 0;
    if (m_laceIndex == 0) {
        size = qint64(raw);
    } else {
        const qint64 bias = (qint64(1) << (7 * length - 1)) - 1;
        size = qint64(m_laceSizes[m_laceIndex - 1]) + (qint64(raw) - bias);
    }
    if (size < 0 || quint64(size) > m_remaining || size > 0xFFFFFFFF) {
        fail(
            m_pos,
            QStringLiteral("EBML lace size %1 out of range in %2").arg(size).arg(describe(m_leaf)));
        return -1;
    }
    m_laceSizes[m_laceIndex++] = quint32(size);
    m_laceTotal += quint64(size);
    return length;
}

bool EbmlReader::feed(QByteArrayView data) {
    const auto* p = reinterpret_cast<const uchar*>(data.data());
    const uchar* const end = p + data.size();
    while (p < end && m_state != State::Failed) {
        switch (m_state) {
        case State::Header: {
            if (m_stashLen == 0 && !closeFinished())
                return false;
            const quint64 start = m_pos;
            if (decodeBuffered(p, end, kUnknown,
                               [this](const uchar* b, qsizetype n) { return decodeHeader(b, n); }))
                startElement(m_hdrId, m_hdrSize, m_hdrUnknown, int(m_pos - start));
            break;
        }
        case State::Value: {
            const quint64 take = std::min<quint64>(m_remaining, quint64(end - p));
            const qsizetype keep = std::min<qsizetype>(
                qsizetype(take), std::max<qsizetype>(0, m_keep - m_value.size()));
            if (keep > 0)
                m_value.append(reinterpret_cast<const char*>(p), keep);
            p += take;
            m_pos += take;
            m_remaining -= take;
            if (m_remaining == 0)
                finishLeaf();
            break;
        }
        case State::Payload: {
            const quint64 take = std::min<quint64>(m_remaining, quint64(end - p));
            p += take;
            m_pos += take;
            m_remaining -= take;
            if (m_remaining == 0)
                finishLeaf();
            break;
        }
        case State::BlockHead: {
            const quint64 start = m_pos;
            if (decodeBuffered(p, end, m_remaining, [this](const uchar* b, qsizetype n) {
                    return decodeBlockHeader(b, n);
                })) {
                m_remaining -= m_pos - start;
                beginLaceSizes();
            }
            break;
        }
        case State::BlockLace: {
            if (m_lacing == 1) { // Xiph: each size is a run of 255s ended by a byte < 255
                while (p < end && m_state == State::BlockLace) {
                    if (m_remaining == 0) {
                        fail(m_pos, QStringLiteral("Xiph lace sizes run past the end of %1")
                                        .arg(describe(m_leaf)));
                        return false;
                    }
                    const uchar byte = *p++;
                    ++m_pos;
                    --m_remaining;
                    m_laceAccum += byte;
                    if (m_laceTotal + m_laceAccum > m_remaining || m_laceAccum > 0xFFFFFFFFu) {
                        fail(m_pos, QStringLiteral("Xiph lace sizes exceed the data of %1")
                                        .arg(describe(m_leaf)));
                        return false;
                    }
                    if (byte < 255) {
                        m_laceSizes[m_laceIndex++] = quint32(m_laceAccum);
                        m_laceTotal += m_laceAccum;
                        m_laceAccum = 0;
                        if (m_laceIndex == m_block.frameCount - 1)
                            emitBlock();
                    }
                }
            } else { // EBML lacing
                const quint64 start = m_pos;
                if (decodeBuffered(p, end, m_remaining, [this](const uchar* b, qsizetype n) {
                        return decodeEbmlLaceSize(b, n);
                    })) {
                    m_remaining -= m_pos - start;
                    if (m_laceTotal > m_remaining) {
                        fail(m_pos, QStringLiteral("EBML lace sizes exceed the data of %1")
                                        .arg(describe(m_leaf)));
                        return false;
                    }
                    if (m_laceIndex == m_block.frameCount - 1)
                        emitBlock();
                }
            }
            break;
        }
        case State::Failed:
        case State::Finished:
            return false;
        }
    }
    return m_state != State::Failed;
}

bool EbmlReader::startElement(quint32 id, quint64 size, bool unknownSize, int headerLength) {
    const quint64 offset = m_pos - quint64(headerLength);
    const EbmlElementInfo* info = ebmlElementInfo(id);

    // An element that cannot be a child of the open unknown-size elements closes them.
    if (info && info->parent != ebml_id::kAnyParent && m_depth > 0) {
        int target = -2; // index of the element it belongs in; -1 = top level; -2 = stay
        for (int i = m_depth - 1; i >= 0; --i) {
            if (ebmlMayBeChildOf(*info, m_stack[i].header.id)) {
                target = i;
                break;
            }
            if (m_stack[i].end != kUnknown)
                break; // a known-size element bounds it: it stays inside
            if (i == 0 && info->parent == 0)
                target = -1;
        }
        if (target >= -1) {
            while (m_depth - 1 > target)
                closeTop(false, offset);
        }
    }

    if (m_depth >= kMaxDepth) {
        fail(offset, QStringLiteral("elements nested deeper than %1 levels").arg(kMaxDepth));
        return false;
    }
    const quint64 dataStart = m_pos;
    const quint64 parentBound = bound();
    const bool master = info ? info->type == EbmlType::Master : false;
    ElementHeader h;
    h.id = id;
    h.name = info ? info->name : "Unknown";
    h.offset = offset;
    h.headerSize = quint32(headerLength);
    h.dataSize = unknownSize ? 0 : size;
    h.depth = quint16(m_depth);
    h.master = master;
    h.unknownSize = unknownSize;

    if (unknownSize && !master) {
        fail(offset, QStringLiteral("%1 has an unknown size, which only master elements may have")
                         .arg(describe(h)));
        return false;
    }
    if (dataStart > parentBound || (!unknownSize && size > parentBound - dataStart)) {
        fail(offset, QStringLiteral("%1 with %2 data bytes runs past the end of its parent (offset "
                                    "%3)")
                         .arg(describe(h))
                         .arg(size)
                         .arg(parentBound));
        return false;
    }
    if (!unknownSize && size > kUnknown - dataStart) {
        fail(offset, QStringLiteral("%1 has an impossible size %2").arg(describe(h)).arg(size));
        return false;
    }

    if (master) {
        Open& open = m_stack[m_depth++];
        open.header = h;
        open.info = info;
        open.end = unknownSize ? kUnknown : dataStart + size;
        open.boundEnd = std::min(open.end, parentBound);
        m_handler.ebmlStart(h, info);
        return true;
    }

    // Leaf element: validate its size for its type before reading it.
    const EbmlType type = info ? info->type : EbmlType::Binary;
    bool sizeOk = true;
    switch (type) {
    case EbmlType::UInt:
    case EbmlType::Int:
        sizeOk = size <= 8;
        break;
    case EbmlType::Float:
        sizeOk = size == 0 || size == 4 || size == 8;
        break;
    case EbmlType::Date:
        sizeOk = size == 0 || size == 8;
        break;
    case EbmlType::Block:
        sizeOk = size >= 4;
        break;
    default:
        break;
    }
    if (!sizeOk) {
        fail(offset, QStringLiteral("%1 has size %2, invalid for a %3")
                         .arg(describe(h))
                         .arg(size)
                         .arg(QLatin1String(type == EbmlType::Block ? "block" : typeName(type))));
        return false;
    }
    m_leaf = h;
    m_leafInfo = info;
    m_inLeaf = true;
    m_remaining = size;
    m_handler.ebmlStart(h, info);
    if (type == EbmlType::Block) {
        m_state = State::BlockHead;
        return true;
    }
    m_value.clear();
    if (!info)
        m_keep = kUnknownValueKept;
    else if (id == ebml_id::Void)
        m_keep = 0;
    else
        m_keep = qsizetype(std::min<quint64>(size, quint64(kMaxValueSize)));
    if (m_keep > 0)
        m_value.reserve(std::min<qsizetype>(m_keep, qsizetype(size)));
    if (size == 0)
        finishLeaf();
    else
        m_state = State::Value;
    return true;
}

void EbmlReader::beginLaceSizes() {
    m_laceIndex = 0;
    m_laceAccum = 0;
    m_laceTotal = 0;
    if (m_lacing == 0) {
        emitBlock();
    } else if (m_lacing == 2) { // fixed: equal sizes
        if (m_remaining % m_block.frameCount != 0) {
            fail(m_pos, QStringLiteral("%1: %2 bytes cannot be split into %3 equal laced frames")
                            .arg(describe(m_leaf))
                            .arg(m_remaining)
                            .arg(m_block.frameCount));
            return;
        }
        emitBlock();
    } else if (m_block.frameCount == 1) {
        emitBlock();
    } else {
        m_state = State::BlockLace;
    }
}

void EbmlReader::emitBlock() {
    const int frames = m_block.frameCount;
    if (m_lacing == 2) {
        if (m_remaining / quint64(frames) > 0xFFFFFFFFu) {
            fail(m_leaf.offset,
                 QStringLiteral("%1 has a laced frame larger than 4 GiB").arg(describe(m_leaf)));
            return;
        }
        for (int i = 0; i < frames; ++i)
            m_laceSizes[i] = quint32(m_remaining / quint64(frames));
    } else if (m_lacing == 0 || frames == 1) {
        if (m_remaining > 0xFFFFFFFFu) {
            fail(m_leaf.offset, QStringLiteral("%1 is larger than 4 GiB").arg(describe(m_leaf)));
            return;
        }
        m_laceSizes[0] = quint32(m_remaining);
    } else {
        const quint64 last = m_remaining - m_laceTotal; // checked: m_laceTotal <= m_remaining
        if (last > 0xFFFFFFFFu) {
            fail(m_leaf.offset,
                 QStringLiteral("%1 has a laced frame larger than 4 GiB").arg(describe(m_leaf)));
            return;
        }
        m_laceSizes[frames - 1] = quint32(last);
    }
    m_handler.ebmlBlock(m_leaf, m_block, m_laceSizes, m_pos);
    if (m_remaining == 0)
        finishLeaf();
    else
        m_state = State::Payload;
}

void EbmlReader::finishLeaf() {
    ElementValue value;
    const EbmlType type = m_leafInfo ? m_leafInfo->type : EbmlType::Binary;
    const auto* bytes = reinterpret_cast<const uchar*>(m_value.constData());
    const qsizetype n = m_value.size();
    switch (type) {
    case EbmlType::UInt:
        value.kind = ValueKind::UInt;
        for (qsizetype i = 0; i < n; ++i)
            value.u = (value.u << 8) | bytes[i];
        break;
    case EbmlType::Int:
    case EbmlType::Date: {
        quint64 raw = 0;
        for (qsizetype i = 0; i < n; ++i)
            raw = (raw << 8) | bytes[i];
        if (n > 0 && n < 8 && (bytes[0] & 0x80))
            raw |= ~quint64(0) << (8 * n);
        value.kind = type == EbmlType::Int ? ValueKind::Int : ValueKind::Date;
        value.i = qint64(raw);
        break;
    }
    case EbmlType::Float: {
        value.kind = ValueKind::Float;
        if (n == 4) {
            quint32 raw = 0;
            for (int i = 0; i < 4; ++i)
                raw = (raw << 8) | bytes[i];
            float f;
            std::memcpy(&f, &raw, 4);
            value.f = double(f);
        } else if (n == 8) {
            quint64 raw = 0;
            for (int i = 0; i < 8; ++i)
                raw = (raw << 8) | bytes[i];
            std::memcpy(&value.f, &raw, 8);
        }
        break;
    }
    case EbmlType::String:
    case EbmlType::Utf8: {
        value.kind = ValueKind::String;
        const qsizetype nul = m_value.indexOf('\0');
        value.bytes = QByteArrayView(m_value.constData(), nul >= 0 ? nul : n);
        value.fullSize = m_leaf.dataSize;
        break;
    }
    case EbmlType::Block:
        value.kind = ValueKind::Block;
        value.block = m_block;
        break;
    default:
        value.kind = ValueKind::Binary;
        value.bytes = QByteArrayView(m_value.constData(), n);
        value.fullSize = m_leaf.dataSize;
        break;
    }
    m_inLeaf = false;
    m_state = State::Header;
    m_handler.ebmlEnd(m_leaf, m_leafInfo, value);
}

void EbmlReader::closeTop(bool incomplete, quint64 endOffset) {
    Open& open = m_stack[m_depth - 1];
    ElementHeader h = open.header;
    if (h.unknownSize)
        h.dataSize = endOffset - h.dataOffset();
    h.incomplete = incomplete;
    const EbmlElementInfo* info = open.info;
    --m_depth;
    m_handler.ebmlEnd(h, info, ElementValue{});
}

// Closes the elements that end at the current position.
bool EbmlReader::closeFinished() {
    while (m_depth > 0) {
        const quint64 end = m_stack[m_depth - 1].boundEnd;
        if (end == kUnknown || m_pos < end)
            return true;
        if (m_pos > end) {
            fail(m_pos, QStringLiteral("%1 overran its end at offset %2")
                            .arg(describe(m_stack[m_depth - 1].header))
                            .arg(end));
            return false;
        }
        closeTop(false, m_pos);
    }
    return true;
}

bool EbmlReader::finish() {
    if (m_state == State::Failed)
        return false;
    if (m_state == State::Finished)
        return true;
    if (m_inLeaf || m_stashLen > 0) {
        const QString what = m_inLeaf ? describe(m_leaf) : QStringLiteral("an element header");
        fail(m_pos + quint64(m_stashLen), QStringLiteral("the stream ends at byte %1 inside %2")
                                              .arg(m_pos + quint64(m_stashLen))
                                              .arg(what));
        return false;
    }
    if (!closeFinished())
        return false;
    // Whatever is still open must be of unknown size (ending with the stream) and not bounded
    // by a known-size ancestor.
    for (int i = 0; i < m_depth; ++i) {
        if (m_stack[i].end != kUnknown) {
            fail(m_pos, QStringLiteral("the stream ends at byte %1 inside %2, which declares %3 "
                                       "data bytes")
                            .arg(m_pos)
                            .arg(describe(m_stack[i].header))
                            .arg(m_stack[i].header.dataSize));
            return false;
        }
    }
    while (m_depth > 0)
        closeTop(false, m_pos);
    m_state = State::Finished;
    return true;
}

void EbmlReader::fail(quint64 offset, const QString& message) {
    if (m_state == State::Failed)
        return;
    m_error.offset = offset;
    m_error.message = message;
    m_state = State::Failed;
    if (m_inLeaf) {
        m_inLeaf = false;
        m_leaf.incomplete = true;
        m_handler.ebmlEnd(m_leaf, m_leafInfo, ElementValue{});
    }
    while (m_depth > 0)
        closeTop(true, m_pos);
}

} // namespace kinescope
