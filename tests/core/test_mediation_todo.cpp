#include "CatchCompat.h"
#include "MediationFixture.h"

#include "mediation/Attachments.h"
#include "mediation/MediationTodo.h"
#include "rules/Rules.h"
#include "security/AuditLog.h"
#include "storage/Query.h"
#include "todo/Todo.h"
#include "util/Time.h"

#include <QFile>
#include <QTimeZone>

using namespace sifa;

namespace {

QDate day(int y, int m, int d)
{
    return QDate(y, m, d);
}

// Pins the clock for one test.
struct PinnedClock {
    explicit PinnedClock(const QDate &d) { Clock::pinForTesting(QDateTime(d, QTime(10, 0), QTimeZone::utc())); }
    ~PinnedClock() { Clock::pinForTesting(QDateTime()); }
};

QList<TodoItem> ofKind(const QList<TodoItem> &items, const QString &kind)
{
    QList<TodoItem> out;
    for (const TodoItem &t : items) {
        if (t.kind == kind)
            out << t;
    }
    return out;
}

}  // namespace

TEST_CASE("deadlines count working days across the Spring Festival and its make-up Saturdays", "[mediation][deadlines]")
{
    const Rules &rules = Rules::instance();
    // Registered on Thursday 2026-02-12: Friday 13th, the make-up Saturday 14th, then the
    // break (15th–23rd): the third working day is Tuesday 24th.
    CHECK(rules.due(QStringLiteral("mediation.acceptance_decision"), day(2026, 2, 12)) == day(2026, 2, 24));
    // An agreement in force on Tuesday 2026-02-10: 15 working days include both make-up
    // Saturdays (14th and 28th) and skip the break — Monday 9 March, not 3 March.
    CHECK(rules.due(QStringLiteral("mediation.return_visit_due"), day(2026, 2, 10)) == day(2026, 3, 9));
    // 2025: the break ran 28 Jan – 4 Feb with make-up days on Sunday 26 Jan and Saturday 8 Feb.
    CHECK(rules.due(QStringLiteral("mediation.acceptance_decision"), day(2025, 1, 24)) == day(2025, 2, 5));
    // The one-month limit is calendar arithmetic: a holiday does not move it.
    CHECK(rules.due(QStringLiteral("mediation.case_time_limit"), day(2026, 1, 20)) == day(2026, 2, 20));
    // The January screening report is due on the third working day after 31 January 2026.
    CHECK(rules.due(QStringLiteral("mediation.screening_report_due"), day(2026, 1, 1)) == day(2026, 2, 4));
}

