#include "CatchCompat.h"
#include "TestSupport.h"

#include "people/PersonService.h"
#include "security/AuditLog.h"
#include "security/Users.h"
#include "storage/Query.h"

#include <QProcess>

#include <sqlite3.h>

using namespace sifa;

namespace {

// Tampering as someone with the sqlite3 shell would: drop the guards and edit.
void tamper(Database &db, const QString &sql)
{
    REQUIRE(db.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update")).ok());
    REQUIRE(db.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_delete")).ok());
    REQUIRE(db.exec(sql).ok());
}

AuditVerification verify(Database &db)
{
    Result<AuditVerification> v = AuditLog::verify(db);
    REQUIRE(v.ok());
    return *v;
}

bool hasProblem(const AuditVerification &v, AuditProblem::Kind kind, qint64 seq)
{
    for (const AuditProblem &p : v.problems) {
        if (p.kind == kind && p.seq == seq)
            return true;
    }
    return false;
}

}  // namespace

TEST_CASE("writes sign-ins and failures are audited without the sensitive values", "[audit]")
{
    test::TestOffice office;
    Database &db = *office.db;
    const Session head = office.signIn(QStringLiteral("head"));
    CHECK_FALSE(Users::signIn(db, QStringLiteral("head"), QStringLiteral("wrong-password")).ok());
    Person p;
    p.name = QStringLiteral("赵六");
    p.idNumber = test::makeId(QStringLiteral("330225"), QDate(1985, 3, 4), true);
    p.phone = QStringLiteral("13912345678");
    const QString uuid = PersonService::create(db, head, p)->uuid;

    const Session auditor = office.signIn(QStringLiteral("auditor"));
    Result<QList<AuditEntry>> all = AuditLog::list(db, auditor, AuditFilter{});
    REQUIRE(all.ok());
    QStringList actions;
    for (const AuditEntry &e : *all) {
        actions << e.action;
        // Neither the ID number nor the phone number nor the name appears in the trail.
        CHECK_FALSE(e.detail.contains(p.idNumber));
        CHECK_FALSE(e.detail.contains(p.phone));
        CHECK_FALSE(e.detail.contains(p.name));
    }
    CHECK(actions.contains(QStringLiteral("office.setup")));
    CHECK(actions.contains(QStringLiteral("user.create")));
    CHECK(actions.contains(QStringLiteral("auth.sign_in")));
    CHECK(actions.contains(QStringLiteral("auth.sign_in_failed")));
    CHECK(actions.contains(QStringLiteral("person.create")));
    AuditFilter f;
    f.record = uuid;
    CHECK(AuditLog::list(db, auditor, f)->first().detail.contains(QStringLiteral("id_number")));
    // Only the auditor reads the trail.
    CHECK(AuditLog::list(db, head, AuditFilter{}).code() == ErrorCode::PermissionDenied);
    CHECK(verify(db).ok());
}

TEST_CASE("the audit trail refuses updates and deletes", "[audit]")
{
    test::TestOffice office(false);
    Database &db = *office.db;
    CHECK_FALSE(db.exec(QStringLiteral("UPDATE audit_log SET actor = 'x' WHERE seq = 1")).ok());
    CHECK_FALSE(db.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 1")).ok());
    CHECK(verify(db).ok());
}

TEST_CASE("tampering is detected and located", "[audit]")
{
    test::TestOffice office;  // a dozen records or so
    Database &db = *office.db;
    const qint64 last = *AuditLog::count(db, office.signIn(QStringLiteral("auditor")), AuditFilter{});
    REQUIRE(last >= 8);

    SECTION("an edited record")
    {
        tamper(db, QStringLiteral("UPDATE audit_log SET actor = 'nobody' WHERE seq = 4"));
        const AuditVerification v = verify(db);
        CHECK(hasProblem(v, AuditProblem::Kind::Edited, 4));
        CHECK(v.problems.size() == 1);
    }
    SECTION("a deleted record")
    {
        tamper(db, QStringLiteral("DELETE FROM audit_log WHERE seq = 5"));
        const AuditVerification v = verify(db);
        CHECK(hasProblem(v, AuditProblem::Kind::Missing, 6));
        CHECK(v.problems.first().message.contains(QStringLiteral("5")));
    }
    SECTION("two records swapped")
    {
        tamper(db, QStringLiteral("UPDATE audit_log SET seq = -1 WHERE seq = 3; "));
        REQUIRE(db.exec(QStringLiteral("UPDATE audit_log SET seq = 3 WHERE seq = 4")).ok());
        REQUIRE(db.exec(QStringLiteral("UPDATE audit_log SET seq = 4 WHERE seq = -1")).ok());
        const AuditVerification v = verify(db);
        CHECK_FALSE(v.ok());
        CHECK((hasProblem(v, AuditProblem::Kind::OutOfOrder, 3) || hasProblem(v, AuditProblem::Kind::Edited, 3)));
    }
    SECTION("the last records cut off")
    {
        tamper(db, QStringLiteral("DELETE FROM audit_log WHERE seq > %1").arg(last - 2));
        const AuditVerification v = verify(db);
        CHECK(hasProblem(v, AuditProblem::Kind::Truncated, last - 1));
    }
    SECTION("sifa audit verify reports it with a non-zero exit code")
    {
        tamper(db, QStringLiteral("UPDATE audit_log SET detail = 'x' WHERE seq = 2"));
        office.db.reset();
        QProcess cli;
        cli.start(QStringLiteral(SIFA_CLI_PATH), {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), office.path});
        REQUIRE(cli.waitForFinished(30000));
        CHECK(cli.exitCode() == 1);
        CHECK(QString::fromUtf8(cli.readAllStandardOutput()).contains(QStringLiteral("Record 2 was changed")));
    }
}
