#include "CatchCompat.h"
#include "TestSupport.h"

#include "domain/Maintenance.h"
#include "domain/Office.h"
#include "security/AuditLog.h"
#include "people/PersonService.h"
#include "storage/Backup.h"
#include "storage/Query.h"
#include "sync/Replica.h"
#include "util/Time.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace sifa;

namespace {

QString addPerson(Database &db, const Session &s, const QString &name, int n)
{
    Person p;
    p.name = name;
    p.idNumber = test::makeId(QStringLiteral("330225"), QDate(1960, 1, 1).addDays(n * 11), n % 2 == 0, 30 + n);
    Result<PersonSaveResult> r = PersonService::create(db, s, p);
    REQUIRE(r.ok());
    return r->uuid;
}

qint64 people(Database &db)
{
    return Query::scalar(db, QStringLiteral("SELECT COUNT(*) FROM person"), {}, QString())->toLongLong();
}

}  // namespace

TEST_CASE("a backup is a verified self-contained copy and a restore brings it back", "[backup]")
{
    test::TestOffice office;
    const Session head = office.signIn(QStringLiteral("head"));
    addPerson(*office.db, head, QStringLiteral("甲"), 1);
    addPerson(*office.db, head, QStringLiteral("乙"), 2);
    const QString backup = office.dir.filePath(QStringLiteral("copies/office-backup.sifabak"));
    const Access admin = Access::user(office.signIn(QStringLiteral("admin")));
    REQUIRE(Maintenance::backupTo(*office.db, admin, backup).ok());  // made while the database is open

    Result<BackupInfo> info = Backup::inspect(backup);
    REQUIRE(info.ok());
    CHECK(info->officeCode == QStringLiteral("330225101"));
    CHECK(info->schemaVersion == Database::probe(office.path).schemaVersion);
    CHECK_FALSE(QFile::exists(backup + QStringLiteral("-wal")));

    // Work goes on after the backup ...
    const QString later = addPerson(*office.db, head, QStringLiteral("丙"), 3);
    REQUIRE(people(*office.db) == 3);
    const int incarnation = Replica::info(*office.db)->incarnation;
    office.db.reset();

    // ... and is undone by restoring it.
    Result<RestoreReport> r = Maintenance::restore(office.path, backup, admin);
    INFO(r.message());
    REQUIRE(r.ok());
    CHECK(QFile::exists(r->safetyCopy));
    CHECK(r->incarnation > incarnation);
    office.reopen();
    CHECK(people(*office.db) == 2);
    CHECK(PersonService::get(*office.db, head, later).code() == ErrorCode::NotFound);
    Result<CheckReport> check = Maintenance::check(*office.db, admin, true);
    REQUIRE(check.ok());
    CHECK(check->ok());
    AuditFilter f;
    f.actionPrefix = QStringLiteral("backup.restore");
    CHECK(*AuditLog::count(*office.db, office.signIn(QStringLiteral("auditor")), f) == 1);

    // The safety copy holds the work that the restore replaced.
    Result<std::unique_ptr<Database>> safety = Database::open(r->safetyCopy, Database::OpenOptions{false, {}});
    REQUIRE(safety.ok());
    CHECK(people(**safety) == 3);
}

TEST_CASE("restoring the same backup twice never reuses an incarnation", "[backup]")
{
    test::TestOffice office(false);
    const QString backup = office.dir.filePath(QStringLiteral("b.sifabak"));
    const Access admin = Access::user(office.signIn(QStringLiteral("admin")));
    REQUIRE(Maintenance::backupTo(*office.db, admin, backup).ok());
    office.db.reset();
    const int first = Maintenance::restore(office.path, backup, admin)->incarnation;
    const int second = Maintenance::restore(office.path, backup, admin)->incarnation;
    CHECK(second > first);
}

