#include "core/media/mp4_reader.h"

#include <algorithm>
#include <cstring>

namespace kinescope {

namespace {

quint32 be32(const uchar* p) {
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

quint16 be16(const uchar* p) {
    return quint16((p[0] << 8) | p[1]);
}

QString describe(const ElementHeader& h) {
    return QStringLiteral("'%1' box at offset %2").arg(fourccToString(h.id)).arg(h.offset);
}

} // namespace

Mp4Reader::Mp4Reader(Mp4Handler& handler)
    : m_handler(handler) {
}

int Mp4Reader::decodeHeader(const uchar* buf, qsizetype len) {
    if (len < 8)
        return 0;
    const quint32 size32 = be32(buf);
    const quint32 type = be32(buf + 4);
    int headerLength = 8;
    quint64 size = size32;
    bool toEnd = false;
    if (size32 == 1) {
        if (len < 16)
            return 0;
        size = (quint64(be32(buf + 8)) << 32) | be32(buf + 12);
        headerLength = 16;
    } else if (size32 == 0) {
        toEnd = true;
    }
    if (type == fourcc("uuid")) {
        headerLength += 16;
        if (len < headerLength)
            return 0;
    }
    if (!toEnd && size < quint64(headerLength)) {
        fail(m_pos, QStringLiteral("box '%1' at offset %2 has size %3, smaller than its %4-byte "
                                   "header")
                        .arg(fourccToString(type))
                        .arg(m_pos)
                        .arg(size)
                        .arg(headerLength));
        return -1;
    }
    m_hdrType = type;
    m_hdrSize = size;
    m_hdrToEnd = toEnd;
    return headerLength;
}

int Mp4Reader::prefixSize(quint32 type, Mp4BoxKind kind) const {
    Q_UNUSED(type)
    switch (kind) {
    case Mp4BoxKind::FullContainer:
        return 4;
    case Mp4BoxKind::SampleDescription:
        return 8;
    case Mp4BoxKind::VisualEntry:
        return 78;
    case Mp4BoxKind::AudioEntry:
        return 28;
    default:
        return 0;
    }
}

bool Mp4Reader::feed(QByteArrayView data) {
    const auto* p = reinterpret_cast<const uchar*>(data.data());
    const uchar* const end = p + data.size();
    while (p < end && m_state != State::Failed) {
        switch (m_state) {
        case State::Header: {
            if (m_stashLen == 0) {
                if (!closeFinished())
                    return false;
                const quint64 parentEnd = bound();
                if (parentEnd != kUnknown && parentEnd - m_pos < 8) {
                    // Fewer bytes than a box header left in the parent: padding (QuickTime
                    // ends some lists with a zero word). Skip it.
                    const quint64 take = std::min<quint64>(parentEnd - m_pos, quint64(end - p));
                    p += take;
                    m_pos += take;
                    break;
                }
                const int used = decodeHeader(p, end - p);
                if (used > 0) {
                    p += used;
                    m_pos += quint64(used);
                    startBox(m_hdrType, m_hdrSize, m_hdrToEnd, used);
                } else if (used == 0) {
                    m_stashLen = int(end - p); // < 32: a header is at most 32 bytes
                    std::memcpy(m_stash, p, size_t(m_stashLen));
                    p = end;
                }
                break;
            }
            const int before = m_stashLen;
            const int take = int(std::min<qsizetype>(qsizetype(sizeof(m_stash)) - before, end - p));
            std::memcpy(m_stash + before, p, size_t(take));
            m_stashLen += take;
            const int used = decodeHeader(m_stash, m_stashLen);
            if (used > 0) {
                p += used - before;
                m_pos += quint64(used);
                m_stashLen = 0;
                startBox(m_hdrType, m_hdrSize, m_hdrToEnd, used);
            } else if (used == 0) {
                p += take;
            }
            break;
        }
        case State::Prefix:
        case State::TableHead: {
            const qsizetype want = m_need - m_value.size();
            const qsizetype take = std::min<qsizetype>(want, end - p);
            m_value.append(reinterpret_cast<const char*>(p), take);
            p += take;
            m_pos += quint64(take);
            m_remaining -= quint64(take);
            if (m_value.size() < m_need)
                break;
            if (m_state == State::Prefix) {
                prefixDone();
            } else {
                const int need = mp4TableHeaderSize(m_leaf.id, m_value);
                if (need > m_value.size()) {
                    if (quint64(need - m_value.size()) > m_remaining) {
                        fail(
                            m_leaf.offset,
                            QStringLiteral("%1 is too small for its header").arg(describe(m_leaf)));
                        return false;
                    }
                    m_need = need;
                } else {
                    tableHeaderDone();
                }
            }
            break;
        }
        case State::TableEntries:
            emitEntries(p, end);
            break;
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
            if (m_remaining != kUnknown)
                m_remaining -= take;
            if (m_remaining == 0)
                finishLeaf();
            break;
        }
        case State::Failed:
        case State::Finished:
            return false;
        }
    }
    return m_state != State::Failed;
}

void Mp4Reader::startBox(quint32 type, quint64 size, bool toEnd, int headerLength) {
    const quint64 offset = m_pos - quint64(headerLength);
    const quint64 dataStart = m_pos;
    const quint64 parentBound = bound();
    const Mp4BoxType info = mp4BoxType(type);
    Mp4BoxKind kind = info.kind;
    // Sample entries only mean sample entries inside stsd.
    const bool inStsd = m_depth > 0 && m_stack[m_depth - 1].kind == Mp4BoxKind::SampleDescription;
    if ((kind == Mp4BoxKind::VisualEntry || kind == Mp4BoxKind::AudioEntry) && !inStsd)
        kind = Mp4BoxKind::Opaque;

    ElementHeader h;
    h.id = type;
    h.name = info.name;
    h.offset = offset;
    h.headerSize = quint32(headerLength);
    h.depth = quint16(m_depth);
    h.unknownSize = toEnd;
    h.master = kind == Mp4BoxKind::Container || kind == Mp4BoxKind::FullContainer ||
               kind == Mp4BoxKind::SampleDescription || kind == Mp4BoxKind::VisualEntry ||
               kind == Mp4BoxKind::AudioEntry;

    if (dataStart > parentBound) {
        fail(offset, QStringLiteral("%1: its header runs past the end of its parent (offset %2)")
                         .arg(describe(h))
                         .arg(parentBound));
        return;
    }
    quint64 dataSize = kUnknown;
    if (toEnd) {
        if (parentBound != kUnknown)
            dataSize = parentBound - dataStart;
    } else {
        dataSize = size - quint64(headerLength);
        if (dataSize > parentBound - dataStart) {
            fail(offset, QStringLiteral("%1 with %2 bytes runs past the end of its parent (offset "
                                        "%3)")
                             .arg(describe(h))
                             .arg(size)
                             .arg(parentBound));
            return;
        }
    }
    h.dataSize = dataSize == kUnknown ? 0 : dataSize;

    if (h.master) {
        if (m_depth >= kMaxDepth) {
            fail(offset, QStringLiteral("boxes nested deeper than %1 levels").arg(kMaxDepth));
            return;
        }
        const int prefix = prefixSize(type, kind);
        if (dataSize != kUnknown && dataSize < quint64(prefix)) {
            fail(offset, QStringLiteral("%1 has %2 data bytes, fewer than the %3 its fields need")
                             .arg(describe(h))
                             .arg(dataSize)
                             .arg(prefix));
            return;
        }
        Open& open = m_stack[m_depth++];
        open.header = h;
        open.kind = kind;
        open.end = dataSize == kUnknown ? kUnknown : dataStart + dataSize;
        open.boundEnd = std::min(open.end, parentBound);
        open.fieldCount = 0;
        m_handler.mp4BoxStart(h);
        if (prefix > 0) {
            m_value.clear();
            m_need = prefix;
            m_remaining = dataSize;
            m_state = State::Prefix;
        }
        return;
    }

    m_leaf = h;
    m_inLeaf = true;
    m_fields.clear();
    m_value.clear();
    m_remaining = dataSize; // kUnknown only for a top-level box running to the end
    m_handler.mp4BoxStart(h);
    if (kind == Mp4BoxKind::Table && dataSize != kUnknown) {
        if (dataSize < 4) {
            fail(offset, QStringLiteral("%1 is too small for its header").arg(describe(h)));
            return;
        }
        m_need = 4;
        m_state = State::TableHead;
        return;
    }
    if (kind == Mp4BoxKind::Leaf && dataSize != kUnknown) {
        m_keep = qsizetype(std::min<quint64>(dataSize, quint64(kMaxLeafSize)));
        m_value.reserve(m_keep);
        if (dataSize == 0)
            finishLeaf();
        else
            m_state = State::Value;
        return;
    }
    if (dataSize == 0)
        finishLeaf();
    else
        m_state = State::Payload;
}

void Mp4Reader::prefixDone() {
    Open& open = m_stack[m_depth - 1];
    const auto* b = reinterpret_cast<const uchar*>(m_value.constData());
    auto addField = [&open](const char* name, quint64 value) {
        if (open.fieldCount < 4) {
            Field& f = open.fields[open.fieldCount++];
            f = Field{};
            f.name = name;
            f.kind = ValueKind::UInt;
            f.u = value;
        }
    };
    switch (open.kind) {
    case Mp4BoxKind::SampleDescription:
        addField("entryCount", be32(b + 4));
        break;
    case Mp4BoxKind::VisualEntry: {
        const int width = be16(b + 24);
        const int height = be16(b + 26);
        addField("dataReferenceIndex", be16(b + 6));
        addField("width", quint64(width));
        addField("height", quint64(height));
        m_handler.mp4SampleEntry(open.header.id, width, height, 0, 0);
        break;
    }
    case Mp4BoxKind::AudioEntry: {
        const int version = be16(b + 8);
        const qsizetype full = version == 1 ? 44 : version == 2 ? 64 : 28;
        if (m_value.size() < full) {
            if (m_remaining < quint64(full - m_value.size())) {
                fail(open.header.offset, QStringLiteral("%1 is too small for its version %2 "
                                                        "fields")
                                             .arg(describe(open.header))
                                             .arg(version));
                return;
            }
            m_need = full;
            return; // read the rest of the fields first
        }
        const int channels = be16(b + 16);
        const int sampleRate = int(be32(b + 24) >> 16);
        addField("dataReferenceIndex", be16(b + 6));
        addField("channelCount", quint64(channels));
        addField("sampleSize", be16(b + 18));
        addField("sampleRate", quint64(sampleRate));
        m_handler.mp4SampleEntry(open.header.id, 0, 0, channels, sampleRate);
        break;
    }
    default:
        break;
    }
    m_state = State::Header;
}

void Mp4Reader::tableHeaderDone() {
    QString error;
    m_table = Mp4TableHeader{};
    if (!parseMp4TableHeader(m_leaf.id, m_value, m_table, &error)) {
        fail(m_leaf.offset, QStringLiteral("%1: %2").arg(describe(m_leaf), error));
        return;
    }
    m_table.boxOffset = m_leaf.offset;
    const bool hasEntries = !(m_table.type == fourcc("stsz") && m_table.sampleSize != 0);
    m_entriesLeft = hasEntries ? m_table.entryCount : 0;
    if (m_entriesLeft * m_table.entrySize > m_remaining) {
        fail(m_leaf.offset, QStringLiteral("%1 declares %2 entries of %3 bytes but has room for "
                                           "%4 bytes")
                                .arg(describe(m_leaf))
                                .arg(m_entriesLeft)
                                .arg(m_table.entrySize)
                                .arg(m_remaining));
        return;
    }
    m_fields.addUInt("version", m_table.version);
    m_fields.addUInt("flags", m_table.flags);
    if (m_table.type == fourcc("stsz")) {
        m_fields.addUInt("sampleSize", m_table.sampleSize);
        m_fields.addUInt("sampleCount", m_table.entryCount);
    } else {
        m_fields.addUInt("entryCount", m_table.entryCount);
    }
    if (m_table.type == fourcc("trun")) {
        if (m_table.flags & 0x1)
            m_fields.addInt("dataOffset", m_table.dataOffset);
        if (m_table.flags & 0x4)
            m_fields.addUInt("firstSampleFlags", m_table.firstSampleFlags);
    } else if (m_table.type == fourcc("sidx")) {
        m_fields.addUInt("referenceId", m_table.referenceId);
        m_fields.addUInt("timescale", m_table.timescale);
        m_fields.addUInt("earliestPresentationTime", m_table.earliestPresentationTime);
        m_fields.addUInt("firstOffset", m_table.firstOffset);
    }
    m_handler.mp4TableStart(m_table);
    m_entryLen = 0;
    if (m_table.entrySize == 0) { // trun without per-sample members: defaults only
        const quint64 values[4] = {0, 0, 0, 0};
        for (; m_entriesLeft > 0; --m_entriesLeft)
            m_handler.mp4TableEntry(m_table, values);
    }
    if (m_entriesLeft > 0)
        m_state = State::TableEntries;
    else if (m_remaining > 0)
        m_state = State::Payload;
    else
        finishLeaf();
}

void Mp4Reader::emitEntries(const uchar*& p, const uchar* end) {
    const int size = int(m_table.entrySize);
    quint64 values[4];
    if (m_entryLen > 0) {
        const int take = int(std::min<qsizetype>(size - m_entryLen, end - p));
        std::memcpy(m_entry + m_entryLen, p, size_t(take));
        m_entryLen += take;
        p += take;
        if (m_entryLen < size)
            return;
        parseMp4TableEntry(m_table, m_entry, values);
        m_entryLen = 0;
        m_pos += quint64(size);
        m_remaining -= quint64(size);
        --m_entriesLeft;
        m_handler.mp4TableEntry(m_table, values);
    }
    while (m_entriesLeft > 0 && end - p >= size) {
        parseMp4TableEntry(m_table, p, values);
        p += size;
        m_pos += quint64(size);
        m_remaining -= quint64(size);
        --m_entriesLeft;
        m_handler.mp4TableEntry(m_table, values);
    }
    if (m_entriesLeft > 0 && p < end) {
        m_entryLen = int(end - p);
        std::memcpy(m_entry, p, size_t(m_entryLen));
        p = end;
        return;
    }
    if (m_entriesLeft == 0) {
        if (m_remaining > 0)
            m_state = State::Payload; // trailing bytes after the entries
        else
            finishLeaf();
    }
}

void Mp4Reader::finishLeaf() {
    const Mp4BoxType info = mp4BoxType(m_leaf.id);
    if (m_state == State::Value || (info.kind == Mp4BoxKind::Leaf && m_leaf.dataSize == 0))
        decodeMp4LeafBox(m_leaf.id, m_value, quint64(m_value.size()) == m_leaf.dataSize, m_fields,
                         m_handler);
    if (m_remaining == kUnknown)
        m_leaf.dataSize = m_pos - m_leaf.dataOffset();
    ElementValue value;
    if (m_fields.count() > 0) {
        value.kind = ValueKind::Fields;
        value.fields = m_fields.data();
        value.fieldCount = m_fields.count();
    }
    m_inLeaf = false;
    m_state = State::Header;
    m_handler.mp4BoxEnd(m_leaf, value);
}

void Mp4Reader::closeTop(bool incomplete) {
    Open& open = m_stack[m_depth - 1];
    ElementHeader h = open.header;
    if (open.end == kUnknown)
        h.dataSize = m_pos - h.dataOffset();
    h.incomplete = incomplete;
    ElementValue value;
    if (open.fieldCount > 0) {
        value.kind = ValueKind::Fields;
        value.fields = open.fields;
        value.fieldCount = open.fieldCount;
    }
    --m_depth;
    m_handler.mp4BoxEnd(h, value);
}

bool Mp4Reader::closeFinished() {
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
        closeTop(false);
    }
    return true;
}

