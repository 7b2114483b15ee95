#include "emulator/credential_store.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace kinescope::emu {

namespace {

QString randomString(const char* alphabet, int length) {
    const int n = int(qstrlen(alphabet));
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(n)]));
    return out;
}

const char* kUpperAlnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const char* kSecretAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

} // namespace

CredentialStore::CredentialStore(const Scenario* scenario)
    : m_scenario(scenario) {
}

QString CredentialStore::stableId(const QString& prefix, const QString& name) {
    const QByteArray digest = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256);
    QString out = prefix;
    for (int i = 0; out.size() < prefix.size() + 17; ++i)
        out.append(QLatin1Char(kUpperAlnum[static_cast<quint8>(digest.at(i)) % 32]));
    return out;
}

const Principal* CredentialStore::find(const QString& accessKeyId) const {
    const auto issued = m_issued.constFind(accessKeyId);
    if (issued != m_issued.constEnd())
        return &issued.value();
    const AccessKeySpec* key = m_scenario->findAccessKey(accessKeyId);
    if (!key)
        return nullptr;
    Principal& p = m_users[accessKeyId];
    p.kind = Principal::Kind::User;
    p.accessKeyId = key->accessKeyId;
    p.secretAccessKey = key->secretAccessKey;
    p.accountId = m_scenario->accountId;
    p.arn = QStringLiteral("arn:aws:iam::%1:user/%2").arg(m_scenario->accountId, key->userName);
    p.userId = stableId(QStringLiteral("AIDA"), p.arn);
    p.allowedStreams = key->allowedStreams;
    return &p;
}

Principal CredentialStore::issue(Principal identity, qint64 expiresMs) {
    do {
        identity.accessKeyId = QStringLiteral("ASIA") + randomString(kUpperAlnum, 16);
    } while (m_issued.contains(identity.accessKeyId));
    identity.secretAccessKey = randomString(kSecretAlphabet, 40);
    // Real session tokens are long opaque base64 blobs; so are these.
    identity.sessionToken =
        QStringLiteral("IQoJb3JpZ2luX2VjE") + randomString(kSecretAlphabet, 340);
    identity.expiresMs = expiresMs;
    m_issued.insert(identity.accessKeyId, identity);
    return identity;
}

} // namespace kinescope::emu
