#include "security/Roles.h"

namespace sifa {

const QList<Role> &Roles::all()
{
    static const QList<Role> list{Role::Head,  Role::Mediator, Role::Correction, Role::Placement,
                                  Role::Clerk, Role::Admin,    Role::Auditor};
    return list;
}

QString Roles::id(Role role)
{
    switch (role) {
    case Role::Head: return QStringLiteral("head");
    case Role::Mediator: return QStringLiteral("mediator");
    case Role::Correction: return QStringLiteral("correction");
    case Role::Placement: return QStringLiteral("placement");
    case Role::Clerk: return QStringLiteral("clerk");
    case Role::Admin: return QStringLiteral("admin");
    case Role::Auditor: return QStringLiteral("auditor");
    }
    return QString();
}

std::optional<Role> Roles::fromId(const QString &id)
{
    for (Role r : all()) {
        if (Roles::id(r) == id)
            return r;
    }
    return std::nullopt;
}

QString Roles::displayName(Role role)
{
    switch (role) {
    case Role::Head: return tr("Office head");
    case Role::Mediator: return tr("People's mediator");
    case Role::Correction: return tr("Community correction officer");
    case Role::Placement: return tr("Resettlement officer");
    case Role::Clerk: return tr("Clerk");
    case Role::Admin: return tr("Administrator");
    case Role::Auditor: return tr("Auditor");
    }
    return QString();
}

const QList<Permission> &Permissions::all()
{
    static const QList<Permission> list{
        Permission::PeopleRead,       Permission::PeopleWrite,      Permission::MediationRead,
        Permission::MediationWrite,   Permission::CorrectionRead,   Permission::CorrectionWrite,   Permission::CorrectionMinors,
        Permission::PlacementRead,    Permission::PlacementWrite,   Permission::ReportsMediation,
        Permission::ReportsCorrection, Permission::ReportsPlacement, Permission::ExchangeRun,
        Permission::UsersManage,      Permission::SettingsManage,   Permission::BackupRun,
        Permission::BackupRestore,    Permission::MaintenanceCheck, Permission::AuditRead,
        Permission::SyncKeys,
    };
    return list;
}

QString Permissions::id(Permission p)
{
    switch (p) {
    case Permission::PeopleRead: return QStringLiteral("people.read");
    case Permission::PeopleWrite: return QStringLiteral("people.write");
    case Permission::MediationRead: return QStringLiteral("mediation.read");
    case Permission::MediationWrite: return QStringLiteral("mediation.write");
    case Permission::CorrectionRead: return QStringLiteral("correction.read");
    case Permission::CorrectionWrite: return QStringLiteral("correction.write");
    case Permission::CorrectionMinors: return QStringLiteral("correction.minors");
    case Permission::PlacementRead: return QStringLiteral("placement.read");
    case Permission::PlacementWrite: return QStringLiteral("placement.write");
    case Permission::ReportsMediation: return QStringLiteral("reports.mediation");
    case Permission::ReportsCorrection: return QStringLiteral("reports.correction");
    case Permission::ReportsPlacement: return QStringLiteral("reports.placement");
    case Permission::ExchangeRun: return QStringLiteral("exchange.run");
    case Permission::UsersManage: return QStringLiteral("users.manage");
    case Permission::SettingsManage: return QStringLiteral("settings.manage");
    case Permission::BackupRun: return QStringLiteral("backup.run");
    case Permission::BackupRestore: return QStringLiteral("backup.restore");
    case Permission::MaintenanceCheck: return QStringLiteral("maintenance.check");
    case Permission::AuditRead: return QStringLiteral("audit.read");
    case Permission::SyncKeys: return QStringLiteral("sync.keys");
    }
    return QString();
}

std::optional<Permission> Permissions::fromId(const QString &id)
{
    for (Permission p : all()) {
        if (Permissions::id(p) == id)
            return p;
    }
    return std::nullopt;
}

QString Permissions::description(Permission p)
{
    switch (p) {
    case Permission::PeopleRead: return tr("read the people index");
    case Permission::PeopleWrite: return tr("change the people index");
    case Permission::MediationRead: return tr("read mediation cases");
    case Permission::MediationWrite: return tr("change mediation cases");
    case Permission::CorrectionRead: return tr("read community correction files");
    case Permission::CorrectionWrite: return tr("change community correction files");
    case Permission::CorrectionMinors: return tr("read the correction files of minors");
    case Permission::PlacementRead: return tr("read resettlement files");
    case Permission::PlacementWrite: return tr("change resettlement files");
    case Permission::ReportsMediation: return tr("run mediation statistics");
    case Permission::ReportsCorrection: return tr("run community correction statistics");
    case Permission::ReportsPlacement: return tr("run resettlement statistics");
    case Permission::ExchangeRun: return tr("exchange data with the county bureau");
    case Permission::UsersManage: return tr("manage user accounts");
    case Permission::SettingsManage: return tr("change office settings");
    case Permission::BackupRun: return tr("make backups");
    case Permission::BackupRestore: return tr("restore backups");
    case Permission::MaintenanceCheck: return tr("run database checks");
    case Permission::AuditRead: return tr("read the audit trail");
    case Permission::SyncKeys: return tr("use the office's keys and trust other offices' keys");
    }
    return QString();
}

bool Permissions::allows(Role role, Permission p)
{
    using P = Permission;
    switch (role) {
    case Role::Head:
        // Reads and writes every module, runs every report and exchange; does not manage
        // accounts, settings or the audit trail.
        switch (p) {
        case P::UsersManage: case P::SettingsManage: case P::BackupRestore:
        case P::MaintenanceCheck: case P::AuditRead:
            return false;
        default:
            return true;
        }
    case Role::Mediator:
        return p == P::PeopleRead || p == P::PeopleWrite || p == P::MediationRead
            || p == P::MediationWrite || p == P::ReportsMediation;
    case Role::Correction:
        return p == P::PeopleRead || p == P::PeopleWrite || p == P::CorrectionRead
            || p == P::CorrectionWrite || p == P::CorrectionMinors || p == P::ReportsCorrection;
    case Role::Placement:
        return p == P::PeopleRead || p == P::PeopleWrite || p == P::PlacementRead
            || p == P::PlacementWrite || p == P::ReportsPlacement;
    case Role::Clerk:
        // Registers disputes, keeps the people index, prints and sends the office's data (in
        // bundles encrypted to the county); never sees correction or resettlement files, so no
        // backups either: a backup is a readable copy of every file.
        return p == P::PeopleRead || p == P::PeopleWrite || p == P::MediationRead
            || p == P::MediationWrite || p == P::ReportsMediation || p == P::ExchangeRun;
    case Role::Admin:
        // Accounts, settings, backups and checks; no case files and no personal data. Holds the
        // office's keys with the head (a township without a head on duty can still sign bundles).
        return p == P::UsersManage || p == P::SettingsManage || p == P::BackupRun
            || p == P::BackupRestore || p == P::MaintenanceCheck || p == P::SyncKeys;
    case Role::Auditor:
        return p == P::AuditRead;
    }
    return false;
}

}  // namespace sifa
