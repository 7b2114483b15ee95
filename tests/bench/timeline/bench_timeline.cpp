// bench_timeline: paint time of the coverage timeline with 1,000 and 1,000,000 fragments.
//   Renders a 1600-px TimelineWidget into a QImage many times, zoomed out over the whole loaded
//   range and zoomed in to one minute, in two ways: an unchanged view (the cached level of
//   detail) and a view moved by one pixel before every paint (the LOD recomputed each time).
//   Prints the median times, the 1M/1k ratio (target <= 2), the one-off first paint after the
//   index changed (merge + drift pyramid + time-bucket grid, O(n)), and bytes per fragment of
//   the index (target <= 48) and of the timeline's pyramid, grid and LOD.
//   --png DIR also writes what it painted (dark and light palettes) for a look.
// Not a test: it asserts nothing and prints what it measured.
#include "core/review/review_state.h"
#include "ui/timeline/timeline_widget.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QPalette>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace kinescope;

namespace {

constexpr qint64 kEpoch = 1'746'093'600'000; // 2025-05-01T10:00:00Z
constexpr int kWidth = 1600;
constexpr int kHeight = 110;
constexpr int kIterations = 300;

// count 1-s fragments from kEpoch: server jitter, 250 ms latency, a 30-s gap every 5000, a
// +2 s producer clock jump every 200,000 (and one in the small case), an overlap now and then.
QList<QList<Fragment>> makePages(int count, int pageSize) {
    std::mt19937_64 rng(42);
    QList<QList<Fragment>> pages;
    QList<Fragment> page;
    qint64 t = kEpoch;
    qint64 drift = 250;
    for (int i = 0; i < count; ++i) {
        if (i % 5000 == 4999 || (count < 5000 && i == count / 3))
            t += 30'000;
        if (i % 200'000 == 199'999 || (count < 200'000 && i == count * 2 / 3))
            drift += 2000;
        Fragment f;
        f.fragmentNumber =
            QStringLiteral("913438523331814323926820626") +
            QStringLiteral("%1").arg(qulonglong(i) * 7919ULL + 104729ULL, 21, 10, QLatin1Char('0'));
        f.serverMs = t + qint64(rng() % 7);
        f.producerMs = f.serverMs - drift - qint64(rng() % 40);
        f.durationMs = 1000;
        f.sizeBytes = 150'000 + qint64(rng() % 50'000);
        if (i % 7919 == 7918)
            f.serverMs -= 400; // overlaps its predecessor
        t += 1000;
        page.append(f);
        if (page.size() == pageSize) {
            pages.append(page);
            page.clear();
        }
    }
    if (!page.isEmpty())
        pages.append(page);
    std::shuffle(pages.begin(), pages.end(), rng); // pages arrive in any order
    return pages;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

struct Figures {
    qsizetype fragments = 0;
    double firstPaintMs = 0;
    double cachedOutMs = 0;
    double movingOutMs = 0;
    double zoomOutMs = 0;
    double cachedInMs = 0;
    double movingInMs = 0;
    double zoomInMs = 0;
    double indexBytesPerFragment = 0;
    double numberBytesPerFragment = 0;
    double pyramidBytesPerFragment = 0;
    double gridBytesPerFragment = 0;
};

enum class Change { None, Pan, Zoom };

// Median paint time; before each paint the view is left alone, panned by one pixel (the LOD
// keeps the overlap) or zoomed by 0.1 % (the LOD is recomputed for every column), alternating.
double paintMs(TimelineWidget& w, QImage& image, Change change) {
    std::vector<double> times;
    times.reserve(kIterations);
    const double start = w.viewport().startMs();
    const double span = w.viewport().spanMs();
    const double msPerPx = w.viewport().msPerPixel();
    for (int i = 0; i < kIterations; ++i) {
        if (change == Change::Pan)
            w.setView(start + ((i & 1) ? msPerPx : 0.0), span);
        else if (change == Change::Zoom)
            w.setView(start, (i & 1) ? span * 0.999 : span);
        QElapsedTimer timer;
        timer.start();
        w.render(&image);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

void savePng(TimelineWidget& w, const QString& dir, const QString& name) {
    if (dir.isEmpty())
        return;
    for (bool dark : {true, false}) {
        QPalette palette = QApplication::palette();
        if (dark) {
            palette.setColor(QPalette::Window, QColor(45, 45, 48));
            palette.setColor(QPalette::Base, QColor(30, 30, 32));
            palette.setColor(QPalette::WindowText, QColor(220, 220, 220));
            palette.setColor(QPalette::Text, QColor(220, 220, 220));
        }
        w.setPalette(palette);
        QImage shot(w.size() * 2, QImage::Format_ARGB32_Premultiplied);
        shot.setDevicePixelRatio(2.0);
        w.render(&shot);
        shot.save(QDir(dir).filePath(
            name + (dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png"))));
    }
    w.setPalette(QApplication::palette());
}

Figures run(int count, const QString& pngDir) {
    Figures f;
    ReviewState review;
    const QList<QList<Fragment>> pages = makePages(count, 1000);
    for (const QList<Fragment>& page : pages)
        review.addFragments(page);
    const FragmentIndex& index = review.index();
    review.setLoadedRange({index.firstStartMs(), index.lastEndMs()});
    TimelineWidget w(&review);
    w.setAttribute(Qt::WA_DontShowOnScreen);
    w.resize(kWidth, kHeight);
    w.show();
    QApplication::processEvents();
    QImage image(kWidth, kHeight, QImage::Format_ARGB32_Premultiplied);
    f.fragments = index.size();

    // Zoomed out over (almost) the whole range, so a one-pixel move is possible.
    const double full = double(review.loadedRange().durationMs());
    w.setView(double(review.loadedRange().startMs), full * 0.999);
    QElapsedTimer first;
    first.start();
    w.render(&image);
    f.firstPaintMs = double(first.nsecsElapsed()) / 1e6;
    review.setSelection({review.loadedRange().startMs + qint64(full * 0.4),
                         review.loadedRange().startMs + qint64(full * 0.45)});
    review.setPlayheadMs(review.loadedRange().startMs + qint64(full * 0.42));
    f.cachedOutMs = paintMs(w, image, Change::None);
    f.movingOutMs = paintMs(w, image, Change::Pan);
    f.zoomOutMs = paintMs(w, image, Change::Zoom);
    savePng(w, pngDir, QStringLiteral("timeline-%1-out").arg(count));

    // Zoomed in: one minute around the first clock jump.
    const qint64 jump =
        review.loadedRange().startMs + (count < 200'000 ? qint64(full * 2 / 3) : 199'999LL * 1000);
    w.setView(double(jump - 30'000), 60'000.0);
    review.setPlayheadMs(jump + 5000);
    f.cachedInMs = paintMs(w, image, Change::None);
    f.movingInMs = paintMs(w, image, Change::Pan);
    f.zoomInMs = paintMs(w, image, Change::Zoom);
    savePng(w, pngDir, QStringLiteral("timeline-%1-in").arg(count));

    f.indexBytesPerFragment = index.bytesPerFragment();
    f.numberBytesPerFragment = double(index.stringBytes()) / double(index.size());
    f.pyramidBytesPerFragment = double(w.lodCache().memoryBytes()) / double(index.size());
    f.gridBytesPerFragment = double(w.lodCache().gridMemoryBytes()) / double(index.size());
    return f;
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QString pngDir;
    const QStringList args = QApplication::arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--png")); i >= 0 && i + 1 < args.size())
        pngDir = args[i + 1];
#ifdef NDEBUG
    std::printf("bench_timeline (optimised build), %d x %d px, median of %d paints\n", kWidth,
                kHeight, kIterations);
#else
    std::printf("bench_timeline (DEBUG build: figures are pessimistic), %d x %d px, median of %d "
                "paints\n",
                kWidth, kHeight, kIterations);
#endif
    const Figures small = run(1000, pngDir);
    const Figures large = run(1'000'000, pngDir);
    for (const Figures& f : {small, large}) {
        std::printf("%8lld fragments: first paint after the index changed %.2f ms (merge + drift "
                    "pyramid + grid, once per index change)\n",
                    qlonglong(f.fragments), f.firstPaintMs);
        std::printf("    zoomed out (whole range): %.3f ms unchanged, %.3f ms panned 1 px, %.3f ms "
                    "zoomed (full LOD) per paint\n",
                    f.cachedOutMs, f.movingOutMs, f.zoomOutMs);
        std::printf("    zoomed in (1 minute):     %.3f ms unchanged, %.3f ms panned 1 px, %.3f ms "
                    "zoomed (full LOD) per paint\n",
                    f.cachedInMs, f.movingInMs, f.zoomInMs);
        std::printf("    bytes per fragment: index %.2f (budget 48) + %.2f packed fragment "
                    "numbers; timeline pyramid + grid + LOD %.2f (of which the time-bucket grid "
                    "%.2f)\n",
                    f.indexBytesPerFragment, f.numberBytesPerFragment, f.pyramidBytesPerFragment,
                    f.gridBytesPerFragment);
    }
    std::printf("ratio 1M / 1k (target <= 2): zoomed out %.2f unchanged, %.2f panned, %.2f zoomed; "
                "zoomed in %.2f unchanged, %.2f panned, %.2f zoomed\n",
                large.cachedOutMs / small.cachedOutMs, large.movingOutMs / small.movingOutMs,
                large.zoomOutMs / small.zoomOutMs, large.cachedInMs / small.cachedInMs,
                large.movingInMs / small.movingInMs, large.zoomInMs / small.zoomInMs);
    return 0;
}
