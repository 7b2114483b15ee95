#pragma once

#include "core/kvs/fragment.h"
#include "core/kvs/fragment_index.h"
#include "core/util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <limits>

class QSqlQuery;

namespace kinescope {

// Which listing a stored entry belongs to. Listed ranges are per clock: a range listed by
// server timestamps says nothing about producer timestamps.
struct FragmentStoreKey {
    QString profile;
    QString region;
    QString streamArn;
    TimestampType timestampType = TimestampType::Server;

    QString toString() const; // "profile|region|arn|server" (for logs; no secrets in it)
    bool operator==(const FragmentStoreKey& other) const = default;
};

// The persistent local fragment index: fragments that were listed and the time ranges that
// were listed completely, per (profile, region, stream ARN, timestamp type), in an SQLite file
// (Qt Sql, QSQLITE; WAL journal; schema versioned with PRAGMA user_version).
//
// Every instance owns its own uniquely named database connection (removed in the destructor)
// and must be used from the thread that opened it. Failures come back as AwsError values of
// kind Io carrying SQLite's message (type "FragmentCacheLocked", "FragmentCacheCorrupt",
// "FragmentCacheDiskFull", "FragmentCacheReadOnly", "FragmentCacheCannotOpen",
// "FragmentCacheVersion" or "FragmentCacheError"); a broken file never crashes the program.
// The cache can always be thrown away: see removeFiles().
class FragmentStore {
public:
    static constexpr int kSchemaVersion = 1;

    FragmentStore();
    ~FragmentStore();
    FragmentStore(const FragmentStore&) = delete;
    FragmentStore& operator=(const FragmentStore&) = delete;

    // QStandardPaths::CacheLocation + "/fragments.sqlite".
    static QString defaultPath();
    // Delete the database file and its -wal / -shm companions (it is only a cache).
    static bool removeFiles(const QString& path);

    // Create or open the file (creating its directory), enable WAL, check or create the schema.
    // Closes any database opened before. On error the store stays closed.
    Status open(const QString& path);
    void close();
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    // How long to wait for another process holding the lock (default 5000 ms). Before open().
    void setBusyTimeoutMs(int ms) { m_busyTimeoutMs = ms; }

    // Time ranges listed completely so far, merged, sorted.
    Result<QList<TimeInterval>> knownRanges(const FragmentStoreKey& key) const;
    // The parts of [t0, t1) that still need listing: never-listed parts plus the open tail
    // [nowMs - openTailMs, t1) (fragments keep arriving there). Merged, sorted.
    Result<QList<TimeInterval>> missingRanges(const FragmentStoreKey& key, qint64 t0, qint64 t1,
                                              qint64 nowMs, qint64 openTailMs) const;
    // One transaction: upsert the fragments by fragment number and record listedRange as
    // listed completely (merged with the known ranges). Only the part of listedRange before
    // completeBeforeMs is recorded: pass (time the listing started - open tail) so a range
    // listed while fragments were still arriving is listed again later. An empty listedRange
    // records nothing (fragments are still saved).
    Status save(const FragmentStoreKey& key, const TimeInterval& listedRange,
                const QList<Fragment>& fragments,
                qint64 completeBeforeMs = std::numeric_limits<qint64>::max());
    // Fragments whose timestamp (the key's clock) is in [t0, t1), sorted by that timestamp.
    Result<QList<Fragment>> load(const FragmentStoreKey& key, qint64 t0, qint64 t1) const;
    // Number of stored fragments for the key.
    Result<qint64> fragmentCount(const FragmentStoreKey& key) const;
    // Forget everything stored for the key.
    Status remove(const FragmentStoreKey& key);

private:
    AwsError sqlError(const QString& what, const QSqlQuery& query) const;
    AwsError sqlError(const QString& what, const QSqlError& error) const;
    AwsError notOpenError() const;
    Status exec(const QString& sql);
    Status createOrCheckSchema();
    // The row id of the key's stream, or 0 if it has none yet (and create is false).
    Result<qint64> streamId(const FragmentStoreKey& key, bool create) const;

    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_path;
    int m_busyTimeoutMs = 5000;
    bool m_open = false;
};

} // namespace kinescope
