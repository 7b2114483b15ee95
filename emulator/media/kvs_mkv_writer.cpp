#include "emulator/media/kvs_mkv_writer.h"

#include "core/media/ebml_schema.h"
#include "core/media/ebml_writer.h"

#include <algorithm>

namespace kinescope::emu {

namespace {

using ebml::element;
using ebml::uintElement;

QByteArray segmentStart() {
    // Segment of unknown size: the document ends where the next begins
    return ebml::matroskaHeader() + ebml::openElement(ebml_id::Segment);
}

} // namespace

QString KvsMkvWriter::timestampText(qint64 ms) {
    const qint64 seconds = ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
    return QStringLiteral("%1.%2").arg(seconds).arg(ms - seconds * 1000, 3, 10, QLatin1Char('0'));
}

QByteArray KvsMkvWriter::fragmentDocument(const EncodedFragment& f, const FragmentInfo& info) {
    QByteArray doc = segmentStart();
    doc += element(ebml_id::Info, uintElement(ebml_id::TimestampScale, 1000000) + // 1 ms
                                      element(0x4D80, "kinescope-emulator") +
                                      element(0x5741, "kinescope-emulator"));
    QByteArray track = uintElement(ebml_id::TrackNumber, 1) + uintElement(ebml_id::TrackUID, 1) +
                       uintElement(ebml_id::TrackType, 1) +
                       element(ebml_id::Name, "kinesis_video") +
                       element(ebml_id::CodecID, f.codecId.toLatin1());
    if (f.fps > 0)
        track += uintElement(ebml_id::DefaultDuration, quint64(1000000000LL / f.fps)); // ns
    track += element(ebml_id::Video, uintElement(ebml_id::PixelWidth, quint64(f.width)) +
                                         uintElement(ebml_id::PixelHeight, quint64(f.height)));
    track += element(ebml_id::CodecPrivate, f.avcC);
    doc += element(ebml_id::Tracks, element(ebml_id::TrackEntry, track));
    doc += ebml::tagsElement(
        {{QStringLiteral("AWS_KINESISVIDEO_FRAGMENT_NUMBER"), info.fragmentNumber},
         {QStringLiteral("AWS_KINESISVIDEO_SERVER_SIDE_TIMESTAMP"), timestampText(info.serverMs)},
         {QStringLiteral("AWS_KINESISVIDEO_PRODUCER_SIDE_TIMESTAMP"),
          timestampText(info.producerMs)}});
    doc += ebml::openElement(ebml_id::Cluster);
    doc += uintElement(ebml_id::Timestamp, quint64(std::max<qint64>(0, info.producerMs)));
    for (const VideoSample& s : f.samples) {
        QByteArray block;
        block.append(char(0x81)); // track 1
        const qint16 timecode = qint16(std::clamp<qint64>(s.ptsMs, -32768, 32767));
        block.append(char(quint8(quint16(timecode) >> 8)));
        block.append(char(quint8(timecode)));
        block.append(char(s.keyframe ? 0x80 : 0x00));
        block.append(s.data);
        doc += element(ebml_id::SimpleBlock, block);
    }
    return doc;
}

QByteArray KvsMkvWriter::errorDocument(const QString& fragmentNumber, int errorCode,
                                       const QString& message) {
    return segmentStart() +
           ebml::tagsElement({{QStringLiteral("AWS_KINESISVIDEO_FRAGMENT_NUMBER"), fragmentNumber},
                              {QStringLiteral("AWS_KINESISVIDEO_EXCEPTION_ERROR_CODE"),
                               QString::number(errorCode)},
                              {QStringLiteral("AWS_KINESISVIDEO_EXCEPTION_MESSAGE"), message}});
}

} // namespace kinescope::emu
