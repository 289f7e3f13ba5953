// Community correction rules that need no file yet: who approves a leave (at the edges of 7/8
// days, 30/31 days and 30 days in two months) and the escalation ladder's suggestions.
#include "CatchCompat.h"
#include "TestSupport.h"

#include "codes/CodeTables.h"
#include "correction/Escalation.h"
#include "correction/LeaveRules.h"
#include "rules/Rules.h"

using namespace sifa;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

// Applied in good time (five days ahead).
LeaveCheck checked(const LeavePeriod &request, const QList<LeavePeriod> &approved = {})
{
    Result<LeaveCheck> c = LeaveRules::check(request, approved, request.from.addDays(-5));
    REQUIRE(c);
    return *c;
}

}  // namespace

TEST_CASE("correction: the rule set and code tables load", "[correction]")
{
    REQUIRE(Rules::reload().isEmpty());
    CHECK(Rules::instance().duration(QStringLiteral("correction.report_in"), d(2026, 1, 1))->amount == 10);
    CHECK(Rules::instance().due(QStringLiteral("correction.report_in"), d(2026, 3, 1)) == d(2026, 3, 11));
    // Ten working days for an assessment skip the weekend (2026-03-06 is a Friday).
    CHECK(Rules::instance().due(QStringLiteral("correction.assessment_due"), d(2026, 3, 6)) == d(2026, 3, 20));
    CHECK(Rules::instance().due(QStringLiteral("correction.e_tag_term"), d(2026, 1, 31)) == d(2026, 4, 30));
    const CodeTable *types = CodeTables::instance().table(QStringLiteral("correction_type"));
    REQUIRE(types);
    CHECK(types->name(QStringLiteral("04")) == QStringLiteral("暂予监外执行"));
    REQUIRE(CodeTables::instance().table(QStringLiteral("correction_sanction")));
    REQUIRE(CodeTables::instance().table(QStringLiteral("supervision_grade")));
}

TEST_CASE("correction: who approves a leave, at the edges of the limits", "[correction]")
{
    // 7 days: the office; 8 days: the county.
    LeaveCheck c = checked({d(2026, 5, 1), d(2026, 5, 7)});
    CHECK(c.days == 7);
    CHECK(c.level == ApprovalLevel::Office);
    c = checked({d(2026, 5, 1), d(2026, 5, 8)});
    CHECK(c.days == 8);
    CHECK(c.level == ApprovalLevel::County);
    // 30 days in one request: the county; 31: one level higher.
    c = checked({d(2026, 5, 1), d(2026, 5, 30)});
    CHECK(c.days == 30);
    CHECK(c.level == ApprovalLevel::County);
    c = checked({d(2026, 5, 1), d(2026, 5, 31)});
    CHECK(c.days == 31);
    CHECK(c.level == ApprovalLevel::HigherAgency);
    CHECK_FALSE(c.reasons.isEmpty());

    // Within two months: 23 days approved + 7 asked = 30 stays with the office; 8 asked = 31 goes higher.
    const QList<LeavePeriod> before{{d(2026, 4, 1), d(2026, 4, 23)}};
    c = checked({d(2026, 5, 10), d(2026, 5, 16)}, before);
    CHECK(c.daysInWindow == 30);
    CHECK(c.level == ApprovalLevel::Office);
    c = checked({d(2026, 5, 10), d(2026, 5, 17)}, before);
    CHECK(c.daysInWindow == 31);
    CHECK(c.level == ApprovalLevel::HigherAgency);
    // Leave older than the two months no longer counts: the window ending 2026-06-30 starts 2026-05-01.
    c = checked({d(2026, 6, 24), d(2026, 6, 30)}, before);
    CHECK(c.windowStart == d(2026, 5, 1));
    CHECK(c.daysInWindow == 7);
    CHECK(c.level == ApprovalLevel::Office);
    // Overlapping days count once, and the overlap is pointed out.
    c = checked({d(2026, 4, 20), d(2026, 4, 26)}, before);
    CHECK(c.daysInWindow == 26);
    CHECK_FALSE(c.warnings.isEmpty());
}

