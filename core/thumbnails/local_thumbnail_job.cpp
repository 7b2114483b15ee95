#include "core/thumbnails/local_thumbnail_job.h"

#include "core/kvs/kvs_client.h"
#include "core/thumbnails/keyframe_decoder.h"

namespace kinescope {

namespace {

constexpr int kConcurrentDownloads = 2;

} // namespace

LocalThumbnailJob::LocalThumbnailJob(KvsClient* kvs, StreamRef stream, QList<Target> targets,
                                     KeyframeDecoder* decoder, QSize size, QObject* parent)
    : Job(tr("Local thumbnails of %1").arg(stream.display()), parent)
    , m_kvs(kvs)
    , m_stream(std::move(stream))
    , m_targets(std::move(targets))
    , m_decoder(decoder)
    , m_size(size) {
}

void LocalThumbnailJob::doStart() {
    if (!m_decoder) {
        fail(AwsError::make(AwsError::Kind::Config, QStringLiteral("NoDecoder"),
                            tr("The thumbnail decoder is not running.")));
        return;
    }
    connect(m_decoder, &KeyframeDecoder::decoded, this, &LocalThumbnailJob::onDecoded);
    reportProgress(0, m_targets.size(), tr("Fetching fragments"));
    if (m_targets.isEmpty()) {
        succeed();
        return;
    }
    pump();
}

void LocalThumbnailJob::pump() {
    while (!m_stopped && m_downloading < kConcurrentDownloads && m_next < m_targets.size()) {
        const int target = m_next++;
        ++m_downloading;
        m_kvs->getMediaForFragmentList(
            m_stream, {m_targets[target].fragmentNumber}, nullptr, this,
            [this, target](const Result<AwsResponse>& r) {
                if (m_stopped)
                    return;
                --m_downloading;
                if (!r) {
                    if (r.error().kind == AwsError::Kind::Service &&
                        r.error().type == QLatin1String("ResourceNotFoundException")) {
                        for (qint64 slot : m_targets[target].slotsMs)
                            Q_EMIT pictureMissing(slot, QStringLiteral("NO_MEDIA"));
                        finishTarget();
                        pump();
                        return;
                    }
                    m_stopped = true;
                    fail(r.error());
                    return;
                }
                const quint64 id = ++m_nextId;
                m_pending.insert(id, target);
                const QByteArray body = r->body;
                const QSize size = m_size;
                KeyframeDecoder* decoder = m_decoder;
                const auto owner = reinterpret_cast<quintptr>(this);
                QMetaObject::invokeMethod(
                    decoder,
                    [decoder, owner, id, body, size] { decoder->decode(owner, id, body, size); },
                    Qt::QueuedConnection);
                pump();
            });
    }
}

void LocalThumbnailJob::onDecoded(quintptr owner, quint64 id, const QImage& image,
                                  const QString& error) {
    if (owner != reinterpret_cast<quintptr>(this))
        return;
    const auto it = m_pending.constFind(id);
    if (it == m_pending.cend() || m_stopped)
        return;
    const int target = *it;
    m_pending.erase(it);
    for (qint64 slot : m_targets[target].slotsMs) {
        if (image.isNull())
            Q_EMIT pictureMissing(slot, QStringLiteral("MEDIA_ERROR"));
        else
            Q_EMIT pictureReady(slot, image);
    }
    Q_UNUSED(error);
    finishTarget();
}

void LocalThumbnailJob::finishTarget() {
    ++m_done;
    reportProgress(m_done, m_targets.size(),
                   tr("%1 of %2 fragments decoded").arg(m_done).arg(m_targets.size()));
    if (m_done == m_targets.size())
        succeed();
}

void LocalThumbnailJob::doCancel() {
    m_stopped = true;
    m_kvs->aws()->abortCalls(this);
}

} // namespace kinescope
