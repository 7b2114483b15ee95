#include "tests/core/media/kvs_stream_writer.h"

#include "core/media/ebml_schema.h"
#include "core/media/ebml_writer.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

#include <QScopeGuard>

#include <algorithm>

namespace kinescope::test {

namespace {

// --- EBML writing ---------------------------------------------------------------------------

using ebml::element;
using ebml::floatElement;
using ebml::tagsElement;
using ebml::uintElement;

QByteArray infoElement() {
    return element(ebml_id::Info, uintElement(ebml_id::TimestampScale, 1000000) +
                                      element(0x4D80, "kinescope-test-kvs-writer") +
                                      element(0x5741, "kinescope-test-kvs-writer"));
}

QByteArray tracksElement(const QList<SourceTrack>& tracks) {
    QByteArray entries;
    for (const SourceTrack& t : tracks) {
        QByteArray e = uintElement(ebml_id::TrackNumber, quint64(t.number)) +
                       uintElement(ebml_id::TrackUID, 1000 + t.number) +
                       uintElement(ebml_id::TrackType, t.video ? 1 : 2) +
                       element(ebml_id::CodecID, t.codecId.toLatin1());
        if (t.defaultDurationNs > 0)
            e += uintElement(ebml_id::DefaultDuration, quint64(t.defaultDurationNs));
        if (t.video)
            e += element(ebml_id::Video, uintElement(ebml_id::PixelWidth, quint64(t.width)) +
                                             uintElement(ebml_id::PixelHeight, quint64(t.height)));
        else
            e += element(ebml_id::Audio, floatElement(ebml_id::SamplingFrequency, t.sampleRate) +
                                             uintElement(ebml_id::Channels, quint64(t.channels)));
        if (!t.codecPrivate.isEmpty())
            e += element(ebml_id::CodecPrivate, t.codecPrivate);
        entries += element(ebml_id::TrackEntry, e);
    }
    return element(ebml_id::Tracks, entries);
}

QByteArray simpleBlock(int track, qint16 timecode, bool keyframe, const QByteArray& data) {
    QByteArray payload;
    payload.append(char(0x80 | track));
    payload.append(char(quint8(quint16(timecode) >> 8)));
    payload.append(char(quint8(timecode)));
    payload.append(char(keyframe ? 0x80 : 0x00));
    payload.append(data);
    return element(ebml_id::SimpleBlock, payload);
}

struct FragmentPackets {
    size_t first = 0;
    size_t end = 0;
};

// Splits the source at video keyframes (every 2 s when there is no video).
std::vector<FragmentPackets> splitFragments(const SourceMedia& media) {
    bool hasVideo = false;
    for (const SourceTrack& t : media.tracks)
        hasVideo = hasVideo || t.video;
    std::vector<FragmentPackets> out;
    FragmentPackets current;
    qint64 startMs = 0;
    bool currentHasKeyframe = false; // audio before the first keyframe stays with it
    for (size_t i = 0; i < media.packets.size(); ++i) {
        const SourcePacket& p = media.packets[i];
        bool video = false;
        for (const SourceTrack& t : media.tracks)
            video = video || (t.number == p.track && t.video);
        const bool boundary =
            hasVideo ? (video && p.keyframe && currentHasKeyframe) : p.ptsMs - startMs >= 2000;
        if (boundary && i > current.first) {
            current.end = i;
            out.push_back(current);
            current.first = i;
            startMs = p.ptsMs;
        }
        if (video && p.keyframe)
            currentHasKeyframe = true;
    }
    current.end = media.packets.size();
    if (current.end > current.first)
        out.push_back(current);
    return out;
}

} // namespace

QString kvsTimestampText(qint64 ms) {
    return QStringLiteral("%1.%2").arg(ms / 1000).arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

bool readSourceMedia(const QString& path, SourceMedia* media, QString* error) {
    AVFormatContext* fmt = nullptr;
    const QByteArray file = path.toLocal8Bit();
    if (avformat_open_input(&fmt, file.constData(), nullptr, nullptr) < 0) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return false;
    }
    auto closer = qScopeGuard([&fmt] { avformat_close_input(&fmt); });
    if (avformat_find_stream_info(fmt, nullptr) < 0) {
        *error = QStringLiteral("no stream info in %1").arg(path);
        return false;
    }
    int videoIndex = -1, audioIndex = -1;
    for (unsigned i = 0; i < fmt->nb_streams; ++i) {
        const AVCodecParameters* par = fmt->streams[i]->codecpar;
        if (videoIndex < 0 &&
            (par->codec_id == AV_CODEC_ID_H264 || par->codec_id == AV_CODEC_ID_HEVC))
            videoIndex = int(i);
        if (audioIndex < 0 && par->codec_id == AV_CODEC_ID_AAC)
            audioIndex = int(i);
    }
    if (videoIndex < 0 && audioIndex < 0) {
        *error = QStringLiteral("%1 has no H.264/H.265 or AAC stream").arg(path);
        return false;
    }
    media->tracks.clear();
    media->packets.clear();
    int trackForStream[64];
    std::fill(std::begin(trackForStream), std::end(trackForStream), 0);
    for (int index : {videoIndex, audioIndex}) {
        if (index < 0 || index >= 64)
            continue;
        const AVStream* st = fmt->streams[index];
        const AVCodecParameters* par = st->codecpar;
        SourceTrack t;
        t.number = int(media->tracks.size()) + 1;
        t.video = index == videoIndex;
        t.codecId = par->codec_id == AV_CODEC_ID_H264   ? QStringLiteral("V_MPEG4/ISO/AVC")
                    : par->codec_id == AV_CODEC_ID_HEVC ? QStringLiteral("V_MPEGH/ISO/HEVC")
                                                        : QStringLiteral("A_AAC");
        t.codecPrivate =
            QByteArray(reinterpret_cast<const char*>(par->extradata), par->extradata_size);
        if (t.video && (t.codecPrivate.isEmpty() || t.codecPrivate[0] != 1)) {
            *error = QStringLiteral("%1: video extradata is not an avcC/hvcC record").arg(path);
            return false;
        }
        t.width = par->width;
        t.height = par->height;
        t.sampleRate = par->sample_rate;
        t.channels = par->ch_layout.nb_channels;
        if (t.video && st->avg_frame_rate.num > 0)
            t.defaultDurationNs =
                qint64(1000000000.0 * st->avg_frame_rate.den / st->avg_frame_rate.num);
        trackForStream[index] = t.number;
        media->tracks.append(t);
    }
    AVPacket* pkt = av_packet_alloc();
    auto freePacket = qScopeGuard([&pkt] { av_packet_free(&pkt); });
    qint64 endMs = 0;
    while (av_read_frame(fmt, pkt) >= 0) {
        const int index = pkt->stream_index;
        if (index >= 0 && index < 64 && trackForStream[index] != 0 && pkt->pts != AV_NOPTS_VALUE) {
            const AVRational tb = fmt->streams[index]->time_base;
            SourcePacket p;
            p.track = trackForStream[index];
            p.ptsMs = av_rescale_q(pkt->pts, tb, AVRational{1, 1000});
            p.keyframe = pkt->flags & AV_PKT_FLAG_KEY;
            p.data = QByteArray(reinterpret_cast<const char*>(pkt->data), pkt->size);
            const qint64 duration =
                pkt->duration > 0 ? av_rescale_q(pkt->duration, tb, AVRational{1, 1000}) : 0;
            p.durationMs = duration;
            endMs = std::max(endMs, p.ptsMs + duration);
            media->packets.push_back(std::move(p));
        }
        av_packet_unref(pkt);
    }
    if (!media->packets.empty()) {
        const qint64 first = std::min_element(media->packets.begin(), media->packets.end(),
                                              [](const SourcePacket& a, const SourcePacket& b) {
                                                  return a.ptsMs < b.ptsMs;
                                              })
                                 ->ptsMs;
        for (SourcePacket& p : media->packets)
            p.ptsMs -= first;
        endMs -= first;
    }
    media->durationMs = std::max<qint64>(endMs, 1);
    return true;
}

bool writeKvsStream(const SourceMedia& media, const KvsStreamOptions& options, QIODevice& out,
                    QList<WrittenFragment>* fragments, QString* error) {
    const std::vector<FragmentPackets> parts = splitFragments(media);
    if (parts.empty()) {
        *error = QStringLiteral("the source has no packets");
        return false;
    }
    const QByteArray header = ebml::matroskaHeader();
    const QByteArray info = infoElement();
    const QByteArray tracks = tracksElement(media.tracks);
    const QString serverName = options.getMediaForFragmentListNames
                                   ? QStringLiteral("AWS_KINESISVIDEO_SERVER_SIDE_TIMESTAMP")
                                   : QStringLiteral("AWS_KINESISVIDEO_SERVER_TIMESTAMP");
    const QString producerName = options.getMediaForFragmentListNames
                                     ? QStringLiteral("AWS_KINESISVIDEO_PRODUCER_SIDE_TIMESTAMP")
                                     : QStringLiteral("AWS_KINESISVIDEO_PRODUCER_TIMESTAMP");
    auto write = [&out, error](const QByteArray& bytes) {
        if (out.write(bytes) != bytes.size()) {
            *error = QStringLiteral("write failed: %1").arg(out.errorString());
            return false;
        }
        return true;
    };
    auto number = [&options](int index) {
        return options.fragmentNumberPrefix +
               QStringLiteral("%1").arg(index, 5, 10, QLatin1Char('0'));
    };

    qint64 written = 0;
    qint64 segmentSizeAt = -1;
    if (!options.multiDocument) {
        QByteArray start = header;
        start += ebml::id(ebml_id::Segment);
        segmentSizeAt = start.size();
        start += ebml::size(0, 8); // patched at the end
        start += info + tracks;
        if (!write(start))
            return false;
        written = start.size();
    }
    int index = 0;
    for (int loop = 0;; ++loop) {
        if (options.targetBytes > 0 ? written >= options.targetBytes : loop >= options.repeat)
            break;
        for (const FragmentPackets& part : parts) {
            if (options.targetBytes > 0 && written >= options.targetBytes)
                break;
            const qint64 loopOffset = loop * media.durationMs;
            qint64 firstPts = media.packets[part.first].ptsMs;
            for (size_t i = part.first; i < part.end; ++i)
                firstPts = std::min(firstPts, media.packets[i].ptsMs);
            WrittenFragment f;
            f.fragmentNumber = number(index);
            f.producerMs = options.producerStartMs + loopOffset + firstPts;
            f.serverMs = f.producerMs + options.serverDelayMs;
            f.offset = written;
            f.tags = {{QStringLiteral("AWS_KINESISVIDEO_FRAGMENT_NUMBER"), f.fragmentNumber},
                      {serverName, kvsTimestampText(f.serverMs)},
                      {producerName, kvsTimestampText(f.producerMs)}};
            f.tags += options.customTags;
            QByteArray blocks = uintElement(ebml_id::Timestamp, quint64(f.producerMs));
            for (size_t i = part.first; i < part.end; ++i) {
                const SourcePacket& p = media.packets[i];
                const qint64 relative =
                    options.producerStartMs + loopOffset + p.ptsMs - f.producerMs;
                if (relative < -32768 || relative > 32767) {
                    *error = QStringLiteral("fragment longer than 32 s");
                    return false;
                }
                blocks += simpleBlock(p.track, qint16(relative), p.keyframe, p.data);
                const qint64 start = options.producerStartMs + loopOffset + p.ptsMs;
                f.firstPtsMs = f.frames == 0 ? start : std::min(f.firstPtsMs, start);
                f.endPtsMs = std::max(f.endPtsMs, start + p.durationMs);
                bool video = false;
                for (const SourceTrack& t : media.tracks)
                    video = video || (t.number == p.track && t.video);
                if (video && p.keyframe && f.keyframeIndex < 0)
                    f.keyframeIndex = f.frames;
                ++f.frames;
            }
            QByteArray doc;
            if (options.multiDocument) {
                doc = header;
                doc += ebml::openElement(ebml_id::Segment);
                doc += info + tracks + tagsElement(f.tags);
                doc += ebml::openElement(ebml_id::Cluster);
                doc += blocks;
                if (options.trailingTags) {
                    const QList<QPair<QString, QString>> trailing{
                        {QStringLiteral("AWS_KINESISVIDEO_MILLIS_BEHIND_NOW"),
                         QString::number(1000 + index)},
                        {QStringLiteral("AWS_KINESISVIDEO_CONTINUATION_TOKEN"), number(index + 1)}};
                    doc += tagsElement(trailing);
                    f.tags += trailing;
                }
            } else {
                doc = tagsElement(f.tags) + element(ebml_id::Cluster, blocks);
            }
            if (!write(doc))
                return false;
            f.bytes = doc.size();
            written += doc.size();
            if (fragments)
                fragments->append(f);
            ++index;
        }
    }
    if (options.errorChunk && options.multiDocument) {
        WrittenFragment f;
        f.fragmentNumber = number(index);
        f.offset = written;
        f.tags = {{QStringLiteral("AWS_KINESISVIDEO_FRAGMENT_NUMBER"), f.fragmentNumber},
                  {QStringLiteral("AWS_KINESISVIDEO_ERROR_CODE"),
                   QStringLiteral("Requested fragment is not found")},
                  {QStringLiteral("AWS_KINESISVIDEO_ERROR_ID"), QStringLiteral("4000")}};
        QByteArray doc = header;
        doc += ebml::openElement(ebml_id::Segment);
        doc += tagsElement(f.tags);
        if (!write(doc))
            return false;
        f.bytes = doc.size();
        written += doc.size();
        if (fragments)
            fragments->append(f);
    }
    if (segmentSizeAt >= 0) {
        const QByteArray size = ebml::size(quint64(written - segmentSizeAt - 8), 8);
        if (!out.seek(segmentSizeAt) || out.write(size) != 8) {
            *error = QStringLiteral("cannot patch the segment size");
            return false;
        }
        out.seek(written);
    }
    return true;
}

} // namespace kinescope::test
