// 人民调解 statistics on fixed data (the eight cases of tests/data/mediation/ledger-utf8.csv):
// the figures, their drill-down lists, the period boundaries and the checks.
#include "CatchCompat.h"
#include "MediationFixture.h"

#include "mediation/LedgerImport.h"
#include "stats/Statistics.h"

using namespace sifa;

namespace {

struct Fixture : test::MediationFixture {
    Fixture()
    {
        Result<LedgerImportResult> r =
            LedgerImport::run(db(), mediator, test::dataFile(QStringLiteral("mediation/ledger-utf8.csv")));
        REQUIRE(r);
        REQUIRE(r->written);
        head = office.signIn(QStringLiteral("head"));
    }
    Session head;
    StatReportData report(const QString &period)
    {
        Result<StatPeriod> p = StatPeriod::parse(period);
        REQUIRE(p);
        Result<StatReportData> r = Statistics::run(db(), head, QStringLiteral("mediation"), *p);
        INFO(r.message().toStdString());
        REQUIRE(r);
        return *r;
    }
    StatDrill drill(const QString &period, const QString &key)
    {
        Result<StatDrill> d = Statistics::drill(db(), head, QStringLiteral("mediation"), key,
                                                *StatPeriod::parse(period));
        INFO(d.message().toStdString());
        REQUIRE(d);
        return *d;
    }
};

QStringList caseNos(const StatDrill &d)
{
    QStringList out;
    for (const StatDrill::Row &r : d.rows)
        out << r.cells.value(0).right(3);
    return out;
}

}  // namespace

TEST_CASE("mediation statistics of a year: figures and the records behind them", "[stats][mediation]")
{
    Fixture f;
    const StatReportData r = f.report(QStringLiteral("2024"));
    CHECK(r.period.from == QDate(2024, 1, 1));
    CHECK(r.value(QStringLiteral("accepted")) == 8);
    CHECK(r.value(QStringLiteral("succeeded")) == 5);
    CHECK(r.value(QStringLiteral("written")) + r.value(QStringLiteral("oral")) == 5);
    CHECK(r.value(QStringLiteral("oral")) == 1);
    CHECK(r.value(QStringLiteral("agreement_amount")) == Approx(5300.0));
    CHECK(r.value(QStringLiteral("performed")) == 2);
    CHECK(r.value(QStringLiteral("success_rate")) == Approx(62.5));
    CHECK(r.value(QStringLiteral("performed_rate")) == Approx(40.0));
    CHECK(r.value(QStringLiteral("accepted.type.02")) == 1);
    CHECK(r.value(QStringLiteral("accepted.type.13")) == 1);
    CHECK(r.value(QStringLiteral("accepted.source.referral")) == 3);
    CHECK(r.value(QStringLiteral("failed")) >= 1);

    // Every count figure lists exactly as many records as it counts.
    for (const StatFigure &fig : r.figures) {
        if (fig.kind != StatFigure::Kind::Count || fig.value == 0)
            continue;
        const StatDrill d = f.drill(QStringLiteral("2024"), fig.key);
        INFO(fig.key.toStdString());
        double sum = 0;
        for (const StatDrill::Row &row : d.rows)
            sum += row.value;
        CHECK(sum == Approx(fig.value));
    }
    CHECK(caseNos(f.drill(QStringLiteral("2024"), QStringLiteral("oral"))) == QStringList{QStringLiteral("第2号")});
    const StatDrill amount = f.drill(QStringLiteral("2024"), QStringLiteral("agreement_amount"));
    double yuan = 0;
    for (const StatDrill::Row &row : amount.rows)
        yuan += row.value;
    CHECK(yuan == Approx(5300.0));
    // A rate lists its numerator's records.
    CHECK(f.drill(QStringLiteral("2024"), QStringLiteral("performed_rate")).rows.size() == 2);
}

TEST_CASE("mediation statistics count a case by its acceptance and a success by its agreement", "[stats][mediation]")
{
    Fixture f;
    // Case 1: accepted 2024-03-05, agreed 2024-03-12 — both in March.
    const StatReportData march = f.report(QStringLiteral("2024-03"));
    CHECK(march.value(QStringLiteral("accepted")) == 1);
    CHECK(march.value(QStringLiteral("succeeded")) == 1);
    // Case 2: accepted 2024-04-01 (the first day counts), agreed 2024-04-08.
    const StatReportData april = f.report(QStringLiteral("2024-04"));
    CHECK(april.value(QStringLiteral("accepted")) == 1);
    // Case 8: accepted 2024-08-02, agreed 2024-08-05; case 7 accepted 08-01 agreed 08-05.
    const StatReportData q3 = f.report(QStringLiteral("2024-Q3"));
    CHECK(q3.value(QStringLiteral("accepted")) == 3);
    CHECK(q3.value(QStringLiteral("succeeded")) == 2);
    // A range that ends the day before an acceptance leaves it out.
    const StatReportData range = f.report(QStringLiteral("2024-03-05..2024-03-31"));
    CHECK(range.value(QStringLiteral("accepted")) == 1);
    CHECK(f.report(QStringLiteral("2024-03-06..2024-03-31")).value(QStringLiteral("accepted")) == 0);
    CHECK(f.report(QStringLiteral("2023")).value(QStringLiteral("accepted")) == 0);
}

TEST_CASE("mediation statistics check their figures against each other", "[stats][mediation]")
{
    Fixture f;
    // June: case 5 accepted 06-10 and agreed 06-15; case 4 accepted 06-01 from screening with no
    // screening recorded.
    const StatReportData june = f.report(QStringLiteral("2024-06"));
    bool screening = false;
    for (const StatCheck &c : june.checks) {
        if (c.id == QLatin1String("screening_found"))
            screening = true;
    }
    CHECK(screening);
    CHECK_FALSE(june.hasErrors());
}

TEST_CASE("report periods parse, label and step back", "[stats]")
{
    Result<StatPeriod> q = StatPeriod::parse(QStringLiteral("2026-Q4"));
    REQUIRE(q);
    CHECK(q->from == QDate(2026, 10, 1));
    CHECK(q->to == QDate(2026, 12, 31));
    CHECK(q->previous().id() == QStringLiteral("2026-Q3"));
    CHECK(StatPeriod::parse(QStringLiteral("2026-H2"))->from == QDate(2026, 7, 1));
    CHECK(StatPeriod::parse(QStringLiteral("2024-02"))->to == QDate(2024, 2, 29));
    CHECK(StatPeriod::parse(QStringLiteral("2026-01-01..2026-12-31"))->kind == StatPeriod::Kind::Year);
    CHECK(StatPeriod::parse(QStringLiteral("2026-01-05..2026-01-04")).code() == ErrorCode::InvalidInput);
    CHECK(StatPeriod::parse(QStringLiteral("2026-13")).code() == ErrorCode::InvalidInput);
    CHECK(StatPeriod::parse(QStringLiteral("2026-03"))->yearEarlier().id() == QStringLiteral("2025-03"));
}
