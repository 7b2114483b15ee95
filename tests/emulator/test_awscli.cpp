// The emulator against an independent client: the AWS CLI v2 (botocore) must accept every
// answer (a parse failure is an emulator bug) and see the scenario's data.
#include "emulator/emulator.h"
#include "emulator/fragment_generator.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace kinescope;

namespace {

struct AwsRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

class TestAwsCli : public QObject {
    Q_OBJECT
    QString m_aws;
    QTemporaryDir m_home;
    std::unique_ptr<emu::Emulator> m_emulator;
    QUrl m_endpoint; // where aws() sends requests: the in-process emulator unless a test changes it

    // Runs aws asynchronously: the in-process emulator needs the event loop meanwhile.
    AwsRun aws(const QStringList& args, const QHash<QString, QString>& env = {}) {
        QProcessEnvironment e;
        e.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        e.insert(QStringLiteral("HOME"), m_home.path());
        e.insert(QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("/dev/null"));
        e.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QStringLiteral("/dev/null"));
        e.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDKINESCOPEEMULATOR"));
        e.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"),
                 QStringLiteral("kinescope/emulator/secret+EXAMPLEKEY"));
        e.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("us-east-1"));
        e.insert(QStringLiteral("AWS_PAGER"), QString());
        e.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
        e.insert(QStringLiteral("AWS_MAX_ATTEMPTS"), QStringLiteral("1"));
        for (auto it = env.begin(); it != env.end(); ++it)
            e.insert(it.key(), it.value());
        QProcess p;
        p.setProcessEnvironment(e);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(m_aws, QStringList{QStringLiteral("--endpoint-url"), m_endpoint.toString(),
                                   QStringLiteral("--output"), QStringLiteral("json")} +
                           args);
        AwsRun run;
        if (!p.waitForStarted(10000)) // starting does not need the emulator's loop
            return run;
        if (!finished.wait(120000)) {
            p.kill();
            return run;
        }
        run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        run.out = p.readAllStandardOutput();
        run.err = p.readAllStandardError();
        return run;
    }

    QJsonObject awsJson(const QStringList& args, const QHash<QString, QString>& env = {}) {
        const AwsRun r = aws(args, env);
        if (r.exitCode != 0)
            qWarning("aws %s failed (%d): %s", qPrintable(args.join(QLatin1Char(' '))), r.exitCode,
                     r.err.constData());
        return r.exitCode == 0 ? r.json() : QJsonObject();
    }

    // CLI v2 prints timestamps as ISO 8601 ("2026-11-21T10:35:14.123000+00:00"), v1 as
    // epoch seconds.
    static qint64 ms(const QJsonValue& timestamp) {
        if (timestamp.isDouble())
            return qRound64(timestamp.toDouble() * 1000);
        const QDateTime t = QDateTime::fromString(timestamp.toString(), Qt::ISODateWithMs);
        return t.isValid() ? t.toMSecsSinceEpoch() : -1;
    }

