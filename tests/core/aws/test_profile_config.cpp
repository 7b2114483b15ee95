// ProfileConfig: the AWS config and credentials files, parsed as the AWS CLI v2 parses them.
#include "core/aws/profile_config.h"

#include "tests/core/aws/aws_test_home.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <unistd.h>

using namespace kinescope;
using kinescope::test::AwsTestHome;

class TestProfileConfig : public QObject {
    Q_OBJECT

private:
    static ProfileConfig parse(const QByteArray& config, const QByteArray& creds = {}) {
        auto r = ProfileConfig::fromText(config, creds, {"/h/.aws/config", "/h/.aws/credentials"});
        if (!r)
            qWarning() << r.error().message;
        return r ? r.value() : ProfileConfig();
    }

private Q_SLOTS:
    void profileSectionNaming() {
        const auto pc = parse("[default]\nregion = us-east-1\n"
                              "[profile dev]\nregion = eu-west-1\n"
                              "[plain]\nregion = ap-south-1\n"
                              "[profile \"my team\"]\nregion = ca-central-1\n"
                              "[sso-session corp]\nsso_region = us-east-2\n",
                              "[dev]\naws_access_key_id = AKIDDEV\n"
                              "[profile x]\naws_access_key_id = AKIDX\n"
                              "[onlycreds]\naws_access_key_id = AKIDONLY\n");
        // `[plain]` in the config file is not a profile; `[profile x]` in the credentials file
        // is a profile literally named "profile x".
        QCOMPARE(pc.profileNames(),
                 (QStringList{"default", "dev", "my team", "onlycreds", "profile x"}));
        QVERIFY(!pc.hasProfile("plain"));
        QCOMPARE(pc.profile("my team")->value("region"), QString("ca-central-1"));
        QVERIFY(pc.configProfile("dev"));
        QVERIFY(!pc.configProfile("onlycreds"));
        QCOMPARE(pc.credentialsProfile("onlycreds")->value("aws_access_key_id"),
                 QString("AKIDONLY"));
        QVERIFY(pc.ssoSession("corp"));
        QVERIFY(!pc.hasProfile("corp"));
        QCOMPARE(pc.profile("dev")->value("region"), QString("eu-west-1"));
        QCOMPARE(pc.profile("dev")->value("aws_access_key_id"), QString("AKIDDEV"));
    }

    void credentialsFileOverridesConfig() {
        const auto pc = parse("[profile dev]\nregion = eu-west-1\naws_access_key_id = FROMCONFIG\n",
                              "[dev]\naws_access_key_id = FROMCREDS\nregion = us-west-2\n");
        const auto merged = pc.profile("dev");
        QVERIFY(merged);
        QCOMPARE(merged->value("aws_access_key_id"), QString("FROMCREDS"));
        QCOMPARE(merged->value("region"), QString("us-west-2"));
        QCOMPARE(pc.configProfile("dev")->value("aws_access_key_id"), QString("FROMCONFIG"));
        QCOMPARE(pc.credentialsProfile("dev")->line, 1);
    }

    void keysCommentsAndDelimiters() {
        const auto pc = parse("# leading comment\n"
                              "; another\n"
                              "[default]\n"
                              "Region = us-east-1\n"
                              "  # indented comment\n"
                              "AWS_ACCESS_KEY_ID: AKIDCOLON\n"
                              "output = json # not a comment in the CLI\n"
                              "role_arn = arn:aws:iam::123456789012:role/x\n"
                              "credential_process = /bin/tool --opt=a:b\n"
                              "empty =\n");
        const auto p = pc.profile("default");
        QVERIFY(p);
        QCOMPARE(p->value("region"), QString("us-east-1"));
        QCOMPARE(p->value("aws_access_key_id"), QString("AKIDCOLON"));
        QCOMPARE(p->value("output"), QString("json # not a comment in the CLI"));
        QCOMPARE(p->value("role_arn"), QString("arn:aws:iam::123456789012:role/x"));
        QCOMPARE(p->value("credential_process"), QString("/bin/tool --opt=a:b"));
        QVERIFY(p->contains("empty"));
        QCOMPARE(p->value("empty"), QString());
        QCOMPARE(p->line, 3);
    }

