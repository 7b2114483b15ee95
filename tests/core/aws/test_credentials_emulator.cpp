// Assume-role (direct and chained) and SSO profiles resolved through the request pipeline
// against the in-process emulator; the credentials they produce must work for STS
// GetCallerIdentity.
#include "core/aws/assume_role_credentials.h"
#include "core/aws/aws_client.h"
#include "core/aws/aws_settings.h"
#include "core/aws/sso_credentials.h"
#include "tests/support/emulator_fixture.h"

#include "tests/core/aws/aws_test_home.h"
#include "tests/core/aws/credentials_test_util.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace kinescope;
using kinescope::test::AwsTestHome;
using kinescope::test::errorText;
using kinescope::test::resolveAndWait;

namespace {

const QByteArray kConfig = "[profile base]\n"
                           "region = us-east-1\n"
                           "aws_access_key_id = @KEYID@\n"
                           "aws_secret_access_key = @SECRET@\n"
                           "[profile viewer]\n"
                           "region = us-east-1\n"
                           "role_arn = arn:aws:iam::123456789012:role/KinescopeViewer\n"
                           "source_profile = base\n"
                           "role_session_name = review-session\n"
                           "[profile lobby]\n"
                           "region = us-east-1\n"
                           "role_arn = arn:aws:iam::123456789012:role/KinescopeLobbyOnly\n"
                           "source_profile = viewer\n"
                           "duration_seconds = 900\n"
                           "[profile partner]\n"
                           "region = us-east-1\n"
                           "role_arn = arn:aws:iam::123456789012:role/KinescopePartner\n"
                           "source_profile = base\n"
                           "external_id = kinescope-partner-7781\n"
                           "[profile partner-no-id]\n"
                           "region = us-east-1\n"
                           "role_arn = arn:aws:iam::123456789012:role/KinescopePartner\n"
                           "source_profile = base\n"
                           "[profile bad-source]\n"
                           "aws_access_key_id = AKIDUNKNOWNTOEMULATOR\n"
                           "aws_secret_access_key = wrong\n"
                           "[profile bad-role]\n"
                           "region = us-east-1\n"
                           "role_arn = arn:aws:iam::123456789012:role/KinescopeViewer\n"
                           "source_profile = bad-source\n"
                           "[profile sso-modern]\n"
                           "region = us-east-1\n"
                           "sso_session = kinescope\n"
                           "sso_account_id = 123456789012\n"
                           "sso_role_name = KinescopeViewer\n"
                           "[sso-session kinescope]\n"
                           "sso_start_url = https://kinescope-test.awsapps.com/start\n"
                           "sso_region = us-east-1\n"
                           "[profile sso-legacy]\n"
                           "region = us-east-1\n"
                           "sso_start_url = https://legacy-test.awsapps.com/start\n"
                           "sso_region = us-east-1\n"
                           "sso_account_id = 123456789012\n"
                           "sso_role_name = KinescopeViewer\n"
                           "[profile sso-chained]\n"
                           "region = us-east-1\n"
                           "role_arn = arn:aws:iam::123456789012:role/KinescopeLobbyOnly\n"
                           "source_profile = sso-modern\n";

// STS GetCallerIdentity through a client signing with `credentials`: the caller's ARN.
Result<QString> callerArn(AwsClient& client) {
    AwsRequest r;
    r.serviceId = QStringLiteral("STS");
    r.endpointPrefix = QStringLiteral("sts");
    r.signingName = QStringLiteral("sts");
    r.operation = QStringLiteral("GetCallerIdentity");
    r.headers.append(qMakePair(QByteArray("Content-Type"),
                               QByteArray("application/x-www-form-urlencoded; charset=utf-8")));
    r.body = "Action=GetCallerIdentity&Version=2011-06-15";
    auto out = std::make_shared<std::optional<Result<AwsResponse>>>();
    client.send(r)->then(&client, [out](const Result<AwsResponse>& resp) { *out = resp; });
    if (!QTest::qWaitFor([&]() { return out->has_value(); }, 15000))
        return AwsError::make(AwsError::Kind::Timeout, QString(), QStringLiteral("no answer"));
    if (!**out)
        return (**out).error();
    static const QRegularExpression arn(QStringLiteral("<Arn>([^<]*)</Arn>"));
    const auto m = arn.match(QString::fromUtf8((**out)->body));
    if (!m.hasMatch())
        return AwsError::make(AwsError::Kind::Parse, QString(), QStringLiteral("no Arn"));
    return m.captured(1);
}

} // namespace

class TestCredentialsEmulator : public QObject {
    Q_OBJECT

private:
    Result<AwsSetup> resolve(const QString& profile, const QString& endpointOption = {}) {
        AwsSettingsInput in = m_home->input();
        in.profile = profile;
        in.endpointUrl = endpointOption;
        in.network = m_fixture->network();
        return resolveAwsSettings(in);
    }

