#include "core/thumbnails/images_thumbnail_job.h"

#include "core/kvs/kvs_client.h"

namespace kinescope {

namespace {
constexpr int kConcurrency = 2;
}

ImagesThumbnailJob::ImagesThumbnailJob(KvsClient* kvs, StreamRef stream,
                                       QList<ImageRequest> requests, QObject* parent)
    : Job(tr("Thumbnails of %1").arg(stream.display()), parent)
    , m_kvs(kvs)
    , m_stream(std::move(stream))
    , m_requests(std::move(requests)) {
}

ImagesThumbnailJob::~ImagesThumbnailJob() {
    for (const auto& p : m_running)
        p->cancel();
}

void ImagesThumbnailJob::doStart() {
    reportProgress(0, m_requests.size(), tr("Asking AWS for images"));
    if (m_requests.isEmpty()) {
        succeed();
        return;
    }
    pump();
}

void ImagesThumbnailJob::pump() {
    while (!m_stopped && m_inFlight < kConcurrency && m_next < m_requests.size()) {
        ++m_inFlight;
        const ImageRequest request = m_requests[m_next++];
        m_running.append(m_kvs->getAllImages(
            m_stream, request, this,
            [this](const QList<KvsImage>& images) {
                if (m_stopped)
                    return;
                for (const KvsImage& image : images) {
                    ++m_images;
                    Q_EMIT imageArrived(image.timestampMs, image.content, image.error);
                }
            },
            [this](const Result<QString>& end) {
                if (m_stopped)
                    return;
                --m_inFlight;
                if (!end) {
                    m_stopped = true;
                    fail(end.error());
                    return;
                }
                ++m_done;
                reportProgress(m_done, m_requests.size(), tr("%n image(s)", nullptr, m_images));
                if (m_done == m_requests.size()) {
                    succeed();
                    return;
                }
                pump();
            }));
    }
}

void ImagesThumbnailJob::doCancel() {
    m_stopped = true;
    for (const auto& p : m_running)
        p->cancel();
    m_kvs->aws()->abortCalls(this);
}

} // namespace kinescope
