#include "domain/Maintenance.h"

#include "settings/DbSettings.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/Transaction.h"
#include "sync/Replica.h"
#include "util/Time.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sifa {

namespace {

constexpr qint64 kDailyInterval = 20 * 3600;  // "once a day", whatever time the office opens

int keepFor(const Database &db, Backup::Kind kind)
{
    switch (kind) {
    case Backup::Kind::Daily: return DbSettings::get(db, DbSettings::BackupKeepDaily);
    case Backup::Kind::OnExit: return DbSettings::get(db, DbSettings::BackupKeepOnExit);
    default: return 20;  // manual, pre-migration and pre-restore copies
    }
}

}  // namespace

Result<CheckReport> Maintenance::check(Database &db, const Access &access, bool rebuildCompare)
{
    if (Status s = access.require(db, Permission::MaintenanceCheck); !s.ok())
        return s.error();
    CheckReport report;
    Result<QStringList> integrity = db.integrityCheck();
    if (!integrity)
        return integrity.error();
    report.integrity = *integrity;
    Result<QStringList> fk = db.foreignKeyCheck();
    if (!fk)
        return fk.error();
    report.foreignKeys = *fk;
    Result<AuditVerification> audit = AuditLog::verify(db);
    if (!audit)
        return audit.error();
    report.audit = *audit;
    report.journalMode = db.journalMode().toLower();
    if (rebuildCompare) {
        Result<RebuildReport> rebuild = RebuildCompare::run(db);
        if (!rebuild)
            return rebuild.error();
        report.rebuild = *rebuild;
    }
    // Recorded after the verification, so the check does not judge its own record.
    if (report.integrity.isEmpty()) {
        (void)AuditLog::append(db, access.actor(), QStringLiteral("maintenance.check"), QString(), QString(),
                               report.ok() ? QStringLiteral("ok") : QStringLiteral("problems"));
    }
    return report;
}

QString Maintenance::backupDirectory(const Database &db)
{
    const QString configured = DbSettings::get(db, DbSettings::BackupDirectory);
    return configured.isEmpty() ? Backup::defaultDirectory(db.path()) : configured;
}

Status Maintenance::finishBackup(Database &db, const Access &access, const QString &file, Backup::Kind kind)
{
    Backup::rotate(backupDirectory(db), db.path(), kind, keepFor(db, kind));
    return AuditLog::append(db, access.actor(), QStringLiteral("backup.create"), QStringLiteral("backup"),
                            QFileInfo(file).fileName(), Backup::kindName(kind));
}

Status Maintenance::backupTo(Database &db, const Access &access, const QString &outFile)
{
    if (Status s = access.require(db, Permission::BackupRun); !s.ok())
        return s;
    if (QFileInfo(outFile).absoluteFilePath() == QFileInfo(db.path()).absoluteFilePath())
        return Status::failure(ErrorCode::InvalidInput, tr("A backup cannot overwrite the database itself."));
    if (Status s = Backup::copyTo(db.path(), outFile); !s.ok())
        return s;
    return AuditLog::append(db, access.actor(), QStringLiteral("backup.create"), QStringLiteral("backup"),
                            QFileInfo(outFile).fileName(), Backup::kindName(Backup::Kind::Manual));
}

Result<QString> Maintenance::backupNow(Database &db, const Access &access)
{
    if (Status s = access.require(db, Permission::BackupRun); !s.ok())
        return s.error();
    Result<QString> file = Backup::snapshot(db, backupDirectory(db), Backup::Kind::Manual);
    if (!file)
        return file;
    if (Status s = finishBackup(db, access, *file, Backup::Kind::Manual); !s.ok())
        return s.error();
    return file;
}

bool Maintenance::dailyBackupDue(const Database &db)
{
    const qint64 age = Backup::ageOfNewest(backupDirectory(db), db.path(), Backup::Kind::Daily);
    return age < 0 || age >= kDailyInterval;
}

Result<QString> Maintenance::dailyBackupIfDue(Database &db, const Access &access)
{
    if (!dailyBackupDue(db))
        return QString();
    Result<QString> file = Backup::snapshot(db, backupDirectory(db), Backup::Kind::Daily);
    if (!file)
        return file;
    if (Status s = finishBackup(db, access, *file, Backup::Kind::Daily); !s.ok())
        return s.error();
    return file;
}

