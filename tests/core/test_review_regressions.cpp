// Defects found in review, each kept from coming back.
#include "CatchCompat.h"
#include "TestSupport.h"

#include "domain/Maintenance.h"
#include "people/PersonService.h"
#include "security/AuditLog.h"
#include "security/Users.h"
#include "storage/Query.h"
#include "sync/Replica.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace sifa;

TEST_CASE("wrong passwords tried in parallel still lock the account", "[review][users]")
{
    test::TestOffice office;
    office.db.reset();
    QList<QProcess *> runs;
    for (int i = 0; i < 8; ++i) {
        auto *p = new QProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SIFA_PASSWORD"), QStringLiteral("guess-%1-wrong").arg(i));
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(SIFA_CLI_PATH), {QStringLiteral("person"), QStringLiteral("list"), QStringLiteral("--db"),
                                                 office.path, QStringLiteral("--user"), QStringLiteral("clerk")});
        runs << p;
    }
    for (QProcess *p : runs) {
        REQUIRE(p->waitForFinished(120000));
        CHECK(p->exitCode() == 1);
        delete p;
    }
    office.reopen();
    CHECK(Users::signIn(*office.db, QStringLiteral("clerk"), test::kPassword).code() == ErrorCode::Locked);
    AuditFilter f;
    f.actionPrefix = QStringLiteral("auth.sign_in_failed");
    f.actor = QStringLiteral("clerk");
    const Session auditor = office.signIn(QStringLiteral("auditor"));
    Result<QList<AuditEntry>> failures = AuditLog::list(*office.db, auditor, f);
    REQUIRE(failures.ok());
    QStringList details;
    for (const AuditEntry &e : *failures)
        details << e.detail;
    details.removeDuplicates();
    CHECK(details.size() >= 8);  // every attempt counted with its own number
}

TEST_CASE("a restore is refused while another program has the database open", "[review][backup]")
{
    test::TestOffice office(false);
    const QString backup = office.dir.filePath(QStringLiteral("b.sifabak"));
    const Access admin = Access::fileLevel(QStringLiteral("os:test"));
    REQUIRE(Maintenance::backupTo(*office.db, admin, backup).ok());
    REQUIRE(office.db->setMeta(QStringLiteral("after_backup"), QStringLiteral("kept")).ok());
    // office.db stays open: it plays the SifaDesk window on another desk.
    Result<RestoreReport> r = Maintenance::restore(office.path, backup, admin);
    REQUIRE_FALSE(r.ok());
    CHECK(r.code() == ErrorCode::Busy);
    CHECK(r.message().contains(QStringLiteral("open")));
    CHECK(office.db->meta(QStringLiteral("after_backup")) == QStringLiteral("kept"));
}

