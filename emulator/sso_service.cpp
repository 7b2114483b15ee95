#include "emulator/sso_service.h"

#include "emulator/emulator_state.h"

namespace kinescope::emu {

namespace {

constexpr qint64 kRoleCredentialsSeconds = 3600;

void getRoleCredentials(ApiCall& call) {
    const HttpRequest& r = call.request();
    const QString roleName = r.queryValue(QStringLiteral("role_name"));
    const QString accountId = r.queryValue(QStringLiteral("account_id"));
    const QString token = QString::fromUtf8(r.header("x-amz-sso_bearer_token"));
    if (roleName.isEmpty() || accountId.isEmpty() || token.isEmpty())
        return call.fail(
            ServiceError::make(400, QStringLiteral("InvalidRequestException"),
                               QStringLiteral("role_name, account_id and the "
                                              "x-amz-sso_bearer_token header are required")));
    const SsoTokenSpec* spec = call.state().scenario.findSsoToken(token);
    if (!spec || (spec->expiresMs != 0 && call.nowMs() >= spec->expiresMs))
        return call.fail(ServiceError::make(401, QStringLiteral("UnauthorizedException"),
                                            QStringLiteral("Session token not found or invalid")));
    if (spec->accountId != accountId || !spec->roleNames.contains(roleName))
        return call.fail(ServiceError::make(403, QStringLiteral("ForbiddenException"),
                                            QStringLiteral("No access")));

    Principal identity;
    identity.kind = Principal::Kind::SsoRole;
    identity.accountId = accountId;
    const QString roleResource =
        QStringLiteral("AWSReservedSSO_%1_%2")
            .arg(roleName, CredentialStore::stableId(QString(), roleName).left(16).toLower());
    identity.arn = QStringLiteral("arn:aws:sts::%1:assumed-role/%2/kinescope-user")
                       .arg(accountId, roleResource);
    identity.userId = CredentialStore::stableId(QStringLiteral("AROA"), roleResource) +
                      QStringLiteral(":kinescope-user");
    identity.allowedStreams = spec->allowedStreams;
    const qint64 expires = call.nowMs() + kRoleCredentialsSeconds * 1000;
    const Principal issued = call.state().credentials.issue(identity, expires);

    QJsonObject credentials;
    credentials.insert(QStringLiteral("accessKeyId"), issued.accessKeyId);
    credentials.insert(QStringLiteral("secretAccessKey"), issued.secretAccessKey);
    credentials.insert(QStringLiteral("sessionToken"), issued.sessionToken);
    credentials.insert(QStringLiteral("expiration"), expires);
    QJsonObject out;
    out.insert(QStringLiteral("roleCredentials"), credentials);
    call.replyJson(out);
}

} // namespace

void addSsoRoutes(Router& router) {
    router.add(Route{"GET", QStringLiteral("/federation/credentials"),
                     QStringLiteral("GetRoleCredentials"), Protocol::RestJson, QString(),
                     getRoleCredentials});
}

} // namespace kinescope::emu
