#pragma once

#include "core/aws/caching_credential_provider.h"

#include <QPointer>
#include <QProcessEnvironment>
#include <QStringList>

class QProcess;

namespace kinescope {

// `credential_process` in a profile (botocore's ProcessProvider): runs the command (split like
// a POSIX shell, no shell involved) asynchronously, reads JSON Version 1 from its stdout
// (AccessKeyId, SecretAccessKey, SessionToken, Expiration), caches the result until five
// minutes before Expiration and runs the command again after that. A non-zero exit is an error
// that carries the command's stderr; bad output is an error naming the profile.
class ProcessCredentialProvider final : public CachingCredentialProvider {
public:
    static constexpr int kTimeoutMs = 5 * 60 * 1000;

    ProcessCredentialProvider(QString profile, QString commandLine, QProcessEnvironment env);
    ~ProcessCredentialProvider() override;

    QString describe() const override;

    // Parses what the process printed (never quotes the output itself in errors).
    static Result<Credentials> parseOutput(const QByteArray& output, const QString& profile,
                                           const QDateTime& now = QDateTime::currentDateTimeUtc());

protected:
    void fetch(Callback done) override;

private:
    AwsError error(const QString& type, const QString& what) const;

    QString m_profile;
    QString m_commandLine;
    QProcessEnvironment m_env;
    QPointer<QProcess> m_process;
};

} // namespace kinescope
