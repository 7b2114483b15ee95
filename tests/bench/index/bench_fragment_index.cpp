// bench_fragment_index: figures for the in-memory fragment index and its SQLite store.
//   add 1M fragments arriving as 1000-fragment pages in random order (pages shuffled too),
//   bytes per fragment, LOD coverage query time for 2000 columns at 1k vs 1M fragments,
//   and the store's save/load of one day of 1-second fragments.
// Not a test: it asserts nothing and prints what it measured.
#include "core/kvs/fragment_index.h"
#include "core/kvs/fragment_store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <random>

using namespace kinescope;

namespace {

constexpr qint64 kEpoch = 1'700'000'000'000;

Fragment makeFragment(int i, std::mt19937_64& rng) {
    Fragment f;
    // 48-digit numbers like AWS's.
    f.fragmentNumber =
        QStringLiteral("913438523331814323926820626") +
        QStringLiteral("%1").arg(qulonglong(i) * 7919ULL + 104729ULL, 21, 10, QLatin1Char('0'));
    f.serverMs = kEpoch + 1000LL * i + qint64(rng() % 7); // a little server jitter
    f.producerMs = f.serverMs - 250 - qint64(rng() % 40);
    f.durationMs = 1000;
    f.sizeBytes = 150'000 + qint64(rng() % 50'000);
    if (i % 5000 == 4999) // a gap now and then
        f.serverMs += 30'000;
    return f;
}

// Pages of `pageSize` in random page order, each page itself unordered.
QList<QList<Fragment>> makePages(int count, int pageSize, quint32 seed) {
    std::mt19937_64 rng(seed);
    QList<Fragment> all;
    all.reserve(count);
    for (int i = 0; i < count; ++i)
        all.append(makeFragment(i, rng));
    QList<QList<Fragment>> pages;
    for (int p = 0; p < count; p += pageSize) {
        QList<Fragment> page = all.mid(p, pageSize);
        std::shuffle(page.begin(), page.end(), rng);
        pages.append(page);
    }
    std::shuffle(pages.begin(), pages.end(), rng);
    return pages;
}

double msSince(const QElapsedTimer& t) {
    return double(t.nsecsElapsed()) / 1e6;
}

