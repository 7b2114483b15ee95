#include "core/thumbnails/thumbnail_service.h"

#include "core/jobs/job_registry.h"
#include "core/kvs/kvs_client.h"
#include "core/review/review_state.h"
#include "core/review/workspace.h"
#include "core/thumbnails/images_thumbnail_job.h"
#include "core/thumbnails/keyframe_decoder.h"
#include "core/thumbnails/local_thumbnail_job.h"

#include <QCryptographicHash>
#include <QDir>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace kinescope {

namespace {

constexpr int kMaxLocalFragments = 200;

// A directory name that is readable, safe everywhere and unique per input.
QString safeName(const QString& text) {
    QString readable = text.left(60);
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    readable.replace(unsafe, QStringLiteral("_"));
    const QByteArray hash =
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(10);
    return readable + QLatin1Char('-') + QString::fromLatin1(hash);
}

qint64 ceilDiv(qint64 a, qint64 b) {
    return (a + b - 1) / b;
}

// Refusals of GetImages that mean "no images for this stream" rather than a passing problem.
bool isRefusal(const AwsError& e) {
    return e.kind == AwsError::Kind::Service && !e.throttling && !e.retryable && e.httpStatus < 500;
}

} // namespace

ThumbnailService::ThumbnailService(Workspace* workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_cache(m_settings.memoryLimit) {
    m_decoderThread.setObjectName(QStringLiteral("kinescope-thumbnails"));
    m_decoder = new KeyframeDecoder;
    m_decoder->moveToThread(&m_decoderThread);
    m_decoderThread.start();
    if (workspace) {
        ReviewState* review = workspace->review();
        connect(review, &ReviewState::streamChanged, this, &ThumbnailService::onStreamChanged);
        connect(review, &ReviewState::clockChanged, this, &ThumbnailService::onStreamChanged);
        connect(workspace, &Workspace::connectionChanged, this, &ThumbnailService::onStreamChanged);
        // Local thumbnails need the fragment index; slots asked for before it arrived wait.
        connect(review, &ReviewState::indexChanged, this, [this] {
            if (!m_waitingIndex || m_source != Source::Local || !m_workspace ||
                m_workspace->review()->index().isEmpty())
                return;
            const Pending pending = *m_waitingIndex;
            m_waitingIndex.reset();
            fetchLocal(pending);
        });
    }
    onStreamChanged();
}

ThumbnailService::~ThumbnailService() {
    cancel();
    m_decoderThread.quit();
    m_decoderThread.wait();
    delete m_decoder; // its thread has ended
}

void ThumbnailService::setSettings(const Settings& settings) {
    m_settings = settings;
    m_cache.setMemoryLimit(settings.memoryLimit);
    cancel();
    updateLocation();
}

QString ThumbnailService::shelfName() const {
    const QSize size = m_settings.size;
    return QStringLiteral("%1-%2-%3-q%4")
        .arg(m_clock == TimestampType::Server ? QStringLiteral("server")
                                              : QStringLiteral("producer"),
             fileExtension(m_settings.format),
             size.isValid() ? QStringLiteral("%1x%2").arg(size.width()).arg(size.height())
                            : QStringLiteral("original"))
        .arg(m_settings.jpegQuality.value_or(80));
}

void ThumbnailService::updateLocation() {
    if (!m_workspace || !m_stream.isValid() || !m_workspace->isConnected()) {
        m_cache.setLocation(QString());
        return;
    }
    const QString dir = QDir(m_workspace->cacheDir())
                            .filePath(QStringLiteral("thumbnails/%1/%2/%3")
                                          .arg(safeName(m_workspace->cacheProfileKey()),
                                               safeName(m_stream.key()), shelfName()));
    m_cache.setLocation(dir);
}

void ThumbnailService::onStreamChanged() {
    cancel();
    m_stream = m_workspace ? m_workspace->review()->stream() : StreamRef();
    m_clock = m_workspace ? m_workspace->review()->clock() : TimestampType::Server;
    m_probing = false;
    if (m_source != Source::Unknown) {
        m_source = Source::Unknown;
        Q_EMIT sourceChanged(m_source);
    }
    updateLocation();
}

void ThumbnailService::cancel() {
    m_waiting.reset();
    m_waitingIndex.reset();
    const auto jobs = m_jobs;
    m_jobs.clear();
    for (const QPointer<Job>& job : jobs)
        if (job && !job->isFinished())
            job->cancel();
}

std::optional<QImage> ThumbnailService::cached(qint64 ms) const {
    return m_cache.find(ms, m_intervalMs);
}

void ThumbnailService::request(TimeInterval window, int count) {
    if (!m_workspace || !m_workspace->kvs() || !m_stream.isValid() || window.isEmpty())
        return;
    cancel();
    count = std::max(1, count);
    const qint64 step =
        std::max<qint64>(ImageRequest::kMinSamplingMs, ceilDiv(window.durationMs(), count));
    m_intervalMs = step;
    Pending pending;
    pending.intervalMs = step;
    // Slots on a grid of multiples of the step, so panning reuses what is cached.
    for (qint64 t = ceilDiv(window.startMs, step) * step; t < window.endMs; t += step) {
        if (const auto image = m_cache.image(t)) {
            ++m_cacheHits;
            Q_EMIT thumbnailReady(t, *image);
        } else if (const auto error = m_cache.missing(t, 0)) {
            Q_EMIT thumbnailMissing(t, *error);
        } else {
            pending.slotsMs.append(t);
        }
    }
    if (!pending.slotsMs.isEmpty())
        fetch(pending);
}

void ThumbnailService::fetch(const Pending& pending) {
    switch (m_source) {
    case Source::Images:
        return fetchImages(pending);
    case Source::Local:
        return fetchLocal(pending);
    case Source::Unknown:
        break;
    }
    m_waiting = pending;
    if (m_probing)
        return;
    m_probing = true;
    const StreamRef stream = m_stream;
    m_workspace->kvs()->describeImageGenerationConfiguration(
        stream, this, [this, stream](const Result<std::optional<ImageGenerationConfig>>& config) {
            if (!m_probing || stream.key() != m_stream.key())
                return;
            m_probing = false;
            // Without an answer (e.g. no permission to describe), GetImages itself decides.
            m_source = (config && (!config->has_value() || !(*config)->isEnabled()))
                           ? Source::Local
                           : Source::Images;
            Q_EMIT sourceChanged(m_source);
            if (m_waiting) {
                const Pending next = *m_waiting;
                m_waiting.reset();
                fetch(next);
            }
        });
}

qint64 ThumbnailService::fragmentMsNear(qint64 ms) const {
    if (m_workspace) {
        const ReviewState* review = m_workspace->review();
        const FragmentIndex& index = review->index();
        if (review->stream().key() == m_stream.key() && !index.isEmpty()) {
            qsizetype i = index.indexAt(ms);
            if (i < 0)
                i = std::min(index.lowerBound(ms), index.size() - 1);
            if (index.durationMs(i) > 0)
                return index.durationMs(i);
        }
    }
    return std::max<qint64>(1, m_settings.fallbackFragmentMs);
}

void ThumbnailService::fetchImages(const Pending& pending) {
    ImageRequest base;
    base.clock = m_clock;
    base.format = m_settings.format;
    base.jpegQuality =
        m_settings.format == ImageFormat::Jpeg ? m_settings.jpegQuality : std::nullopt;
    if (m_settings.size.isValid()) {
        base.widthPixels = std::clamp(m_settings.size.width(), 1, 3840);
        base.heightPixels = std::clamp(m_settings.size.height(), 1, 2160);
    }
    const qint64 step = pending.intervalMs;
    QList<ImageRequest> requests;
    if (step <= ImageRequest::kMaxSamplingMs) {
        // Runs of consecutive slots, each from one fragment earlier (an image is missing when
        // a request starts in the middle of a fragment) and on the same grid.
        const QList<qint64>& times = pending.slotsMs;
        for (qsizetype i = 0; i < times.size();) {
            qsizetype j = i;
            while (j + 1 < times.size() && times[j + 1] - times[j] == step)
                ++j;
            // Each request of at most 300 s begins one fragment before its first slot.
            const qint64 lead = ceilDiv(fragmentMsNear(times[i]), step) * step;
            const qint64 span =
                std::max<qint64>(step, (ImageRequest::kMaxWindowMs - lead) / step * step);
            for (qint64 first = times[i]; first <= times[j]; first += span) {
                ImageRequest r = base;
                r.samplingIntervalMs = int(step);
                r.startMs = first - lead;
                r.endMs = std::min(times[j], first + span - step);
                requests.append(r);
            }
            i = j + 1;
        }
    } else {
        // Sparse slots: one short request per slot, ending at the slot.
        for (qint64 t : pending.slotsMs) {
            const qint64 fragment = fragmentMsNear(t);
            ImageRequest r = base;
            r.samplingIntervalMs = int(std::clamp<qint64>(fragment, ImageRequest::kMinSamplingMs,
                                                          ImageRequest::kMaxSamplingMs));
            r.startMs = t - ceilDiv(fragment, r.samplingIntervalMs) * r.samplingIntervalMs;
            r.endMs = t;
            requests.append(r);
        }
    }
    auto* job = new ImagesThumbnailJob(m_workspace->kvs(), m_stream, requests, this);
    const QString extension = fileExtension(m_settings.format);
    // Images before a wanted slot come from the lead-in (one fragment earlier): their images are
    // real and kept, but their errors say nothing (that part starts mid-fragment).
    const QSet<qint64> wanted(pending.slotsMs.cbegin(), pending.slotsMs.cend());
    connect(job, &ImagesThumbnailJob::imageArrived, this,
            [this, extension, wanted](qint64 ms, const QByteArray& content, const QString& error) {
                QImage image;
                if (error.isEmpty())
                    image = QImage::fromData(content);
                // An error never replaces an image (a neighbouring request's lead-in).
                if (image.isNull() && (!wanted.contains(ms) || m_cache.image(ms)))
                    return;
                if (image.isNull()) {
                    const QString why = error.isEmpty() ? QStringLiteral("MEDIA_ERROR") : error;
                    m_cache.insertMissing(ms, why);
                    Q_EMIT thumbnailMissing(ms, why);
                    return;
                }
                m_cache.insert(ms, image, content, extension);
                ++m_fetched;
                Q_EMIT thumbnailReady(ms, image);
            });
    connect(job, &Job::finished, this, [this, job, pending] {
        if (job->state() != Job::State::Failed || !job->error())
            return;
        const AwsError error = *job->error();
        if (isRefusal(error) && error.type != QLatin1String("ResourceNotFoundException") &&
            m_source == Source::Images) {
            m_source = Source::Local;
            Q_EMIT sourceChanged(m_source);
            if (m_workspace)
                m_workspace->reportInfo(
                    tr("GetImages is not available for %1 (%2); thumbnails are decoded locally.")
                        .arg(m_stream.display(), error.type));
            Pending rest;
            rest.intervalMs = pending.intervalMs;
            for (qint64 t : pending.slotsMs)
                if (!m_cache.image(t) && !m_cache.missing(t, 0))
                    rest.slotsMs.append(t);
            if (!rest.slotsMs.isEmpty())
                fetchLocal(rest);
            return;
        }
        if (m_workspace)
            m_workspace->reportError(tr("Thumbnails"), error);
    });
    adopt(job);
}

void ThumbnailService::fetchLocal(const Pending& pending) {
    const ReviewState* review = m_workspace->review();
    const FragmentIndex& index = review->index();
    if (index.isEmpty() || review->stream().key() != m_stream.key()) {
        m_waitingIndex = pending; // the listing has not delivered yet
        return;
    }
    QMap<qint64, LocalThumbnailJob::Target> byFragment; // by index position, in time order
    for (qint64 t : pending.slotsMs) {
        qsizetype i = index.indexAt(t);
        if (i < 0) {
            const qsizetype next = index.lowerBound(t);
            if (next < index.size() && index.startMs(next) < t + pending.intervalMs)
                i = next;
        }
        if (i < 0) {
            m_cache.insertMissing(t, QStringLiteral("NO_MEDIA"));
            Q_EMIT thumbnailMissing(t, QStringLiteral("NO_MEDIA"));
            continue;
        }
        auto it = byFragment.find(i);
        if (it == byFragment.end()) {
            if (byFragment.size() >= kMaxLocalFragments)
                continue;
            it = byFragment.insert(i, {index.fragmentNumber(i), {}});
        }
        it->slotsMs.append(t);
    }
    if (byFragment.isEmpty())
        return;
    auto* job = new LocalThumbnailJob(m_workspace->kvs(), m_stream, byFragment.values(), m_decoder,
                                      m_settings.size, this);
    connect(job, &LocalThumbnailJob::pictureReady, this, [this](qint64 ms, const QImage& image) {
        m_cache.insert(ms, image);
        ++m_fetched;
        Q_EMIT thumbnailReady(ms, image);
    });
    connect(job, &LocalThumbnailJob::pictureMissing, this, [this](qint64 ms, const QString& error) {
        m_cache.insertMissing(ms, error);
        Q_EMIT thumbnailMissing(ms, error);
    });
    connect(job, &Job::finished, this, [this, job] {
        if (job->state() == Job::State::Failed && job->error() && m_workspace)
            m_workspace->reportError(tr("Thumbnails"), *job->error());
    });
    adopt(job);
}

void ThumbnailService::adopt(Job* job) {
    m_jobs.removeIf([](const QPointer<Job>& j) { return !j || j->isFinished(); });
    m_jobs.append(job);
    // Finished jobs stay listed in the jobs panel, but only the latest few of this service.
    m_history.removeIf([](const QPointer<Job>& j) { return !j; });
    m_history.append(job);
    for (qsizetype i = 0; m_history.size() > kKeptJobs && i < m_history.size();) {
        if (m_history[i]->isFinished())
            m_history.takeAt(i)->deleteLater();
        else
            ++i;
    }
    m_workspace->jobs()->add(job);
}

bool ThumbnailService::isBusy() const {
    if (m_probing)
        return true;
    for (const QPointer<Job>& j : m_jobs)
        if (j && !j->isFinished())
            return true;
    return false;
}

} // namespace kinescope
