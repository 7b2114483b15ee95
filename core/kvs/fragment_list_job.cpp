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
    , m_index(selector.type) {
}

FragmentListJob::~FragmentListJob() {
    *m_alive = false;
}

void FragmentListJob::doStart() {
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

    m_startedAtMs = QDateTime::currentMSecsSinceEpoch();
    if (!m_options.store || !m_options.store->isOpen()) {
        startListing();
        return;
    }
    // The store is keyed by stream ARN: learn it first when the stream was named.
    if (!m_stream.arn.isEmpty()) {
        startListing();
        return;
    }
    m_client->describeStream(m_stream, this, [this](const Result<StreamInfo>& info) {
        if (isFinished())
            return;
        if (!info) {
            fail(info.error());
            return;
        }
        m_storeKey.streamArn = info->streamArn;
        startListing();
    });
}

void FragmentListJob::startListing() {
    // ListFragments ranges include both ends; the store works on [t0, t1).
    const TimeInterval wanted{m_selector.startMs, m_selector.endMs + 1};
    QList<TimeInterval> toList{wanted};
    if (m_options.store && m_options.store->isOpen()) {
        m_storeKey.profile = m_options.profile;
        m_storeKey.region = m_options.region;
        m_storeKey.timestampType = m_selector.type;
        if (m_storeKey.streamArn.isEmpty())
            m_storeKey.streamArn = m_stream.arn;
        const auto missing = m_options.store->missingRanges(
            m_storeKey, wanted.startMs, wanted.endMs, m_startedAtMs, m_options.openTailMs);
        const auto known = m_options.store->load(m_storeKey, wanted.startMs, wanted.endMs);
        if (missing && known) {
            toList = *missing;
            m_fromStore = known->size();
            if (!known->isEmpty()) {
                m_index.addPage(*known);
                Q_EMIT fragmentsAdded(int(known->size()));
                Q_EMIT pageAdded(*known);
            }
        } else {
            m_warnings << (missing ? known.error() : missing.error()).userMessage();
        }
    }
    for (TimeInterval& r : toList)
        r.endMs -= 1; // back to inclusive ends
    planShards(toList);
    updateProgress();
    if (m_shards.isEmpty()) {
        succeed();
        return;
    }
    pump();
}

void FragmentListJob::planShards(const QList<TimeInterval>& ranges) {
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

void FragmentListJob::pump() {
    while (!m_canceled && m_inFlight < m_options.concurrency && m_next < m_shards.size()) {
        ++m_inFlight;
        fetchPage(m_next++, QString());
    }
}

void FragmentListJob::fetchPage(int shardIndex, const QString& token) {
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
                Q_EMIT pageAdded(page->items);
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

void FragmentListJob::onShardDone(int shardIndex) {
    Shard& shard = m_shards[shardIndex];
    shard.done = true;
    if (m_options.store && m_options.store->isOpen() && !m_storeKey.streamArn.isEmpty()) {
        // What is within the open tail of when the listing started stays "not listed".
        const Status saved =
            m_options.store->save(m_storeKey, {shard.startMs, shard.endMs + 1}, shard.fetched,
                                  m_startedAtMs - m_options.openTailMs);
        if (!saved)
            m_warnings << saved.error().userMessage();
        shard.fetched.clear();
        shard.fetched.squeeze();
    }
    --m_inFlight;
    ++m_done;
    updateProgress();
    if (m_done == m_shards.size()) {
        succeed();
        return;
    }
    pump();
}

void FragmentListJob::updateProgress() {
    reportProgress(m_done, m_shards.size(),
                   tr("%n fragment(s) in %1 of %2 time ranges", nullptr, int(m_index.size()))
                       .arg(m_done)
                       .arg(m_shards.size()));
}

void FragmentListJob::doCancel() {
    m_canceled = true;
    m_client->aws()->abortCalls(this); // in-flight ListFragments calls
}

} // namespace kinescope
