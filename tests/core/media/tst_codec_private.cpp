// Codec private data decoders: H.264 SPS/PPS (avcC), H.265 VPS/SPS/PPS (hvcC) and AAC
// AudioSpecificConfig from streams ffmpeg encodes with many profiles, sizes (with cropping)
// and frame rates, compared with ffprobe's description of the same streams; plus hand-made
// configurations (HE-AAC, escapes) and malformed data.
#include "tests/core/media/media_test_support.h"

#include "core/media/aac_config.h"
#include "core/media/bit_reader.h"
#include "core/media/h264_parameter_sets.h"
#include "core/media/hevc_parameter_sets.h"

#include <QTest>

using namespace kinescope;
using namespace kinescope::test;

class TestCodecPrivate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void againstFfprobe_data();
    void againstFfprobe();
    void audioSpecificConfigs_data();
    void audioSpecificConfigs();
    void emulationPrevention();
    void truncatedConfigsFail();

private:
    MediaDir m_dir;
};

void TestCodecPrivate::againstFfprobe_data() {
    QTest::addColumn<QStringList>("args");
    auto video = [](int w, int h, const QString& rate, const QStringList& codec) {
        return QStringList{"-f", "lavfi", "-i",
                           QStringLiteral("testsrc2=size=%1x%2:rate=%3:duration=0.3")
                               .arg(w)
                               .arg(h)
                               .arg(rate)} +
               codec;
    };
    QTest::newRow("H.264 Constrained Baseline 176x144 25")
        << video(176, 144, "25", {"-c:v", "libx264", "-profile:v", "baseline"});
    QTest::newRow("H.264 Main 640x360 29.97")
        << video(640, 360, "30000/1001", {"-c:v", "libx264", "-profile:v", "main"});
    QTest::newRow("H.264 High 1920x1080 24 (cropped)") << video(
        1920, 1080, "24", {"-c:v", "libx264", "-preset", "ultrafast", "-profile:v", "high"});
    QTest::newRow("H.264 High 4:2:2 320x240")
        << video(320, 240, "30", {"-c:v", "libx264", "-pix_fmt", "yuv422p"});
    QTest::newRow("H.264 High 4:4:4 322x242 (odd, cropped)")
        << video(322, 242, "15", {"-c:v", "libx264", "-pix_fmt", "yuv444p"});
    QTest::newRow("H.264 High 10 interlaced 720x576 25")
        << video(720, 576, "25",
                 {"-c:v", "libx264", "-pix_fmt", "yuv420p10le", "-x264-params", "interlaced=1"});
    QTest::newRow("H.264 custom quant matrices")
        << video(320, 240, "30", {"-c:v", "libx264", "-x264-params", "cqm=jvt"});
    QTest::newRow("H.265 Main 320x240 25")
        << video(320, 240, "25", {"-c:v", "libx265", "-x265-params", "log-level=none"});
    QTest::newRow("H.265 Main 10 640x360 50 (cropped)")
        << video(640, 360, "50",
                 {"-c:v", "libx265", "-pix_fmt", "yuv420p10le", "-x265-params", "log-level=none"});
    QTest::newRow("H.265 Main 4:4:4 scaling lists")
        << video(352, 288, "30",
                 {"-c:v", "libx265", "-pix_fmt", "yuv444p", "-x265-params",
                  "log-level=none:scaling-list=default"});
    auto audio = [](int rate, int channels) {
        return QStringList{"-f",   "lavfi",
                           "-i",   QStringLiteral("sine=sample_rate=%1:duration=0.3").arg(rate),
                           "-ac",  QString::number(channels),
                           "-c:a", "aac"};
    };
    QTest::newRow("AAC LC 48000 mono") << audio(48000, 1);
    QTest::newRow("AAC LC 44100 stereo") << audio(44100, 2);
    QTest::newRow("AAC LC 22050 5.1") << audio(22050, 6);
}

void TestCodecPrivate::againstFfprobe() {
    QFETCH(QStringList, args);
    const QString path = m_dir.ffmpeg(QStringLiteral("%1.mkv")
                                          .arg(QTest::currentDataTag())
                                          .replace(QLatin1Char(' '), QLatin1Char('_')),
                                      args);
    QVERIFY2(!path.isEmpty(), qPrintable(m_dir.lastError()));
    const InspectRun run = inspectBytes(readFile(path), wholeChunks());
    QVERIFY(run.ok);
    QCOMPARE(run.rec.tracks.size(), 1);
    const TrackInfo& track = run.rec.tracks[0];
    // Decode the bytes again through the format-specific entry points.
    const CodecDetails c = describeCodecPrivate(track.codecId, track.codecPrivate);
    QVERIFY2(c.decoded(), qPrintable(c.error));
    const ProbeResult probe = runFfprobe(path);
    QCOMPARE(probe.streams.size(), 1);
    const ProbeStream& s = probe.streams[0];
    QCOMPARE(c.codec, s.codecName);
    if (s.codecType == QLatin1String("video")) {
        QCOMPARE(c.width, s.width);
        QCOMPARE(c.height, s.height);
        // FFmpeg calls the H.265 range extensions profile "Rext".
        QCOMPARE(c.profile, s.profile == QLatin1String("Rext") ? QStringLiteral("Range Extensions")
                                                               : s.profile);
        QCOMPARE(c.levelIdc, s.level);
        const QStringList rate = s.rFrameRate.split(QLatin1Char('/'));
        const double expected = rate[0].toDouble() / rate[1].toDouble();
        QVERIFY2(qAbs(c.frameRate - expected) < 1e-6,
                 qPrintable(QStringLiteral("%1 vs %2").arg(c.frameRate).arg(expected)));
        for (const ParameterSetInfo& ps : c.parameterSets)
            QVERIFY2(ps.error.isEmpty(), qPrintable(ps.error));
        QVERIFY(c.parameterSets.size() >= 2);
    } else {
        QCOMPARE(QStringLiteral("AAC ") + s.profile, c.profile);
        QCOMPARE(c.sampleRate, s.sampleRate);
        QCOMPARE(c.channels, s.channels);
    }
}

