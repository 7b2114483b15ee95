#include "emulator/media/clip_writer.h"

extern "C" {
#include <libavformat/avformat.h>
}

#include <QScopeGuard>

#include <algorithm>
#include <cstring>

namespace kinescope::emu {

namespace {

// A seekable in-memory file for the MP4 muxer (it rewrites the header at the end).
struct MemoryFile {
    QByteArray data;
    qint64 position = 0;
};

int writePacket(void* opaque, uint8_t* buffer, int size) { // FFmpeg 5.1: non-const
    auto* f = static_cast<MemoryFile*>(opaque);
    if (f->position + size > f->data.size())
        f->data.resize(f->position + size);
    memcpy(f->data.data() + f->position, buffer, size_t(size));
    f->position += size;
    return size;
}

int64_t seekFile(void* opaque, int64_t offset, int whence) {
    auto* f = static_cast<MemoryFile*>(opaque);
    if (whence == AVSEEK_SIZE)
        return f->data.size();
    const qint64 base = (whence & 3) == SEEK_CUR   ? f->position
                        : (whence & 3) == SEEK_END ? f->data.size()
                                                   : 0;
    if (base + offset < 0)
        return -1;
    f->position = base + offset;
    return f->position;
}

} // namespace

QByteArray ClipWriter::write(qsizetype count, const std::function<Piece(qsizetype)>& piece,
                             QString* error) {
    const Piece first = count > 0 ? piece(0) : Piece{};
    if (!first.fragment) {
        *error = QStringLiteral("no media for the clip");
        return {};
    }
    MemoryFile file;
    AVFormatContext* fmt = nullptr;
    if (avformat_alloc_output_context2(&fmt, nullptr, "mp4", nullptr) < 0 || !fmt) {
        *error = QStringLiteral("no mp4 muxer");
        return {};
    }
    constexpr int kBufferSize = 64 * 1024;
    auto* buffer = static_cast<unsigned char*>(av_malloc(kBufferSize));
    AVIOContext* io =
        avio_alloc_context(buffer, kBufferSize, 1, &file, nullptr, writePacket, seekFile);
    fmt->pb = io;
    AVPacket* packet = av_packet_alloc();
    auto cleanup = qScopeGuard([&] {
        av_packet_free(&packet);
        if (io)
            av_freep(&io->buffer);
        avio_context_free(&io);
        avformat_free_context(fmt);
    });
    AVStream* st = avformat_new_stream(fmt, nullptr);
    const EncodedFragment& f0 = *first.fragment;
    st->time_base = AVRational{1, 1000};
    st->codecpar->codec_type = AVMEDIA_TYPE_VIDEO;
    st->codecpar->codec_id = AV_CODEC_ID_H264;
    st->codecpar->width = f0.width;
    st->codecpar->height = f0.height;
    st->codecpar->extradata =
        static_cast<uint8_t*>(av_mallocz(size_t(f0.avcC.size()) + AV_INPUT_BUFFER_PADDING_SIZE));
    memcpy(st->codecpar->extradata, f0.avcC.constData(), size_t(f0.avcC.size()));
    st->codecpar->extradata_size = int(f0.avcC.size());
    if (avformat_write_header(fmt, nullptr) < 0) {
        *error = QStringLiteral("cannot write the MP4 header");
        return {};
    }
    qint64 lastDts = -1;
    qint64 bytes = 0;
    for (qsizetype n = 0; n < std::min(count, kMaxFragments) && bytes < kMaxBytes; ++n) {
        const Piece p = n == 0 ? first : piece(n);
        if (!p.fragment)
            break;
        for (const VideoSample& s : p.fragment->samples) {
            // A clock that jumped back must not make decode times go backwards.
            const qint64 t = std::max(lastDts + 1, p.startMs - first.startMs + s.dtsMs);
            if (av_new_packet(packet, int(s.data.size())) < 0)
                break;
            memcpy(packet->data, s.data.constData(), size_t(s.data.size()));
            packet->stream_index = st->index;
            packet->pts = packet->dts = av_rescale_q(t, AVRational{1, 1000}, st->time_base);
            packet->duration = av_rescale_q(s.durationMs, AVRational{1, 1000}, st->time_base);
            packet->flags = s.keyframe ? AV_PKT_FLAG_KEY : 0;
            lastDts = t;
            bytes += s.data.size();
            const int written = av_write_frame(fmt, packet); // does not take the packet
            av_packet_unref(packet);
            if (written < 0) {
                *error = QStringLiteral("the MP4 muxer refused a sample");
                return {};
            }
        }
    }
    if (av_write_trailer(fmt) < 0) {
        *error = QStringLiteral("cannot finish the MP4 file");
        return {};
    }
    avio_flush(io);
    return file.data;
}

} // namespace kinescope::emu
