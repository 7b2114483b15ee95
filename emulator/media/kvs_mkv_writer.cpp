#include "emulator/media/kvs_mkv_writer.h"

#include <QList>
#include <QPair>

#include <algorithm>

namespace kinescope::emu {

namespace {

void putId(QByteArray& out, quint32 id) {
    for (int shift = id > 0xFFFFFF ? 24
                     : id > 0xFFFF ? 16
                     : id > 0xFF   ? 8
                                   : 0;
         shift >= 0; shift -= 8)
        out.append(char(quint8(id >> shift)));
}

void putSize(QByteArray& out, quint64 size) {
    int length = 1;
    while (length < 8 && size >= (quint64(1) << (7 * length)) - 1)
        ++length;
    const quint64 value = size | (quint64(1) << (7 * length));
    for (int i = length - 1; i >= 0; --i)
        out.append(char(quint8(value >> (8 * i))));
}

void putUnknownSize(QByteArray& out) {
    out.append("\x01\xFF\xFF\xFF\xFF\xFF\xFF\xFF", 8);
}

QByteArray element(quint32 id, const QByteArray& payload) {
    QByteArray out;
    putId(out, id);
    putSize(out, quint64(payload.size()));
    out.append(payload);
    return out;
}

QByteArray uintElement(quint32 id, quint64 value) {
    QByteArray payload;
    int bytes = 1;
    while (bytes < 8 && (value >> (8 * bytes)) != 0)
        ++bytes;
    for (int i = bytes - 1; i >= 0; --i)
        payload.append(char(quint8(value >> (8 * i))));
    return element(id, payload);
}

QByteArray ebmlHeader() {
    return element(0x1A45DFA3, uintElement(0x4286, 1) + uintElement(0x42F7, 1) +
                                   uintElement(0x42F2, 4) + uintElement(0x42F3, 8) +
                                   element(0x4282, "matroska") + uintElement(0x4287, 4) +
                                   uintElement(0x4285, 2));
}

QByteArray segmentStart() {
    QByteArray out = ebmlHeader();
    putId(out, 0x18538067); // Segment, unknown size: the document ends where the next begins
    putUnknownSize(out);
    return out;
}

QByteArray tagsElement(const QList<QPair<QString, QString>>& tags) {
    QByteArray simple;
    for (const auto& tag : tags)
        simple += element(0x67C8, element(0x45A3, tag.first.toUtf8()) +
                                      element(0x4487, tag.second.toUtf8()));
    return element(0x1254C367, element(0x7373, element(0x63C0, {}) + simple));
}

} // namespace

QString KvsMkvWriter::timestampText(qint64 ms) {
    const qint64 seconds = ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
    return QStringLiteral("%1.%2").arg(seconds).arg(ms - seconds * 1000, 3, 10, QLatin1Char('0'));
}

QByteArray KvsMkvWriter::fragmentDocument(const EncodedFragment& f, const FragmentInfo& info) {
    QByteArray doc = segmentStart();
    doc += element(0x1549A966, uintElement(0x2AD7B1, 1000000) + // TimecodeScale: 1 ms
                                   element(0x4D80, "kinescope-emulator") +
                                   element(0x5741, "kinescope-emulator"));
    QByteArray track = uintElement(0xD7, 1) + uintElement(0x73C5, 1) + uintElement(0x83, 1) +
                       element(0x536E, "kinesis_video") + element(0x86, f.codecId.toLatin1());
    if (f.fps > 0)
        track += uintElement(0x23E383, quint64(1000000000LL / f.fps)); // DefaultDuration, ns
    track +=
        element(0xE0, uintElement(0xB0, quint64(f.width)) + uintElement(0xBA, quint64(f.height)));
    track += element(0x63A2, f.avcC);
    doc += element(0x1654AE6B, element(0xAE, track));
    doc += tagsElement(
        {{QStringLiteral("AWS_KINESISVIDEO_FRAGMENT_NUMBER"), info.fragmentNumber},
         {QStringLiteral("AWS_KINESISVIDEO_SERVER_SIDE_TIMESTAMP"), timestampText(info.serverMs)},
         {QStringLiteral("AWS_KINESISVIDEO_PRODUCER_SIDE_TIMESTAMP"),
          timestampText(info.producerMs)}});
    putId(doc, 0x1F43B675); // Cluster, unknown size
    putUnknownSize(doc);
    doc += uintElement(0xE7, quint64(std::max<qint64>(0, info.producerMs)));
    for (const VideoSample& s : f.samples) {
        QByteArray block;
        block.append(char(0x81)); // track 1
        const qint16 timecode = qint16(std::clamp<qint64>(s.ptsMs, -32768, 32767));
        block.append(char(quint8(quint16(timecode) >> 8)));
        block.append(char(quint8(timecode)));
        block.append(char(s.keyframe ? 0x80 : 0x00));
        block.append(s.data);
        doc += element(0xA3, block);
    }
    return doc;
}

QByteArray KvsMkvWriter::errorDocument(const QString& fragmentNumber, int errorCode,
                                       const QString& message) {
    return segmentStart() +
           tagsElement({{QStringLiteral("AWS_KINESISVIDEO_FRAGMENT_NUMBER"), fragmentNumber},
                        {QStringLiteral("AWS_KINESISVIDEO_EXCEPTION_ERROR_CODE"),
                         QString::number(errorCode)},
                        {QStringLiteral("AWS_KINESISVIDEO_EXCEPTION_MESSAGE"), message}});
}

} // namespace kinescope::emu