// Median time of one 2000-column LOD query over the whole span of the index.
double lodQueryMs(const FragmentIndex& index, int columns, int repeats) {
    const qint64 t0 = index.firstStartMs();
    const qint64 t1 = index.lastEndMs();
    std::vector<double> times;
    double sink = 0;
    for (int r = 0; r < repeats; ++r) {
        // Shift the window a little each time so nothing is trivially repeated.
        const qint64 shift = (t1 - t0) / 1000 * (r % 7);
        QElapsedTimer timer;
        timer.start();
        const QList<float> lod = index.coverageColumns(t0 + shift, t1 + shift, columns);
        times.push_back(msSince(timer));
        sink += lod.value(columns / 2);
    }
    std::sort(times.begin(), times.end());
    if (sink < 0)
        std::printf("?");
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    constexpr int kCount = 1'000'000;
    constexpr int kPage = 1000;
    constexpr int kColumns = 2000;
#ifdef NDEBUG
    std::printf("bench_fragment_index (optimised build)\n");
#else
    std::printf("bench_fragment_index (DEBUG build: figures are pessimistic)\n");
#endif

    const QList<QList<Fragment>> pages = makePages(kCount, kPage, 42);

    // 1. All pages, then one ordered query (which merges the unsorted tail).
    FragmentIndex index;
    QElapsedTimer timer;
    timer.start();
    for (const QList<Fragment>& page : pages)
        index.addPage(page);
    const double addMs = msSince(timer);
    const qsizetype size = index.size();       // exact without merging
    const qint64 first = index.firstStartMs(); // merges
    const double totalMs = msSince(timer);
    std::printf("add %lld fragments in %lld random-order pages of %d: %.1f ms appending + %.1f ms "
                "merge = %.1f ms (%.2f us/fragment)\n",
                qlonglong(size), qlonglong(pages.size()), kPage, addMs, totalMs - addMs, totalMs,
                totalMs * 1000.0 / double(size));

    // 2. The same with an ordered query after every page (a timeline repainting while a listing
    //    streams in): each merge is O(n + k log k), so this grows as n * pages. (ListFragments
    //    allows 5 pages per second per stream, i.e. 200 s for these 1000 pages.)
    {
        FragmentIndex live;
        QElapsedTimer t;
        t.start();
        double sink = 0;
        for (const QList<Fragment>& page : pages) {
            live.addPage(page);
            sink += live.coverageColumns(first, first + 1000LL * kCount, kColumns).value(0);
        }
        std::printf("same, with a %d-column LOD query after every page (%lld merges): %.1f ms\n",
                    kColumns, qlonglong(pages.size()), msSince(t));
        if (sink < 0)
            return 1;
    }

    // 3. Memory.
    const double perFragment = index.bytesPerFragment();
    std::printf("bytes per fragment: %.2f in columns (budget 48) + %.2f of packed fragment "
                "numbers; total heap %.1f MiB\n",
                perFragment, double(index.stringBytes()) / double(size),
                double(index.memoryBytes()) / (1024.0 * 1024.0));
    index.squeeze();
    const double squeezed = index.bytesPerFragment();
    std::printf("after squeeze(): %.2f + %.2f bytes per fragment, total heap %.1f MiB\n", squeezed,
                double(index.stringBytes()) / double(size),
                double(index.memoryBytes()) / (1024.0 * 1024.0));

    // 4. LOD query cost at 1k vs 1M fragments.
    FragmentIndex small;
    for (const QList<Fragment>& page : makePages(1000, kPage, 43))
        small.addPage(page);
    const double smallMs = lodQueryMs(small, kColumns, 301);
    const double largeMs = lodQueryMs(index, kColumns, 301);
    std::printf("LOD coverage, %d columns over the whole span: %.3f ms at %lld fragments, %.3f ms "
                "at %lld fragments, ratio %.2f (%.0fx the fragments)\n",
                kColumns, smallMs, qlonglong(small.size()), largeMs, qlonglong(index.size()),
                largeMs / smallMs, double(index.size()) / double(small.size()));

    // 5. Other queries at 1M.
    timer.restart();
    const QList<TimeInterval> gaps = index.gaps(1000);
    std::printf("gaps(minGap 1 s) at 1M: %lld gaps in %.1f ms\n", qlonglong(gaps.size()),
                msSince(timer));
    timer.restart();
    index.setOrdering(TimestampType::Producer);
    std::printf("switch to producer ordering at 1M: %.1f ms\n", msSince(timer));

    // 6. The SQLite store: one day of 1-second fragments.
    QTemporaryDir dir;
    FragmentStore store;
    const Status opened = store.open(dir.filePath(QStringLiteral("fragments.sqlite")));
    if (!opened) {
        std::printf("store: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    const FragmentStoreKey key{QStringLiteral("default"), QStringLiteral("us-east-1"),
                               QStringLiteral("arn:aws:kinesisvideo:us-east-1:123456789012:"
                                              "stream/bench/1"),
                               TimestampType::Server};
    QList<Fragment> day;
    for (const QList<Fragment>& page : makePages(86'400, kPage, 44))
        day += page;
    timer.restart();
    const Status saved = store.save(key, {kEpoch, kEpoch + 86'400'000}, day);
    const double saveMs = msSince(timer);
    timer.restart();
    const Result<QList<Fragment>> loaded = store.load(key, kEpoch, kEpoch + 86'400'000);
    const double loadMs = msSince(timer);
    timer.restart();
    FragmentIndex warm;
    if (loaded)
        warm.addPage(*loaded);
    const qsizetype warmSize = warm.size();
    const double indexMs = msSince(timer);
    std::printf("store: save %lld fragments in one transaction %.1f ms (%s); load %lld in %.1f ms; "
                "%lld into an index %.1f ms\n",
                qlonglong(day.size()), saveMs, saved ? "ok" : qPrintable(saved.error().message),
                qlonglong(loaded ? loaded->size() : -1), loadMs, qlonglong(warmSize), indexMs);
    return 0;
}
