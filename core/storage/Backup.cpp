#include "storage/Backup.h"

#include "storage/Database.h"
#include "storage/SqlError.h"
#include "util/Time.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStorageInfo>
#include <QTimeZone>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcBackup, "sifa.storage.backup")

namespace sifa {

namespace {

// A raw SQLite connection that closes itself.
class RawDb {
public:
    RawDb(const QString &path, int flags)
    {
        m_rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
        if (m_db)
            sqlite3_extended_result_codes(m_db, 1);
    }
    ~RawDb()
    {
        if (m_db)
            sqlite3_close_v2(m_db);
    }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;
    bool ok() const { return m_rc == SQLITE_OK; }
    int rc() const { return m_rc; }
    sqlite3 *get() const { return m_db; }
    QString errmsg() const { return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString(); }

    // Runs `sql` and returns the first column of every row.
    Result<QStringList> column(const char *sql, const QString &doing) const
    {
        sqlite3_stmt *st = nullptr;
        int rc = sqlite3_prepare_v2(m_db, sql, -1, &st, nullptr);
        QStringList out;
        if (rc == SQLITE_OK) {
            while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(st, 0));
                out << QString::fromUtf8(text ? text : "");
            }
        }
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE)
            return SqlErrors::fromSqliteCode(rc, errmsg(), doing);
        return out;
    }

private:
    sqlite3 *m_db = nullptr;
    int m_rc = SQLITE_ERROR;
};

// Copies every page from `src` to `dst` with the online backup API.
Status runBackup(sqlite3 *dst, sqlite3 *src, const QString &doing)
{
    sqlite3_backup *b = sqlite3_backup_init(dst, "main", src, "main");
    if (!b)
        return SqlErrors::fromSqliteCode(sqlite3_extended_errcode(dst), QString::fromUtf8(sqlite3_errmsg(dst)), doing);
    int rc;
    int waits = 0;
    do {
        rc = sqlite3_backup_step(b, 256);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (++waits > 200)  // about ten seconds: someone holds the database
                break;
            sqlite3_sleep(50);
        }
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(b);
    if (rc != SQLITE_DONE)
        return SqlErrors::fromSqliteCode(rc, QString::fromUtf8(sqlite3_errstr(rc)), doing);
    return {};
}

const QRegularExpression &backupNamePattern()
{
    static const QRegularExpression re(
        QStringLiteral("^(.*)-(\\d{8}-\\d{6})-(manual|daily|exit|pre-migration|pre-restore)(-\\d+)?\\.sifabak$"));
    return re;
}

// Copies what `src` holds into `outFile`: through a verified temporary copy beside it, then
// QSaveFile, so the file is either complete or untouched.
Status copyFromConnection(sqlite3 *src, const QString &outFile)
{
    const QString doing = Backup::tr("making a backup");
    const QFileInfo outInfo(outFile);
    if (!QDir().mkpath(outInfo.absolutePath())) {
        return Status::failure(ErrorCode::ReadOnly,
                               Backup::tr("The backup folder %1 cannot be created.")
                                   .arg(QDir::toNativeSeparators(outInfo.absolutePath())));
    }
    const QString partial = outInfo.absoluteDir().filePath(QStringLiteral(".%1.partial").arg(outInfo.fileName()));
    auto removePartial = [&partial]() {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-journal"));
    };
    removePartial();
    {
        RawDb dst(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        if (!dst.ok()) {
            removePartial();
            return SqlErrors::fromSqliteCode(dst.rc(), dst.errmsg(), doing);
        }
        Status s = runBackup(dst.get(), src, doing);
        // A backup is one self-contained file: no write-ahead log beside it.
        if (s.ok()) {
            Result<QStringList> mode = dst.column("PRAGMA journal_mode = DELETE", doing);
            if (!mode)
                s = mode.error();
        }
        if (s.ok()) {
            Result<QStringList> check = dst.column("PRAGMA integrity_check", doing);
            if (!check)
                s = check.error();
            else if (check->size() != 1 || check->first() != QLatin1String("ok"))
                s = Status::failure(ErrorCode::Damaged,
                                    Backup::tr("The backup copy failed its integrity check; the database itself may "
                                               "be damaged. Run a check."));
        }
        if (!s.ok()) {
            removePartial();
            return s;
        }
    }
    const Status s = Backup::copyFile(partial, outFile);
    removePartial();
    if (s.ok())
        qCInfo(lcBackup) << "backup written" << outFile;
    return s;
}

}  // namespace

QString Backup::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Manual: return QStringLiteral("manual");
    case Kind::Daily: return QStringLiteral("daily");
    case Kind::OnExit: return QStringLiteral("exit");
    case Kind::PreMigration: return QStringLiteral("pre-migration");
    case Kind::PreRestore: return QStringLiteral("pre-restore");
    }
    return QStringLiteral("manual");
}

