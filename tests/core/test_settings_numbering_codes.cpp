#include "CatchCompat.h"
#include "TestSupport.h"

#include "codes/CodeTables.h"
#include "codes/Divisions.h"
#include "domain/Numbering.h"
#include "domain/Office.h"
#include "security/AuditLog.h"
#include "settings/DbSettings.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QTemporaryDir>

using namespace sifa;

TEST_CASE("settings are typed validated permission-checked and audited", "[settings]")
{
    test::TestOffice office;
    Database &db = *office.db;
    CHECK(DbSettings::get(db, DbSettings::IdleLockMinutes) == 10);
    CHECK(DbSettings::get(db, DbSettings::BackupOnExit));
    CHECK(DbSettings::get(db, DbSettings::OfficeAbbreviation) == QStringLiteral("石浦"));
    const Session admin = office.signIn(QStringLiteral("admin"));
    const Session head = office.signIn(QStringLiteral("head"));
    CHECK(DbSettings::set(db, head, DbSettings::IdleLockMinutes.def, 5).code() == ErrorCode::PermissionDenied);
    CHECK(DbSettings::set(db, admin, DbSettings::IdleLockMinutes.def, 0).code() == ErrorCode::InvalidInput);
    CHECK(DbSettings::set(db, admin, DbSettings::IdleLockMinutes.def, QStringLiteral("abc")).code() == ErrorCode::InvalidInput);
    REQUIRE(DbSettings::set(db, admin, DbSettings::IdleLockMinutes.def, 5).ok());
    CHECK(DbSettings::get(db, DbSettings::IdleLockMinutes) == 5);
    REQUIRE(DbSettings::set(db, admin, DbSettings::BackupOnExit.def, QStringLiteral("false")).ok());
    CHECK_FALSE(DbSettings::get(db, DbSettings::BackupOnExit));
    AuditFilter f;
    f.actionPrefix = QStringLiteral("settings.change");
    CHECK(*AuditLog::count(db, office.signIn(QStringLiteral("auditor")), f) == 2);
}

TEST_CASE("document numbers: per office type and year in the caller's transaction", "[numbering]")
{
    test::TestOffice office;
    Database &db = *office.db;
    const QString type = QStringLiteral("mediation.case");
    auto take = [&](int year) {
        Transaction tx(db);
        Result<AllocatedNumber> n = Numbering::allocate(db, type, year);
        REQUIRE(n.ok());
        REQUIRE(tx.commit().ok());
        return *n;
    };
    CHECK(take(2026).text == QStringLiteral("（2026）石浦人调字第1号"));
    CHECK(take(2026).sequence == 2);
    CHECK(take(2025).sequence == 1);  // each year starts again
    {
        Transaction tx(db);
        CHECK(Numbering::allocate(db, type, 2026)->sequence == 3);
    }  // rolled back: the number is not used up
    CHECK(Numbering::peek(db, type, 2026)->sequence == 3);
    CHECK(take(2026).sequence == 3);
    CHECK(Numbering::allocate(db, type, 2026).code() == ErrorCode::Internal);  // outside a transaction

    const Session admin = office.signIn(QStringLiteral("admin"));
    CHECK(Numbering::setPattern(db, admin, type, QStringLiteral("no number here")).code() == ErrorCode::InvalidInput);
    CHECK(Numbering::setPattern(db, admin, type, QStringLiteral("{year}-{x}-{n}")).code() == ErrorCode::InvalidInput);
    REQUIRE(Numbering::setPattern(db, admin, type, QStringLiteral("{abbr}调〔{year}〕{n:4}号")).ok());
    CHECK(take(2026).text == QStringLiteral("石浦调〔2026〕0004号"));
}

