#pragma once

#include "core/aws/paginator.h"
#include "core/jobs/job.h"
#include "core/kvs/image_request.h"
#include "core/kvs/kvs_types.h"

#include <QList>

#include <memory>

namespace kinescope {

class KvsClient;

// Thumbnails from GetImages: runs a list of requests (each ≤ 300 s, paginated), two at a time,
// and hands every image or per-timestamp error over as it arrives.
class ImagesThumbnailJob : public Job {
    Q_OBJECT
public:
    ImagesThumbnailJob(KvsClient* kvs, StreamRef stream, QList<ImageRequest> requests,
                       QObject* parent = nullptr);
    ~ImagesThumbnailJob() override;

    int imagesReceived() const { return m_images; }

Q_SIGNALS:
    // content: JPEG/PNG bytes; error: NO_MEDIA / MEDIA_ERROR (content empty).
    void imageArrived(qint64 timestampMs, const QByteArray& content, const QString& error);

protected:
    void doStart() override;
    void doCancel() override;

private:
    void pump();

    KvsClient* m_kvs;
    StreamRef m_stream;
    QList<ImageRequest> m_requests;
    QList<std::shared_ptr<Paginator<KvsImage>>> m_running;
    int m_next = 0;
    int m_inFlight = 0;
    int m_done = 0;
    int m_images = 0;
    bool m_stopped = false;
};

} // namespace kinescope
