// The individual credential providers: environment, static profile keys, credential_process,
// the keychain (with the in-memory store), and the pure parts of AssumeRole and SSO.
#include "core/aws/assume_role_credentials.h"
#include "core/aws/environment_credentials.h"
#include "core/aws/keychain_credentials.h"
#include "core/aws/memory_secret_store.h"
#include "core/aws/process_credentials.h"
#include "core/aws/profile_credentials.h"
#include "core/aws/sso_credentials.h"

#include "tests/core/aws/aws_test_home.h"
#include "tests/core/aws/credentials_test_util.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTest>
#include <QUrlQuery>

using namespace kinescope;
using kinescope::test::AwsTestHome;
using kinescope::test::errorText;
using kinescope::test::resolveAndWait;

namespace {

// A credential_process script: counts its runs in $HOME/runs, prints AKIDRUN<n> with the
// expiration written in $HOME/expiry (none when the file is empty).
const QByteArray kCountingScript = R"SH(#!/bin/sh
n=$(cat "$HOME/runs" 2>/dev/null || echo 0)
n=$((n + 1))
echo $n > "$HOME/runs"
exp=$(cat "$HOME/expiry" 2>/dev/null)
if [ -n "$exp" ]; then
  printf '{"Version": 1, "AccessKeyId": "AKIDRUN%s", "SecretAccessKey": "secret%s", "SessionToken": "tok", "Expiration": "%s"}' "$n" "$n" "$exp"
else
  printf '{"Version": 1, "AccessKeyId": "AKIDRUN%s", "SecretAccessKey": "secret%s"}' "$n" "$n"
fi
)SH";

