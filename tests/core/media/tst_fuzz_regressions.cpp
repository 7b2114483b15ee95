// The fuzz targets' entry points, compiled into the normal build (g++, or ASan/UBSan with
// run.sh --sanitize), replaying every input in tests/fuzz/regressions/<target>/ — inputs that
// once crashed or broke an invariant — and small ffmpeg-made files. The same checks as under
// libFuzzer run (paired events, identical results for different chunkings, ...).
#include "tests/core/media/media_test_support.h"
#include "tests/support/test_support.h"

#include <QDir>
#include <QTest>

extern "C" int kinescopeFuzzEbmlReader(const uint8_t* data, size_t size);
extern "C" int kinescopeFuzzMp4Reader(const uint8_t* data, size_t size);
extern "C" int kinescopeFuzzCodecPrivate(const uint8_t* data, size_t size);
extern "C" int kinescopeFuzzContainerInspector(const uint8_t* data, size_t size);

using namespace kinescope::test;

namespace {

using Entry = int (*)(const uint8_t*, size_t);

struct Target {
    const char* name;
    Entry entry;
};

const Target kTargets[] = {
    {"fuzz_ebml_reader", kinescopeFuzzEbmlReader},
    {"fuzz_mp4_reader", kinescopeFuzzMp4Reader},
    {"fuzz_codec_private", kinescopeFuzzCodecPrivate},
    {"fuzz_container_inspector", kinescopeFuzzContainerInspector},
};

void run(Entry entry, const QByteArray& data) {
    entry(reinterpret_cast<const uint8_t*>(data.constData()), size_t(data.size()));
}

} // namespace

class TestFuzzRegressions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void regressions_data();
    void regressions();
    void generatedMediaThroughEveryTarget();
};

void TestFuzzRegressions::regressions_data() {
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("path");
    int rows = 0;
    for (int t = 0; t < int(std::size(kTargets)); ++t) {
        const QDir dir(sourceDir() + QStringLiteral("/tests/fuzz/regressions/") +
                       QLatin1String(kTargets[t].name));
        for (const QString& file : dir.entryList(QDir::Files, QDir::Name)) {
            QTest::addRow("%s/%s", kTargets[t].name, qPrintable(file)) << t << dir.filePath(file);
            ++rows;
        }
    }
    QVERIFY(rows > 0);
}

void TestFuzzRegressions::regressions() {
    QFETCH(int, target);
    QFETCH(QString, path);
    const QByteArray data = readFile(path);
    QVERIFY(!data.isEmpty());
    run(kTargets[target].entry, data); // aborts (fails the test) when a check does not hold
    // Every target copes with every other target's inputs too.
    for (const Target& t : kTargets)
        run(t.entry, data);
}

void TestFuzzRegressions::generatedMediaThroughEveryTarget() {
    MediaDir dir;
    const QString mkv = dir.ffmpeg(QStringLiteral("a.mkv"),
                                   testVideoInput(64, 48, 15, 0.4) + testAudioInput(8000, 0.4) +
                                       QStringList{"-c:v", "libx264", "-c:a", "aac"});
    const QString mp4 = dir.ffmpeg(QStringLiteral("a.mp4"), {"-i", mkv, "-c", "copy", "-movflags",
                                                             "+frag_keyframe+empty_moov"});
    QVERIFY(!mkv.isEmpty() && !mp4.isEmpty());
    for (const QString& path : {mkv, mp4}) {
        const QByteArray data = readFile(path);
        for (const Target& t : kTargets) {
            run(t.entry, data);
            run(t.entry, data.left(data.size() / 2));
        }
    }
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"
