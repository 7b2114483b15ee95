#include "core/kvs/fragment_store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <algorithm>
#include <atomic>

namespace kinescope {

namespace {

std::atomic<quint64> g_connectionSerial{0};

QString clockName(TimestampType type) {
    return type == TimestampType::Server ? QStringLiteral("server") : QStringLiteral("producer");
}

// Sort and merge touching or overlapping intervals; drop empty ones.
QList<TimeInterval> merged(QList<TimeInterval> list) {
    list.removeIf([](const TimeInterval& i) { return i.isEmpty(); });
    std::sort(list.begin(), list.end(),
              [](const TimeInterval& a, const TimeInterval& b) { return a.startMs < b.startMs; });
    QList<TimeInterval> out;
    for (const TimeInterval& i : list) {
        if (!out.isEmpty() && i.startMs <= out.last().endMs)
            out.last().endMs = std::max(out.last().endMs, i.endMs);
        else
            out.append(i);
    }
    return out;
}

// SQLite primary result codes (sqlite3.h), as Qt reports them in nativeErrorCode().
QString errorTypeFor(const QSqlError& error) {
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok)
        return QStringLiteral("FragmentCacheError");
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return QStringLiteral("FragmentCacheLocked");
    case 8: // SQLITE_READONLY
        return QStringLiteral("FragmentCacheReadOnly");
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return QStringLiteral("FragmentCacheCorrupt");
    case 13: // SQLITE_FULL
        return QStringLiteral("FragmentCacheDiskFull");
    case 14: // SQLITE_CANTOPEN
        return QStringLiteral("FragmentCacheCannotOpen");
    default:
        return QStringLiteral("FragmentCacheError");
    }
}

} // namespace

QString FragmentStoreKey::toString() const {
    return profile + QLatin1Char('|') + region + QLatin1Char('|') + streamArn + QLatin1Char('|') +
           clockName(timestampType);
}

FragmentStore::FragmentStore()
    : m_connectionName(QStringLiteral("kinescope-fragment-store-%1").arg(++g_connectionSerial)) {
}

FragmentStore::~FragmentStore() {
    close();
}

QString FragmentStore::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/fragments.sqlite");
}

bool FragmentStore::removeFiles(const QString& path) {
    bool ok = true;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix))
            ok = QFile::remove(path + suffix) && ok;
    }
    return ok;
}

AwsError FragmentStore::sqlError(const QString& what, const QSqlError& error) const {
    QString detail = error.databaseText();
    if (detail.isEmpty())
        detail = error.text();
    return AwsError::make(AwsError::Kind::Io, errorTypeFor(error),
                          QStringLiteral("Fragment cache %1: %2: %3").arg(m_path, what, detail));
}

AwsError FragmentStore::sqlError(const QString& what, const QSqlQuery& query) const {
    return sqlError(what, query.lastError());
}

AwsError FragmentStore::notOpenError() const {
    return AwsError::make(AwsError::Kind::Usage, QStringLiteral("FragmentCacheNotOpen"),
                          QStringLiteral("The fragment cache is not open."));
}

Status FragmentStore::exec(const QString& sql) {
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return sqlError(sql.section(QLatin1Char(' '), 0, 1).toLower(), q);
    return Done{};
}

Status FragmentStore::open(const QString& path) {
    close();
    m_path = path;
    const QFileInfo info(path);
    if (info.isDir())
        return AwsError::make(AwsError::Kind::Io, QStringLiteral("FragmentCacheCannotOpen"),
                              QStringLiteral("Fragment cache %1: is a directory").arg(path));
    if (!QDir().mkpath(info.absolutePath()))
        return AwsError::make(AwsError::Kind::Io, QStringLiteral("FragmentCacheCannotOpen"),
                              QStringLiteral("Fragment cache %1: cannot create the directory %2")
                                  .arg(path, info.absolutePath()));

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid()) {
        const AwsError e = AwsError::make(AwsError::Kind::Io, QStringLiteral("FragmentCacheError"),
                                          QStringLiteral("Fragment cache %1: the Qt SQLite driver "
                                                         "(QSQLITE) is not available")
                                              .arg(path));
        close();
        return e;
    }
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs));
    if (!m_db.open()) {
        const AwsError e = sqlError(QStringLiteral("open"), m_db.lastError());
        close();
        return e;
    }
    m_open = true;

    // The first statement reads the header: a file that is not a database fails here.
    Status s = createOrCheckSchema();
    if (!s) {
        const AwsError e = s.error();
        close();
        return e;
    }
    return Done{};
}

