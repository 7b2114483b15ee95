#include "core/aws/caching_credential_provider.h"

namespace kinescope {

CachingCredentialProvider::~CachingCredentialProvider() {
    *m_alive = false;
}

QDateTime CachingCredentialProvider::now() const {
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void CachingCredentialProvider::resolve(Callback done) {
    if (m_cached.isValid() && !m_cached.expiresWithin(kRefreshMarginSecs, now())) {
        done(m_cached);
        return;
    }
    m_waiting.append(std::move(done));
    if (m_fetching)
        return;
    m_fetching = true;
    ++m_fetchCount;
    std::weak_ptr<bool> alive = m_alive;
    fetch([this, alive](const Result<Credentials>& result) {
        auto flag = alive.lock();
        if (!flag || !*flag)
            return;
        onFetched(result);
    });
}

void CachingCredentialProvider::invalidate() {
    m_cached = Credentials();
}

void CachingCredentialProvider::onFetched(const Result<Credentials>& result) {
    m_fetching = false;
    if (result.ok())
        m_cached = result.value();
    else
        m_cached = Credentials();
    // Callbacks may resolve() again or drop the last reference to this provider: take the
    // list first and do not touch members afterwards.
    const QList<Callback> waiting = std::exchange(m_waiting, {});
    for (const Callback& cb : waiting)
        cb(result);
}

QDateTime parseCredentialTime(const QString& text) {
    QString s = text.trimmed();
    bool forceUtc = false;
    if (s.endsWith(QLatin1String("UTC"))) {
        s.chop(3);
        s = s.trimmed();
        forceUtc = true;
    }
    s.replace(QLatin1Char(' '), QLatin1Char('T'));
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    if (forceUtc || t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), Qt::UTC);
    return t.toUTC();
}

} // namespace kinescope