private Q_SLOTS:
    void initTestCase() {
        // Debian's AWS CLI v2 first (python3-botocore's models are the ones we follow).
        m_aws = QFileInfo(QStringLiteral("/usr/bin/aws")).isExecutable()
                    ? QStringLiteral("/usr/bin/aws")
                    : QStandardPaths::findExecutable(QStringLiteral("aws"));
        if (m_aws.isEmpty())
            QSKIP("the AWS CLI (aws) is not installed");
        QVERIFY(m_home.isValid());
        m_emulator = std::make_unique<emu::Emulator>();
        QString error;
        QVERIFY2(m_emulator->start(&error), qPrintable(error));
        // The CLI paginates as fast as it can and does not retry ClientLimitExceeded.
        m_emulator->quotas().enabled = false;
        m_endpoint = m_emulator->url();
    }

    void cleanupTestCase() { m_emulator.reset(); }

    void listStreams() {
        // --page-size 1: the CLI follows NextToken through four pages.
        const QJsonObject out =
            awsJson({QStringLiteral("kinesisvideo"), QStringLiteral("list-streams"),
                     QStringLiteral("--page-size"), QStringLiteral("1")});
        const QJsonArray list = out.value(QStringLiteral("StreamInfoList")).toArray();
        QCOMPARE(list.size(), m_emulator->scenario().streams.size());
        QSet<QString> names;
        for (const QJsonValue& v : list)
            names.insert(v[QStringLiteral("StreamName")].toString());
        for (const emu::StreamSpec& s : m_emulator->scenario().streams)
            QVERIFY(names.contains(s.name));
    }

    void describeStream() {
        const QJsonObject info =
            awsJson({QStringLiteral("kinesisvideo"), QStringLiteral("describe-stream"),
                     QStringLiteral("--stream-name"), QStringLiteral("loading-dock")})
                .value(QStringLiteral("StreamInfo"))
                .toObject();
        const emu::Scenario& s = m_emulator->scenario();
        const emu::StreamSpec* spec = s.findStream(QStringLiteral("loading-dock"));
        QCOMPARE(info.value(QStringLiteral("StreamARN")).toString(),
                 spec->arn(s.region, s.accountId));
        QCOMPARE(info.value(QStringLiteral("DeviceName")).toString(), spec->deviceName);
        QCOMPARE(info.value(QStringLiteral("KmsKeyId")).toString(), spec->kmsKeyId);
        QCOMPARE(info.value(QStringLiteral("Version")).toString(), spec->version);
        QCOMPARE(info.value(QStringLiteral("DataRetentionInHours")).toInt(),
                 spec->dataRetentionHours);
        QCOMPARE(ms(info.value(QStringLiteral("CreationTime"))), spec->creationMs);

        const AwsRun missing =
            aws({QStringLiteral("kinesisvideo"), QStringLiteral("describe-stream"),
                 QStringLiteral("--stream-name"), QStringLiteral("no-such-camera")});
        QVERIFY(missing.exitCode > 0); // 254 in CLI v2, 255 in v1
        QVERIFY2(
            missing.err.contains(
                "An error occurred (ResourceNotFoundException) when calling the DescribeStream"),
            missing.err.constData());
    }

    void getDataEndpoint() {
        const QJsonObject out =
            awsJson({QStringLiteral("kinesisvideo"), QStringLiteral("get-data-endpoint"),
                     QStringLiteral("--stream-name"), QStringLiteral("front-door"),
                     QStringLiteral("--api-name"), QStringLiteral("LIST_FRAGMENTS")});
        QCOMPARE(out.value(QStringLiteral("DataEndpoint")).toString(),
                 m_emulator->url().toString());
    }

    void listFragments_data() {
        QTest::addColumn<QString>("stream");
        QTest::addColumn<QString>("selector");
        QTest::addColumn<qint64>("hours");
        QTest::addColumn<int>("pageSize");
        QTest::newRow("front-door 3h, 500 per page") << "front-door"
                                                     << "SERVER_TIMESTAMP" << qint64(3) << 500;
        QTest::newRow("lobby producer 80h, 1000 per page")
            << "lobby"
            << "PRODUCER_TIMESTAMP" << qint64(80) << 1000;
        QTest::newRow("parking-north 12h with duplicates")
            << "parking-north"
            << "SERVER_TIMESTAMP" << qint64(12) << 300;
    }

    void listFragments() {
        QFETCH(QString, stream);
        QFETCH(QString, selector);
        QFETCH(qint64, hours);
        QFETCH(int, pageSize);
        const qint64 now = m_emulator->nowMs();
        // Whole seconds: botocore serialises rest-json timestamps as integer epoch seconds.
        const qint64 from = (now - hours * 3'600'000) / 1000 * 1000;
        const qint64 to = (now - 60'000) / 1000 * 1000;
        const QJsonObject fragmentSelector{
            {QStringLiteral("FragmentSelectorType"), selector},
            {QStringLiteral("TimestampRange"),
             QJsonObject{{QStringLiteral("StartTimestamp"), from / 1000.0},
                         {QStringLiteral("EndTimestamp"), to / 1000.0}}}};
        const QJsonObject out = awsJson(
            {QStringLiteral("kinesis-video-archived-media"), QStringLiteral("list-fragments"),
             QStringLiteral("--stream-name"), stream, QStringLiteral("--fragment-selector"),
             QString::fromUtf8(QJsonDocument(fragmentSelector).toJson(QJsonDocument::Compact)),
             QStringLiteral("--page-size"), QString::number(pageSize)});
        const QJsonArray fragments = out.value(QStringLiteral("Fragments")).toArray();

        const emu::FragmentGenerator g = m_emulator->generator(stream);
        const TimestampType type = selector == QLatin1String("SERVER_TIMESTAMP")
                                       ? TimestampType::Server
                                       : TimestampType::Producer;
        QHash<QString, Fragment> expected;
        for (const emu::IndexRange& r : g.select(type, from, to, now))
            for (qint64 i = r.first; i <= r.last; ++i)
                expected.insert(g.fragmentNumber(i), g.fragment(i));
        QVERIFY(expected.size() > 2 * pageSize); // the CLI had to follow NextToken
        QSet<QString> seen;
        for (const QJsonValue& v : fragments) {
            const QString number = v[QStringLiteral("FragmentNumber")].toString();
            QVERIFY2(expected.contains(number), qPrintable(number));
            const Fragment& f = expected[number];
            QCOMPARE(v[QStringLiteral("FragmentSizeInBytes")].toInteger(), f.sizeBytes);
            QCOMPARE(v[QStringLiteral("FragmentLengthInMilliseconds")].toInteger(), f.durationMs);
            QCOMPARE(ms(v[QStringLiteral("ServerTimestamp")]), f.serverMs);
            QCOMPARE(ms(v[QStringLiteral("ProducerTimestamp")]), f.producerMs);
            seen.insert(number);
        }
        QCOMPARE(seen.size(), expected.size());
        const bool duplicates = m_emulator->scenario().findStream(stream)->duplicatesAcrossPages;
        if (duplicates)
            QVERIFY(fragments.size() > seen.size());
        else
            QCOMPARE(fragments.size(), seen.size());
    }

    void listFragmentsMaxItems() {
        const QJsonObject out =
            awsJson({QStringLiteral("kinesis-video-archived-media"),
                     QStringLiteral("list-fragments"), QStringLiteral("--stream-name"),
                     QStringLiteral("front-door"), QStringLiteral("--max-items"),
                     QStringLiteral("250"), QStringLiteral("--page-size"), QStringLiteral("100")});
        QCOMPARE(out.value(QStringLiteral("Fragments")).toArray().size(), 250);
        const QString token = out.value(QStringLiteral("NextToken")).toString();
        QVERIFY(!token.isEmpty());
        // The CLI's own token resumes our pagination where it stopped.
        const QJsonObject more = awsJson(
            {QStringLiteral("kinesis-video-archived-media"), QStringLiteral("list-fragments"),
             QStringLiteral("--stream-name"), QStringLiteral("front-door"),
             QStringLiteral("--max-items"), QStringLiteral("50"), QStringLiteral("--page-size"),
             QStringLiteral("100"), QStringLiteral("--starting-token"), token});
        QCOMPARE(more.value(QStringLiteral("Fragments")).toArray().size(), 50);
    }

    void stsCallerIdentityAndAssumeRole() {
        QJsonObject who = awsJson({QStringLiteral("sts"), QStringLiteral("get-caller-identity")});
        QCOMPARE(who.value(QStringLiteral("Account")).toString(), QStringLiteral("123456789012"));
        QCOMPARE(who.value(QStringLiteral("Arn")).toString(),
                 QStringLiteral("arn:aws:iam::123456789012:user/kinescope"));
        QVERIFY(who.value(QStringLiteral("UserId")).toString().startsWith(QStringLiteral("AIDA")));

        const QJsonObject assumed = awsJson(
            {QStringLiteral("sts"), QStringLiteral("assume-role"), QStringLiteral("--role-arn"),
             QStringLiteral("arn:aws:iam::123456789012:role/KinescopeViewer"),
             QStringLiteral("--role-session-name"), QStringLiteral("awscli-test"),
             QStringLiteral("--duration-seconds"), QStringLiteral("900")});
        const QJsonObject creds = assumed.value(QStringLiteral("Credentials")).toObject();
        QVERIFY(creds.value(QStringLiteral("AccessKeyId"))
                    .toString()
                    .startsWith(QStringLiteral("ASIA")));
        QCOMPARE(
            assumed[QStringLiteral("AssumedRoleUser")][QStringLiteral("Arn")].toString(),
            QStringLiteral("arn:aws:sts::123456789012:assumed-role/KinescopeViewer/awscli-test"));
        // The CLI signs with the temporary credentials and their session token.
        const QHash<QString, QString> env{
            {QStringLiteral("AWS_ACCESS_KEY_ID"),
             creds.value(QStringLiteral("AccessKeyId")).toString()},
            {QStringLiteral("AWS_SECRET_ACCESS_KEY"),
             creds.value(QStringLiteral("SecretAccessKey")).toString()},
            {QStringLiteral("AWS_SESSION_TOKEN"),
             creds.value(QStringLiteral("SessionToken")).toString()}};
        who = awsJson({QStringLiteral("sts"), QStringLiteral("get-caller-identity")}, env);
        QCOMPARE(
            who.value(QStringLiteral("Arn")).toString(),
            QStringLiteral("arn:aws:sts::123456789012:assumed-role/KinescopeViewer/awscli-test"));
        QCOMPARE(awsJson({QStringLiteral("kinesisvideo"), QStringLiteral("list-streams")}, env)
                     .value(QStringLiteral("StreamInfoList"))
                     .toArray()
                     .size(),
                 m_emulator->scenario().streams.size());

        const AwsRun denied =
            aws({QStringLiteral("sts"), QStringLiteral("assume-role"), QStringLiteral("--role-arn"),
                 QStringLiteral("arn:aws:iam::123456789012:role/KinescopePartner"),
                 QStringLiteral("--role-session-name"), QStringLiteral("no-external-id")});
        QVERIFY(denied.exitCode > 0); // 254 in CLI v2, 255 in v1
        QVERIFY2(denied.err.contains("AccessDenied"), denied.err.constData());
    }

    void ssoGetRoleCredentials() {
        const QJsonObject out =
            awsJson({QStringLiteral("sso"), QStringLiteral("get-role-credentials"),
                     QStringLiteral("--role-name"), QStringLiteral("KinescopeViewer"),
                     QStringLiteral("--account-id"), QStringLiteral("123456789012"),
                     QStringLiteral("--access-token"), QStringLiteral("kinescope-sso-token")});
        const QJsonObject rc = out.value(QStringLiteral("roleCredentials")).toObject();
        QVERIFY(
            rc.value(QStringLiteral("accessKeyId")).toString().startsWith(QStringLiteral("ASIA")));
        QVERIFY(rc.value(QStringLiteral("expiration")).toInteger() >
                QDateTime::currentMSecsSinceEpoch());
        const AwsRun expired =
            aws({QStringLiteral("sso"), QStringLiteral("get-role-credentials"),
                 QStringLiteral("--role-name"), QStringLiteral("KinescopeViewer"),
                 QStringLiteral("--account-id"), QStringLiteral("123456789012"),
                 QStringLiteral("--access-token"), QStringLiteral("kinescope-sso-expired")});
        QVERIFY(expired.exitCode > 0); // 254 in CLI v2, 255 in v1
        QVERIFY2(expired.err.contains("UnauthorizedException"), expired.err.constData());
    }

    void executable();

    void signatureErrorsReachTheCli() {
        AwsRun r = aws({QStringLiteral("kinesisvideo"), QStringLiteral("list-streams")},
                       {{QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("wrong")}});
        QVERIFY(r.exitCode > 0); // 254 in CLI v2, 255 in v1
        QVERIFY2(r.err.contains("InvalidSignatureException"), r.err.constData());
        r = aws({QStringLiteral("sts"), QStringLiteral("get-caller-identity")},
                {{QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDNOTINTHESCENARIO")}});
        QVERIFY(r.exitCode > 0); // 254 in CLI v2, 255 in v1
        QVERIFY2(r.err.contains("InvalidClientTokenId"), r.err.constData());
    }
};

void TestAwsCli::executable() {
    // The exe: first stdout line "PORT <n>", serves the CLI, logs without secrets, and
    // exits cleanly on SIGTERM.
    QProcess emulator;
    QSignalSpy output(&emulator, &QProcess::readyReadStandardOutput);
    emulator.start(QStringLiteral(KINESCOPE_EMULATOR_EXE),
                   {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--verbose")});
    QVERIFY(emulator.waitForStarted(10000));
    QByteArray stdoutText;
    QTRY_VERIFY_WITH_TIMEOUT((stdoutText += emulator.readAllStandardOutput()).contains('\n'),
                             20000);
    const QByteArray firstLine = stdoutText.left(stdoutText.indexOf('\n'));
    QVERIFY2(firstLine.startsWith("PORT "), firstLine.constData());
    const int port = firstLine.mid(5).toInt();
    QVERIFY(port > 0 && port != m_emulator->port());

    const QUrl inProcess = m_endpoint;
    m_endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    const QJsonObject out =
        awsJson({QStringLiteral("kinesisvideo"), QStringLiteral("describe-stream"),
                 QStringLiteral("--stream-name"), QStringLiteral("lobby")});
    m_endpoint = inProcess;
    QCOMPARE(out[QStringLiteral("StreamInfo")][QStringLiteral("StreamName")].toString(),
             QStringLiteral("lobby"));

    QSignalSpy finished(&emulator, &QProcess::finished);
    emulator.terminate(); // SIGTERM
    QVERIFY(finished.wait(10000));
    QCOMPARE(emulator.exitStatus(), QProcess::NormalExit);
    QCOMPARE(emulator.exitCode(), 0);
    const QByteArray log = emulator.readAllStandardError();
    QVERIFY2(log.contains("DescribeStream -> 200"), log.constData());
    QVERIFY(!log.contains("kinescope/emulator/secret"));
    QVERIFY(!(stdoutText + emulator.readAllStandardOutput()).contains("kinescope/emulator/secret"));
}

QTEST_GUILESS_MAIN(TestAwsCli)
#include "test_awscli.moc"
