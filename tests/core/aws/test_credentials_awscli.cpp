// Cross-check with the real AWS CLI v2 (Debian's /usr/bin/aws): for the same HOME, files,
// environment and options, `aws configure list` and resolveAwsSettings must pick the same
// credentials (identified by their access key) and the same region — or both refuse.
#include "core/aws/aws_settings.h"

#include "tests/core/aws/aws_test_home.h"
#include "tests/core/aws/credentials_test_util.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace kinescope;
using kinescope::test::AwsTestHome;

namespace {

const char* kAws = "/usr/bin/aws";

const QByteArray kConfig =
    "[default]\n"
    "region = eu-west-1\n"
    "aws_access_key_id = AKIDEXAMPLECFGD\n"
    "aws_secret_access_key = secret-cfgd\n"
    "[profile dev]\n"
    "region = us-west-2\n"
    "aws_access_key_id = AKIDEXAMPLECFDV\n"
    "aws_secret_access_key = secret-cfdv\n"
    "[profile proc]\n"
    "region = ap-south-1\n"
    "credential_process = /bin/sh -c 'printf \"{\\\"Version\\\": 1, \\\"AccessKeyId\\\": "
    "\\\"AKIDEXAMPLEPROC\\\", \\\"SecretAccessKey\\\": \\\"secret-proc\\\"}\"'\n"
    "aws_access_key_id = AKIDEXAMPLECFPR\n"
    "aws_secret_access_key = secret-cfpr\n"
    "[profile bare]\n"
    "output = json\n"
    "[profile half]\n"
    "aws_access_key_id = AKIDEXAMPLEHALF\n";
const QByteArray kCredentials = "[dev]\n"
                                "aws_access_key_id = AKIDEXAMPLECRDV\n"
                                "aws_secret_access_key = secret-crdv\n"
                                "region = ca-central-1\n"
                                "[credsonly]\n"
                                "aws_access_key_id = AKIDEXAMPLECRON\n"
                                "aws_secret_access_key = secret-cron\n";

struct Picked {
    bool ok = false;
    QString keySuffix; // last four characters of the access key, "" when none
    QString region;    // "" when not set
    QString error;
};

Picked askAwsCli(const QProcessEnvironment& env, const QString& profile, const QString& region) {
    QStringList args{"configure", "list"};
    if (!profile.isEmpty())
        args << "--profile" << profile;
    if (!region.isEmpty())
        args << "--region" << region;
    QProcess aws;
    aws.setProcessEnvironment(env);
    aws.start(QString::fromLatin1(kAws), args);
    Picked p;
    if (!aws.waitForFinished(60000)) {
        p.error = "aws did not finish";
        return p;
    }
    const QString out = QString::fromUtf8(aws.readAllStandardOutput());
    p.error = QString::fromUtf8(aws.readAllStandardError()).trimmed();
    if (aws.exitCode() != 0)
        return p;
    static const QRegularExpression keyLine(QStringLiteral("^\\s*access_key\\s+(\\S+)"),
                                            QRegularExpression::MultilineOption);
    static const QRegularExpression regionLine(QStringLiteral("^\\s*region\\s+(\\S+)"),
                                               QRegularExpression::MultilineOption);
    const QString key = keyLine.match(out).captured(1);
    const QString reg = regionLine.match(out).captured(1);
    p.ok = true;
    p.keySuffix = key == QLatin1String("<not") ? QString() : key.right(4);
    p.region = reg == QLatin1String("<not") ? QString() : reg;
    return p;
}

Picked askKinescope(const QProcessEnvironment& env, const QString& profile, const QString& region) {
    AwsSettingsInput in;
    in.environment = env;
    in.profile = profile;
    in.region = region;
    auto setup = resolveAwsSettings(in);
    Picked p;
    if (!setup) {
        p.error = setup.error().message;
        return p;
    }
    p.region = setup->region;
    auto creds = test::resolveAndWait(*setup->credentials);
    if (creds) {
        p.ok = true;
        p.keySuffix = creds->accessKeyId.right(4);
    } else if (creds.error().type == QLatin1String("NoCredentials")) {
        p.ok = true; // `aws configure list` shows <not set> and succeeds
    } else {
        p.error = creds.error().message;
    }
    return p;
}

} // namespace

class TestCredentialsAwsCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QProcess version;
        version.start(QString::fromLatin1(kAws), {"--version"});
        if (!version.waitForFinished(60000) || version.exitCode() != 0)
            QSKIP("/usr/bin/aws is not available");
        const QByteArray v = version.readAllStandardOutput();
        if (!v.startsWith("aws-cli/2."))
            QSKIP(qPrintable("/usr/bin/aws is not AWS CLI v2: " + QString::fromUtf8(v)));
    }

    void sameChoiceAsAwsCli_data() {
        QTest::addColumn<QStringList>("env"); // NAME=value
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("expectedKey"); // what we expect both to choose
        QTest::newRow("default profile") << QStringList{} << ""
                                         << ""
                                         << "CFGD";
        QTest::newRow("env keys beat the default profile")
            << QStringList{"AWS_ACCESS_KEY_ID=AKIDEXAMPLEENVK", "AWS_SECRET_ACCESS_KEY=e"} << ""
            << ""
            << "ENVK";
        QTest::newRow("env keys beat AWS_PROFILE")
            << QStringList{"AWS_ACCESS_KEY_ID=AKIDEXAMPLEENVK", "AWS_SECRET_ACCESS_KEY=e",
                           "AWS_PROFILE=dev"}
            << ""
            << ""
            << "ENVK";
        QTest::newRow("--profile beats env keys")
            << QStringList{"AWS_ACCESS_KEY_ID=AKIDEXAMPLEENVK", "AWS_SECRET_ACCESS_KEY=e"} << "dev"
            << ""
            << "CRDV";
        QTest::newRow("credentials file beats config file") << QStringList{} << "dev"
                                                            << ""
                                                            << "CRDV";
        QTest::newRow("credential_process beats config keys") << QStringList{} << "proc"
                                                              << ""
                                                              << "PROC";
        QTest::newRow("credentials-file-only profile") << QStringList{"AWS_PROFILE=credsonly"} << ""
                                                       << ""
                                                       << "CRON";
        QTest::newRow("AWS_PROFILE beats AWS_DEFAULT_PROFILE")
            << QStringList{"AWS_DEFAULT_PROFILE=proc", "AWS_PROFILE=dev"} << ""
            << ""
            << "CRDV";
        QTest::newRow("AWS_DEFAULT_PROFILE") << QStringList{"AWS_DEFAULT_PROFILE=proc"} << ""
                                             << ""
                                             << "PROC";
        QTest::newRow("AWS_REGION beats AWS_DEFAULT_REGION and profile")
            << QStringList{"AWS_REGION=sa-east-1", "AWS_DEFAULT_REGION=af-south-1"} << "dev"
            << ""
            << "CRDV";
        QTest::newRow("AWS_DEFAULT_REGION beats profile")
            << QStringList{"AWS_DEFAULT_REGION=af-south-1"} << "dev"
            << ""
            << "CRDV";
        QTest::newRow("--region beats everything") << QStringList{"AWS_REGION=sa-east-1"} << "dev"
                                                   << "me-south-1"
                                                   << "CRDV";
        QTest::newRow("profile without credentials") << QStringList{} << "bare"
                                                     << ""
                                                     << "";
        QTest::newRow("unknown profile") << QStringList{} << "nope"
                                         << ""
                                         << "<error>";
        QTest::newRow("unknown AWS_PROFILE") << QStringList{"AWS_PROFILE=nope"} << ""
                                             << ""
                                             << "<error>";
        QTest::newRow("partial env keys") << QStringList{"AWS_ACCESS_KEY_ID=AKIDEXAMPLEENVK"} << ""
                                          << ""
                                          << "<error>";
        QTest::newRow("partial profile keys") << QStringList{} << "half"
                                              << ""
                                              << "<error>";
        QTest::newRow("other files") << QStringList{"AWS_CONFIG_FILE=~/alt/config",
                                                    "AWS_SHARED_CREDENTIALS_FILE=~/alt/creds"}
                                     << ""
                                     << ""
                                     << "ALTD";
    }

    void sameChoiceAsAwsCli() {
        QFETCH(QStringList, env);
        QFETCH(QString, profile);
        QFETCH(QString, region);
        QFETCH(QString, expectedKey);
        AwsTestHome home;
        home.writeConfig(kConfig);
        home.writeCredentials(kCredentials);
        home.write("alt/config", "[default]\nregion = us-east-2\n");
        home.write("alt/creds", "[default]\naws_access_key_id = AKIDEXAMPLEALTD\n"
                                "aws_secret_access_key = secret-altd\n");
        for (const QString& kv : env)
            home.setEnv(kv.section('=', 0, 0), kv.section('=', 1));

        const Picked cli = askAwsCli(home.env(), profile, region);
        const Picked ours = askKinescope(home.env(), profile, region);
        if (expectedKey == QLatin1String("<error>")) {
            QVERIFY2(!cli.ok, "the AWS CLI accepted it");
            QVERIFY2(!ours.ok, "Kinescope accepted it");
            QVERIFY(!ours.error.isEmpty());
            return;
        }
        QVERIFY2(cli.ok, qPrintable("aws configure list failed: " + cli.error));
        QVERIFY2(ours.ok, qPrintable(ours.error));
        QCOMPARE(cli.keySuffix, expectedKey);
        QCOMPARE(ours.keySuffix, cli.keySuffix);
        if (region.isEmpty()) {
            QCOMPARE(ours.region, cli.region);
        } else {
            // `aws configure list` shows the environment's region even with --region, but
            // every real command uses --region (see `aws ... --region R --debug`).
            QCOMPARE(ours.region, region);
        }
    }
};

QTEST_GUILESS_MAIN(TestCredentialsAwsCli)
#include "test_credentials_awscli.moc"