    void continuationAndNestedSections() {
        const auto pc = parse("[profile dev]\n"
                              "services = local\n"
                              "multi = first\n"
                              "   second\n"
                              "\n"
                              "   third\n"
                              "s3 =\n"
                              "  addressing_style = path\n"
                              "[services local]\n"
                              "kinesis_video =\n"
                              "  endpoint_url = http://127.0.0.1:4566\n"
                              "  Other_Key = v\n"
                              "sts =\n"
                              "\tendpoint_url = http://127.0.0.1:4567\n"
                              "\r\n");
        const auto p = pc.profile("dev");
        QVERIFY(p);
        QCOMPARE(p->value("multi"), QString("first\nsecond\n\nthird"));
        QCOMPARE(p->subsections.value("s3").value("addressing_style"), QString("path"));
        QVERIFY(!p->contains("s3"));
        const auto* services = pc.servicesSection("local");
        QVERIFY(services);
        QCOMPARE(services->subsections.value("kinesis_video").value("endpoint_url"),
                 QString("http://127.0.0.1:4566"));
        // Keys inside nested blocks keep their case (botocore's _parse_nested).
        QCOMPARE(services->subsections.value("kinesis_video").value("Other_Key"), QString("v"));
        QCOMPARE(services->subsections.value("sts").value("endpoint_url"),
                 QString("http://127.0.0.1:4567"));
    }

    void defaultSectionIsInherited() {
        const auto pc =
            parse("[DEFAULT]\nregion = us-east-2\n[profile a]\n[profile b]\nregion = x\n");
        QCOMPARE(pc.profile("a")->value("region"), QString("us-east-2"));
        QCOMPARE(pc.profile("b")->value("region"), QString("x"));
        QVERIFY(!pc.hasProfile("DEFAULT"));
    }

    void malformedFilesNameFileAndLine_data() {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QByteArray>("credentials");
        QTest::addColumn<QString>("expected");
        QTest::newRow("key before section") << QByteArray("region = us-east-1\n[default]\n")
                                            << QByteArray() << "/h/.aws/config, line 1:";
        QTest::newRow("duplicate section")
            << QByteArray("[default]\na=1\n\n[default]\nb=2\n") << QByteArray()
            << "/h/.aws/config, line 4: section [default] already exists";
        QTest::newRow("duplicate key")
            << QByteArray() << QByteArray("[dev]\naws_access_key_id=A\nAWS_ACCESS_KEY_ID=B\n")
            << "/h/.aws/credentials, line 3: key 'aws_access_key_id' already set in section [dev]";
        QTest::newRow("no delimiter") << QByteArray("[default]\nregion us-east-1\n") << QByteArray()
                                      << "/h/.aws/config, line 2:";
        QTest::newRow("empty key")
            << QByteArray("[default]\n= value\n") << QByteArray() << "/h/.aws/config, line 2:";
        QTest::newRow("bad nested block")
            << QByteArray("[services s]\nsts =\n  endpoint_url\n") << QByteArray()
            << "/h/.aws/config, line 1: the nested block of 'sts'";
        QTest::newRow("invalid utf-8")
            << QByteArray("[default]\nregion = \xff\xfe\n") << QByteArray()
            << "/h/.aws/config, line 2: the line is not valid UTF-8";
    }

    void malformedFilesNameFileAndLine() {
        QFETCH(QByteArray, config);
        QFETCH(QByteArray, credentials);
        QFETCH(QString, expected);
        auto r =
            ProfileConfig::fromText(config, credentials, {"/h/.aws/config", "/h/.aws/credentials"});
        QVERIFY(!r);
        QCOMPARE(r.error().kind, AwsError::Kind::Config);
        QVERIFY2(r.error().message.startsWith(expected), qPrintable(r.error().message));
    }

    void secretsAreNotQuotedInParseErrors() {
        auto r = ProfileConfig::fromText(
            {}, "[dev]\naws_access_key_id = A\nwJalrXUtnFEMIK7MDENGbPxRfiCYSECRET\n", {"c", "k"});
        QVERIFY(!r);
        QVERIFY(!r.error().message.contains("SECRET"));
    }

