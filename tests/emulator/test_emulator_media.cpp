// The emulator's real media: synthetic H.264 per fragment, GetImages, GetMediaForFragmentList.
#include "emulator/emulator.h"
#include "emulator/fragment_generator.h"
#include "emulator/media/frame_painter.h"
#include "emulator/media/synthetic_media.h"
#include "tests/emulator/media_decoder.h"
#include "tests/emulator/raw_http_client.h"

#include <QElapsedTimer>
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

    const emu::StreamSpec& stream(const char* name) {
        return *m_emulator->scenario().findStream(QString::fromLatin1(name));
    }
    qint64 lastIndex(const emu::StreamSpec& s) {
        return emu::FragmentGenerator(s).available(m_emulator->nowMs()).last().last;
    }

private Q_SLOTS:
    void initTestCase() {
        m_emulator = std::make_unique<emu::Emulator>();
        QString error;
        QVERIFY2(m_emulator->start(&error), qPrintable(error));
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
};

QTEST_GUILESS_MAIN(TestEmulatorMedia)
#include "test_emulator_media.moc"