TEST_CASE("correction: a late application and impossible dates", "[correction]")
{
    Result<LeaveCheck> c = LeaveRules::check({d(2026, 5, 10), d(2026, 5, 12)}, {}, d(2026, 5, 9));
    REQUIRE(c);
    CHECK(c->applyBy == d(2026, 5, 7));
    REQUIRE(c->warnings.size() == 1);
    CHECK(c->warnings.first().contains(QStringLiteral("2026-05-07")));
    c = LeaveRules::check({d(2026, 5, 10), d(2026, 5, 12)}, {}, d(2026, 5, 7));
    REQUIRE(c);
    CHECK(c->warnings.isEmpty());
    c = LeaveRules::check({d(2026, 5, 12), d(2026, 5, 10)}, {}, d(2026, 5, 1));
    REQUIRE_FALSE(c);
    CHECK(c.error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(LeaveRules::check({QDate(), d(2026, 5, 10)}, {}, d(2026, 5, 1)));
}

TEST_CASE("correction: the escalation ladder suggests, with the facts behind it", "[correction]")
{
    EscalationFacts f;
    f.correctionType = QStringLiteral("02");  // 缓刑
    f.today = d(2026, 6, 1);
    CHECK(Escalation::suggest(f).isEmpty());

    // One admonition: nothing yet; two: a warning, naming both dates.
    f.decided << SanctionEntry{QStringLiteral("admonition"), d(2026, 2, 3)};
    CHECK(Escalation::suggest(f).isEmpty());
    f.decided << SanctionEntry{QStringLiteral("admonition"), d(2026, 3, 9)};
    QList<Suggestion> s = Escalation::suggest(f);
    REQUIRE(s.size() == 1);
    CHECK(s.first().kind == QStringLiteral("warning"));
    CHECK(s.first().reason.contains(QStringLiteral("2026-02-03")));
    CHECK(s.first().reason.contains(QStringLiteral("2026-03-09")));

    // The warning given: the admonitions before it are spent.
    f.decided << SanctionEntry{QStringLiteral("warning"), d(2026, 3, 20)};
    CHECK(Escalation::suggest(f).isEmpty());
    // A second warning: the proposal to revoke the suspended sentence.
    f.decided << SanctionEntry{QStringLiteral("warning"), d(2026, 5, 2)};
    s = Escalation::suggest(f);
    REQUIRE(s.size() == 1);
    CHECK(s.first().kind == QStringLiteral("revoke_probation"));
    // For parole and for a person outside prison the proposal differs; 管制 has none.
    f.correctionType = QStringLiteral("03");
    CHECK(Escalation::suggest(f).value(0).kind == QStringLiteral("revoke_parole"));
    f.correctionType = QStringLiteral("04");
    CHECK(Escalation::suggest(f).value(0).kind == QStringLiteral("commit_to_prison"));
    f.correctionType = QStringLiteral("01");
    CHECK(Escalation::suggest(f).isEmpty());
}

TEST_CASE("correction: an absence suggests admonition, warning, then the proposal", "[correction]")
{
    EscalationFacts f;
    f.correctionType = QStringLiteral("03");  // 假释
    f.absentSince = d(2026, 5, 1);
    f.today = d(2026, 5, 11);  // 10 days
    QList<Suggestion> s = Escalation::suggest(f);
    REQUIRE(s.size() == 1);
    CHECK(s.first().kind == QStringLiteral("admonition"));
    f.today = d(2026, 5, 12);  // 11 days
    s = Escalation::suggest(f);
    REQUIRE(s.size() == 1);
    CHECK(s.first().kind == QStringLiteral("warning"));
    f.today = d(2026, 6, 1);  // exactly a month: still a warning
    CHECK(Escalation::suggest(f).value(0).kind == QStringLiteral("warning"));
    f.today = d(2026, 6, 2);  // more than a month
    s = Escalation::suggest(f);
    REQUIRE(s.size() == 1);
    CHECK(s.first().kind == QStringLiteral("revoke_parole"));
    CHECK(s.first().reason.contains(QStringLiteral("2026-05-01")));
    // 管制: the ladder ends with the warning.
    f.correctionType = QStringLiteral("01");
    CHECK(Escalation::suggest(f).value(0).kind == QStringLiteral("warning"));
}
