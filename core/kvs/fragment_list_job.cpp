#include "core/kvs/fragment_list_job.h"

#include "core/kvs/kvs_client.h"

#include <QDateTime>

#include <algorithm>

namespace kinescope {

FragmentListJob::FragmentListJob(KvsClient* client, StreamRef stream, FragmentSelector selector,
                                 Options options, QObject* parent)
    : Job(tr("List fragments of %1").arg(stream.display()), parent)
    , m_client(client)
    , m_stream(std::move(stream))
    , m_selector(selector)
    , m_options(std::move(options))
    , m_index(selector.type)
{
}

FragmentListJob::~FragmentListJob()
{
    *m_alive = false;
}

void FragmentListJob::doStart()
{
    if (!m_stream.isValid()) {
        fail(AwsError::make(AwsError::Kind::Usage, QStringLiteral("InvalidArgument"),
                            tr("Name the stream by its name or its ARN (exactly one).")));
        return;
    }
    if (m_selector.endMs < m_selector.startMs) {
        fail(AwsError::make(AwsError::Kind::Usage, QStringLiteral("InvalidArgument"),
                            tr("The end of the time range is before its start.")));
        return;
    }

    QList<TimeInterval> toList{{m_selector.startMs, m_selector.endMs}};
    planShards(toList);
    updateProgress();
    if (m_shards.isEmpty()) {
        succeed();
        return;
    }
    pump();
}

void FragmentListJob::planShards(const QList<TimeInterval>& ranges)
{
    qint64 total = 0;
    for (const TimeInterval& r : ranges)
        total += std::max<qint64>(1, r.durationMs());
    // Enough shards to keep `concurrency` calls busy, none longer than shardMs.
    const qint64 span = std::max<qint64>(
        {total / std::max(1, m_options.maxShards), qint64(60 * 1000),
         std::min<qint64>(m_options.shardMs, total / std::max(1, m_options.concurrency) + 1)});
    for (const TimeInterval& r : ranges) {
        for (qint64 s = r.startMs; s <= r.endMs; s += span) {
            const qint64 e = std::min(r.endMs, s + span);
            m_shards.append(Shard{s, e, {}, false});
            m_listed.append({s, e});
            if (e == r.endMs)
                break;
        }
    }
}

void FragmentListJob::pump()
{
    while (!m_canceled && m_inFlight < m_options.concurrency && m_next < m_shards.size()) {
        ++m_inFlight;
        fetchPage(m_next++, QString());
    }
}

void FragmentListJob::fetchPage(int shardIndex, const QString& token)
{
    const Shard& shard = m_shards[shardIndex];
    FragmentSelector selector = m_selector;
    selector.startMs = shard.startMs;
    selector.endMs = shard.endMs;
    m_client->listFragments(
        m_stream, selector, m_options.pageSize, token, this,
        [this, shardIndex](const Result<Page<Fragment>>& page) {
            if (m_canceled || isFinished())
                return;
            if (!page) {
                m_canceled = true; // stop the other shards: one failure fails the listing
                fail(page.error());
                return;
            }
            ++m_pages;
            if (!page->items.isEmpty()) {
                m_index.addPage(page->items);
                if (m_options.store)
                    m_shards[shardIndex].fetched += page->items;
                Q_EMIT fragmentsAdded(int(page->items.size()));
            }
            // An empty page that still carries a token is not the end.
            if (!page->nextToken.isEmpty()) {
                fetchPage(shardIndex, page->nextToken);
                updateProgress();
                return;
            }
            onShardDone(shardIndex);
        });
}

void FragmentListJob::onShardDone(int shardIndex)
{
    m_shards[shardIndex].done = true;
    --m_inFlight;
    ++m_done;
    updateProgress();
    if (m_done == m_shards.size()) {
        succeed();
        return;
    }
    pump();
}

void FragmentListJob::updateProgress()
{
    reportProgress(m_done, m_shards.size(),
                   tr("%n fragment(s) in %1 of %2 time ranges", nullptr, int(m_index.size()))
                       .arg(m_done)
                       .arg(m_shards.size()));
}

void FragmentListJob::doCancel()
{
    m_canceled = true;
}

} // namespace kinescope
