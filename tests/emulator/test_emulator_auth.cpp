// SigV4 verification and the identity services (STS, SSO) of the emulator.
#include "core/aws/sigv4_signer.h"
#include "tests/emulator/test_emulator.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace kinescope;
using namespace kinescope::test;

namespace {

QString xmlText(const QByteArray& xml, const QString& element) {
    QXmlStreamReader reader(xml);
    while (reader.readNextStartElement() || !reader.atEnd()) {
        if (reader.isStartElement() && reader.name() == element)
            return reader.readElementText();
        if (reader.hasError())
            break;
    }
    return {};
}

} // namespace

void TestEmulatorAuth::init() {
    m_emulator = std::make_unique<emu::Emulator>();
    QString error;
    QVERIFY2(m_emulator->start(&error), qPrintable(error));
}

void TestEmulatorAuth::cleanup() {
    m_emulator.reset();
}

RawResponse TestEmulatorAuth::call(const QByteArray& request) {
    RawHttpClient c(m_emulator->port());
    c.send(request);
    return c.read();
}

Credentials TestEmulatorAuth::assumeRole(const QString& roleArn, const QString& externalId) {
    QueryItems params{{QStringLiteral("Action"), QStringLiteral("AssumeRole")},
                      {QStringLiteral("Version"), QStringLiteral("2011-06-15")},
                      {QStringLiteral("RoleArn"), roleArn},
                      {QStringLiteral("RoleSessionName"), QStringLiteral("review-desk")}};
    if (!externalId.isEmpty())
        params.append({QStringLiteral("ExternalId"), externalId});
    const RawResponse r = call(stsRequest(params, defaultTestCredentials(), m_emulator->port()));
    Credentials c;
    if (r.status != 200)
        return c;
    c.accessKeyId = xmlText(r.body, QStringLiteral("AccessKeyId"));
    c.secretAccessKey = xmlText(r.body, QStringLiteral("SecretAccessKey"));
    c.sessionToken = xmlText(r.body, QStringLiteral("SessionToken"));
    c.expiration =
        QDateTime::fromString(xmlText(r.body, QStringLiteral("Expiration")), Qt::ISODate);
    return c;
}

void TestEmulatorAuth::missingAuthentication() {
    const RawResponse r =
        call("POST /listStreams HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}");
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorType(), QByteArray("MissingAuthenticationTokenException"));
    QCOMPARE(r.json().value(QStringLiteral("message")).toString(),
             QStringLiteral("Missing Authentication Token"));
}

void TestEmulatorAuth::wrongSecretIsInvalidSignature() {
    Credentials creds = defaultTestCredentials();
    creds.secretAccessKey = QStringLiteral("not-the-secret");
    const RawResponse r =
        call(jsonRequest(QStringLiteral("/listStreams"), {}, creds, m_emulator->port()));
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorType(), QByteArray("InvalidSignatureException"));
    const QString message = r.json().value(QStringLiteral("message")).toString();
    QVERIFY(
        message.startsWith(QStringLiteral("The request signature we calculated does not match")));
    // Like AWS, the expected canonical request is echoed to help debugging.
    QVERIFY(message.contains(QStringLiteral("POST\n/listStreams\n")));
    QVERIFY(!message.contains(QStringLiteral("not-the-secret")));
}

void TestEmulatorAuth::unknownKeyIsUnrecognizedClient() {
    Credentials creds = defaultTestCredentials();
    creds.accessKeyId = QStringLiteral("AKIDNOTINTHESCENARIO");
    const RawResponse r =
        call(jsonRequest(QStringLiteral("/listStreams"), {}, creds, m_emulator->port()));
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorType(), QByteArray("UnrecognizedClientException"));
    QCOMPARE(r.json().value(QStringLiteral("message")).toString(),
             QStringLiteral("The security token included in the request is invalid."));
}

void TestEmulatorAuth::wrongServiceOrRegionInScope() {
    SignedRequestSpec spec;
    spec.path = QStringLiteral("/listStreams");
    spec.body = "{}";
    spec.service = QStringLiteral("s3");
    RawResponse r = call(signedRequest(spec, defaultTestCredentials(), m_emulator->port()));
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorType(), QByteArray("InvalidSignatureException"));
    QVERIFY(r.json()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("kinesisvideo")));
    spec.service = QStringLiteral("kinesisvideo");
    spec.region = QStringLiteral("eu-west-1");
    r = call(signedRequest(spec, defaultTestCredentials(), m_emulator->port()));
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorType(), QByteArray("InvalidSignatureException"));
}

