// Community correction rules that need no file yet: who approves a leave (at the edges of 7/8
// days, 30/31 days and 30 days in two months) and the escalation ladder's suggestions.
#include "CatchCompat.h"
#include "TestSupport.h"

#include "codes/CodeTables.h"
#include "correction/Escalation.h"
#include "correction/GradeRules.h"
#include "correction/LeaveRules.h"
#include "correction/ReportIn.h"
#include "rules/Rules.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

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
    // Leave more than two months away no longer counts.
    c = checked({d(2026, 6, 24), d(2026, 6, 30)}, before);
    CHECK(c.daysInWindow == 7);
    CHECK(c.level == ApprovalLevel::Office);
    // Leave approved for after the request counts too: 9 asked + 22 approved later = 31.
    c = checked({d(2026, 5, 1), d(2026, 5, 9)}, {{d(2026, 5, 10), d(2026, 5, 31)}});
    CHECK(c.daysInWindow == 31);
    CHECK(c.level == ApprovalLevel::HigherAgency);
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

TEST_CASE("correction: a month's records against the grade's expectations", "[correction]")
{
    REQUIRE(GradeRules::reload().isEmpty());
    Result<GradeExpectation> strict = GradeRules::expectation(QStringLiteral("strict"), d(2026, 5, 1));
    REQUIRE(strict);
    CHECK(strict->inPersonReports == 4);
    CHECK(strict->studyHours == 12);
    CHECK_FALSE(GradeRules::expectation(QStringLiteral("strict"), d(2019, 5, 1)));  // before the 2020 law
    CHECK_FALSE(GradeRules::expectation(QStringLiteral("medium"), d(2026, 5, 1)));

    MonthActivity done;
    done.inPersonReports = 4;
    done.writtenReports = 3;
    done.talks = 4;
    done.visits = 1;
    done.studyHours = 12;
    done.serviceHours = 10.5;
    Result<QList<Shortfall>> s = GradeRules::shortfalls(QStringLiteral("strict"), d(2026, 5, 1), done);
    REQUIRE(s);
    REQUIRE(s->size() == 2);
    CHECK(s->at(0).item == QStringLiteral("written_reports"));
    CHECK(s->at(0).expected == 4);
    CHECK(s->at(0).actual == 3);
    CHECK(s->at(1).item == QStringLiteral("service_hours"));
    CHECK_FALSE(s->at(1).text.isEmpty());
    // Not able to work: no community service is expected.
    done.ableToWork = false;
    s = GradeRules::shortfalls(QStringLiteral("strict"), d(2026, 5, 1), done);
    REQUIRE(s);
    CHECK(s->size() == 1);
    // Half a month under this grade: half the expectation, rounded down (2 written reports).
    s = GradeRules::shortfalls(QStringLiteral("strict"), d(2026, 5, 1), done, 15, 31);
    REQUIRE(s);
    CHECK(s->isEmpty());
    // 宽管 asks less.
    s = GradeRules::shortfalls(QStringLiteral("lenient"), d(2026, 5, 1), MonthActivity{1, 1, 0, 1, 0, 4, 4, true});
    REQUIRE(s);
    CHECK(s->isEmpty());
}

TEST_CASE("correction: a province's own grade rules replace the defaults; a broken file is refused", "[correction]")
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("grades"));
    QFile builtIn(QStringLiteral(":/rules/grades/correction-grades.json"));
    REQUIRE(builtIn.open(QIODevice::ReadOnly));
    QByteArray mine = builtIn.readAll();
    mine.replace("\"study_hours\": 12", "\"study_hours\": 16");
    {
        QFile f(dir.filePath(QStringLiteral("grades/correction-grades.json")));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(mine);
    }
    REQUIRE(GradeRules::reload(dir.path()).isEmpty());
    CHECK(GradeRules::expectation(QStringLiteral("strict"), d(2026, 5, 1))->studyHours == 16);
    {
        QFile f(dir.filePath(QStringLiteral("grades/correction-grades.json")));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(mine).replace("\"talks\": 4", "\"talkz\": 4"));
    }
    const QStringList problems = GradeRules::reload(dir.path());
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().contains(QStringLiteral("talkz")));
    CHECK(GradeRules::expectation(QStringLiteral("strict"), d(2026, 5, 1))->studyHours == 12);
    GradeRules::reload();
}

TEST_CASE("correction: reporting in within ten days of the judgment", "[correction]")
{
    const QDate effective = d(2026, 5, 1);
    Result<ReportInStatus> s = ReportIn::status(effective, QDate(), d(2026, 5, 5));
    REQUIRE(s);
    CHECK(s->state == ReportInStatus::Waiting);
    CHECK(s->due == d(2026, 5, 11));
    s = ReportIn::status(effective, d(2026, 5, 11), d(2026, 5, 20));  // the last day: on time
    REQUIRE(s);
    CHECK(s->state == ReportInStatus::OnTime);
    s = ReportIn::status(effective, d(2026, 5, 14), d(2026, 5, 20));
    REQUIRE(s);
    CHECK(s->state == ReportInStatus::Late);
    CHECK(s->late == 3);
    s = ReportIn::status(effective, QDate(), d(2026, 5, 12));  // the day after: overdue
    REQUIRE(s);
    CHECK(s->state == ReportInStatus::NotReported);
    CHECK(s->late == 1);
    CHECK_FALSE(ReportIn::describe(*s).isEmpty());
    CHECK_FALSE(ReportIn::status(effective, d(2026, 4, 30), d(2026, 5, 12)));
    CHECK_FALSE(ReportIn::status(QDate(), QDate(), d(2026, 5, 12)));
}
