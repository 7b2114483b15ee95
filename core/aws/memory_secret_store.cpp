#include "core/aws/memory_secret_store.h"

#include <QTimer>

namespace kinescope {

MemorySecretStore::MemorySecretStore(QObject* parent)
    : QObject(parent) {
}

AwsError MemorySecretStore::unavailableError() const {
    return AwsError::make(AwsError::Kind::Credentials, QStringLiteral("SecretStoreUnavailable"),
                          m_unavailable);
}

void MemorySecretStore::read(const QString& key, ReadCallback done) {
    ++m_reads;
    Result<std::optional<QString>> result = std::optional<QString>();
    if (!m_unavailable.isEmpty())
        result = unavailableError();
    else if (m_secrets.contains(key))
        result = std::optional<QString>(m_secrets.value(key));
    QTimer::singleShot(0, this, [done = std::move(done), result]() { done(result); });
}

void MemorySecretStore::write(const QString& key, const QString& secret, DoneCallback done) {
    Status result = Done{};
    if (!m_unavailable.isEmpty())
        result = unavailableError();
    else
        m_secrets.insert(key, secret);
    QTimer::singleShot(0, this, [done = std::move(done), result]() { done(result); });
}

void MemorySecretStore::remove(const QString& key, DoneCallback done) {
    Status result = Done{};
    if (!m_unavailable.isEmpty())
        result = unavailableError();
    else
        m_secrets.remove(key);
    QTimer::singleShot(0, this, [done = std::move(done), result]() { done(result); });
}

} // namespace kinescope
