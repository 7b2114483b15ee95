// The emulator's streaming sessions against independent clients: the AWS CLI (botocore) must
// accept GetHLS/DASHStreamingSessionURL, and FFmpeg must decode what the sessions serve (HLS
// fMP4, HLS MPEG-TS, DASH) frame for frame. Skips what is not installed.
#include "emulator/emulator.h"
#include "emulator/fragment_generator.h"
#include "tests/emulator/streaming_test_client.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kinescope;
using namespace kinescope::test;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs a program without blocking the in-process emulator's event loop.
Run run(const QString& program, const QStringList& args,
        const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
    QProcess p;
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    if (!finished.wait(180000)) {
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestEmulatorStreamingPlayers : public QObject {
    Q_OBJECT
    std::unique_ptr<emu::Emulator> m_emulator;
    std::unique_ptr<StreamingTestClient> m_client;
    QString m_ffmpeg;
    QString m_ffprobe;
    QTemporaryDir m_home;

    // Frames FFmpeg decodes from a URL (video only), -1 on failure.
    int decodedFrames(const QUrl& url) {
        const Run r =
            run(m_ffmpeg, {QStringLiteral("-nostdin"), QStringLiteral("-v"),
                           QStringLiteral("error"), QStringLiteral("-i"), url.toString(),
                           QStringLiteral("-map"), QStringLiteral("0:v:0"), QStringLiteral("-f"),
                           QStringLiteral("framemd5"), QStringLiteral("-")});
        if (r.exitCode != 0) {
            qWarning("ffmpeg failed: %s", r.err.constData());
            return -1;
        }
        int frames = 0;
        for (const QByteArray& line : r.out.split('\n'))
            if (!line.isEmpty() && !line.startsWith('#'))
                ++frames;
        return frames;
    }

    QJsonObject probe(const QUrl& url) {
        const Run r =
            run(m_ffprobe, {QStringLiteral("-v"), QStringLiteral("error"),
                            QStringLiteral("-show_streams"), QStringLiteral("-show_format"),
                            QStringLiteral("-of"), QStringLiteral("json"), url.toString()});
        if (r.exitCode != 0)
            qWarning("ffprobe failed: %s", r.err.constData());
        return QJsonDocument::fromJson(r.out).object();
    }

private Q_SLOTS:
    void initTestCase() {
        m_ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
        m_ffprobe = QStandardPaths::findExecutable(QStringLiteral("ffprobe"));
        m_emulator = std::make_unique<emu::Emulator>();
        QString error;
        QVERIFY2(m_emulator->start(&error), qPrintable(error));
        m_emulator->quotas().enabled = false;
        m_client = std::make_unique<StreamingTestClient>(m_emulator.get());
    }
    void cleanupTestCase() {
        m_client.reset();
        m_emulator.reset();
    }

    void ffmpegDecodesSessions_data() {
        QTest::addColumn<bool>("hls");
        QTest::addColumn<QString>("container");
        QTest::addColumn<QString>("stream");
        QTest::addColumn<QString>("clock");
        QTest::addColumn<QString>("discontinuity");
        QTest::newRow("HLS fMP4, front-door, server") << true << "FRAGMENTED_MP4"
                                                      << "front-door"
                                                      << "SERVER_TIMESTAMP"
                                                      << "";
        QTest::newRow("HLS TS, loading-dock, server") << true << "MPEG_TS"
                                                      << "loading-dock"
                                                      << "SERVER_TIMESTAMP"
                                                      << "";
        QTest::newRow("HLS fMP4 across a gap, NEVER") << true << "FRAGMENTED_MP4"
                                                      << "front-door"
                                                      << "PRODUCER_TIMESTAMP"
                                                      << "NEVER";
        QTest::newRow("HLS TS across a gap, ON_DISCONTINUITY") << true << "MPEG_TS"
                                                               << "front-door"
                                                               << "PRODUCER_TIMESTAMP"
                                                               << "ON_DISCONTINUITY";
        QTest::newRow("DASH, lobby, producer") << false << ""
                                               << "lobby"
                                               << "PRODUCER_TIMESTAMP"
                                               << "";
    }

    void ffmpegDecodesSessions() {
        if (m_ffmpeg.isEmpty() || m_ffprobe.isEmpty())
            QSKIP("ffmpeg/ffprobe are not installed");
        QFETCH(bool, hls);
        QFETCH(QString, container);
        QFETCH(QString, stream);
        QFETCH(QString, clock);
        QFETCH(QString, discontinuity);
        const qint64 now = m_emulator->nowMs();
        const emu::StreamSpec& spec = *m_emulator->scenario().findStream(stream);
        qint64 from = now - 2 * 3'600'000;
        qint64 to = from + 40'000;
        if (!discontinuity.isEmpty()) { // 12 s of footage, a gap, 12 s of footage
            const emu::TimeRange gap = spec.gaps.last();
            from = gap.startMs - 12'000;
            to = gap.endMs + 11'000;
        }
        QJsonObject body = StreamingTestClient::rangeBody(hls, stream, QStringLiteral("ON_DEMAND"),
                                                          clock, from, to);
        if (!container.isEmpty())
            body.insert(QStringLiteral("ContainerFormat"), container);
        if (!discontinuity.isEmpty())
            body.insert(QStringLiteral("DiscontinuityMode"), discontinuity);
        const QUrl url = m_client->sessionUrl(hls, body);
        QVERIFY(url.isValid());

        // What the session holds, from the computed archive.
        const emu::FragmentGenerator g = m_emulator->generator(stream);
        const TimestampType type = clock == QLatin1String("SERVER_TIMESTAMP")
                                       ? TimestampType::Server
                                       : TimestampType::Producer;
        const qint64 fragments = emu::FragmentGenerator::total(g.select(type, from, to, now));
        QVERIFY(fragments >= 4);
        const qint64 framesPerFragment = spec.fragmentDurationMs * spec.video.fps / 1000;
        const qint64 expectedFrames = fragments * framesPerFragment;

        const QJsonObject info = probe(url);
        const QJsonArray streams = info.value(QStringLiteral("streams")).toArray();
        QVERIFY(!streams.isEmpty());
        const QJsonObject video = streams.first().toObject();
        QCOMPARE(video.value(QStringLiteral("codec_name")).toString(), QStringLiteral("h264"));
        QCOMPARE(video.value(QStringLiteral("width")).toInt(), spec.video.width);
        QCOMPARE(video.value(QStringLiteral("height")).toInt(), spec.video.height);
        const double duration = info.value(QStringLiteral("format"))
                                    .toObject()
                                    .value(QStringLiteral("duration"))
                                    .toString()
                                    .toDouble();
        // The playlist's / manifest's duration: every fragment once (with NEVER the media
        // timeline keeps the gap, so only the frame count is compared).
        const double expectedSeconds = double(fragments * spec.fragmentDurationMs) / 1000.0;
        if (discontinuity != QLatin1String("NEVER"))
            QVERIFY2(std::abs(duration - expectedSeconds) < 0.5,
                     qPrintable(
                         QStringLiteral("%1 s, expected %2 s").arg(duration).arg(expectedSeconds)));
        QCOMPARE(decodedFrames(url), int(expectedFrames));
    }

    void awsCliAcceptsSessions() {
        const QString aws = QFileInfo(QStringLiteral("/usr/bin/aws")).isExecutable()
                                ? QStringLiteral("/usr/bin/aws")
                                : QStandardPaths::findExecutable(QStringLiteral("aws"));
        if (aws.isEmpty())
            QSKIP("the AWS CLI (aws) is not installed");
        QVERIFY(m_home.isValid());
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("/dev/null"));
        env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QStringLiteral("/dev/null"));
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDKINESCOPEEMULATOR"));
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"),
                   QStringLiteral("kinescope/emulator/secret+EXAMPLEKEY"));
        env.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("us-east-1"));
        env.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
        env.insert(QStringLiteral("AWS_MAX_ATTEMPTS"), QStringLiteral("1"));
        const QStringList common{QStringLiteral("--endpoint-url"), m_emulator->url().toString(),
                                 QStringLiteral("--output"), QStringLiteral("json"),
                                 QStringLiteral("kinesis-video-archived-media")};
        const qint64 start = (m_emulator->nowMs() - 3'600'000) / 1000;
        Run r = run(
            aws,
            common +
                QStringList{
                    QStringLiteral("get-hls-streaming-session-url"),
                    QStringLiteral("--stream-name"), QStringLiteral("lobby"),
                    QStringLiteral("--playback-mode"), QStringLiteral("ON_DEMAND"),
                    QStringLiteral("--hls-fragment-selector"),
                    QStringLiteral("FragmentSelectorType=PRODUCER_TIMESTAMP,"
                                   "TimestampRange={StartTimestamp=%1,"
                                   "EndTimestamp=%2}")
                        .arg(start)
                        .arg(start + 120),
                    QStringLiteral("--container-format"), QStringLiteral("MPEG_TS"),
                    QStringLiteral("--discontinuity-mode"), QStringLiteral("ON_DISCONTINUITY"),
                    QStringLiteral("--display-fragment-timestamp"), QStringLiteral("ALWAYS"),
                    QStringLiteral("--expires"), QStringLiteral("3600"),
                    QStringLiteral("--max-media-playlist-fragment-results"), QStringLiteral("10")},
            env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QUrl hls(QJsonDocument::fromJson(r.out)
                           .object()
                           .value(QStringLiteral("HLSStreamingSessionURL"))
                           .toString());
        QCOMPARE(hls.path(), QStringLiteral("/hls/v1/getHLSMasterPlaylist.m3u8"));
        QCOMPARE(m_client->get(hls).status, 200);

        r = run(aws,
                common + QStringList{QStringLiteral("get-dash-streaming-session-url"),
                                     QStringLiteral("--stream-name"), QStringLiteral("front-door"),
                                     QStringLiteral("--playback-mode"), QStringLiteral("LIVE"),
                                     QStringLiteral("--display-fragment-number"),
                                     QStringLiteral("ALWAYS"),
                                     QStringLiteral("--max-manifest-fragment-results"),
                                     QStringLiteral("3")},
                env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QUrl dash(QJsonDocument::fromJson(r.out)
                            .object()
                            .value(QStringLiteral("DASHStreamingSessionURL"))
                            .toString());
        const RawResponse mpd = m_client->get(dash);
        QCOMPARE(mpd.status, 200);
        QCOMPARE(mpd.body.count("kvs:fn="), 3);

        // An error reaches the CLI as a modelled exception.
        r = run(aws,
                common + QStringList{QStringLiteral("get-hls-streaming-session-url"),
                                     QStringLiteral("--stream-name"), QStringLiteral("lobby"),
                                     QStringLiteral("--playback-mode"),
                                     QStringLiteral("ON_DEMAND")},
                env);
        QVERIFY(r.exitCode > 0);
        QVERIFY2(r.err.contains("InvalidArgumentException"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestEmulatorStreamingPlayers)
#include "test_emulator_streaming_players.moc"
