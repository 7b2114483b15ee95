// kinescope-cli session (hls|dash) and images, run as processes against the in-process
// emulator: printed URLs that play, image files named by timestamp with an index.json,
// per-timestamp errors, usage and service errors with their exit codes.
#include "tests/cli/cli_runner.h"
#include "tests/support/emulator_fixture.h"
#include "tests/support/test_support.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kinescope;

using Run = test::CliRun;

class TestCliStreaming : public QObject {
    Q_OBJECT
    std::unique_ptr<test::EmulatorFixture> m_emu;
    QTemporaryDir m_home;

    QProcessEnvironment environment() const { return test::cliEnvironment(*m_emu, m_home.path()); }

    Run cli(const QStringList& args) { return test::runCli(args, environment(), m_emu->url()); }

    int httpStatus(const QUrl& url, QByteArray* body = nullptr) {
        QNetworkReply* reply = m_emu->network()->get(QNetworkRequest(url));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(20000);
        if (body)
            *body = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

    qint64 now() { return m_emu->emulator().nowMs(); }
    static QString iso(qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_home.isValid());
        const QString cli = test::binaryDir() + QStringLiteral("/bin/kinescope-cli");
        QVERIFY2(QFileInfo(cli).isExecutable(), qPrintable(cli + QStringLiteral(" is missing")));
    }
    void init() {
        m_emu = std::make_unique<test::EmulatorFixture>();
        QVERIFY2(m_emu->ok(), qPrintable(m_emu->error()));
    }
    void cleanup() { m_emu.reset(); }

