#pragma once

#include "core/kvs/fragment_index.h"
#include "core/kvs/fragment_list_job.h"
#include "core/kvs/kvs_types.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace kinescope {

class FragmentStore;
class Workspace;

// Opens a stream for review: switches ReviewState to it, fetches its details (DescribeStream)
// and lists the fragments of the loaded range with a FragmentListJob in the workspace's job
// registry, feeding ReviewState page by page. The local fragment cache (FragmentStore under
// the workspace's cache directory) answers what was listed before.
class ReviewLoader : public QObject {
    Q_OBJECT

public:
    static constexpr qint64 kDefaultRangeMs = 24 * 3600 * 1000LL;

    explicit ReviewLoader(Workspace* workspace, QObject* parent = nullptr);
    ~ReviewLoader() override;

    // The range loaded when a stream is opened (--start/--end); unset: the last 24 hours.
    void setDefaultRange(std::optional<TimeInterval> range) { m_defaultRange = range; }
    std::optional<TimeInterval> defaultRange() const { return m_defaultRange; }
    // The range open() uses now: the default range, or the 24 hours up to now.
    TimeInterval rangeToLoad() const;

    // Opens the stream over rangeToLoad() (or `range` when given and not empty).
    void open(const StreamRef& stream, TimeInterval range = {});
    // Lists the current stream again over its loaded range.
    void reload();
    void cancel();
    bool isLoading() const;
    FragmentListJob* currentJob() const { return m_job; }

Q_SIGNALS:
    void loadStarted(const kinescope::StreamRef& stream);
    // ok: the listing completed (possibly with no fragments).
    void loadFinished(bool ok);

private:
    FragmentStore* store();
    void startListing(const StreamRef& stream, TimeInterval range);
    void onJobFinished(FragmentListJob* job);

    Workspace* m_workspace;
    std::optional<TimeInterval> m_defaultRange;
    QPointer<FragmentListJob> m_job;
    std::unique_ptr<FragmentStore> m_store;
    QString m_storePath;
    bool m_storeFailed = false;
};

} // namespace kinescope
