#pragma once

#include "core/jobs/job.h"
#include "core/kvs/fragment_index.h"
#include "core/kvs/fragment_store.h"
#include "core/kvs/kvs_types.h"

#include <QList>

#include <memory>

namespace kinescope {

class KvsClient;
class FragmentStore;

// Lists every fragment of a stream in a time range into a FragmentIndex. The range is split
// into time shards fetched concurrently (the client-side ListFragments budget keeps the calls
// within the per-stream quota); pages stream into the index as they arrive. With a
// FragmentStore, only what is not known yet is listed (never-listed ranges and the open tail)
// and what was listed is saved.
class FragmentListJob : public Job {
    Q_OBJECT
public:
    struct Options {
        qint64 shardMs = 6 * 3600 * 1000LL; // at most this much time per shard
        int maxShards = 64;
        int concurrency = 4;                  // shards in flight at once
        int pageSize = 1000;                  // ListFragments MaxResults
        FragmentStore* store = nullptr;       // not owned; null = no persistent cache
        QString profile;                      // for the store key (with the endpoint if overridden)
        QString region;                       // for the store key
        qint64 openTailMs = 15 * 60 * 1000LL; // always re-list this close to now
    };

    FragmentListJob(KvsClient* client, StreamRef stream, FragmentSelector selector, Options options,
                    QObject* parent = nullptr);
    ~FragmentListJob() override;

    const FragmentIndex& index() const { return m_index; }
    FragmentIndex& index() { return m_index; }
    const StreamRef& stream() const { return m_stream; }
    const FragmentSelector& selector() const { return m_selector; }
    int pagesFetched() const { return m_pages; }
    // The time ranges that were fetched from AWS (after subtracting what the store knew).
    const QList<TimeInterval>& listedRanges() const { return m_listed; }
    // Fragments that came from the local store instead of AWS.
    qsizetype fragmentsFromStore() const { return m_fromStore; }
    // Problems that did not stop the listing (e.g. the cache could not be written).
    const QStringList& warnings() const { return m_warnings; }

Q_SIGNALS:
    // Emitted after each page was merged into the index.
    void fragmentsAdded(int count);
    // The same page's fragments (as listed, possibly repeating ones seen before), for views
    // that show the listing while it runs (the review desk feeds ReviewState with them).
    void pageAdded(const QList<kinescope::Fragment>& page);

protected:
    void doStart() override;
    void doCancel() override;

private:
    struct Shard {
        qint64 startMs;
        qint64 endMs;
        QList<Fragment> fetched; // kept only when a store needs saving
        bool done = false;
    };

    void startListing();
    void planShards(const QList<TimeInterval>& ranges);
    void pump();
    void fetchPage(int shard, const QString& token);
    void onShardDone(int shard);
    void updateProgress();

    KvsClient* m_client;
    StreamRef m_stream;
    FragmentSelector m_selector;
    Options m_options;
    FragmentIndex m_index;
    QList<Shard> m_shards;
    QList<TimeInterval> m_listed;
    QStringList m_warnings;
    FragmentStoreKey m_storeKey;
    qint64 m_startedAtMs = 0;
    qsizetype m_fromStore = 0;
    int m_next = 0;
    int m_inFlight = 0;
    int m_done = 0;
    int m_pages = 0;
    bool m_canceled = false;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace kinescope
