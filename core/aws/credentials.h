#pragma once

#include <QDateTime>
#include <QString>

namespace kinescope {

struct Credentials {
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken; // empty for long-term keys
    QDateTime expiration; // invalid = does not expire
    QString source;       // human readable origin, e.g. "profile dev (credential_process)"

    bool isValid() const { return !accessKeyId.isEmpty() && !secretAccessKey.isEmpty(); }
    // True when the credentials expire within `marginSecs` of `now`.
    bool expiresWithin(qint64 marginSecs,
                       const QDateTime& now = QDateTime::currentDateTimeUtc()) const {
        return expiration.isValid() && now.secsTo(expiration) <= marginSecs;
    }
};

} // namespace kinescope
