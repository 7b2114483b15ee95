#pragma once

#include "core/util/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>

namespace kinescope {

// KVS data-plane endpoints returned by GetDataEndpoint, per stream and API name. Concurrent
// requests for the same key share one GetDataEndpoint call; an entry is dropped when a call on
// it fails so the next call asks again.
class DataEndpointCache {
public:
    using Callback = std::function<void(const Result<QUrl>&)>;
    using Fetch = std::function<void(Callback)>;

    // Calls done with the cached endpoint, or runs fetch once for all waiters.
    void get(const QString& streamKey, const QString& apiName, const Fetch& fetch, Callback done);
    void invalidate(const QString& streamKey, const QString& apiName);
    bool contains(const QString& streamKey, const QString& apiName) const;
    int fetches() const { return m_fetches; }

private:
    static QString key(const QString& streamKey, const QString& apiName) {
        return apiName + QLatin1Char('\n') + streamKey;
    }

    QHash<QString, QUrl> m_endpoints;
    QHash<QString, QList<Callback>> m_waiting;
    int m_fetches = 0;
};

} // namespace kinescope
