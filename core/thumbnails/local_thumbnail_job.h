#pragma once

#include "core/jobs/job.h"
#include "core/kvs/kvs_types.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QPointer>
#include <QSize>

namespace kinescope {

class KvsClient;
class KeyframeDecoder;

// Local thumbnails for streams without image generation: fetches each wanted fragment with
// GetMediaForFragmentList (into memory), has the decoder worker (on its own thread) decode the
// fragment's first picture, and hands it over for every time slot that fragment stands for.
class LocalThumbnailJob : public Job {
    Q_OBJECT
public:
    struct Target {
        QString fragmentNumber;
        QList<qint64> slotsMs; // thumbnail times this fragment's picture stands for
    };

    // `decoder` lives on a worker thread and outlives the job.
    LocalThumbnailJob(KvsClient* kvs, StreamRef stream, QList<Target> targets,
                      KeyframeDecoder* decoder, QSize size, QObject* parent = nullptr);

Q_SIGNALS:
    void pictureReady(qint64 slotMs, const QImage& image);
    void pictureMissing(qint64 slotMs, const QString& error);

protected:
    void doStart() override;
    void doCancel() override;

private:
    void pump();
    void onDecoded(quintptr owner, quint64 id, const QImage& image, const QString& error);
    void finishTarget();

    KvsClient* m_kvs;
    StreamRef m_stream;
    QList<Target> m_targets;
    QPointer<KeyframeDecoder> m_decoder;
    QSize m_size;
    QHash<quint64, int> m_pending; // decode id → target
    quint64 m_nextId = 0;
    int m_next = 0;
    int m_downloading = 0;
    int m_done = 0;
    bool m_stopped = false;
};

} // namespace kinescope
