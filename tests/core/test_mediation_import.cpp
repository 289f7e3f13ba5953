// Importing existing mediation ledgers (LedgerImport) from the files in tests/data/mediation
// (made by make_fixtures.py there).
#include "CatchCompat.h"
#include "MediationFixture.h"

#include "mediation/DisputeRepository.h"
#include "mediation/LedgerImport.h"
#include "mediation/LedgerSheet.h"
#include "mediation/MediationSetup.h"
#include "people/PersonRepository.h"
#include "storage/Query.h"
#include "sync/RebuildCompare.h"

#include <QSet>

using namespace sifa;
namespace S = DisputeStatus;

namespace {

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

QString caseNo(int n)
{
    return u8("（2024）石人调字第%1号").arg(n);
}

QString ledger(const char *name)
{
    return test::dataFile(QStringLiteral("mediation/") + QLatin1String(name));
}

qint64 scalar(Database &db, const QString &sql)
{
    Result<QVariant> v = Query::scalar(db, sql, {}, QString(), 0);
    REQUIRE(v);
    return v->toLongLong();
}

Dispute byCase(Database &db, const QString &no)
{
    Result<QString> uuid = DisputeRepository::findByCaseNo(db, no);
    REQUIRE(uuid);
    INFO(no.toStdString());
    REQUIRE_FALSE(uuid->isEmpty());
    Result<Dispute> d = DisputeRepository::get(db, *uuid);
    REQUIRE(d);
    return *d;
}

Agreement agreementOf(Database &db, const Dispute &d)
{
    Result<std::optional<Agreement>> a = DisputeRepository::agreement(db, d.uuid);
    REQUIRE(a);
    REQUIRE(a->has_value());
    return a->value();
}

LedgerImportResult import(Database &db, const Access &access, const QString &path, bool dryRun = false)
{
    Result<LedgerImportResult> r = LedgerImport::run(db, access, path, LedgerImportOptions{dryRun, {}});
    INFO(r.message().toStdString());
    REQUIRE(r);
    QStringList issues;
    for (const LedgerIssue &i : r->plan.issues)
        issues << i.text();
    INFO(issues.join(QLatin1Char('\n')).toStdString());
    return *r;
}

QString mediatorName(Database &db, const QString &uuid)
{
    Result<QVariant> v = Query::scalar(db, QStringLiteral("SELECT name FROM mediator WHERE uuid = :u"),
                                       {{QStringLiteral(":u"), uuid}}, QString());
    REQUIRE(v);
    return v->toString();
}

// The eight cases of ledger-utf8.csv (and its GB18030 copy), each in its state.
void checkGoodLedger(test::MediationFixture &f, const LedgerImportResult &r)
{
    Database &db = f.db();
    CHECK(r.written);
    CHECK(r.disputes == 8);
    CHECK(r.plan.dataRows == 8);
    CHECK(r.plan.statuses.value(S::Archived) == 3);
    CHECK(r.plan.newMediators == QStringList{u8("李调解"), u8("新调解员")});
    CHECK(r.plan.newPeople == 7);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM dispute")) == 8);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM dispute_party")) == 17);
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM person")) == 7);

    const Dispute d1 = byCase(db, caseNo(1));
    CHECK(d1.status == S::Archived);
    CHECK(d1.acceptedDate == QDate(2024, 3, 5));
    CHECK(d1.registeredDate == QDate(2024, 3, 5));
    CHECK(d1.closedDate == QDate(2024, 3, 20));
    CHECK(d1.archivedDate == QDate(2024, 3, 20));
    CHECK(d1.result == QStringLiteral("written"));
    CHECK(d1.disputeType == QStringLiteral("02"));
    CHECK(d1.amountInvolvedFen == 200000);
    CHECK(d1.leadMediatorUuid == f.mediatorUuid);  // 王调解 was known
    REQUIRE(d1.parties.size() == 2);
    CHECK(d1.parties[0].role == QStringLiteral("applicant"));
    CHECK(d1.parties[0].name == u8("张三"));
    CHECK(d1.parties[1].role == QStringLiteral("respondent"));
    const Agreement a1 = agreementOf(db, d1);
    CHECK(a1.agreedDate == QDate(2024, 3, 12));
    CHECK(a1.amountFen == 150000);
    CHECK(a1.performanceStatus == QStringLiteral("done"));
    CHECK(a1.agreementNo.isEmpty());
    REQUIRE(a1.clauses.size() == 1);
    CHECK(a1.clauses[0].amountFen == 150000);

    const Dispute d2 = byCase(db, caseNo(2));
    CHECK(d2.status == S::Performing);
    CHECK(d2.source == QStringLiteral("initiative"));
    CHECK(d2.acceptedDate == QDate(2024, 4, 1));
    CHECK(d2.amountInvolvedFen == 200050);
    CHECK(d2.result == QStringLiteral("oral"));
    REQUIRE(d2.parties.size() == 3);
    CHECK(d2.parties[1].name == u8("赵六"));
    CHECK(d2.parties[1].idNumber.endsWith(QLatin1Char('X')));  // written with a small x
    CHECK(agreementOf(db, d2).amountFen == 200000);               // 0.2万
    CHECK(mediatorName(db, d2.leadMediatorUuid) == u8("李调解"));

    const Dispute d3 = byCase(db, caseNo(3));
    CHECK(d3.status == S::Archived);
    CHECK(d3.result == QStringLiteral("failed"));
    CHECK(d3.source == QStringLiteral("referral"));
    CHECK(d3.referralKind == QStringLiteral("police"));
    CHECK(d3.disputeType == QStringLiteral("13"));
    CHECK(d3.leadMediatorUuid == f.mediatorUuid);
    CHECK(mediatorName(db, d3.assistMediatorUuid) == u8("李调解"));
    REQUIRE(d3.parties.size() == 2);
    CHECK(d3.parties[1].kind == QStringLiteral("org"));
    CHECK(d3.parties[1].personUuid.isEmpty());
    CHECK(d3.parties[0].personUuid.isEmpty());  // no ID number: a name on the case only

    const Dispute d4 = byCase(db, caseNo(4));
    CHECK(d4.status == S::Accepted);
    CHECK(d4.source == QStringLiteral("screening"));
    CHECK(d4.disputeType == QStringLiteral("10"));

    const Dispute d5 = byCase(db, caseNo(5));
    CHECK(d5.status == S::Agreed);
    CHECK(d5.referralKind == QStringLiteral("court"));
    CHECK(agreementOf(db, d5).performanceStatus == QStringLiteral("pending"));
    CHECK(d5.parties[0].personUuid == d1.parties[0].personUuid);  // one person, two cases
    CHECK(mediatorName(db, d5.leadMediatorUuid) == u8("新调解员"));

    const Dispute d6 = byCase(db, caseNo(6));
    CHECK(d6.status == S::Terminated);
    CHECK(d6.result == QStringLiteral("terminated"));
    CHECK_FALSE(d6.closedDate.isValid());

    const Dispute d7 = byCase(db, caseNo(7));
    CHECK(d7.status == S::Archived);
    CHECK(agreementOf(db, d7).performanceStatus == QStringLiteral("failed"));
    CHECK(agreementOf(db, d7).form == QStringLiteral("written"));

    const Dispute d8 = byCase(db, caseNo(8));
    CHECK(d8.status == S::Performed);
    CHECK_FALSE(d8.closedDate.isValid());

    // People with an ID number are in the people index, normalised.
    Result<std::optional<Person>> zhang = PersonRepository::findByIdNumber(db, QStringLiteral("1"), d1.parties[0].idNumber);
    REQUIRE(zhang);
    REQUIRE(zhang->has_value());
    CHECK(zhang->value().birthDate == QDate(1970, 3, 4));
}

}  // namespace

