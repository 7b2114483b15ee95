#include "core/kvs/fragment_index.h"

#include <QHash>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <random>

using namespace kinescope;

namespace {

// A decimal fragment number like AWS's (48 digits by default), distinct for distinct `serial`.
QString longNumber(quint64 serial, int digits = 48) {
    QString tail = QString::number(serial);
    return QStringLiteral("9134385233318") + QString(digits - 13 - tail.size(), QLatin1Char('0')) +
           tail;
}

Fragment frag(const QString& number, qint64 serverMs, qint64 durationMs, qint64 producerMs = -1,
              qint64 sizeBytes = 1000) {
    Fragment f;
    f.fragmentNumber = number;
    f.serverMs = serverMs;
    f.producerMs = producerMs < 0 ? serverMs : producerMs;
    f.durationMs = durationMs;
    f.sizeBytes = sizeBytes;
    return f;
}

// Numeric order of decimal strings without leading zeros.
bool numberLess(const QString& a, const QString& b) {
    return a.size() != b.size() ? a.size() < b.size() : a < b;
}

bool sameFragment(const Fragment& a, const Fragment& b) {
    return a.fragmentNumber == b.fragmentNumber && a.serverMs == b.serverMs &&
           a.producerMs == b.producerMs && a.durationMs == b.durationMs &&
           a.sizeBytes == b.sizeBytes;
}

// Random fragments with gaps, overlaps, producer drift; unique numbers.
QList<Fragment> randomFragments(int count, quint32 seed) {
    std::mt19937_64 rng(seed);
    QList<Fragment> out;
    qint64 t = 1'700'000'000'000;
    for (int i = 0; i < count; ++i) {
        const qint64 duration = 500 + qint64(rng() % 3000);
        const int kind = int(rng() % 10);
        qint64 start = t;
        if (kind == 0)
            start = t + qint64(rng() % 20000); // gap
        else if (kind == 1)
            start = t - qint64(rng() % 1500); // overlap
        else if (kind == 2)
            start = t + qint64(rng() % 5); // jitter hole
        const qint64 producer = start - 200 + qint64(rng() % 400) - (kind == 3 ? 5000 : 0);
        out.append(frag(longNumber(quint64(i) * 7919 + 11), start, duration, producer,
                        qint64(rng() % 2'000'000)));
        t = std::max(t, start + duration);
    }
    return out;
}

// Union of [start, start + duration) spans by the given clock, merged, sorted.
QList<TimeInterval> bruteUnion(const QList<Fragment>& fragments, TimestampType type) {
    QList<TimeInterval> spans;
    for (const Fragment& f : fragments)
        spans.append({f.timestamp(type), f.timestamp(type) + f.durationMs});
    std::sort(spans.begin(), spans.end(),
              [](const TimeInterval& a, const TimeInterval& b) { return a.startMs < b.startMs; });
    QList<TimeInterval> merged;
    for (const TimeInterval& s : spans) {
        if (!merged.isEmpty() && s.startMs <= merged.last().endMs)
            merged.last().endMs = std::max(merged.last().endMs, s.endMs);
        else
            merged.append(s);
    }
    return merged;
}

// Covered length of [base + a, base + b) (offsets keep sub-millisecond precision).
double bruteCovered(const QList<TimeInterval>& unionSpans, qint64 base, double a, double b) {
    double sum = 0;
    for (const TimeInterval& s : unionSpans) {
        const double start = double(s.startMs - base);
        const double end = double(s.endMs - base);
        sum += std::max(0.0, std::min(b, end) - std::max(a, start));
    }
    return sum;
}

// Coverage with a hole tolerance computed the naive way: merge the union over short holes.
QList<TimeInterval> bruteCoverage(const QList<Fragment>& fragments, qint64 minGapMs) {
    QList<TimeInterval> out;
    for (const TimeInterval& s : bruteUnion(fragments, TimestampType::Server)) {
        const qint64 hole = out.isEmpty() ? 0 : s.startMs - out.last().endMs;
        if (!out.isEmpty() && hole < std::max<qint64>(minGapMs, 1))
            out.last().endMs = std::max(out.last().endMs, s.endMs);
        else
            out.append(s);
    }
    return out;
}

} // namespace

