// Importing and exporting the community-correction ledger (SubjectImport, SubjectExport): each
// row a file in the state its columns give, bad rows named by row and column with nothing
// written, duplicates refused, and an exported ledger importing again as the same files.
#include "CatchCompat.h"
#include "CorrectionLedgerRows.h"
#include "TestSupport.h"

#include "correction/CorrectionEntities.h"
#include "correction/CorrectionRepository.h"
#include "correction/CorrectionService.h"
#include "correction/SubjectExport.h"
#include "correction/SubjectImport.h"
#include "mediation/LedgerSheet.h"
#include "people/IdNumber.h"
#include "people/PersonRepository.h"
#include "storage/Query.h"
#include "sync/RebuildCompare.h"

#include <QTemporaryDir>

using namespace sifa;
using namespace sifa::test::correction;

namespace {

qint64 scalar(Database &db, const QString &sql)
{
    Result<QVariant> v = Query::scalar(db, sql, {}, QString(), 0);
    REQUIRE(v);
    return v->toLongLong();
}

QString issuesText(const SubjectImportPlan &plan)
{
    QStringList lines;
    for (const SubjectIssue &i : plan.issues)
        lines << i.text();
    return lines.join(QLatin1Char('\n'));
}

SubjectImportResult importSheet(Database &db, const Access &access, const QList<QStringList> &rows,
                                bool dryRun = false)
{
    Result<SubjectImportResult> r =
        SubjectImport::run(db, access, LedgerSheet::fromRows(rows), SubjectImportOptions{dryRun, {}});
    INFO(r.message().toStdString());
    REQUIRE(r);
    return *r;
}

SubjectImportResult importFile(Database &db, const Access &access, const QString &path, bool dryRun = false)
{
    Result<SubjectImportResult> r = SubjectImport::run(db, access, path, SubjectImportOptions{dryRun, {}});
    INFO(r.message().toStdString());
    REQUIRE(r);
    return *r;
}

// The file of the person with this ID number.
CcRecord fileOf(Database &db, const QString &idNumber)
{
    Result<std::optional<Person>> p = PersonRepository::findByIdNumber(db, IdType::Resident, idNumber);
    REQUIRE(p);
    REQUIRE(p->has_value());
    Result<QList<CcRecord>> files = CorrectionRepository::subjectsOfPerson(db, p->value().uuid);
    REQUIRE(files);
    REQUIRE(files->size() == 1);
    return files->first();
}

// Every file of the ledger in its state, with its values.
void checkGoodLedger(Database &db, const SubjectImportResult &r)
{
    INFO(issuesText(r.plan).toStdString());
    CHECK(r.plan.ok());
    CHECK(r.written);
    CHECK(r.subjects == 6);
    CHECK(r.plan.dataRows == 6);
    CHECK(r.plan.newPeople == 6);
    CHECK(r.plan.effectiveFromJudgment);
    CHECK(r.plan.statuses.value(QStringLiteral("received")) == 2);
    CHECK(r.plan.statuses.value(QStringLiteral("released")) == 1);
    CHECK(r.plan.statuses.value(QStringLiteral("terminated")) == 1);
    CHECK(r.plan.statuses.value(QStringLiteral("under_correction")) == 1);
    CHECK(r.plan.statuses.value(QStringLiteral("awaiting_report")) == 1);
    CHECK(r.plan.types.value(QStringLiteral("02")) == 3);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM cc_subject")) == 6);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM person")) == 6);
    // One audit record for the whole import, with its counts.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'correction.import'")) == 1);

    const CcRecord zhang = fileOf(db, zhangSanId());
    CHECK(zhang.text(QStringLiteral("status")) == QStringLiteral("received"));
    CHECK(zhang.text(QStringLiteral("correction_type")) == QStringLiteral("02"));
    CHECK(zhang.text(QStringLiteral("charge")) == u8("盗窃罪"));
    CHECK(zhang.text(QStringLiteral("original_sentence")) == u8("有期徒刑一年，缓刑二年"));
    CHECK(zhang.text(QStringLiteral("decision_body")) == u8("象山县人民法院"));
    CHECK(zhang.date(QStringLiteral("judgment_date")) == QDate(2024, 3, 1));
    CHECK(zhang.date(QStringLiteral("effective_date")) == QDate(2024, 3, 1));  // from 判决日期
    CHECK(zhang.date(QStringLiteral("period_from")) == QDate(2024, 3, 12));
    CHECK(zhang.date(QStringLiteral("period_to")) == QDate(2026, 3, 11));
    CHECK(zhang.date(QStringLiteral("received_date")) == QDate(2024, 3, 15));
    CHECK(zhang.date(QStringLiteral("reported_date")) == QDate(2024, 3, 15));
    CHECK(zhang.text(QStringLiteral("grade")) == QStringLiteral("normal"));
    CHECK_FALSE(zhang.flag(QStringLiteral("is_minor")));
    Result<SubjectFile> file = CorrectionRepository::file(db, zhang.uuid);
    REQUIRE(file);
    CHECK(file->person.name == u8("张三"));
    CHECK(file->person.sex == QStringLiteral("1"));
    CHECK(file->person.birthDate == QDate(1980, 1, 15));
    REQUIRE(file->grades.size() == 1);
    CHECK(file->grades[0].text(QStringLiteral("grade")) == QStringLiteral("normal"));
    CHECK(file->grades[0].date(QStringLiteral("from_date")) == QDate(2024, 3, 15));

    const CcRecord li = fileOf(db, liSiId());
    CHECK(li.text(QStringLiteral("correction_type")) == QStringLiteral("04"));
    CHECK(li.text(QStringLiteral("outside_reason")) == QStringLiteral("medical"));
    CHECK(li.date(QStringLiteral("judgment_date")) == QDate(2024, 5, 10));  // 2024年5月10日
    CHECK(li.date(QStringLiteral("period_from")) == QDate(2024, 5, 20));    // 2024/5/20
    CHECK(li.text(QStringLiteral("grade")) == QStringLiteral("strict"));

    const CcRecord wang = fileOf(db, wangWuId());
    CHECK(wang.text(QStringLiteral("status")) == QStringLiteral("released"));
    CHECK(wang.text(QStringLiteral("end_type")) == QStringLiteral("expired"));
    CHECK(wang.date(QStringLiteral("end_date")) == QDate(2024, 8, 9));

    const CcRecord zhao = fileOf(db, zhaoLiuId());
    CHECK(zhao.text(QStringLiteral("status")) == QStringLiteral("under_correction"));
    CHECK(zhao.date(QStringLiteral("announced_date")) == QDate(2025, 1, 25));

    const CcRecord qian = fileOf(db, qianQiId());
    CHECK(qian.text(QStringLiteral("status")) == QStringLiteral("terminated"));
    CHECK(qian.text(QStringLiteral("end_type")) == QStringLiteral("revoked_probation"));

    const CcRecord sun = fileOf(db, sunBaId());
    CHECK(sun.text(QStringLiteral("status")) == QStringLiteral("awaiting_report"));
    CHECK(sun.flag(QStringLiteral("is_minor")));
}

}  // namespace

