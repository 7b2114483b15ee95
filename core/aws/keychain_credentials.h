#pragma once

#include "core/aws/caching_credential_provider.h"
#include "core/aws/secret_store.h"

#include <QList>

class QSettings;

namespace kinescope {

// A profile the user added in the app. The caller keeps this non-secret part (QSettings in
// the app); the secret access key lives in a SecretStore (the OS keychain) under
// secretKeyName().
struct AppProfile {
    QString name;
    QString accessKeyId;
    QString region;      // optional, like `region` in a profile
    QString endpointUrl; // optional, like `endpoint_url` in a profile

    QString secretKeyName() const {
        return QStringLiteral("aws-profile/%1/aws_secret_access_key").arg(name);
    }
};

// The non-secret part of app profiles in QSettings, as the array "awsProfiles" (name,
// accessKeyId, region, endpointUrl). Secrets never go there.
QList<AppProfile> loadAppProfiles(QSettings& settings);
void saveAppProfiles(QSettings& settings, const QList<AppProfile>& profiles);

// Credentials of an AppProfile: the key id from the profile, the secret read from the store
// (asynchronously, once; invalidate() reads it again).
class KeychainCredentialProvider final : public CachingCredentialProvider {
public:
    KeychainCredentialProvider(AppProfile profile, SecretStorePtr store);

    QString describe() const override;
    const AppProfile& profile() const { return m_profile; }

    // Saves/removes the secret of `profile` in `store` (for the profile editor).
    static void storeSecret(SecretStore& store, const AppProfile& profile, const QString& secret,
                            SecretStore::DoneCallback done);
    static void removeSecret(SecretStore& store, const AppProfile& profile,
                             SecretStore::DoneCallback done);

protected:
    void fetch(Callback done) override;

private:
    AppProfile m_profile;
    SecretStorePtr m_store;
};

} // namespace kinescope
