// The emulator's real media: synthetic H.264 per fragment, GetImages, GetMediaForFragmentList.
#include "emulator/emulator.h"
#include "emulator/fragment_generator.h"
#include "emulator/media/frame_painter.h"
#include "emulator/media/kvs_mkv_writer.h"
#include "emulator/media/synthetic_media.h"
#include "tests/emulator/media_decoder.h"
#include "tests/emulator/raw_http_client.h"

#include "core/media/container_inspector.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace kinescope;
using namespace kinescope::test;

namespace {

// The picture FramePainter draws for (stream, time), luma only.
QImage paintedLuma(const emu::StreamSpec& stream, qint64 timeMs, quint64 seed) {
    const int w = stream.video.width, h = stream.video.height;
    std::vector<quint8> y(size_t(w * h)), u(size_t(w * h / 4)), v(size_t(w * h / 4));
    emu::YuvPicture p{y.data(), u.data(), v.data(), w, w / 2, w / 2, w, h};
    emu::FramePainter::paint(p, seed, timeMs, stream.name);
    QImage image(w, h, QImage::Format_Grayscale8);
    for (int row = 0; row < h; ++row)
        memcpy(image.scanLine(row), y.data() + row * w, size_t(w));
    return image;
}

quint64 streamSeed(const QString& name) {
    const QByteArray d = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256);
    quint64 seed = 0;
    for (int i = 0; i < 8; ++i)
        seed = (seed << 8) | quint8(d.at(i));
    return seed;
}

// Collects what ContainerInspector reports.
struct Collect : InspectSink {
    QList<FragmentSummary> fragments;
    QList<TrackInfo> tracks;
    void fragment(const FragmentSummary& f) override { fragments.append(f); }
    void track(const TrackInfo& t) override { tracks.append(t); }
};

QRect differingRect(const QImage& a, const QImage& b) {
    QRect r;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            if (a.constScanLine(y)[x] != b.constScanLine(y)[x])
                r = r.united(QRect(x, y, 1, 1));
    return r;
}

} // namespace

class TestEmulatorMedia : public QObject {
    Q_OBJECT
    std::unique_ptr<emu::Emulator> m_emulator;
    QTemporaryDir m_home;

    const emu::StreamSpec& stream(const char* name) {
        return *m_emulator->scenario().findStream(QString::fromLatin1(name));
    }
    qint64 lastIndex(const emu::StreamSpec& s) {
        return emu::FragmentGenerator(s).available(m_emulator->nowMs()).last().last;
    }
    RawResponse call(const QString& path, const QJsonObject& body, int timeoutMs = 60000) {
        RawHttpClient c(m_emulator->port());
        c.send(jsonRequest(path, body, defaultTestCredentials(), m_emulator->port()));
        return c.read(timeoutMs);
    }
    // GetImages over [fromMs, toMs] of a stream by producer time (whole pages followed).
    QJsonObject imagesRequest(const char* stream, qint64 fromMs, qint64 toMs,
                              const QString& format = QStringLiteral("JPEG")) {
        return QJsonObject{
            {QStringLiteral("StreamName"), QString::fromLatin1(stream)},
            {QStringLiteral("ImageSelectorType"), QStringLiteral("PRODUCER_TIMESTAMP")},
            {QStringLiteral("StartTimestamp"), fromMs / 1000.0},
            {QStringLiteral("EndTimestamp"), toMs / 1000.0},
            {QStringLiteral("SamplingInterval"), 3000},
            {QStringLiteral("Format"), format}};
    }
    // Runs the AWS CLI v2 against the in-process emulator (the event loop keeps serving).
    QByteArray aws(const QStringList& args, int* exitCode) {
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
        QProcess p;
        p.setProcessEnvironment(e);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral("/usr/bin/aws"),
                QStringList{QStringLiteral("--endpoint-url"), m_emulator->url().toString(),
                            QStringLiteral("--output"), QStringLiteral("json")} +
                    args);
        *exitCode = -1;
        if (!p.waitForStarted(10000) || !finished.wait(180000))
            return {};
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        if (*exitCode != 0)
            qWarning("aws failed: %s", p.readAllStandardError().constData());
        return p.readAllStandardOutput();
    }
    static qint64 ms(const QJsonValue& v) { return qRound64(v.toDouble() * 1000); }
    static QString ffprobe() { return QStandardPaths::findExecutable(QStringLiteral("ffprobe")); }
    // ffprobe's JSON for a file (streams and packets of the first video stream).
    static QJsonObject probe(const QString& path) {
        QProcess p;
        p.start(ffprobe(), {QStringLiteral("-v"), QStringLiteral("error"),
                            QStringLiteral("-select_streams"), QStringLiteral("v:0"),
                            QStringLiteral("-show_streams"), QStringLiteral("-show_packets"),
                            QStringLiteral("-of"), QStringLiteral("json"), path});
        if (!p.waitForFinished(60000))
            return {};
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    }

