#include "storage/Database.h"

#include "storage/Backup.h"
#include "storage/Query.h"
#include "storage/Schema.h"
#include "storage/SqlError.h"
#include "storage/SqlFunctions.h"
#include "storage/Transaction.h"
#include "util/Time.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QtEndian>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcDb, "sifa.storage.db")

namespace sifa {

namespace {

QAtomicInteger<int> g_connectionCounter;

QString nextConnectionName()
{
    return QStringLiteral("sifa-db-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
}

bool folderWritable(const QString &dir)
{
    // QFileInfo::isWritable is not reliable for root or on some mounts: try for real.
    QTemporaryFile probe(QDir(dir).filePath(QStringLiteral(".sifa-write-probe-XXXXXX")));
    return probe.open();
}

}  // namespace

DbFileInfo Database::probe(const QString &path)
{
    DbFileInfo info;
    QFile f(path);
    if (!f.exists())
        return info;
    info.exists = true;
    info.size = f.size();
    if (!f.open(QIODevice::ReadOnly))
        return info;
    const QByteArray header = f.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return info;
    info.isSqlite = true;
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    info.schemaVersion = static_cast<int>(qFromBigEndian<quint32>(bytes + 60));
    info.isSifaDesk = qFromBigEndian<quint32>(bytes + 68) == static_cast<quint32>(kApplicationId);
    return info;
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Database::handle() const
{
    const QVariant v = connection().driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

Result<std::unique_ptr<Database>> Database::connect(const QString &path)
{
    std::unique_ptr<Database> db(new Database(QFileInfo(path).absoluteFilePath(), nextConnectionName()));
    QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    if (!conn.isValid()) {
        return Result<std::unique_ptr<Database>>::failure(
            ErrorCode::Internal,
            tr("The SQLite driver for Qt is not installed (package libqt6sql6-sqlite)."));
    }
    conn.setDatabaseName(db->m_path);
    conn.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!conn.open())
        return SqlErrors::fromSql(conn.lastError(), tr("opening %1").arg(path));
    if (Status s = db->configure(); !s.ok())
        return s.error();
    return db;
}

Status Database::configure()
{
    if (sqlite3 *h = handle()) {
        sqlite3_extended_result_codes(h, 1);
        registerSqlFunctions(h);
    }
    const QString doing = tr("preparing the database");
    auto pragma = [&](const QString &sql) -> Result<QVariant> {
        return Query::scalar(*this, sql, {}, doing);
    };
    Result<QVariant> mode = pragma(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return mode.error();
    if (mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return Status::failure(ErrorCode::Storage,
                               tr("The database could not be switched to write-ahead logging "
                                  "(the file system returned \"%1\"). Put the database on a local "
                                  "disk.")
                                   .arg(mode->toString()));
    }
    if (Status s = exec(QStringLiteral("PRAGMA foreign_keys = ON"), doing); !s.ok())
        return s;
    // REPLACE deletes rows implicitly; with recursive triggers the append-only guards see it.
    if (Status s = exec(QStringLiteral("PRAGMA recursive_triggers = ON"), doing); !s.ok())
        return s;
    if (Status s = exec(QStringLiteral("PRAGMA synchronous = FULL"), doing); !s.ok())
        return s;
    Result<QVariant> fk = pragma(QStringLiteral("PRAGMA foreign_keys"));
    Result<QVariant> sync = pragma(QStringLiteral("PRAGMA synchronous"));
    if (!fk || !sync || fk->toInt() != 1 || sync->toInt() != 2) {
        return Status::failure(ErrorCode::Storage,
                               tr("The database refused the safety settings (foreign keys, full "
                                  "synchronous writes)."));
    }
    return {};
}

Error Database::notSifaDesk(const QString &path)
{
    return Error{ErrorCode::NotSifaDatabase,
                 tr("%1 is not a SifaDesk database. It was not changed.").arg(QDir::toNativeSeparators(path)), {}, {}};
}

Error Database::newerSchema(const QString &path, int version)
{
    return Error{ErrorCode::NewerSchema,
                 tr("%1 was written by a newer version of SifaDesk (database version %2; this program "
                    "reads up to version %3). Install the newer SifaDesk to open it. The file was not "
                    "changed.")
                     .arg(QDir::toNativeSeparators(path))
                     .arg(version)
                     .arg(Schema::kLatestVersion),
                 {}, {}};
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const OpenOptions &options)
{
    const DbFileInfo info = probe(path);
    if (!info.exists) {
        return Result<std::unique_ptr<Database>>::failure(
            ErrorCode::NotFound, tr("There is no database at %1.").arg(QDir::toNativeSeparators(path)));
    }
    if (!info.isSqlite || !info.isSifaDesk)
        return notSifaDesk(path);
    if (info.schemaVersion > Schema::kLatestVersion)
        return newerSchema(path, info.schemaVersion);
    const QFileInfo fi(path);
    if (!folderWritable(fi.absolutePath()) || !QFile(path).open(QIODevice::ReadWrite)) {
        return Result<std::unique_ptr<Database>>::failure(
            ErrorCode::ReadOnly,
            tr("SifaDesk cannot write to %1. It keeps a journal and backups beside the database, so "
               "the folder and the file must be writable. Copy the database to a writable folder "
               "and open it from there.")
                .arg(QDir::toNativeSeparators(fi.absolutePath())));
    }

    Result<std::unique_ptr<Database>> db = connect(path);
    if (!db)
        return db;
    // The header read above can be stale while another program's write-ahead log is not yet
    // checkpointed: ask SQLite itself before going on.
    const int version = (*db)->schemaVersion();
    Result<QVariant> appId = Query::scalar(**db, QStringLiteral("PRAGMA application_id"), {}, tr("opening %1").arg(path));
    if (!appId || appId->toInt() != kApplicationId)
        return notSifaDesk(path);
    if (version > Schema::kLatestVersion)
        return newerSchema(path, version);
    if (options.migrate && version < Schema::kLatestVersion) {
        if (Status s = (*db)->migrate(options); !s.ok())
            return s.error();
    }
    return db;
}

Status Database::migrate(const OpenOptions &options)
{
    const int from = schemaVersion();
    const QString backupDir = options.preMigrationBackupDir.isEmpty()
        ? Backup::defaultDirectory(m_path)
        : options.preMigrationBackupDir;
    Result<QString> copy = Backup::snapshot(*this, backupDir, Backup::Kind::PreMigration);
    if (!copy) {
        return Status::failure(copy.code(),
                               tr("The database needs upgrading, but the safety copy could not be "
                                  "made first, so nothing was changed: %1")
                                   .arg(copy.message()));
    }
    qCInfo(lcDb) << "migrating schema from" << from << "to" << Schema::kLatestVersion
                 << "safety copy" << copy.value();
    for (const Schema::Migration &m : Schema::migrations()) {
        if (m.toVersion <= from)
            continue;
        Transaction tx(*this);
        if (!tx.ok())
            return tx.status();
        if (Status s = m.apply(*this); !s.ok())
            return s;
        if (Status s = exec(QStringLiteral("PRAGMA user_version = %1").arg(m.toVersion)); !s.ok())
            return s;
        if (Status s = tx.commit(); !s.ok())
            return s;
    }
    return {};
}

Result<std::unique_ptr<Database>> Database::create(const QString &path,
                                                   const std::function<Status(Database &)> &populate)
{
    const QFileInfo fi(path);
    if (fi.exists()) {
        return Result<std::unique_ptr<Database>>::failure(
            ErrorCode::Duplicate,
            tr("%1 already exists. Choose another file name; the existing file was not changed.")
                .arg(QDir::toNativeSeparators(path)));
    }
    const QString dir = fi.absolutePath();
    if (!QDir().mkpath(dir) || !folderWritable(dir)) {
        return Result<std::unique_ptr<Database>>::failure(
            ErrorCode::ReadOnly,
            tr("SifaDesk cannot create a database in %1: the folder cannot be written.")
                .arg(QDir::toNativeSeparators(dir)));
    }

    // Build the whole database under a temporary name, then move it into place.
    const QString temp = QDir(dir).filePath(QStringLiteral(".%1.creating").arg(fi.fileName()));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(temp + suffix);
    auto cleanup = [&temp]() {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(temp + suffix);
    };

    {
        Result<std::unique_ptr<Database>> db = connect(temp);
        if (!db) {
            cleanup();
            return db;
        }
        Database &d = **db;
        Status s = d.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
        if (s.ok()) {
            Transaction tx(d);
            s = tx.status();
            if (s.ok())
                s = Schema::create(d);
            if (s.ok())
                s = d.setMeta(QStringLiteral("created_at"), nowTimestamp());
            if (s.ok() && populate)
                s = populate(d);
            if (s.ok())
                s = tx.commit();
        }
        if (s.ok())
            s = d.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        if (!s.ok()) {
            db.value().reset();
            cleanup();
            return s.error();
        }
    }  // connection closed: the WAL is folded into the file
    if (QFile::exists(path) || !QFile::rename(temp, path)) {
        cleanup();
        return Result<std::unique_ptr<Database>>::failure(
            ErrorCode::Io, tr("The new database could not be moved to %1.").arg(QDir::toNativeSeparators(path)));
    }
    cleanup();
    return open(path);
}

QSqlQuery *Database::borrowStatement(const QString &sql) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        // Only fixed SQL belongs here; should the cache still grow, drop what is not lent out.
        if (m_statements.size() >= 128) {
            for (auto i = m_statements.begin(); i != m_statements.end();)
                i = i->second.inUse ? std::next(i) : m_statements.erase(i);
        }
        auto q = std::make_unique<QSqlQuery>(connection());
        q->setForwardOnly(true);
        if (!q->prepare(sql))
            return nullptr;  // the caller prepares its own and reports the error
        it = m_statements.emplace(sql, CachedStatement{std::move(q), false}).first;
    }
    if (it->second.inUse)
        return nullptr;
    it->second.inUse = true;
    return it->second.query.get();
}

void Database::returnStatement(QSqlQuery *statement) const
{
    statement->finish();  // holds no read lock while it waits for the next use
    for (auto &[sql, cached] : m_statements) {
        if (cached.query.get() == statement) {
            cached.inUse = false;
            return;
        }
    }
}

int Database::schemaVersion() const
{
    Result<QVariant> v = Query::scalar(*this, QStringLiteral("PRAGMA user_version"), {}, QString());
    return v ? v->toInt() : -1;
}

Status Database::exec(const QString &sql, const QString &doing)
{
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return SqlErrors::fromSql(q.lastError(), doing);
    return {};
}

bool Database::inAutocommit() const
{
    sqlite3 *h = handle();
    return h && sqlite3_get_autocommit(h) != 0;
}

Result<QStringList> Database::integrityCheck()
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return SqlErrors::fromSql(q.lastError(), tr("checking the database"));
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    return problems;
}

Result<QStringList> Database::foreignKeyCheck()
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return SqlErrors::fromSql(q.lastError(), tr("checking the database"));
    QStringList problems;
    while (q.next()) {
        problems << tr("Table %1 row %2 refers to a missing %3 record.")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    }
    return problems;
}

QString Database::journalMode() const
{
    Result<QVariant> v = Query::scalar(*this, QStringLiteral("PRAGMA journal_mode"), {}, QString());
    return v ? v->toString() : QString();
}

QString Database::meta(const QString &key, const QString &fallback) const
{
    Result<QVariant> v = Query::scalar(*this, QStringLiteral("SELECT value FROM meta WHERE key = :k"),
                                       {{QStringLiteral(":k"), key}}, QString(), fallback);
    return v ? v->toString() : fallback;
}

Status Database::setMeta(const QString &key, const QString &value)
{
    Query q(*this, QStringLiteral("INSERT INTO meta(key, value) VALUES (:k, :v) "
                                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
            Query::Cached);
    q.bind(QStringLiteral(":k"), key).bind(QStringLiteral(":v"), value);
    return q.exec(tr("saving database information"));
}

}  // namespace sifa
