#pragma once

#include "core/aws/credential_provider.h"

#include <QProcessEnvironment>

namespace kinescope {

// AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN (or the older
// AWS_SECURITY_TOKEN), AWS_CREDENTIAL_EXPIRATION — botocore's EnvProvider.
class EnvironmentCredentialProvider final : public CredentialProvider {
public:
    explicit EnvironmentCredentialProvider(QProcessEnvironment env);

    // True when AWS_ACCESS_KEY_ID is set and not empty (what makes the CLI use this source).
    static bool isConfigured(const QProcessEnvironment& env);
    // The credentials the variables describe; errors name the variable that is wrong.
    static Result<Credentials> read(const QProcessEnvironment& env,
                                    const QDateTime& now = QDateTime::currentDateTimeUtc());

    void resolve(Callback done) override;
    QString describe() const override;

private:
    QProcessEnvironment m_env;
};

} // namespace kinescope