TEST_CASE("bad backups are refused and nothing is replaced", "[backup]")
{
    test::TestOffice office(false);
    const Access admin = Access::user(office.signIn(QStringLiteral("admin")));
    const QString backup = office.dir.filePath(QStringLiteral("b.sifabak"));
    REQUIRE(Maintenance::backupTo(*office.db, admin, backup).ok());
    office.db.reset();
    const qint64 size = QFile(office.path).size();

    SECTION("a truncated backup")
    {
        QFile f(backup);
        REQUIRE(f.resize(f.size() / 2));
        Result<RestoreReport> r = Maintenance::restore(office.path, backup, admin);
        REQUIRE_FALSE(r.ok());
        CHECK((r.code() == ErrorCode::Damaged || r.code() == ErrorCode::NotSifaDatabase));
    }
    SECTION("a file that is not a backup")
    {
        QFile f(backup);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("hello");
        f.close();
        CHECK(Maintenance::restore(office.path, backup, admin).code() == ErrorCode::NotSifaDatabase);
    }
    SECTION("a backup of another office")
    {
        QTemporaryDir other;
        OfficeSetup setup{QStringLiteral("330225102"), QStringLiteral("西周镇司法所"), OfficeMode::Township,
                          QStringLiteral("admin"), QString(), test::kPassword};
        const QString otherPath = other.filePath(QStringLiteral("x.sqlite"));
        REQUIRE(Office::createDatabase(otherPath, setup).ok());
        const QString otherBackup = other.filePath(QStringLiteral("x.sifabak"));
        REQUIRE(Backup::copyTo(otherPath, otherBackup).ok());
        Result<RestoreReport> r = Maintenance::restore(office.path, otherBackup, admin);
        CHECK(r.code() == ErrorCode::Conflict);
        CHECK(r.message().contains(QStringLiteral("西周镇司法所")));
    }
    CHECK(QFile(office.path).size() == size);
    office.reopen();
    CHECK(Maintenance::check(*office.db, admin, false)->ok());
}

TEST_CASE("automatic backups are named rotated and due once a day", "[backup]")
{
    test::TestOffice office(false);
    Database &db = *office.db;
    const Access admin = Access::fileLevel(QStringLiteral("os:test"));
    const QString dir = Maintenance::backupDirectory(db);
    CHECK(dir == QDir(office.dir.path()).filePath(QStringLiteral("backups")));

    Result<QString> first = Maintenance::dailyBackupIfDue(db, admin);
    REQUIRE(first.ok());
    CHECK_FALSE(first->isEmpty());
    CHECK(Maintenance::dailyBackupIfDue(db, admin)->isEmpty());  // not due again the same day

    const QDateTime start = Clock::nowUtc();
    for (int day = 1; day <= 16; ++day) {
        Clock::pinForTesting(start.addDays(day));
        REQUIRE_FALSE(Maintenance::dailyBackupIfDue(db, admin)->isEmpty());
    }
    Clock::pinForTesting(QDateTime());
    const QList<BackupInfo> kept = Backup::list(dir, office.path);
    CHECK(kept.size() == 14);  // backup.keep_daily
    for (const BackupInfo &b : kept)
        CHECK(b.kind == QStringLiteral("daily"));

    REQUIRE_FALSE(Maintenance::backupOnExit(db, admin)->isEmpty());
    CHECK(Backup::list(dir, office.path).size() == 15);
}

TEST_CASE("a damaged database is reported by the check", "[backup]")
{
    test::TestOffice office;
    const Session head = office.signIn(QStringLiteral("head"));
    for (int i = 0; i < 60; ++i)
        addPerson(*office.db, head, QStringLiteral("某某"), i);
    REQUIRE(office.db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    office.db.reset();
    {
        // Overwrite the middle of the file with garbage, as a failing disk would.
        QFile f(office.path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.seek(f.size() / 2));
        f.write(QByteArray(8192, '\x5a'));
    }
    Result<std::unique_ptr<Database>> db = Database::open(office.path);
    if (db.ok()) {
        Result<CheckReport> check = Maintenance::check(**db, Access::fileLevel(QStringLiteral("os:test")), false);
        CHECK((!check.ok() || !check->ok()));
    } else {
        CHECK(db.code() == ErrorCode::Damaged);
    }
}