QString Backup::defaultDirectory(const QString &dbPath)
{
    return QFileInfo(dbPath).absoluteDir().filePath(QStringLiteral("backups"));
}

Status Backup::copyTo(const QString &dbPath, const QString &outFile)
{
    RawDb src(dbPath, SQLITE_OPEN_READWRITE);
    if (!src.ok())
        return SqlErrors::fromSqliteCode(src.rc(), src.errmsg(), tr("opening the database for backup"));
    return copyFromConnection(src.get(), outFile);
}

Status Backup::copyFile(const QString &from, const QString &to)
{
    QFile in(from);
    QSaveFile out(to);
    if (!in.open(QIODevice::ReadOnly))
        return Status::failure(ErrorCode::Io, tr("%1 cannot be read.").arg(QDir::toNativeSeparators(from)));
    if (!out.open(QIODevice::WriteOnly))
        return Status::failure(ErrorCode::ReadOnly, tr("%1 cannot be written.").arg(QDir::toNativeSeparators(to)));
    // Qt 6.4's QSaveFile can report a short write on a full disk without an error and then
    // commit a truncated file: check the space first and every write's count.
    const QStorageInfo target(QFileInfo(to).absolutePath());
    if (target.isValid() && target.bytesAvailable() >= 0 && target.bytesAvailable() < in.size()) {
        out.cancelWriting();
        return Status::failure(ErrorCode::DiskFull, SqlErrors::diskFullMessage());
    }
    bool shortWrite = false;
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
            shortWrite = true;
            out.cancelWriting();
            break;
        }
    }
    if (shortWrite) {
        out.commit();  // cancelled: removes the temporary file, leaves the target untouched
        const bool full = QStorageInfo(QFileInfo(to).absolutePath()).bytesAvailable() < (1 << 20);
        return Status::failure(full ? ErrorCode::DiskFull : ErrorCode::Io,
                               full ? SqlErrors::diskFullMessage()
                                    : tr("%1 could not be written completely.").arg(QDir::toNativeSeparators(to)));
    }
    if (!out.commit()) {
        const bool full = out.error() == QFileDevice::ResourceError;
        return Status::failure(full ? ErrorCode::DiskFull : ErrorCode::Io,
                               full ? SqlErrors::diskFullMessage()
                                    : tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(to), out.errorString()));
    }
    return {};
}

Result<QString> Backup::snapshot(const Database &db, const QString &dir, Kind kind)
{
    return snapshot(db.path(), dir, kind);
}

Result<QString> Backup::snapshot(const QString &dbPath, const QString &dir, Kind kind)
{
    const QString stamp = Clock::nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString base = QFileInfo(dbPath).completeBaseName();
    QString out = QDir(dir).filePath(QStringLiteral("%1-%2-%3%4").arg(base, stamp, kindName(kind), suffix()));
    for (int n = 2; QFile::exists(out); ++n)  // two backups within one second
        out = QDir(dir).filePath(QStringLiteral("%1-%2-%3-%4%5").arg(base, stamp, kindName(kind)).arg(n).arg(suffix()));
    if (Status s = copyTo(dbPath, out); !s.ok())
        return s.error();
    return out;
}

QList<BackupInfo> Backup::list(const QString &dir, const QString &dbPath)
{
    QList<BackupInfo> out;
    const QString base = QFileInfo(dbPath).completeBaseName();
    const QFileInfoList files = QDir(dir).entryInfoList({QStringLiteral("*") + suffix()}, QDir::Files);
    for (const QFileInfo &f : files) {
        const QRegularExpressionMatch m = backupNamePattern().match(f.fileName());
        if (!m.hasMatch() || m.captured(1) != base)
            continue;
        BackupInfo info;
        info.path = f.absoluteFilePath();
        info.kind = m.captured(3);
        info.created = QDateTime::fromString(m.captured(2), QStringLiteral("yyyyMMdd-HHmmss"));
        info.created.setTimeZone(QTimeZone::utc());
        info.size = f.size();
        out << info;
    }
    std::sort(out.begin(), out.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.created != b.created ? a.created > b.created : a.path > b.path;
    });
    return out;
}

int Backup::rotate(const QString &dir, const QString &dbPath, Kind kind, int keep)
{
    int removed = 0;
    int kept = 0;
    for (const BackupInfo &b : list(dir, dbPath)) {
        if (b.kind != kindName(kind))
            continue;
        if (kept < keep) {
            ++kept;
            continue;
        }
        if (QFile::remove(b.path))
            ++removed;
    }
    return removed;
}

qint64 Backup::ageOfNewest(const QString &dir, const QString &dbPath, Kind kind)
{
    for (const BackupInfo &b : list(dir, dbPath)) {
        if (b.kind == kindName(kind))
            return b.created.secsTo(Clock::nowUtc());
    }
    return -1;
}

