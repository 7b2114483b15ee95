#include "core/kvs/fragment_store.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kinescope;

namespace {

const QString kArn =
    QStringLiteral("arn:aws:kinesisvideo:us-east-1:123456789012:stream/front-door/1");

FragmentStoreKey key(TimestampType type = TimestampType::Server) {
    return {QStringLiteral("default"), QStringLiteral("us-east-1"), kArn, type};
}

// One fragment per second from startMs; numbers are 48+ digits and distinct.
QList<Fragment> secondFragments(qint64 startMs, int count, qint64 serial = 0) {
    QList<Fragment> out;
    for (int i = 0; i < count; ++i) {
        Fragment f;
        f.fragmentNumber = QStringLiteral("91343852333181432392682062622222222222222") +
                           QString::number(1'000'000 + serial + i);
        f.serverMs = startMs + 1000LL * i;
        f.producerMs = f.serverMs - 300;
        f.durationMs = 1000;
        f.sizeBytes = 150'000 + i;
        out.append(f);
    }
    return out;
}

void compareFragments(const QList<Fragment>& actual, const QList<Fragment>& expected) {
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        QCOMPARE(actual[i].fragmentNumber, expected[i].fragmentNumber);
        QCOMPARE(actual[i].serverMs, expected[i].serverMs);
        QCOMPARE(actual[i].producerMs, expected[i].producerMs);
        QCOMPARE(actual[i].durationMs, expected[i].durationMs);
        QCOMPARE(actual[i].sizeBytes, expected[i].sizeBytes);
    }
}

constexpr qint64 kT0 = 1'700'000'000'000;
constexpr qint64 kHour = 3600 * 1000;

} // namespace

class TestFragmentStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString dbPath(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTripAndReopen() {
        const QString path = dbPath(QStringLiteral("sub/dir/fragments.sqlite"));
        QList<Fragment> fragments = secondFragments(kT0, 600);
        // A fragment number longer than any integer type, exactly.
        fragments[5].fragmentNumber =
            QStringLiteral("913438523331814323926820626231847209182736455463721234");
        {
            FragmentStore store;
            QVERIFY(!store.isOpen());
            const Status opened = store.open(path);
            QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
            QVERIFY(QFile::exists(path));
            QVERIFY(store.save(key(), {kT0, kT0 + 600'000}, fragments).ok());
            // Saving a page again (duplicates) upserts instead of adding rows.
            QVERIFY(store.save(key(), {}, fragments.mid(0, 100)).ok());
            QCOMPARE(*store.fragmentCount(key()), 600);
            compareFragments(*store.load(key(), kT0, kT0 + 600'000), fragments);
            store.close();
            QVERIFY(!store.isOpen());
            QVERIFY(!store.load(key(), kT0, kT0 + 1).ok()); // closed: an error, not a crash
            QVERIFY(store.open(path).ok());                 // reopen the same object
            QCOMPARE(*store.fragmentCount(key()), 600);
        }
        FragmentStore again;
        QVERIFY(again.open(path).ok());
        QVERIFY(again.path() == path);
        compareFragments(*again.load(key(), kT0, kT0 + 600'000), fragments);
        // Half-open selection by the key's clock.
        compareFragments(*again.load(key(), kT0 + 10'000, kT0 + 20'000), fragments.mid(10, 10));
        QCOMPARE(again.knownRanges(key())->size(), 1);
        QCOMPARE(again.knownRanges(key())->first(), (TimeInterval{kT0, kT0 + 600'000}));
        // Other keys see nothing.
        FragmentStoreKey other = key();
        other.profile = QStringLiteral("prod");
        QCOMPARE(again.load(other, kT0, kT0 + 600'000)->size(), 0);
        QCOMPARE(again.knownRanges(key(TimestampType::Producer))->size(), 0);

        // WAL and the schema version are set.
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        {
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), FragmentStore::kSchemaVersion);
        }
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));

        QVERIFY(again.remove(key()).ok());
        QCOMPARE(*again.fragmentCount(key()), 0);
        QCOMPARE(again.knownRanges(key())->size(), 0);
    }

    void producerClockKeySelectsByProducerTime() {
        FragmentStore store;
        QVERIFY(store.open(dbPath(QStringLiteral("producer.sqlite"))).ok());
        const QList<Fragment> fragments = secondFragments(kT0, 10);
        QVERIFY(store.save(key(TimestampType::Producer), {kT0 - 300, kT0 + 9700}, fragments).ok());
        // Producer timestamps are 300 ms earlier: [kT0 - 300, kT0 + 700) holds one of them.
        compareFragments(*store.load(key(TimestampType::Producer), kT0 - 300, kT0 + 700),
                         fragments.mid(0, 1));
        compareFragments(*store.load(key(TimestampType::Producer), kT0 + 600, kT0 + 1700),
                         fragments.mid(1, 1));
    }

    void missingRangesAfterPartialListings() {
        FragmentStore store;
        QVERIFY(store.open(dbPath(QStringLiteral("partial.sqlite"))).ok());
        const qint64 now = kT0 + 100 * kHour;
        const qint64 tail = 15 * 60 * 1000;

        // Nothing known: everything is missing.
        QCOMPARE(*store.missingRanges(key(), kT0, kT0 + 10 * kHour, now, tail),
                 (QList<TimeInterval>{{kT0, kT0 + 10 * kHour}}));

        // Hours 1-2 and 4-5 listed, then 2-3 (touches 1-2: merged).
        QVERIFY(store.save(key(), {kT0 + kHour, kT0 + 2 * kHour}, {}).ok());
        QVERIFY(store.save(key(), {kT0 + 4 * kHour, kT0 + 5 * kHour}, {}).ok());
        QVERIFY(store.save(key(), {kT0 + 2 * kHour, kT0 + 3 * kHour}, {}).ok());
        QCOMPARE(*store.knownRanges(key()),
                 (QList<TimeInterval>{{kT0 + kHour, kT0 + 3 * kHour},
                                      {kT0 + 4 * kHour, kT0 + 5 * kHour}}));
        QCOMPARE(*store.missingRanges(key(), kT0, kT0 + 10 * kHour, now, tail),
                 (QList<TimeInterval>{{kT0, kT0 + kHour},
                                      {kT0 + 3 * kHour, kT0 + 4 * kHour},
                                      {kT0 + 5 * kHour, kT0 + 10 * kHour}}));
        // A window inside a known range needs nothing; one straddling an edge needs its edge.
        QVERIFY(store.missingRanges(key(), kT0 + kHour + 5, kT0 + 2 * kHour, now, tail)->isEmpty());
        QCOMPARE(*store.missingRanges(key(), kT0 + 2 * kHour, kT0 + 4 * kHour + 7, now, tail),
                 (QList<TimeInterval>{{kT0 + 3 * kHour, kT0 + 4 * kHour}}));

        // Overlapping listing that bridges everything.
        QVERIFY(store.save(key(), {kT0 + 30 * 60 * 1000, kT0 + 4 * kHour + 1}, {}).ok());
        QCOMPARE(*store.knownRanges(key()),
                 (QList<TimeInterval>{{kT0 + 30 * 60 * 1000, kT0 + 5 * kHour}}));
        // Other clock, other profile: still nothing known.
        QCOMPARE(
            store.missingRanges(key(TimestampType::Producer), kT0, kT0 + kHour, now, tail)->size(),
            1);
    }

    void openTailIsAlwaysMissing() {
        FragmentStore store;
        QVERIFY(store.open(dbPath(QStringLiteral("tail.sqlite"))).ok());
        const qint64 tail = 15 * 60 * 1000;
        const qint64 listedAt = kT0 + 24 * kHour;
        // A listing of the last day made at listedAt; only what was settled is recorded.
        QVERIFY(store
                    .save(key(), {kT0, listedAt}, secondFragments(listedAt - 60'000, 60),
                          listedAt - tail)
                    .ok());
        QCOMPARE(*store.knownRanges(key()), (QList<TimeInterval>{{kT0, listedAt - tail}}));

        // Right away: only the open tail is missing.
        QCOMPARE(*store.missingRanges(key(), kT0, listedAt, listedAt, tail),
                 (QList<TimeInterval>{{listedAt - tail, listedAt}}));
        // An hour later, a window up to "now": the settled gap plus the tail, merged.
        const qint64 later = listedAt + kHour;
        QCOMPARE(*store.missingRanges(key(), kT0, later, later, tail),
                 (QList<TimeInterval>{{listedAt - tail, later}}));
        // Even a fully listed range is re-listed inside the tail (and the future).
        QVERIFY(store.save(key(), {kT0, later + kHour}, {}).ok());
        QCOMPARE(*store.missingRanges(key(), kT0, later + kHour, later, tail),
                 (QList<TimeInterval>{{later - tail, later + kHour}}));
        QVERIFY(store.missingRanges(key(), kT0, later - tail, later, tail)->isEmpty());
        QVERIFY(store.missingRanges(key(), kT0 + 5, kT0 + 5, later, tail)->isEmpty());
    }

    void corruptFileGivesAnError() {
        const QString path = dbPath(QStringLiteral("garbage.sqlite"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray junk;
            for (int i = 0; i < 4096; ++i)
                junk.append(char((i * 7919) % 251));
            f.write(junk);
        }
        FragmentStore store;
        const Status s = store.open(path);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, AwsError::Kind::Io);
        QCOMPARE(s.error().type, QStringLiteral("FragmentCacheCorrupt"));
        QVERIFY2(s.error().message.contains(QStringLiteral("not a database")),
                 qPrintable(s.error().message));
        QVERIFY(s.error().message.contains(path));
        QVERIFY(!store.isOpen());
        QVERIFY(!store.save(key(), {0, 1}, {}).ok());
        QVERIFY(!store.missingRanges(key(), 0, 1, 0, 0).ok());

        // The cache can be thrown away and recreated.
        QVERIFY(FragmentStore::removeFiles(path));
        QVERIFY(store.open(path).ok());
        QVERIFY(store.save(key(), {0, 1000}, secondFragments(0, 1)).ok());
    }

    void damagedPagesGiveErrors() {
        const QString path = dbPath(QStringLiteral("damaged.sqlite"));
        {
            FragmentStore store;
            QVERIFY(store.open(path).ok());
            QVERIFY(store.save(key(), {kT0, kT0 + 5000 * 1000LL}, secondFragments(kT0, 5000)).ok());
        } // closing the last connection checkpoints the WAL into the main file
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 64 * 1024);
        // Overwrite everything after the first two pages (header + schema) with noise.
        QVERIFY(f.seek(8192));
        QByteArray noise(int(size - 8192), '\0');
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 131 + 17) % 256);
        f.write(noise);
        f.close();

        FragmentStore store;
        const Status opened = store.open(path);
        if (!opened.ok()) { // depends on which pages the schema landed in
            QCOMPARE(opened.error().type, QStringLiteral("FragmentCacheCorrupt"));
            return;
        }
        const Result<QList<Fragment>> loaded = store.load(key(), kT0, kT0 + 5000 * 1000LL);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().type, QStringLiteral("FragmentCacheCorrupt"));
        QVERIFY(!store.save(key(), {kT0, kT0 + 1}, secondFragments(kT0, 3, 777)).ok());
    }

    void newerSchemaIsRefused() {
        const QString path = dbPath(QStringLiteral("newer.sqlite"));
        {
            FragmentStore store;
            QVERIFY(store.open(path).ok());
        }
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw2"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 99"));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw2"));
        FragmentStore store;
        const Status s = store.open(path);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().type, QStringLiteral("FragmentCacheVersion"));
    }

    void lockedDatabaseGivesAnError() {
        const QString path = dbPath(QStringLiteral("locked.sqlite"));
        FragmentStore store;
        store.setBusyTimeoutMs(50);
        QVERIFY(store.open(path).ok());

        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QVERIFY(QSqlQuery(other).exec(QStringLiteral("BEGIN IMMEDIATE")));
        const Status s = store.save(key(), {0, 1000}, secondFragments(0, 1));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().type, QStringLiteral("FragmentCacheLocked"));
        QVERIFY(s.error().message.contains(QStringLiteral("locked")));
        QVERIFY(QSqlQuery(other).exec(QStringLiteral("ROLLBACK")));
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        // Once the lock is gone the same store works again.
        QVERIFY(store.save(key(), {0, 1000}, secondFragments(0, 1)).ok());
    }

    void unusablePathsGiveErrors() {
        FragmentStore store;
        Status s = store.open(m_dir.path()); // a directory
        QVERIFY(!s.ok());
        QCOMPARE(s.error().type, QStringLiteral("FragmentCacheCannotOpen"));
        QFile blocker(dbPath(QStringLiteral("file-not-dir")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        s = store.open(dbPath(QStringLiteral("file-not-dir/fragments.sqlite")));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, AwsError::Kind::Io);
    }

    void manyStoresHaveTheirOwnConnections() {
        const QString path = dbPath(QStringLiteral("shared.sqlite"));
        const QStringList before = QSqlDatabase::connectionNames();
        {
            FragmentStore a;
            FragmentStore b;
            QVERIFY(a.open(path).ok());
            QVERIFY(b.open(path).ok());
            QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 2);
            QVERIFY(a.save(key(), {kT0, kT0 + 3000}, secondFragments(kT0, 3)).ok());
            QCOMPARE(b.load(key(), kT0, kT0 + 3000)->size(), 3); // sees a's commit
        }
        QCOMPARE(QSqlDatabase::connectionNames(), before);
        QVERIFY(FragmentStore::defaultPath().endsWith(QStringLiteral("/fragments.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestFragmentStore)
#include "test_fragment_store.moc"
