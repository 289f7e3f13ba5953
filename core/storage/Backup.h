#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sifa {

class Database;

struct BackupInfo {
    QString path;
    QString kind;           // manual, daily, exit, pre-migration, pre-restore
    QDateTime created;      // from the file name (UTC)
    qint64 size = 0;
    int schemaVersion = 0;
    QString officeCode;
    QString officeName;
};

// Copies of an office database made with SQLite's online backup API (safe while the
// application is writing), verified with integrity_check, and written through QSaveFile so a
// backup file is either complete or absent.
class Backup {
    Q_DECLARE_TR_FUNCTIONS(Backup)
public:
    enum class Kind { Manual, Daily, OnExit, PreMigration, PreRestore };

    static QString kindName(Kind kind);
    static QString defaultDirectory(const QString &dbPath);
    static QString suffix() { return QStringLiteral(".sifabak"); }

    // Copies the database at `dbPath` to `outFile` (overwriting it only once the copy is
    // verified).
    static Status copyTo(const QString &dbPath, const QString &outFile);

    // A named, rotated copy in `dir`: <db>-<yyyyMMdd-HHmmss>-<kind>.sifabak. Returns the path.
    static Result<QString> snapshot(const Database &db, const QString &dir, Kind kind);
    static Result<QString> snapshot(const QString &dbPath, const QString &dir, Kind kind);

    // Keeps the newest `keep` backups of `kind` in `dir`; returns how many were removed.
    static int rotate(const QString &dir, const QString &dbPath, Kind kind, int keep);

    // Opens a backup read-only, runs integrity_check and reads what it holds.
    static Result<BackupInfo> inspect(const QString &file);

    // Backups of `dbPath` found in `dir`, newest first (not verified; see inspect()).
    static QList<BackupInfo> list(const QString &dir, const QString &dbPath);

    // Replaces the content of the database at `dbPath` with `backupFile` through the backup
    // API. An existing database is first copied to `safetyFile` (its raw bytes if it is too
    // damaged for the backup API), under one exclusive lock held to the end of the copy-in; the
    // restore is refused (Busy) while any other connection has the database open.
    static Status replaceDatabase(const QString &dbPath, const QString &backupFile, const QString &safetyFile,
                                  QString *safetyWritten);

    // Copies a file through QSaveFile: the target is complete or untouched.
    static Status copyFile(const QString &from, const QString &to);

    // Seconds since the newest backup of `kind` (any kind if `anyKind`), or -1 if none.
    static qint64 ageOfNewest(const QString &dir, const QString &dbPath, Kind kind);
};

}  // namespace sifa
