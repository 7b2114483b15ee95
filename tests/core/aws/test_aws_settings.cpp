// resolveAwsSettings: which profile, region, endpoints and credential source the AWS CLI v2
// would use, from a temporary HOME with config files and an injected environment.
#include "core/aws/assume_role_credentials.h"
#include "core/aws/aws_settings.h"
#include "core/aws/environment_credentials.h"
#include "core/aws/keychain_credentials.h"
#include "core/aws/memory_secret_store.h"
#include "core/aws/process_credentials.h"
#include "core/aws/sso_credentials.h"

#include "tests/core/aws/aws_test_home.h"
#include "tests/core/aws/credentials_test_util.h"

#include <QTest>

using namespace kinescope;
using kinescope::test::AwsTestHome;
using kinescope::test::errorText;
using kinescope::test::resolveAndWait;

namespace {

Result<AwsSetup> resolve(AwsTestHome& home, const QString& profileOption = {},
                         const QString& regionOption = {}, const QString& endpointOption = {}) {
    AwsSettingsInput in = home.input();
    in.profile = profileOption;
    in.region = regionOption;
    in.endpointUrl = endpointOption;
    return resolveAwsSettings(in);
}

// The access key id the resolved credentials carry ("" and the message on failure).
QString keyOf(const Result<AwsSetup>& setup, QString* error = nullptr) {
    if (!setup) {
        if (error)
            *error = setup.error().message;
        return {};
    }
    auto creds = resolveAndWait(*setup->credentials);
    if (!creds) {
        if (error)
            *error = creds.error().message;
        return {};
    }
    return creds->accessKeyId;
}

QString errorOf(const Result<AwsSetup>& setup) {
    if (!setup)
        return setup.error().message;
    auto creds = resolveAndWait(*setup->credentials);
    return creds ? QString() : creds.error().message;
}

const QByteArray kConfig = "[default]\n"
                           "region = eu-west-1\n"
                           "aws_access_key_id = AKIDCONFIGDEFAULT\n"
                           "aws_secret_access_key = secret-config-default\n"
                           "[profile dev]\n"
                           "region = us-west-2\n"
                           "aws_access_key_id = AKIDCONFIGDEV\n"
                           "aws_secret_access_key = secret-config-dev\n"
                           "[profile proc]\n"
                           "credential_process = /bin/sh -c 'printf \"{\\\"Version\\\": 1, "
                           "\\\"AccessKeyId\\\": \\\"AKIDPROCESS\\\", \\\"SecretAccessKey\\\": "
                           "\\\"secret-process\\\"}\"'\n"
                           "aws_access_key_id = AKIDCONFIGPROC\n"
                           "aws_secret_access_key = secret-config-proc\n"
                           "[profile regionless]\n"
                           "aws_access_key_id = AKIDREGIONLESS\n"
                           "aws_secret_access_key = secret-regionless\n";
const QByteArray kCredentials = "[dev]\n"
                                "aws_access_key_id = AKIDCREDSDEV\n"
                                "aws_secret_access_key = secret-creds-dev\n"
                                "[credsonly]\n"
                                "aws_access_key_id = AKIDCREDSONLY\n"
                                "aws_secret_access_key = secret-creds-only\n";

} // namespace

class TestAwsSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_home = std::make_unique<AwsTestHome>();
        QVERIFY(m_home->isValid());
        m_home->writeConfig(kConfig);
        m_home->writeCredentials(kCredentials);
    }

    void profileSelection() {
        auto def = resolve(*m_home);
        QVERIFY(def);
        QCOMPARE(def->profile, QString("default"));
        QCOMPARE(def->profileOrigin, AwsSetup::ProfileOrigin::Default);
        QCOMPARE(keyOf(def), QString("AKIDCONFIGDEFAULT"));

        m_home->setEnv("AWS_DEFAULT_PROFILE", "regionless");
        QCOMPARE(resolve(*m_home)->profile, QString("regionless"));
        m_home->setEnv("AWS_PROFILE", "credsonly");
        auto env = resolve(*m_home);
        QCOMPARE(env->profile, QString("credsonly"));
        QCOMPARE(env->profileOrigin, AwsSetup::ProfileOrigin::Environment);
        QCOMPARE(keyOf(env), QString("AKIDCREDSONLY"));

        auto opt = resolve(*m_home, "dev");
        QCOMPARE(opt->profile, QString("dev"));
        QCOMPARE(opt->profileOrigin, AwsSetup::ProfileOrigin::Option);
    }

    // The CLI's order: environment keys, then the profile — but --profile switches the
    // environment keys off (AWS_PROFILE does not).
    void environmentKeysVersusProfiles() {
        m_home->setEnv("AWS_ACCESS_KEY_ID", "AKIDENVIRONMENT");
        m_home->setEnv("AWS_SECRET_ACCESS_KEY", "secret-env");
        QCOMPARE(keyOf(resolve(*m_home)), QString("AKIDENVIRONMENT"));
        m_home->setEnv("AWS_PROFILE", "dev");
        QCOMPARE(keyOf(resolve(*m_home)), QString("AKIDENVIRONMENT"));
        QCOMPARE(keyOf(resolve(*m_home, "dev")), QString("AKIDCREDSDEV"));
        auto setup = resolve(*m_home, "dev");
        QVERIFY(!dynamic_cast<EnvironmentCredentialProvider*>(setup->credentials.get()));
    }

    void sourceOrderWithinAProfile() {
        // credentials file keys > credential_process > config file keys
        QCOMPARE(keyOf(resolve(*m_home, "dev")), QString("AKIDCREDSDEV"));
        QString error;
        QCOMPARE(keyOf(resolve(*m_home, "proc"), &error), QString("AKIDPROCESS"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto proc = resolve(*m_home, "proc");
        QVERIFY(dynamic_cast<ProcessCredentialProvider*>(proc->credentials.get()));
        QCOMPARE(proc->credentials->describe(), QString("profile 'proc' (credential_process)"));
    }

    void regionPrecedence() {
        QCOMPARE(resolve(*m_home)->region, QString("eu-west-1"));
        QCOMPARE(resolve(*m_home)->regionSource, QString("profile 'default'"));
        QCOMPARE(resolve(*m_home, "dev")->region, QString("us-west-2"));
        auto none = resolve(*m_home, "regionless");
        QVERIFY(none->region.isEmpty());
        QVERIFY(none->regionSource.isEmpty());
        // No region: the endpoint resolver refuses with a Config error.
        auto url =
            none->clientConfig().endpoints.resolve("KINESIS_VIDEO", "kinesisvideo", none->region);
        QVERIFY(!url);
        QCOMPARE(url.error().kind, AwsError::Kind::Config);

        m_home->setEnv("AWS_DEFAULT_REGION", "ap-south-1");
        QCOMPARE(resolve(*m_home, "dev")->region, QString("ap-south-1"));
        m_home->setEnv("AWS_REGION", "sa-east-1");
        auto env = resolve(*m_home, "dev");
        QCOMPARE(env->region, QString("sa-east-1"));
        QCOMPARE(env->regionSource, QString("AWS_REGION"));
        auto opt = resolve(*m_home, "dev", "cn-north-1");
        QCOMPARE(opt->region, QString("cn-north-1"));
        QCOMPARE(opt->regionSource, QString("--region"));
        QCOMPARE(opt->clientConfig().region, QString("cn-north-1"));
    }

    void missingProfiles() {
        auto named = resolve(*m_home, "nope");
        QVERIFY(!named);
        QCOMPARE(named.error().kind, AwsError::Kind::Config);
        QCOMPARE(named.error().message,
                 QString("The profile 'nope' was not found in %1 or %2")
                     .arg(m_home->filePath(".aws/config"), m_home->filePath(".aws/credentials")));
        m_home->setEnv("AWS_PROFILE", "gone");
        auto env = resolve(*m_home);
        QVERIFY(!env);
        QVERIFY(
            env.error().message.startsWith("The profile 'gone' (from AWS_PROFILE) was not found"));

        // No files at all and no profile named: settings resolve, credentials say what was tried.
        AwsTestHome empty;
        auto bare = resolve(empty);
        QVERIFY(bare);
        QVERIFY(!bare->profileExists);
        const QString error = errorOf(bare);
        QVERIFY2(error.startsWith("No AWS credentials found for profile 'default'. Tried: "
                                  "environment variables (AWS_ACCESS_KEY_ID is not set); profile "
                                  "'default' (not found in"),
                 qPrintable(error));
        auto creds = resolveAndWait(*bare->credentials);
        QCOMPARE(creds.error().kind, AwsError::Kind::Credentials);
    }

    void brokenProfilesNameTheProfile_data() {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("expected");
        QTest::newRow("key without secret")
            << QByteArray("[profile x]\naws_access_key_id = AKIDX\n") << "x"
            << "The profile 'x' (%1, line 1) has aws_access_key_id but no aws_secret_access_key";
        QTest::newRow("secret without key")
            << QByteArray("[profile x]\naws_secret_access_key = shh-its-secret\n") << "x"
            << "profile 'x' (%1, line 1, has aws_secret_access_key but no aws_access_key_id)";
        QTest::newRow("nothing usable") << QByteArray("[profile x]\nregion = us-east-1\n") << "x"
                                        << "No AWS credentials found for profile 'x'";
        QTest::newRow("source profile missing")
            << QByteArray("[profile x]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = y\n")
            << "x"
            << "The source_profile 'y' referenced in the profile 'x' does not exist";
        QTest::newRow("source and credential_source")
            << QByteArray("[profile x]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = x\n"
                          "credential_source = Environment\n")
            << "x"
            << "The profile 'x' contains both source_profile and credential_source";
        QTest::newRow("role without source")
            << QByteArray("[profile x]\nrole_arn = arn:aws:iam::1:role/r\n") << "x"
            << "The profile 'x' has role_arn but neither source_profile nor credential_source";
        QTest::newRow("loop")
            << QByteArray("[profile a]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = b\n"
                          "[profile b]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = c\n"
                          "[profile c]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = a\n")
            << "a"
            << "Infinite loop in the source_profile chain of profile 'a': a -> b -> c -> a";
        QTest::newRow("self without keys")
            << QByteArray("[profile a]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = a\n")
            << "a"
            << "Infinite loop in the source_profile chain of profile 'a': a -> a";
        QTest::newRow("source without credentials")
            << QByteArray("[profile a]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = b\n"
                          "[profile b]\nregion = us-east-1\n")
            << "a"
            << "The source profile 'b' of profile 'a' must have credentials";
        QTest::newRow("bad credential_source")
            << QByteArray(
                   "[profile a]\nrole_arn = arn:aws:iam::1:role/r\ncredential_source = env\n")
            << "a"
            << "The credential_source 'env' in profile 'a' is not valid";
        QTest::newRow("environment source without keys")
            << QByteArray("[profile a]\nrole_arn = arn:aws:iam::1:role/r\n"
                          "credential_source = Environment\n")
            << "a"
            << "The profile 'a' has credential_source Environment but AWS_ACCESS_KEY_ID is not set";
        QTest::newRow("bad duration")
            << QByteArray("[profile a]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = b\n"
                          "duration_seconds = an hour\n[profile b]\n")
            << "a"
            << "The profile 'a' has duration_seconds 'an hour'";
        QTest::newRow("mfa")
            << QByteArray("[profile a]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = b\n"
                          "mfa_serial = arn:aws:iam::1:mfa/u\n[profile b]\n")
            << "a"
            << "The profile 'a' needs an MFA code (mfa_serial)";
        QTest::newRow("web identity")
            << QByteArray("[profile a]\nrole_arn = arn:aws:iam::1:role/r\n"
                          "web_identity_token_file = /tmp/t\n")
            << "a"
            << "The profile 'a' uses a web identity token";
        QTest::newRow("sso incomplete")
            << QByteArray("[profile s]\nsso_account_id = 123456789012\nsso_region = us-east-1\n")
            << "s"
            << "The profile 's' is configured to use SSO but is missing required configuration: "
               "sso_start_url, sso_role_name";
        QTest::newRow("sso session missing")
            << QByteArray(
                   "[profile s]\nsso_session = corp\nsso_account_id = 1\nsso_role_name = r\n")
            << "s"
            << "The profile 's' refers to sso_session 'corp', but there is no [sso-session corp]";
        QTest::newRow("sso session conflict")
            << QByteArray("[profile s]\nsso_session = corp\nsso_account_id = 1\nsso_role_name = r\n"
                          "sso_region = us-east-1\n[sso-session corp]\nsso_region = eu-west-1\n"
                          "sso_start_url = https://x.awsapps.com/start\n")
            << "s"
            << "The value of sso_region differs between profile 's' (us-east-1) and sso-session "
               "'corp' (eu-west-1)";
    }

    void brokenProfilesNameTheProfile() {
        QFETCH(QByteArray, config);
        QFETCH(QString, profile);
        QFETCH(QString, expected);
        AwsTestHome home;
        const QString path = home.writeConfig(config);
        if (expected.contains("%1"))
            expected = expected.arg(path);
        const QString error = errorOf(resolve(home, profile));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(!error.contains("shh-its-secret"));
    }

    void roleProfilesBuildTheirChain() {
        AwsTestHome home;
        home.writeConfig("[profile base]\naws_access_key_id = AKIDBASE\n"
                         "aws_secret_access_key = secret-base\n"
                         "[profile viewer]\nrole_arn = arn:aws:iam::123456789012:role/Viewer\n"
                         "source_profile = base\nrole_session_name = alice\nexternal_id = ext\n"
                         "duration_seconds = 900\n"
                         "[profile chained]\nrole_arn = arn:aws:iam::123456789012:role/Lobby\n"
                         "source_profile = viewer\n"
                         "[profile selfish]\nrole_arn = arn:aws:iam::123456789012:role/Self\n"
                         "source_profile = selfish\naws_access_key_id = AKIDSELF\n"
                         "aws_secret_access_key = secret-self\n"
                         "[profile fromenv]\nrole_arn = arn:aws:iam::123456789012:role/Env\n"
                         "credential_source = Environment\n"
                         "[profile keyedrole]\nrole_arn = arn:aws:iam::123456789012:role/Keyed\n"
                         "source_profile = base\naws_access_key_id = AKIDKEYED\n"
                         "aws_secret_access_key = secret-keyed\n"
                         "[profile viakeyed]\nrole_arn = arn:aws:iam::123456789012:role/Via\n"
                         "source_profile = keyedrole\n");
        auto viewer = resolve(home, "viewer", "eu-west-1");
        QVERIFY(viewer);
        auto* role = dynamic_cast<AssumeRoleCredentialProvider*>(viewer->credentials.get());
        QVERIFY(role);
        QCOMPARE(role->params().roleArn, QString("arn:aws:iam::123456789012:role/Viewer"));
        QCOMPARE(role->params().roleSessionName, QString("alice"));
        QCOMPARE(role->params().externalId, QString("ext"));
        QCOMPARE(role->params().durationSeconds.value_or(0), 900);
        QCOMPARE(role->params().region, QString("eu-west-1")); // STS in the session's region
        QCOMPARE(role->source()->describe(),
                 QString("profile 'base' (%1)").arg(home.filePath(".aws/config")));

        auto chained = resolve(home, "chained");
        auto* outer = dynamic_cast<AssumeRoleCredentialProvider*>(chained->credentials.get());
        QVERIFY(outer);
        auto* inner = dynamic_cast<AssumeRoleCredentialProvider*>(outer->source().get());
        QVERIFY(inner);
        QCOMPARE(inner->params().roleArn, QString("arn:aws:iam::123456789012:role/Viewer"));

        // A profile may be its own source when it has keys.
        auto selfish = resolve(home, "selfish");
        auto* self = dynamic_cast<AssumeRoleCredentialProvider*>(selfish->credentials.get());
        QVERIFY(self);
        QCOMPARE(resolveAndWait(*self->source())->accessKeyId, QString("AKIDSELF"));

        // At the top, role_arn wins over keys in the same profile; as a source, the keys win.
        QVERIFY(dynamic_cast<AssumeRoleCredentialProvider*>(
            resolve(home, "keyedrole")->credentials.get()));
        auto via = resolve(home, "viakeyed");
        auto* viaRole = dynamic_cast<AssumeRoleCredentialProvider*>(via->credentials.get());
        QVERIFY(viaRole);
        QCOMPARE(resolveAndWait(*viaRole->source())->accessKeyId, QString("AKIDKEYED"));

        home.setEnv("AWS_ACCESS_KEY_ID", "AKIDENVSOURCE");
        home.setEnv("AWS_SECRET_ACCESS_KEY", "secret-env");
        auto fromEnv = resolve(home, "fromenv");
        auto* envRole = dynamic_cast<AssumeRoleCredentialProvider*>(fromEnv->credentials.get());
        QVERIFY(envRole);
        QVERIFY(dynamic_cast<EnvironmentCredentialProvider*>(envRole->source().get()));
        // STS without any region: the global endpoint's region.
        QVERIFY(envRole->params().region.isEmpty());
    }

    void ssoProfiles() {
        AwsTestHome home;
        home.writeConfig("[profile legacy]\nsso_start_url = https://d-abc123.awsapps.com/start\n"
                         "sso_region = us-east-2\nsso_account_id = 123456789012\n"
                         "sso_role_name = Viewer\nregion = eu-west-1\n"
                         "[profile modern]\nsso_session = corp\nsso_account_id = 123456789012\n"
                         "sso_role_name = Admin\n"
                         "[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\n"
                         "sso_region = eu-central-1\n");
        auto legacy = resolve(home, "legacy");
        auto* l = dynamic_cast<SsoCredentialProvider*>(legacy->credentials.get());
        QVERIFY(l);
        QVERIFY(l->params().sessionName.isEmpty());
        QCOMPARE(l->params().ssoRegion, QString("us-east-2"));
        QCOMPARE(l->params().cacheDir, home.filePath(".aws/sso/cache"));
        auto modern = resolve(home, "modern");
        auto* m = dynamic_cast<SsoCredentialProvider*>(modern->credentials.get());
        QVERIFY(m);
        QCOMPARE(m->params().sessionName, QString("corp"));
        QCOMPARE(m->params().startUrl, QString("https://corp.awsapps.com/start"));
        QCOMPARE(m->params().ssoRegion, QString("eu-central-1"));
        QCOMPARE(m->params().roleName, QString("Admin"));
        // No token cached: the error tells the user what to run.
        const QString error = errorOf(modern);
        QVERIFY2(error.contains("run `aws sso login --profile modern`"), qPrintable(error));
    }

    void endpointOverrides() {
        AwsTestHome home;
        home.writeConfig(
            "[profile local]\nregion = us-east-1\nendpoint_url = http://127.0.0.1:9000\n"
            "services = dev-endpoints\n"
            "aws_access_key_id = AKID\naws_secret_access_key = s\n"
            "[services dev-endpoints]\n"
            "kinesis_video =\n  endpoint_url = http://127.0.0.1:9001\n"
            "sts =\n  endpoint_url = http://127.0.0.1:9002\n"
            "[profile ignoring]\nendpoint_url = http://127.0.0.1:9000\n"
            "ignore_configured_endpoint_urls = true\n"
            "[profile badurl]\nendpoint_url = not a url\n"
            "[profile noservices]\nservices = missing\n");
        home.setEnv("AWS_ENDPOINT_URL", "http://127.0.0.1:8000");
        home.setEnv("AWS_ENDPOINT_URL_KINESIS_VIDEO_ARCHIVED_MEDIA", "http://127.0.0.1:8001");
        auto setup = resolve(home, "local", {}, "https://override.example:8443/base");
        QVERIFY2(setup, qPrintable(setup ? QString() : setup.error().message));
        const auto& o = setup->endpoints;
        QCOMPARE(o.explicitUrl, QUrl("https://override.example:8443/base"));
        QCOMPARE(o.envGlobal, QUrl("http://127.0.0.1:8000"));
        QCOMPARE(o.envService.value("KINESIS_VIDEO_ARCHIVED_MEDIA"), QUrl("http://127.0.0.1:8001"));
        QCOMPARE(o.profileService.value("KINESIS_VIDEO"), QUrl("http://127.0.0.1:9001"));
        QCOMPARE(o.profileService.value("STS"), QUrl("http://127.0.0.1:9002"));
        QCOMPARE(o.profileGlobal, QUrl("http://127.0.0.1:9000"));
        QVERIFY(!o.ignoreConfigured);

        // Through the resolver, in the SDKs' order.
        auto without = resolve(home, "local");
        const EndpointResolver resolver = without->clientConfig().endpoints;
        QCOMPARE(*resolver.resolve("KINESIS_VIDEO_ARCHIVED_MEDIA", "kinesisvideo", "us-east-1"),
                 QUrl("http://127.0.0.1:8001"));
        QCOMPARE(*resolver.resolve("KINESIS_VIDEO", "kinesisvideo", "us-east-1"),
                 QUrl("http://127.0.0.1:9001"));
        QCOMPARE(*resolver.resolve("MEDIASTORE", "mediastore", "us-east-1"),
                 QUrl("http://127.0.0.1:8000"));

        auto ignoring = resolve(home, "ignoring", {}, "http://127.0.0.1:7000");
        QVERIFY(ignoring->endpoints.ignoreConfigured);
        QCOMPARE(ignoring->endpoints.explicitUrl, QUrl("http://127.0.0.1:7000"));
        home.setEnv("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "false");
        QVERIFY(!resolve(home, "ignoring")->endpoints.ignoreConfigured);
        home.setEnv("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "TRUE");
        QVERIFY(resolve(home, "local")->endpoints.ignoreConfigured);
        home.env().remove("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS");

        auto bad = resolve(home, "badurl");
        QVERIFY(!bad);
        QCOMPARE(bad.error().kind, AwsError::Kind::Config);
        QCOMPARE(
            bad.error().message,
            QString("endpoint_url in profile 'badurl' is not a valid http(s) URL: 'not a url'"));
        auto badOption = resolve(home, "local", {}, "ftp://x");
        QVERIFY(!badOption);
        QVERIFY(badOption.error().message.startsWith("--endpoint-url is not a valid"));
        home.setEnv("AWS_ENDPOINT_URL_STS", "::");
        auto badEnv = resolve(home, "local");
        QVERIFY(!badEnv);
        QVERIFY(badEnv.error().message.startsWith("AWS_ENDPOINT_URL_STS is not a valid"));
        home.env().remove("AWS_ENDPOINT_URL_STS");
        auto noServices = resolve(home, "noservices");
        QVERIFY(!noServices);
        QVERIFY(noServices.error().message.contains("there is no [services missing] section"));
    }

    void appProfiles() {
        auto store = std::make_shared<MemorySecretStore>();
        const AppProfile review{"review", "AKIDAPPREVIEW", "eu-north-1", "http://127.0.0.1:4000"};
        const AppProfile clash{"dev", "AKIDAPPDEV", "us-east-2", QString()};
        bool stored = false;
        KeychainCredentialProvider::storeSecret(*store, review, "app-secret",
                                                [&](const Status& s) { stored = s.ok(); });
        QTRY_VERIFY(stored);

        AwsSettingsInput in = m_home->input();
        in.appProfiles = {review, clash};
        in.secretStore = store;
        in.profile = "review";
        auto setup = resolveAwsSettings(in);
        QVERIFY2(setup, qPrintable(setup ? QString() : setup.error().message));
        QVERIFY(setup->isAppProfile);
        QCOMPARE(setup->region, QString("eu-north-1"));
        QCOMPARE(setup->endpoints.profileGlobal, QUrl("http://127.0.0.1:4000"));
        QCOMPARE(keyOf(setup), QString("AKIDAPPREVIEW"));
        QCOMPARE(setup->credentials->describe(),
                 QString("app profile 'review' (memory secret store)"));

        // A name the AWS files define belongs to the files (as for the AWS CLI).
        in.profile = "dev";
        auto dev = resolveAwsSettings(in);
        QVERIFY(!dev->isAppProfile);
        QCOMPARE(keyOf(dev), QString("AKIDCREDSDEV"));

        // Unknown everywhere: the message mentions Kinescope's profiles too.
        in.profile = "elsewhere";
        auto missing = resolveAwsSettings(in);
        QVERIFY(!missing);
        QVERIFY(missing.error().message.endsWith("or among Kinescope's profiles"));

        // App profile whose secret is gone.
        in.profile = "review";
        bool removed = false;
        KeychainCredentialProvider::removeSecret(*store, review,
                                                 [&](const Status& s) { removed = s.ok(); });
        QTRY_VERIFY(removed);
        QVERIFY(errorOf(resolveAwsSettings(in))
                    .contains("The profile 'review' has access key id "
                              "AKIDAPPREVIEW but its secret key is not"));
    }

    void clientConfigCarriesRegionAndEndpoints() {
        auto setup = resolve(*m_home, "dev", {}, "http://127.0.0.1:5555");
        const AwsClient::Config config = setup->clientConfig();
        QCOMPARE(config.region, QString("us-west-2"));
        QCOMPARE(*config.endpoints.resolve("KINESIS_VIDEO", "kinesisvideo", config.region),
                 QUrl("http://127.0.0.1:5555"));
        QCOMPARE(*config.endpoints.resolve("KINESIS_VIDEO", "kinesisvideo", "cn-north-1"),
                 QUrl("http://127.0.0.1:5555"));
    }

private:
    std::unique_ptr<AwsTestHome> m_home;
};

QTEST_GUILESS_MAIN(TestAwsSettings)
#include "test_aws_settings.moc"
