#include "core/aws/keychain_credentials.h"

#include <QSettings>

namespace kinescope {

KeychainCredentialProvider::KeychainCredentialProvider(AppProfile profile, SecretStorePtr store)
    : m_profile(std::move(profile))
    , m_store(std::move(store)) {
}

QString KeychainCredentialProvider::describe() const {
    return QStringLiteral("app profile '%1' (%2)")
        .arg(m_profile.name, m_store ? m_store->describe() : QStringLiteral("no secret store"));
}

void KeychainCredentialProvider::storeSecret(SecretStore& store, const AppProfile& profile,
                                             const QString& secret,
                                             SecretStore::DoneCallback done) {
    store.write(profile.secretKeyName(), secret, std::move(done));
}

void KeychainCredentialProvider::removeSecret(SecretStore& store, const AppProfile& profile,
                                              SecretStore::DoneCallback done) {
    store.remove(profile.secretKeyName(), std::move(done));
}

void KeychainCredentialProvider::fetch(Callback done) {
    auto fail = [&](const QString& type, const QString& message) {
        done(AwsError::make(AwsError::Kind::Credentials, type, message));
    };
    if (m_profile.accessKeyId.isEmpty())
        return fail(QStringLiteral("PartialCredentials"),
                    QStringLiteral("The profile '%1' has no access key id: edit the profile and "
                                   "enter it")
                        .arg(m_profile.name));
    if (!m_store)
        return fail(QStringLiteral("SecretStoreUnavailable"),
                    QStringLiteral("The profile '%1' keeps its secret key in the OS keychain, "
                                   "which is not available here")
                        .arg(m_profile.name));
    const AppProfile profile = m_profile;
    const QString storeName = m_store->describe();
    const QString source = describe();
    m_store->read(profile.secretKeyName(), [done, profile, storeName,
                                            source](const Result<std::optional<QString>>& r) {
        if (!r) {
            AwsError e = r.error();
            e.kind = AwsError::Kind::Credentials;
            e.message = QStringLiteral("Reading the secret key of profile '%1' from the %2 "
                                       "failed: %3")
                            .arg(profile.name, storeName, e.message);
            return done(e);
        }
        if (!r.value() || r.value()->isEmpty())
            return done(AwsError::make(
                AwsError::Kind::Credentials, QStringLiteral("PartialCredentials"),
                QStringLiteral("The profile '%1' has access key id %2 but its secret key is not "
                               "in the %3: edit the profile and enter the secret key again")
                    .arg(profile.name, profile.accessKeyId, storeName)));
        Credentials c;
        c.accessKeyId = profile.accessKeyId;
        c.secretAccessKey = *r.value();
        c.source = source;
        done(c);
    });
}

QList<AppProfile> loadAppProfiles(QSettings& settings) {
    QList<AppProfile> out;
    const int n = settings.beginReadArray(QStringLiteral("awsProfiles"));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        AppProfile p;
        p.name = settings.value(QStringLiteral("name")).toString();
        p.accessKeyId = settings.value(QStringLiteral("accessKeyId")).toString();
        p.region = settings.value(QStringLiteral("region")).toString();
        p.endpointUrl = settings.value(QStringLiteral("endpointUrl")).toString();
        if (!p.name.isEmpty())
            out.append(p);
    }
    settings.endArray();
    return out;
}

void saveAppProfiles(QSettings& settings, const QList<AppProfile>& profiles) {
    settings.remove(QStringLiteral("awsProfiles"));
    settings.beginWriteArray(QStringLiteral("awsProfiles"), int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        settings.setArrayIndex(i);
        const AppProfile& p = profiles.at(i);
        settings.setValue(QStringLiteral("name"), p.name);
        settings.setValue(QStringLiteral("accessKeyId"), p.accessKeyId);
        settings.setValue(QStringLiteral("region"), p.region);
        settings.setValue(QStringLiteral("endpointUrl"), p.endpointUrl);
    }
    settings.endArray();
}

} // namespace kinescope