class TestFragmentIndex : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void emptyIndex() {
        FragmentIndex index;
        QCOMPARE(index.size(), 0);
        QVERIFY(index.coverage().isEmpty());
        QVERIFY(index.gaps().isEmpty());
        QCOMPARE(index.gaps(0, 0, 1000), (QList<TimeInterval>{{0, 1000}}));
        QCOMPARE(index.indexAt(5), -1);
        QCOMPARE(index.lowerBound(5), 0);
        QCOMPARE(index.range(0, 10), (IndexRange{0, 0}));
        QCOMPARE(index.coveredMs(), 0);
        QCOMPARE(index.coverageColumns(0, 100, 4), (QList<float>{0, 0, 0, 0}));
        QCOMPARE(index.bytesPerFragment(), 0.0);
    }

    void unorderedDuplicatedPagesBecomeSortedUnique() {
        const QList<Fragment> all = randomFragments(5000, 1);
        QList<Fragment> shuffled = all;
        std::mt19937 rng(2);
        std::shuffle(shuffled.begin(), shuffled.end(), rng);

        FragmentIndex index;
        // 1000-fragment pages in random order; every third page is delivered twice; an ordered
        // query after some pages forces intermediate merges. size() and the totals are exact
        // at every point, merged or not.
        qint64 bytesSoFar = 0;
        for (qsizetype p = 0; p < shuffled.size(); p += 1000) {
            const QList<Fragment> page = shuffled.mid(p, 1000);
            index.addPage(page);
            if ((p / 1000) % 3 == 0)
                index.addPage(page.mid(0, 500));
            for (const Fragment& f : page)
                bytesSoFar += f.sizeBytes;
            QCOMPARE(index.size(), p + 1000);
            QCOMPARE(index.totalBytes(), bytesSoFar);
            QVERIFY(index.containsNumber(page.last().fragmentNumber));
            if ((p / 1000) % 2 == 0)
                QVERIFY(index.firstStartMs() > 0);
        }
        index.addPage(all.mid(100, 50)); // duplicates of already merged fragments
        index.add(all.at(7));

        QList<Fragment> expected = all;
        std::sort(expected.begin(), expected.end(), [](const Fragment& a, const Fragment& b) {
            return a.serverMs != b.serverMs ? a.serverMs < b.serverMs
                                            : numberLess(a.fragmentNumber, b.fragmentNumber);
        });
        QCOMPARE(index.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            if (!sameFragment(index.fragment(i), expected[i]))
                QFAIL(qPrintable(QStringLiteral("mismatch at %1: %2 vs %3")
                                     .arg(i)
                                     .arg(index.fragmentNumber(i), expected[i].fragmentNumber)));
        }
        qint64 bytes = 0;
        qint64 duration = 0;
        for (const Fragment& f : all) {
            bytes += f.sizeBytes;
            duration += f.durationMs;
        }
        QCOMPARE(index.totalBytes(), bytes);
        QCOMPARE(index.totalDurationMs(), duration);
        QCOMPARE(index.toList().size(), all.size());
    }

    void tieBreakByFragmentNumber() {
        FragmentIndex index;
        index.addPage({frag(QStringLiteral("100"), 5000, 10), frag(QStringLiteral("9"), 5000, 10),
                       frag(QStringLiteral("10"), 5000, 10), frag(QStringLiteral("11"), 4000, 10)});
        QCOMPARE(index.size(), 4);
        QCOMPARE(index.fragmentNumber(0), QStringLiteral("11"));
        QCOMPARE(index.fragmentNumber(1), QStringLiteral("9"));
        QCOMPARE(index.fragmentNumber(2), QStringLiteral("10"));
        QCOMPARE(index.fragmentNumber(3), QStringLiteral("100"));
    }

    void longFragmentNumbersRoundTripExactly() {
        const QStringList numbers{
            QStringLiteral("91343852333181432392682062622222222222222222222"),    // 47 digits
            QStringLiteral("913438523331814323926820626222222222222222222229"),   // 48
            QStringLiteral("91343852333181432392682062623184720918273645546372"), // 50
            QStringLiteral("9134385233318143239268206262318472091827364554637212345678"),
            QStringLiteral("0000123"), // leading zeros kept
            QStringLiteral("123"),
            QStringLiteral(""),
            QStringLiteral("not-a-number/\u00e9"), // stored raw, still exact
            QString(200, QLatin1Char('7')),        // longer than the packed form allows
        };
        FragmentIndex index;
        for (int i = 0; i < numbers.size(); ++i)
            index.add(frag(numbers[i], 1000 * i, 100));
        index.add(frag(numbers[1], 99999, 100)); // same number again: dropped, first kept
        QCOMPARE(index.size(), numbers.size());
        for (int i = 0; i < numbers.size(); ++i) {
            QCOMPARE(index.fragmentNumber(i), numbers[i]);
            QCOMPARE(index.fragment(i).fragmentNumber, numbers[i]);
            QVERIFY(index.containsNumber(numbers[i]));
            QCOMPARE(index.indexOfNumber(numbers[i]), i);
        }
        QVERIFY(!index.containsNumber(
            QStringLiteral("913438523331814323926820626222222222222222222228")));
        QVERIFY(!index.containsNumber(QStringLiteral("00123")));
        QCOMPARE(index.indexOfNumber(QStringLiteral("124")), -1);
    }

    void mixedNumbersDeduplicateExactly() {
        // Numbers of many lengths sharing long prefixes, some not numeric at all; each is
        // delivered up to three times, in different pages, with different timestamps.
        std::mt19937_64 rng(11);
        QStringList numbers;
        QSet<QString> seen;
        while (numbers.size() < 3000) {
            QString n;
            const int kind = int(rng() % 10);
            if (kind == 0) {
                n = QStringLiteral("frag-%1/x").arg(rng() % 100000);
            } else {
                n = QStringLiteral("91343852333181432392");
                const int extra = int(rng() % 40);
                for (int d = 0; d < extra; ++d)
                    n.append(QLatin1Char(char('0' + rng() % 10)));
                if (kind == 1)
                    n = n.left(1 + int(rng() % 5));
            }
            if (!seen.contains(n)) {
                seen.insert(n);
                numbers.append(n);
            }
        }
        QList<Fragment> deliveries;
        QHash<QString, qint64> firstServer;
        for (int copy = 0; copy < 3; ++copy) {
            for (int i = 0; i < numbers.size(); ++i) {
                if (copy > 0 && rng() % 2 == 0)
                    continue;
                deliveries.append(frag(numbers[i], 1000LL * i + 100 * copy, 1000));
            }
        }
        std::shuffle(deliveries.begin(), deliveries.end(), rng);
        FragmentIndex index;
        for (qsizetype p = 0; p < deliveries.size(); p += 700) {
            const QList<Fragment> page = deliveries.mid(p, 700);
            for (const Fragment& f : page) {
                if (!firstServer.contains(f.fragmentNumber))
                    firstServer.insert(f.fragmentNumber, f.serverMs);
            }
            index.addPage(page);
            if (rng() % 3 == 0)
                QVERIFY(index.size() <= numbers.size()); // merge now and then
        }
        QCOMPARE(index.size(), numbers.size());
        QSet<QString> indexed;
        for (qsizetype i = 0; i < index.size(); ++i) {
            const QString n = index.fragmentNumber(i);
            indexed.insert(n);
            QCOMPARE(index.serverMs(i), firstServer.value(n)); // the first delivery is kept
            if (i > 0)
                QVERIFY(index.startMs(i - 1) <= index.startMs(i));
        }
        QCOMPARE(indexed, seen);
        for (const QString& n : numbers)
            QVERIFY(index.containsNumber(n));
        QVERIFY(!index.containsNumber(QStringLiteral("91343852333181432392x")));
        QVERIFY(!index.containsNumber(QStringLiteral("8")));
    }

    void coverageAndGapsWithMinGap() {
        FragmentIndex index;
        index.addPage({frag(QStringLiteral("4"), 5000, 1000), frag(QStringLiteral("1"), 0, 1000),
                       frag(QStringLiteral("3"), 2005, 995),
                       frag(QStringLiteral("2"), 1000, 1000)});
        // 0-1000 and 1000-2000 touch; a 5 ms hole before 2005; a 2000 ms hole before 5000.
        QCOMPARE(index.coverage(0), (QList<TimeInterval>{{0, 2000}, {2005, 3000}, {5000, 6000}}));
        QCOMPARE(index.coverage(5), (QList<TimeInterval>{{0, 2000}, {2005, 3000}, {5000, 6000}}));
        QCOMPARE(index.coverage(6), (QList<TimeInterval>{{0, 3000}, {5000, 6000}}));
        QCOMPARE(index.gaps(0), (QList<TimeInterval>{{2000, 2005}, {3000, 5000}}));
        QCOMPARE(index.gaps(10), (QList<TimeInterval>{{3000, 5000}}));
        QCOMPARE(index.gaps(2001), QList<TimeInterval>{});
        QCOMPARE(index.coveredMs(), 3995);
        QCOMPARE(index.coveredMs(1500, 5500), 500 + 995 + 500);

        // Windowed: clipped coverage; holes at the window edges count.
        QCOMPARE(index.coverage(10, 1500, 5500), (QList<TimeInterval>{{1500, 3000}, {5000, 5500}}));
        QCOMPARE(index.coverage(10, 2001, 2003), (QList<TimeInterval>{{2001, 2003}}));
        QCOMPARE(index.coverage(0, 2001, 2003), QList<TimeInterval>{});
        QCOMPARE(index.gaps(10, -1000, 7000),
                 (QList<TimeInterval>{{-1000, 0}, {3000, 5000}, {6000, 7000}}));
        QCOMPARE(index.gaps(1500, 500, 7000), (QList<TimeInterval>{{3000, 5000}}));
        QCOMPARE(index.firstStartMs(), 0);
        QCOMPARE(index.lastEndMs(), 6000);
    }

    void coverageMatchesBruteForceOnRandomData() {
        const QList<Fragment> all = randomFragments(3000, 3);
        FragmentIndex index;
        index.addPage(all);
        for (qint64 minGap : {0, 3, 100, 5000}) {
            const QList<TimeInterval> expected = bruteCoverage(all, minGap);
            QCOMPARE(index.coverage(minGap), expected);
            QCOMPARE(index.gaps(minGap).size(), expected.size() - 1);
        }
        // Window edges inside short holes: the hole tolerance applies across the edge.
        for (const TimeInterval& hole : index.gaps(0).mid(0, 100)) {
            const qint64 mid = hole.startMs + hole.durationMs() / 2;
            for (qint64 minGap : {0, 3, 50}) {
                QList<TimeInterval> clippedEnd;
                QList<TimeInterval> clippedStart;
                for (const TimeInterval& c : bruteCoverage(all, minGap)) {
                    const TimeInterval e{std::max(c.startMs, mid - 10000), std::min(c.endMs, mid)};
                    const TimeInterval b{std::max(c.startMs, mid), std::min(c.endMs, mid + 10000)};
                    if (!e.isEmpty())
                        clippedEnd.append(e);
                    if (!b.isEmpty())
                        clippedStart.append(b);
                }
                QCOMPARE(index.coverage(minGap, mid - 10000, mid), clippedEnd);
                QCOMPARE(index.coverage(minGap, mid, mid + 10000), clippedStart);
            }
        }

        const QList<TimeInterval> u = bruteUnion(all, TimestampType::Server);
        qint64 total = 0;
        for (const TimeInterval& s : u)
            total += s.durationMs();
        QCOMPARE(index.coveredMs(), total);

        // Windowed coverage equals the global one clipped; indexAt/range agree with a scan.
        std::mt19937_64 rng(4);
        const qint64 first = index.firstStartMs();
        const qint64 span = index.lastEndMs() - first;
        for (int k = 0; k < 200; ++k) {
            const qint64 t0 = first - 1000 + qint64(rng() % quint64(span + 2000));
            const qint64 t1 = t0 + qint64(rng() % 200000);
            const qint64 minGap = qint64(rng() % 50);
            QList<TimeInterval> clipped;
            for (const TimeInterval& c : bruteCoverage(all, minGap)) {
                const TimeInterval x{std::max(c.startMs, t0), std::min(c.endMs, t1)};
                if (!x.isEmpty())
                    clipped.append(x);
            }
            QCOMPARE(index.coverage(minGap, t0, t1), clipped);
            QCOMPARE(index.coveredMs(t0, t1), qint64(bruteCovered(u, t0, 0, double(t1 - t0))));

            const IndexRange r = index.range(t0, t1);
            for (qsizetype i = 0; i < index.size(); ++i) {
                const bool overlapsWindow = index.startMs(i) < t1 && index.endMs(i) > t0;
                if (overlapsWindow && (i < r.first || i >= r.last))
                    QFAIL(qPrintable(QStringLiteral("fragment %1 outside range").arg(i)));
            }
            const qsizetype at = index.indexAt(t0);
            bool anyCovers = false;
            for (qsizetype i = 0; i < index.size(); ++i)
                anyCovers = anyCovers || (index.startMs(i) <= t0 && t0 < index.endMs(i));
            QCOMPARE(at >= 0, anyCovers);
            if (at >= 0)
                QVERIFY(index.startMs(at) <= t0 && t0 < index.endMs(at));
            const IndexRange starting = index.rangeStarting(t0, t1);
            for (qsizetype i = starting.first; i < starting.last; ++i)
                QVERIFY(index.startMs(i) >= t0 && index.startMs(i) < t1);
        }
    }

    void overlapsAreReported() {
        FragmentIndex index;
        index.addPage({frag(QStringLiteral("1"), 0, 1000), frag(QStringLiteral("2"), 900, 1000),
                       frag(QStringLiteral("3"), 1900, 1000), frag(QStringLiteral("4"), 2000, 100),
                       frag(QStringLiteral("5"), 2950, 100)});
        const QList<FragmentOverlap> o = index.overlaps();
        QCOMPARE(o.size(), 2);
        QCOMPARE(o[0].index, 1);
        QCOMPARE(o[0].overlapMs, 100);
        QCOMPARE(o[1].index, 3); // 2000 starts inside 1900-2900
        QCOMPARE(o[1].overlapMs, 900);
        QCOMPARE(index.overlaps(101).size(), 1);
        QCOMPARE(index.coverage(), (QList<TimeInterval>{{0, 2900}, {2950, 3050}}));
        QCOMPARE(index.indexAt(2050), 3);
        QCOMPARE(index.indexAt(2500), 2);
        QCOMPARE(index.indexAt(2920), -1);
        QCOMPARE(index.range(2100, 2200), (IndexRange{2, 4}));
    }

    void driftAndDriftJumps() {
        FragmentIndex index;
        index.addPage({frag(QStringLiteral("1"), 10000, 1000, 9900),
                       frag(QStringLiteral("2"), 11000, 1000, 10890),
                       frag(QStringLiteral("3"), 12000, 1000, 13000), // producer clock jumped
                       frag(QStringLiteral("4"), 13000, 1000, 14010)});
        QCOMPARE(index.driftMs(0), 100);
        QCOMPARE(index.driftMs(1), 110);
        QCOMPARE(index.driftMs(2), -1000);
        const QList<DriftJump> jumps = index.driftJumps(50);
        QCOMPARE(jumps.size(), 1);
        QCOMPARE(jumps[0].index, 2);
        QCOMPARE(jumps[0].previousDriftMs, 110);
        QCOMPARE(jumps[0].driftMs, -1000);
        QCOMPARE(jumps[0].deltaMs(), -1110);
        QCOMPARE(index.driftJumps(5).size(), 3);
    }

    void switchingOrderingResorts() {
        FragmentIndex index(TimestampType::Server);
        // Producer order is the reverse of server order.
        index.addPage({frag(QStringLiteral("1"), 1000, 100, 9000),
                       frag(QStringLiteral("2"), 2000, 100, 8000),
                       frag(QStringLiteral("3"), 3000, 100, 7000)});
        QCOMPARE(index.fragmentNumber(0), QStringLiteral("1"));
        QCOMPARE(index.startMs(0), 1000);
        QCOMPARE(index.coverage(), (QList<TimeInterval>{{1000, 1100}, {2000, 2100}, {3000, 3100}}));

        index.setOrdering(TimestampType::Producer);
        QCOMPARE(index.ordering(), TimestampType::Producer);
        QCOMPARE(index.fragmentNumber(0), QStringLiteral("3"));
        QCOMPARE(index.fragmentNumber(2), QStringLiteral("1"));
        QCOMPARE(index.startMs(0), 7000);
        QCOMPARE(index.serverMs(0), 3000);
        QCOMPARE(index.coverage(), (QList<TimeInterval>{{7000, 7100}, {8000, 8100}, {9000, 9100}}));
        QCOMPARE(index.lowerBound(7500), 1);

        // Pages keep arriving after the switch and merge in producer order.
        index.addPage(
            {frag(QStringLiteral("4"), 4000, 100, 7500), frag(QStringLiteral("2"), 1, 1, 1)});
        QCOMPARE(index.size(), 4);
        QCOMPARE(index.fragmentNumber(1), QStringLiteral("4"));

        index.setOrdering(TimestampType::Server);
        QStringList order;
        for (qsizetype i = 0; i < index.size(); ++i)
            order << index.fragmentNumber(i);
        QCOMPARE(order, (QStringList{"1", "2", "3", "4"}));
        QCOMPARE(index.coveredMs(), 400);
    }

    void lodCoverageMatchesBruteForce() {
        const QList<Fragment> all = randomFragments(4000, 5);
        for (TimestampType type : {TimestampType::Server, TimestampType::Producer}) {
            FragmentIndex index(type);
            index.addPage(all);
            const QList<TimeInterval> u = bruteUnion(all, type);
            std::mt19937_64 rng(6);
            const qint64 first = index.firstStartMs();
            const qint64 span = index.lastEndMs() - first;
            for (int k = 0; k < 60; ++k) {
                const qint64 t0 = first - 5000 + qint64(rng() % quint64(span));
                // From sub-millisecond columns to the whole span and beyond.
                const qint64 widths[] = {37, 5000, 600000, span + 10000};
                const qint64 t1 = t0 + widths[k % 4];
                const int columns = 1 + int(rng() % 2000);
                const QList<float> lod = index.coverageColumns(t0, t1, columns);
                QCOMPARE(lod.size(), columns);
                const double width = double(t1 - t0) / columns;
                for (int c = 0; c < columns; ++c) {
                    const double a = width * c;
                    const double b = c + 1 == columns ? double(t1 - t0) : width * (c + 1);
                    const double expected = bruteCovered(u, t0, a, b) / (b - a);
                    if (std::abs(expected - lod[c]) > 1e-3)
                        QFAIL(qPrintable(QStringLiteral("column %1/%2 of [%3,%4): %5 vs %6")
                                             .arg(c)
                                             .arg(columns)
                                             .arg(t0)
                                             .arg(t1)
                                             .arg(lod[c])
                                             .arg(expected)));
                }
            }
        }
    }

    void memoryWithinBudgetAtOneMillion() {
        constexpr int kCount = 1'000'000;
        constexpr int kPage = 1000;
        std::vector<int> pages(kCount / kPage);
        std::iota(pages.begin(), pages.end(), 0);
        std::shuffle(pages.begin(), pages.end(), std::mt19937(7));

        FragmentIndex index;
        QList<Fragment> page;
        for (int p : pages) {
            page.clear();
            for (int i = p * kPage; i < (p + 1) * kPage; ++i)
                page.append(frag(longNumber(quint64(i) * 104729 + 1),
                                 1'700'000'000'000 + 1000LL * i, 1000,
                                 1'700'000'000'000 + 1000LL * i - 250, 180'000));
            index.addPage(page);
        }
        QCOMPARE(index.size(), kCount);
        const double perFragment = index.bytesPerFragment();
        qInfo("bytes per fragment: %.2f (+ %.2f in the shared number arena, %lld bytes total)",
              perFragment, double(index.stringBytes()) / kCount, qlonglong(index.memoryBytes()));
        QVERIFY2(perFragment <= 48.0, qPrintable(QString::number(perFragment)));
        QVERIFY(index.memoryBytes() >= index.columnBytes() + index.stringBytes());
        index.squeeze();
        QVERIFY(double(index.stringBytes()) / kCount <= 26.0); // 48 digits packed + header
        QCOMPARE(index.fragmentNumber(123456), longNumber(123456ULL * 104729 + 1));
        QCOMPARE(index.coverage().size(), 1);
        QCOMPARE(index.coveredMs(), 1000LL * kCount);
    }
};

QTEST_GUILESS_MAIN(TestFragmentIndex)
#include "test_fragment_index.moc"
