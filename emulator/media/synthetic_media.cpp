#include "emulator/media/synthetic_media.h"

#include "emulator/fragment_generator.h"
#include "emulator/media/frame_painter.h"
#include "emulator/media/h264_encoder.h"

#include <QCryptographicHash>
#include <QMutexLocker>

namespace kinescope::emu {

namespace {

quint64 streamSeed(const QString& name) {
    const QByteArray digest = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256);
    quint64 seed = 0;
    for (int i = 0; i < 8; ++i)
        seed = (seed << 8) | quint8(digest.at(i));
    return seed;
}

qint64 sizeOf(const EncodedFragment& f) {
    qint64 bytes = qint64(sizeof(EncodedFragment)) + f.avcC.size() + f.sps.size() + f.pps.size();
    for (const VideoSample& s : f.samples)
        bytes += qint64(sizeof(VideoSample)) + s.data.size();
    return bytes;
}

} // namespace

SyntheticMedia::SyntheticMedia(qint64 cacheLimitBytes)
    : m_limit(cacheLimitBytes) {
}

SyntheticMedia::~SyntheticMedia() = default;

QString SyntheticMedia::unsupportedCodecId() {
    return QStringLiteral("V_KINESCOPE/UNSUPPORTED");
}

qint64 SyntheticMedia::sampleProducerMs(const StreamSpec& stream, qint64 index,
                                        const VideoSample& sample) {
    return FragmentGenerator(stream).producerMs(index) + sample.ptsMs;
}

std::shared_ptr<const EncodedFragment> SyntheticMedia::fragment(const StreamSpec& stream,
                                                                qint64 index, QString* error) {
    const FragmentGenerator generator(stream);
    const qint64 producerStart = generator.producerMs(index);
    const qint64 duration = generator.fragment(index).durationMs;
    const VideoSpec& v = stream.video;
    // Everything the pictures depend on: a changed scenario never serves stale media.
    const QString key = QStringLiteral("%1|%2x%3@%4|%5|%6|%7|%8")
                            .arg(stream.name)
                            .arg(v.width)
                            .arg(v.height)
                            .arg(v.fps)
                            .arg(v.codec)
                            .arg(index)
                            .arg(producerStart)
                            .arg(duration);
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_entries.find(key);
        if (it != m_entries.end()) {
            m_order.splice(m_order.begin(), m_order, it->position);
            return it->fragment;
        }
    }
    // Encode outside the lock: another thread may encode the same fragment meanwhile; the
    // results are identical, the first one stored wins.
    const quint64 seed = streamSeed(stream.name);
    const QString name = stream.name;
    std::shared_ptr<EncodedFragment> encoded = H264Encoder::encode(
        v.width, v.height, v.fps, duration,
        [&](const YuvPicture& picture, int, qint64 ptsMs) {
            FramePainter::paint(picture, seed, producerStart + ptsMs, name);
        },
        error);
    if (!encoded)
        return nullptr;
    if (!v.decodable())
        encoded->codecId = unsupportedCodecId();
    std::shared_ptr<const EncodedFragment> result = std::move(encoded);
    const qint64 bytes = sizeOf(*result);

    QMutexLocker lock(&m_mutex);
    ++m_encodes;
    const auto it = m_entries.find(key);
    if (it != m_entries.end())
        return it->fragment;
    m_order.push_front(key);
    m_entries.insert(key, Entry{result, bytes, m_order.begin()});
    m_bytes += bytes;
    evict();
    return result;
}

void SyntheticMedia::evict() {
    // Keeps at least the most recent fragment, even when it alone exceeds the limit.
    while (m_bytes > m_limit && m_order.size() > 1) {
        const QString key = m_order.back();
        m_order.pop_back();
        const auto it = m_entries.find(key);
        m_bytes -= it->bytes;
        m_entries.erase(it);
    }
}

void SyntheticMedia::setCacheLimitBytes(qint64 bytes) {
    QMutexLocker lock(&m_mutex);
    m_limit = bytes;
    evict();
}

qint64 SyntheticMedia::cacheLimitBytes() const {
    QMutexLocker lock(&m_mutex);
    return m_limit;
}

qint64 SyntheticMedia::cachedBytes() const {
    QMutexLocker lock(&m_mutex);
    return m_bytes;
}

quint64 SyntheticMedia::encodeCount() const {
    QMutexLocker lock(&m_mutex);
    return m_encodes;
}

} // namespace kinescope::emu
