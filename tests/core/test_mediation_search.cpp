#include "CatchCompat.h"
#include "MediationFixture.h"

#include "mediation/DisputeRepository.h"
#include "mediation/DisputeSearch.h"
#include "sync/RebuildCompare.h"

using namespace sifa;

namespace {

QDate day(int y, int m, int d)
{
    return QDate(y, m, d);
}

DisputeParty party(const QString &role, const QString &name, const QString &id = QString(), const QString &phone = QString())
{
    DisputeParty p;
    p.role = role;
    p.name = name;
    p.idNumber = id;
    p.phone = phone;
    return p;
}

struct SearchOffice : test::MediationFixture {
    QString zhang, wang, ouyang;
    QString zhangCaseNo;

    SearchOffice()
    {
        zhang = registerSample(day(2026, 3, 2));  // 张三 v 李四, 宅基地
        REQUIRE(DisputeService::accept(db(), mediator, zhang, day(2026, 3, 3)).ok());
        zhangCaseNo = DisputeRepository::get(db(), zhang)->caseNo;

        Dispute w = sample(day(2026, 4, 1));
        w.disputeType = QStringLiteral("03");
        w.summary = QStringLiteral("拖欠装修工程款两万元");
        w.parties = {party(QStringLiteral("applicant"), QStringLiteral("王伟"),
                           test::makeId(QStringLiteral("330225"), QDate(1985, 1, 2), true, 77), QStringLiteral("13600001111")),
                     party(QStringLiteral("respondent"), QStringLiteral("象山宏达装饰有限公司"))};
        w.parties[1].kind = QStringLiteral("org");
        w.parties[1].legalRep = QStringLiteral("陈宏达");
        wang = *DisputeService::registerDispute(db(), mediator, w);

        Dispute o = sample(day(2026, 5, 1));
        o.summary = QStringLiteral("邻居之间因噪音发生口角");
        o.parties = {party(QStringLiteral("applicant"), QStringLiteral("欧阳明华")),
                     party(QStringLiteral("respondent"), QStringLiteral("张伟"))};
        ouyang = *DisputeService::registerDispute(db(), mediator, o);
    }

    QStringList find(const QString &text)
    {
        LedgerQuery q;
        q.search = text;
        Result<QList<DisputeListItem>> rows = DisputeRepository::list(db(), q);
        REQUIRE(rows);
        QStringList out;
        for (const DisputeListItem &r : *rows)
            out << r.uuid;
        Result<qint64> n = DisputeRepository::count(db(), q);
        REQUIRE(n);
        CHECK(*n == out.size());
        return out;
    }
};

}  // namespace

TEST_CASE("the search finds a party by a two-character name and by a single surname", "[mediation][search]")
{
    SearchOffice s;
    CHECK(s.find(QStringLiteral("张三")) == QStringList{s.zhang});
    CHECK(s.find(QStringLiteral("王伟")) == QStringList{s.wang});
    CHECK(s.find(QStringLiteral("张")) == (QStringList{s.ouyang, s.zhang}));  // newest entry first
    CHECK(s.find(QStringLiteral("伟")) == (QStringList{s.ouyang, s.wang}));
    CHECK(s.find(QStringLiteral("欧阳")) == QStringList{s.ouyang});
    CHECK(s.find(QStringLiteral("明华")) == QStringList{s.ouyang});
    CHECK(s.find(QStringLiteral("宏达装饰")) == QStringList{s.wang});
    CHECK(s.find(QStringLiteral("赵六")).isEmpty());
    CHECK(s.find(QStringLiteral("三张")).isEmpty());  // order matters within a name
}

TEST_CASE("the search finds a party by pinyin initials and full pinyin", "[mediation][search]")
{
    SearchOffice s;
    CHECK(s.find(QStringLiteral("zs")) == QStringList{s.zhang});
    CHECK(s.find(QStringLiteral("ZS")) == QStringList{s.zhang});
    CHECK(s.find(QStringLiteral("wangwei")) == QStringList{s.wang});
    CHECK(s.find(QStringLiteral("zhangwei")) == QStringList{s.ouyang});
    CHECK(s.find(QStringLiteral("ww")) == QStringList{s.wang});
    CHECK(s.find(QStringLiteral("zhang")) == (QStringList{s.ouyang, s.zhang}));  // a surname's prefix
    CHECK(s.find(QStringLiteral("oymh")) == QStringList{s.ouyang});
    CHECK(s.find(QStringLiteral("xyz")).isEmpty());
}