private Q_SLOTS:
    void initTestCase() {
        m_emulator = std::make_unique<emu::Emulator>();
        QString error;
        QVERIFY2(m_emulator->start(&error), qPrintable(error));
        // Quotas are test_emulator's subject; here requests come faster than 5 per second.
        m_emulator->quotas().enabled = false;
    }
    void cleanupTestCase() { m_emulator.reset(); }

    void syntheticFragmentIsRealH264() {
        const emu::StreamSpec& s = stream("parking-north"); // 10 s fragments
        const qint64 index = lastIndex(s) - 3;
        emu::SyntheticMedia media;
        QElapsedTimer timer;
        timer.start();
        QString error;
        const auto f = media.fragment(s, index, &error);
        qInfo("encoded a %lld ms fragment in %lld ms", qint64(s.fragmentDurationMs),
              timer.elapsed());
        QVERIFY2(f, qPrintable(error));
        QCOMPARE(f->codecId, QStringLiteral("V_MPEG4/ISO/AVC"));
        QCOMPARE(f->width, s.video.width);
        QCOMPARE(f->height, s.video.height);
        QCOMPARE(f->fps, s.video.fps);
        QCOMPARE(f->durationMs, s.fragmentDurationMs);
        const qsizetype frames = s.fragmentDurationMs * s.video.fps / 1000;
        QCOMPARE(qsizetype(f->samples.size()), frames);
        QCOMPARE(f->avcC.at(0), char(1));
        QCOMPARE(f->sps.at(0) & 0x1F, 7);
        QCOMPARE(f->pps.at(0) & 0x1F, 8);
        qint64 total = 0;
        for (size_t i = 0; i < f->samples.size(); ++i) {
            const emu::VideoSample& v = f->samples[i];
            QCOMPARE(v.keyframe, i == 0); // one closed GOP
            QCOMPARE(v.ptsMs, v.dtsMs);   // no B-frames
            QCOMPARE(v.ptsMs, total);
            total += v.durationMs;
            // AVCC: 4-byte lengths that tile the sample exactly.
            qsizetype at = 0;
            while (at + 4 <= v.data.size()) {
                const quint32 n = (quint32(quint8(v.data[at])) << 24) |
                                  (quint32(quint8(v.data[at + 1])) << 16) |
                                  (quint32(quint8(v.data[at + 2])) << 8) | quint8(v.data[at + 3]);
                at += 4 + qsizetype(n);
            }
            QCOMPARE(at, v.data.size());
        }
        QCOMPARE(total, s.fragmentDurationMs);
        QCOMPARE(emu::SyntheticMedia::sampleProducerMs(s, index, f->samples[7]),
                 emu::FragmentGenerator(s).producerMs(index) + 700);

        // An independent decoder sees every picture, and each shows its own producer time.
        const QList<QImage> pictures = decodeLuma(*f, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(pictures.size(), frames);
        QCOMPARE(pictures.first().size(), QSize(s.video.width, s.video.height));
        quint64 seed = 0;
        {
            const QByteArray d =
                QCryptographicHash::hash(s.name.toUtf8(), QCryptographicHash::Sha256);
            for (int i = 0; i < 8; ++i)
                seed = (seed << 8) | quint8(d.at(i));
        }
        for (int k : {0, 1, 37, int(frames) - 1}) {
            const qint64 t = emu::SyntheticMedia::sampleProducerMs(s, index, f->samples[size_t(k)]);
            const QImage right = paintedLuma(s, t, seed);
            const QImage wrong = paintedLuma(s, t + 1111, seed);
            const QRect digits = differingRect(right, wrong).intersected(QRect(0, 0, 640, 80));
            QVERIFY(!digits.isEmpty());
            const double toRight = meanDifference(pictures[k], right, digits);
            const double toWrong = meanDifference(pictures[k], wrong, digits);
            QVERIFY2(
                toRight * 3 < toWrong,
                qPrintable(QStringLiteral("frame %1: %2 vs %3").arg(k).arg(toRight).arg(toWrong)));
        }

        // Deterministic: a fresh instance encodes the same bytes.
        emu::SyntheticMedia other;
        const auto g = other.fragment(s, index);
        QVERIFY(g);
        QCOMPARE(g->avcC, f->avcC);
        QCOMPARE(g->samples.size(), f->samples.size());
        for (size_t i = 0; i < f->samples.size(); ++i)
            QCOMPARE(g->samples[i].data, f->samples[i].data);
    }

    void syntheticMediaCache() {
        const emu::StreamSpec& s = stream("front-door");
        const qint64 index = lastIndex(s);
        emu::SyntheticMedia media;
        const auto a = media.fragment(s, index);
        QVERIFY(a);
        QCOMPARE(media.fragment(s, index), a); // cached
        QCOMPARE(media.encodeCount(), quint64(1));
        QVERIFY(media.cachedBytes() > 0);
        const auto b = media.fragment(s, index - 1);
        QVERIFY(b && b != a);
        QCOMPARE(media.encodeCount(), quint64(2));
        media.setCacheLimitBytes(media.cachedBytes() - 1); // LRU: `a` goes first
        QCOMPARE(media.fragment(s, index - 1), b);
        QCOMPARE(media.encodeCount(), quint64(2));
        QVERIFY(media.fragment(s, index) != a);
        QCOMPARE(media.encodeCount(), quint64(3));

        // Per-stream picture settings and the undecodable codec.
        emu::StreamSpec small = s;
        small.video.width = 320;
        small.video.height = 180;
        small.video.fps = 5;
        small.video.codec = QStringLiteral("unsupported");
        const auto c = media.fragment(small, index);
        QVERIFY(c);
        QCOMPARE(c->width, 320);
        QCOMPARE(qsizetype(c->samples.size()), qsizetype(s.fragmentDurationMs * 5 / 1000));
        QCOMPARE(c->codecId, emu::SyntheticMedia::unsupportedCodecId());
    }

    void scenarioVideoSettings() {
        const qint64 anchor = 1'700'000'000'000;
        QString error;
        const auto s = emu::Scenario::fromJson(
            R"({"streams":[{"name":"a","footage":{"start":"-1d"}},
                {"name":"b","footage":{"start":"-1d"},"imageGeneration":false,
                 "video":{"width":320,"height":240,"fps":25,"codec":"unsupported"}}]})",
            anchor, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->streams[0].video.width, 640);
        QCOMPARE(s->streams[0].video.height, 360);
        QCOMPARE(s->streams[0].video.fps, 10);
        QVERIFY(s->streams[0].video.decodable());
        QVERIFY(s->streams[0].imageGeneration);
        QCOMPARE(s->streams[1].video.width, 320);
        QCOMPARE(s->streams[1].video.fps, 25);
        QVERIFY(!s->streams[1].video.decodable());
        QVERIFY(!s->streams[1].imageGeneration);
        for (const char* bad : {R"("video":{"width":15})", R"("video":{"height":361})",
                                R"("video":{"fps":0})", R"("video":{"codec":"vp9"})"}) {
            const QByteArray json =
                QByteArray(R"({"streams":[{"name":"c","footage":{"start":"-1d"},)") + bad + "}]}";
            QVERIFY2(!emu::Scenario::fromJson(json, anchor, &error), bad);
            QVERIFY(error.contains(QStringLiteral("video")));
        }
        // The default scenario: parking-north has no image-generation configuration.
        const emu::Scenario d = emu::Scenario::defaultScenario(anchor);
        for (const emu::StreamSpec& st : d.streams)
            QCOMPARE(st.imageGeneration, st.name != QLatin1String("parking-north"));
    }

    void describeImageGenerationConfiguration() {
        RawResponse r = call(QStringLiteral("/describeImageGenerationConfiguration"),
                             {{QStringLiteral("StreamName"), QStringLiteral("front-door")}});
        QCOMPARE(r.status, 200);
        const QJsonObject c =
            r.json().value(QStringLiteral("ImageGenerationConfiguration")).toObject();
        QCOMPARE(c.value(QStringLiteral("Status")).toString(), QStringLiteral("ENABLED"));
        QCOMPARE(c.value(QStringLiteral("Format")).toString(), QStringLiteral("JPEG"));
        r = call(QStringLiteral("/describeImageGenerationConfiguration"),
                 {{QStringLiteral("StreamName"), QStringLiteral("parking-north")}});
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json().contains(QStringLiteral("ImageGenerationConfiguration")));
        r = call(QStringLiteral("/describeImageGenerationConfiguration"),
                 {{QStringLiteral("StreamName"), QStringLiteral("no-such-camera")}});
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorType(), QByteArray("ResourceNotFoundException"));
    }

    void getImagesJpegPagesAndPictures() {
        const emu::StreamSpec& s = stream("front-door"); // 2 s fragments, producer = nominal
        const emu::FragmentGenerator g(s);
        const qint64 i = lastIndex(s) - 40;
        const qint64 from = g.producerMs(i); // a fragment start: the first image exists
        QJsonObject request = imagesRequest("front-door", from, from + 20000);
        request.insert(QStringLiteral("WidthPixels"), 320);
        request.insert(QStringLiteral("HeightPixels"), 180);
        request.insert(QStringLiteral("MaxResults"), 3);
        QList<QJsonObject> images;
        int pages = 0;
        for (; pages < 10; ++pages) {
            const RawResponse r = call(QStringLiteral("/getImages"), request);
            QCOMPARE(r.status, 200);
            const QJsonArray list = r.json().value(QStringLiteral("Images")).toArray();
            QVERIFY(list.size() <= 3);
            for (const QJsonValue& v : list)
                images.append(v.toObject());
            const QString token = r.json().value(QStringLiteral("NextToken")).toString();
            if (token.isEmpty())
                break;
            request.insert(QStringLiteral("NextToken"), token);
        }
        QCOMPARE(pages, 2); // 7 images: pages of 3, 3, 1
        QCOMPARE(images.size(), 7);
        for (int k = 0; k < images.size(); ++k) {
            QCOMPARE(ms(images[k].value(QStringLiteral("TimeStamp"))), from + k * 3000);
            QVERIFY2(!images[k].contains(QStringLiteral("Error")),
                     qPrintable(images[k].value(QStringLiteral("Error")).toString()));
            QImage image;
            QVERIFY(image.loadFromData(
                QByteArray::fromBase64(
                    images[k].value(QStringLiteral("ImageContent")).toString().toLatin1()),
                "JPEG"));
            QCOMPARE(image.size(), QSize(320, 180));
        }
        // By server time (ingest latency varies per fragment) continuous footage has no holes.
        // Start where the last sample falls after the end of the last fragment starting in the
        // range (its latency is below the first one's): the next fragment still covers it.
        qint64 j = i;
        auto latency = [&](qint64 k) { return g.serverMs(k) - g.nominalStartMs(k); };
        while (latency(j) <= latency(j + 29) && j > i - 200)
            --j;
        QVERIFY(latency(j) > latency(j + 29));
        QJsonObject byServer = imagesRequest("front-door", g.serverMs(j), g.serverMs(j) + 60000);
        byServer.insert(QStringLiteral("ImageSelectorType"), QStringLiteral("SERVER_TIMESTAMP"));
        byServer.insert(QStringLiteral("WidthPixels"), 64);
        byServer.insert(QStringLiteral("HeightPixels"), 36);
        const QJsonArray serverImages = call(QStringLiteral("/getImages"), byServer)
                                            .json()
                                            .value(QStringLiteral("Images"))
                                            .toArray();
        QCOMPARE(serverImages.size(), 21);
        for (const QJsonValue& v : serverImages)
            QVERIFY2(v.toObject().contains(QStringLiteral("ImageContent")),
                     qPrintable(QStringLiteral("%1 at +%2 ms")
                                    .arg(v[QStringLiteral("Error")].toString())
                                    .arg(ms(v[QStringLiteral("TimeStamp")]) - g.serverMs(j))));
        // Quality changes the encoding.
        QJsonObject low = imagesRequest("front-door", from, from);
        low.insert(QStringLiteral("FormatConfig"),
                   QJsonObject{{QStringLiteral("JPEGQuality"), QStringLiteral("5")}});
        QJsonObject high = low;
        high.insert(QStringLiteral("FormatConfig"),
                    QJsonObject{{QStringLiteral("JPEGQuality"), QStringLiteral("100")}});
        const QJsonArray lowImages = call(QStringLiteral("/getImages"), low)
                                         .json()
                                         .value(QStringLiteral("Images"))
                                         .toArray();
        const QJsonArray highImages = call(QStringLiteral("/getImages"), high)
                                          .json()
                                          .value(QStringLiteral("Images"))
                                          .toArray();
        QCOMPARE(lowImages.size(), 1);
        QCOMPARE(highImages.size(), 1);
        QVERIFY(lowImages[0][QStringLiteral("ImageContent")].toString().size() * 2 <
                highImages[0][QStringLiteral("ImageContent")].toString().size());
        // HeightPixels alone keeps the picture's aspect ratio.
        QJsonObject heightOnly = imagesRequest("front-door", from, from);
        heightOnly.insert(QStringLiteral("HeightPixels"), 90);
        QImage small;
        QVERIFY(small.loadFromData(QByteArray::fromBase64(
            call(QStringLiteral("/getImages"), heightOnly)
                .json()[QStringLiteral("Images")][0][QStringLiteral("ImageContent")]
                .toString()
                .toLatin1())));
        QCOMPARE(small.size(), QSize(160, 90));
    }

    void getImagesPngShowsTheFramesTime() {
        const emu::StreamSpec& s = stream("loading-dock"); // 4 s fragments, producer +1.2 s
        const emu::FragmentGenerator g(s);
        const qint64 i = lastIndex(s) - 10;
        const qint64 from = g.producerMs(i) + 3000; // mid-fragment: the quirk
        const RawResponse r =
            call(QStringLiteral("/getImages"),
                 imagesRequest("loading-dock", from, from + 9000, QStringLiteral("PNG")));
        QCOMPARE(r.status, 200);
        const QJsonArray list = r.json().value(QStringLiteral("Images")).toArray();
        QCOMPARE(list.size(), 4);
        // The start fell inside fragment i, which began before StartTimestamp: no image.
        QCOMPARE(list[0][QStringLiteral("Error")].toString(), QStringLiteral("NO_MEDIA"));
        const quint64 seed = streamSeed(s.name);
        for (int k = 1; k < list.size(); ++k) {
            const qint64 t = from + k * 3000;
            const qint64 index = i + (t - g.producerMs(i)) / s.fragmentDurationMs;
            const qint64 offset = t - g.producerMs(index);
            const qint64 frameMs =
                g.producerMs(index) + offset * s.video.fps / 1000 * 1000 / s.video.fps;
            QImage png;
            QVERIFY(
                png.loadFromData(QByteArray::fromBase64(
                                     list[k][QStringLiteral("ImageContent")].toString().toLatin1()),
                                 "PNG"));
            QCOMPARE(png.size(), QSize(s.video.width, s.video.height));
            // Back to limited-range luma, as the painter drew it.
            QImage gray = png.convertToFormat(QImage::Format_Grayscale8);
            for (int y = 0; y < gray.height(); ++y)
                for (int x = 0; x < gray.width(); ++x)
                    gray.scanLine(y)[x] = quint8(16 + gray.scanLine(y)[x] * 219 / 255);
            const QImage right = paintedLuma(s, frameMs, seed);
            const QImage wrong = paintedLuma(s, frameMs + 1100, seed);
            const QRect digits = differingRect(right, wrong).intersected(QRect(0, 0, 640, 80));
            QVERIFY(!digits.isEmpty());
            const double toRight = meanDifference(gray, right, digits);
            const double toWrong = meanDifference(gray, wrong, digits);
            QVERIFY2(
                toRight * 3 < toWrong,
                qPrintable(QStringLiteral("image %1: %2 vs %3").arg(k).arg(toRight).arg(toWrong)));
        }
    }

    void getImagesNoMediaInGapAndMediaError() {
        const emu::StreamSpec& s = stream("front-door");
        const emu::TimeRange gap = s.gaps.at(1); // two hours
        RawResponse r =
            call(QStringLiteral("/getImages"),
                 imagesRequest("front-door", gap.startMs + 600000, gap.startMs + 630000));
        QCOMPARE(r.status, 200);
        QJsonArray list = r.json().value(QStringLiteral("Images")).toArray();
        QCOMPARE(list.size(), 11);
        for (const QJsonValue& v : list) {
            QCOMPARE(v[QStringLiteral("Error")].toString(), QStringLiteral("NO_MEDIA"));
            QVERIFY(!v.toObject().contains(QStringLiteral("ImageContent")));
        }
        // After the footage (the future) there is no media either.
        const qint64 now = m_emulator->nowMs();
        r = call(QStringLiteral("/getImages"),
                 imagesRequest("front-door", now + 60000, now + 66000));
        QCOMPARE(r.json()[QStringLiteral("Images")][0][QStringLiteral("Error")].toString(),
                 QStringLiteral("NO_MEDIA"));

        // A stream whose codec cannot be decoded: MEDIA_ERROR where there is media.
        QString error;
        const auto scenario = emu::Scenario::fromJson(
            R"({"streams":[{"name":"h265-cam","mediaType":"video/h265","fragmentDurationMs":2000,
                "footage":{"start":"-1h"}}]})",
            m_emulator->nowMs(), &error);
        QVERIFY2(scenario, qPrintable(error));
        QCOMPARE(scenario->streams.first().video.codec, QStringLiteral("unsupported"));
        emu::EmulatorOptions options;
        options.scenario = *scenario;
        emu::Emulator other(options);
        QVERIFY(other.start(&error));
        const emu::FragmentGenerator g(scenario->streams.first());
        const qint64 start = g.producerMs(g.available(other.nowMs()).last().last - 5);
        RawHttpClient c(other.port());
        c.send(jsonRequest(QStringLiteral("/getImages"),
                           imagesRequest("h265-cam", start, start + 3000), defaultTestCredentials(),
                           other.port()));
        r = c.read(60000);
        QCOMPARE(r.status, 200);
        list = r.json().value(QStringLiteral("Images")).toArray();
        QCOMPARE(list.size(), 2);
        for (const QJsonValue& v : list)
            QCOMPARE(v[QStringLiteral("Error")].toString(), QStringLiteral("MEDIA_ERROR"));
    }

    void getImagesValidation_data() {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QByteArray>("errorType");
        QTest::newRow("interval below 3000")
            << "SamplingInterval" << QJsonValue(2999) << QByteArray("InvalidArgumentException");
        QTest::newRow("interval above 20000")
            << "SamplingInterval" << QJsonValue(20001) << QByteArray("InvalidArgumentException");
        QTest::newRow("format GIF") << "Format" << QJsonValue(QStringLiteral("GIF"))
                                    << QByteArray("InvalidArgumentException");
        QTest::newRow("no format")
            << "Format" << QJsonValue(QJsonValue::Null) << QByteArray("InvalidArgumentException");
        QTest::newRow("selector") << "ImageSelectorType" << QJsonValue(QStringLiteral("LOCAL"))
                                  << QByteArray("InvalidArgumentException");
        QTest::newRow("max results 101")
            << "MaxResults" << QJsonValue(101) << QByteArray("InvalidArgumentException");
        QTest::newRow("max results 0")
            << "MaxResults" << QJsonValue(0) << QByteArray("InvalidArgumentException");
        QTest::newRow("width alone")
            << "WidthPixels" << QJsonValue(320) << QByteArray("ValidationException");
        QTest::newRow("height above 2160")
            << "HeightPixels" << QJsonValue(2161) << QByteArray("InvalidArgumentException");
        QTest::newRow("quality 0")
            << "FormatConfig"
            << QJsonValue(QJsonObject{{QStringLiteral("JPEGQuality"), QStringLiteral("0")}})
            << QByteArray("InvalidArgumentException");
        QTest::newRow("config key")
            << "FormatConfig"
            << QJsonValue(QJsonObject{{QStringLiteral("PNGLevel"), QStringLiteral("3")}})
            << QByteArray("InvalidArgumentException");
        QTest::newRow("range over 300 s") << "EndTimestamp" << QJsonValue(QJsonValue::Undefined)
                                          << QByteArray("InvalidArgumentException");
        QTest::newRow("end before start") << "StartTimestamp" << QJsonValue(QJsonValue::Undefined)
                                          << QByteArray("InvalidArgumentException");
        QTest::newRow("bad token") << "NextToken" << QJsonValue(QStringLiteral("bm90IGEgdG9rZW4="))
                                   << QByteArray("InvalidArgumentException");
    }

    void getImagesValidation() {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        QFETCH(QByteArray, errorType);
        const qint64 from = m_emulator->nowMs() - 3'600'000;
        QJsonObject request = imagesRequest("lobby", from, from + 60000);
        if (value.isUndefined() && member == QLatin1String("EndTimestamp"))
            value = (from + 300001) / 1000.0;
        if (value.isUndefined() && member == QLatin1String("StartTimestamp"))
            value = (from + 61000) / 1000.0;
        if (value.isNull())
            request.remove(member);
        else
            request.insert(member, value);
        const RawResponse r = call(QStringLiteral("/getImages"), request);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorType(), errorType);
    }

    void getMediaForFragmentList() {
        if (ffprobe().isEmpty())
            QSKIP("ffprobe is not installed");
        const emu::StreamSpec& s = stream("lobby"); // 6 s fragments, 60 frames each
        const qint64 now = m_emulator->nowMs();
        // The fragment numbers as ListFragments gives them.
        const RawResponse listed =
            call(QStringLiteral("/listFragments"),
                 {{QStringLiteral("StreamName"), s.name},
                  {QStringLiteral("FragmentSelector"),
                   QJsonObject{
                       {QStringLiteral("FragmentSelectorType"), QStringLiteral("SERVER_TIMESTAMP")},
                       {QStringLiteral("TimestampRange"),
                        QJsonObject{{QStringLiteral("StartTimestamp"), (now - 120000) / 1000.0},
                                    {QStringLiteral("EndTimestamp"), (now - 90000) / 1000.0}}}}}});
        QCOMPARE(listed.status, 200);
        QHash<QString, QJsonObject> byNumber;
        QJsonArray numbers;
        for (const QJsonValue& v : listed.json().value(QStringLiteral("Fragments")).toArray()) {
            byNumber.insert(v[QStringLiteral("FragmentNumber")].toString(), v.toObject());
            numbers.append(v[QStringLiteral("FragmentNumber")]);
        }
        QVERIFY(numbers.size() >= 3);
        const RawResponse r =
            call(QStringLiteral("/getMediaForFragmentList"),
                 {{QStringLiteral("StreamName"), s.name}, {QStringLiteral("Fragments"), numbers}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("video/webm"));
        QVERIFY(r.complete);

        // Core's inspector: one KVS chunk per fragment, tags as ListFragments reported.
        Collect sink;
        ContainerInspector inspector(sink);
        QVERIFY(inspector.feed(r.body));
        QVERIFY2(inspector.finish(), qPrintable(inspector.error().message));
        QVERIFY(inspector.isKvsStream());
        QCOMPARE(inspector.documentCount(), numbers.size());
        QCOMPARE(sink.fragments.size(), numbers.size());
        for (int k = 0; k < numbers.size(); ++k) {
            const FragmentSummary& f = sink.fragments[k];
            const QJsonObject& expected = byNumber[numbers[k].toString()];
            QCOMPARE(f.fragmentNumber, numbers[k].toString());
            QCOMPARE(f.serverTimestampMs.value_or(-1),
                     ms(expected[QStringLiteral("ServerTimestamp")]));
            QCOMPARE(f.producerTimestampMs.value_or(-1),
                     ms(expected[QStringLiteral("ProducerTimestamp")]));
            QCOMPARE(
                f.tag(u"AWS_KINESISVIDEO_SERVER_SIDE_TIMESTAMP"),
                emu::KvsMkvWriter::timestampText(ms(expected[QStringLiteral("ServerTimestamp")])));
            QCOMPARE(qint64(f.frameCount), s.fragmentDurationMs * s.video.fps / 1000);
            QCOMPARE(f.firstKeyframeIndex, 0);
            QCOMPARE(f.keyframeCount, quint32(1));
        }
        QVERIFY(!sink.tracks.isEmpty());
        QCOMPARE(sink.tracks.first().codecId, QStringLiteral("V_MPEG4/ISO/AVC"));

        // ffprobe: real H.264 at the stream's size, keyframe first.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("media.mkv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(r.body);
        file.close();
        const QJsonObject probed = probe(path);
        const QJsonObject video = probed[QStringLiteral("streams")][0].toObject();
        QCOMPARE(video[QStringLiteral("codec_name")].toString(), QStringLiteral("h264"));
        QCOMPARE(video[QStringLiteral("width")].toInt(), s.video.width);
        QCOMPARE(video[QStringLiteral("height")].toInt(), s.video.height);
        const QJsonArray packets = probed[QStringLiteral("packets")].toArray();
        QVERIFY2(packets.size() >= s.fragmentDurationMs * s.video.fps / 1000,
                 qPrintable(QString::number(packets.size())));
        QVERIFY(packets[0][QStringLiteral("flags")].toString().startsWith(QLatin1Char('K')));
    }

    void getMediaForFragmentListErrors() {
        const emu::StreamSpec& s = stream("front-door");
        const emu::FragmentGenerator g(s);
        const qint64 i = lastIndex(s) - 5;
        const QString good = g.fragmentNumber(i);
        QString unknown = g.fragmentNumber(i + 1);
        unknown[46] = unknown[46] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        // A well-formed number the archive does not hold: an exception chunk in the stream.
        RawResponse r = call(QStringLiteral("/getMediaForFragmentList"),
                             {{QStringLiteral("StreamName"), s.name},
                              {QStringLiteral("Fragments"), QJsonArray{good, unknown}}});
        QCOMPARE(r.status, 200);
        Collect sink;
        ContainerInspector inspector(sink);
        inspector.feed(r.body);
        QVERIFY(inspector.finish());
        QCOMPARE(sink.fragments.size(), 2);
        QCOMPARE(sink.fragments[0].fragmentNumber, good);
        QVERIFY(sink.fragments[0].errorCode.isEmpty());
        QCOMPARE(sink.fragments[1].fragmentNumber, unknown);
        QCOMPARE(sink.fragments[1].errorCode, QStringLiteral("4000"));
        QVERIFY(!sink.fragments[1].errorMessage.isEmpty());

        // Request errors.
        QJsonArray tooMany;
        for (int k = 0; k < 1001; ++k)
            tooMany.append(g.fragmentNumber(i - k));
        const QList<QJsonValue> bad{QJsonArray{}, tooMany, QJsonArray{QStringLiteral("12a")},
                                    QJsonArray{good, good}, QJsonValue(QJsonValue::Null)};
        for (const QJsonValue& fragments : bad) {
            QJsonObject body{{QStringLiteral("StreamName"), s.name}};
            if (!fragments.isNull())
                body.insert(QStringLiteral("Fragments"), fragments);
            r = call(QStringLiteral("/getMediaForFragmentList"), body);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorType(), QByteArray("InvalidArgumentException"));
        }
        r = call(QStringLiteral("/getMediaForFragmentList"),
                 {{QStringLiteral("StreamName"), QStringLiteral("no-such-camera")},
                  {QStringLiteral("Fragments"), QJsonArray{good}}});
        QCOMPARE(r.status, 404);

        // The cut-body fault: the client sees a truncated stream.
        m_emulator->faults().cutBodyAfterBytes = 5000;
        r = call(QStringLiteral("/getMediaForFragmentList"),
                 {{QStringLiteral("StreamName"), s.name},
                  {QStringLiteral("Fragments"), QJsonArray{good}}});
        m_emulator->faults().cutBodyAfterBytes = -1;
        QCOMPARE(r.status, 200);
        QVERIFY(!r.complete);
        QVERIFY(r.connectionClosed);
    }

    void getClip() {
        if (ffprobe().isEmpty())
            QSKIP("ffprobe is not installed");
        const emu::StreamSpec& s = stream("front-door");
        const emu::FragmentGenerator g(s);
        const qint64 i = lastIndex(s) - 20;
        const QJsonObject selector{
            {QStringLiteral("FragmentSelectorType"), QStringLiteral("PRODUCER_TIMESTAMP")},
            {QStringLiteral("TimestampRange"),
             QJsonObject{{QStringLiteral("StartTimestamp"), g.producerMs(i) / 1000.0},
                         {QStringLiteral("EndTimestamp"), (g.producerMs(i + 4) + 1) / 1000.0}}}};
        const RawResponse r =
            call(QStringLiteral("/getClip"), {{QStringLiteral("StreamName"), s.name},
                                              {QStringLiteral("ClipFragmentSelector"), selector}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Content-Type"), QByteArray("video/mp4"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clip.mp4"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(r.body);
        file.close();
        const QJsonObject probed = probe(path);
        const QJsonObject video = probed[QStringLiteral("streams")][0].toObject();
        QCOMPARE(video[QStringLiteral("codec_name")].toString(), QStringLiteral("h264"));
        QCOMPARE(video[QStringLiteral("width")].toInt(), s.video.width);
        // Five whole fragments start in the range.
        QCOMPARE(probed[QStringLiteral("packets")].toArray().size(),
                 qsizetype(5 * s.fragmentDurationMs * s.video.fps / 1000));
    }

    void awsCli() {
        if (!QFileInfo(QStringLiteral("/usr/bin/aws")).isExecutable())
            QSKIP("the AWS CLI (/usr/bin/aws) is not installed");
        const emu::StreamSpec& s = stream("front-door");
        const emu::FragmentGenerator g(s);
        const qint64 i = lastIndex(s) - 30;
        // Whole seconds: botocore sends rest-json timestamps as integer epoch seconds.
        const qint64 from = (g.producerMs(i) / 1000 + 1) * 1000;
        int rc = 0;
        QJsonObject out =
            QJsonDocument::fromJson(aws({QStringLiteral("kinesis-video-archived-media"),
                                         QStringLiteral("get-images"),
                                         QStringLiteral("--stream-name"),
                                         s.name,
                                         QStringLiteral("--image-selector-type"),
                                         QStringLiteral("PRODUCER_TIMESTAMP"),
                                         QStringLiteral("--start-timestamp"),
                                         QString::number(from / 1000),
                                         QStringLiteral("--end-timestamp"),
                                         QString::number(from / 1000 + 18),
                                         QStringLiteral("--sampling-interval"),
                                         QStringLiteral("3000"),
                                         QStringLiteral("--format"),
                                         QStringLiteral("JPEG"),
                                         QStringLiteral("--width-pixels"),
                                         QStringLiteral("160"),
                                         QStringLiteral("--height-pixels"),
                                         QStringLiteral("90"),
                                         QStringLiteral("--page-size"),
                                         QStringLiteral("2")},
                                        &rc))
                .object();
        QCOMPARE(rc, 0);
        const QJsonArray images = out.value(QStringLiteral("Images")).toArray();
        QCOMPARE(images.size(), 7); // the CLI followed NextToken through four pages
        // The start fell mid-fragment: that image is missing, the others are JPEGs.
        QCOMPARE(images[0][QStringLiteral("Error")].toString(), QStringLiteral("NO_MEDIA"));
        for (qsizetype k = 1; k < images.size(); ++k) {
            QImage image;
            QVERIFY(image.loadFromData(QByteArray::fromBase64(
                images[k][QStringLiteral("ImageContent")].toString().toLatin1())));
            QCOMPARE(image.size(), QSize(160, 90));
        }

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fragments.mkv"));
        const QStringList numbers{g.fragmentNumber(i), g.fragmentNumber(i + 1),
                                  g.fragmentNumber(i + 2)};
        out =
            QJsonDocument::fromJson(aws(QStringList{QStringLiteral("kinesis-video-archived-media"),
                                                    QStringLiteral("get-media-for-fragment-list"),
                                                    path, QStringLiteral("--stream-name"), s.name,
                                                    QStringLiteral("--fragments")} +
                                            numbers,
                                        &rc))
                .object();
        QCOMPARE(rc, 0);
        QCOMPARE(out.value(QStringLiteral("ContentType")).toString(), QStringLiteral("video/webm"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        Collect sink;
        ContainerInspector inspector(sink);
        inspector.feed(file.readAll());
        QVERIFY(inspector.finish());
        QCOMPARE(sink.fragments.size(), 3);
        for (int k = 0; k < 3; ++k) {
            QCOMPARE(sink.fragments[k].fragmentNumber, numbers[k]);
            QCOMPARE(sink.fragments[k].producerTimestampMs.value_or(-1), g.producerMs(i + k));
        }

        out = QJsonDocument::fromJson(
                  aws({QStringLiteral("kinesisvideo"),
                       QStringLiteral("describe-image-generation-configuration"),
                       QStringLiteral("--stream-name"), QStringLiteral("parking-north")},
                      &rc))
                  .object();
        QCOMPARE(rc, 0);
        QVERIFY(!out.contains(QStringLiteral("ImageGenerationConfiguration")));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorMedia)
#include "test_emulator_media.moc"