bool Mp4Reader::finish() {
    if (m_state == State::Failed)
        return false;
    if (m_state == State::Finished)
        return true;
    if (m_state == State::Payload && m_remaining == kUnknown) {
        finishLeaf(); // a top-level box of size 0 ends with the stream
    }
    if (m_inLeaf || m_stashLen > 0 || m_state != State::Header) {
        const quint64 at = m_pos + quint64(m_stashLen);
        const QString what = m_inLeaf                   ? describe(m_leaf)
                             : m_state == State::Prefix ? describe(m_stack[m_depth - 1].header)
                                                        : QStringLiteral("a box header");
        fail(at, QStringLiteral("the stream ends at byte %1 inside %2").arg(at).arg(what));
        return false;
    }
    if (!closeFinished())
        return false;
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
        closeTop(false);
    m_state = State::Finished;
    return true;
}

void Mp4Reader::fail(quint64 offset, const QString& message) {
    if (m_state == State::Failed)
        return;
    m_error.offset = offset;
    m_error.message = message;
    m_state = State::Failed;
    if (m_inLeaf) {
        m_inLeaf = false;
        m_leaf.incomplete = true;
        m_handler.mp4BoxEnd(m_leaf, ElementValue{});
    }
    while (m_depth > 0)
        closeTop(true);
}

} // namespace kinescope