Result<BackupInfo> Backup::inspect(const QString &file)
{
    const DbFileInfo probe = Database::probe(file);
    if (!probe.exists)
        return Result<BackupInfo>::failure(ErrorCode::NotFound,
                                           tr("There is no backup file at %1.").arg(QDir::toNativeSeparators(file)));
    if (!probe.isSqlite || !probe.isSifaDesk)
        return Result<BackupInfo>::failure(ErrorCode::NotSifaDatabase,
                                           tr("%1 is not a SifaDesk backup.").arg(QDir::toNativeSeparators(file)));
    BackupInfo info;
    info.path = QFileInfo(file).absoluteFilePath();
    info.size = probe.size;
    info.schemaVersion = probe.schemaVersion;
    const QRegularExpressionMatch m = backupNamePattern().match(QFileInfo(file).fileName());
    if (m.hasMatch()) {
        info.kind = m.captured(3);
        info.created = QDateTime::fromString(m.captured(2), QStringLiteral("yyyyMMdd-HHmmss"));
        info.created.setTimeZone(QTimeZone::utc());
    }
    RawDb db(file, SQLITE_OPEN_READONLY);
    if (!db.ok())
        return SqlErrors::fromSqliteCode(db.rc(), db.errmsg(), tr("reading the backup"));
    Result<QStringList> check = db.column("PRAGMA integrity_check", tr("checking the backup"));
    if (!check)
        return check.error();
    if (check->size() != 1 || check->first() != QLatin1String("ok")) {
        return Result<BackupInfo>::failure(ErrorCode::Damaged,
                                           tr("The backup %1 is damaged (%2). Choose another backup.")
                                               .arg(QDir::toNativeSeparators(file), check->value(0)));
    }
    Result<QStringList> code = db.column("SELECT value FROM meta WHERE key = 'office_code'", QString());
    Result<QStringList> name = db.column("SELECT value FROM meta WHERE key = 'office_name'", QString());
    if (code && !code->isEmpty())
        info.officeCode = code->first();
    if (name && !name->isEmpty())
        info.officeName = name->first();
    return info;
}

Status Backup::replaceDatabase(const QString &dbPath, const QString &backupFile, const QString &safetyFile,
                               QString *safetyWritten)
{
    const QString doing = tr("restoring the backup");
    RawDb src(backupFile, SQLITE_OPEN_READONLY);
    if (!src.ok())
        return SqlErrors::fromSqliteCode(src.rc(), src.errmsg(), doing);

    if (!QFile::exists(dbPath)) {
        // Nothing to keep; leftovers of an old write-ahead log must not be replayed into it.
        QFile::remove(dbPath + QStringLiteral("-wal"));
        QFile::remove(dbPath + QStringLiteral("-shm"));
        RawDb dst(dbPath, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        if (!dst.ok())
            return SqlErrors::fromSqliteCode(dst.rc(), dst.errmsg(), doing);
        return runBackup(dst.get(), src.get(), doing);
    }

    // Hold the database exclusively from the safety copy to the end of the copy-in, so nothing
    // another program writes can fall between the two. SQLite refuses the lock while any other
    // connection has the database open.
    RawDb live(dbPath, SQLITE_OPEN_READWRITE);
    if (!live.ok())
        return SqlErrors::fromSqliteCode(live.rc(), live.errmsg(), doing);
    sqlite3_busy_timeout(live.get(), 2000);
    Result<QStringList> mode = live.column("PRAGMA locking_mode = EXCLUSIVE", doing);
    int rc = mode ? sqlite3_exec(live.get(), "BEGIN EXCLUSIVE; COMMIT;", nullptr, nullptr, nullptr) : SQLITE_ERROR;
    if (rc != SQLITE_OK) {
        return Status::failure(ErrorCode::Busy,
                               tr("The database is open in SifaDesk or another program. Close it everywhere, then "
                                  "restore again; nothing was changed."));
    }
    Status safety = copyFromConnection(live.get(), safetyFile);
    if (!safety.ok()) {
        // A damaged database may not go through the backup API: keep its bytes instead.
        safety = copyFile(dbPath, safetyFile);
        if (safety.ok() && QFile::exists(dbPath + QStringLiteral("-wal")))
            safety = copyFile(dbPath + QStringLiteral("-wal"), safetyFile + QStringLiteral("-wal"));
        if (!safety.ok()) {
            return Status::failure(safety.code(), tr("The current database could not be kept as a safety copy, so "
                                                     "nothing was restored: %1")
                                                      .arg(safety.message()));
        }
    }
    if (safetyWritten)
        *safetyWritten = safetyFile;
    return runBackup(live.get(), src.get(), doing);
}

}  // namespace sifa
