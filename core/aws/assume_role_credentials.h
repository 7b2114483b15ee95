#pragma once

#include "core/aws/aws_request.h"
#include "core/aws/caching_credential_provider.h"
#include "core/aws/credential_client_factory.h"

#include <optional>

namespace kinescope {

// role_arn + source_profile / credential_source in a profile: STS AssumeRole over the request
// pipeline (query protocol, signed with the source credentials), cached until five minutes
// before the returned expiration.
class AssumeRoleCredentialProvider final : public CachingCredentialProvider {
public:
    struct Params {
        QString profile; // the profile that names the role (for messages)
        QString roleArn;
        QString roleSessionName; // empty: kinescope-session-<epoch seconds>
        QString externalId;      // optional
        std::optional<int> durationSeconds;
        QString region; // STS region; empty: us-east-1 (the global endpoint's)
    };

    AssumeRoleCredentialProvider(Params params, CredentialProviderPtr source,
                                 CredentialClientFactory clientFactory);
    ~AssumeRoleCredentialProvider() override;

    QString describe() const override;
    const Params& params() const { return m_params; }
    const CredentialProviderPtr& source() const { return m_source; }

    // The STS request: POST / with Action=AssumeRole&Version=2011-06-15&RoleArn=...
    static AwsRequest buildRequest(const Params& params, const QString& sessionName);
    // The <AssumeRoleResponse> (or <AssumeRoleWithWebIdentityResponse>) document.
    static Result<Credentials> parseResponse(const QByteArray& xml);

protected:
    void fetch(Callback done) override;

private:
    Params m_params;
    QString m_sessionName;
    CredentialProviderPtr m_source;
    CredentialClientFactory m_clientFactory;
    std::unique_ptr<AwsClient> m_client;
};

} // namespace kinescope
