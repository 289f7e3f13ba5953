#pragma once

#include "security/Access.h"
#include "security/AuditLog.h"
#include "storage/Backup.h"
#include "sync/RebuildCompare.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace sifa {

class Database;

struct CheckReport {
    QStringList integrity;    // PRAGMA integrity_check problems
    QStringList foreignKeys;  // PRAGMA foreign_key_check problems
    AuditVerification audit;
    std::optional<RebuildReport> rebuild;
    QString journalMode;
    bool ok() const
    {
        return integrity.isEmpty() && foreignKeys.isEmpty() && audit.ok() && (!rebuild || rebuild->ok())
            && journalMode == QLatin1String("wal");
    }
};

struct RestoreReport {
    QString safetyCopy;   // where the replaced database was kept (empty if there was none)
    BackupInfo restored;
    int incarnation = 0;  // the restored database's new incarnation
};

// Checks, backups and restores as the administrator (GUI) and `sifa check|backup|restore` run
// them. Each is recorded in the audit trail.
class Maintenance {
    Q_DECLARE_TR_FUNCTIONS(Maintenance)
public:
    // MaintenanceCheck; recorded in the audit trail.
    static Result<CheckReport> check(Database &db, const Access &access, bool rebuildCompare);

    static QString backupDirectory(const Database &db);

    // BackupRun: a backup to a chosen file.
    static Status backupTo(Database &db, const Access &access, const QString &outFile);
    // BackupRun: a named backup in the backup folder (manual), rotated and recorded.
    static Result<QString> backupNow(Database &db, const Access &access);
    // Whether the daily backup is due (none in the last 20 hours).
    static bool dailyBackupDue(const Database &db);
    // The daily backup if it is due, made here; returns its path or "".
    static Result<QString> dailyBackupIfDue(Database &db, const Access &access);
    static Result<QString> backupOnExit(Database &db, const Access &access);
    // After a backup made elsewhere (e.g. on a worker thread): rotation and the audit record.
    static Status finishBackup(Database &db, const Access &access, const QString &file, Backup::Kind kind);

    // BackupRestore: replaces the database at `dbPath` with `backupFile`. The caller must have
    // closed its own connection; the restore is refused while any other program has the
    // database open. The backup is verified first, the current database kept as a safety copy
    // under the same lock as the copy-in, the restored database migrated if it is older, its
    // incarnation raised, and the restore audited in it.
    static Result<RestoreReport> restore(const QString &dbPath, const QString &backupFile, const Access &access);
};

}  // namespace sifa