void TestEmulatorAuth::tamperedBodyIsRejected() {
    QByteArray request = jsonRequest(QStringLiteral("/describeStream"),
                                     {{QStringLiteral("StreamName"), QStringLiteral("lobby")}},
                                     defaultTestCredentials(), m_emulator->port());
    request.replace("\"lobby\"", "\"lobbx\""); // same length: only the signature can tell
    const RawResponse r = call(request);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorType(), QByteArray("InvalidSignatureException"));
}

void TestEmulatorAuth::clockSkewIsRejectedWithAwsWording() {
    const QDateTime old = QDateTime::currentDateTimeUtc().addSecs(-20 * 60);
    const RawResponse r = call(jsonRequest(QStringLiteral("/listStreams"), {},
                                           defaultTestCredentials(), m_emulator->port(), old));
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorType(), QByteArray("InvalidSignatureException"));
    const QString message = r.json().value(QStringLiteral("message")).toString();
    static const QRegularExpression wording(
        QStringLiteral("^Signature expired: \\d{8}T\\d{6}Z is now earlier than \\d{8}T\\d{6}Z "
                       "\\(\\d{8}T\\d{6}Z - 15 min\\.\\)$"));
    QVERIFY2(wording.match(message).hasMatch(), qPrintable(message));
    QVERIFY(message.contains(QString::fromLatin1(SigV4Signer::amzDate(old))));

    const QDateTime future = QDateTime::currentDateTimeUtc().addSecs(20 * 60);
    const RawResponse f = call(jsonRequest(QStringLiteral("/listStreams"), {},
                                           defaultTestCredentials(), m_emulator->port(), future));
    QCOMPARE(f.status, 403);
    QVERIFY(f.json()
                .value(QStringLiteral("message"))
                .toString()
                .startsWith(QStringLiteral("Signature not yet current:")));

    // Ten minutes off is within AWS's tolerance.
    const RawResponse ok =
        call(jsonRequest(QStringLiteral("/listStreams"), {}, defaultTestCredentials(),
                         m_emulator->port(), QDateTime::currentDateTimeUtc().addSecs(-600)));
    QCOMPARE(ok.status, 200);
}

void TestEmulatorAuth::serverClockSkewFault() {
    m_emulator->faults().clockSkewSeconds = 3600;
    const RawResponse r = call(jsonRequest(QStringLiteral("/listStreams"), {},
                                           defaultTestCredentials(), m_emulator->port()));
    QCOMPARE(r.status, 403);
    QVERIFY(r.json()
                .value(QStringLiteral("message"))
                .toString()
                .startsWith(QStringLiteral("Signature expired")));
    // A client corrects its clock from the Date header and succeeds.
    const QDateTime serverTime = parseHttpDate(r.header("Date"));
    QVERIFY(qAbs(serverTime.secsTo(QDateTime::currentDateTimeUtc().addSecs(3600))) < 60);
    const RawResponse ok =
        call(jsonRequest(QStringLiteral("/listStreams"), {}, defaultTestCredentials(),
                         m_emulator->port(), serverTime.toUTC()));
    QCOMPARE(ok.status, 200);
}

void TestEmulatorAuth::stsErrorsAreXml() {
    Credentials creds = defaultTestCredentials();
    creds.secretAccessKey = QStringLiteral("wrong");
    const QueryItems params{{QStringLiteral("Action"), QStringLiteral("GetCallerIdentity")},
                            {QStringLiteral("Version"), QStringLiteral("2011-06-15")}};
    RawResponse r = call(stsRequest(params, creds, m_emulator->port()));
    QCOMPARE(r.status, 403);
    QVERIFY(r.header("Content-Type").startsWith("text/xml"));
    QCOMPARE(xmlText(r.body, QStringLiteral("Code")), QStringLiteral("SignatureDoesNotMatch"));
    QCOMPARE(xmlText(r.body, QStringLiteral("Type")), QStringLiteral("Sender"));
    QCOMPARE(xmlText(r.body, QStringLiteral("RequestId")).toLatin1(), r.header("x-amzn-RequestId"));

    creds.accessKeyId = QStringLiteral("AKIDNOTINTHESCENARIO");
    r = call(stsRequest(params, creds, m_emulator->port()));
    QCOMPARE(r.status, 403);
    QCOMPARE(xmlText(r.body, QStringLiteral("Code")), QStringLiteral("InvalidClientTokenId"));

    r = call(stsRequest({{QStringLiteral("Action"), QStringLiteral("GetSessionTokenX")}},
                        defaultTestCredentials(), m_emulator->port()));
    QCOMPARE(r.status, 400);
    QCOMPARE(xmlText(r.body, QStringLiteral("Code")), QStringLiteral("InvalidAction"));
}

