#include "ui/desk/review_loader.h"

#include "core/aws/aws_client.h"
#include "core/jobs/job_registry.h"
#include "core/kvs/fragment_list_job.h"
#include "core/kvs/fragment_store.h"
#include "core/kvs/kvs_client.h"
#include "core/review/review_state.h"
#include "core/review/workspace.h"
#include "core/util/time_format.h"

#include <QDateTime>
#include <QDir>

namespace kinescope {

ReviewLoader::ReviewLoader(Workspace* workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace) {
    connect(workspace, &Workspace::connectionChanged, this, &ReviewLoader::cancel);
}

ReviewLoader::~ReviewLoader() {
    cancel();
}

TimeInterval ReviewLoader::rangeToLoad() const {
    if (m_defaultRange && !m_defaultRange->isEmpty())
        return *m_defaultRange;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return {now - kDefaultRangeMs, now};
}

bool ReviewLoader::isLoading() const {
    return m_job && !m_job->isFinished();
}

void ReviewLoader::cancel() {
    if (m_job && !m_job->isFinished())
        m_job->cancel();
}

FragmentStore* ReviewLoader::store() {
    const QString path = QDir(m_workspace->cacheDir()).filePath(QStringLiteral("fragments.sqlite"));
    if (m_store && m_storePath == path)
        return m_store->isOpen() ? m_store.get() : nullptr;
    m_store = std::make_unique<FragmentStore>();
    m_storePath = path;
    const Status opened = m_store->open(path);
    if (!opened) {
        m_workspace->reportError(tr("Opening the fragment cache"), opened.error());
        return nullptr;
    }
    return m_store.get();
}

void ReviewLoader::open(const StreamRef& stream, TimeInterval range) {
    cancel();
    ReviewState* review = m_workspace->review();
    if (!m_workspace->isConnected() || !stream.isValid()) {
        review->setStream({});
        return;
    }
    if (range.isEmpty())
        range = rangeToLoad();
    review->setStream(stream);
    review->setLoadedRange(range);
    review->setVisibleRange(range);
    review->setPlayheadMs(range.startMs);

    m_workspace->kvs()->describeStream(
        stream, this, [this, stream](const Result<StreamInfo>& info) {
            ReviewState* r = m_workspace->review();
            if (r->stream().key() != stream.key())
                return;
            if (!info) {
                m_workspace->reportError(tr("Describing stream %1").arg(stream.display()),
                                         info.error());
                return;
            }
            r->setStreamInfo(*info);
        });
    startListing(stream, range);
}

void ReviewLoader::reload() {
    ReviewState* review = m_workspace->review();
    if (!review->hasStream())
        return;
    const StreamRef stream = review->stream();
    const TimeInterval range = review->loadedRange();
    cancel();
    review->clearFragments();
    startListing(stream, range.isEmpty() ? rangeToLoad() : range);
}

void ReviewLoader::startListing(const StreamRef& stream, TimeInterval range) {
    ReviewState* review = m_workspace->review();
    FragmentListJob::Options options;
    options.store = store();
    options.profile = m_workspace->cacheProfileKey();
    options.region = m_workspace->aws()->region();
    // ListFragments takes inclusive ends; the review works on [start, end).
    const FragmentSelector selector{review->clock(), range.startMs, range.endMs - 1};
    auto* job = new FragmentListJob(m_workspace->kvs(), stream, selector, options, this);
    m_job = job;
    connect(job, &FragmentListJob::pageAdded, this,
            [this, key = stream.key()](const QList<Fragment>& page) {
                ReviewState* r = m_workspace->review();
                if (r->stream().key() == key)
                    r->addFragments(page);
            });
    connect(job, &Job::finished, this, [this, job] { onJobFinished(job); });
    Q_EMIT loadStarted(stream);
    m_workspace->jobs()->add(job);
}

void ReviewLoader::onJobFinished(FragmentListJob* job) {
    const bool current = job == m_job;
    for (const QString& warning : job->warnings())
        m_workspace->reportInfo(warning);
    const StreamRef stream = job->stream();
    const FragmentSelector sel = job->selector();
    const qsizetype count = job->index().size();
    // ReviewState holds its own copy; the job's index would only double the memory.
    job->index().clear();
    job->index().squeeze();
    if (job->state() == Job::State::Failed && job->error()) {
        m_workspace->reportError(tr("Listing fragments of %1").arg(stream.display()),
                                 *job->error());
    } else if (job->state() == Job::State::Succeeded) {
        if (count == 0)
            m_workspace->reportInfo(
                tr("%1 has no fragments between %2 and %3. Pick another "
                   "time range, or check that the camera is sending.")
                    .arg(stream.display(), formatIsoUtcMs(sel.startMs), formatIsoUtcMs(sel.endMs)));
        else
            m_workspace->reportInfo(
                tr("%n fragment(s) of %1 loaded", nullptr, int(count)).arg(stream.display()));
    }
    if (current)
        Q_EMIT loadFinished(job->state() == Job::State::Succeeded);
}

} // namespace kinescope
