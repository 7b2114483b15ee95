#include "core/aws/sso_credentials.h"

#include "core/aws/aws_client.h"
#include "core/aws/profile_credentials.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace kinescope {

namespace {

QString loginHint(const QString& profile) {
    return QStringLiteral("run `aws sso login --profile %1`").arg(profile);
}

AwsError ssoError(const QString& type, const QString& message) {
    return AwsError::make(AwsError::Kind::Credentials, type, message);
}

} // namespace

SsoCredentialProvider::SsoCredentialProvider(Params params, CredentialClientFactory clientFactory)
    : m_params(std::move(params))
    , m_clientFactory(std::move(clientFactory)) {
}

SsoCredentialProvider::~SsoCredentialProvider() = default;

QString SsoCredentialProvider::describe() const {
    return QStringLiteral("profile '%1' (SSO role %2 in account %3)")
        .arg(m_params.profile, m_params.roleName, m_params.accountId);
}

QString SsoCredentialProvider::tokenCachePath(const Params& params) {
    const QString key = params.sessionName.isEmpty() ? params.startUrl : params.sessionName;
    const QByteArray hash =
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QDir(params.cacheDir).filePath(QString::fromLatin1(hash) + QStringLiteral(".json"));
}

Result<SsoCredentialProvider::Token> SsoCredentialProvider::loadToken(const Params& params,
                                                                      const QDateTime& now) {
    const QString path = tokenCachePath(params);
    const QString what = params.sessionName.isEmpty()
                             ? QStringLiteral("start URL %1").arg(params.startUrl)
                             : QStringLiteral("sso-session '%1'").arg(params.sessionName);
    QFile f(path);
    if (!f.exists())
        return ssoError(QStringLiteral("SsoTokenMissing"),
                        QStringLiteral("The profile '%1' uses SSO (%2) but there is no cached "
                                       "SSO token (%3): %4")
                            .arg(params.profile, what, path, loginHint(params.profile)));
    if (!f.open(QIODevice::ReadOnly))
        return ssoError(QStringLiteral("SsoTokenUnreadable"),
                        QStringLiteral("The SSO token cache %1 for profile '%2' cannot be read: "
                                       "%3")
                            .arg(path, params.profile, f.errorString()));
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    const QJsonObject o = doc.object();
    Token token;
    token.accessToken = o.value(QLatin1String("accessToken")).toString();
    token.expiresAt = parseCredentialTime(o.value(QLatin1String("expiresAt")).toString());
    if (token.accessToken.isEmpty() || !token.expiresAt.isValid())
        return ssoError(QStringLiteral("SsoTokenInvalid"),
                        QStringLiteral("The cached SSO token %1 for profile '%2' is invalid (it "
                                       "needs accessToken and expiresAt): %3")
                            .arg(path, params.profile, loginHint(params.profile)));
    if (token.expiresAt <= now)
        return ssoError(QStringLiteral("SsoTokenExpired"),
                        QStringLiteral("The SSO session for profile '%1' (%2) expired at %3: %4")
                            .arg(params.profile, what, token.expiresAt.toString(Qt::ISODate),
                                 loginHint(params.profile)));
    return token;
}

AwsRequest SsoCredentialProvider::buildRequest(const Params& params, const QString& accessToken) {
    AwsRequest r;
    r.serviceId = QStringLiteral("SSO");
    r.endpointPrefix = QStringLiteral("portal.sso");
    r.signingName = QStringLiteral("awsssoportal");
    r.operation = QStringLiteral("GetRoleCredentials");
    r.method = "GET";
    r.path = QStringLiteral("/federation/credentials");
    r.query = {{QStringLiteral("role_name"), params.roleName},
               {QStringLiteral("account_id"), params.accountId}};
    r.headers.append(qMakePair(QByteArray("x-amz-sso_bearer_token"), accessToken.toUtf8()));
    r.anonymous = true;
    r.idempotent = true;
    return r;
}

Result<Credentials> SsoCredentialProvider::parseResponse(const QByteArray& json) {
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject role = doc.object().value(QLatin1String("roleCredentials")).toObject();
    Credentials c;
    c.accessKeyId = role.value(QLatin1String("accessKeyId")).toString();
    c.secretAccessKey = role.value(QLatin1String("secretAccessKey")).toString();
    c.sessionToken = role.value(QLatin1String("sessionToken")).toString();
    const QJsonValue expiration = role.value(QLatin1String("expiration"));
    if (parseError.error != QJsonParseError::NoError || !c.isValid() || !expiration.isDouble())
        return AwsError::make(AwsError::Kind::Parse, QStringLiteral("InvalidResponse"),
                              QStringLiteral("The SSO portal's GetRoleCredentials answer has no "
                                             "complete roleCredentials"));
    c.expiration = QDateTime::fromMSecsSinceEpoch(qint64(expiration.toDouble()), Qt::UTC);
    return c;
}

void SsoCredentialProvider::fetch(Callback done) {
    auto token = loadToken(m_params, now());
    if (!token)
        return done(token.error());
    if (!m_client) {
        // GetRoleCredentials is unsigned; the provider is never asked for credentials.
        auto unsignedCalls = std::make_shared<FailingCredentialProvider>(
            AwsError::make(AwsError::Kind::Credentials, QString(),
                           QStringLiteral("SSO portal calls are not signed")),
            QStringLiteral("SSO portal (unsigned)"));
        m_client = m_clientFactory(unsignedCalls, m_params.ssoRegion);
    }
    const QString profile = m_params.profile;
    const QString description = describe();
    m_client->send(buildRequest(m_params, token->accessToken))
        ->then(m_client.get(), [done, profile, description](const Result<AwsResponse>& response) {
            if (!response) {
                AwsError e = response.error();
                if (e.httpStatus == 401 || e.type == QLatin1String("UnauthorizedException")) {
                    e.kind = AwsError::Kind::Credentials;
                    e.message = QStringLiteral("The SSO session for profile '%1' is no longer "
                                               "valid: %2")
                                    .arg(profile, loginHint(profile));
                } else {
                    e.message =
                        QStringLiteral("Getting SSO role credentials for profile '%1' failed: %2")
                            .arg(profile, e.message.isEmpty() ? e.toString() : e.message);
                }
                return done(e);
            }
            auto creds = parseResponse(response->body);
            if (creds)
                creds.value().source = description;
            done(creds);
        });
}

} // namespace kinescope