Status FragmentStore::createOrCheckSchema() {
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
        return sqlError(QStringLiteral("set WAL journal"), q);
    q.finish();
    if (Status s = exec(QStringLiteral("PRAGMA synchronous=NORMAL")); !s)
        return s;
    if (Status s = exec(QStringLiteral("PRAGMA foreign_keys=ON")); !s)
        return s;
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return sqlError(QStringLiteral("read schema version"), q);
    const int version = q.value(0).toInt();
    q.finish();
    if (version == kSchemaVersion)
        return Done{};
    if (version > kSchemaVersion)
        return AwsError::make(AwsError::Kind::Io, QStringLiteral("FragmentCacheVersion"),
                              QStringLiteral("Fragment cache %1: written by a newer Kinescope "
                                             "(schema %2, this one knows %3); remove the file or "
                                             "use a newer version")
                                  .arg(m_path)
                                  .arg(version)
                                  .arg(kSchemaVersion));

    // version 0: a new file (or a foreign one, in which case CREATE TABLE fails cleanly).
    const QStringList schema{
        QStringLiteral("CREATE TABLE streams ("
                       " id INTEGER PRIMARY KEY,"
                       " profile TEXT NOT NULL, region TEXT NOT NULL, stream_arn TEXT NOT NULL,"
                       " timestamp_type TEXT NOT NULL,"
                       " UNIQUE (profile, region, stream_arn, timestamp_type))"),
        QStringLiteral("CREATE TABLE fragments ("
                       " stream_id INTEGER NOT NULL REFERENCES streams(id) ON DELETE CASCADE,"
                       " fragment_number TEXT NOT NULL,"
                       " start_ms INTEGER NOT NULL," // in the stream key's clock
                       " server_ms INTEGER NOT NULL, producer_ms INTEGER NOT NULL,"
                       " duration_ms INTEGER NOT NULL, size_bytes INTEGER NOT NULL,"
                       " PRIMARY KEY (stream_id, fragment_number)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX fragments_by_time ON fragments (stream_id, start_ms)"),
        QStringLiteral("CREATE TABLE listed_ranges ("
                       " stream_id INTEGER NOT NULL REFERENCES streams(id) ON DELETE CASCADE,"
                       " start_ms INTEGER NOT NULL, end_ms INTEGER NOT NULL,"
                       " PRIMARY KEY (stream_id, start_ms)) WITHOUT ROWID"),
        QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion),
    };
    if (Status s = exec(QStringLiteral("BEGIN IMMEDIATE")); !s)
        return s;
    for (const QString& sql : schema) {
        QSqlQuery create(m_db);
        if (!create.exec(sql)) {
            const AwsError e = sqlError(QStringLiteral("create schema"), create);
            create.finish();
            exec(QStringLiteral("ROLLBACK"));
            return e;
        }
    }
    return exec(QStringLiteral("COMMIT"));
}

void FragmentStore::close() {
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
    m_open = false;
}

