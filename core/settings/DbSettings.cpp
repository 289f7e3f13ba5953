#include "settings/DbSettings.h"

#include "security/AuditLog.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "util/Time.h"

namespace sifa {

namespace {

using T = SettingDef::Type;

const SettingDef kMaxFailed{QStringLiteral("security.max_failed_sign_ins"), T::Int, 5, 3, 20};
const SettingDef kLockout{QStringLiteral("security.lockout_minutes"), T::Int, 15, 1, 1440};
const SettingDef kIdle{QStringLiteral("security.idle_lock_minutes"), T::Int, 10, 1, 240};
const SettingDef kMinPw{QStringLiteral("security.min_password_length"), T::Int, 8, 6, 64};
const SettingDef kBackupDir{QStringLiteral("backup.directory"), T::Text, QString(), 0, 0};
const SettingDef kKeepDaily{QStringLiteral("backup.keep_daily"), T::Int, 14, 1, 365};
const SettingDef kKeepExit{QStringLiteral("backup.keep_on_exit"), T::Int, 5, 1, 100};
const SettingDef kOnExit{QStringLiteral("backup.on_exit"), T::Bool, true, 0, 0};
const SettingDef kAbbrev{QStringLiteral("office.abbreviation"), T::Text, QString(), 0, 0};
const SettingDef kCountyAgency{QStringLiteral("correction.county_agency"), T::Text, QString(), 0, 0};

Result<QVariant> readRaw(const Database &db, const QString &key)
{
    return Query::scalar(db, QStringLiteral("SELECT value FROM setting WHERE key = :k"),
                         {{QStringLiteral(":k"), key}}, QString());
}

Status writeRaw(Database &db, const QString &key, const QString &value, const QString &by)
{
    Query q(db, QStringLiteral("INSERT INTO setting(key, value, updated_at, updated_by) VALUES (:k, :v, :t, :b) "
                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value, "
                               "updated_at = excluded.updated_at, updated_by = excluded.updated_by"));
    q.bind(QStringLiteral(":k"), key)
        .bind(QStringLiteral(":v"), value)
        .bind(QStringLiteral(":t"), nowTimestamp())
        .bind(QStringLiteral(":b"), by);
    return q.exec(DbSettings::tr("saving a setting"));
}

QString toText(const SettingDef &def, const QVariant &v)
{
    if (def.type == T::Bool)
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

}  // namespace

const SettingKey<int> DbSettings::MaxFailedSignIns{kMaxFailed};
const SettingKey<int> DbSettings::LockoutMinutes{kLockout};
const SettingKey<int> DbSettings::IdleLockMinutes{kIdle};
const SettingKey<int> DbSettings::MinPasswordLength{kMinPw};
const SettingKey<QString> DbSettings::BackupDirectory{kBackupDir};
const SettingKey<int> DbSettings::BackupKeepDaily{kKeepDaily};
const SettingKey<int> DbSettings::BackupKeepOnExit{kKeepExit};
const SettingKey<bool> DbSettings::BackupOnExit{kOnExit};
const SettingKey<QString> DbSettings::OfficeAbbreviation{kAbbrev};
const SettingKey<QString> DbSettings::CountyCorrectionAgency{kCountyAgency};

const QList<const SettingDef *> &DbSettings::all()
{
    static const QList<const SettingDef *> list{&kAbbrev,  &kCountyAgency, &kMaxFailed, &kLockout, &kIdle,
                                                &kMinPw,   &kBackupDir,    &kKeepDaily, &kKeepExit, &kOnExit};
    return list;
}

const SettingDef *DbSettings::find(const QString &key)
{
    for (const SettingDef *d : all()) {
        if (d->key == key)
            return d;
    }
    return nullptr;
}

QString DbSettings::label(const SettingDef &def)
{
    if (&def == &kMaxFailed) return tr("Failed sign-ins before an account is locked");
    if (&def == &kLockout) return tr("Minutes an account stays locked");
    if (&def == &kIdle) return tr("Lock the screen after this many idle minutes");
    if (&def == &kMinPw) return tr("Minimum password length");
    if (&def == &kBackupDir) return tr("Backup folder (empty: \"backups\" beside the database)");
    if (&def == &kKeepDaily) return tr("Daily backups to keep");
    if (&def == &kKeepExit) return tr("Backups made on exit to keep");
    if (&def == &kOnExit) return tr("Back up when the program closes");
    if (&def == &kAbbrev) return tr("Office abbreviation used in document numbers");
    //: Empty, the forms name the county's bureau: 象山县社区矫正管理局
    if (&def == &kCountyAgency)
        return tr("County correction agency on the correction forms (empty: named after the county)");
    return def.key;
}

Result<QVariant> DbSettings::validate(const SettingDef &def, const QVariant &value)
{
    switch (def.type) {
    case T::Int: {
        bool ok = false;
        const int n = value.toString().trimmed().toInt(&ok);
        if (!ok || n < def.min || n > def.max) {
            return Result<QVariant>::failure(ErrorCode::InvalidInput,
                                             tr("%1 must be a whole number from %2 to %3.")
                                                 .arg(label(def)).arg(def.min).arg(def.max),
                                             def.key);
        }
        return QVariant(n);
    }
    case T::Bool: {
        const QString s = value.toString().trimmed().toLower();
        if (value.metaType().id() == QMetaType::Bool)
            return QVariant(value.toBool());
        if (s == QLatin1String("true") || s == QLatin1String("1") || s == QLatin1String("yes"))
            return QVariant(true);
        if (s == QLatin1String("false") || s == QLatin1String("0") || s == QLatin1String("no"))
            return QVariant(false);
        return Result<QVariant>::failure(ErrorCode::InvalidInput,
                                         tr("%1 must be true or false.").arg(label(def)), def.key);
    }
    case T::Text:
        if (value.toString().size() > 500) {
            return Result<QVariant>::failure(ErrorCode::InvalidInput,
                                             tr("%1 is too long.").arg(label(def)), def.key);
        }
        return QVariant(value.toString().trimmed());
    }
    return value;
}

QVariant DbSettings::value(const Database &db, const SettingDef &def)
{
    Result<QVariant> raw = readRaw(db, def.key);
    if (!raw || raw->isNull())
        return def.defaultValue;
    Result<QVariant> v = validate(def, *raw);
    return v ? *v : def.defaultValue;
}

Status DbSettings::set(Database &db, const Session &session, const SettingDef &def, const QVariant &value)
{
    if (Status s = requirePermission(db, session, Permission::SettingsManage); !s.ok())
        return s;
    Result<QVariant> v = validate(def, value);
    if (!v)
        return v.status();
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    if (Status s = writeRaw(db, def.key, toText(def, *v), session.username); !s.ok())
        return s;
    if (Status s = AuditLog::append(db, session.actor(), QStringLiteral("settings.change"), QStringLiteral("setting"),
                                    def.key);
        !s.ok())
        return s;
    return tx.commit();
}

Status DbSettings::setInitial(Database &db, const SettingDef &def, const QVariant &value)
{
    Result<QVariant> v = validate(def, value);
    if (!v)
        return v.status();
    return writeRaw(db, def.key, toText(def, *v), QStringLiteral("system"));
}

QString DbSettings::rawValue(const Database &db, const QString &key, const QString &fallback)
{
    Result<QVariant> raw = readRaw(db, key);
    return raw && !raw->isNull() ? raw->toString() : fallback;
}

Status DbSettings::setRaw(Database &db, const Session &session, const QString &key, const QString &value)
{
    if (Status s = requirePermission(db, session, Permission::SettingsManage); !s.ok())
        return s;
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    if (Status s = writeRaw(db, key, value, session.username); !s.ok())
        return s;
    if (Status s = AuditLog::append(db, session.actor(), QStringLiteral("settings.change"), QStringLiteral("setting"), key);
        !s.ok())
        return s;
    return tx.commit();
}

}  // namespace sifa
