// KvsClient's archived-media calls against the in-process emulator: request bodies the service
// accepts, GetImages pages and their strict reader, DescribeImageGenerationConfiguration,
// GetMediaForFragmentList and GetClip streamed into files that appear only when complete.
#include "core/aws/aws_client.h"
#include "core/kvs/archived_media_client.h"
#include "core/kvs/image_request.h"
#include "core/kvs/kvs_client.h"
#include "core/kvs/kvs_json.h"
#include "tests/support/emulator_fixture.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kinescope;

class TestStreamingClient : public QObject {
    Q_OBJECT
    std::unique_ptr<test::EmulatorFixture> m_emu;
    std::unique_ptr<KvsClient> m_kvs;
    QHash<QString, int> m_calls;
    QHash<QString, int> m_answered; // with 200 (a throttled call is retried)

    template <typename T>
    Result<T> wait(std::function<void(std::function<void(const Result<T>&)>)> start) {
        std::optional<Result<T>> out;
        start([&out](const Result<T>& r) { out = r; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
            return AwsError::make(AwsError::Kind::Timeout, QStringLiteral("TestTimeout"), {});
        return *out;
    }
    static QString describe(const AwsError& e) { return e.toString(); }
    qint64 now() { return m_emu->emulator().nowMs(); }

    QStringList fragmentNumbers(const QString& stream, qint64 t0, qint64 t1, int max) {
        const auto page = wait<Page<Fragment>>([&](auto done) {
            m_kvs->listFragments(StreamRef::byName(stream), {TimestampType::Server, t0, t1}, max,
                                 {}, this, done);
        });
        QStringList out;
        if (page)
            for (const Fragment& f : page->items)
                out << f.fragmentNumber;
        return out;
    }

private Q_SLOTS:
    void init() {
        m_emu = std::make_unique<test::EmulatorFixture>();
        QVERIFY2(m_emu->ok(), qPrintable(m_emu->error()));
        m_kvs = std::make_unique<KvsClient>(m_emu->makeClient());
        m_calls.clear();
        m_answered.clear();
        connect(&m_emu->emulator(), &emu::Emulator::requestHandled, this,
                [this](const QString& operation, int status) {
                    ++m_calls[operation];
                    if (status == 200)
                        ++m_answered[operation];
                });
    }
    void cleanup() {
        m_kvs.reset();
        m_emu.reset();
    }

    void sessionUrlsForEveryModeAndProtocol_data() {
        QTest::addColumn<int>("protocol");
        QTest::addColumn<int>("mode");
        for (int p : {int(StreamingProtocol::Hls), int(StreamingProtocol::Dash)})
            for (int m : {int(PlaybackMode::LiveReplay), int(PlaybackMode::OnDemand)})
                QTest::addRow("%s %d", p == 0 ? "hls" : "dash", m) << p << m;
    }

    void sessionUrlsForEveryModeAndProtocol() {
        QFETCH(int, protocol);
        QFETCH(int, mode);
        StreamingSessionOptions o;
        o.protocol = StreamingProtocol(protocol);
        o.mode = PlaybackMode(mode);
        o.clock = TimestampType::Producer;
        o.startMs = now() - 3600 * 1000;
        if (o.mode == PlaybackMode::OnDemand)
            o.endMs = now() - 3000 * 1000;
        o.displayTimestamp = DisplayMode::Always;
        o.maxFragments = 100;
        o.expiresSeconds = 900;
        if (o.protocol == StreamingProtocol::Hls)
            o.discontinuity = DiscontinuityMode::OnDiscontinuity;
        else
            o.displayFragmentNumber = DisplayMode::Always;
        const auto url = wait<QUrl>([&](auto done) {
            m_kvs->streamingSessionUrl(StreamRef::byName(QStringLiteral("lobby")), o, this, done);
        });
        QVERIFY2(url.ok(), url.ok() ? "" : qPrintable(describe(url.error())));
        QVERIFY(url->query().contains(QLatin1String("SessionToken=")));
        QCOMPARE(m_calls.value(o.operationName()), 1);
    }

    void invalidSessionOptionsNeverReachTheService() {
        StreamingSessionOptions o;
        o.mode = PlaybackMode::OnDemand; // no times
        const auto url = wait<QUrl>([&](auto done) {
            m_kvs->streamingSessionUrl(StreamRef::byName(QStringLiteral("lobby")), o, this, done);
        });
        QVERIFY(!url.ok());
        QCOMPARE(url.error().kind, AwsError::Kind::Usage);
        QCOMPARE(url.error().message, o.validate());
        QCOMPARE(m_emu->emulator().requestCount(), quint64(0));
    }

    void imageRequestsSplitOnTheGrid() {
        ImageRequest r;
        r.startMs = 1'000'000;
        r.endMs = r.startMs + 1000 * 1000; // 1000 s
        r.samplingIntervalMs = 7000;
        QVERIFY(r.validate().isEmpty());
        const QList<ImageRequest> parts = r.split();
        QCOMPARE(parts.first().startMs, r.startMs);
        QCOMPARE(parts.last().endMs, r.endMs);
        for (qsizetype i = 0; i < parts.size(); ++i) {
            QVERIFY(parts[i].endMs - parts[i].startMs < ImageRequest::kMaxWindowMs);
            QCOMPARE((parts[i].startMs - r.startMs) % 7000, 0);
            if (i > 0)
                QCOMPARE(parts[i].startMs, parts[i - 1].endMs + 1);
        }
        r.widthPixels = 100;
        QVERIFY(!r.validate().isEmpty()); // width without height
        r.heightPixels = 100;
        r.format = ImageFormat::Png;
        r.jpegQuality = 50;
        QVERIFY(!r.validate().isEmpty()); // quality is for JPEG
    }

    void getImagesPagesAndErrors() {
        // loading-dock's 3 min gap 7 hours ago, with footage around it.
        const qint64 gapStart = now() - 7 * 3600 * 1000LL;
        ImageRequest r;
        r.startMs = gapStart - 60 * 1000;
        r.endMs = gapStart + 4 * 60 * 1000;
        r.samplingIntervalMs = 5000;
        r.maxResults = 7;
        r.jpegQuality = 60;
        r.widthPixels = 64;
        r.heightPixels = 36;
        QList<KvsImage> all;
        std::optional<Result<QString>> end;
        m_kvs->getAllImages(
            StreamRef::byName(QStringLiteral("loading-dock")), r, this,
            [&all](const QList<KvsImage>& page) { all += page; },
            [&end](const Result<QString>& e) { end = e; });
        QTRY_VERIFY_WITH_TIMEOUT(end.has_value(), 30000);
        QVERIFY2(end->ok(), end->ok() ? "" : qPrintable(describe(end->error())));
        QCOMPARE(all.size(), int((r.endMs - r.startMs) / 5000 + 1));
        QCOMPARE(m_answered.value(QStringLiteral("GetImages")), int((all.size() + 6) / 7));
        int noMedia = 0;
        for (qsizetype i = 0; i < all.size(); ++i) {
            QCOMPARE(all[i].timestampMs, r.startMs + i * 5000);
            if (all[i].hasImage()) {
                const QImage image = QImage::fromData(all[i].content, "JPEG");
                QCOMPARE(image.size(), QSize(64, 36));
            } else if (all[i].error == QLatin1String("NO_MEDIA")) {
                ++noMedia;
            }
        }
        QVERIFY(noMedia >= 30);
    }

    void getImagesReaderIsStrict() {
        QVERIFY(parseGetImagesResponse("{\"Images\":[{\"TimeStamp\":1.5,\"Error\":\"NO_MEDIA\"}]}")
                    .ok());
        const auto good =
            parseGetImagesResponse("{\"Images\":[{\"TimeStamp\":1714564800.25,\"ImageContent\":\"/"
                                   "9j/4AA=\"}],\"NextToken\":\"t\"}");
        QVERIFY(good.ok());
        QCOMPARE(good->items.first().timestampMs, 1714564800250);
        QCOMPARE(good->items.first().content, QByteArray::fromBase64("/9j/4AA="));
        QCOMPARE(good->nextToken, QStringLiteral("t"));
        for (const char* bad :
             {"{\"Images\":{}}", "{\"Images\":[{\"Error\":\"NO_MEDIA\"}]}",
              "{\"Images\":[{\"TimeStamp\":1,\"Error\":\"SOMETHING\"}]}",
              "{\"Images\":[{\"TimeStamp\":1,\"ImageContent\":\"***\"}]}",
              "{\"Images\":[{\"TimeStamp\":1}]}", "{\"Images\":[],\"NextToken\":5}", "[]"}) {
            const auto r = parseGetImagesResponse(bad);
            QVERIFY2(!r.ok(), bad);
            QCOMPARE(r.error().kind, AwsError::Kind::Parse);
        }
        QVERIFY(!parseStreamingSessionUrlResponse(QStringLiteral("GetHLSStreamingSessionURL"),
                                                  "{\"HLSStreamingSessionURL\":\"ftp://x/y\"}")
                     .ok());
        QVERIFY(parseStreamingSessionUrlResponse(QStringLiteral("GetDASHStreamingSessionURL"),
                                                 "{\"DASHStreamingSessionURL\":\"https://h/m\"}")
                    .ok());
    }

    void imageGenerationConfiguration() {
        const auto on = wait<std::optional<ImageGenerationConfig>>([&](auto done) {
            m_kvs->describeImageGenerationConfiguration(
                StreamRef::byName(QStringLiteral("front-door")), this, done);
        });
        QVERIFY2(on.ok(), on.ok() ? "" : qPrintable(describe(on.error())));
        QVERIFY(on->has_value());
        QVERIFY((*on)->isEnabled());
        QCOMPARE((*on)->format, ImageFormat::Jpeg);
        QVERIFY((*on)->samplingIntervalMs > 0);
        const auto off = wait<std::optional<ImageGenerationConfig>>([&](auto done) {
            m_kvs->describeImageGenerationConfiguration(
                StreamRef::byName(QStringLiteral("parking-north")), this, done);
        });
        QVERIFY(off.ok());
        QVERIFY(!off->has_value());
    }

    void fragmentsDownloadToAFileWhenComplete() {
        QTemporaryDir dir;
        const QStringList numbers = fragmentNumbers(QStringLiteral("front-door"),
                                                    now() - 3600 * 1000, now() - 3500 * 1000, 3);
        QCOMPARE(numbers.size(), 3);
        ArchivedMediaClient media(m_kvs.get());
        const QString path = dir.filePath(QStringLiteral("fragments.mkv"));
        qint64 progressed = 0;
        const auto bytes = wait<qint64>([&](auto done) {
            media.downloadFragments(
                StreamRef::byName(QStringLiteral("front-door")), numbers, path, this, done,
                [&progressed](qint64 received, qint64) { progressed = received; });
        });
        QVERIFY2(bytes.ok(), bytes.ok() ? "" : qPrintable(describe(bytes.error())));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.size(), *bytes);
        QVERIFY(progressed > 0);
        QCOMPARE(file.read(4), QByteArray::fromHex("1a45dfa3")); // EBML
        const QByteArray all = file.readAll();
        for (const QString& n : numbers)
            QVERIFY(all.contains(n.toLatin1())); // AWS_KINESISVIDEO_FRAGMENT_NUMBER tags
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"fragments.mkv"});
    }

    void clipDownloadsAndFailuresLeaveNoFile() {
        QTemporaryDir dir;
        ArchivedMediaClient media(m_kvs.get());
        const QString path = dir.filePath(QStringLiteral("clip.mp4"));
        const auto bytes = wait<qint64>([&](auto done) {
            media.downloadClip(StreamRef::byName(QStringLiteral("lobby")),
                               {TimestampType::Server, now() - 3600 * 1000, now() - 3570 * 1000},
                               path, this, done);
        });
        QVERIFY2(bytes.ok(), bytes.ok() ? "" : qPrintable(describe(bytes.error())));
        QFile clip(path);
        QVERIFY(clip.open(QIODevice::ReadOnly));
        QVERIFY(clip.size() > 1000);
        QCOMPARE(clip.read(8).mid(4), QByteArray("ftyp"));

        const QString missing = dir.filePath(QStringLiteral("missing.mkv"));
        const auto failed = wait<qint64>([&](auto done) {
            media.downloadFragments(StreamRef::byName(QStringLiteral("no-such-camera")),
                                    {QStringLiteral("91343852333181432392682062607743920146264440"
                                                    "30")},
                                    missing, this, done);
        });
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().type, QStringLiteral("ResourceNotFoundException"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"clip.mp4"});
    }
};

QTEST_MAIN(TestStreamingClient)
#include "test_streaming_client.moc"
