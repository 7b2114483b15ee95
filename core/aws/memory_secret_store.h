#pragma once

#include "core/aws/secret_store.h"

#include <QHash>
#include <QObject>

namespace kinescope {

// SecretStore in memory. Like a real keychain it answers asynchronously (from the event
// loop), and it can be made unavailable to exercise the error paths.
class MemorySecretStore final : public QObject, public SecretStore {
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject* parent = nullptr);

    void read(const QString& key, ReadCallback done) override;
    void write(const QString& key, const QString& secret, DoneCallback done) override;
    void remove(const QString& key, DoneCallback done) override;
    QString describe() const override { return QStringLiteral("memory secret store"); }

    // While set (non-empty), every operation fails with this reason.
    void setUnavailable(const QString& reason) { m_unavailable = reason; }
    int readCount() const { return m_reads; }
    bool contains(const QString& key) const { return m_secrets.contains(key); }

private:
    AwsError unavailableError() const;

    QHash<QString, QString> m_secrets;
    QString m_unavailable;
    int m_reads = 0;
};

} // namespace kinescope