Result<qint64> FragmentStore::streamId(const FragmentStoreKey& key, bool create) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM streams WHERE profile = ? AND region = ? AND "
                             "stream_arn = ? AND timestamp_type = ?"));
    q.addBindValue(key.profile);
    q.addBindValue(key.region);
    q.addBindValue(key.streamArn);
    q.addBindValue(clockName(key.timestampType));
    if (!q.exec())
        return sqlError(QStringLiteral("look up stream"), q);
    if (q.next())
        return q.value(0).toLongLong();
    if (!create)
        return qint64(0);
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO streams (profile, region, stream_arn, "
                                  "timestamp_type) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(key.profile);
    insert.addBindValue(key.region);
    insert.addBindValue(key.streamArn);
    insert.addBindValue(clockName(key.timestampType));
    if (!insert.exec())
        return sqlError(QStringLiteral("add stream"), insert);
    return insert.lastInsertId().toLongLong();
}

Result<QList<TimeInterval>> FragmentStore::knownRanges(const FragmentStoreKey& key) const {
    if (!m_open)
        return notOpenError();
    const Result<qint64> id = streamId(key, false);
    if (!id)
        return id.error();
    QList<TimeInterval> out;
    if (*id == 0)
        return out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT start_ms, end_ms FROM listed_ranges WHERE stream_id = ? ORDER BY start_ms"));
    q.addBindValue(*id);
    if (!q.exec())
        return sqlError(QStringLiteral("read listed ranges"), q);
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    if (q.lastError().isValid())
        return sqlError(QStringLiteral("read listed ranges"), q);
    return merged(out);
}

Result<QList<TimeInterval>> FragmentStore::missingRanges(const FragmentStoreKey& key, qint64 t0,
                                                         qint64 t1, qint64 nowMs,
                                                         qint64 openTailMs) const {
    const Result<QList<TimeInterval>> known = knownRanges(key);
    if (!known)
        return known.error();
    QList<TimeInterval> missing;
    if (t1 <= t0)
        return missing;
    qint64 cursor = t0;
    for (const TimeInterval& k : *known) {
        if (k.endMs <= cursor)
            continue;
        if (k.startMs >= t1)
            break;
        if (k.startMs > cursor)
            missing.append({cursor, k.startMs});
        cursor = std::max(cursor, k.endMs);
    }
    if (cursor < t1)
        missing.append({cursor, t1});
    const qint64 tailStart = std::max(t0, nowMs - std::max<qint64>(openTailMs, 0));
    if (tailStart < t1)
        missing.append({tailStart, t1});
    return merged(missing);
}

Status FragmentStore::save(const FragmentStoreKey& key, const TimeInterval& listedRange,
                           const QList<Fragment>& fragments, qint64 completeBeforeMs) {
    if (!m_open)
        return notOpenError();
    if (Status s = exec(QStringLiteral("BEGIN IMMEDIATE")); !s)
        return s;
    auto fail = [this](const AwsError& e) -> Status {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        return e;
    };

    const Result<qint64> id = streamId(key, true);
    if (!id)
        return fail(id.error());

    {
        QSqlQuery upsert(m_db);
        upsert.prepare(QStringLiteral(
            "INSERT INTO fragments (stream_id, fragment_number, start_ms, server_ms, producer_ms,"
            " duration_ms, size_bytes) VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (stream_id, fragment_number) DO UPDATE SET"
            " start_ms = excluded.start_ms, server_ms = excluded.server_ms,"
            " producer_ms = excluded.producer_ms, duration_ms = excluded.duration_ms,"
            " size_bytes = excluded.size_bytes"));
        for (const Fragment& f : fragments) {
            upsert.bindValue(0, *id);
            upsert.bindValue(1, f.fragmentNumber);
            upsert.bindValue(2, f.timestamp(key.timestampType));
            upsert.bindValue(3, f.serverMs);
            upsert.bindValue(4, f.producerMs);
            upsert.bindValue(5, f.durationMs);
            upsert.bindValue(6, f.sizeBytes);
            if (!upsert.exec())
                return fail(
                    sqlError(QStringLiteral("save fragment %1").arg(f.fragmentNumber), upsert));
        }
    }

    const TimeInterval listed{listedRange.startMs, std::min(listedRange.endMs, completeBeforeMs)};
    if (!listed.isEmpty()) {
        QList<TimeInterval> ranges{listed};
        {
            QSqlQuery q(m_db);
            q.setForwardOnly(true);
            q.prepare(QStringLiteral("SELECT start_ms, end_ms FROM listed_ranges WHERE "
                                     "stream_id = ? AND end_ms >= ? AND start_ms <= ?"));
            q.addBindValue(*id);
            q.addBindValue(listed.startMs);
            q.addBindValue(listed.endMs);
            if (!q.exec())
                return fail(sqlError(QStringLiteral("read listed ranges"), q));
            while (q.next())
                ranges.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
        }
        // The ranges touching the new one collapse into one.
        const QList<TimeInterval> union1 = merged(ranges);
        Q_ASSERT(union1.size() == 1);
        QSqlQuery del(m_db);
        del.prepare(QStringLiteral("DELETE FROM listed_ranges WHERE stream_id = ? AND "
                                   "end_ms >= ? AND start_ms <= ?"));
        del.addBindValue(*id);
        del.addBindValue(listed.startMs);
        del.addBindValue(listed.endMs);
        if (!del.exec())
            return fail(sqlError(QStringLiteral("update listed ranges"), del));
        QSqlQuery ins(m_db);
        ins.prepare(QStringLiteral(
            "INSERT INTO listed_ranges (stream_id, start_ms, end_ms) VALUES (?, ?, ?)"));
        ins.addBindValue(*id);
        ins.addBindValue(union1.first().startMs);
        ins.addBindValue(union1.first().endMs);
        if (!ins.exec())
            return fail(sqlError(QStringLiteral("update listed ranges"), ins));
    }

    QSqlQuery commit(m_db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        const AwsError e = sqlError(QStringLiteral("commit"), commit);
        commit.finish();
        return fail(e);
    }
    return Done{};
}

