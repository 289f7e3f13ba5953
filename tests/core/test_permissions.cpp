#include "CatchCompat.h"
#include "TestSupport.h"

#include "people/PersonService.h"
#include "security/AuditLog.h"
#include "security/Roles.h"

#include <QProcess>

using namespace sifa;

namespace {

// The expected matrix, written out independently of the implementation:
// rows are roles, and each lists the permissions it holds.
QMap<Role, QStringList> expectedMatrix()
{
    const QStringList modules{QStringLiteral("mediation.read"), QStringLiteral("mediation.write"),
                              QStringLiteral("correction.read"), QStringLiteral("correction.write"),
                              QStringLiteral("correction.minors"), QStringLiteral("placement.read"), QStringLiteral("placement.write")};
    return {
        {Role::Head, QStringList{QStringLiteral("people.read"), QStringLiteral("people.write"),
                                 QStringLiteral("reports.mediation"), QStringLiteral("reports.correction"),
                                 QStringLiteral("reports.placement"), QStringLiteral("exchange.run"),
                                 QStringLiteral("backup.run"), QStringLiteral("sync.keys")} + modules},
        {Role::Mediator, {QStringLiteral("people.read"), QStringLiteral("people.write"), QStringLiteral("mediation.read"),
                          QStringLiteral("mediation.write"), QStringLiteral("reports.mediation")}},
        {Role::Correction, {QStringLiteral("people.read"), QStringLiteral("people.write"), QStringLiteral("correction.read"),
                            QStringLiteral("correction.write"), QStringLiteral("correction.minors"),
                            QStringLiteral("reports.correction")}},
        {Role::Placement, {QStringLiteral("people.read"), QStringLiteral("people.write"), QStringLiteral("placement.read"),
                           QStringLiteral("placement.write"), QStringLiteral("reports.placement")}},
        // A backup is a readable copy of every file, correction and resettlement included: not
        // the clerk's. Exchange bundles are encrypted to the county.
        {Role::Clerk, {QStringLiteral("people.read"), QStringLiteral("people.write"), QStringLiteral("mediation.read"),
                       QStringLiteral("mediation.write"), QStringLiteral("reports.mediation"),
                       QStringLiteral("exchange.run")}},
        {Role::Admin, {QStringLiteral("users.manage"), QStringLiteral("settings.manage"), QStringLiteral("backup.run"),
                       QStringLiteral("backup.restore"), QStringLiteral("maintenance.check"),
                       QStringLiteral("sync.keys")}},
        {Role::Auditor, {QStringLiteral("audit.read")}},
    };
}

int runCli(const QStringList &args, const QString &password, QString *err = nullptr)
{
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SIFA_PASSWORD"), password);
    env.insert(QStringLiteral("SIFA_LANG"), QStringLiteral("en"));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(SIFA_CLI_PATH), args);
    REQUIRE(cli.waitForFinished(60000));
    if (err)
        *err = QString::fromUtf8(cli.readAllStandardError());
    return cli.exitCode();
}

}  // namespace

TEST_CASE("the permission matrix role by role", "[permissions]")
{
    const QMap<Role, QStringList> expected = expectedMatrix();
    REQUIRE(expected.size() == Roles::all().size());
    for (Role role : Roles::all()) {
        for (Permission p : Permissions::all()) {
            INFO(Roles::id(role).toStdString() << " / " << Permissions::id(p).toStdString());
            CHECK(Permissions::allows(role, p) == expected.value(role).contains(Permissions::id(p)));
        }
    }
    // Case files and personal data are out of reach of the administrator and the auditor.
    for (Role r : {Role::Admin, Role::Auditor}) {
        CHECK_FALSE(Permissions::allows(r, Permission::PeopleRead));
        CHECK_FALSE(Permissions::allows(r, Permission::CorrectionRead));
        CHECK_FALSE(Permissions::allows(r, Permission::PlacementRead));
    }
}

TEST_CASE("ids round-trip and every role and permission has a translated name", "[permissions]")
{
    for (Role r : Roles::all()) {
        CHECK(Roles::fromId(Roles::id(r)) == r);
        CHECK_FALSE(Roles::displayName(r).isEmpty());
    }
    for (Permission p : Permissions::all()) {
        CHECK(Permissions::fromId(Permissions::id(p)) == p);
        CHECK_FALSE(Permissions::description(p).isEmpty());
    }
}

TEST_CASE("core operations enforce the matrix and audit refusals", "[permissions]")
{
    test::TestOffice office;
    Database &db = *office.db;
    for (Role role : Roles::all()) {
        const Session s = office.signIn(Roles::id(role));
        Result<QList<PersonListItem>> list = PersonService::search(db, s, PersonQuery{});
        INFO(Roles::id(role).toStdString());
        CHECK(list.ok() == Permissions::allows(role, Permission::PeopleRead));
        if (!list.ok()) {
            CHECK(list.code() == ErrorCode::PermissionDenied);
            CHECK(list.message().contains(Roles::displayName(role)));
        }
    }
    AuditFilter f;
    f.actionPrefix = QStringLiteral("access.denied");
    CHECK(*AuditLog::count(db, office.signIn(QStringLiteral("auditor")), f) == 2);  // admin and auditor
}

TEST_CASE("the CLI gets the same answer as the core for every role", "[permissions][cli]")
{
    test::TestOffice office;
    office.db.reset();
    for (Role role : Roles::all()) {
        QString err;
        const int code = runCli({QStringLiteral("person"), QStringLiteral("list"), QStringLiteral("--db"), office.path,
                                 QStringLiteral("--user"), Roles::id(role)},
                                test::kPassword, &err);
        INFO(Roles::id(role).toStdString() << ": " << err.toStdString());
        CHECK((code == 0) == Permissions::allows(role, Permission::PeopleRead));
        const int users = runCli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), office.path,
                                  QStringLiteral("--user"), Roles::id(role)},
                                 test::kPassword);
        CHECK((users == 0) == Permissions::allows(role, Permission::UsersManage));
    }
}
