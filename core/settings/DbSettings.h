#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

namespace sifa {

class Database;
struct Session;

// One office-wide setting kept in the database: its key, type, default and bounds.
struct SettingDef {
    enum class Type { Int, Bool, Text };
    QString key;
    Type type;
    QVariant defaultValue;
    int min = 0;
    int max = 0;
};

// A typed handle on a SettingDef, so call sites cannot read an int setting as text.
template <typename T>
struct SettingKey {
    const SettingDef &def;
};

// The one registry of office-wide settings (KeePassXC's Config idea): every key, its type and
// its default live here and nowhere else.
class DbSettings {
    Q_DECLARE_TR_FUNCTIONS(DbSettings)
public:
    static const SettingKey<int> MaxFailedSignIns;
    static const SettingKey<int> LockoutMinutes;
    static const SettingKey<int> IdleLockMinutes;
    static const SettingKey<int> MinPasswordLength;
    static const SettingKey<QString> BackupDirectory;  // empty: "backups" beside the database
    static const SettingKey<int> BackupKeepDaily;
    static const SettingKey<int> BackupKeepOnExit;
    static const SettingKey<bool> BackupOnExit;
    static const SettingKey<QString> OfficeAbbreviation;  // the X in （2025）X人调字第N号
    // The county correction agency named on the 社区矫正 forms; empty: "<county>社区矫正管理局"
    // (Office::countyCorrectionAgency).
    static const SettingKey<QString> CountyCorrectionAgency;

    static const QList<const SettingDef *> &all();
    static const SettingDef *find(const QString &key);
    static QString label(const SettingDef &def);  // translated, for the settings page

    static QVariant value(const Database &db, const SettingDef &def);
    static int get(const Database &db, const SettingKey<int> &key) { return value(db, key.def).toInt(); }
    static bool get(const Database &db, const SettingKey<bool> &key) { return value(db, key.def).toBool(); }
    static QString get(const Database &db, const SettingKey<QString> &key) { return value(db, key.def).toString(); }

    // Validates against the definition, checks SettingsManage and audits the change.
    static Status set(Database &db, const Session &session, const SettingDef &def, const QVariant &value);
    // Without a session: used while a database is being set up.
    static Status setInitial(Database &db, const SettingDef &def, const QVariant &value);

    // Free-form keys used by modules with their own registries (numbering patterns).
    static QString rawValue(const Database &db, const QString &key, const QString &fallback);
    static Status setRaw(Database &db, const Session &session, const QString &key, const QString &value);

    static Result<QVariant> validate(const SettingDef &def, const QVariant &value);
};

}  // namespace sifa
