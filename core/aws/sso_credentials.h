#pragma once

#include "core/aws/aws_request.h"
#include "core/aws/caching_credential_provider.h"
#include "core/aws/credential_client_factory.h"

namespace kinescope {

// SSO profiles (botocore's SSOProvider): the access token the AWS CLI cached at
// `aws sso login` (~/.aws/sso/cache/<sha1>.json, keyed by the sso_session name, or by the
// start URL for legacy profiles) is exchanged at the portal's GetRoleCredentials for role
// credentials, cached until five minutes before they expire. An expired or missing token is a
// Credentials error telling the user to run `aws sso login --profile X`.
class SsoCredentialProvider final : public CachingCredentialProvider {
public:
    struct Params {
        QString profile;
        QString sessionName; // sso_session; empty for legacy profiles
        QString startUrl;    // sso_start_url
        QString ssoRegion;   // sso_region
        QString accountId;   // sso_account_id
        QString roleName;    // sso_role_name
        QString cacheDir;    // $HOME/.aws/sso/cache
    };

    struct Token {
        QString accessToken;
        QDateTime expiresAt;
    };

    SsoCredentialProvider(Params params, CredentialClientFactory clientFactory);
    ~SsoCredentialProvider() override;

    QString describe() const override;
    const Params& params() const { return m_params; }

    // <cacheDir>/<sha1 hex of the session name, or of the start URL>.json
    static QString tokenCachePath(const Params& params);
    static Result<Token> loadToken(const Params& params,
                                   const QDateTime& now = QDateTime::currentDateTimeUtc());
    // GET /federation/credentials?role_name=..&account_id=.. with x-amz-sso_bearer_token.
    static AwsRequest buildRequest(const Params& params, const QString& accessToken);
    static Result<Credentials> parseResponse(const QByteArray& json);

protected:
    void fetch(Callback done) override;

private:
    Params m_params;
    CredentialClientFactory m_clientFactory;
    std::unique_ptr<AwsClient> m_client;
};

} // namespace kinescope
