// kinescope-cli as a user runs it: a real process against the emulator, checking output,
// exit codes and messages.
#include "tests/cli/cli_runner.h"
#include "tests/support/emulator_fixture.h"
#include "tests/support/test_support.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kinescope;

using Run = test::CliRun;

class TestCli : public QObject {
    Q_OBJECT
    std::unique_ptr<test::EmulatorFixture> m_emu;
    QTemporaryDir m_home;

    QProcessEnvironment environment(const QString& secret = {}) const {
        return test::cliEnvironment(*m_emu, m_home.path(), secret);
    }

    Run cli(const QStringList& args, const QProcessEnvironment& env, bool withEndpoint = true) {
        return test::runCli(args, env, withEndpoint ? m_emu->url() : QUrl());
    }
    Run cli(const QStringList& args) { return cli(args, environment()); }

    QStringList expectedNumbers(const QString& stream, TimestampType type, qint64 t0, qint64 t1) {
        const emu::FragmentGenerator gen = m_emu->emulator().generator(stream);
        QList<Fragment> all;
        for (const emu::IndexRange& r : gen.select(type, t0, t1, m_emu->emulator().nowMs()))
            for (qint64 i = r.first; i <= r.last; ++i)
                all.append(gen.fragment(i));
        std::sort(all.begin(), all.end(), [type](const Fragment& a, const Fragment& b) {
            return a.timestamp(type) < b.timestamp(type);
        });
        QStringList numbers;
        for (const Fragment& f : all)
            numbers << f.fragmentNumber;
        return numbers;
    }

    static QString iso(qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    }

private Q_SLOTS:
    void initTestCase() {
        const QString cli = test::binaryDir() + QStringLiteral("/bin/kinescope-cli");
        QVERIFY2(QFileInfo(cli).isExecutable(), qPrintable(cli + QStringLiteral(" is missing")));
    }

    void init() {
        QVERIFY(m_home.isValid());
        m_emu = std::make_unique<test::EmulatorFixture>();
        QVERIFY2(m_emu->ok(), qPrintable(m_emu->error()));
    }
    void cleanup() { m_emu.reset(); }