TEST_CASE("office codes are checked against the division tables", "[office]")
{
    CHECK(Office::validateCode(OfficeMode::Township, QStringLiteral("330225101")).ok());
    CHECK(Office::validateCode(OfficeMode::Township, QStringLiteral("33022510")).code() == ErrorCode::InvalidInput);
    CHECK(Office::validateCode(OfficeMode::Township, QStringLiteral("999999101")).code() == ErrorCode::InvalidInput);
    QStringList notices;
    CHECK(Office::validateCode(OfficeMode::Township, QStringLiteral("330225999"), &notices).ok());
    CHECK(notices.size() == 1);  // unknown township in a known county: a warning only
    CHECK(Office::validateCode(OfficeMode::County, QStringLiteral("330225")).ok());
    CHECK(Office::validateCode(OfficeMode::County, QStringLiteral("330225101")).code() == ErrorCode::InvalidInput);
    CHECK(Office::defaultAbbreviation(QStringLiteral("石浦镇")) == QStringLiteral("石浦"));
    CHECK(Office::defaultAbbreviation(QStringLiteral("丹东街道")) == QStringLiteral("丹东"));
}

TEST_CASE("code tables and division codes load from data files", "[codes]")
{
    const CodeTables &t = CodeTables::instance();
    REQUIRE(t.table(CodeTables::ethnicityTable()));
    CHECK(t.table(CodeTables::ethnicityTable())->name(QStringLiteral("22")) == QStringLiteral("畲族"));
    CHECK(t.table(CodeTables::ethnicityTable())->items.size() == 58);
    CHECK(t.table(CodeTables::sexTable())->name(QStringLiteral("2")) == QStringLiteral("女"));
    const Divisions &d = Divisions::instance();
    CHECK(d.fullName(QStringLiteral("330225101")) == QStringLiteral("浙江省宁波市象山县石浦镇"));
    CHECK(d.fullName(QStringLiteral("110101")) == QStringLiteral("北京市东城区"));  // no 市辖区
    CHECK(d.isProvince(QStringLiteral("33")));
    CHECK_FALSE(d.isProvince(QStringLiteral("99")));
    CHECK(d.children(QStringLiteral("330225")).size() >= 18);
    CHECK(d.provincesWithTownships().contains(QStringLiteral("33")));
}

TEST_CASE("a county's corrected code table overrides the built-in one - a broken one is reported", "[codes]")
{
    QTemporaryDir dir;
    {
        QFile f(dir.filePath(QStringLiteral("education.csv")));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("code,name\n90,文盲或半文盲\n");
    }
    {
        QFile f(dir.filePath(QStringLiteral("sex.csv")));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("this is not a code table\n");
    }
    const QStringList problems = CodeTables::reload(dir.path());
    CHECK(problems.size() == 1);
    CHECK(problems.first().contains(QStringLiteral("sex.csv")));
    CHECK(CodeTables::instance().table(CodeTables::educationTable())->name(QStringLiteral("90")) == QStringLiteral("文盲或半文盲"));
    CHECK(CodeTables::instance().table(CodeTables::sexTable())->name(QStringLiteral("1")) == QStringLiteral("男"));
    CodeTables::reload();
    CHECK(CodeTables::instance().table(CodeTables::educationTable())->items.size() == 8);
}

TEST_CASE("a county bureau's database is set up with its 6-digit code", "[office]")
{
    QTemporaryDir dir;
    OfficeSetup setup{QStringLiteral("330225"), QStringLiteral("象山县司法局"), OfficeMode::County,
                      QStringLiteral("admin"), QString(), test::kPassword};
    Result<std::unique_ptr<Database>> db = Office::createDatabase(dir.filePath(QStringLiteral("county.sqlite")), setup);
    INFO(db.message());
    REQUIRE(db.ok());
    const OfficeInfo info = Office::info(**db);
    CHECK(info.isCounty());
    CHECK(info.code == QStringLiteral("330225"));
    CHECK(info.countyCode == QStringLiteral("330225"));
    CHECK(info.divisionName == QStringLiteral("浙江省宁波市象山县"));
    // A township code is refused in county mode, and the other way round.
    setup.code = QStringLiteral("330225101");
    CHECK(Office::createDatabase(dir.filePath(QStringLiteral("x.sqlite")), setup).code() == ErrorCode::InvalidInput);
    setup.mode = OfficeMode::Township;
    setup.code = QStringLiteral("330225");
    CHECK(Office::createDatabase(dir.filePath(QStringLiteral("y.sqlite")), setup).code() == ErrorCode::InvalidInput);
}
