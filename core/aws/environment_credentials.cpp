#include "core/aws/environment_credentials.h"

#include "core/aws/caching_credential_provider.h"

namespace kinescope {

namespace {

AwsError envError(const QString& message) {
    return AwsError::make(AwsError::Kind::Credentials, QStringLiteral("PartialCredentials"),
                          message);
}

} // namespace

EnvironmentCredentialProvider::EnvironmentCredentialProvider(QProcessEnvironment env)
    : m_env(std::move(env)) {
}

bool EnvironmentCredentialProvider::isConfigured(const QProcessEnvironment& env) {
    return !env.value(QStringLiteral("AWS_ACCESS_KEY_ID")).isEmpty();
}

Result<Credentials> EnvironmentCredentialProvider::read(const QProcessEnvironment& env,
                                                        const QDateTime& now) {
    Credentials c;
    c.source = QStringLiteral("environment variables");
    c.accessKeyId = env.value(QStringLiteral("AWS_ACCESS_KEY_ID"));
    if (c.accessKeyId.isEmpty())
        return envError(QStringLiteral("AWS_ACCESS_KEY_ID is not set"));
    c.secretAccessKey = env.value(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
    if (c.secretAccessKey.isEmpty())
        return envError(
            QStringLiteral("AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not: set both "
                           "(and AWS_SESSION_TOKEN for temporary keys) or unset both"));
    for (const char* name : {"AWS_SECURITY_TOKEN", "AWS_SESSION_TOKEN"}) {
        const QString token = env.value(QLatin1String(name));
        if (!token.isEmpty()) {
            c.sessionToken = token;
            break;
        }
    }
    const QString expiry = env.value(QStringLiteral("AWS_CREDENTIAL_EXPIRATION"));
    if (!expiry.isEmpty()) {
        c.expiration = parseCredentialTime(expiry);
        if (!c.expiration.isValid())
            return envError(QStringLiteral("AWS_CREDENTIAL_EXPIRATION is not an ISO 8601 time: "
                                           "'%1'")
                                .arg(expiry));
        if (c.expiration <= now)
            return AwsError::make(
                AwsError::Kind::Credentials, QStringLiteral("ExpiredCredentials"),
                QStringLiteral("The credentials in the environment variables expired at %1 "
                               "(AWS_CREDENTIAL_EXPIRATION): set fresh AWS_ACCESS_KEY_ID, "
                               "AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN")
                    .arg(c.expiration.toString(Qt::ISODate)));
    }
    return c;
}

void EnvironmentCredentialProvider::resolve(Callback done) {
    done(read(m_env));
}

QString EnvironmentCredentialProvider::describe() const {
    return QStringLiteral("environment variables");
}

} // namespace kinescope