QString iso(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

class TestCredentialProviders : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void credentialTimes() {
        const QDateTime t(QDate(2019, 11, 14), QTime(4, 5, 45), Qt::UTC);
        QCOMPARE(parseCredentialTime("2019-11-14T04:05:45Z"), t);
        QCOMPARE(parseCredentialTime("2019-11-14T04:05:45UTC"), t); // older AWS CLI v2 caches
        QCOMPARE(parseCredentialTime("2019-11-14T06:05:45+02:00"), t);
        QCOMPARE(parseCredentialTime("2019-11-14T04:05:45"), t); // no zone: UTC
        QCOMPARE(parseCredentialTime("2019-11-14T04:05:45.250Z"), t.addMSecs(250));
        QVERIFY(!parseCredentialTime("next tuesday").isValid());
        QVERIFY(!parseCredentialTime(QString()).isValid());
    }

    void environmentVariables() {
        QProcessEnvironment env;
        QVERIFY(!EnvironmentCredentialProvider::isConfigured(env));
        env.insert("AWS_ACCESS_KEY_ID", "AKIDENV");
        QVERIFY(EnvironmentCredentialProvider::isConfigured(env));

        EnvironmentCredentialProvider partial(env);
        auto r = resolveAndWait(partial);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, AwsError::Kind::Credentials);
        QVERIFY2(r.error().message.contains("AWS_SECRET_ACCESS_KEY"), qPrintable(errorText(r)));

        env.insert("AWS_SECRET_ACCESS_KEY", "envsecret");
        env.insert("AWS_SECURITY_TOKEN", "oldtoken");
        auto legacy = EnvironmentCredentialProvider::read(env);
        QVERIFY(legacy);
        QCOMPARE(legacy->sessionToken, QString("oldtoken"));

        env.insert("AWS_SESSION_TOKEN", "newtoken");
        env.remove("AWS_SECURITY_TOKEN");
        const QDateTime expiry = QDateTime::currentDateTimeUtc().addSecs(3600);
        env.insert("AWS_CREDENTIAL_EXPIRATION", iso(expiry));
        EnvironmentCredentialProvider full(env);
        auto c = resolveAndWait(full);
        QVERIFY2(c, qPrintable(errorText(c)));
        QCOMPARE(c->accessKeyId, QString("AKIDENV"));
        QCOMPARE(c->secretAccessKey, QString("envsecret"));
        QCOMPARE(c->sessionToken, QString("newtoken"));
        QCOMPARE(c->expiration, QDateTime::fromSecsSinceEpoch(expiry.toSecsSinceEpoch(), Qt::UTC));
        QCOMPARE(full.describe(), QString("environment variables"));

        env.insert("AWS_CREDENTIAL_EXPIRATION", "2001-01-01T00:00:00Z");
        auto expired = EnvironmentCredentialProvider::read(env);
        QVERIFY(!expired);
        QVERIFY(expired.error().message.contains("expired"));
        env.insert("AWS_CREDENTIAL_EXPIRATION", "tomorrow");
        QVERIFY(!EnvironmentCredentialProvider::read(env));
    }

    void staticProfileKeys() {
        auto pc = ProfileConfig::fromText(
            "[profile a]\naws_access_key_id = AKIDA\naws_secret_access_key = sa\n"
            "aws_session_token = ta\n"
            "[profile b]\n\naws_access_key_id = AKIDB\n"
            "[profile c]\naws_access_key_id =\naws_secret_access_key = sc\n",
            {}, {"/cfg", "/creds"});
        QVERIFY(pc);
        auto a = ProfileCredentials::read("a", *pc->configProfile("a"));
        QVERIFY(a);
        QCOMPARE(a->sessionToken, QString("ta"));
        QCOMPARE(a->source, QString("profile 'a' (/cfg)"));

        auto b = resolveAndWait(*ProfileCredentials::provider("b", *pc->configProfile("b")));
        QVERIFY(!b);
        QCOMPARE(b.error().message,
                 QString("The profile 'b' (/cfg, line 5) has aws_access_key_id but no "
                         "aws_secret_access_key"));
        auto c = ProfileCredentials::read("c", *pc->configProfile("c"));
        QVERIFY(!c);
        QVERIFY(c.error().message.contains("empty aws_access_key_id"));
        QVERIFY(!c.error().message.contains("sc"));
    }

    void processCredentialsAreCachedUntilNearExpiry() {
        AwsTestHome home;
        const QString script = home.write("bin/creds.sh", kCountingScript, true);
        QDateTime expiry = QDateTime::currentDateTimeUtc().addSecs(3600);
        home.write("expiry", iso(expiry).toUtf8());

        ProcessCredentialProvider p("dev", script, home.env());
        QDateTime now = QDateTime::currentDateTimeUtc();
        p.setClock([&now]() { return now; });

        auto first = resolveAndWait(p);
        QVERIFY2(first, qPrintable(errorText(first)));
        QCOMPARE(first->accessKeyId, QString("AKIDRUN1"));
        QCOMPARE(first->sessionToken, QString("tok"));
        QCOMPARE(first->expiration.toSecsSinceEpoch(), expiry.toSecsSinceEpoch());
        QCOMPARE(first->source, QString("profile 'dev' (credential_process)"));

        // Still an hour to go: the cached credentials are handed out, the script is not run.
        auto second = resolveAndWait(p);
        QVERIFY(second);
        QCOMPARE(second->accessKeyId, QString("AKIDRUN1"));
        QCOMPARE(p.fetchCount(), 1);

        // Four minutes before expiry (inside the five-minute margin): the script runs again.
        now = expiry.addSecs(-4 * 60);
        expiry = expiry.addSecs(3600);
        home.write("expiry", iso(expiry).toUtf8());
        auto third = resolveAndWait(p);
        QVERIFY2(third, qPrintable(errorText(third)));
        QCOMPARE(third->accessKeyId, QString("AKIDRUN2"));
        QCOMPARE(p.fetchCount(), 2);

        // invalidate() forces a new run.
        p.invalidate();
        auto fourth = resolveAndWait(p);
        QVERIFY(fourth);
        QCOMPARE(fourth->accessKeyId, QString("AKIDRUN3"));
    }

    void processWithoutExpirationIsCachedForever() {
        AwsTestHome home;
        const QString script = home.write("bin/creds.sh", kCountingScript, true);
        ProcessCredentialProvider p("dev", script, home.env());
        QCOMPARE(resolveAndWait(p)->accessKeyId, QString("AKIDRUN1"));
        QCOMPARE(resolveAndWait(p)->accessKeyId, QString("AKIDRUN1"));
        QCOMPARE(p.fetchCount(), 1);
        QVERIFY(!resolveAndWait(p)->expiration.isValid());
    }

    void concurrentResolvesShareOneRun() {
        AwsTestHome home;
        const QString script = home.write("bin/creds.sh", kCountingScript, true);
        ProcessCredentialProvider p("dev", script, home.env());
        QList<Result<Credentials>> results;
        for (int i = 0; i < 4; ++i)
            p.resolve([&results](const Result<Credentials>& r) { results.append(r); });
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 4, 15000);
        for (const auto& r : results) {
            QVERIFY(r);
            QCOMPARE(r->accessKeyId, QString("AKIDRUN1"));
        }
        QCOMPARE(p.fetchCount(), 1);
        QFile runs(home.filePath("runs"));
        QVERIFY(runs.open(QIODevice::ReadOnly));
        QCOMPARE(runs.readAll().trimmed(), QByteArray("1"));
    }

    void processArgumentsAreSplitLikeAShell() {
        AwsTestHome home;
        const QString script = home.write(
            "bin/echo key.sh",
            "#!/bin/sh\nprintf '{\"Version\":1,\"AccessKeyId\":\"%s\",\"SecretAccessKey\":\"%s\"}' "
            "\"$1\" \"$2\"\n",
            true);
        ProcessCredentialProvider p("dev", QString("'%1' \"AKID WITH SPACE\" s\\ 2").arg(script),
                                    home.env());
        auto r = resolveAndWait(p);
        QVERIFY2(r, qPrintable(errorText(r)));
        QCOMPARE(r->accessKeyId, QString("AKID WITH SPACE"));
        QCOMPARE(r->secretAccessKey, QString("s 2"));
    }

    void failingProcessReportsItsStderr() {
        AwsTestHome home;
        const QString script =
            home.write("bin/fail.sh",
                       "#!/bin/sh\necho 'token expired, please log in again' >&2\nexit 3\n", true);
        ProcessCredentialProvider p("corp", script, home.env());
        auto r = resolveAndWait(p);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, AwsError::Kind::Credentials);
        QCOMPARE(r.error().message,
                 QString("credential_process of profile 'corp' failed with exit code 3: token "
                         "expired, please log in again"));

        // Failures are not cached: once the command works, the next resolve() succeeds.
        home.write("bin/fail.sh", kCountingScript, true);
        auto fixed = resolveAndWait(p);
        QVERIFY2(fixed, qPrintable(errorText(fixed)));
        QCOMPARE(p.fetchCount(), 2);
    }

    void badProcessOutput_data() {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("AccessKeyId=AKID SecretAccessKey=SECRETVALUE")
                                  << "credential_process of profile 'p' printed invalid JSON";
        QTest::newRow("array") << QByteArray("[1]") << "printed JSON that is not an object";
        QTest::newRow("version 2")
            << QByteArray(R"({"Version":2,"AccessKeyId":"A","SecretAccessKey":"SECRETVALUE"})")
            << "printed unsupported Version '2'";
        QTest::newRow("no version")
            << QByteArray(R"({"AccessKeyId":"A","SecretAccessKey":"SECRETVALUE"})")
            << "<Version key not provided>";
        QTest::newRow("no secret")
            << QByteArray(R"({"Version":1,"AccessKeyId":"A"})") << "printed no SecretAccessKey";
        QTest::newRow("bad expiration")
            << QByteArray(
                   R"({"Version":1,"AccessKeyId":"A","SecretAccessKey":"SECRETVALUE","Expiration":"soon"})")
            << "printed an Expiration that is not an ISO 8601 time";
        QTest::newRow("expired")
            << QByteArray(
                   R"({"Version":1,"AccessKeyId":"A","SecretAccessKey":"SECRETVALUE","Expiration":"2020-01-01T00:00:00Z"})")
            << "printed credentials that expired at 2020-01-01T00:00:00Z";
    }

    void badProcessOutput() {
        QFETCH(QByteArray, output);
        QFETCH(QString, expected);
        AwsTestHome home;
        home.write("out.json", output);
        const QString script =
            home.write("bin/print.sh", "#!/bin/sh\ncat \"$HOME/out.json\"\n", true);
        ProcessCredentialProvider p("p", script, home.env());
        auto r = resolveAndWait(p);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
        QVERIFY(r.error().message.contains("'p'"));
        QVERIFY2(!r.error().message.contains("SECRETVALUE"), qPrintable(r.error().message));
    }

    void missingProgram() {
        AwsTestHome home;
        ProcessCredentialProvider p("p", home.filePath("does/not/exist --flag"), home.env());
        auto r = resolveAndWait(p);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains("could not be started"), qPrintable(r.error().message));
        ProcessCredentialProvider unclosed("p", "tool 'open", home.env());
        QVERIFY(resolveAndWait(unclosed).error().message.contains("unclosed quote"));
    }

    void destroyingAProviderWhileItsProcessRuns() {
        AwsTestHome home;
        const QString script = home.write("bin/slow.sh", "#!/bin/sh\nsleep 5\n", true);
        bool called = false;
        {
            ProcessCredentialProvider p("p", script, home.env());
            p.resolve([&called](const Result<Credentials>&) { called = true; });
        }
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void keychainProfiles() {
        auto store = std::make_shared<MemorySecretStore>();
        AppProfile profile{"review", "AKIDAPP", "eu-central-1", QString()};

        KeychainCredentialProvider p(profile, store);
        auto missing = resolveAndWait(p);
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, AwsError::Kind::Credentials);
        QVERIFY2(
            missing.error().message.contains("'review'") &&
                missing.error().message.contains("secret key is not in the memory secret store"),
            qPrintable(missing.error().message));

        bool stored = false;
        KeychainCredentialProvider::storeSecret(*store, profile, "appsecret",
                                                [&stored](const Status& s) { stored = s.ok(); });
        QTRY_VERIFY(stored);
        QVERIFY(store->contains(profile.secretKeyName()));

        auto ok = resolveAndWait(p);
        QVERIFY2(ok, qPrintable(errorText(ok)));
        QCOMPARE(ok->accessKeyId, QString("AKIDAPP"));
        QCOMPARE(ok->secretAccessKey, QString("appsecret"));
        QVERIFY(ok->sessionToken.isEmpty());
        QCOMPARE(ok->source, QString("app profile 'review' (memory secret store)"));
        const int reads = store->readCount();
        QVERIFY(resolveAndWait(p));
        QCOMPARE(store->readCount(), reads); // cached

        // A locked/unavailable store: the error says which profile and why.
        store->setUnavailable("the keyring is locked");
        p.invalidate();
        auto locked = resolveAndWait(p);
        QVERIFY(!locked);
        QCOMPARE(locked.error().message,
                 QString("Reading the secret key of profile 'review' from the memory secret store "
                         "failed: the keyring is locked"));
        store->setUnavailable(QString());

        bool removed = false;
        KeychainCredentialProvider::removeSecret(*store, profile,
                                                 [&removed](const Status& s) { removed = s.ok(); });
        QTRY_VERIFY(removed);
        QVERIFY(!store->contains(profile.secretKeyName()));

        KeychainCredentialProvider noKeyId(AppProfile{"x", QString(), QString(), QString()}, store);
        QVERIFY(resolveAndWait(noKeyId).error().message.contains(
            "The profile 'x' has no access key id"));
    }

    void appProfilesInSettings() {
        AwsTestHome home;
        const QString path = home.filePath("kinescope.ini");
        {
            QSettings settings(path, QSettings::IniFormat);
            saveAppProfiles(settings,
                            {AppProfile{"review", "AKIDAPP1", "eu-west-1", QString()},
                             AppProfile{"lab", "AKIDAPP2", QString(), "http://127.0.0.1:4566"}});
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("AKIDAPP1"));
        QSettings settings(path, QSettings::IniFormat);
        const QList<AppProfile> loaded = loadAppProfiles(settings);
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded.at(0).name, QString("review"));
        QCOMPARE(loaded.at(0).region, QString("eu-west-1"));
        QCOMPARE(loaded.at(1).accessKeyId, QString("AKIDAPP2"));
        QCOMPARE(loaded.at(1).endpointUrl, QString("http://127.0.0.1:4566"));
        saveAppProfiles(settings, {loaded.at(1)});
        QCOMPARE(loadAppProfiles(settings).size(), 1);
    }

    void assumeRoleRequest() {
        AssumeRoleCredentialProvider::Params params;
        params.roleArn = "arn:aws:iam::123456789012:role/Review Role";
        params.externalId = "ext/1+2";
        params.durationSeconds = 1800;
        const AwsRequest r =
            AssumeRoleCredentialProvider::buildRequest(params, "kinescope-session-7");
        QCOMPARE(r.serviceId, QString("STS"));
        QCOMPARE(r.endpointPrefix, QString("sts"));
        QCOMPARE(r.signingName, QString("sts"));
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QString("/"));
        QVERIFY(!r.anonymous);
        const QUrlQuery form(QString::fromUtf8(r.body));
        QCOMPARE(form.queryItemValue("Action"), QString("AssumeRole"));
        QCOMPARE(form.queryItemValue("Version"), QString("2011-06-15"));
        QCOMPARE(form.queryItemValue("RoleArn", QUrl::FullyDecoded), params.roleArn);
        QCOMPARE(form.queryItemValue("RoleSessionName"), QString("kinescope-session-7"));
        QCOMPARE(form.queryItemValue("ExternalId", QUrl::FullyDecoded), QString("ext/1+2"));
        QCOMPARE(form.queryItemValue("DurationSeconds"), QString("1800"));
        QVERIFY(r.body.contains("ExternalId=ext%2F1%2B2"));

        params.externalId.clear();
        params.durationSeconds.reset();
        const QUrlQuery bare(
            QString::fromUtf8(AssumeRoleCredentialProvider::buildRequest(params, "s").body));
        QVERIFY(!bare.hasQueryItem("ExternalId"));
        QVERIFY(!bare.hasQueryItem("DurationSeconds"));
    }

    void assumeRoleResponse() {
        // The example response of the STS API reference.
        const QByteArray xml =
            "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n"
            "  <AssumeRoleResult>\n"
            "  <SourceIdentity>Alice</SourceIdentity>\n"
            "    <AssumedRoleUser>\n"
            "      <Arn>arn:aws:sts::123456789012:assumed-role/demo/TestAR</Arn>\n"
            "      <AssumedRoleId>ARO123EXAMPLE123:TestAR</AssumedRoleId>\n"
            "    </AssumedRoleUser>\n"
            "    <Credentials>\n"
            "      <AccessKeyId>ASIAIOSFODNN7EXAMPLE</AccessKeyId>\n"
            "      <SecretAccessKey>wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY</SecretAccessKey>\n"
            "      "
            "<SessionToken>AQoDYXdzEPT/"
            "wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8"
            "YUuwthAx7mSEI/qkPpKPi/"
            "kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6f"
            "E8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+"
            "scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA==</SessionToken>\n"
            "      <Expiration>2019-11-09T13:34:41Z</Expiration>\n"
            "    </Credentials>\n"
            "    <PackedPolicySize>6</PackedPolicySize>\n"
            "  </AssumeRoleResult>\n"
            "  <ResponseMetadata>\n"
            "    <RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId>\n"
            "  </ResponseMetadata>\n"
            "</AssumeRoleResponse>\n";
        auto c = AssumeRoleCredentialProvider::parseResponse(xml);
        QVERIFY2(c, qPrintable(errorText(c)));
        QCOMPARE(c->accessKeyId, QString("ASIAIOSFODNN7EXAMPLE"));
        QCOMPARE(c->secretAccessKey, QString("wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY"));
        QVERIFY(c->sessionToken.startsWith("AQoDYXdzEPT/wEXAMPLE"));
        QVERIFY(c->sessionToken.endsWith("oLxBA=="));
        QCOMPARE(c->expiration, QDateTime(QDate(2019, 11, 9), QTime(13, 34, 41), Qt::UTC));

        auto broken = AssumeRoleCredentialProvider::parseResponse("<AssumeRoleResponse><Assume");
        QVERIFY(!broken);
        QCOMPARE(broken.error().kind, AwsError::Kind::Parse);
        auto empty = AssumeRoleCredentialProvider::parseResponse(
            "<AssumeRoleResponse><AssumeRoleResult/></AssumeRoleResponse>");
        QVERIFY(!empty);
    }

    void ssoTokenCache() {
        AwsTestHome home;
        SsoCredentialProvider::Params legacy;
        legacy.profile = "legacy";
        legacy.startUrl = "https://d-abc123.awsapps.com/start";
        legacy.cacheDir = home.filePath(".aws/sso/cache");
        // The cache key the AWS CLI uses (botocore's own test vector).
        QCOMPARE(SsoCredentialProvider::tokenCachePath(legacy),
                 home.filePath(".aws/sso/cache/40a89917e3175433e361b710a9d43528d7f1890a.json"));
        SsoCredentialProvider::Params session = legacy;
        session.profile = "modern";
        session.sessionName = "dev";
        QCOMPARE(SsoCredentialProvider::tokenCachePath(session),
                 home.filePath(".aws/sso/cache/34c6fceca75e456f25e7e99531e2425c6c1de443.json"));

        auto missing = SsoCredentialProvider::loadToken(session);
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, AwsError::Kind::Credentials);
        QVERIFY2(missing.error().message.contains("run `aws sso login --profile modern`"),
                 qPrintable(missing.error().message));

        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(3600);
        home.write(".aws/sso/cache/34c6fceca75e456f25e7e99531e2425c6c1de443.json",
                   QJsonDocument(QJsonObject{{"accessToken", "sso-access-token"},
                                             {"expiresAt", iso(later)},
                                             {"region", "us-east-1"}})
                       .toJson());
        auto token = SsoCredentialProvider::loadToken(session);
        QVERIFY2(token, qPrintable(token ? QString() : token.error().message));
        QCOMPARE(token->accessToken, QString("sso-access-token"));
        QCOMPARE(token->expiresAt.toSecsSinceEpoch(), later.toSecsSinceEpoch());

        auto expired = SsoCredentialProvider::loadToken(session, later.addSecs(1));
        QVERIFY(!expired);
        QVERIFY(expired.error().message.contains("expired"));
        QVERIFY(expired.error().message.contains("aws sso login --profile modern"));
        QVERIFY(!expired.error().message.contains("sso-access-token"));

        home.write(".aws/sso/cache/40a89917e3175433e361b710a9d43528d7f1890a.json",
                   "{\"startUrl\":1}");
        auto invalid = SsoCredentialProvider::loadToken(legacy);
        QVERIFY(!invalid);
        QVERIFY(invalid.error().message.contains("is invalid"));
    }

    void ssoRequestAndResponse() {
        SsoCredentialProvider::Params p;
        p.roleName = "ReadOnly";
        p.accountId = "123456789012";
        const AwsRequest r = SsoCredentialProvider::buildRequest(p, "tok");
        QCOMPARE(r.serviceId, QString("SSO"));
        QCOMPARE(r.endpointPrefix, QString("portal.sso"));
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.path, QString("/federation/credentials"));
        QVERIFY(r.anonymous);
        QVERIFY(r.query.contains(qMakePair(QString("role_name"), QString("ReadOnly"))));
        QVERIFY(r.query.contains(qMakePair(QString("account_id"), QString("123456789012"))));
        QVERIFY(
            r.headers.contains(qMakePair(QByteArray("x-amz-sso_bearer_token"), QByteArray("tok"))));

        auto c = SsoCredentialProvider::parseResponse(
            R"({"roleCredentials":{"accessKeyId":"ASIASSO","secretAccessKey":"ssosecret",)"
            R"("sessionToken":"ssotoken","expiration":1700000000000}})");
        QVERIFY2(c, qPrintable(errorText(c)));
        QCOMPARE(c->accessKeyId, QString("ASIASSO"));
        QCOMPARE(c->sessionToken, QString("ssotoken"));
        QCOMPARE(c->expiration.toSecsSinceEpoch(), qint64(1700000000));
        QVERIFY(!SsoCredentialProvider::parseResponse("{\"roleCredentials\":{}}"));
        QVERIFY(!SsoCredentialProvider::parseResponse("garbage"));
    }
};

QTEST_GUILESS_MAIN(TestCredentialProviders)
#include "test_credential_providers.moc"