    void sessionPrintsAUrlThatPlays_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("member");
        QTest::addColumn<QByteArray>("marker");
        QTest::newRow("hls on-demand ts") << QStringList{"hls",       "--mode",
                                                         "on-demand", "--container",
                                                         "ts",        "--display-timestamp",
                                                         "always",    "--max-fragments",
                                                         "50"}
                                          << "HLSStreamingSessionURL" << QByteArray("#EXTM3U");
        QTest::newRow("dash on-demand")
            << QStringList{"dash",   "--mode",      "on-demand", "--display-fragment-number",
                           "always", "--timestamp", "producer",  "--expires",
                           "600"}
            << "DASHStreamingSessionURL" << QByteArray("<MPD");
        QTest::newRow("hls live-replay")
            << QStringList{"hls", "--mode", "live-replay", "--discontinuity", "on-discontinuity"}
            << "HLSStreamingSessionURL" << QByteArray("#EXTM3U");
    }

    void sessionPrintsAUrlThatPlays() {
        QFETCH(QStringList, args);
        QFETCH(QString, member);
        QFETCH(QByteArray, marker);
        QStringList full{QStringLiteral("--output"), QStringLiteral("json"),
                         QStringLiteral("session")};
        full += args;
        full += {QStringLiteral("--stream"), QStringLiteral("front-door"),
                 QStringLiteral("--start"), iso(now() - 3600 * 1000)};
        if (args.contains(QLatin1String("on-demand")))
            full += {QStringLiteral("--end"), iso(now() - 3000 * 1000)};
        const Run run = cli(full);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QUrl url(run.json().object().value(member).toString());
        QVERIFY2(url.isValid() && !url.isEmpty(), run.out.constData());
        QByteArray body;
        QCOMPARE(httpStatus(url, &body), 200);
        QVERIFY(body.contains(marker));

        // Table output: the URL alone on a line.
        full[1] = QStringLiteral("table");
        const Run table = cli(full);
        QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
        QVERIFY(QUrl(QString::fromUtf8(table.out.trimmed())).isValid());
        QVERIFY(table.out.trimmed().startsWith("http://127.0.0.1"));
    }

    void sessionUsageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("words");
        QTest::newRow("no mode") << QStringList{"session", "hls", "--stream", "front-door"}
                                 << "--mode";
        QTest::newRow("bad protocol")
            << QStringList{"session", "rtsp", "--stream", "x", "--mode", "live"} << "hls or dash";
        QTest::newRow("dash ts") << QStringList{"session", "dash", "--stream",    "front-door",
                                                "--mode",  "live", "--container", "ts"}
                                 << "MPEG-TS";
        QTest::newRow("on-demand without times")
            << QStringList{"session", "hls", "--stream", "front-door", "--mode", "on-demand"}
            << "start and an end";
        QTest::newRow("expires") << QStringList{"session", "hls",  "--stream",  "front-door",
                                                "--mode",  "live", "--expires", "60"}
                                 << "300";
        QTest::newRow("both stream options")
            << QStringList{"session", "hls", "--stream", "a", "--stream-arn", "b", "--mode", "live"}
            << "exactly one";
    }

    void sessionUsageErrors() {
        QFETCH(QStringList, args);
        QFETCH(QString, words);
        const Run run = cli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(words.toUtf8()), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void sessionServiceErrorsAreExplained() {
        // front-door's 2 h gap 4 days 20 hours ago: nothing to play.
        const qint64 gap = now() - (4 * 24 + 20) * 3600 * 1000LL;
        const Run run =
            cli({QStringLiteral("session"), QStringLiteral("hls"), QStringLiteral("--stream"),
                 QStringLiteral("front-door"), QStringLiteral("--mode"),
                 QStringLiteral("on-demand"), QStringLiteral("--start"), iso(gap + 20 * 60 * 1000),
                 QStringLiteral("--end"), iso(gap + 60 * 60 * 1000)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("no fragments"), run.err.constData());
        QVERIFY(run.err.contains("ResourceNotFoundException"));

        const Run missing = cli({QStringLiteral("session"), QStringLiteral("dash"),
                                 QStringLiteral("--stream"), QStringLiteral("no-such-camera"),
                                 QStringLiteral("--mode"), QStringLiteral("live")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("does not exist"));
    }

    void imagesWriteFilesAndAnIndex() {
        QTemporaryDir out;
        // front-door's 4 min gap 1 day 5 hours ago, with footage on both sides; 7 minutes in
        // all, so the CLI splits it into requests of at most 300 s.
        const qint64 gapStart = now() - 29 * 3600 * 1000LL;
        const qint64 start = (gapStart - 60 * 1000) / 1000 * 1000;
        const qint64 end = start + 7 * 60 * 1000;
        const Run run = cli(
            {QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("images"),
             QStringLiteral("--stream"), QStringLiteral("front-door"), QStringLiteral("--start"),
             iso(start), QStringLiteral("--end"), iso(end), QStringLiteral("--interval-ms"),
             QStringLiteral("5000"), QStringLiteral("--format"), QStringLiteral("png"),
             QStringLiteral("--width"), QStringLiteral("160"), QStringLiteral("--height"),
             QStringLiteral("90"), QStringLiteral("--out"), out.path()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QFile indexFile(out.filePath(QStringLiteral("index.json")));
        QVERIFY(indexFile.open(QIODevice::ReadOnly));
        const QJsonObject index = QJsonDocument::fromJson(indexFile.readAll()).object();
        QCOMPARE(index, run.json().object()); // stdout is the index
        const QJsonArray images = index.value(QStringLiteral("Images")).toArray();
        QCOMPARE(images.size(), int((end - start) / 5000 + 1)); // inclusive end, one per time
        int files = 0;
        int noMedia = 0;
        qint64 previous = 0;
        for (const QJsonValue& v : images) {
            const QJsonObject o = v.toObject();
            const qint64 t = qint64(o.value(QStringLiteral("TimestampMs")).toDouble());
            QVERIFY(t > previous);
            previous = t;
            if (o.contains(QStringLiteral("File"))) {
                const QString name = o.value(QStringLiteral("File")).toString();
                QVERIFY(name.endsWith(QLatin1String(".png")));
                QVERIFY(name.startsWith(QDateTime::fromMSecsSinceEpoch(t, Qt::UTC)
                                            .toString(QStringLiteral("yyyyMMdd'T'HHmmss"))));
                const QImage image(out.filePath(name));
                QCOMPARE(image.size(), QSize(160, 90));
                ++files;
            } else {
                const QString error = o.value(QStringLiteral("Error")).toString();
                QVERIFY(error == QLatin1String("NO_MEDIA") ||
                        error == QLatin1String("MEDIA_ERROR"));
                if (t >= gapStart + 3000 && t < gapStart + 4 * 60 * 1000 - 3000)
                    QCOMPARE(error, QStringLiteral("NO_MEDIA"));
                noMedia += error == QLatin1String("NO_MEDIA");
            }
        }
        QVERIFY(noMedia >= 40); // the gap's 4 minutes
        QVERIFY(files >= 25);
        QCOMPARE(index.value(QStringLiteral("Written")).toInt(), files);
        // Only the images and the index: no temporary files left behind.
        QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), files + 1);
    }

    void imagesErrors() {
        QTemporaryDir out;
        const Run usage =
            cli({QStringLiteral("images"), QStringLiteral("--stream"), QStringLiteral("front-door"),
                 QStringLiteral("--start"), iso(now() - 600 * 1000), QStringLiteral("--end"),
                 iso(now() - 500 * 1000), QStringLiteral("--interval-ms"), QStringLiteral("100"),
                 QStringLiteral("--out"), out.path()});
        QCOMPARE(usage.exitCode, 2);
        QVERIFY2(usage.err.contains("3000"), usage.err.constData());
        const Run widthOnly =
            cli({QStringLiteral("images"), QStringLiteral("--stream"), QStringLiteral("front-door"),
                 QStringLiteral("--start"), iso(now() - 600 * 1000), QStringLiteral("--end"),
                 iso(now() - 500 * 1000), QStringLiteral("--interval-ms"), QStringLiteral("3000"),
                 QStringLiteral("--width"), QStringLiteral("100"), QStringLiteral("--out"),
                 out.path()});
        QCOMPARE(widthOnly.exitCode, 2);
        const Run missing = cli({QStringLiteral("images"), QStringLiteral("--stream"),
                                 QStringLiteral("no-such-camera"), QStringLiteral("--start"),
                                 iso(now() - 600 * 1000), QStringLiteral("--end"),
                                 iso(now() - 500 * 1000), QStringLiteral("--interval-ms"),
                                 QStringLiteral("3000"), QStringLiteral("--out"), out.path()});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("ResourceNotFoundException"));
        QVERIFY(!QFileInfo::exists(out.filePath(QStringLiteral("index.json"))));
    }
};

QTEST_GUILESS_MAIN(TestCliStreaming)
#include "test_cli_streaming.moc"
