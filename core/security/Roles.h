#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace sifa {

enum class Role { Head, Mediator, Correction, Placement, Clerk, Admin, Auditor };

// Every operation the permission matrix decides. The GUI and the CLI ask the same question.
enum class Permission {
    PeopleRead,
    PeopleWrite,
    MediationRead,
    MediationWrite,
    CorrectionRead,
    CorrectionWrite,
    CorrectionMinors,  // minors' correction files (社区矫正法第五十四条: kept confidential)
    PlacementRead,
    PlacementWrite,
    ReportsMediation,
    ReportsCorrection,
    ReportsPlacement,
    ExchangeRun,
    UsersManage,
    SettingsManage,
    BackupRun,
    BackupRestore,
    MaintenanceCheck,
    AuditRead,
    SyncKeys,  // open the office's keys (hold them), trust and revoke other offices' keys
};

class Roles {
    Q_DECLARE_TR_FUNCTIONS(Roles)
public:
    static const QList<Role> &all();
    static QString id(Role role);                       // head, mediator, ... (CLI spelling)
    static std::optional<Role> fromId(const QString &id);
    static QString displayName(Role role);              // translated: 所长, 人民调解员, ...
};

class Permissions {
    Q_DECLARE_TR_FUNCTIONS(Permissions)
public:
    static const QList<Permission> &all();
    static QString id(Permission p);                    // people.read, mediation.write, ...
    static std::optional<Permission> fromId(const QString &id);
    static QString description(Permission p);           // translated, for messages
    static bool allows(Role role, Permission p);
};

}  // namespace sifa
