// Submitting a report: the checks gate it, the figures freeze with the rule version, later edits
// show as changes, a second submission supersedes the first, and the report's to-do item closes.
#include "CatchCompat.h"
#include "MediationFixture.h"

#include "mediation/LedgerImport.h"
#include "mediation/MediationEntities.h"
#include "stats/StatSubmissions.h"
#include "stats/StatTodo.h"
#include "stats/Statistics.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "sync/ChangeLog.h"
#include "sync/RebuildCompare.h"
#include "todo/Todo.h"
#include "util/Time.h"

using namespace sifa;

namespace {

struct Fixture : test::MediationFixture {
    Session head;
    Fixture()
    {
        Clock::pinForTesting(QDateTime(QDate(2025, 1, 15), QTime(9, 0), Qt::UTC));
        Result<LedgerImportResult> r =
            LedgerImport::run(db(), mediator, test::dataFile(QStringLiteral("mediation/ledger-utf8.csv")));
        REQUIRE(r);
        head = office.signIn(QStringLiteral("head"));
        REQUIRE(db().setMeta(QStringLiteral("created_at"), QStringLiteral("2024-01-01T08:00:00.000Z")).ok());
    }
    ~Fixture() { Clock::pinForTesting(QDateTime()); }
    StatReportData report(const QString &period)
    {
        Result<StatReportData> r = Statistics::run(db(), head, QStringLiteral("mediation"), *StatPeriod::parse(period));
        REQUIRE(r);
        return *r;
    }
    QStringList todoKinds()
    {
        Result<QList<TodoItem>> items = Todo::items(db(), head, Clock::today());
        REQUIRE(items);
        QStringList out;
        for (const TodoItem &t : *items) {
            if (t.module == QLatin1String("statistics"))
                out << t.uuid;
        }
        return out;
    }
};

}  // namespace

TEST_CASE("a submitted report keeps its figures and shows what changed since", "[stats][submission]")
{
    Fixture f;
    const StatReportData q3 = f.report(QStringLiteral("2024-Q3"));
    REQUIRE_FALSE(q3.hasErrors());
    Result<StatSubmission> s = StatSubmissions::submit(f.db(), f.head, q3, QStringLiteral("季报"), true);
    INFO(s.message().toStdString());
    REQUIRE(s);
    CHECK(s->ruleVersion == QStringLiteral("2026.1"));
    CHECK(s->submittedBy == QStringLiteral("head"));
    CHECK(StatSubmissions::changes(*s, f.report(QStringLiteral("2024-Q3"))).isEmpty());

    // A later edit: case 8 turns out to be a neighbourhood dispute.
    Result<QVariant> uuid = Query::scalar(f.db(), QStringLiteral("SELECT uuid FROM dispute WHERE case_no LIKE '%第8号'"),
                                          {}, QString());
    REQUIRE(uuid);
    Transaction tx(f.db());
    Result<QString> edit = ChangeLog::upsert(f.db(), f.head.actor(), MediationEntities::dispute(), uuid->toString(),
                                             {{QStringLiteral("dispute_type"), QStringLiteral("02")}});
    INFO(uuid->toString().toStdString() << " " << edit.message().toStdString());
    REQUIRE(edit);
    REQUIRE(tx.commit().ok());
    const StatReportData now = f.report(QStringLiteral("2024-Q3"));
    Result<std::optional<StatSubmission>> standing =
        StatSubmissions::current(f.db(), f.head, QStringLiteral("mediation"), now.period, QString());
    REQUIRE(standing);
    REQUIRE(standing->has_value());
    CHECK((*standing)->figures.size() == s->figures.size());
    const QList<StatChange> changes = StatSubmissions::changes(**standing, now);
    QStringList keys;
    for (const StatChange &c : changes)
        keys << c.key;
    CHECK(keys.contains(QStringLiteral("accepted.type.02")));
    CHECK(keys.contains(QStringLiteral("accepted.type.06")));
    CHECK_FALSE(keys.contains(QStringLiteral("accepted")));

    // Submitting again supersedes the first, which is kept.
    Result<StatSubmission> again = StatSubmissions::submit(f.db(), f.head, now, QString(), true);
    REQUIRE(again);
    Result<QList<StatSubmission>> all = StatSubmissions::list(f.db(), f.head, QStringLiteral("mediation"));
    REQUIRE(all);
    REQUIRE(all->size() == 2);
    int superseded = 0;
    for (const StatSubmission &x : *all)
        superseded += x.status == QLatin1String("superseded");
    CHECK(superseded == 1);
    standing = StatSubmissions::current(f.db(), f.head, QStringLiteral("mediation"), now.period, QString());
    CHECK((*standing)->uuid == again->uuid);
    CHECK(RebuildCompare::run(f.db())->ok());
}

