#include "core/media/element_format.h"

#include "core/media/mp4_boxes.h"

#include <QDateTime>

namespace kinescope {

namespace {

const char kHexDigits[] = "0123456789abcdef";

void appendHex(OutputBuffer& out, QByteArrayView bytes, qsizetype max) {
    const qsizetype n = std::min(bytes.size(), max);
    for (qsizetype i = 0; i < n; ++i) {
        const auto b = quint8(bytes[i]);
        out.append(kHexDigits[b >> 4]);
        out.append(kHexDigits[b & 15]);
    }
}

const char* lacingName(quint8 flags) {
    switch ((flags >> 1) & 3) {
    case 1:
        return "xiph";
    case 2:
        return "fixed";
    case 3:
        return "ebml";
    default:
        return "none";
    }
}

void appendFieldJson(OutputBuffer& out, const Field& f) {
    switch (f.kind) {
    case ValueKind::UInt:
        out.appendUInt(f.u);
        break;
    case ValueKind::Int:
        out.appendInt(f.i);
        break;
    case ValueKind::Float:
        out.appendDouble(f.f);
        break;
    case ValueKind::String:
        out.appendJsonString(f.bytes);
        break;
    case ValueKind::Binary:
        out.append('"');
        appendHex(out, f.bytes, kMaxJsonBinary);
        out.append('"');
        break;
    default:
        out.append(QByteArrayView("null"));
        break;
    }
}

} // namespace

QString elementIdText(MediaContainer format, quint32 id) {
    if (format == MediaContainer::Mp4)
        return fourccToString(id);
    return QStringLiteral("0x") + QString::number(id, 16).toUpper();
}

void appendElementId(OutputBuffer& out, MediaContainer format, quint32 id, bool quoted) {
    char text[16];
    int n = 0;
    if (quoted)
        text[n++] = '"';
    if (format == MediaContainer::Mp4) {
        bool plain = true;
        for (int shift = 24; shift >= 0; shift -= 8) {
            const auto c = quint8(id >> shift);
            plain = plain && c >= 0x20 && c < 0x7f && c != '\\' && c != '"';
            text[n++] = char(c);
        }
        if (!plain) { // escapes: the slow way
            const QByteArray escaped = fourccToString(id).toLatin1();
            if (quoted)
                out.appendJsonString(escaped);
            else
                out.append(escaped);
            return;
        }
    } else {
        static const char kUpper[] = "0123456789ABCDEF";
        text[n++] = '0';
        text[n++] = 'x';
        for (int shift = id > 0xFFFFFF ? 24
                         : id > 0xFFFF ? 16
                         : id > 0xFF   ? 8
                                       : 0;
             shift >= 0; shift -= 8) {
            const auto b = quint8(id >> shift);
            text[n++] = kUpper[b >> 4];
            text[n++] = kUpper[b & 15];
        }
    }
    if (quoted)
        text[n++] = '"';
    out.append(QByteArrayView(text, n));
}

QString ebmlDateText(qint64 nanoseconds) {
    static const QDateTime epoch(QDate(2001, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime t = epoch.addMSecs(nanoseconds / 1000000);
    return t.toString(Qt::ISODateWithMs);
}

bool appendJsonValue(OutputBuffer& out, const ElementValue& v) {
    switch (v.kind) {
    case ValueKind::None:
        return false;
    case ValueKind::UInt:
        out.appendUInt(v.u);
        return true;
    case ValueKind::Int:
        out.appendInt(v.i);
        return true;
    case ValueKind::Float:
        out.appendDouble(v.f);
        return true;
    case ValueKind::String:
        out.appendJsonString(v.bytes);
        return true;
    case ValueKind::Binary:
        out.append('"');
        appendHex(out, v.bytes, kMaxJsonBinary);
        out.append('"');
        return true;
    case ValueKind::Date:
        out.appendJsonString(ebmlDateText(v.i));
        return true;
    case ValueKind::Block:
        out.append(QByteArrayView("{\"track\":"));
        out.appendUInt(v.block.track);
        out.append(QByteArrayView(",\"timecode\":"));
        out.appendInt(v.block.timecode);
        if (v.block.simple)
            out.append((v.block.flags & 0x80) ? QByteArrayView(",\"keyframe\":true")
                                              : QByteArrayView(",\"keyframe\":false"));
        out.append(QByteArrayView(",\"frames\":"));
        out.appendUInt(v.block.frameCount);
        if (v.block.flags & 0x06) {
            out.append(QByteArrayView(",\"lacing\":\""));
            out.append(QByteArrayView(lacingName(v.block.flags)));
            out.append('"');
        }
        out.append('}');
        return true;
    case ValueKind::Fields:
        out.append('{');
        for (int i = 0; i < v.fieldCount; ++i) {
            if (i > 0)
                out.append(',');
            out.append('"');
            out.append(QByteArrayView(v.fields[i].name));
            out.append(QByteArrayView("\":"));
            appendFieldJson(out, v.fields[i]);
        }
        out.append('}');
        return true;
    }
    return false;
}

void appendValueText(OutputBuffer& out, const ElementValue& v) {
    switch (v.kind) {
    case ValueKind::None:
        return;
    case ValueKind::UInt:
        out.appendUInt(v.u);
        return;
    case ValueKind::Int:
        out.appendInt(v.i);
        return;
    case ValueKind::Float:
        out.appendDouble(v.f);
        return;
    case ValueKind::String:
        out.append(v.bytes.first(std::min<qsizetype>(v.bytes.size(), 200)));
        return;
    case ValueKind::Binary:
        appendHex(out, v.bytes, 32);
        if (v.fullSize > 32)
            out.append(QByteArrayView("..."));
        return;
    case ValueKind::Date:
        out.append(ebmlDateText(v.i).toUtf8());
        return;
    case ValueKind::Block:
        out.append(QByteArrayView("track "));
        out.appendUInt(v.block.track);
        if (v.block.simple && (v.block.flags & 0x80))
            out.append(QByteArrayView(", key"));
        out.append(QByteArrayView(", "));
        out.appendUInt(v.block.frameCount);
        out.append(v.block.frameCount == 1 ? QByteArrayView(" frame") : QByteArrayView(" frames"));
        if (v.block.flags & 0x06) {
            out.append(QByteArrayView(" ("));
            out.append(QByteArrayView(lacingName(v.block.flags)));
            out.append(QByteArrayView(" lacing)"));
        }
        out.append(QByteArrayView(", timecode "));
        out.appendInt(v.block.timecode);
        return;
    case ValueKind::Fields:
        for (int i = 0; i < v.fieldCount; ++i) {
            if (i > 0)
                out.append(QByteArrayView(", "));
            out.append(QByteArrayView(v.fields[i].name));
            out.append('=');
            const Field& f = v.fields[i];
            if (f.kind == ValueKind::String)
                out.append(f.bytes.first(std::min<qsizetype>(f.bytes.size(), 200)));
            else if (f.kind == ValueKind::Binary)
                appendHex(out, f.bytes, 32);
            else if (f.kind == ValueKind::UInt)
                out.appendUInt(f.u);
            else if (f.kind == ValueKind::Int)
                out.appendInt(f.i);
            else if (f.kind == ValueKind::Float)
                out.appendDouble(f.f);
        }
        return;
    }
}

QString elementValueText(const ElementValue& value) {
    QByteArray text;
    {
        OutputBuffer out([&text](const char* d, qsizetype n) { text.append(d, n); }, 4096);
        appendValueText(out, value);
    }
    return QString::fromUtf8(text);
}

} // namespace kinescope
