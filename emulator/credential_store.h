#pragma once

#include "emulator/scenario.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace kinescope::emu {

// Who a request's credentials belong to.
struct Principal {
    enum class Kind { User, AssumedRole, SsoRole };
    Kind kind = Kind::User;
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken; // empty for long-term keys
    qint64 expiresMs = 0; // 0 = never
    QString accountId;
    QString
        arn; // arn:aws:iam::<acct>:user/<name> or arn:aws:sts::<acct>:assumed-role/<role>/<session>
    QString userId;             // AIDA... or AROA...:<session>
    QStringList allowedStreams; // empty = all

    bool isTemporary() const { return !sessionToken.isEmpty(); }
    bool mayAccessStream(const QString& name) const {
        return allowedStreams.isEmpty() || allowedStreams.contains(name);
    }
};

// The scenario's long-term keys plus the temporary credentials the emulator issued
// (AssumeRole, SSO GetRoleCredentials).
class CredentialStore {
public:
    explicit CredentialStore(const Scenario* scenario);

    // nullptr when the key is unknown.
    const Principal* find(const QString& accessKeyId) const;

    // Issues new temporary credentials (ASIA... key, secret, session token) that expire at
    // expiresMs; fills accessKeyId, secretAccessKey and sessionToken of `identity`.
    Principal issue(Principal identity, qint64 expiresMs);

    // Stable pseudo-random IDs derived from a name ("AIDA" + 17 chars, "AROA" + 17 chars).
    static QString stableId(const QString& prefix, const QString& name);

private:
    const Scenario* m_scenario;
    mutable QHash<QString, Principal> m_users; // built from the scenario on demand
    QHash<QString, Principal> m_issued;
};

} // namespace kinescope::emu