    void filesFromEnvironment() {
        AwsTestHome home;
        QVERIFY(home.isValid());
        const auto defaults = ProfileConfig::pathsFromEnvironment(home.env());
        QCOMPARE(defaults.config, home.filePath(".aws/config"));
        QCOMPARE(defaults.credentials, home.filePath(".aws/credentials"));

        // Missing files are empty files.
        auto empty = ProfileConfig::load(defaults);
        QVERIFY(empty);
        QVERIFY(empty->profileNames().isEmpty());

        const QString cfg = home.write("elsewhere/cfg", "[profile a]\nregion = r1\n");
        const QString creds = home.write("elsewhere/creds", "[a]\naws_access_key_id = K\n");
        home.setEnv("SUBDIR", "elsewhere");
        home.setEnv("AWS_CONFIG_FILE", "~/${SUBDIR}/cfg");
        home.setEnv("AWS_SHARED_CREDENTIALS_FILE", "~/$SUBDIR/creds");
        const auto paths = ProfileConfig::pathsFromEnvironment(home.env());
        QCOMPARE(paths.config, cfg);
        QCOMPARE(paths.credentials, creds);
        auto pc = ProfileConfig::load(paths);
        QVERIFY(pc);
        QCOMPARE(pc->profile("a")->value("region"), QString("r1"));
        QCOMPARE(pc->profile("a")->value("aws_access_key_id"), QString("K"));
        QCOMPARE(pc->profile("a")->file, cfg);
        QCOMPARE(pc->credentialsProfile("a")->file, creds);

        // A directory where the file should be is "no file", like the CLI.
        QDir().mkpath(home.filePath("dir.cfg"));
        auto dir = ProfileConfig::load({home.filePath("dir.cfg"), QString()});
        QVERIFY(dir);
    }

    void unreadableFileIsAnError() {
        if (geteuid() == 0)
            QSKIP("running as root: permissions do not stop reading");
        AwsTestHome home;
        const QString path = home.writeConfig("[default]\n");
        QFile::setPermissions(path, QFileDevice::WriteOwner);
        auto r = ProfileConfig::load({path, QString()});
        QVERIFY(!r);
        QCOMPARE(r.error().kind, AwsError::Kind::Io);
        QVERIFY(r.error().message.contains(path));
    }

    void shellSplitting() {
        QCOMPARE(*shellSplit("a b  c"), (QStringList{"a", "b", "c"}));
        QCOMPARE(*shellSplit("tool 'x y' \"p q\" r\\ s"),
                 (QStringList{"tool", "x y", "p q", "r s"}));
        QCOMPARE(*shellSplit("\"a\\\"b\" 'c\\d'"), (QStringList{"a\"b", "c\\d"}));
        QCOMPARE(*shellSplit("pre'fix'post"), (QStringList{"prefixpost"}));
        QCOMPARE(*shellSplit("''"), (QStringList{""}));
        QVERIFY(shellSplit("   ")->isEmpty());
        QVERIFY(!shellSplit("'open"));
        QVERIFY(!shellSplit("\"open"));
    }

