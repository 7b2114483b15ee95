#include "core/thumbnails/keyframe_decoder.h"

#include <QCoreApplication>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/imgutils.h>
#include <libswscale/swscale.h>
}

#include <algorithm>
#include <cstring>
#include <memory>

namespace kinescope {

namespace {

AwsError decodeError(const QString& what) {
    return AwsError::make(
        AwsError::Kind::Parse, QStringLiteral("MEDIA_ERROR"),
        QCoreApplication::translate("kinescope::KeyframeDecoder", "Could not decode a picture: %1")
            .arg(what));
}

struct MemoryReader {
    const QByteArray* data;
    qint64 pos = 0;
};

int readPacket(void* opaque, uint8_t* buf, int size) {
    auto* r = static_cast<MemoryReader*>(opaque);
    const qint64 left = r->data->size() - r->pos;
    if (left <= 0)
        return AVERROR_EOF;
    const int n = int(std::min<qint64>(left, size));
    std::memcpy(buf, r->data->constData() + r->pos, size_t(n));
    r->pos += n;
    return n;
}

int64_t seekPacket(void* opaque, int64_t offset, int whence) {
    auto* r = static_cast<MemoryReader*>(opaque);
    const qint64 size = r->data->size();
    if (whence == AVSEEK_SIZE)
        return size;
    qint64 target = 0;
    switch (whence & ~AVSEEK_FORCE) {
    case SEEK_SET:
        target = offset;
        break;
    case SEEK_CUR:
        target = r->pos + offset;
        break;
    case SEEK_END:
        target = size + offset;
        break;
    default:
        return -1;
    }
    if (target < 0 || target > size)
        return -1;
    r->pos = target;
    return target;
}

struct FormatDeleter {
    void operator()(AVFormatContext* c) const { avformat_close_input(&c); }
};
struct IoDeleter {
    void operator()(AVIOContext* io) const {
        if (io) {
            av_freep(&io->buffer);
            avio_context_free(&io);
        }
    }
};
struct CodecDeleter {
    void operator()(AVCodecContext* c) const { avcodec_free_context(&c); }
};
struct FrameDeleter {
    void operator()(AVFrame* f) const { av_frame_free(&f); }
};
struct PacketDeleter {
    void operator()(AVPacket* p) const { av_packet_free(&p); }
};

Result<QImage> toImage(const AVFrame* frame, QSize size) {
    if (frame->width <= 0 || frame->height <= 0)
        return decodeError(QStringLiteral("empty picture"));
    if (!size.isValid() || size.isEmpty())
        size = QSize(frame->width, frame->height);
    SwsContext* sws =
        sws_getContext(frame->width, frame->height, AVPixelFormat(frame->format), size.width(),
                       size.height(), AV_PIX_FMT_RGB32, SWS_BILINEAR, nullptr, nullptr, nullptr);
    if (!sws)
        return decodeError(QStringLiteral("unsupported pixel format"));
    QImage image(size, QImage::Format_RGB32);
    uint8_t* dst[4] = {image.bits(), nullptr, nullptr, nullptr};
    int dstStride[4] = {int(image.bytesPerLine()), 0, 0, 0};
    sws_scale(sws, frame->data, frame->linesize, 0, frame->height, dst, dstStride);
    sws_freeContext(sws);
    return image;
}

} // namespace

Result<QImage> decodeFirstPicture(const QByteArray& media, QSize size) {
    if (media.isEmpty())
        return decodeError(QStringLiteral("no data"));
    MemoryReader reader{&media};
    constexpr int kBufferSize = 64 * 1024;
    auto* buffer = static_cast<unsigned char*>(av_malloc(kBufferSize));
    if (!buffer)
        return decodeError(QStringLiteral("out of memory"));
    std::unique_ptr<AVIOContext, IoDeleter> io(
        avio_alloc_context(buffer, kBufferSize, 0, &reader, readPacket, nullptr, seekPacket));
    if (!io) {
        av_free(buffer);
        return decodeError(QStringLiteral("out of memory"));
    }
    AVFormatContext* raw = avformat_alloc_context();
    if (!raw)
        return decodeError(QStringLiteral("out of memory"));
    raw->pb = io.get();
    raw->flags |= AVFMT_FLAG_CUSTOM_IO;
    if (avformat_open_input(&raw, nullptr, nullptr, nullptr) < 0)
        return decodeError(QStringLiteral("unknown container"));
    std::unique_ptr<AVFormatContext, FormatDeleter> format(raw);
    if (avformat_find_stream_info(format.get(), nullptr) < 0)
        return decodeError(QStringLiteral("no stream information"));
    const AVCodec* codec = nullptr;
    const int streamIndex =
        av_find_best_stream(format.get(), AVMEDIA_TYPE_VIDEO, -1, -1, &codec, 0);
    if (streamIndex < 0 || !codec)
        return decodeError(QStringLiteral("no decodable video track"));
    std::unique_ptr<AVCodecContext, CodecDeleter> decoder(avcodec_alloc_context3(codec));
    if (!decoder ||
        avcodec_parameters_to_context(decoder.get(), format->streams[streamIndex]->codecpar) < 0 ||
        avcodec_open2(decoder.get(), codec, nullptr) < 0)
        return decodeError(QStringLiteral("the decoder did not open"));
    std::unique_ptr<AVPacket, PacketDeleter> packet(av_packet_alloc());
    std::unique_ptr<AVFrame, FrameDeleter> frame(av_frame_alloc());
    if (!packet || !frame)
        return decodeError(QStringLiteral("out of memory"));
    bool draining = false;
    while (true) {
        if (!draining) {
            const int r = av_read_frame(format.get(), packet.get());
            if (r < 0) {
                draining = true;
                avcodec_send_packet(decoder.get(), nullptr);
            } else {
                if (packet->stream_index == streamIndex)
                    avcodec_send_packet(decoder.get(), packet.get());
                av_packet_unref(packet.get());
            }
        }
        const int got = avcodec_receive_frame(decoder.get(), frame.get());
        if (got == 0)
            return toImage(frame.get(), size);
        if (got == AVERROR_EOF || (draining && got != AVERROR(EAGAIN)))
            break;
        if (draining && got == AVERROR(EAGAIN))
            break;
    }
    return decodeError(QStringLiteral("no picture in the media"));
}

void KeyframeDecoder::decode(quintptr owner, quint64 id, const QByteArray& media, QSize size) {
    const Result<QImage> image = decodeFirstPicture(media, size);
    if (image)
        Q_EMIT decoded(owner, id, *image, QString());
    else
        Q_EMIT decoded(owner, id, QImage(), image.error().message);
}

} // namespace kinescope