Result<QList<Fragment>> FragmentStore::load(const FragmentStoreKey& key, qint64 t0,
                                            qint64 t1) const {
    if (!m_open)
        return notOpenError();
    const Result<qint64> id = streamId(key, false);
    if (!id)
        return id.error();
    QList<Fragment> out;
    if (*id == 0 || t1 <= t0)
        return out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT fragment_number, server_ms, producer_ms, duration_ms, size_bytes FROM fragments"
        " WHERE stream_id = ? AND start_ms >= ? AND start_ms < ?"
        " ORDER BY start_ms, length(fragment_number), fragment_number"));
    q.addBindValue(*id);
    q.addBindValue(t0);
    q.addBindValue(t1);
    if (!q.exec())
        return sqlError(QStringLiteral("load fragments"), q);
    while (q.next()) {
        Fragment f;
        f.fragmentNumber = q.value(0).toString();
        f.serverMs = q.value(1).toLongLong();
        f.producerMs = q.value(2).toLongLong();
        f.durationMs = q.value(3).toLongLong();
        f.sizeBytes = q.value(4).toLongLong();
        out.append(std::move(f));
    }
    if (q.lastError().isValid())
        return sqlError(QStringLiteral("load fragments"), q);
    return out;
}

Result<qint64> FragmentStore::fragmentCount(const FragmentStoreKey& key) const {
    if (!m_open)
        return notOpenError();
    const Result<qint64> id = streamId(key, false);
    if (!id || *id == 0)
        return id;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM fragments WHERE stream_id = ?"));
    q.addBindValue(*id);
    if (!q.exec() || !q.next())
        return sqlError(QStringLiteral("count fragments"), q);
    return q.value(0).toLongLong();
}

Status FragmentStore::remove(const FragmentStoreKey& key) {
    if (!m_open)
        return notOpenError();
    const Result<qint64> id = streamId(key, false);
    if (!id)
        return id.error();
    if (*id == 0)
        return Done{};
    // ON DELETE CASCADE removes its fragments and listed ranges.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM streams WHERE id = ?"));
    q.addBindValue(*id);
    if (!q.exec())
        return sqlError(QStringLiteral("remove stream"), q);
    return Done{};
}

} // namespace kinescope
