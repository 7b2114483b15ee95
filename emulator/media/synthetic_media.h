#pragma once

#include "emulator/media/encoded_fragment.h"
#include "emulator/scenario.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <list>
#include <memory>

namespace kinescope::emu {

// The scenario's footage as real H.264: fragment `index` of FragmentGenerator(stream), encoded
// with libx264 (ultrafast, one closed GOP per fragment, no B-frames, AVCC samples, avcC from
// the global header) at the stream's `video` settings. Every picture shows the stream name and
// the frame's producer timestamp (UTC, to the millisecond) over a moving pattern, so a
// thumbnail or a player frame proves which moment it came from. Output is deterministic for
// the same (stream settings, index). Fragments are cached (LRU, bounded by bytes); the cache
// is thread-safe.
class SyntheticMedia {
public:
    explicit SyntheticMedia(qint64 cacheLimitBytes = 128 * 1024 * 1024);
    ~SyntheticMedia();
    SyntheticMedia(const SyntheticMedia&) = delete;
    SyntheticMedia& operator=(const SyntheticMedia&) = delete;

    // Fragment `index` (it need not exist in the archive: any index has pictures). Null and
    // `error` set when the encoder fails. Frames = duration * fps / 1000; sample i starts at
    // i * 1000 / fps ms (rounded down); the last sample lasts to the fragment's end.
    std::shared_ptr<const EncodedFragment> fragment(const StreamSpec& stream, qint64 index,
                                                    QString* error = nullptr);

    void setCacheLimitBytes(qint64 bytes);
    qint64 cacheLimitBytes() const;
    qint64 cachedBytes() const;
    // Fragments encoded so far (cache misses), for tests and logs.
    quint64 encodeCount() const;

    // The codec id of a stream whose video.codec is "unsupported".
    static QString unsupportedCodecId();
    // The producer time (epoch ms) of the picture of `sample` in fragment `index`.
    static qint64 sampleProducerMs(const StreamSpec& stream, qint64 index,
                                   const VideoSample& sample);

private:
    struct Entry {
        std::shared_ptr<const EncodedFragment> fragment;
        qint64 bytes = 0;
        std::list<QString>::iterator position;
    };
    void evict();

    mutable QMutex m_mutex;
    qint64 m_limit;
    qint64 m_bytes = 0;
    quint64 m_encodes = 0;
    std::list<QString> m_order; // most recently used first
    QHash<QString, Entry> m_entries;
};

} // namespace kinescope::emu