    void writeSsoToken(const QString& cacheKeySource, const QString& token,
                       const QDateTime& expires) {
        SsoCredentialProvider::Params p;
        p.cacheDir = m_home->filePath(".aws/sso/cache");
        p.sessionName = cacheKeySource;
        const QString path = SsoCredentialProvider::tokenCachePath(p);
        m_home->write(
            QDir(m_home->path()).relativeFilePath(path),
            QJsonDocument(QJsonObject{{"accessToken", token},
                                      {"expiresAt", expires.toUTC().toString(Qt::ISODate)},
                                      {"region", "us-east-1"},
                                      {"startUrl", "https://kinescope-test.awsapps.com/start"}})
                .toJson());
    }

    int operationCount(const QString& operation) const { return m_operations.count(operation); }

private Q_SLOTS:
    void initTestCase() {
        m_fixture = std::make_unique<test::EmulatorFixture>();
        QVERIFY2(m_fixture->ok(), qPrintable(m_fixture->error()));
        connect(&m_fixture->emulator(), &emu::Emulator::requestHandled, this,
                [this](const QString& operation, int) { m_operations.append(operation); });
    }

    void init() {
        m_home = std::make_unique<AwsTestHome>();
        const Credentials base = m_fixture->credentials();
        m_home->writeConfig(QByteArray(kConfig)
                                .replace("@KEYID@", base.accessKeyId.toUtf8())
                                .replace("@SECRET@", base.secretAccessKey.toUtf8()));
        m_home->setEnv("AWS_ENDPOINT_URL", m_fixture->url().toString());
        m_operations.clear();
    }

    void assumeRole() {
        auto setup = resolve("viewer");
        QVERIFY2(setup, qPrintable(setup ? QString() : setup.error().message));
        auto creds = resolveAndWait(*setup->credentials);
        QVERIFY2(creds, qPrintable(errorText(creds)));
        QVERIFY(creds->accessKeyId.startsWith("ASIA"));
        QVERIFY(!creds->sessionToken.isEmpty());
        QVERIFY(creds->expiration > QDateTime::currentDateTimeUtc().addSecs(50 * 60));
        QCOMPARE(operationCount("AssumeRole"), 1);

        std::unique_ptr<AwsClient> client(setup->createClient(m_fixture->network()));
        auto arn = callerArn(*client);
        QVERIFY2(arn, qPrintable(arn ? QString() : arn.error().message));
        QCOMPARE(*arn,
                 QString("arn:aws:sts::123456789012:assumed-role/KinescopeViewer/review-session"));

        // Cached: the next calls reuse the role credentials.
        QVERIFY(callerArn(*client));
        QCOMPARE(operationCount("AssumeRole"), 1);
    }

    void chainedRoles() {
        auto setup = resolve("lobby");
        QVERIFY(setup);
        std::unique_ptr<AwsClient> client(setup->createClient(m_fixture->network()));
        auto arn = callerArn(*client);
        QVERIFY2(arn, qPrintable(arn ? QString() : arn.error().message));
        QVERIFY2(QRegularExpression("^arn:aws:sts::123456789012:assumed-role/KinescopeLobbyOnly/"
                                    "kinescope-session-\\d+$")
                     .match(*arn)
                     .hasMatch(),
                 qPrintable(*arn));
        QCOMPARE(operationCount("AssumeRole"), 2); // viewer, then lobby with viewer's keys
        auto creds = resolveAndWait(*setup->credentials);
        QVERIFY(creds->expiration < QDateTime::currentDateTimeUtc().addSecs(16 * 60));
    }

    void externalId() {
        auto ok = resolve("partner");
        auto creds = resolveAndWait(*ok->credentials);
        QVERIFY2(creds, qPrintable(errorText(creds)));

        auto denied = resolveAndWait(*resolve("partner-no-id")->credentials);
        QVERIFY(!denied);
        QCOMPARE(denied.error().type, QString("AccessDenied"));
        QVERIFY2(denied.error().message.startsWith(
                     "Assuming role arn:aws:iam::123456789012:role/KinescopePartner for profile "
                     "'partner-no-id' failed:"),
                 qPrintable(denied.error().message));
    }

