#pragma once

#include "security/Actor.h"
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
    static Result<CheckReport> check(Database &db, bool rebuildCompare);

    static QString backupDirectory(const Database &db);

    // A backup to a chosen file (manual).
    static Status backupTo(Database &db, const Actor &actor, const QString &outFile);
    // A rotated backup in the backup folder, if one of this kind is due; returns its path or "".
    static Result<QString> dailyBackupIfDue(Database &db, const Actor &actor);
    static Result<QString> backupOnExit(Database &db, const Actor &actor);
    // Records a backup made elsewhere (e.g. on a worker thread) in the audit trail.
    static Status recordBackup(Database &db, const Actor &actor, const QString &file, Backup::Kind kind);

    // Replaces the database at `dbPath` with `backupFile`. The caller must have closed its own
    // connection. The backup is verified first, the current database kept as a safety copy,
    // the restored database migrated if it is older, its incarnation raised, and the restore
    // audited in it.
    static Result<RestoreReport> restore(const QString &dbPath, const QString &backupFile, const Actor &actor);
};

}  // namespace sifa
