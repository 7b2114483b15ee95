#include "emulator/media/h264_encoder.h"

#include "emulator/media/frame_painter.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavutil/opt.h>
}

#include <QScopeGuard>

#include <algorithm>

namespace kinescope::emu {

namespace {

QString avError(int code) {
    char buffer[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, buffer, sizeof buffer);
    return QString::fromLocal8Bit(buffer);
}

bool setError(QString* error, const QString& message) {
    if (error)
        *error = message;
    return false;
}

} // namespace

QList<QByteArray> H264Encoder::splitAnnexB(const QByteArray& data) {
    QList<QByteArray> out;
    const auto* p = reinterpret_cast<const quint8*>(data.constData());
    const qsizetype n = data.size();
    qsizetype start = -1;
    qsizetype i = 0;
    while (i + 2 < n) {
        if (p[i] == 0 && p[i + 1] == 0 && p[i + 2] == 1) {
            if (start >= 0) {
                qsizetype end = i;
                while (end > start && p[end - 1] == 0)
                    --end; // the zero of a 4-byte start code (or trailing zeros)
                out.append(data.mid(start, end - start));
            }
            i += 3;
            start = i;
        } else {
            ++i;
        }
    }
    if (start >= 0 && start < n)
        out.append(data.mid(start));
    return out;
}

QByteArray H264Encoder::makeAvcC(const QByteArray& sps, const QByteArray& pps) {
    QByteArray out;
    out.append(char(1));
    out.append(sps.size() > 1 ? sps.at(1) : char(66)); // profile_idc
    out.append(sps.size() > 2 ? sps.at(2) : char(0));  // constraint flags
    out.append(sps.size() > 3 ? sps.at(3) : char(30)); // level_idc
    out.append(char(0xFF));                            // 4-byte NAL lengths
    out.append(char(0xE1));                            // one SPS
    out.append(char(quint8(sps.size() >> 8)));
    out.append(char(quint8(sps.size())));
    out.append(sps);
    out.append(char(1)); // one PPS
    out.append(char(quint8(pps.size() >> 8)));
    out.append(char(quint8(pps.size())));
    out.append(pps);
    return out;
}

std::shared_ptr<EncodedFragment> H264Encoder::encode(int width, int height, int fps,
                                                     qint64 durationMs, const Painter& paint,
                                                     QString* error) {
    const AVCodec* codec = avcodec_find_encoder_by_name("libx264");
    if (!codec) {
        setError(error, QStringLiteral("libavcodec has no libx264 encoder"));
        return nullptr;
    }
    const int frames = int(std::max<qint64>(1, durationMs * fps / 1000));
    AVCodecContext* ctx = avcodec_alloc_context3(codec);
    auto freeContext = qScopeGuard([&ctx] { avcodec_free_context(&ctx); });
    ctx->width = width;
    ctx->height = height;
    ctx->pix_fmt = AV_PIX_FMT_YUV420P;
    ctx->time_base = AVRational{1, fps};
    ctx->framerate = AVRational{fps, 1};
    ctx->gop_size = frames;
    ctx->max_b_frames = 0;
    ctx->thread_count = 1; // deterministic output
    ctx->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    ctx->log_level_offset = AV_LOG_INFO - AV_LOG_ERROR; // its per-open INFO lines become VERBOSE
    av_opt_set(ctx->priv_data, "preset", "ultrafast", 0);
    av_opt_set(ctx->priv_data, "crf", "30", 0);
    const QByteArray params = QStringLiteral("keyint=%1:min-keyint=%1:scenecut=0:bframes=0:log=-1")
                                  .arg(frames)
                                  .toLatin1();
    av_opt_set(ctx->priv_data, "x264-params", params.constData(), 0);
    int rc = avcodec_open2(ctx, codec, nullptr);
    if (rc < 0) {
        setError(error, QStringLiteral("cannot open libx264: %1").arg(avError(rc)));
        return nullptr;
    }

    auto fragment = std::make_shared<EncodedFragment>();
    fragment->width = width;
    fragment->height = height;
    fragment->fps = fps;
    fragment->durationMs = durationMs;
    const QByteArray extradata(reinterpret_cast<const char*>(ctx->extradata), ctx->extradata_size);
    if (!extradata.isEmpty() && extradata.at(0) == 1) {
        fragment->avcC = extradata; // already a configuration record
        const int spsLength = (quint8(extradata.at(6)) << 8) | quint8(extradata.at(7));
        fragment->sps = extradata.mid(8, spsLength);
        const int ppsAt = 8 + spsLength + 1;
        const int ppsLength = (quint8(extradata.at(ppsAt)) << 8) | quint8(extradata.at(ppsAt + 1));
        fragment->pps = extradata.mid(ppsAt + 2, ppsLength);
    } else {
        for (const QByteArray& nal : splitAnnexB(extradata)) {
            const int type = nal.isEmpty() ? 0 : nal.at(0) & 0x1F;
            if (type == 7 && fragment->sps.isEmpty())
                fragment->sps = nal;
            else if (type == 8 && fragment->pps.isEmpty())
                fragment->pps = nal;
        }
        fragment->avcC = makeAvcC(fragment->sps, fragment->pps);
    }
    if (fragment->sps.isEmpty() || fragment->pps.isEmpty()) {
        setError(error, QStringLiteral("libx264 gave no SPS/PPS in its global header"));
        return nullptr;
    }

    AVFrame* frame = av_frame_alloc();
    AVPacket* packet = av_packet_alloc();
    auto freeAll = qScopeGuard([&frame, &packet] {
        av_frame_free(&frame);
        av_packet_free(&packet);
    });
    frame->format = AV_PIX_FMT_YUV420P;
    frame->width = width;
    frame->height = height;
    rc = av_frame_get_buffer(frame, 0);
    if (rc < 0) {
        setError(error, QStringLiteral("cannot allocate a frame: %1").arg(avError(rc)));
        return nullptr;
    }
    auto ptsMs = [fps](qint64 i) { return i * 1000 / fps; };
    auto drain = [&]() -> bool {
        for (;;) {
            const int r = avcodec_receive_packet(ctx, packet);
            if (r == AVERROR(EAGAIN) || r == AVERROR_EOF)
                return true;
            if (r < 0)
                return setError(error, QStringLiteral("libx264 failed: %1").arg(avError(r)));
            VideoSample sample;
            for (const QByteArray& nal : splitAnnexB(
                     QByteArray(reinterpret_cast<const char*>(packet->data), packet->size))) {
                const int type = nal.isEmpty() ? 0 : nal.at(0) & 0x1F;
                if (type == 0 || type == 7 || type == 8 || type == 9)
                    continue; // parameter sets live in avcC; no access unit delimiters
                const quint32 n = quint32(nal.size());
                const char length[4] = {char(n >> 24), char(n >> 16), char(n >> 8), char(n)};
                sample.data.append(length, 4);
                sample.data.append(nal);
            }
            const qint64 index = packet->pts;
            sample.ptsMs = ptsMs(index);
            sample.dtsMs = sample.ptsMs;
            sample.durationMs =
                index + 1 >= frames ? durationMs - sample.ptsMs : ptsMs(index + 1) - sample.ptsMs;
            sample.keyframe = packet->flags & AV_PKT_FLAG_KEY;
            fragment->samples.push_back(std::move(sample));
            av_packet_unref(packet);
        }
    };
    for (int i = 0; i < frames; ++i) {
        rc = av_frame_make_writable(frame);
        if (rc < 0) {
            setError(error, QStringLiteral("frame not writable: %1").arg(avError(rc)));
            return nullptr;
        }
        YuvPicture picture{
            frame->data[0],     frame->data[1],     frame->data[2], frame->linesize[0],
            frame->linesize[1], frame->linesize[2], width,          height};
        paint(picture, i, ptsMs(i));
        frame->pts = i;
        frame->pict_type = i == 0 ? AV_PICTURE_TYPE_I : AV_PICTURE_TYPE_NONE;
        rc = avcodec_send_frame(ctx, frame);
        if (rc < 0) {
            setError(error, QStringLiteral("libx264 refused a frame: %1").arg(avError(rc)));
            return nullptr;
        }
        if (!drain())
            return nullptr;
    }
    avcodec_send_frame(ctx, nullptr);
    if (!drain())
        return nullptr;
    std::sort(fragment->samples.begin(), fragment->samples.end(),
              [](const VideoSample& a, const VideoSample& b) { return a.dtsMs < b.dtsMs; });
    if (int(fragment->samples.size()) != frames || !fragment->samples.front().keyframe) {
        setError(error, QStringLiteral("libx264 gave %1 pictures for %2 frames")
                            .arg(fragment->samples.size())
                            .arg(frames));
        return nullptr;
    }
    return fragment;
}

} // namespace kinescope::emu