TEST_CASE("correction import: a CSV ledger, every file in the state its columns give", "[correction][import]")
{
    test::TestOffice office;
    const Session officer = office.signIn(QStringLiteral("correction"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.csv"));
    writeCsv(path, goodRows());

    // A dry run checks everything and writes nothing.
    const SubjectImportResult dry = importFile(*office.db, officer, path, true);
    INFO(issuesText(dry.plan).toStdString());
    CHECK(dry.plan.ok());
    CHECK_FALSE(dry.written);
    CHECK(dry.subjects == 6);
    CHECK(dry.plan.format == QStringLiteral("CSV"));
    CHECK(scalar(*office.db, QStringLiteral("SELECT count(*) FROM cc_subject")) == 0);
    CHECK(scalar(*office.db, QStringLiteral("SELECT count(*) FROM person")) == 0);
    CHECK(scalar(*office.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'correction.import'")) == 0);

    checkGoodLedger(*office.db, importFile(*office.db, officer, path));
    Result<RebuildReport> rebuilt = RebuildCompare::run(*office.db);
    REQUIRE(rebuilt);
    CHECK(rebuilt->ok());
}

TEST_CASE("correction import: an XLSX ledger with date cells and a title row", "[correction][import]")
{
    test::TestOffice office;
    const Session officer = office.signIn(QStringLiteral("correction"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.xlsx"));
    writeXlsx(path, goodRows());
    const SubjectImportResult r = importFile(*office.db, officer, path);
    CHECK(r.plan.format == QStringLiteral("XLSX"));
    checkGoodLedger(*office.db, r);
}

TEST_CASE("correction import: codes, variant headers, 生效日期 and unknown columns", "[correction][import]")
{
    test::TestOffice office;
    const Session officer = office.signIn(QStringLiteral("correction"));
    const QList<QStringList> rows{
        {u8("石浦镇社区矫正对象台账")},
        {u8("序号"), u8("矫正对象姓名"), u8("身份证号码"), u8("矫正类型"), u8("判决生效日期"), u8("判决日期"),
         u8("矫正开始日期"), u8("矫正结束日期"), u8("管理等级"), u8("暂予监外执行原因")},
        {QStringLiteral("1"), u8("张三"), zhangSanId().toLower(), QStringLiteral("1"), QStringLiteral("2024-03-11"),
         QStringLiteral("2024-03-01"), QStringLiteral("2024-03-12"), QStringLiteral("2025-03-11"),
         QStringLiteral("strict"), QString()},
        {QStringLiteral("2"), u8("李四"), liSiId(), u8("监外执行"), QString(), QString(), QStringLiteral("2024-05-20"),
         QStringLiteral("2025-05-19"), u8("宽松管理"), u8("生活不能自理")},
    };
    const SubjectImportResult r = importSheet(*office.db, officer, rows);
    INFO(issuesText(r.plan).toStdString());
    REQUIRE(r.written);
    CHECK(r.plan.headerLine == 2);
    CHECK_FALSE(r.plan.effectiveFromJudgment);
    REQUIRE(r.plan.unknownColumns.size() == 1);
    CHECK(r.plan.unknownColumns[0].second == u8("序号"));
    const CcRecord zhang = fileOf(*office.db, zhangSanId());
    CHECK(zhang.text(QStringLiteral("correction_type")) == QStringLiteral("01"));
    CHECK(zhang.date(QStringLiteral("effective_date")) == QDate(2024, 3, 11));  // its own column
    CHECK(zhang.text(QStringLiteral("grade")) == QStringLiteral("strict"));
    const CcRecord li = fileOf(*office.db, liSiId());
    CHECK(li.text(QStringLiteral("correction_type")) == QStringLiteral("04"));
    CHECK(li.text(QStringLiteral("outside_reason")) == QStringLiteral("dependent"));
    CHECK(li.text(QStringLiteral("grade")) == QStringLiteral("lenient"));
    // No judgment date at all: the period's first day.
    CHECK(li.date(QStringLiteral("effective_date")) == QDate(2024, 5, 20));
    CHECK(li.text(QStringLiteral("status")) == QStringLiteral("awaiting_report"));
}

TEST_CASE("correction import: bad rows are named by row and column and nothing is written", "[correction][import]")
{
    test::TestOffice office;
    const Session officer = office.signIn(QStringLiteral("correction"));
    QList<QStringList> rows = goodRows();
    QString badId = zhangSanId();
    badId[17] = badId[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');  // wrong check character
    rows[1][1] = badId;
    rows[2][3] = u8("监禁");                          // unknown 矫正类别 (李四's row)
    rows[3][9] = QStringLiteral("2023-01-01");        // 王五: ends before it begins
    rows[4][3] = u8("暂予监外执行");                  // 赵六: 04 without its circumstance
    rows[5][13] = u8("收监执行");                     // 钱七 (缓刑): an ending for 暂予监外执行
    rows[6][6] = QStringLiteral("2099-01-01");        // 孙八: judged in the future

    for (const bool dry : {true, false}) {
        const SubjectImportResult r = importSheet(*office.db, officer, rows, dry);
        const QString text = issuesText(r.plan);
        INFO(text.toStdString());
        CHECK_FALSE(r.written);
        CHECK(r.subjects == 0);
        CHECK(text.contains(u8("row 1, 身份证号 (column B): ")));
        CHECK(text.contains(u8("row 2, 矫正类别 (column D): \"监禁\" is not one of")));
        CHECK(text.contains(u8("row 3, 矫正终止日期 (column J): The correction period ends (2023-01-01) before it "
                               "begins (2023-02-10).")));
        CHECK(text.contains(u8("row 4, 暂予监外执行情形 (column O): Temporary execution outside prison")));
        CHECK(text.contains(u8("row 5, 解除类型 (column N): ")));
        CHECK(text.contains(u8("row 6, 判决日期 (column G): ")));
        CHECK(scalar(*office.db, QStringLiteral("SELECT count(*) FROM cc_subject")) == 0);
        CHECK(scalar(*office.db, QStringLiteral("SELECT count(*) FROM person")) == 0);
    }

    // Without a column for the circumstance, the 04 row names it all the same.
    QList<QStringList> noColumn;
    for (const QStringList &r : goodRows().mid(0, 3))
        noColumn << r.mid(0, 14);
    const SubjectImportResult r = importSheet(*office.db, officer, noColumn);
    CHECK(issuesText(r.plan) == u8("row 2, 暂予监外执行情形: Temporary execution outside prison (暂予监外执行) needs "
                                   "its circumstance in 暂予监外执行情形: 保外就医, 怀孕或者正在哺乳自己婴儿 or "
                                   "生活不能自理."));
    CHECK(scalar(*office.db, QStringLiteral("SELECT count(*) FROM cc_subject")) == 0);
}

TEST_CASE("correction import: a ledger without a required column is refused as a whole", "[correction][import]")
{
    test::TestOffice office;
    const Session officer = office.signIn(QStringLiteral("correction"));
    QList<QStringList> rows;
    for (const QStringList &r : goodRows())
        rows << (QStringList() << r.mid(0, 8) << r.mid(9));  // no 矫正起始日期
    Result<SubjectImportResult> r = SubjectImport::run(*office.db, officer, LedgerSheet::fromRows(rows));
    REQUIRE_FALSE(r);
    CHECK(r.message().contains(u8("矫正起始日期")));
}

TEST_CASE("correction import: an open file is not opened twice and a ledger is imported once", "[correction][import]")
{
    test::TestOffice office;
    const Session officer = office.signIn(QStringLiteral("correction"));
    Database &db = *office.db;

    // 张三 has an open file already.
    Person zhang;
    zhang.name = u8("张三");
    zhang.idNumber = zhangSanId();
    const QVariantMap judgment{{QStringLiteral("correction_type"), QStringLiteral("01")},
                               {QStringLiteral("effective_date"), QStringLiteral("2023-06-01")},
                               {QStringLiteral("period_from"), QStringLiteral("2023-06-01")},
                               {QStringLiteral("period_to"), QStringLiteral("2025-05-31")}};
    Result<QString> existing = CorrectionService::registerSubject(db, officer, zhang, judgment);
    REQUIRE(existing);
    SubjectImportResult r = importSheet(db, officer, goodRows());
    QString text = issuesText(r.plan);
    CHECK(text == u8("row 1, 身份证号 (column B): 张三 already has an open correction file in the database."));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM cc_subject")) == 1);

    // Two open files of one person in one ledger; a number given to two names.
    QList<QStringList> rows = goodRows();
    rows << rows[1];
    rows.last()[3] = u8("管制");
    rows << rows[2];
    rows.last()[0] = u8("李五");
    rows.last()[3] = u8("管制");
    rows.last()[14] = QString();
    rows.removeAt(1);  // without the row that meets the open file
    r = importSheet(db, officer, rows);
    text = issuesText(r.plan);
    INFO(text.toStdString());
    CHECK(text.contains(u8("row 6, 身份证号 (column B): 张三 already has an open correction file in the database.")));
    CHECK(text.contains(u8("row 7, 姓名 (column A): The ID number %1 is given to 李四 in row 1;").arg(liSiId())));
    CHECK(text.contains(u8("row 7, 身份证号 (column B): 李五 has an open file in row 1 already;")));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM cc_subject")) == 1);

    // The same ledger a second time: every row is there already.
    rows = goodRows();
    rows.removeAt(1);
    r = importSheet(db, officer, rows);
    REQUIRE(r.written);
    CHECK(r.subjects == 5);
    r = importSheet(db, officer, rows);
    CHECK_FALSE(r.written);
    CHECK(r.plan.issues.size() == 5);
    CHECK(issuesText(r.plan).contains(u8("is already in the database; a ledger is imported only once.")));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM cc_subject")) == 6);

    // An ID number the people index knows under another name.
    rows = QList<QStringList>{header(), goodRows(false).first()};
    rows[1][1] = liSiId();
    rows[1][2] = u8("女");
    r = importSheet(db, officer, rows);
    CHECK(issuesText(r.plan).contains(u8("row 1, 姓名 (column A): The ID number %1 belongs to 李四 in the people "
                                         "index, not to 张三;")
                                          .arg(liSiId())));
}

TEST_CASE("correction import: refused for a role without correction.write", "[correction][import]")
{
    test::TestOffice office;
    const Session mediator = office.signIn(QStringLiteral("mediator"));
    Result<SubjectImportResult> r = SubjectImport::run(*office.db, mediator, LedgerSheet::fromRows(goodRows()));
    REQUIRE_FALSE(r);
    CHECK(r.error().code == ErrorCode::PermissionDenied);
    Result<SubjectExport::Table> t = SubjectExport::table(*office.db, mediator);
    REQUIRE_FALSE(t);
    CHECK(t.error().code == ErrorCode::PermissionDenied);
    CHECK(scalar(*office.db, QStringLiteral("SELECT count(*) FROM cc_subject")) == 0);
}

TEST_CASE("correction export: an exported ledger imports again as the same files", "[correction][export]")
{
    test::TestOffice office;
    const Session officer = office.signIn(QStringLiteral("correction"));
    Database &db = *office.db;
    REQUIRE(importSheet(db, officer, goodRows()).written);
    // A transferred file, and a minor's sealed file that is never exported.
    QList<QStringList> more{header() << u8("状态"),
                            {u8("周九"), test::makeId(QStringLiteral("330225"), QDate(1970, 7, 7), false), u8("女"),
                             u8("假释"), u8("受贿罪"), u8("有期徒刑十年"), QStringLiteral("2024-01-05"),
                             u8("宁波市中级人民法院"), QStringLiteral("2024-01-15"), QStringLiteral("2026-01-14"),
                             QStringLiteral("2024-01-18"), u8("普管"), QStringLiteral("2024-10-08"), QString(),
                             QString(), QString(), u8("已迁出")},
                            {u8("吴十"), test::makeId(QStringLiteral("330225"), QDate(2009, 8, 8), true), u8("男"),
                             u8("缓刑"), u8("抢夺罪"), u8("有期徒刑一年，缓刑一年"), QStringLiteral("2024-02-01"),
                             u8("象山县人民法院"), QStringLiteral("2024-02-11"), QStringLiteral("2025-02-10"),
                             QStringLiteral("2024-02-13"), QString(), QStringLiteral("2025-02-10"), u8("期满解除"),
                             QString(), QString(), u8("已解除")}};
    const SubjectImportResult second = importSheet(db, officer, more);
    INFO(issuesText(second.plan).toStdString());
    REQUIRE(second.written);
    CHECK(second.plan.statuses.value(QStringLiteral("transferred_out")) == 1);
    Result<QList<SubjectListItem>> minors = CorrectionService::list(db, officer, SubjectQuery{});
    REQUIRE(minors);
    QString sealedUuid;
    for (const SubjectListItem &i : *minors) {
        if (i.name == u8("吴十"))
            sealedUuid = i.uuid;
    }
    REQUIRE_FALSE(sealedUuid.isEmpty());
    REQUIRE(CorrectionService::seal(db, officer, sealedUuid, u8("刑事诉讼法第二百八十六条")).ok());

    Result<SubjectExport::Table> table = SubjectExport::table(db, officer);
    REQUIRE(table);
    CHECK(table->header.mid(0, 14) == header().mid(0, 14));
    CHECK(table->header.last() == u8("状态"));
    CHECK(table->rows.size() == 7);  // the sealed file is left out
    CHECK(table->textColumns == QList<int>{1});
    // ID numbers in full.
    CHECK(table->rows[0][1].toString() == zhangSanId());

    QTemporaryDir dir;
    Result<QList<SubjectListItem>> before = CorrectionService::list(db, officer, SubjectQuery{});
    REQUIRE(before);
    for (const auto format : {SubjectExport::Format::Csv, SubjectExport::Format::Xlsx}) {
        const bool xlsx = format == SubjectExport::Format::Xlsx;
        const QString path = dir.filePath(xlsx ? QStringLiteral("out.xlsx") : QStringLiteral("out.csv"));
        Result<int> n = SubjectExport::write(db, officer, path, format);
        REQUIRE(n);
        CHECK(*n == 7);

        test::TestOffice fresh;
        const Session other = fresh.signIn(QStringLiteral("correction"));
        const SubjectImportResult r = importFile(*fresh.db, other, path);
        INFO(issuesText(r.plan).toStdString());
        REQUIRE(r.written);
        CHECK(r.subjects == 7);
        CHECK_FALSE(r.plan.effectiveFromJudgment);
        CHECK(r.plan.unknownColumns.isEmpty());
        Result<QList<SubjectListItem>> after = CorrectionService::list(*fresh.db, other, SubjectQuery{});
        REQUIRE(after);
        REQUIRE(after->size() == 7);
        for (const SubjectListItem &a : *after) {
            bool found = false;
            for (const SubjectListItem &b : *before) {
                if (b.name != a.name)
                    continue;
                found = true;
                INFO(a.name.toStdString());
                CHECK(a.idNumber == b.idNumber);
                CHECK(a.sex == b.sex);
                CHECK(a.correctionType == b.correctionType);
                CHECK(a.status == b.status);
                CHECK(a.grade == b.grade);
                CHECK(a.charge == b.charge);
                CHECK(a.periodFrom == b.periodFrom);
                CHECK(a.periodTo == b.periodTo);
                CHECK(a.effectiveDate == b.effectiveDate);
                CHECK(a.reportedDate == b.reportedDate);
                CHECK(a.minor == b.minor);
            }
            CHECK(found);
        }
        // Exporting again gives the same table.
        Result<SubjectExport::Table> again = SubjectExport::table(*fresh.db, other);
        REQUIRE(again);
        CHECK(again->rows == table->rows);
    }
    // Each export is in the audit trail with its count.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'correction.export' AND detail LIKE "
                                    "'7 subjects%'")) == 2);
}