TEST_CASE("import a UTF-8 CSV ledger: every case in the state its columns imply", "[import]")
{
    test::MediationFixture f;
    const LedgerImportResult r = import(f.db(), f.mediator, ledger("ledger-utf8.csv"));
    CHECK(r.plan.format == QStringLiteral("CSV"));
    CHECK(r.plan.encoding == QStringLiteral("UTF-8"));
    CHECK(r.plan.headerLine == 1);
    CHECK(r.plan.unknownColumns.isEmpty());
    checkGoodLedger(f, r);

    // One audit record for the whole import; the search index knows every case.
    CHECK(scalar(f.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'dispute.import'")) == 1);
    CHECK(scalar(f.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'dispute%.create'")) == 0);
    CHECK(scalar(f.db(), QStringLiteral("SELECT count(*) FROM dispute_search")) == 8);
    LedgerQuery q;
    q.search = u8("郑一");
    Result<QList<DisputeListItem>> found = DisputeRepository::list(f.db(), q);
    REQUIRE(found);
    REQUIRE(found->size() == 1);
    CHECK(found->first().caseNo == caseNo(5));

    Result<RebuildReport> rebuild = RebuildCompare::run(f.db());
    REQUIRE(rebuild);
    INFO(rebuild->differences.join(QLatin1Char('\n')).toStdString());
    CHECK(rebuild->ok());
}

TEST_CASE("import a GB18030 tab-separated ledger", "[import]")
{
    test::MediationFixture f;
    const LedgerImportResult r = import(f.db(), f.mediator, ledger("ledger-gb18030.csv"));
    CHECK(r.plan.encoding == QStringLiteral("GB18030"));
    checkGoodLedger(f, r);
}

TEST_CASE("import an XLSX ledger with title rows date cells and serial numbers", "[import]")
{
    test::MediationFixture f;
    const LedgerImportResult r = import(f.db(), f.mediator, ledger("ledger.xlsx"));
    CHECK(r.plan.format == QStringLiteral("XLSX"));
    CHECK(r.plan.headerLine == 3);
    CHECK(r.written);
    CHECK(r.disputes == 4);
    const Dispute d1 = byCase(f.db(), caseNo(1));
    CHECK(d1.status == S::Archived);
    CHECK(d1.parties[0].idNumber.size() == 18);
    CHECK(byCase(f.db(), caseNo(2)).acceptedDate == QDate(2024, 4, 1));  // serial number 45383
    CHECK(byCase(f.db(), caseNo(2)).status == S::Performing);
    CHECK(byCase(f.db(), caseNo(4)).status == S::Accepted);
    CHECK(byCase(f.db(), caseNo(7)).status == S::Archived);  // closed, agreement not performed
    CHECK(agreementOf(f.db(), d1).amountFen == 150000);
    CHECK(RebuildCompare::run(f.db())->ok());
}

TEST_CASE("import a ledger with variant headers and unknown columns", "[import]")
{
    test::MediationFixture f;
    const LedgerImportResult r = import(f.db(), f.mediator, ledger("ledger-variants.csv"));
    CHECK(r.plan.headerLine == 3);
    REQUIRE(r.plan.unknownColumns.size() == 2);
    CHECK(r.plan.unknownColumns[0].second == u8("序号"));
    CHECK(r.plan.unknownColumns[1].second == u8("备注"));
    CHECK(r.written);
    const Dispute a = byCase(f.db(), u8("石调〔2024〕01"));
    CHECK(a.status == S::Archived);
    CHECK(a.acceptedDate == QDate(2024, 1, 8));
    CHECK(a.disputeType == QStringLiteral("02"));
    CHECK(a.personsInvolved == 2);
    CHECK(a.amountInvolvedFen == 500000);  // 0.5 in a column headed (万元)
    REQUIRE(a.parties.size() == 2);
    CHECK(a.parties[1].idNumber.size() == 18);  // the second 身份证号码 is the respondent's
    CHECK(agreementOf(f.db(), a).amountFen == 300000);
    CHECK(agreementOf(f.db(), a).performanceStatus == QStringLiteral("done"));
    const Dispute b = byCase(f.db(), u8("石调〔2024〕02"));
    CHECK(b.status == S::Archived);
    CHECK(b.result == QStringLiteral("failed"));
    CHECK(b.referralKind == QStringLiteral("police"));
    CHECK(b.disputeType == QStringLiteral("13"));
}

TEST_CASE("bad rows: each problem is reported as row N with its reason and nothing is written", "[import]")
{
    test::MediationFixture f;
    const LedgerImportResult r = import(f.db(), f.mediator, ledger("ledger-bad.csv"));
    CHECK_FALSE(r.written);
    CHECK(scalar(f.db(), QStringLiteral("SELECT count(*) FROM dispute")) == 0);
    CHECK(scalar(f.db(), QStringLiteral("SELECT count(*) FROM person")) == 0);
    QMap<int, QString> reasons;
    for (const LedgerIssue &i : r.plan.issues) {
        CHECK(i.text().startsWith(QStringLiteral("row %1: ").arg(i.row)));
        reasons[i.row] += i.reason + QLatin1Char(' ');
    }
    QSet<int> rows;
    for (int n = 2; n <= 16; ++n)
        rows.insert(n);
    CHECK(QSet<int>(reasons.keyBegin(), reasons.keyEnd()) == rows);  // row 1 is good
    CHECK(reasons[2].contains(QStringLiteral("2024-13-45")));
    CHECK(reasons[3].contains(QStringLiteral("future")));
    CHECK(reasons[4].contains(QStringLiteral("should be 2")));  // the check character
    CHECK(reasons[5].contains(QStringLiteral("Excel")));
    CHECK(reasons[5].contains(QStringLiteral("destroyed")));
    CHECK(reasons[6].contains(u8("外星人纠纷")));
    CHECK(reasons[7].contains(u8("协议日期")));
    CHECK(reasons[8].contains(u8("成功")));
    CHECK(reasons[9].contains(u8("结案日期")));
    CHECK(reasons[10].contains(QStringLiteral("row 1")));  // the case number again
    CHECK(reasons[11].contains(u8("纠纷简要情况")));
    CHECK(reasons[12].contains(u8("天上掉下来")));
    CHECK(reasons[13].contains(QStringLiteral("ID number")));
    CHECK(reasons[14].contains(u8("两千元")));
    CHECK(reasons[15].contains(u8("部分履行")));
    CHECK(reasons[16].contains(QStringLiteral("mediators")));
}

TEST_CASE("importing the same ledger twice is refused as duplicates", "[import]")
{
    test::MediationFixture f;
    REQUIRE(import(f.db(), f.mediator, ledger("ledger-utf8.csv")).written);
    const qint64 ops = scalar(f.db(), QStringLiteral("SELECT count(*) FROM op"));
    const LedgerImportResult again = import(f.db(), f.mediator, ledger("ledger-utf8.csv"));
    CHECK_FALSE(again.written);
    CHECK(again.plan.issues.size() == 8);
    for (const LedgerIssue &i : again.plan.issues)
        CHECK(i.reason.contains(QStringLiteral("already in the database")));
    CHECK(scalar(f.db(), QStringLiteral("SELECT count(*) FROM dispute")) == 8);
    CHECK(scalar(f.db(), QStringLiteral("SELECT count(*) FROM op")) == ops);
}

TEST_CASE("ID numbers stored as numbers in an XLSX ledger are refused", "[import]")
{
    test::MediationFixture f;
    const LedgerImportResult r = import(f.db(), f.mediator, ledger("ledger-id-numbers.xlsx"));
    CHECK_FALSE(r.written);
    QSet<int> rows;
    for (const LedgerIssue &i : r.plan.issues) {
        rows.insert(i.row);
        CHECK(i.reason.contains(QStringLiteral("stored as a number")));
    }
    CHECK(rows == QSet<int>{1, 3});
}

TEST_CASE("a ledger without a required column is refused as a whole", "[import]")
{
    test::MediationFixture f;
    Result<LedgerImportResult> r = LedgerImport::run(f.db(), f.mediator, ledger("ledger-missing-column.csv"));
    REQUIRE_FALSE(r);
    CHECK(r.code() == ErrorCode::InvalidInput);
    CHECK(r.message().contains(u8("纠纷类型")));
}

TEST_CASE("a dry run plans the import and writes nothing", "[import]")
{
    test::MediationFixture f;
    const qint64 ops = scalar(f.db(), QStringLiteral("SELECT count(*) FROM op"));
    const LedgerImportResult r = import(f.db(), f.mediator, ledger("ledger-utf8.csv"), true);
    CHECK_FALSE(r.written);
    CHECK(r.plan.ok());
    CHECK(r.plan.dataRows == 8);
    CHECK(r.plan.columns.size() == 18);
    CHECK(r.plan.statuses == QMap<QString, int>{{S::Archived, 3}, {S::Performing, 1}, {S::Accepted, 1},
                                               {S::Agreed, 1}, {S::Terminated, 1}, {S::Performed, 1}});
    CHECK(r.plan.newMediators.size() == 2);
    CHECK(r.plan.newPeople == 7);
    CHECK(scalar(f.db(), QStringLiteral("SELECT count(*) FROM op")) == ops);
    CHECK(scalar(f.db(), QStringLiteral("SELECT count(*) FROM dispute")) == 0);
}

TEST_CASE("people already in the index are linked and registered rows need no case number", "[import]")
{
    test::MediationFixture f;
    const QString zhang = f.registerSample(QDate(2024, 1, 2));  // 张三 and 李四 enter the people index
    const Dispute sample = f.sample(QDate(2024, 1, 2));
    const LedgerSheet sheet = LedgerSheet::fromRows({
        {u8("案号"), u8("登记日期"), u8("受理日期"), u8("纠纷类型"), u8("申请人"), u8("申请人身份证号"), u8("纠纷简要情况")},
        {QString(), QStringLiteral("2024-05-01"), QString(), u8("邻里"), u8("张三"), sample.parties[0].idNumber, u8("登记未受理")},
        {u8("甲-1"), QStringLiteral("2024-05-02"), QStringLiteral("2024-05-03"), u8("邻里"), u8("某某商店"), QString(), u8("已受理")},
        {QString(), QStringLiteral("2024-05-02"), QStringLiteral("2024-05-03"), u8("邻里"), u8("钱某"), QString(), u8("受理无案号")},
    });
    Result<LedgerImportResult> dry = LedgerImport::run(f.db(), f.mediator, sheet, LedgerImportOptions{true, {}});
    REQUIRE(dry);
    REQUIRE(dry->plan.issues.size() == 1);
    CHECK(dry->plan.issues[0].row == 3);
    CHECK(dry->plan.issues[0].reason.contains(u8("案号")));
    CHECK(dry->plan.linkedPeople == 1);
    CHECK(dry->plan.newPeople == 0);

    const LedgerSheet good = LedgerSheet::fromRows({
        {u8("案号"), u8("登记日期"), u8("受理日期"), u8("纠纷类型"), u8("申请人"), u8("申请人身份证号"), u8("纠纷简要情况")},
        {QString(), QStringLiteral("2024-05-01"), QString(), u8("邻里"), u8("张三"), sample.parties[0].idNumber, u8("登记未受理")},
        {u8(" 甲-1 "), QStringLiteral("2024-05-02"), QStringLiteral("2024-05-03"), u8("邻里"), u8("某某商店"), QString(), u8("已受理")},
    });
    Result<LedgerImportResult> r = LedgerImport::run(f.db(), f.mediator, good);
    REQUIRE(r);
    REQUIRE(r->written);
    const Dispute shop = byCase(f.db(), u8("甲-1"));  // kept as written, trimmed
    CHECK(shop.status == S::Accepted);
    CHECK(shop.registeredDate == QDate(2024, 5, 2));
    CHECK(shop.parties[0].kind == QStringLiteral("org"));
    CHECK(scalar(f.db(), QStringLiteral("SELECT count(*) FROM dispute WHERE status = 'registered' AND case_no = ''")) == 2);  // and the sample
    const QString existing = DisputeRepository::get(f.db(), zhang)->parties[0].personUuid;
    CHECK(scalar(f.db(), QStringLiteral("SELECT count(*) FROM dispute_party WHERE person_uuid = '%1'").arg(existing)) == 2);
    CHECK(scalar(f.db(), QStringLiteral("SELECT count(*) FROM person")) == 2);
    CHECK(RebuildCompare::run(f.db())->ok());
}

TEST_CASE("a cancelled import writes nothing and the permission is checked", "[import]")
{
    test::MediationFixture f;
    qint64 calls = 0;
    LedgerImportOptions options;
    options.progress = [&calls](qint64 done, qint64 total) {
        CHECK(done <= total);
        return ++calls < 2;  // cancel at the second report
    };
    Result<LedgerImportResult> r = LedgerImport::run(f.db(), f.mediator, ledger("ledger-utf8.csv"), options);
    REQUIRE(r);
    CHECK(r->cancelled);
    CHECK_FALSE(r->written);
    CHECK(scalar(f.db(), QStringLiteral("SELECT count(*) FROM dispute")) == 0);
    CHECK(scalar(f.db(), QStringLiteral("SELECT count(*) FROM person")) == 0);

    // Progress reaches the total on a full run.
    qint64 last = 0, total = 0;
    options.progress = [&](qint64 done, qint64 all) {
        last = done;
        total = all;
        return true;
    };
    r = LedgerImport::run(f.db(), f.mediator, ledger("ledger-utf8.csv"), options);
    REQUIRE(r);
    CHECK(r->written);
    CHECK(last == total);

    const Session auditor = f.office.signIn(QStringLiteral("auditor"));
    Result<LedgerImportResult> refused = LedgerImport::run(f.db(), auditor, ledger("ledger-utf8.csv"));
    REQUIRE_FALSE(refused);
    CHECK(refused.code() == ErrorCode::PermissionDenied);
}
