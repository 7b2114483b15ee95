#include "tests/emulator/media_decoder.h"

extern "C" {
#include <libavcodec/avcodec.h>
}

#include <QScopeGuard>

#include <cstdlib>

namespace kinescope::test {

QList<QImage> decodeLuma(const emu::EncodedFragment& fragment, QString* error) {
    QList<QImage> out;
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
        *error = QStringLiteral("cannot open the H.264 decoder");
        return out;
    }
    auto receive = [&] {
        while (avcodec_receive_frame(ctx, frame) == 0) {
            QImage image(frame->width, frame->height, QImage::Format_Grayscale8);
            for (int y = 0; y < frame->height; ++y)
                memcpy(image.scanLine(y), frame->data[0] + y * frame->linesize[0],
                       size_t(frame->width));
            out.append(image);
        }
    };
    for (const emu::VideoSample& s : fragment.samples) {
        if (av_new_packet(packet, int(s.data.size())) < 0)
            break;
        memcpy(packet->data, s.data.constData(), size_t(s.data.size()));
        packet->pts = s.ptsMs;
        packet->dts = s.dtsMs;
        packet->flags = s.keyframe ? AV_PKT_FLAG_KEY : 0;
        if (avcodec_send_packet(ctx, packet) < 0)
            *error = QStringLiteral("the decoder refused a sample");
        av_packet_unref(packet);
        receive();
    }
    avcodec_send_packet(ctx, nullptr);
    receive();
    return out;
}

double meanDifference(const QImage& a, const QImage& b, const QRect& rect) {
    qint64 sum = 0;
    qint64 n = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x) {
            sum += std::abs(int(a.constScanLine(y)[x]) - int(b.constScanLine(y)[x]));
            ++n;
        }
    return n ? double(sum) / double(n) : 0;
}

} // namespace kinescope::test
