#pragma once

#include "core/kvs/fragment_index.h"
#include "core/kvs/image_request.h"
#include "core/kvs/kvs_types.h"
#include "core/thumbnails/thumbnail_cache.h"

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QThread>

#include <optional>

namespace kinescope {

class Job;
class KeyframeDecoder;
class Workspace;

// Thumbnails of the Workspace's current stream (ReviewState::stream(), on its clock) for a time
// window: from GetImages when the stream generates images, else decoded locally from the
// fragments (GetMediaForFragmentList + FFmpeg on a worker thread). Results are cached on disk
// under workspace->cacheDir()/thumbnails/<profile>/<stream>/<clock+settings>/ and in memory.
// Every fetch is a Job in workspace->jobs().
class ThumbnailService : public QObject {
    Q_OBJECT
public:
    enum class Source { Unknown, Images, Local };
    Q_ENUM(Source)

    struct Settings {
        ImageFormat format = ImageFormat::Jpeg;
        std::optional<int> jpegQuality;    // AWS default 80
        QSize size = QSize(320, 180);      // WidthPixels/HeightPixels; invalid = original size
        int memoryLimit = 600;             // decoded images kept in memory
        qint64 fallbackFragmentMs = 10000; // fragment length assumed without an index
    };

    ThumbnailService(Workspace* workspace, QObject* parent = nullptr);
    ~ThumbnailService() override;

    void setSettings(const Settings& settings);
    const Settings& settings() const { return m_settings; }

    // For the current stream: the image nearest at or before ms within one sampling interval.
    std::optional<QImage> cached(qint64 ms) const;
    // About `count` thumbnails over the window (on a grid of max(3 s, window/count)): cached ones
    // are announced at once, the rest are fetched. Supersedes the previous request's jobs.
    void request(TimeInterval window, int count);
    void cancel();

    // A probe or a fetch is still running.
    bool isBusy() const;
    Source source() const { return m_source; }
    qint64 samplingIntervalMs() const { return m_intervalMs; }
    QString cacheLocation() const { return m_cache.location(); }
    // Images received from AWS / decoded locally / announced from the cache, since construction.
    int fetchedCount() const { return m_fetched; }
    int cacheHits() const { return m_cacheHits; }

Q_SIGNALS:
    void thumbnailReady(qint64 ms, QImage image);
    void thumbnailMissing(qint64 ms, QString error /*NO_MEDIA|MEDIA_ERROR*/);
    void sourceChanged(kinescope::ThumbnailService::Source source);

private:
    struct Pending {
        QList<qint64> slotsMs;
        qint64 intervalMs = 0;
    };
    void onStreamChanged();
    void updateLocation();
    void fetch(const Pending& pending);
    void fetchImages(const Pending& pending);
    void fetchLocal(const Pending& pending);
    void adopt(Job* job);
    qint64 fragmentMsNear(qint64 ms) const;
    QString shelfName() const;

    QPointer<Workspace> m_workspace;
    Settings m_settings;
    ThumbnailCache m_cache;
    StreamRef m_stream;
    TimestampType m_clock = TimestampType::Server;
    Source m_source = Source::Unknown;
    bool m_probing = false;
    std::optional<Pending> m_waiting;      // a request waiting for the probe
    std::optional<Pending> m_waitingIndex; // local slots waiting for the fragment index
    qint64 m_intervalMs = ImageRequest::kMinSamplingMs;
    static constexpr int kKeptJobs = 20;
    QList<QPointer<Job>> m_jobs;    // running (superseded by the next request)
    QList<QPointer<Job>> m_history; // listed in the jobs panel, oldest first
    QThread m_decoderThread;
    KeyframeDecoder* m_decoder = nullptr; // lives on m_decoderThread
    int m_fetched = 0;
    int m_cacheHits = 0;
};

} // namespace kinescope