void TestEmulatorAuth::assumeRoleIssuesWorkingCredentials() {
    const Credentials role =
        assumeRole(QStringLiteral("arn:aws:iam::123456789012:role/KinescopeViewer"));
    QVERIFY(role.accessKeyId.startsWith(QStringLiteral("ASIA")));
    QCOMPARE(role.accessKeyId.size(), 20);
    QVERIFY(!role.secretAccessKey.isEmpty());
    QVERIFY(role.sessionToken.size() > 100);
    // Default duration: one hour.
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(role.expiration) - 3600) < 60);

    // The temporary credentials work, with their session token...
    const QueryItems who{{QStringLiteral("Action"), QStringLiteral("GetCallerIdentity")},
                         {QStringLiteral("Version"), QStringLiteral("2011-06-15")}};
    RawResponse r = call(stsRequest(who, role, m_emulator->port()));
    QCOMPARE(r.status, 200);
    QCOMPARE(xmlText(r.body, QStringLiteral("Arn")),
             QStringLiteral("arn:aws:sts::123456789012:assumed-role/KinescopeViewer/review-desk"));
    QVERIFY(xmlText(r.body, QStringLiteral("UserId")).endsWith(QStringLiteral(":review-desk")));
    QCOMPARE(xmlText(r.body, QStringLiteral("Account")), QStringLiteral("123456789012"));
    r = call(jsonRequest(QStringLiteral("/listStreams"), {}, role, m_emulator->port()));
    QCOMPARE(r.status, 200);
    // ...and not without it.
    Credentials noToken = role;
    noToken.sessionToken.clear();
    r = call(jsonRequest(QStringLiteral("/listStreams"), {}, noToken, m_emulator->port()));
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorType(), QByteArray("UnrecognizedClientException"));

    // The partner role needs its external id.
    QVERIFY(assumeRole(QStringLiteral("arn:aws:iam::123456789012:role/KinescopePartner"))
                .accessKeyId.isEmpty());
    QVERIFY(!assumeRole(QStringLiteral("arn:aws:iam::123456789012:role/KinescopePartner"),
                        QStringLiteral("kinescope-partner-7781"))
                 .accessKeyId.isEmpty());
}

void TestEmulatorAuth::assumeRoleValidation() {
    auto code = [this](const QueryItems& extra, int expectedStatus) {
        QueryItems params{{QStringLiteral("Action"), QStringLiteral("AssumeRole")},
                          {QStringLiteral("Version"), QStringLiteral("2011-06-15")}};
        params += extra;
        const RawResponse r =
            call(stsRequest(params, defaultTestCredentials(), m_emulator->port()));
        return r.status == expectedStatus ? xmlText(r.body, QStringLiteral("Code"))
                                          : QStringLiteral("HTTP %1").arg(r.status);
    };
    const auto arn = qMakePair(QStringLiteral("RoleArn"),
                               QStringLiteral("arn:aws:iam::123456789012:role/KinescopeViewer"));
    const auto session = qMakePair(QStringLiteral("RoleSessionName"), QStringLiteral("ok-name"));
    QCOMPARE(code({arn}, 400), QStringLiteral("ValidationError"));
    QCOMPARE(code({session}, 400), QStringLiteral("ValidationError"));
    QCOMPARE(code({arn, {QStringLiteral("RoleSessionName"), QStringLiteral("bad name!")}}, 400),
             QStringLiteral("ValidationError"));
    QCOMPARE(code({arn, session, {QStringLiteral("DurationSeconds"), QStringLiteral("899")}}, 400),
             QStringLiteral("ValidationError"));
    QCOMPARE(
        code({arn, session, {QStringLiteral("DurationSeconds"), QStringLiteral("43201")}}, 400),
        QStringLiteral("ValidationError"));
    QCOMPARE(
        code({{QStringLiteral("RoleArn"), QStringLiteral("arn:aws:iam::123456789012:role/Nope")},
              session},
             403),
        QStringLiteral("AccessDenied"));
    // KinescopeLobbyOnly allows at most one hour.
    QCOMPARE(code({{QStringLiteral("RoleArn"),
                    QStringLiteral("arn:aws:iam::123456789012:role/KinescopeLobbyOnly")},
                   session,
                   {QStringLiteral("DurationSeconds"), QStringLiteral("7200")}},
                  400),
             QStringLiteral("ValidationError"));
    QCOMPARE(code({arn, session, {QStringLiteral("DurationSeconds"), QStringLiteral("900")}}, 200),
             QString());
}

