#include "core/kvs/data_endpoint_cache.h"

namespace kinescope {

void DataEndpointCache::get(const QString& streamKey, const QString& apiName, const Fetch& fetch,
                            Callback done) {
    const QString k = key(streamKey, apiName);
    const auto it = m_endpoints.constFind(k);
    if (it != m_endpoints.constEnd()) {
        done(*it);
        return;
    }
    auto waiting = m_waiting.find(k);
    if (waiting != m_waiting.end()) {
        waiting->append(std::move(done));
        return;
    }
    m_waiting.insert(k, {std::move(done)});
    ++m_fetches;
    fetch([this, k](const Result<QUrl>& url) {
        if (url)
            m_endpoints.insert(k, *url);
        const QList<Callback> callbacks = m_waiting.take(k);
        for (const Callback& cb : callbacks)
            cb(url);
    });
}

void DataEndpointCache::invalidate(const QString& streamKey, const QString& apiName) {
    m_endpoints.remove(key(streamKey, apiName));
}

bool DataEndpointCache::contains(const QString& streamKey, const QString& apiName) const {
    return m_endpoints.contains(key(streamKey, apiName));
}

} // namespace kinescope
