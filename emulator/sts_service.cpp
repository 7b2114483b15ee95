#include "emulator/sts_service.h"

#include "emulator/emulator_state.h"

#include <QDateTime>
#include <QRegularExpression>

namespace kinescope::emu {

namespace {

const QByteArray kNamespace = "https://sts.amazonaws.com/doc/2011-06-15/";

QString param(const QueryItems& items, const char* name) {
    for (const auto& [k, v] : items)
        if (k == QLatin1String(name))
            return v;
    return {};
}

bool hasParam(const QueryItems& items, const char* name) {
    for (const auto& [k, v] : items)
        if (k == QLatin1String(name))
            return true;
    return false;
}

ServiceError stsError(int status, const char* code, const QString& message) {
    return ServiceError::make(status, QString::fromLatin1(code), message);
}

QByteArray wrap(const QByteArray& action, const QByteArray& result, const QByteArray& requestId) {
    return "<" + action + "Response xmlns=\"" + kNamespace +
           "\">\n"
           "  <" +
           action + "Result>\n" + result + "  </" + action +
           "Result>\n"
           "  <ResponseMetadata>\n"
           "    <RequestId>" +
           requestId +
           "</RequestId>\n"
           "  </ResponseMetadata>\n"
           "</" +
           action + "Response>\n";
}

QByteArray element(const char* name, const QString& value, int indent) {
    return QByteArray(indent, ' ') + '<' + name + '>' + xmlEscape(value) + "</" + name + ">\n";
}

void getCallerIdentity(ApiCall& call) {
    const Principal& p = call.principal();
    const QByteArray result = element("Arn", p.arn, 4) + element("UserId", p.userId, 4) +
                              element("Account", p.accountId, 4);
    call.reply(
        HttpResponse::xml(200, wrap("GetCallerIdentity", result, call.exchange()->requestId())));
}

void assumeRole(ApiCall& call, const QueryItems& params) {
    auto validation = [&](const QString& what) {
        call.fail(stsError(400, "ValidationError",
                           QStringLiteral("1 validation error detected: ") + what));
    };
    const QString roleArn = param(params, "RoleArn");
    const QString sessionName = param(params, "RoleSessionName");
    if (!hasParam(params, "RoleArn"))
        return validation(QStringLiteral("Value null at 'roleArn' failed to satisfy constraint: "
                                         "Member must not be null"));
    if (!hasParam(params, "RoleSessionName"))
        return validation(QStringLiteral("Value null at 'roleSessionName' failed to satisfy "
                                         "constraint: Member must not be null"));
    static const QRegularExpression sessionPattern(QStringLiteral("^[\\w+=,.@-]{2,64}$"));
    if (!sessionPattern.match(sessionName).hasMatch())
        return validation(QStringLiteral("Value '%1' at 'roleSessionName' failed to satisfy "
                                         "constraint: Member must satisfy regular expression "
                                         "pattern: [\\w+=,.@-]* and have length between 2 and 64")
                              .arg(sessionName));
    if (roleArn.size() < 20 || roleArn.size() > 2048)
        return validation(QStringLiteral("Value '%1' at 'roleArn' failed to satisfy constraint: "
                                         "Member must have length greater than or equal to 20")
                              .arg(roleArn));
    int duration = 3600;
    if (hasParam(params, "DurationSeconds")) {
        bool ok = false;
        duration = param(params, "DurationSeconds").toInt(&ok);
        if (!ok || duration < 900 || duration > 43200)
            return validation(
                QStringLiteral("Value '%1' at 'durationSeconds' failed to satisfy "
                               "constraint: Member must have value between 900 and 43200")
                    .arg(param(params, "DurationSeconds")));
    }
    const QString externalId = param(params, "ExternalId");
    if (hasParam(params, "ExternalId")) {
        static const QRegularExpression externalPattern(QStringLiteral("^[\\w+=,.@:/-]{2,1224}$"));
        if (!externalPattern.match(externalId).hasMatch())
            return validation(QStringLiteral("Value at 'externalId' failed to satisfy constraint: "
                                             "Member must satisfy regular expression pattern: "
                                             "[\\w+=,.@:\\/-]*"));
    }

    const Principal& caller = call.principal();
    const Scenario& scenario = call.state().scenario;
    const RoleSpec* role = scenario.findRole(roleArn);
    if (!role || (!role->externalId.isEmpty() && role->externalId != externalId))
        return call.fail(stsError(403, "AccessDenied",
                                  QStringLiteral("User: %1 is not authorized to perform: "
                                                 "sts:AssumeRole on resource: %2")
                                      .arg(caller.arn, roleArn)));
    if (duration > role->maxSessionDurationS)
        return call.fail(stsError(400, "ValidationError",
                                  QStringLiteral("The requested DurationSeconds exceeds the "
                                                 "MaxSessionDuration set for this role.")));
    // Role chaining (assuming a role with role credentials) is limited to one hour.
    if (caller.kind != Principal::Kind::User && duration > 3600)
        return call.fail(
            stsError(400, "ValidationError",
                     QStringLiteral("The requested DurationSeconds exceeds the 1 hour "
                                    "session limit for roles assumed by role chaining.")));

    Principal identity;
    identity.kind = Principal::Kind::AssumedRole;
    identity.accountId = roleArn.section(QLatin1Char(':'), 4, 4);
    identity.arn = QStringLiteral("arn:aws:sts::%1:assumed-role/%2/%3")
                       .arg(identity.accountId, role->name(), sessionName);
    const QString roleId = CredentialStore::stableId(QStringLiteral("AROA"), roleArn);
    identity.userId = roleId + QLatin1Char(':') + sessionName;
    identity.allowedStreams = role->allowedStreams;
    const qint64 expires = call.nowMs() + qint64(duration) * 1000;
    const Principal issued = call.state().credentials.issue(identity, expires);

    const QString expiration = QDateTime::fromMSecsSinceEpoch(expires, Qt::UTC)
                                   .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    const QByteArray result = "    <AssumedRoleUser>\n" +
                              element("AssumedRoleId", identity.userId, 6) +
                              element("Arn", identity.arn, 6) +
                              "    </AssumedRoleUser>\n"
                              "    <Credentials>\n" +
                              element("AccessKeyId", issued.accessKeyId, 6) +
                              element("SecretAccessKey", issued.secretAccessKey, 6) +
                              element("SessionToken", issued.sessionToken, 6) +
                              element("Expiration", expiration, 6) + "    </Credentials>\n";
    call.reply(HttpResponse::xml(200, wrap("AssumeRole", result, call.exchange()->requestId())));
}

void dispatch(ApiCall& call) {
    const QueryItems params = queryProtocolParameters(call.request());
    const QString version = param(params, "Version");
    if (!version.isEmpty() && version != QLatin1String("2011-06-15"))
        return call.fail(stsError(400, "InvalidAction",
                                  QStringLiteral("Could not find operation %1 for version %2")
                                      .arg(call.operation(), version)));
    if (call.operation() == QLatin1String("GetCallerIdentity"))
        return getCallerIdentity(call);
    if (call.operation() == QLatin1String("AssumeRole"))
        return assumeRole(call, params);
    call.fail(stsError(400, "InvalidAction",
                       QStringLiteral("Could not find operation %1 for version 2011-06-15")
                           .arg(call.operation())));
}

} // namespace

QueryItems queryProtocolParameters(const HttpRequest& request) {
    if (request.method == "POST")
        return parseFormBody(request.body);
    return request.query;
}

void addStsRoutes(Router& router) {
    for (const char* method : {"POST", "GET"})
        router.add(Route{method, QStringLiteral("/"), QString(), Protocol::Query,
                         QStringLiteral("sts"), dispatch});
}

} // namespace kinescope::emu