Result<QString> Maintenance::backupOnExit(Database &db, const Access &access)
{
    if (!DbSettings::get(db, DbSettings::BackupOnExit))
        return QString();
    Result<QString> file = Backup::snapshot(db, backupDirectory(db), Backup::Kind::OnExit);
    if (!file)
        return file;
    if (Status s = finishBackup(db, access, *file, Backup::Kind::OnExit); !s.ok())
        return s.error();
    return file;
}

Result<RestoreReport> Maintenance::restore(const QString &dbPath, const QString &backupFile, const Access &access)
{
    Result<BackupInfo> info = Backup::inspect(backupFile);
    if (!info)
        return info.error();
    if (info->schemaVersion > Schema::kLatestVersion) {
        return Result<RestoreReport>::failure(
            ErrorCode::NewerSchema,
            tr("The backup was made by a newer version of SifaDesk (database version %1; this program reads up to "
               "%2). Install the newer SifaDesk to restore it.")
                .arg(info->schemaVersion)
                .arg(Schema::kLatestVersion));
    }
    RestoreReport report;
    report.restored = *info;
    int previousIncarnation = 0;
    QString safetyDir = Backup::defaultDirectory(dbPath);

    const DbFileInfo current = Database::probe(dbPath);
    if (current.exists && current.isSqlite && !current.isSifaDesk) {
        return Result<RestoreReport>::failure(
            ErrorCode::NotSifaDatabase,
            tr("%1 is another program's database; it was not replaced.").arg(QDir::toNativeSeparators(dbPath)));
    }
    if (current.exists && current.isSifaDesk) {
        // What the database being replaced knows, if it still opens: its office, its
        // incarnation, where its backups go, and whether this user may restore.
        Result<std::unique_ptr<Database>> open = Database::open(dbPath, Database::OpenOptions{false, {}});
        if (open) {
            if (Status s = access.require(**open, Permission::BackupRestore); !s.ok())
                return s.error();
            safetyDir = backupDirectory(**open);
            const QString code = (*open)->meta(QStringLiteral("office_code"));
            if (!info->officeCode.isEmpty() && !code.isEmpty() && code != info->officeCode) {
                return Result<RestoreReport>::failure(
                    ErrorCode::Conflict,
                    tr("The backup belongs to office %1 (%2), not to this office (%3). Nothing was changed.")
                        .arg(info->officeName, info->officeCode, code));
            }
            if (Result<ReplicaInfo> r = Replica::info(**open))
                previousIncarnation = r->incarnation;
        }
    }
    if (!QDir().mkpath(safetyDir) || !QDir().mkpath(QFileInfo(dbPath).absolutePath()))
        return Result<RestoreReport>::failure(ErrorCode::ReadOnly, tr("The folder for the database cannot be created."));
    const QString safety = QDir(safetyDir).filePath(
        QStringLiteral("%1-%2-%3%4")
            .arg(QFileInfo(dbPath).completeBaseName(), Clock::nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")),
                 Backup::kindName(Backup::Kind::PreRestore), Backup::suffix()));
    if (Status s = Backup::replaceDatabase(dbPath, backupFile, safety, &report.safetyCopy); !s.ok())
        return s.error();

    Result<std::unique_ptr<Database>> db = Database::open(dbPath);
    if (!db)
        return db.error();
    Result<QStringList> integrity = (*db)->integrityCheck();
    if (!integrity)
        return integrity.error();
    if (!integrity->isEmpty()) {
        return Result<RestoreReport>::failure(ErrorCode::Damaged,
                                              tr("The restored database failed its integrity check: %1")
                                                  .arg(integrity->first()));
    }
    Transaction tx(**db);
    if (!tx.ok())
        return tx.status().error();
    if (Status s = Replica::bumpIncarnation(**db, previousIncarnation); !s.ok())
        return s.error();
    if (Status s = AuditLog::append(**db, access.actor(), QStringLiteral("backup.restore"), QStringLiteral("backup"),
                                    QFileInfo(backupFile).fileName(),
                                    report.safetyCopy.isEmpty() ? QString()
                                                                : QStringLiteral("safety copy: ")
                                                                      + QFileInfo(report.safetyCopy).fileName());
        !s.ok())
        return s.error();
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    if (Result<ReplicaInfo> r = Replica::info(**db))
        report.incarnation = r->incarnation;
    return report;
}

}  // namespace sifa
