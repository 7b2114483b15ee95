#pragma once

#include "core/aws/credential_provider.h"

#include <QDateTime>
#include <QList>

#include <memory>

namespace kinescope {

// Base for providers whose credentials come from somewhere slow or expiring (a process, STS,
// the SSO portal): fetch() is called on the first resolve(), the result is cached until
// `refreshMarginSecs` (five minutes) before its expiration, concurrent resolve() calls while a
// fetch is running share that one fetch, and failures are not cached.
class CachingCredentialProvider : public CredentialProvider {
public:
    static constexpr qint64 kRefreshMarginSecs = 5 * 60;

    ~CachingCredentialProvider() override;

    void resolve(Callback done) final;
    void invalidate() override;

    // Number of fetches started so far (tests, diagnostics).
    int fetchCount() const { return m_fetchCount; }
    // The cached credentials, if any (still valid or not).
    bool hasCached() const { return m_cached.isValid(); }

    // The clock the cache compares expirations against; tests move it forward.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const;

protected:
    // Produce fresh credentials, now or later, by calling done exactly once (unless the
    // provider is destroyed first). Never called while another fetch is running.
    virtual void fetch(Callback done) = 0;

private:
    void onFetched(const Result<Credentials>& result);

    Credentials m_cached;
    bool m_fetching = false;
    int m_fetchCount = 0;
    QList<Callback> m_waiting;
    std::function<QDateTime()> m_clock;
    // Shared with in-flight fetch callbacks so a late callback on a destroyed provider is a
    // no-op.
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

// Timestamps in credential documents (credential_process Expiration, SSO cache expiresAt,
// AWS_CREDENTIAL_EXPIRATION): ISO 8601 with Z or an offset (a missing zone means UTC), or
// with a trailing "UTC". Invalid QDateTime when unreadable.
QDateTime parseCredentialTime(const QString& text);

} // namespace kinescope