TEST_CASE("the to-do list sorts a mediator's deadlines into overdue, today, this week and upcoming", "[mediation][todo]")
{
    test::MediationFixture f;
    Database &db = f.db();
    const PinnedClock clock(day(2026, 3, 4));  // a Wednesday

    // Registered Thursday 26 Feb: Friday, the make-up Saturday 28th, Monday 2 March: overdue.
    const QString waiting = f.registerSample(day(2026, 2, 26));
    const QString running = f.mediatingCase(day(2026, 2, 4), day(2026, 2, 4), day(2026, 2, 10));  // limit 4 March: today
    const QString agreed = f.mediatingCase(day(2026, 3, 2), day(2026, 3, 2), day(2026, 3, 3));
    Agreement a = f.agreement(agreed, day(2026, 3, 3));
    a.performanceDeadline = day(2026, 3, 6);  // Friday: this week
    REQUIRE(DisputeService::recordAgreement(db, f.mediator, a, false));
    REQUIRE(DisputeService::assignResponsibility(db, f.mediator, running, QStringLiteral("陈所长"), day(2026, 4, 30)).ok());

    Result<QList<TodoItem>> items = Todo::items(db, f.mediator, day(2026, 3, 4));
    REQUIRE(items);
    const QList<TodoItem> accept = ofKind(*items, QStringLiteral("mediation.acceptance"));
    REQUIRE(accept.size() == 1);
    CHECK(accept[0].uuid == waiting);
    CHECK(accept[0].due == day(2026, 3, 2));
    CHECK(accept[0].title == QStringLiteral("张三与李四"));
    CHECK(Todo::bucket(accept[0].due, day(2026, 3, 4)) == TodoItem::Bucket::Overdue);

    const QList<TodoItem> limit = ofKind(*items, QStringLiteral("mediation.time_limit"));
    REQUIRE(limit.size() == 1);
    CHECK(limit[0].uuid == running);
    CHECK(limit[0].due == day(2026, 3, 4));
    CHECK_FALSE(limit[0].caseNo.isEmpty());

    const QList<TodoItem> perform = ofKind(*items, QStringLiteral("mediation.performance"));
    REQUIRE(perform.size() == 1);
    CHECK(Todo::bucket(perform[0].due, day(2026, 3, 4)) == TodoItem::Bucket::ThisWeek);
    const QList<TodoItem> visit = ofKind(*items, QStringLiteral("mediation.return_visit"));
    REQUIRE(visit.size() == 1);
    CHECK(visit[0].due == day(2026, 3, 24));  // 15 working days after 3 March
    const QList<TodoItem> jc = ofKind(*items, QStringLiteral("mediation.judicial_confirmation"));
    REQUIRE(jc.size() == 1);
    CHECK(jc[0].due == day(2026, 4, 2));
    const QList<TodoItem> leader = ofKind(*items, QStringLiteral("mediation.responsibility"));
    REQUIRE(leader.size() == 1);
    CHECK(leader[0].assignee == QStringLiteral("陈所长"));

    const TodoCounts c = Todo::counts(*items, day(2026, 3, 4));
    CHECK(c.overdue >= 1);
    CHECK(c.today == 2);  // the time limit and February's screening report
    CHECK(c.thisWeek == 1);
    CHECK(c.total() == items->size());
    for (int i = 1; i < items->size(); ++i)
        CHECK((*items)[i - 1].due <= (*items)[i].due);

    // A return visit clears its item; deciding the waiting case clears the other.
    ReturnVisit v;
    v.disputeUuid = agreed;
    v.visitDate = day(2026, 3, 4);
    v.visitor = QStringLiteral("王调解");
    v.situation = QStringLiteral("正在履行");
    REQUIRE(DisputeService::addReturnVisit(db, f.mediator, v));
    REQUIRE(DisputeService::accept(db, f.mediator, waiting, day(2026, 3, 4)).ok());
    items = Todo::items(db, f.mediator, day(2026, 3, 4));
    CHECK(ofKind(*items, QStringLiteral("mediation.return_visit")).isEmpty());
    CHECK(ofKind(*items, QStringLiteral("mediation.acceptance")).isEmpty());
    CHECK(ofKind(*items, QStringLiteral("mediation.time_limit")).size() == 2);
}

TEST_CASE("a responsible leader sees the assignment on their own list", "[mediation][todo]")
{
    test::MediationFixture f;
    Database &db = f.db();
    const PinnedClock clock(day(2026, 5, 6));
    const QString uuid = f.mediatingCase(day(2026, 5, 4), day(2026, 5, 4), day(2026, 5, 5));
    // Without a deadline the rule's default (30 days) applies.
    REQUIRE(DisputeService::assignResponsibility(db, f.mediator, uuid, QStringLiteral("head"), QDate()).ok());
    const Session head = f.office.signIn(QStringLiteral("head"));
    Result<QList<TodoItem>> items = Todo::items(db, head, day(2026, 5, 6));
    REQUIRE(items);
    const QList<TodoItem> leader = ofKind(*items, QStringLiteral("mediation.responsibility"));
    REQUIRE(leader.size() == 1);
    CHECK(leader[0].due == day(2026, 6, 5));

    // Another mediator with an account of their own sees none of this case.
    const Session clerk = f.office.signIn(QStringLiteral("clerk"));
    Mediator clerkAsMediator;
    clerkAsMediator.name = QStringLiteral("赵调解");
    clerkAsMediator.username = QStringLiteral("clerk");
    REQUIRE(MediationSetup::saveMediator(db, f.mediator, clerkAsMediator));
    Result<QList<TodoItem>> theirs = Todo::items(db, clerk, day(2026, 5, 6));
    REQUIRE(theirs);
    for (const TodoItem &t : *theirs)
        CHECK(t.uuid != uuid);
    // The command line without a user sees the whole office.
    Result<QList<TodoItem>> all = Todo::items(db, Access::fileLevel(QStringLiteral("os:test")), day(2026, 5, 6));
    REQUIRE(all);
    CHECK(ofKind(*all, QStringLiteral("mediation.time_limit")).size() == 1);
    REQUIRE(DisputeService::closeResponsibility(db, f.mediator, uuid, day(2026, 5, 6)).ok());
    items = Todo::items(db, head, day(2026, 5, 6));
    CHECK(ofKind(*items, QStringLiteral("mediation.responsibility")).isEmpty());
}

