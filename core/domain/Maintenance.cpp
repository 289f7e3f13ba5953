#include "domain/Maintenance.h"

#include "settings/DbSettings.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/Transaction.h"
#include "sync/Replica.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sifa {

Result<CheckReport> Maintenance::check(Database &db, bool rebuildCompare)
{
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
    return report;
}

QString Maintenance::backupDirectory(const Database &db)
{
    const QString configured = DbSettings::get(db, DbSettings::BackupDirectory);
    return configured.isEmpty() ? Backup::defaultDirectory(db.path()) : configured;
}

Status Maintenance::recordBackup(Database &db, const Actor &actor, const QString &file, Backup::Kind kind)
{
    return AuditLog::append(db, actor, QStringLiteral("backup.create"), QStringLiteral("backup"),
                            QFileInfo(file).fileName(), Backup::kindName(kind));
}

Status Maintenance::backupTo(Database &db, const Actor &actor, const QString &outFile)
{
    if (QFileInfo(outFile).absoluteFilePath() == QFileInfo(db.path()).absoluteFilePath())
        return Status::failure(ErrorCode::InvalidInput, tr("A backup cannot overwrite the database itself."));
    if (Status s = Backup::copyTo(db.path(), outFile); !s.ok())
        return s;
    return recordBackup(db, actor, outFile, Backup::Kind::Manual);
}

Result<QString> Maintenance::dailyBackupIfDue(Database &db, const Actor &actor)
{
    const QString dir = backupDirectory(db);
    const qint64 age = Backup::ageOfNewest(dir, db.path(), Backup::Kind::Daily);
    if (age >= 0 && age < 20 * 3600)
        return QString();
    Result<QString> file = Backup::snapshot(db, dir, Backup::Kind::Daily);
    if (!file)
        return file;
    Backup::rotate(dir, db.path(), Backup::Kind::Daily, DbSettings::get(db, DbSettings::BackupKeepDaily));
    if (Status s = recordBackup(db, actor, *file, Backup::Kind::Daily); !s.ok())
        return s.error();
    return file;
}

Result<QString> Maintenance::backupOnExit(Database &db, const Actor &actor)
{
    if (!DbSettings::get(db, DbSettings::BackupOnExit))
        return QString();
    const QString dir = backupDirectory(db);
    Result<QString> file = Backup::snapshot(db, dir, Backup::Kind::OnExit);
    if (!file)
        return file;
    Backup::rotate(dir, db.path(), Backup::Kind::OnExit, DbSettings::get(db, DbSettings::BackupKeepOnExit));
    if (Status s = recordBackup(db, actor, *file, Backup::Kind::OnExit); !s.ok())
        return s.error();
    return file;
}

Result<RestoreReport> Maintenance::restore(const QString &dbPath, const QString &backupFile, const Actor &actor)
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

    const DbFileInfo current = Database::probe(dbPath);
    if (current.exists) {
        if (!current.isSifaDesk) {
            return Result<RestoreReport>::failure(
                ErrorCode::NotSifaDatabase,
                tr("%1 is not a SifaDesk database; it was not replaced.").arg(QDir::toNativeSeparators(dbPath)));
        }
        QString safetyDir = Backup::defaultDirectory(dbPath);
        {
            // Read what the database being replaced knows, if it still opens.
            Result<std::unique_ptr<Database>> open = Database::open(dbPath, Database::OpenOptions{false, {}});
            if (open) {
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
        // Keep the database being replaced, whatever state it is in.
        Result<QString> safety = Backup::snapshot(dbPath, safetyDir, Backup::Kind::PreRestore);
        if (!safety) {
            // A damaged database cannot go through the backup API: keep its bytes instead.
            const QString raw = QDir(safetyDir).filePath(QFileInfo(dbPath).completeBaseName()
                                                         + QStringLiteral("-damaged-copy.sqlite"));
            QDir().mkpath(safetyDir);
            QFile::remove(raw);
            if (!QFile::copy(dbPath, raw)) {
                return Result<RestoreReport>::failure(
                    safety.code(), tr("The current database could not be kept as a safety copy, so nothing was "
                                      "restored: %1").arg(safety.message()));
            }
            report.safetyCopy = raw;
        } else {
            report.safetyCopy = *safety;
        }
        if (Status s = Backup::copyInto(backupFile, dbPath); !s.ok())
            return s.error();
    } else {
        if (!QDir().mkpath(QFileInfo(dbPath).absolutePath()))
            return Result<RestoreReport>::failure(ErrorCode::ReadOnly, tr("The folder for the database cannot be created."));
        if (Status s = Backup::copyInto(backupFile, dbPath); !s.ok())
            return s.error();
    }

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
    if (Status s = AuditLog::append(**db, actor, QStringLiteral("backup.restore"), QStringLiteral("backup"),
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
