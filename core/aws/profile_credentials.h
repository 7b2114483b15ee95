#pragma once

#include "core/aws/credential_provider.h"
#include "core/aws/profile_config.h"

namespace kinescope {

// Long-term (or pasted temporary) keys written in a profile: aws_access_key_id,
// aws_secret_access_key and aws_session_token (or the older aws_security_token) — botocore's
// SharedCredentialProvider (credentials file) and ConfigProvider (config file).
class ProfileCredentials {
public:
    // Whether the section names an access key (what makes the CLI use it).
    static bool hasAccessKey(const ProfileConfig::Section& section);
    // The keys, or an error naming the profile, the file and the missing key.
    static Result<Credentials> read(const QString& profile, const ProfileConfig::Section& section);
    // A provider handing out those keys (or the error on every resolve()).
    static CredentialProviderPtr provider(const QString& profile,
                                          const ProfileConfig::Section& section);
};

// A provider that only ever fails with one error: used where the configuration is broken, so
// the error surfaces on the first request with the reason rather than as "no credentials".
class FailingCredentialProvider final : public CredentialProvider {
public:
    FailingCredentialProvider(AwsError error, QString description);
    void resolve(Callback done) override;
    QString describe() const override { return m_description; }
    const AwsError& error() const { return m_error; }

private:
    AwsError m_error;
    QString m_description;
};

} // namespace kinescope
