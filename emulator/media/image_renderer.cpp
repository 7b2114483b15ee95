#include "emulator/media/image_renderer.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libswscale/swscale.h>
}

#include <QScopeGuard>

#include <algorithm>
#include <cstring>
#include <limits>

namespace kinescope::emu {

namespace {

// Encodes one decoded picture as JPEG or PNG at the requested size.
std::optional<QByteArray> encodePicture(const AVFrame* picture, const ImageRenderer::Options& o,
                                        QString* error) {
    const bool jpeg = o.format == ImageRenderer::Format::Jpeg;
    const int width = o.width > 0 ? o.width : picture->width;
    const int height = o.height > 0 ? o.height : picture->height;
    const AVPixelFormat target = jpeg ? AV_PIX_FMT_YUV420P : AV_PIX_FMT_RGB24;
    const AVCodec* codec = avcodec_find_encoder(jpeg ? AV_CODEC_ID_MJPEG : AV_CODEC_ID_PNG);
    if (!codec) {
        *error = QStringLiteral("no %1 encoder").arg(jpeg ? "mjpeg" : "png");
        return std::nullopt;
    }
    AVFrame* scaled = av_frame_alloc();
    AVCodecContext* ctx = avcodec_alloc_context3(codec);
    AVPacket* packet = av_packet_alloc();
    SwsContext* sws =
        sws_getContext(picture->width, picture->height, AVPixelFormat(picture->format), width,
                       height, target, SWS_BILINEAR, nullptr, nullptr, nullptr);
    auto cleanup = qScopeGuard([&] {
        sws_freeContext(sws);
        av_packet_free(&packet);
        avcodec_free_context(&ctx);
        av_frame_free(&scaled);
    });
    scaled->format = target;
    scaled->width = width;
    scaled->height = height;
    if (!sws || av_frame_get_buffer(scaled, 0) < 0) {
        *error = QStringLiteral("cannot scale to %1x%2").arg(width).arg(height);
        return std::nullopt;
    }
    if (jpeg) {
        // JPEG wants full-range YUV; the decoded H.264 picture is limited range.
        const int* coefficients = sws_getCoefficients(SWS_CS_DEFAULT);
        sws_setColorspaceDetails(sws, coefficients, 0, coefficients, 1, 0, 1 << 16, 1 << 16);
        scaled->color_range = AVCOL_RANGE_JPEG;
    }
    sws_scale(sws, picture->data, picture->linesize, 0, picture->height, scaled->data,
              scaled->linesize);
    ctx->width = width;
    ctx->height = height;
    ctx->pix_fmt = target;
    ctx->color_range = jpeg ? AVCOL_RANGE_JPEG : AVCOL_RANGE_UNSPECIFIED;
    ctx->time_base = AVRational{1, 25};
    ctx->thread_count = 1;
    if (jpeg) {
        // Quality 1..100 → qscale 31..2 (the mjpeg encoder's range: lower is better).
        const int q = 31 - (std::clamp(o.jpegQuality, 1, 100) - 1) * 29 / 99;
        ctx->flags |= AV_CODEC_FLAG_QSCALE;
        ctx->global_quality = FF_QP2LAMBDA * q;
        scaled->quality = ctx->global_quality;
    }
    if (avcodec_open2(ctx, codec, nullptr) < 0) {
        *error = QStringLiteral("cannot open the image encoder");
        return std::nullopt;
    }
    scaled->pts = 0;
    if (avcodec_send_frame(ctx, scaled) < 0 || avcodec_send_frame(ctx, nullptr) < 0 ||
        avcodec_receive_packet(ctx, packet) < 0) {
        *error = QStringLiteral("the image encoder failed");
        return std::nullopt;
    }
    return QByteArray(reinterpret_cast<const char*>(packet->data), packet->size);
}

} // namespace

QList<std::optional<QByteArray>> ImageRenderer::render(const EncodedFragment& fragment,
                                                       const QList<qint64>& offsetsMs,
                                                       const Options& options, QString* error) {
    QList<std::optional<QByteArray>> out(offsetsMs.size());
    QString ignored;
    QString& err = error ? *error : ignored;
    if (fragment.codecId != QLatin1String("V_MPEG4/ISO/AVC") || fragment.avcC.isEmpty()) {
        err = QStringLiteral("the track's codec %1 cannot be decoded").arg(fragment.codecId);
        return out;
    }
    const AVCodec* codec = avcodec_find_decoder(AV_CODEC_ID_H264);
    AVCodecContext* ctx = avcodec_alloc_context3(codec);
    AVPacket* packet = av_packet_alloc();
    AVFrame* frame = av_frame_alloc();
    auto cleanup = qScopeGuard([&] {
        av_frame_free(&frame);
        av_packet_free(&packet);
        avcodec_free_context(&ctx);
    });
    ctx->extradata = static_cast<uint8_t*>(
        av_mallocz(size_t(fragment.avcC.size()) + AV_INPUT_BUFFER_PADDING_SIZE));
    memcpy(ctx->extradata, fragment.avcC.constData(), size_t(fragment.avcC.size()));
    ctx->extradata_size = int(fragment.avcC.size());
    ctx->thread_count = 1;
    if (avcodec_open2(ctx, codec, nullptr) < 0) {
        err = QStringLiteral("cannot open the H.264 decoder");
        return out;
    }
    // Samples are in presentation order (no B-frames): decode up to the last one needed.
    qsizetype next = 0; // the next offset to serve
    auto serve = [&](const AVFrame* f, qint64 endMs) {
        while (next < offsetsMs.size() && offsetsMs[next] < endMs) {
            out[next] = encodePicture(f, options, &err); // offsets before `ptsMs` too

            ++next;
        }
    };
    for (size_t i = 0; i < fragment.samples.size() && next < offsetsMs.size(); ++i) {
        const VideoSample& s = fragment.samples[i];
        if (av_new_packet(packet, int(s.data.size())) < 0)
            break;
        memcpy(packet->data, s.data.constData(), size_t(s.data.size()));
        packet->pts = s.ptsMs;
        packet->dts = s.dtsMs;
        packet->flags = s.keyframe ? AV_PKT_FLAG_KEY : 0;
        const int sent = avcodec_send_packet(ctx, packet);
        av_packet_unref(packet);
        if (sent < 0) {
            err = QStringLiteral("the H.264 decoder refused sample %1").arg(i);
            break;
        }
        while (avcodec_receive_frame(ctx, frame) == 0) {
            const qint64 pts = frame->pts;
            // The picture holds until the next sample starts (or the fragment ends).
            qint64 end = std::numeric_limits<qint64>::max(); // the last picture holds on

            for (const VideoSample& later : fragment.samples)
                if (later.ptsMs > pts)
                    end = std::min(end, later.ptsMs);
            serve(frame, end);
            av_frame_unref(frame);
        }
    }
    avcodec_send_packet(ctx, nullptr);
    while (avcodec_receive_frame(ctx, frame) == 0) {
        serve(frame, std::numeric_limits<qint64>::max());
        av_frame_unref(frame);
    }
    return out;
}

} // namespace kinescope::emu
