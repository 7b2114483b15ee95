#pragma once

#include "core/aws/secret_store.h"

#include <QObject>

namespace kinescope {

// SecretStore on the OS keychain through QtKeychain (Secret Service / KWallet on Linux,
// Keychain on macOS, Credential Manager on Windows). Entries live under `service`
// ("Kinescope" by default) and the key given. No insecure plaintext fallback.
class QtKeychainStore final : public QObject, public SecretStore {
    Q_OBJECT
public:
    explicit QtKeychainStore(QString service = QStringLiteral("Kinescope"),
                             QObject* parent = nullptr);

    void read(const QString& key, ReadCallback done) override;
    void write(const QString& key, const QString& secret, DoneCallback done) override;
    void remove(const QString& key, DoneCallback done) override;
    QString describe() const override { return QStringLiteral("OS keychain"); }

    const QString& service() const { return m_service; }

private:
    QString m_service;
};

} // namespace kinescope