void TestEmulatorAuth::presignedRequest() {
    SigV4Signer::Message m;
    m.method = "GET";
    m.path = QStringLiteral("/");
    m.query = {{QStringLiteral("Action"), QStringLiteral("GetCallerIdentity")},
               {QStringLiteral("Version"), QStringLiteral("2011-06-15")}};
    m.headers = {{QByteArray("Host"), "127.0.0.1:" + QByteArray::number(m_emulator->port())}};
    m.payloadHash = "UNSIGNED-PAYLOAD";
    const SigV4Signer::Scope scope{QStringLiteral("us-east-1"), QStringLiteral("sts"),
                                   QDateTime::currentDateTimeUtc()};
    SigV4Signer::presign(m, defaultTestCredentials(), scope, 300, SigV4Signer::Options());
    QByteArray target = "/?";
    for (const auto& [k, v] : std::as_const(m.query))
        target += SigV4Signer::uriEncode(k.toUtf8(), true) + '=' +
                  SigV4Signer::uriEncode(v.toUtf8(), true) + '&';
    target.chop(1);
    RawResponse r =
        call("GET " + target + " HTTP/1.1\r\nHost: " + m.headers.first().second + "\r\n\r\n");
    QCOMPARE(r.status, 200);
    QCOMPARE(xmlText(r.body, QStringLiteral("Arn")),
             QStringLiteral("arn:aws:iam::123456789012:user/kinescope"));
    // A changed parameter breaks the signature.
    target.replace("2011-06-15", "2011-06-16");
    r = call("GET " + target + " HTTP/1.1\r\nHost: " + m.headers.first().second + "\r\n\r\n");
    QCOMPARE(r.status, 403);
}

void TestEmulatorAuth::ssoPortal() {
    auto get = [this](const QByteArray& query, const QByteArray& token) {
        return call("GET /federation/credentials?" + query + " HTTP/1.1\r\nHost: x\r\n" +
                    (token.isEmpty() ? QByteArray() : "x-amz-sso_bearer_token: " + token + "\r\n") +
                    "\r\n");
    };
    RawResponse r = get("role_name=KinescopeViewer&account_id=123456789012", "kinescope-sso-token");
    QCOMPARE(r.status, 200);
    const QJsonObject rc = r.json().value(QStringLiteral("roleCredentials")).toObject();
    Credentials creds;
    creds.accessKeyId = rc.value(QStringLiteral("accessKeyId")).toString();
    creds.secretAccessKey = rc.value(QStringLiteral("secretAccessKey")).toString();
    creds.sessionToken = rc.value(QStringLiteral("sessionToken")).toString();
    const qint64 expiration = rc.value(QStringLiteral("expiration")).toInteger();
    QVERIFY(expiration > QDateTime::currentMSecsSinceEpoch()); // epoch milliseconds
    QVERIFY(expiration < QDateTime::currentMSecsSinceEpoch() + 13LL * 3600 * 1000);
    QCOMPARE(
        call(jsonRequest(QStringLiteral("/listStreams"), {}, creds, m_emulator->port())).status,
        200);

    r = get("role_name=KinescopeViewer&account_id=123456789012", "kinescope-sso-expired");
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorType(), QByteArray("UnauthorizedException"));
    r = get("role_name=KinescopeViewer&account_id=123456789012", "no-such-token");
    QCOMPARE(r.status, 401);
    r = get("role_name=Admin&account_id=123456789012", "kinescope-sso-token");
    QCOMPARE(r.status, 403);
    r = get("role_name=KinescopeViewer", "kinescope-sso-token");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorType(), QByteArray("InvalidRequestException"));
}

void TestEmulatorAuth::streamPermissions() {
    Credentials lobbyOnly;
    lobbyOnly.accessKeyId = QStringLiteral("AKIDKINESCOPELOBBYONLY");
    lobbyOnly.secretAccessKey =
        m_emulator->scenario().findAccessKey(lobbyOnly.accessKeyId)->secretAccessKey;
    RawResponse r = call(jsonRequest(QStringLiteral("/describeStream"),
                                     {{QStringLiteral("StreamName"), QStringLiteral("front-door")}},
                                     lobbyOnly, m_emulator->port()));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorType(), QByteArray("NotAuthorizedException"));
    QVERIFY(!r.json().value(QStringLiteral("Message")).toString().isEmpty());
    r = call(jsonRequest(QStringLiteral("/describeStream"),
                         {{QStringLiteral("StreamName"), QStringLiteral("lobby")}}, lobbyOnly,
                         m_emulator->port()));
    QCOMPARE(r.status, 200);
    // Roles carry their own restrictions into the issued credentials.
    const Credentials role =
        assumeRole(QStringLiteral("arn:aws:iam::123456789012:role/KinescopeLobbyOnly"));
    r = call(jsonRequest(QStringLiteral("/listFragments"),
                         {{QStringLiteral("StreamName"), QStringLiteral("parking-north")}}, role,
                         m_emulator->port()));
    QCOMPARE(r.status, 401);
}