TEST_CASE("the monthly screening report and the zero report", "[mediation][screening]")
{
    test::MediationFixture f;
    Database &db = f.db();
    const PinnedClock clock(day(2026, 3, 10));
    Result<QList<TodoItem>> items = Todo::items(db, f.mediator, day(2026, 3, 10));
    REQUIRE(items);
    QList<TodoItem> due = ofKind(*items, QStringLiteral("mediation.screening_report"));
    REQUIRE(due.size() == 1);
    CHECK(due[0].uuid == QStringLiteral("2026-02"));
    CHECK(due[0].due == day(2026, 3, 4));

    Screening s;
    s.date = day(2026, 2, 12);
    s.scope = QStringLiteral("东门村、西门村");
    s.method = QStringLiteral("走访");
    s.foundCount = 2;
    s.preventedCount = 3;
    s.reporter = QStringLiteral("王调解");
    CHECK(MediationSetup::saveScreening(db, f.mediator, s).error().code == ErrorCode::InvalidInput);  // prevented > found
    s.preventedCount = 1;
    REQUIRE(MediationSetup::saveScreening(db, f.mediator, s));
    CHECK(MediationSetup::fileZeroReport(db, f.mediator, QStringLiteral("2026-02"), QStringLiteral("王调解"), day(2026, 3, 1))
              .error()
              .code
          == ErrorCode::Conflict);
    items = Todo::items(db, f.mediator, day(2026, 3, 10));
    CHECK(ofKind(*items, QStringLiteral("mediation.screening_report")).isEmpty());

    // A month with nothing found: the zero report.
    const PinnedClock april(day(2026, 4, 2));
    items = Todo::items(db, f.mediator, day(2026, 4, 2));
    REQUIRE(ofKind(*items, QStringLiteral("mediation.screening_report")).size() == 1);
    REQUIRE(MediationSetup::fileZeroReport(db, f.mediator, QStringLiteral("2026-03"), QStringLiteral("王调解"), day(2026, 4, 1)));
    Result<MediationSetup::MonthReport> m = MediationSetup::month(db, QStringLiteral("2026-03"));
    REQUIRE(m);
    CHECK(m->zeroReport);
    CHECK(m->reported());
    CHECK(MediationSetup::fileZeroReport(db, f.mediator, QStringLiteral("2026-03"), QStringLiteral("王调解"), day(2026, 4, 1))
              .error()
              .code
          == ErrorCode::Conflict);
    CHECK(MediationSetup::fileZeroReport(db, f.mediator, QStringLiteral("2026-13"), QStringLiteral("王调解"), day(2026, 4, 1))
              .error()
              .code
          == ErrorCode::InvalidInput);
}

TEST_CASE("attachments keep their SHA-256 and a damaged one is refused", "[mediation][attachments]")
{
    test::MediationFixture f;
    Database &db = f.db();
    const QString uuid = f.registerSample(day(2026, 3, 2));
    const QString path = f.office.dir.filePath(QStringLiteral("协议书扫描.png"));
    {
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"));
    }
    Result<Attachment> a = Attachments::add(db, f.mediator, QStringLiteral("dispute"), uuid, path, QStringLiteral("agreement"));
    REQUIRE(a);
    CHECK(a->sha256.size() == 64);
    CHECK(a->mime == QStringLiteral("image/png"));
    CHECK(Attachments::isImage(*a));
    // The same content twice is stored once.
    REQUIRE(Attachments::add(db, f.mediator, QStringLiteral("dispute"), uuid, path, QStringLiteral("photo")));
    CHECK(Query::scalar(db, QStringLiteral("SELECT count(*) FROM blob_store"), {}, QString())->toInt() == 1);
    Result<QList<Attachment>> list = Attachments::list(db, f.mediator, uuid);
    REQUIRE(list);
    CHECK(list->size() == 2);

    const QString exported = f.office.dir.filePath(QStringLiteral("out.png"));
    REQUIRE(Attachments::exportTo(db, f.mediator, a->uuid, exported).ok());
    QFile back(exported);
    REQUIRE(back.open(QIODevice::ReadOnly));
    CHECK(Attachments::sha256Hex(back.readAll()) == a->sha256);
    CHECK(Query::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'attachment.export'"), {}, QString())->toInt() == 1);

    Query damage(db, QStringLiteral("UPDATE blob_store SET data = X'00'"));
    REQUIRE(damage.exec(QString()).ok());
    Result<QByteArray> bytes = Attachments::read(db, f.mediator, a->uuid);
    REQUIRE_FALSE(bytes);
    CHECK(bytes.error().code == ErrorCode::Damaged);

    const Session placement = f.office.signIn(QStringLiteral("placement"));
    CHECK(Attachments::read(db, placement, a->uuid).error().code == ErrorCode::PermissionDenied);
    CHECK(Attachments::add(db, f.mediator, QStringLiteral("dispute"), uuid, f.office.dir.filePath(QStringLiteral("none")),
                           QStringLiteral("photo"))
              .error()
              .code
          == ErrorCode::NotFound);
}
