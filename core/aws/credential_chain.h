#pragma once

#include "core/aws/credential_client_factory.h"
#include "core/aws/credential_provider.h"
#include "core/aws/keychain_credentials.h"
#include "core/aws/profile_config.h"

#include <QProcessEnvironment>
#include <QStringList>

namespace kinescope {

// Picks the credential source the AWS CLI v2 would use (botocore's default resolver chain),
// from the configuration alone:
//   1. environment variables (AWS_ACCESS_KEY_ID, ...) — skipped when --profile was given;
//   2. role_arn in the profile (with source_profile or credential_source) → STS AssumeRole;
//   3. (web identity: not supported — an error says so);
//   4. sso_account_id / sso_role_name (legacy or sso_session) → SSO portal;
//   5. aws_access_key_id in the credentials file's [profile];
//   6. credential_process;
//   7. aws_access_key_id in the config file's [profile x];
//   8. (Kinescope) a profile added in the app, when no file defines that name.
// Source profiles of roles are resolved the same way without the environment, static keys
// before role_arn, with cycle detection. Problems in the configuration produce a provider that
// fails with a message naming the profile; no applicable source produces one that fails with
// a Credentials error listing what was tried. Never returns null.
class CredentialChain {
public:
    struct Options {
        QString profile = QStringLiteral("default"); // resolved profile name
        bool profileFromOption = false; // --profile given: environment keys are not used
        QProcessEnvironment environment;
        std::shared_ptr<const ProfileConfig> config; // may be null (no files)
        QList<AppProfile> appProfiles;
        SecretStorePtr secretStore;
        QString stsRegion; // region for AssumeRole calls (the session's region)
        CredentialClientFactory clientFactory;
    };

    static CredentialProviderPtr build(const Options& options);

private:
    explicit CredentialChain(const Options& options);

    // nullptr: the profile defines no credentials (reason appended to m_tried).
    CredentialProviderPtr forProfile(const QString& name, bool asSource);
    CredentialProviderPtr assumeRole(const QString& name, const ProfileConfig::Section& profile);
    CredentialProviderPtr sso(const QString& name, const ProfileConfig::Section& profile);
    CredentialProviderPtr sourceProfile(const QString& parent, const QString& source);
    CredentialProviderPtr fail(AwsError::Kind kind, const QString& type, const QString& message,
                               const QString& name) const;
    const AppProfile* appProfile(const QString& name) const;
    QString filesLabel() const;

    const Options& m_options;
    QStringList m_visited; // profiles on the current source_profile path
    QStringList m_tried;
};

} // namespace kinescope
