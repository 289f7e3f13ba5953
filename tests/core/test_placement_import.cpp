// Importing and exporting the resettlement ledger (PlacementImport, PlacementExport) and the
// core's registration from a ledger (PlacementService::registerFromLedger): each row a file in
// the state its columns give, bad rows named by row and column with nothing written, duplicates
// refused, and an exported ledger importing again as the same files.
#include "CatchCompat.h"
#include "PlacementLedgerRows.h"
#include "TestSupport.h"

#include "mediation/LedgerSheet.h"
#include "people/IdNumber.h"
#include "people/PersonRepository.h"
#include "placement/PlacementExport.h"
#include "placement/PlacementImport.h"
#include "placement/PlacementRepository.h"
#include "placement/PlacementService.h"
#include "storage/Query.h"
#include "sync/RebuildCompare.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>

using namespace sifa;
using namespace sifa::test::placement;

namespace {

qint64 scalar(Database &db, const QString &sql)
{
    Result<QVariant> v = Query::scalar(db, sql, {}, QString(), 0);
    REQUIRE(v);
    return v->toLongLong();
}

QString issuesText(const PlacementImportPlan &plan)
{
    QStringList lines;
    for (const PlacementIssue &i : plan.issues)
        lines << i.text();
    return lines.join(QLatin1Char('\n'));
}

PlacementImportResult importSheet(Database &db, const Access &access, const QList<QStringList> &rows,
                                  bool dryRun = false)
{
    Result<PlacementImportResult> r =
        PlacementImport::run(db, access, LedgerSheet::fromRows(rows), PlacementImportOptions{dryRun, {}});
    INFO(r.message().toStdString());
    REQUIRE(r);
    return *r;
}

PlacementImportResult importFile(Database &db, const Access &access, const QString &path, bool dryRun = false)
{
    Result<PlacementImportResult> r = PlacementImport::run(db, access, path, PlacementImportOptions{dryRun, {}});
    INFO(r.message().toStdString());
    REQUIRE(r);
    return *r;
}

// The one file of the person with this ID number.
PlacementFile fileOf(Database &db, const QString &idNumber)
{
    Result<std::optional<Person>> p = PersonRepository::findByIdNumber(db, IdType::Resident, idNumber);
    REQUIRE(p);
    REQUIRE(p->has_value());
    Result<QList<Record>> files = PlacementRepository::subjectsOfPerson(db, p->value().uuid);
    REQUIRE(files);
    REQUIRE(files->size() == 1);
    Result<PlacementFile> f = PlacementRepository::file(db, files->first().uuid);
    REQUIRE(f);
    return *f;
}

void checkGoodLedger(Database &db, const PlacementImportResult &r)
{
    INFO(issuesText(r.plan).toStdString());
    CHECK(r.plan.ok());
    CHECK(r.written);
    CHECK(r.subjects == 6);
    CHECK(r.plan.dataRows == 6);
    CHECK(r.plan.newPeople == 6);
    CHECK_FALSE(r.plan.sourceAssumed);
    CHECK(r.plan.statuses.value(QStringLiteral("assisting")) == 4);
    CHECK(r.plan.statuses.value(QStringLiteral("expired")) == 1);
    CHECK(r.plan.statuses.value(QStringLiteral("reoffended")) == 1);
    CHECK(r.plan.sources.value(QStringLiteral("prison")) == 5);
    CHECK(r.plan.sources.value(QStringLiteral("correction")) == 1);
    CHECK(r.plan.handovers.value(QStringLiteral("done")) == 4);
    CHECK(r.plan.handovers.value(QStringLiteral("pending")) == 1);
    CHECK(r.plan.handovers.value(QStringLiteral("unknown")) == 1);
    CHECK(r.plan.placements == 3);
    CHECK(r.plan.reviews == 4);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM rp_subject")) == 6);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM person")) == 6);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM rp_placement")) == 3);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM rp_risk_review")) == 4);
    // One audit record for the whole import.
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'placement.import'")) == 1);

    const PlacementFile zhang = fileOf(db, zhangSanId());
    CHECK(zhang.status() == QStringLiteral("assisting"));
    CHECK(zhang.source() == QStringLiteral("prison"));
    CHECK(zhang.person.name == u8("张三"));
    CHECK(zhang.person.sex == QStringLiteral("1"));
    CHECK(zhang.subject.date(QStringLiteral("release_date")) == QDate(2025, 3, 10));
    CHECK(zhang.subject.date(QStringLiteral("assist_end_date")) == QDate(2030, 3, 10));  // from the rules
    CHECK(zhang.subject.text(QStringLiteral("releasing_org")) == u8("浙江省乔司监狱"));
    CHECK(zhang.subject.text(QStringLiteral("charge")) == u8("盗窃罪"));
    CHECK(zhang.subject.text(QStringLiteral("original_sentence")) == u8("有期徒刑二年"));
    CHECK(zhang.subject.text(QStringLiteral("handover_mode")) == QStringLiteral("escort"));
    CHECK(zhang.subject.text(QStringLiteral("handover_status")) == QStringLiteral("done"));
    CHECK(zhang.subject.date(QStringLiteral("handover_date")) == QDate(2025, 3, 10));
    CHECK(zhang.keyPerson());
    CHECK_FALSE(zhang.sanwu());
    REQUIRE(zhang.reviews.size() == 1);
    CHECK(zhang.reviews[0].text(QStringLiteral("category")) == QStringLiteral("key"));
    CHECK(zhang.reviews[0].date(QStringLiteral("review_date")) == QDate(2025, 3, 10));
    CHECK(zhang.reviews[0].text(QStringLiteral("reason")) == QStringLiteral("Ledger import"));
    CHECK(zhang.reviews[0].text(QStringLiteral("reviewer")) == QStringLiteral("placement"));
    REQUIRE(zhang.placements.size() == 1);
    CHECK(zhang.placements[0].text(QStringLiteral("mode")) == QStringLiteral("05"));
    CHECK(zhang.placements[0].date(QStringLiteral("placed_date")) == QDate(2025, 4, 20));

    const PlacementFile li = fileOf(db, liSiId());
    CHECK(li.source() == QStringLiteral("correction"));
    CHECK(li.subject.date(QStringLiteral("release_date")) == QDate(2025, 6, 1));  // 2025年6月1日
    CHECK(li.subject.date(QStringLiteral("handover_date")) == QDate(2025, 6, 2));  // 2025/6/2
    CHECK(li.subject.text(QStringLiteral("handover_status")) == QStringLiteral("done"));  // from the date
    CHECK(li.subject.text(QStringLiteral("handover_mode")) == QStringLiteral("family"));
    CHECK(li.subject.text(QStringLiteral("category")) == QStringLiteral("general"));

    const PlacementFile wang = fileOf(db, wangWuId());
    CHECK(wang.subject.text(QStringLiteral("handover_status")) == QStringLiteral("pending"));
    CHECK(wang.subject.text(QStringLiteral("category")).isEmpty());
    CHECK(wang.reviews.isEmpty());

    const PlacementFile zhao = fileOf(db, zhaoLiuId());
    CHECK(zhao.subject.text(QStringLiteral("handover_status")) == QStringLiteral("unknown"));
    CHECK(zhao.source() == QStringLiteral("prison"));  // 刑释
    CHECK(zhao.sanwu());
    CHECK(zhao.person.sex == QStringLiteral("1"));  // from the ID number

    const PlacementFile qian = fileOf(db, qianQiId());
    CHECK(qian.status() == QStringLiteral("expired"));
    CHECK(qian.subject.text(QStringLiteral("end_type")) == QStringLiteral("expired"));
    CHECK(qian.subject.date(QStringLiteral("end_date")) == QDate(2024, 1, 15));
    CHECK(qian.subject.date(QStringLiteral("assist_end_date")) == QDate(2024, 1, 10));
    // An ended file keeps the ledger's history: its placement and category.
    REQUIRE(qian.placements.size() == 1);
    CHECK(qian.placements[0].text(QStringLiteral("mode")) == QStringLiteral("01"));
    CHECK(qian.subject.text(QStringLiteral("category")) == QStringLiteral("general"));

    const PlacementFile sun = fileOf(db, sunBaId());
    CHECK(sun.status() == QStringLiteral("reoffended"));
    REQUIRE(sun.placements.size() == 1);
    CHECK(sun.placements[0].text(QStringLiteral("mode")) == QStringLiteral("04"));
}

}  // namespace

