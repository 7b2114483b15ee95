#pragma once

#include "core/aws/aws_client.h"
#include "core/aws/credential_provider.h"
#include "core/aws/endpoint_resolver.h"
#include "core/aws/keychain_credentials.h"
#include "core/aws/profile_config.h"
#include "core/aws/secret_store.h"

#include <QList>
#include <QPointer>
#include <QProcessEnvironment>

class QNetworkAccessManager;

namespace kinescope {

// What the user asked for (command-line options, or the app's profile picker) plus the
// environment to read. This is the only input the AWS configuration comes from.
struct AwsSettingsInput {
    QString profile;     // --profile; empty: AWS_PROFILE, AWS_DEFAULT_PROFILE, then "default"
    QString region;      // --region
    QString endpointUrl; // --endpoint-url (applies to the command's services, not to STS/SSO)
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QList<AppProfile> appProfiles; // profiles added in the app (secrets in secretStore)
    SecretStorePtr secretStore;
    // Used by credential providers for their STS / SSO portal calls; must outlive them. Null:
    // each such provider makes its own.
    QNetworkAccessManager* network = nullptr;
};

// The resolved configuration for one session.
struct AwsSetup {
    enum class ProfileOrigin { Default, Option, Environment };

    QString profile; // the profile in use ("default" when none was named)
    ProfileOrigin profileOrigin = ProfileOrigin::Default;
    bool profileExists = false; // defined in the AWS files or among the app profiles
    bool isAppProfile = false;  // an app profile (no AWS file defines that name)
    QString region;             // may be empty: the endpoint resolver then reports it
    QString regionSource;       // "--region", "AWS_REGION", "AWS_DEFAULT_REGION",
                                // "profile 'x'", or empty
    EndpointResolver::Overrides endpoints;
    CredentialProviderPtr credentials; // never null; may fail on resolve() with the reason
    std::shared_ptr<const ProfileConfig> config;

    // Region + endpoint resolver, default retry/quotas: ready for AwsClient.
    AwsClient::Config clientConfig() const;
    // new AwsClient(network, credentials, clientConfig(), parent)
    AwsClient* createClient(QNetworkAccessManager* network, QObject* parent = nullptr) const;
};

// Reads the AWS config/credentials files and the environment the way the AWS CLI v2 does:
//  - profile: --profile > AWS_PROFILE > AWS_DEFAULT_PROFILE > "default"; a profile named
//    explicitly must exist (in the files, or among input.appProfiles; the files win on a name
//    clash) or this fails with a Config error naming it;
//  - region: --region > AWS_REGION > AWS_DEFAULT_REGION > the profile's region;
//  - endpoints: --endpoint-url, AWS_ENDPOINT_URL_<SERVICE_ID>, the profile's [services x]
//    section (`kinesis_video =\n  endpoint_url = ...`), AWS_ENDPOINT_URL, the profile's
//    endpoint_url, AWS_IGNORE_CONFIGURED_ENDPOINT_URLS / ignore_configured_endpoint_urls;
//    malformed URLs are Config errors naming where they came from;
//  - credentials: CredentialChain (see credential_chain.h); --profile disables the
//    environment keys, AWS_PROFILE does not.
// Fails only for configuration the CLI also refuses up front (unreadable or malformed files,
// unknown named profile, bad endpoint URLs); credential problems surface from
// AwsSetup::credentials->resolve().
Result<AwsSetup> resolveAwsSettings(const AwsSettingsInput& input);

} // namespace kinescope