TEST_CASE("a newer schema is refused even while the file header is stale", "[review][storage]")
{
    test::TestOffice office(false);
    office.db.reset();
    sqlite3 *other = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(office.path).constData(), &other) == SQLITE_OK);
    REQUIRE(sqlite3_exec(other, "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; PRAGMA user_version=99;",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    CHECK(Database::probe(office.path).schemaVersion < 99);  // the header does not know yet
    Result<std::unique_ptr<Database>> db = Database::open(office.path);
    CHECK(db.code() == ErrorCode::NewerSchema);
    sqlite3_close(other);
}

TEST_CASE("an emptied audit trail and REPLACE past the guards are caught", "[review][audit]")
{
    test::TestOffice office;
    Database &db = *office.db;
    SECTION("REPLACE cannot overwrite a record")
    {
        Person p;
        p.name = QStringLiteral("孙八");
        REQUIRE(PersonService::create(db, office.signIn(QStringLiteral("head")), p).ok());
        REQUIRE(Query::scalar(db, QStringLiteral("SELECT COUNT(*) FROM op"), {}, QString())->toInt() > 0);
        CHECK_FALSE(db.exec(QStringLiteral("INSERT OR REPLACE INTO audit_log(seq, at, actor, role, action, prev_hash, hash) "
                                           "VALUES (1, 'x', 'x', 'x', 'x', 'x', 'x')"))
                        .ok());
        CHECK_FALSE(db.exec(QStringLiteral("REPLACE INTO op(op_id, origin_replica, origin_incarnation, origin_seq, hlc, wall_time, "
                                           "actor, actor_role, entity, row_uuid, kind, schema_version, fields) "
                                           "SELECT op_id, origin_replica, origin_incarnation, origin_seq, hlc, wall_time, 'x', "
                                           "actor_role, entity, row_uuid, kind, schema_version, '{}' FROM op LIMIT 1"))
                        .ok());
    }
    SECTION("deleting the whole trail and its end marker")
    {
        REQUIRE(db.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")).ok());
        REQUIRE(db.exec(QStringLiteral("DELETE FROM audit_log")).ok());
        REQUIRE(db.exec(QStringLiteral("DELETE FROM meta WHERE key = 'audit_head'")).ok());
        Result<AuditVerification> v = AuditLog::verify(db);
        REQUIRE(v.ok());
        CHECK_FALSE(v->ok());
    }
    SECTION("deleting only the end marker")
    {
        REQUIRE(db.exec(QStringLiteral("DELETE FROM meta WHERE key = 'audit_head'")).ok());
        CHECK_FALSE(AuditLog::verify(db)->ok());
    }
}

TEST_CASE("what was typed as a user name and free-text reasons stay out of the audit trail", "[review][audit]")
{
    test::TestOffice office;
    Database &db = *office.db;
    CHECK_FALSE(Users::signIn(db, QStringLiteral("MySecretPw9"), QStringLiteral("x")).ok());
    const Session head = office.signIn(QStringLiteral("head"));
    Person p;
    p.name = QStringLiteral("钱七");
    const QString uuid = PersonService::create(db, head, p)->uuid;
    REQUIRE(PersonService::remove(db, head, uuid, QStringLiteral("他的电话是13900001111")).ok());
    const Session auditor = office.signIn(QStringLiteral("auditor"));
    AuditFilter all;
    all.limit = 10000;
    for (const AuditEntry &e : *AuditLog::list(db, auditor, all)) {
        for (const QString &field : {e.actor, e.record, e.detail}) {
            CHECK_FALSE(field.contains(QStringLiteral("MySecretPw9")));
            CHECK_FALSE(field.contains(QStringLiteral("13900001111")));
        }
    }
}

TEST_CASE("a demoted or disabled user loses rights at once", "[review][permissions]")
{
    test::TestOffice office;
    Database &db = *office.db;
    const Session mediator = office.signIn(QStringLiteral("mediator"));
    REQUIRE(PersonService::search(db, mediator, PersonQuery{}).ok());
    const Session admin = office.signIn(QStringLiteral("admin"));
    REQUIRE(Users::setRole(db, admin, QStringLiteral("mediator"), Role::Auditor).ok());
    CHECK(PersonService::search(db, mediator, PersonQuery{}).code() == ErrorCode::PermissionDenied);
    const Session clerk = office.signIn(QStringLiteral("clerk"));
    REQUIRE(Users::setDisabled(db, admin, QStringLiteral("clerk"), true).ok());
    CHECK(PersonService::search(db, clerk, PersonQuery{}).code() == ErrorCode::PermissionDenied);
}

TEST_CASE("one backup restored on two machines gives two incarnations", "[review][sync]")
{
    test::TestOffice office(false);
    const QString backup = office.dir.filePath(QStringLiteral("b.sifabak"));
    const Access admin = Access::fileLevel(QStringLiteral("os:test"));
    REQUIRE(Maintenance::backupTo(*office.db, admin, backup).ok());
    QTemporaryDir a, b;  // two new machines: nothing at the target
    Result<RestoreReport> ra = Maintenance::restore(a.filePath(QStringLiteral("o.sqlite")), backup, admin);
    Result<RestoreReport> rb = Maintenance::restore(b.filePath(QStringLiteral("o.sqlite")), backup, admin);
    REQUIRE(ra.ok());
    REQUIRE(rb.ok());
    CHECK(ra->incarnation != rb->incarnation);
    CHECK(ra->incarnation > 1);
}

TEST_CASE("a cached statement is lent to one query at a time", "[review][storage]")
{
    test::TestOffice office(false);
    Database &db = *office.db;
    const QString sql = QStringLiteral("SELECT key FROM meta ORDER BY key");
    Query outer(db, sql, Query::Cached);
    REQUIRE(outer.exec(QString()).ok());
    REQUIRE(outer.next());
    const QString first = outer.text(0);
    {
        Query inner(db, sql, Query::Cached);  // the same SQL while the first is still reading
        REQUIRE(inner.exec(QString()).ok());
        REQUIRE(inner.next());
        CHECK(inner.text(0) == first);
    }
    REQUIRE(outer.next());  // the outer query was not disturbed
    CHECK(outer.text(0) != first);
}