TEST_CASE("placement import: a CSV ledger, every file in the state its columns give", "[placement][import]")
{
    test::TestOffice office;
    const Session officer = office.signIn(QStringLiteral("placement"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.csv"));
    writeCsv(path, goodRows());

    // A dry run checks everything and writes nothing.
    const PlacementImportResult dry = importFile(*office.db, officer, path, true);
    INFO(issuesText(dry.plan).toStdString());
    CHECK(dry.plan.ok());
    CHECK_FALSE(dry.written);
    CHECK(dry.subjects == 6);
    CHECK(dry.plan.format == QStringLiteral("CSV"));
    for (const char *table : {"rp_subject", "rp_placement", "rp_risk_review", "person"})
        CHECK(scalar(*office.db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) == 0);
    CHECK(scalar(*office.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'placement.import'")) == 0);

    checkGoodLedger(*office.db, importFile(*office.db, officer, path));
    Result<RebuildReport> rebuilt = RebuildCompare::run(*office.db);
    REQUIRE(rebuilt);
    CHECK(rebuilt->ok());
}

TEST_CASE("placement import: an XLSX ledger with date cells", "[placement][import]")
{
    test::TestOffice office;
    const Session officer = office.signIn(QStringLiteral("placement"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.xlsx"));
    writeXlsx(path, goodRows());
    const PlacementImportResult r = importFile(*office.db, officer, path);
    CHECK(r.plan.format == QStringLiteral("XLSX"));
    checkGoodLedger(*office.db, r);
}

TEST_CASE("placement import: variant headers, a title row, codes and no 人员来源 column", "[placement][import]")
{
    test::TestOffice office;
    const Session officer = office.signIn(QStringLiteral("placement"));
    const QList<QStringList> rows{
        {u8("石浦镇刑满释放人员安置帮教台账")},
        {u8("序号"), u8("帮教对象姓名"), u8("身份证号码"), u8("刑满释放日期"), u8("服刑单位"), u8("接回方式"), u8("衔接时间"),
         u8("三无人员"), u8("帮教类型"), u8("安置类型"), u8("安置时间")},
        {QStringLiteral("1"), u8("张三"), zhangSanId().toLower(), QStringLiteral("2025-03-10"), u8("浙江省乔司监狱"),
         u8("接送"), QStringLiteral("2025-03-10"), u8("是"), u8("重点帮教对象"), QStringLiteral("2"),
         QStringLiteral("2025-05-01")},
        {QStringLiteral("2"), u8("李四"), liSiId(), QStringLiteral("2025-06-01"), QString(), QString(), QString(),
         QString(), u8("一般"), QString(), QString()},
    };
    const PlacementImportResult r = importSheet(*office.db, officer, rows);
    INFO(issuesText(r.plan).toStdString());
    REQUIRE(r.written);
    CHECK(r.plan.headerLine == 2);
    CHECK(r.plan.sourceAssumed);
    REQUIRE(r.plan.unknownColumns.size() == 1);
    CHECK(r.plan.unknownColumns[0].second == u8("序号"));
    const PlacementFile zhang = fileOf(*office.db, zhangSanId());
    CHECK(zhang.source() == QStringLiteral("prison"));
    CHECK(zhang.subject.text(QStringLiteral("handover_mode")) == QStringLiteral("escort"));
    CHECK(zhang.sanwu());
    CHECK(zhang.keyPerson());
    REQUIRE(zhang.placements.size() == 1);
    CHECK(zhang.placements[0].text(QStringLiteral("mode")) == QStringLiteral("02"));
    const PlacementFile li = fileOf(*office.db, liSiId());
    CHECK(li.subject.text(QStringLiteral("handover_status")) == QStringLiteral("pending"));
    // Assessed without a hand-over: the assessment is dated the release.
    REQUIRE(li.reviews.size() == 1);
    CHECK(li.reviews[0].date(QStringLiteral("review_date")) == QDate(2025, 6, 1));
}

TEST_CASE("placement import: bad rows are named by row and column and nothing is written", "[placement][import]")
{
    test::TestOffice office;
    const Session officer = office.signIn(QStringLiteral("placement"));
    QList<QStringList> rows = goodRows();
    QString badId = zhangSanId();
    badId[17] = badId[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');  // wrong check character
    rows[1][1] = badId;
    rows[2][8] = u8("坐飞机");                     // 李四: unknown 衔接方式
    rows[3][9] = QStringLiteral("2026-10-21");     // 王五: a hand-over date, yet 未衔接
    rows[4][4] = QStringLiteral("2099-01-01");     // 赵六: released in the future
    rows[5][14] = QString();                       // 钱七: 安置方式 without 安置日期
    rows[6][16] = QString();                       // 孙八: 解除原因 without 解除日期

    for (const bool dry : {true, false}) {
        const PlacementImportResult r = importSheet(*office.db, officer, rows, dry);
        const QString text = issuesText(r.plan);
        INFO(text.toStdString());
        CHECK_FALSE(r.written);
        CHECK(r.subjects == 0);
        CHECK(text.contains(u8("row 1, 身份证号 (column B): ")));
        CHECK(text.contains(u8("row 2, 衔接方式 (column I): \"坐飞机\" is not one of 必接必送、家属接回、自行返回.")));
        CHECK(text.contains(u8("row 3, 衔接状态 (column K): 衔接状态 says 未衔接, but a hand-over is recorded")));
        CHECK(text.contains(u8("row 4, 释放日期 (column E): The 释放日期 (2099-01-01) lies in the future.")));
        CHECK(text.contains(u8("row 5, 安置日期 (column O): A placement (安置方式) needs its date (安置日期).")));
        CHECK(text.contains(u8("row 6, 解除日期 (column Q): A file that has ended needs the date it ended")));
        CHECK(r.plan.issues.size() == 6);
        CHECK(scalar(*office.db, QStringLiteral("SELECT count(*) FROM rp_subject")) == 0);
        CHECK(scalar(*office.db, QStringLiteral("SELECT count(*) FROM person")) == 0);
    }

    // One bad row among good ones refuses them all.
    rows = goodRows();
    rows[3][12] = u8("特级");
    const PlacementImportResult r = importSheet(*office.db, officer, rows);
    CHECK(issuesText(r.plan) == u8("row 3, 帮教类别 (column M): \"特级\" is not one of 重点帮教对象、一般帮教对象."));
    CHECK_FALSE(r.written);
    CHECK(scalar(*office.db, QStringLiteral("SELECT count(*) FROM rp_subject")) == 0);
}

TEST_CASE("placement import: a ledger without a required column is refused as a whole", "[placement][import]")
{
    test::TestOffice office;
    const Session officer = office.signIn(QStringLiteral("placement"));
    QList<QStringList> rows;
    for (const QStringList &r : goodRows())
        rows << (QStringList() << r.mid(0, 4) << r.mid(5));  // no 释放日期
    Result<PlacementImportResult> r = PlacementImport::run(*office.db, officer, LedgerSheet::fromRows(rows));
    REQUIRE_FALSE(r);
    CHECK(r.message().contains(u8("释放日期")));
}

TEST_CASE("placement import: duplicates in the file and in the database", "[placement][import]")
{
    test::TestOffice office;
    const Session officer = office.signIn(QStringLiteral("placement"));
    Database &db = *office.db;

    // 张三 has an open file already, from another release.
    Person zhang;
    zhang.name = u8("张三");
    zhang.idNumber = zhangSanId();
    REQUIRE(PlacementService::registerSubject(db, officer, zhang,
                                              {{QStringLiteral("source_type"), QStringLiteral("prison")},
                                               {QStringLiteral("release_date"), QStringLiteral("2024-06-01")}}));
    PlacementImportResult r = importSheet(db, officer, goodRows());
    CHECK(issuesText(r.plan) == u8("row 1, 身份证号 (column B): 张三 already has an open resettlement file in the database."));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM rp_subject")) == 1);

    // Twice in one ledger; one number given to two names; two open files of one person.
    QList<QStringList> rows = goodRows();
    rows.removeAt(1);                         // 李四 王五 赵六 钱七 孙八
    rows << rows[4];                          // 钱七 again: the same file
    rows << rows[2];
    rows.last()[0] = u8("王六");              // 王五's number under another name
    rows.last()[4] = QStringLiteral("2026-10-01");
    rows << rows[4];                          // 钱七 (ended) released again, open: fine
    rows.last()[4] = QStringLiteral("2025-02-01");
    rows.last()[9] = QStringLiteral("2025-02-02");
    rows.last()[14] = QStringLiteral("2025-03-01");
    for (const int c : {15, 16, 17})
        rows.last()[c] = QString();
    r = importSheet(db, officer, rows);
    QString text = issuesText(r.plan);
    INFO(text.toStdString());
    CHECK(text.contains(u8("row 6, 身份证号 (column B): This file appears twice (first in row 4).")));
    CHECK(text.contains(u8("row 7, 姓名 (column A): The ID number %1 is given to 王五 in row 2;").arg(wangWuId())));
    CHECK(text.contains(u8("row 7, 身份证号 (column B): 王六 has an open file in row 2 already;")));
    CHECK(r.plan.issues.size() == 3);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM rp_subject")) == 1);

    // Without the bad rows it goes in, 钱七 with two files; the same ledger a second time not.
    rows.removeAt(7);
    rows.removeAt(6);
    r = importSheet(db, officer, rows);
    INFO(issuesText(r.plan).toStdString());
    REQUIRE(r.written);
    CHECK(r.subjects == 6);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM rp_subject")) == 7);
    r = importSheet(db, officer, rows);
    CHECK_FALSE(r.written);
    CHECK(r.plan.issues.size() == 6);
    CHECK(issuesText(r.plan).contains(u8("is already in the database; a ledger is imported only once.")));

    // An ID number the people index knows under another name.
    rows = QList<QStringList>{header(), goodRows(false)[2]};
    rows[1][1] = liSiId();
    rows[1][2] = QString();  // 性别 from the number
    r = importSheet(db, officer, rows);
    CHECK(issuesText(r.plan).contains(u8("row 1, 姓名 (column A): The ID number %1 belongs to 李四 in the people "
                                         "index, not to 王五;")
                                          .arg(liSiId())));
}

TEST_CASE("placement import: refused for a role without placement.write", "[placement][import]")
{
    test::TestOffice office;
    for (const char *user : {"mediator", "correction"}) {
        const Session other = office.signIn(QLatin1String(user));
        Result<PlacementImportResult> r = PlacementImport::run(*office.db, other, LedgerSheet::fromRows(goodRows()));
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::PermissionDenied);
    }
    const Session mediator = office.signIn(QStringLiteral("mediator"));
    Result<PlacementExport::Table> t = PlacementExport::table(*office.db, mediator);
    REQUIRE_FALSE(t);
    CHECK(t.error().code == ErrorCode::PermissionDenied);
    CHECK(scalar(*office.db, QStringLiteral("SELECT count(*) FROM rp_subject")) == 0);
}

TEST_CASE("placement: registerFromLedger keeps an ended file's placement and category", "[placement][import]")
{
    test::TestOffice office;
    const Session officer = office.signIn(QStringLiteral("placement"));
    Database &db = *office.db;
    Person p;
    p.name = u8("钱七");
    p.idNumber = qianQiId();
    const QVariantMap ended{{QStringLiteral("source_type"), QStringLiteral("prison")},
                            {QStringLiteral("release_date"), QStringLiteral("2020-05-01")},
                            {QStringLiteral("end_type"), QStringLiteral("dead")},
                            {QStringLiteral("end_date"), QStringLiteral("2023-02-01")}};
    const QVariantMap placed{{QStringLiteral("mode"), QStringLiteral("03")},
                             {QStringLiteral("placed_date"), QStringLiteral("2020-07-01")}};
    const QVariantMap review{{QStringLiteral("category"), QStringLiteral("key")},
                             {QStringLiteral("review_date"), QStringLiteral("2020-05-01")},
                             {QStringLiteral("reason"), u8("台账导入")}};

    // The steps one by one refuse an ended file; the ledger's registration takes its history.
    Result<QString> plain = PlacementService::registerSubject(db, officer, p, ended);
    REQUIRE(plain);
    QVariantMap onPlain = placed;
    onPlain.insert(QStringLiteral("subject_uuid"), *plain);
    CHECK(PlacementService::saveRecord(db, officer, QStringLiteral("rp_placement"), QString(), onPlain).error().code
          == ErrorCode::Conflict);

    QVariantMap other = ended;
    other.insert(QStringLiteral("release_date"), QStringLiteral("2016-05-01"));
    other.insert(QStringLiteral("end_date"), QStringLiteral("2019-02-01"));
    // A placement before the release, an unknown category: refused, nothing written.
    QVariantMap early = placed;
    early.insert(QStringLiteral("placed_date"), QStringLiteral("2016-04-01"));
    Result<QString> bad = PlacementService::registerFromLedger(db, officer, p, other, early, review);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().field == QStringLiteral("placed_date"));
    QVariantMap badReview = review;
    badReview.insert(QStringLiteral("category"), QStringLiteral("extreme"));
    bad = PlacementService::registerFromLedger(db, officer, p, other, {}, badReview);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().field == QStringLiteral("category"));
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM rp_subject")) == 1);

    QVariantMap reviewOn2016 = review;
    reviewOn2016.insert(QStringLiteral("review_date"), QStringLiteral("2016-05-02"));
    QVariantMap placedOn2016 = placed;
    placedOn2016.insert(QStringLiteral("placed_date"), QStringLiteral("2016-07-01"));
    Result<QString> uuid = PlacementService::registerFromLedger(db, officer, p, other, placedOn2016, reviewOn2016);
    REQUIRE(uuid);
    Result<PlacementFile> f = PlacementService::reload(db, officer, *uuid);
    REQUIRE(f);
    CHECK(f->status() == QStringLiteral("dead"));
    CHECK(f->keyPerson());
    REQUIRE(f->placements.size() == 1);
    CHECK(f->placements[0].text(QStringLiteral("mode")) == QStringLiteral("03"));
    REQUIRE(f->reviews.size() == 1);
    CHECK(f->reviews[0].text(QStringLiteral("reviewer")) == QStringLiteral("placement"));  // the importing user
    CHECK(f->reviews[0].text(QStringLiteral("reason")) == u8("台账导入"));
    // Refused without placement.write.
    const Session mediator = office.signIn(QStringLiteral("mediator"));
    CHECK(PlacementService::registerFromLedger(db, mediator, p, other, placed, review).error().code
          == ErrorCode::PermissionDenied);
}

TEST_CASE("placement export: an exported ledger imports again as the same files", "[placement][export]")
{
    test::TestOffice office;
    const Session officer = office.signIn(QStringLiteral("placement"));
    Database &db = *office.db;
    REQUIRE(importSheet(db, officer, goodRows()).written);

    Result<PlacementExport::Table> table = PlacementExport::table(db, officer);
    REQUIRE(table);
    CHECK(table->header == header());
    CHECK(table->rows.size() == 6);
    CHECK(table->textColumns == QList<int>{1});
    // ID numbers in full; words, not codes.
    const auto zhang = std::find_if(table->rows.cbegin(), table->rows.cend(),
                                    [](const QList<QVariant> &r) { return r[0].toString() == u8("张三"); });
    REQUIRE(zhang != table->rows.cend());
    CHECK((*zhang)[1].toString() == zhangSanId());
    CHECK((*zhang)[3].toString() == u8("刑满释放"));
    CHECK((*zhang)[8].toString() == u8("必接必送"));
    CHECK((*zhang)[11].toString() == u8("否"));
    CHECK((*zhang)[12].toString() == u8("重点帮教对象"));
    CHECK((*zhang)[13].toString() == u8("企业/经济实体吸纳就业"));
    CHECK((*zhang)[14].toDate() == QDate(2025, 4, 20));

    QTemporaryDir dir;
    Result<QList<PlacementListItem>> before = PlacementService::list(db, officer, PlacementQuery{});
    REQUIRE(before);
    for (const auto format : {PlacementExport::Format::Csv, PlacementExport::Format::Xlsx}) {
        const bool xlsx = format == PlacementExport::Format::Xlsx;
        const QString path = dir.filePath(xlsx ? QStringLiteral("out.xlsx") : QStringLiteral("out.csv"));
        Result<int> n = PlacementExport::write(db, officer, path, format);
        REQUIRE(n);
        CHECK(*n == 6);

        test::TestOffice fresh;
        const Session other = fresh.signIn(QStringLiteral("placement"));
        const PlacementImportResult r = importFile(*fresh.db, other, path);
        INFO(issuesText(r.plan).toStdString());
        REQUIRE(r.written);
        CHECK(r.subjects == 6);
        CHECK(r.plan.unknownColumns.isEmpty());
        Result<QList<PlacementListItem>> after = PlacementService::list(*fresh.db, other, PlacementQuery{});
        REQUIRE(after);
        REQUIRE(after->size() == 6);
        for (const PlacementListItem &a : *after) {
            bool found = false;
            for (const PlacementListItem &b : *before) {
                if (b.name != a.name)
                    continue;
                found = true;
                INFO(a.name.toStdString());
                CHECK(a.idNumber == b.idNumber);
                CHECK(a.sex == b.sex);
                CHECK(a.source == b.source);
                CHECK(a.status == b.status);
                CHECK(a.category == b.category);
                CHECK(a.handoverMode == b.handoverMode);
                CHECK(a.handoverStatus == b.handoverStatus);
                CHECK(a.releaseDate == b.releaseDate);
                CHECK(a.assistEnd == b.assistEnd);
                CHECK(a.charge == b.charge);
                CHECK(a.releasingOrg == b.releasingOrg);
                CHECK(a.placementMode == b.placementMode);
                CHECK(a.sanwu == b.sanwu);
            }
            CHECK(found);
        }
        Result<PlacementExport::Table> again = PlacementExport::table(*fresh.db, other);
        REQUIRE(again);
        CHECK(again->rows == table->rows);
    }
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'placement.export' AND detail LIKE "
                                    "'6 files%'")) == 2);
}

TEST_CASE("placement list: filters, search and masked ID numbers", "[placement][import]")
{
    test::TestOffice office;
    const Session officer = office.signIn(QStringLiteral("placement"));
    Database &db = *office.db;
    REQUIRE(importSheet(db, officer, goodRows()).written);
    auto names = [&](const PlacementQuery &q) {
        Result<QList<PlacementListItem>> items = PlacementService::list(db, officer, q);
        REQUIRE(items);
        QStringList out;
        for (const PlacementListItem &i : *items) {
            CHECK(i.idNumber.contains(QStringLiteral("********")) != q.revealIdNumbers);
            out << i.name;
        }
        out.sort();
        return out;
    };
    PlacementQuery q;
    CHECK(names(q).size() == 6);
    q.status = QStringLiteral("assisting");
    CHECK(names(q) == QStringList{u8("张三"), u8("李四"), u8("王五"), u8("赵六")});
    q.status = QStringLiteral("expired");
    CHECK(names(q) == QStringList{u8("钱七")});
    q = PlacementQuery{};
    q.handoverStatus = QStringLiteral("unknown");
    CHECK(names(q) == QStringList{u8("赵六")});
    q = PlacementQuery{};
    q.text = u8("盗窃");
    CHECK(names(q) == QStringList{u8("孙八"), u8("张三")});
    q.text = QStringLiteral("zs");
    CHECK(names(q) == QStringList{u8("张三")});
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'placement.reveal_ids'")) == 0);
    q = PlacementQuery{};
    q.revealIdNumbers = true;
    CHECK(names(q).size() == 6);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'placement.reveal_ids'")) == 1);
}

TEST_CASE("placement import: a thousand rows", "[placement][import][.bench]")
{
    test::TestOffice office;
    const Session officer = office.signIn(QStringLiteral("placement"));
    QList<QStringList> rows{header()};
    for (int i = 0; i < 1000; ++i) {
        QStringList r = goodRows(false)[i % 6];
        r[0] = u8("张王李赵钱孙周吴郑冯").mid(i % 10, 1) + u8("伟芳娜敏静丽强磊军洋").mid(i / 10 % 10, 1)
            + u8("一二三四五六七八九十").mid(i / 100, 1);
        r[1] = test::makeId(QStringLiteral("330225"), QDate(1960, 1, 1).addDays(i * 7), i % 2 == 0, 10 + i % 80);
        r[2] = QString();
        rows << r;
    }
    QElapsedTimer t;
    t.start();
    const PlacementImportResult r = importSheet(*office.db, officer, rows);
    INFO(issuesText(r.plan).left(2000).toStdString());
    CHECK(r.written);
    CHECK(r.subjects == 1000);
    WARN("1000 rows imported in " << t.elapsed() << " ms");
}