    // The same files through the AWS CLI v2's own parser (awscli.botocore in Debian's awscli):
    // the profile maps must be identical, and what it refuses we refuse.
    void agreesWithAwsCliParser_data() {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QByteArray>("credentials");
        QTest::newRow("basic") << QByteArray("[default]\nregion = us-east-1\noutput=json\n"
                                             "[profile dev]\nrole_arn = arn:aws:iam::1:role/r\n"
                                             "source_profile = default\n")
                               << QByteArray("[default]\naws_access_key_id = AKID\n"
                                             "aws_secret_access_key = S/+=\n");
        QTest::newRow("case, colon, comments")
            << QByteArray("; c\n[profile A]\n Region : eu-west-1 ; not a comment\n"
                          "# c\nKey=V=W\n")
            << QByteArray("[A]\n# comment\nregion = override\n");
        QTest::newRow("continuations")
            << QByteArray("[default]\nv = one\n  two\n\n  three\n\nw = x\n"
                          "s3 =\n  max_concurrent_requests = 10\n  addressing_style=path\n")
            << QByteArray();
        QTest::newRow("quoted names and sso-session")
            << QByteArray("[profile \"a b\"]\nregion = r\n[sso-session s]\nsso_region = r\n"
                          "[profile 'c']\nsso_session = s\n[profile]\nx = 1\n[profilex]\ny=2\n")
            << QByteArray("[profile z]\nk = v\n");
        QTest::newRow("defaults") << QByteArray("[DEFAULT]\nregion = d\n[profile a]\n[default]\n"
                                                "region = e\n")
                                  << QByteArray("[DEFAULT]\nk = v\n[b]\n");
        QTest::newRow("duplicate section") << QByteArray("[default]\n[default]\n") << QByteArray();
        QTest::newRow("duplicate key") << QByteArray() << QByteArray("[a]\nk=1\nK=2\n");
        QTest::newRow("no section") << QByteArray("k = v\n") << QByteArray();
        QTest::newRow("garbage line") << QByteArray("[a]\nthis is not ini\n") << QByteArray();
        QTest::newRow("bad nested") << QByteArray("[default]\ns3 =\n  x\n") << QByteArray();
        QTest::newRow("crlf and tabs")
            << QByteArray("[default]\r\nregion = us-west-1\r\ns3 =\r\n\tk = v\r\n") << QByteArray();
    }

    void agreesWithAwsCliParser() {
        QFETCH(QByteArray, config);
        QFETCH(QByteArray, credentials);
        const QString python = QStandardPaths::findExecutable("python3", {"/usr/bin"});
        if (python.isEmpty() || !QFile::exists("/usr/lib/python3/dist-packages/awscli/botocore"))
            QSKIP("Debian's awscli (awscli.botocore) is not installed");
        AwsTestHome home;
        const QString cfgPath = home.writeConfig(config);
        const QString credPath = home.writeCredentials(credentials);
        static const char* script = R"PY(
import json, sys
from awscli.botocore import configloader
try:
    cfg = configloader.load_config(sys.argv[1])
    creds = configloader.raw_config_parse(sys.argv[2])
except Exception as e:
    print(json.dumps({"error": str(e)})); sys.exit(0)
profiles = cfg["profiles"]
for name, values in creds.items():
    profiles.setdefault(name, {}).update(values)
print(json.dumps({"profiles": profiles, "sso_sessions": cfg.get("sso_sessions", {})}))
)PY";
        QProcess py;
        py.start(python, {"-c", QString::fromUtf8(script), cfgPath, credPath});
        QVERIFY(py.waitForFinished(30000));
        QCOMPARE(py.exitCode(), 0);
        const QJsonObject expected = QJsonDocument::fromJson(py.readAllStandardOutput()).object();

        auto ours = ProfileConfig::load({cfgPath, credPath});
        if (expected.contains("error")) {
            QVERIFY2(!ours, qPrintable(expected.value("error").toString()));
            return;
        }
        QVERIFY2(ours, qPrintable(ours ? QString() : ours.error().message));
        auto toJson = [](const ProfileConfig::Section& s) {
            QJsonObject o;
            for (auto it = s.values.cbegin(); it != s.values.cend(); ++it)
                o.insert(it.key(), it.value());
            for (auto it = s.subsections.cbegin(); it != s.subsections.cend(); ++it) {
                QJsonObject nested;
                for (auto n = it.value().cbegin(); n != it.value().cend(); ++n)
                    nested.insert(n.key(), n.value());
                o.insert(it.key(), nested);
            }
            return o;
        };
        QJsonObject profiles;
        for (const QString& name : ours->profileNames())
            profiles.insert(name, toJson(*ours->profile(name)));
        QCOMPARE(profiles, expected.value("profiles").toObject());
        const QJsonObject sessions = expected.value("sso_sessions").toObject();
        for (auto it = sessions.begin(); it != sessions.end(); ++it) {
            QVERIFY(ours->ssoSession(it.key()));
            QCOMPARE(toJson(*ours->ssoSession(it.key())), it.value().toObject());
        }
    }
};

QTEST_GUILESS_MAIN(TestProfileConfig)
#include "test_profile_config.moc"
