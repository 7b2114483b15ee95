#include "emulator/ts_writer.h"

#include <QtEndian>

extern "C" {
#include <libavformat/avformat.h>
#include <libavutil/mem.h>
}

#include <cstring>
#include <memory>

namespace kinescope::emu {

namespace {

const QByteArray kStartCode("\x00\x00\x00\x01", 4);
const QByteArray kAud("\x09\xf0", 2); // access unit delimiter, any slice type

int writeToArray(void* opaque, uint8_t* buf, int size) {
    static_cast<QByteArray*>(opaque)->append(reinterpret_cast<const char*>(buf), size);
    return size;
}

struct ContextDeleter {
    void operator()(AVFormatContext* c) const {
        if (!c)
            return;
        if (c->pb) {
            av_freep(&c->pb->buffer);
            avio_context_free(&c->pb);
        }
        avformat_free_context(c);
    }
};

QString ffmpegError(int code) {
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromUtf8(text);
}

} // namespace

QByteArray TsWriter::annexB(const QByteArray& avcc) {
    QByteArray out;
    out.reserve(avcc.size() + 16);
    qsizetype pos = 0;
    while (pos + 4 <= avcc.size()) {
        const quint32 n = qFromBigEndian<quint32>(avcc.constData() + pos);
        pos += 4;
        if (n == 0 || pos + qsizetype(n) > avcc.size())
            break;
        out += kStartCode;
        out.append(avcc.constData() + pos, qsizetype(n));
        pos += qsizetype(n);
    }
    return out;
}

QByteArray TsWriter::segment(const EncodedFragment& media, qint64 mediaTimeMs, QString* error) {
    auto fail = [&](const QString& what, int code) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(what, ffmpegError(code));
        return QByteArray();
    };
    AVFormatContext* raw = nullptr;
    int rc = avformat_alloc_output_context2(&raw, nullptr, "mpegts", nullptr);
    if (rc < 0 || !raw)
        return fail(QStringLiteral("mpegts muxer"), rc);
    std::unique_ptr<AVFormatContext, ContextDeleter> ctx(raw);

    QByteArray out;
    constexpr int kBufferSize = 64 * 1024;
    auto* buffer = static_cast<unsigned char*>(av_malloc(kBufferSize));
    ctx->pb = avio_alloc_context(buffer, kBufferSize, 1, &out, nullptr, writeToArray, nullptr);
    if (!ctx->pb) {
        av_free(buffer);
        return fail(QStringLiteral("avio"), AVERROR(ENOMEM));
    }
    ctx->flags |= AVFMT_FLAG_CUSTOM_IO;

    AVStream* st = avformat_new_stream(ctx.get(), nullptr);
    if (!st)
        return fail(QStringLiteral("stream"), AVERROR(ENOMEM));
    st->time_base = AVRational{1, 90000};
    st->codecpar->codec_type = AVMEDIA_TYPE_VIDEO;
    st->codecpar->codec_id = AV_CODEC_ID_H264;
    st->codecpar->width = media.width;
    st->codecpar->height = media.height;
    const QByteArray parameterSets = kStartCode + media.sps + kStartCode + media.pps;
    st->codecpar->extradata = static_cast<uint8_t*>(
        av_mallocz(size_t(parameterSets.size()) + AV_INPUT_BUFFER_PADDING_SIZE));
    memcpy(st->codecpar->extradata, parameterSets.constData(), size_t(parameterSets.size()));
    st->codecpar->extradata_size = int(parameterSets.size());

    rc = avformat_write_header(ctx.get(), nullptr);
    if (rc < 0)
        return fail(QStringLiteral("mpegts header"), rc);
    AVPacket* pkt = av_packet_alloc();
    for (const VideoSample& s : media.samples) {
        QByteArray au = kStartCode + kAud;
        if (s.keyframe)
            au += parameterSets;
        au += annexB(s.data);
        if (av_new_packet(pkt, int(au.size())) < 0) {
            av_packet_free(&pkt);
            return fail(QStringLiteral("packet"), AVERROR(ENOMEM));
        }
        memcpy(pkt->data, au.constData(), size_t(au.size()));
        pkt->stream_index = st->index;
        pkt->pts = av_rescale_q(mediaTimeMs + s.ptsMs, AVRational{1, 1000}, st->time_base);
        pkt->dts = av_rescale_q(mediaTimeMs + s.dtsMs, AVRational{1, 1000}, st->time_base);
        pkt->duration = av_rescale_q(s.durationMs, AVRational{1, 1000}, st->time_base);
        if (s.keyframe)
            pkt->flags |= AV_PKT_FLAG_KEY;
        rc = av_write_frame(ctx.get(), pkt);
        av_packet_unref(pkt);
        if (rc < 0) {
            av_packet_free(&pkt);
            return fail(QStringLiteral("mpegts packet"), rc);
        }
    }
    av_packet_free(&pkt);
    rc = av_write_trailer(ctx.get());
    if (rc < 0)
        return fail(QStringLiteral("mpegts trailer"), rc);
    avio_flush(ctx->pb);
    return out;
}

} // namespace kinescope::emu