    void badSourceCredentials() {
        auto r = resolveAndWait(*resolve("bad-role")->credentials);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains("for profile 'bad-role' failed"),
                 qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains("wrong"));
    }

    // --endpoint-url is for the command's service; STS keeps its configured endpoint.
    void endpointOptionDoesNotRedirectSts() {
        auto setup = resolve("viewer", "http://127.0.0.1:9");
        QVERIFY(setup);
        auto creds = resolveAndWait(*setup->credentials);
        QVERIFY2(creds, qPrintable(errorText(creds)));
    }

    void concurrentResolvesShareOneAssumeRole() {
        auto setup = resolve("viewer");
        int answered = 0;
        QSet<QString> keys;
        for (int i = 0; i < 5; ++i)
            setup->credentials->resolve([&](const Result<Credentials>& r) {
                ++answered;
                if (r)
                    keys.insert(r->accessKeyId);
            });
        QTRY_COMPARE_WITH_TIMEOUT(answered, 5, 15000);
        QCOMPARE(keys.size(), 1);
        QCOMPARE(operationCount("AssumeRole"), 1);
    }

    void refreshedBeforeExpiry() {
        auto setup = resolve("viewer");
        auto* role = dynamic_cast<AssumeRoleCredentialProvider*>(setup->credentials.get());
        QVERIFY(role);
        QDateTime now = QDateTime::currentDateTimeUtc();
        role->setClock([&now]() { return now; });
        auto first = resolveAndWait(*role);
        QVERIFY(first);
        now = first->expiration.addSecs(-6 * 60);
        QCOMPARE(resolveAndWait(*role)->accessKeyId, first->accessKeyId);
        now = first->expiration.addSecs(-4 * 60);
        auto second = resolveAndWait(*role);
        QVERIFY2(second, qPrintable(errorText(second)));
        QVERIFY(second->accessKeyId != first->accessKeyId);
        QCOMPARE(operationCount("AssumeRole"), 2);
    }

    void ssoSessionProfile() {
        writeSsoToken("kinescope", "kinescope-sso-token",
                      QDateTime::currentDateTimeUtc().addSecs(3600));
        auto setup = resolve("sso-modern");
        auto creds = resolveAndWait(*setup->credentials);
        QVERIFY2(creds, qPrintable(errorText(creds)));
        QVERIFY(!creds->sessionToken.isEmpty());
        QVERIFY(creds->expiration.isValid());
        QCOMPARE(operationCount("GetRoleCredentials"), 1);
        std::unique_ptr<AwsClient> client(setup->createClient(m_fixture->network()));
        auto arn = callerArn(*client);
        QVERIFY2(arn, qPrintable(arn ? QString() : arn.error().message));
        QVERIFY2(arn->contains("KinescopeViewer"), qPrintable(*arn));
        QCOMPARE(operationCount("GetRoleCredentials"), 1);

        // A role assumed with SSO credentials as its source.
        auto chained = resolve("sso-chained");
        std::unique_ptr<AwsClient> chainedClient(chained->createClient(m_fixture->network()));
        auto chainedArn = callerArn(*chainedClient);
        QVERIFY2(chainedArn, qPrintable(chainedArn ? QString() : chainedArn.error().message));
        QVERIFY(chainedArn->contains("assumed-role/KinescopeLobbyOnly/"));
    }

    void legacySsoProfile() {
        writeSsoToken("https://legacy-test.awsapps.com/start", "kinescope-sso-token",
                      QDateTime::currentDateTimeUtc().addSecs(3600));
        auto creds = resolveAndWait(*resolve("sso-legacy")->credentials);
        QVERIFY2(creds, qPrintable(errorText(creds)));
    }

    void ssoTokenProblems() {
        auto missing = resolveAndWait(*resolve("sso-modern")->credentials);
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains("run `aws sso login --profile sso-modern`"));
        QCOMPARE(operationCount("GetRoleCredentials"), 0);

        writeSsoToken("kinescope", "kinescope-sso-token",
                      QDateTime::currentDateTimeUtc().addSecs(-60));
        auto expired = resolveAndWait(*resolve("sso-modern")->credentials);
        QVERIFY(!expired);
        QVERIFY2(expired.error().message.contains("expired"), qPrintable(expired.error().message));
        QCOMPARE(operationCount("GetRoleCredentials"), 0);

        // The cache says valid, the portal says no: same advice.
        writeSsoToken("kinescope", "kinescope-sso-expired",
                      QDateTime::currentDateTimeUtc().addSecs(3600));
        auto rejected = resolveAndWait(*resolve("sso-modern")->credentials);
        QVERIFY(!rejected);
        QCOMPARE(rejected.error().kind, AwsError::Kind::Credentials);
        QVERIFY2(rejected.error().message.contains("is no longer valid: run `aws sso login "
                                                   "--profile sso-modern`"),
                 qPrintable(rejected.error().message));
        QVERIFY(!rejected.error().message.contains("kinescope-sso-expired"));
    }

    void cleanupTestCase() { m_fixture.reset(); }

private:
    std::unique_ptr<test::EmulatorFixture> m_fixture;
    std::unique_ptr<AwsTestHome> m_home;
    QStringList m_operations;
};

QTEST_GUILESS_MAIN(TestCredentialsEmulator)
#include "test_credentials_emulator.moc"