    void streamsListJsonAndPagination() {
        const Run all = cli({QStringLiteral("--output"), QStringLiteral("json"),
                             QStringLiteral("streams"), QStringLiteral("list")});
        QVERIFY2(all.exitCode == 0, qPrintable(QStringLiteral("exit %1: ").arg(all.exitCode) +
                                               QString::fromUtf8(all.err)));
        const QJsonArray list =
            all.json().object().value(QStringLiteral("StreamInfoList")).toArray();
        QSet<QString> names;
        for (const QJsonValue& v : list)
            names << v.toObject().value(QStringLiteral("StreamName")).toString();
        QSet<QString> want;
        for (const emu::StreamSpec& s : m_emu->emulator().scenario().streams)
            want << s.name;
        QCOMPARE(names, want);

        const Run first =
            cli({QStringLiteral("streams"), QStringLiteral("list"), QStringLiteral("--max-items"),
                 QStringLiteral("2"), QStringLiteral("--page-size"), QStringLiteral("1")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
        const QJsonObject firstPage = first.json().object();
        QCOMPARE(firstPage.value(QStringLiteral("StreamInfoList")).toArray().size(), 2);
        const QString token = firstPage.value(QStringLiteral("NextToken")).toString();
        QVERIFY(!token.isEmpty());
        const Run rest = cli({QStringLiteral("streams"), QStringLiteral("list"),
                              QStringLiteral("--starting-token"), token});
        QVERIFY2(rest.exitCode == 0, qPrintable(rest.describe()));
        QCOMPARE(rest.json().object().value(QStringLiteral("StreamInfoList")).toArray().size(),
                 want.size() - 2);
    }

    void describeByNameAndArn() {
        const QString name = m_emu->emulator().scenario().streams.first().name;
        const Run byName = cli({QStringLiteral("streams"), QStringLiteral("describe"),
                                QStringLiteral("--stream"), name});
        QVERIFY2(byName.exitCode == 0, qPrintable(byName.describe()));
        const QJsonObject info =
            byName.json().object().value(QStringLiteral("StreamInfo")).toObject();
        QCOMPARE(info.value(QStringLiteral("StreamName")).toString(), name);
        const QString arn = info.value(QStringLiteral("StreamARN")).toString();
        const Run byArn = cli({QStringLiteral("streams"), QStringLiteral("describe"),
                               QStringLiteral("--stream-arn"), arn});
        QVERIFY2(byArn.exitCode == 0, qPrintable(byArn.describe()));
        QCOMPARE(byArn.json()
                     .object()
                     .value(QStringLiteral("StreamInfo"))
                     .toObject()
                     .value(QStringLiteral("StreamName"))
                     .toString(),
                 name);

        const Run table =
            cli({QStringLiteral("--output"), QStringLiteral("table"), QStringLiteral("streams"),
                 QStringLiteral("describe"), QStringLiteral("--stream"), name});
        QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
        QVERIFY(table.out.contains("StreamARN"));
        QVERIFY(table.out.contains(arn.toUtf8()));
    }

    void fragmentsListIsSortedUniqueAndExact_data() {
        QTest::addColumn<QString>("clock");
        QTest::newRow("server") << QStringLiteral("server");
        QTest::newRow("producer") << QStringLiteral("producer");
    }

    void fragmentsListIsSortedUniqueAndExact() {
        QFETCH(QString, clock);
        const TimestampType type =
            clock == QLatin1String("server") ? TimestampType::Server : TimestampType::Producer;
        // parking-north serves duplicates across pages; lobby has a producer clock jump.
        for (const QString& stream : {QStringLiteral("parking-north"), QStringLiteral("lobby")}) {
            const qint64 end = m_emu->emulator().nowMs() - 3600 * 1000LL;
            const qint64 start = end - 4 * 3600 * 1000LL;
            const Run run = cli(
                {QStringLiteral("fragments"), QStringLiteral("list"), QStringLiteral("--stream"),
                 stream, QStringLiteral("--start"), iso(start), QStringLiteral("--end"), iso(end),
                 QStringLiteral("--timestamp"), clock, QStringLiteral("--no-cache")});
            QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
            const QJsonArray array = run.json().array();
            QStringList numbers;
            QString previous;
            static const QRegularExpression isoMs(
                QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
            const QString key = type == TimestampType::Server ? QStringLiteral("ServerTimestamp")
                                                              : QStringLiteral("ProducerTimestamp");
            for (const QJsonValue& v : array) {
                const QJsonObject f = v.toObject();
                QCOMPARE(f.keys(), (QStringList{QStringLiteral("FragmentLengthInMilliseconds"),
                                                QStringLiteral("FragmentNumber"),
                                                QStringLiteral("FragmentSizeInBytes"),
                                                QStringLiteral("ProducerTimestamp"),
                                                QStringLiteral("ServerTimestamp")}));
                QVERIFY(
                    isoMs.match(f.value(QStringLiteral("ServerTimestamp")).toString()).hasMatch());
                QVERIFY(isoMs.match(f.value(QStringLiteral("ProducerTimestamp")).toString())
                            .hasMatch());
                QVERIFY(f.value(key).toString() >= previous); // sorted on the chosen clock
                previous = f.value(key).toString();
                numbers << f.value(QStringLiteral("FragmentNumber")).toString();
            }
            QCOMPARE(numbers, expectedNumbers(stream, type, start, end));
        }
    }

    void gapsFindTheScenarioGap() {
        // front-door has a 2 h gap starting 4 days 20 h ago in the default scenario.
        const emu::StreamSpec* spec =
            m_emu->emulator().scenario().findStream(QStringLiteral("front-door"));
        QVERIFY(spec);
        emu::TimeRange twoHours;
        for (const emu::TimeRange& g : spec->gaps)
            if (g.endMs - g.startMs == 2 * 3600 * 1000LL)
                twoHours = g;
        QVERIFY(twoHours.endMs > 0);
        const qint64 start = twoHours.startMs - 3600 * 1000LL;
        const qint64 end = twoHours.endMs + 3600 * 1000LL;
        const Run run = cli({QStringLiteral("fragments"), QStringLiteral("gaps"),
                             QStringLiteral("--stream"), QStringLiteral("front-door"),
                             QStringLiteral("--start"), iso(start), QStringLiteral("--end"),
                             iso(end), QStringLiteral("--min-gap-ms"), QStringLiteral("60000")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonArray gaps = run.json().object().value(QStringLiteral("Gaps")).toArray();
        QCOMPARE(gaps.size(), 1);
        const QJsonObject gap = gaps.first().toObject();
        const qint64 gapStart =
            QDateTime::fromString(gap.value(QStringLiteral("Start")).toString(), Qt::ISODateWithMs)
                .toMSecsSinceEpoch();
        const qint64 gapEnd =
            QDateTime::fromString(gap.value(QStringLiteral("End")).toString(), Qt::ISODateWithMs)
                .toMSecsSinceEpoch();
        // The reported hole contains the scenario's gap and is at most one fragment wider.
        QVERIFY(gapStart <= twoHours.startMs + spec->ingestLatencyMaxMs);
        QVERIFY(gapEnd >= twoHours.endMs);
        QVERIFY(gapEnd - gapStart <=
                twoHours.endMs - twoHours.startMs + 2 * spec->fragmentDurationMs);
        QCOMPARE(run.json().object().value(QStringLiteral("Coverage")).toArray().size(), 2);
    }

    void secondListingComesFromTheCache() {
        const qint64 end = m_emu->emulator().nowMs() - 2 * 3600 * 1000LL;
        const qint64 start = end - 2 * 3600 * 1000LL;
        const QStringList args{QStringLiteral("--verbose"),
                               QStringLiteral("fragments"),
                               QStringLiteral("list"),
                               QStringLiteral("--stream"),
                               QStringLiteral("front-door"),
                               QStringLiteral("--start"),
                               iso(start),
                               QStringLiteral("--end"),
                               iso(end)};
        const Run first = cli(args);
        QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
        QVERIFY(first.err.contains("ListFragments"));
        const Run second = cli(args);
        QVERIFY2(second.exitCode == 0, qPrintable(second.describe()));
        QVERIFY2(!second.err.contains("listFragments"), second.err.constData());
        QCOMPARE(second.json().array().size(), first.json().array().size());
        QVERIFY(first.json().array().size() > 0);
        // The request log never shows the secret key.
        QVERIFY(!first.err.contains(m_emu->credentials().secretAccessKey.toUtf8()));
    }

    void serviceErrorsExitWithOne() {
        const Run missing = cli({QStringLiteral("streams"), QStringLiteral("describe"),
                                 QStringLiteral("--stream"), QStringLiteral("no-such-camera")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("ResourceNotFoundException"));
        QVERIFY(missing.err.contains("request id"));
        QVERIFY(missing.out.isEmpty());

        const Run badKey = cli({QStringLiteral("streams"), QStringLiteral("list")},
                               environment(QStringLiteral("wrong")));
        QCOMPARE(badKey.exitCode, 1);
        QVERIFY(badKey.err.contains("InvalidSignatureException"));

        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("ghost"));
        const Run ghost = cli({QStringLiteral("streams"), QStringLiteral("list")}, env);
        QCOMPARE(ghost.exitCode, 1);
        QVERIFY(ghost.err.contains("ghost"));
    }

    void usageErrorsExitWithTwo_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("streams"), QStringLiteral("frobnicate")};
        QTest::newRow("both stream options") << QStringList{
            QStringLiteral("streams"), QStringLiteral("describe"),     QStringLiteral("--stream"),
            QStringLiteral("a"),       QStringLiteral("--stream-arn"), QStringLiteral("b")};
        QTest::newRow("missing end") << QStringList{
            QStringLiteral("fragments"), QStringLiteral("list"),    QStringLiteral("--stream"),
            QStringLiteral("a"),         QStringLiteral("--start"), QStringLiteral("0")};
        QTest::newRow("time without zone")
            << QStringList{QStringLiteral("fragments"), QStringLiteral("list"),
                           QStringLiteral("--stream"),  QStringLiteral("a"),
                           QStringLiteral("--start"),   QStringLiteral("2024-01-01T00:00:00"),
                           QStringLiteral("--end"),     QStringLiteral("2024-01-02T00:00:00Z")};
        QTest::newRow("end before start") << QStringList{
            QStringLiteral("fragments"), QStringLiteral("gaps"),    QStringLiteral("--stream"),
            QStringLiteral("a"),         QStringLiteral("--start"), QStringLiteral("200"),
            QStringLiteral("--end"),     QStringLiteral("100")};
        QTest::newRow("bad output")
            << QStringList{QStringLiteral("--output"), QStringLiteral("xml"),
                           QStringLiteral("streams"), QStringLiteral("list")};
        QTest::newRow("unknown option") << QStringList{
            QStringLiteral("streams"), QStringLiteral("list"), QStringLiteral("--colour")};
    }

    void usageErrorsExitWithTwo() {
        QFETCH(QStringList, args);
        const Run run = cli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