void TestCodecPrivate::audioSpecificConfigs_data() {
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<int>("sampleRate");
    QTest::addColumn<int>("channels");
    QTest::addColumn<QString>("error");
    // 00010 0011 0010 0 → AAC LC, 48000, stereo.
    QTest::newRow("LC 48k stereo")
        << QByteArray("\x11\x90", 2) << QStringLiteral("AAC LC") << 48000 << 2 << QString();
    // 00101 0110 0010 | 0011 | 00010: SBR, 24000 core, stereo, 48000 output, LC underneath.
    QTest::newRow("HE-AAC explicit")
        << QByteArray("\x2B\x11\x88", 3) << QStringLiteral("HE-AAC") << 48000 << 2 << QString();
    // 11101 | 0110 | 0110 | 0001 ...: escape: 32 + 6 = object type 38, 24000 Hz, mono.
    QTest::newRow("escaped object type")
        << QByteArray("\xF8\xCC\x20", 3) << QStringLiteral("object type 38") << 24000 << 1
        << QString();
    // 00010 1111 <24-bit 12345> 0001: explicit sampling frequency.
    QTest::newRow("explicit frequency") << QByteArray("\x17\x80\x18\x1C\x88", 5)
                                        << QStringLiteral("AAC LC") << 12345 << 1 << QString();
    QTest::newRow("too short") << QByteArray("\x11", 1) << QString() << 0 << 0
                               << QStringLiteral("too short");
    QTest::newRow("reserved frequency index") << QByteArray("\x16\x90", 2) << QString() << 0 << 0
                                              << QStringLiteral("reserved sampling frequency");
    QTest::newRow("object type 0")
        << QByteArray("\x01\x90", 2) << QString() << 0 << 0 << QStringLiteral("object type 0");
}

void TestCodecPrivate::audioSpecificConfigs() {
    QFETCH(QByteArray, config);
    QFETCH(QString, profile);
    QFETCH(int, sampleRate);
    QFETCH(int, channels);
    QFETCH(QString, error);
    const CodecDetails c = describeAudioSpecificConfig(config);
    if (!error.isEmpty()) {
        QVERIFY(!c.decoded());
        QVERIFY2(c.error.contains(error), qPrintable(c.error));
        return;
    }
    QVERIFY2(c.decoded(), qPrintable(c.error));
    QCOMPARE(c.profile, profile);
    QCOMPARE(c.sampleRate, sampleRate);
    QCOMPARE(c.channels, channels);
}

void TestCodecPrivate::emulationPrevention() {
    QCOMPARE(nalToRbsp(QByteArray("\x00\x00\x03\x01\x00\x00\x03\x00\x03", 9)),
             QByteArray("\x00\x00\x01\x00\x00\x00\x03", 7));
    QCOMPARE(nalToRbsp(QByteArray("\x00\x03\x00\x00\x03", 5)), QByteArray("\x00\x03\x00\x00", 4));
    const QByteArray bits("\x5F\x00", 2); // 010 | 1 | 1111 0000 0000
    BitReader r(bits);
    QCOMPARE(r.ue(), 1u);
    QCOMPARE(r.se(), 0);
    QCOMPARE(r.bits(4), 15u);
    QVERIFY(!r.overrun());
    r.bits(16);
    QVERIFY(r.overrun());
}

void TestCodecPrivate::truncatedConfigsFail() {
    // Every prefix of real configurations either decodes or fails with a message; never more.
    const QString path = m_dir.ffmpeg(
        QStringLiteral("both.mkv"),
        QStringList{"-f", "lavfi", "-i", "testsrc2=size=320x240:duration=0.2", "-f", "lavfi", "-i",
                    "sine=duration=0.2", "-c:v", "libx264", "-c:a", "aac"});
    QVERIFY(!path.isEmpty());
    const InspectRun run = inspectBytes(readFile(path), wholeChunks());
    QCOMPARE(run.rec.tracks.size(), 2);
    const QByteArray avcc = run.rec.tracks[0].codecPrivate;
    for (qsizetype n = 0; n < avcc.size(); ++n) {
        const CodecDetails c = describeAvcConfig(avcc.left(n));
        QVERIFY2(!c.decoded() || !c.parameterSets.isEmpty() || n < 7,
                 qPrintable(QString::number(n)));
        if (!c.decoded())
            QVERIFY(c.error.contains(QLatin1String("byte")));
    }
    QVERIFY(describeAvcConfig(avcc).decoded());
    // An SPS cut short names where it ended.
    auto config = decodeAvcConfig(avcc);
    QVERIFY(config.ok());
    const QByteArray sps = config->sps.first();
    auto cut = decodeH264Sps(sps.left(6));
    QVERIFY(!cut.ok());
    QVERIFY2(cut.error().message.contains(QLatin1String("ends at byte")),
             qPrintable(cut.error().message));
    QVERIFY(!decodeHevcConfig(QByteArray(22, '\1')).ok());
    QVERIFY(!decodeH264Pps(sps).ok()); // not a PPS
}

QTEST_GUILESS_MAIN(TestCodecPrivate)
#include "tst_codec_private.moc"