TEST_CASE("the search finds fragments of ID and phone numbers and the case number", "[mediation][search]")
{
    SearchOffice s;
    const QString id = test::makeId(QStringLiteral("330225"), QDate(1985, 1, 2), true, 77);
    CHECK(s.find(id) == QStringList{s.wang});
    CHECK(s.find(id.right(6)) == QStringList{s.wang});
    CHECK(s.find(QStringLiteral("19850102")) == QStringList{s.wang});
    CHECK(s.find(QStringLiteral("0000111")) == QStringList{s.wang});
    CHECK(s.find(QStringLiteral("5741234")) == (QStringList{s.ouyang, s.zhang}).mid(1));  // 张三's phone
    CHECK(s.find(s.zhangCaseNo) == QStringList{s.zhang});
    CHECK(s.find(QStringLiteral("人调字第1号")) == QStringList{s.zhang});
    QString halfWidth = s.zhangCaseNo;
    halfWidth.replace(QStringLiteral("（"), QStringLiteral("(")).replace(QStringLiteral("）"), QStringLiteral(")"));
    CHECK(s.find(halfWidth) == QStringList{s.zhang});
    CHECK(s.find(QStringLiteral("99999")).isEmpty());
}

TEST_CASE("the search finds words of the summary and combines terms", "[mediation][search]")
{
    SearchOffice s;
    CHECK(s.find(QStringLiteral("宅基地")) == QStringList{s.zhang});
    CHECK(s.find(QStringLiteral("工程款")) == QStringList{s.wang});
    CHECK(s.find(QStringLiteral("噪音")) == QStringList{s.ouyang});
    CHECK(s.find(QStringLiteral("张 噪音")) == QStringList{s.ouyang});
    CHECK(s.find(QStringLiteral("wangwei 13600")) == QStringList{s.wang});
    CHECK(s.find(QStringLiteral("张三 噪音")).isEmpty());
}

TEST_CASE("a corrected party name reaches the search at once and the index rebuilds from the log", "[mediation][search]")
{
    SearchOffice s;
    Dispute d = *DisputeRepository::get(s.db(), s.zhang);
    d.parties[0].name = QStringLiteral("张山");
    REQUIRE(DisputeService::updateRegistration(s.db(), s.mediator, d).ok());
    CHECK(s.find(QStringLiteral("张三")).isEmpty());
    CHECK(s.find(QStringLiteral("张山")) == QStringList{s.zhang});
    CHECK(s.find(QStringLiteral("zhangshan")) == QStringList{s.zhang});
    Result<RebuildReport> report = RebuildCompare::run(s.db());
    REQUIRE(report);
    CHECK(report->differences.isEmpty());
}

TEST_CASE("the ledger filters and pages without skipping or repeating a row", "[mediation][ledger]")
{
    SearchOffice s;
    for (int i = 0; i < 7; ++i)
        s.registerSample(day(2026, 6, 1 + i));
    LedgerQuery q;
    q.statuses = {DisputeStatus::Accepted};
    CHECK(*DisputeRepository::count(s.db(), q) == 1);
    q = LedgerQuery();
    q.disputeType = QStringLiteral("03");
    CHECK(*DisputeRepository::count(s.db(), q) == 1);
    q = LedgerQuery();
    q.from = day(2026, 6, 3);
    q.to = day(2026, 6, 5);
    CHECK(*DisputeRepository::count(s.db(), q) == 3);
    q = LedgerQuery();
    q.mediatorUuid = s.mediatorUuid;
    CHECK(*DisputeRepository::count(s.db(), q) == 10);

    for (LedgerQuery::Sort sort : {LedgerQuery::Sort::Entered, LedgerQuery::Sort::Registered, LedgerQuery::Sort::Type,
                                   LedgerQuery::Sort::Status, LedgerQuery::Sort::CaseNo}) {
        for (bool descending : {true, false}) {
            LedgerQuery page;
            page.sort = sort;
            page.descending = descending;
            page.limit = 3;
            QStringList seen;
            for (int n = 0; n < 10; ++n) {
                Result<QList<DisputeListItem>> rows = DisputeRepository::list(s.db(), page);
                REQUIRE(rows);
                if (rows->isEmpty())
                    break;
                for (const DisputeListItem &r : *rows)
                    seen << r.uuid;
                page.after = qMakePair(DisputeRepository::sortValue(rows->last(), sort), rows->last().rowid);
            }
            INFO("sort " << static_cast<int>(sort) << " descending " << descending);
            CHECK(seen.size() == 10);
            CHECK(QSet<QString>(seen.cbegin(), seen.cend()).size() == 10);
        }
    }
    LedgerQuery sorted;
    sorted.sort = LedgerQuery::Sort::Registered;
    sorted.descending = false;
    Result<QList<DisputeListItem>> rows = DisputeRepository::list(s.db(), sorted);
    for (int i = 1; i < rows->size(); ++i)
        CHECK((*rows)[i - 1].registeredDate <= (*rows)[i].registeredDate);
    CHECK(rows->first().parties == QStringLiteral("张三、李四"));
}