TEST_CASE("the checks gate a submission", "[stats][submission]")
{
    Fixture f;
    // June has a warning (a dispute from screening with no screening recorded).
    const StatReportData june = f.report(QStringLiteral("2024-06"));
    REQUIRE_FALSE(june.checks.isEmpty());
    Result<StatSubmission> refused = StatSubmissions::submit(f.db(), f.head, june, QString(), false);
    CHECK(refused.code() == ErrorCode::Conflict);
    Result<StatSubmission> accepted = StatSubmissions::submit(f.db(), f.head, june, QString(), true);
    REQUIRE(accepted);
    CHECK(accepted->acceptedWarnings.size() == june.checks.size());

    StatReportData broken = june;
    broken.checks.append({StatCheck::Severity::Error, QStringLiteral("x"), QStringLiteral("broken"), {}});
    CHECK(StatSubmissions::submit(f.db(), f.head, broken, QString(), true).code() == ErrorCode::Conflict);

    // A role without the report's permission cannot submit it.
    const Session placement = f.office.signIn(QStringLiteral("placement"));
    CHECK(StatSubmissions::submit(f.db(), placement, june, QString(), true).code() == ErrorCode::PermissionDenied);
}

TEST_CASE("reports owed to the county appear on the to-do list until submitted", "[stats][todo]")
{
    Fixture f;
    // 2025-01-15: the December report (due 01-05), the fourth quarter's (due 2024-12-20) and the
    // year's (due 01-10) are overdue; January's is due on 02-05.
    CHECK(StatTodo::due(QStringLiteral("mediation"), *StatPeriod::parse(QStringLiteral("2024-Q4"))) == QDate(2024, 12, 20));
    CHECK(StatTodo::due(QStringLiteral("placement"), *StatPeriod::parse(QStringLiteral("2025-H1"))) == QDate(2025, 7, 2));
    CHECK(StatTodo::due(QStringLiteral("placement"), *StatPeriod::parse(QStringLiteral("2024"))) == QDate(2025, 2, 2));
    CHECK_FALSE(StatTodo::due(QStringLiteral("placement"), *StatPeriod::parse(QStringLiteral("2024-03"))).isValid());
    const QStringList before = f.todoKinds();
    CHECK(before.contains(QStringLiteral("mediation:2024-12")));
    CHECK(before.contains(QStringLiteral("mediation:2024-Q4")));
    CHECK(before.contains(QStringLiteral("mediation:2024")));
    CHECK(before.contains(QStringLiteral("mediation:2025-01")));
    CHECK(before.contains(QStringLiteral("placement:2024")));
    CHECK_FALSE(before.contains(QStringLiteral("mediation:2023-12")));  // before the office was set up

    REQUIRE(StatSubmissions::submit(f.db(), f.head, f.report(QStringLiteral("2024-Q4")), QString(), true));
    const QStringList after = f.todoKinds();
    CHECK_FALSE(after.contains(QStringLiteral("mediation:2024-Q4")));
    CHECK(after.contains(QStringLiteral("mediation:2024-12")));
}
