// Transfers of a file between townships through the county (SYNC.md §5): the state machine and
// who may take each step, within single databases. Where another office's step is needed, its
// rows are written into the database directly, as an import of its bundle would leave them.
#include "CatchCompat.h"
#include "TestSupport.h"

#include "correction/CorrectionService.h"
#include "domain/Office.h"
#include "placement/PlacementService.h"
#include "rules/Rules.h"
#include "security/Users.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "sync/ChangeLog.h"
#include "sync/Entities.h"
#include "sync/RecordStore.h"
#include "sync/SyncEntities.h"
#include "sync/Transfers.h"
#include "util/Time.h"

using namespace sifa;
using namespace sifa::test;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

struct Pin {
    explicit Pin(const QDate &today) { Clock::pinForTesting(QDateTime(today, QTime(10, 0), Qt::UTC)); }
    ~Pin() { Clock::pinForTesting(QDateTime()); }
};

const QString kA = QStringLiteral("330225101");
const QString kB = QStringLiteral("330225102");
const QString kCounty = QStringLiteral("330225");

// One office's database with a user per role named after it.
struct Site {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    Site(const QString &code, const QString &name, OfficeMode mode)
    {
        REQUIRE(dir.isValid());
        Result<std::unique_ptr<Database>> created = Office::createDatabase(
            dir.filePath(QStringLiteral("office.sqlite")),
            OfficeSetup{code, name, mode, QStringLiteral("admin"), QStringLiteral("管理员"), kPassword});
        INFO(created.message());
        REQUIRE(created.ok());
        db = std::move(created).value();
        const Session admin = as(QStringLiteral("admin"));
        for (Role r : Roles::all()) {
            if (r == Role::Admin)
                continue;
            Status s = Users::add(*db, admin, NewUser{Roles::id(r), Roles::id(r), r, kPassword, false});
            INFO(s.message());
            REQUIRE(s.ok());
        }
    }
    Session as(const QString &user)
    {
        Result<Session> s = Users::signIn(*db, user, kPassword);
        INFO(s.message());
        REQUIRE(s.ok());
        return s.value();
    }
    QString field(const QString &table, const QString &uuid, const QString &column) const
    {
        return Query::scalar(*db, QStringLiteral("SELECT %1 FROM %2 WHERE uuid = :u").arg(column, table),
                             {{QStringLiteral(":u"), uuid}}, QStringLiteral("test"))
            ->toString();
    }
    qint64 ops() const { return *ChangeLog::count(*db); }
};

// A row copied from one database to another, as a bundle would bring it (created, or the
// fields changed); the copy's own op, not the original's, which is all these tests need.
void copyRow(Database &from, Database &to, const QString &uuid)
{
    for (const EntityDef *e : Entities::all()) {
        Result<Record> r = RecordStore::get(from, *e, uuid);
        if (!r)
            continue;
        Transaction tx(to);
        REQUIRE(tx.ok());
        Result<QString> op =
            ChangeLog::upsert(to, Actor{QStringLiteral("import"), QStringLiteral("system")}, *e, uuid, r->fields);
        INFO(op.message());
        REQUIRE(op.ok());
        REQUIRE(tx.commit().ok());
        return;
    }
    FAIL("row not found");
}

// The rows of a correction file with its person, as the sending township's bundle brings them.
QStringList correctionFile(Database &db, const QString &subject)
{
    QStringList out{subject};
    out << Query::scalar(db, QStringLiteral("SELECT person_uuid FROM cc_subject WHERE uuid = :u"),
                         {{QStringLiteral(":u"), subject}}, QStringLiteral("test"))
               ->toString();
    for (const char *table : {"cc_grade_change", "cc_team_member", "cc_family", "cc_activity", "cc_request"}) {
        Query q(db, QStringLiteral("SELECT uuid FROM %1 WHERE subject_uuid = :s").arg(QLatin1String(table)));
        q.bind(QStringLiteral(":s"), subject);
        REQUIRE(q.exec(QStringLiteral("test")).ok());
        while (q.next())
            out << q.text(0);
    }
    return out;
}

struct Fixture {
    Pin pin{d(2026, 6, 1)};
    Site a{kA, QStringLiteral("石浦镇司法所"), OfficeMode::Township};
    Site b{kB, QStringLiteral("丹东街道司法所"), OfficeMode::Township};
    Site county{kCounty, QStringLiteral("象山县司法局"), OfficeMode::County};
    // The built-in rules (whatever another test changed); a rule file unrelated to transfers that
    // fails to load does not concern these tests.
    Fixture() { Rules::reload(); }

    // A man on probation at A, received, with a team member and a report.
    QString underCorrection(const QString &name, int seq = 12)
    {
        const Session officer = a.as(QStringLiteral("correction"));
        Person p;
        p.name = name;
        p.idNumber = makeId(kCounty, d(1985, 3, 4), true, seq);
        const QDate effective = d(2026, 1, 10);
        Result<QString> s =
            CorrectionService::registerSubject(*a.db, officer, p,
                                               {{QStringLiteral("correction_type"), QStringLiteral("02")},
                                                {QStringLiteral("charge"), QStringLiteral("危险驾驶罪")},
                                                {QStringLiteral("decision_body"), QStringLiteral("象山县人民法院")},
                                                {QStringLiteral("judgment_date"), iso(effective.addDays(-10))},
                                                {QStringLiteral("effective_date"), iso(effective)},
                                                {QStringLiteral("period_from"), iso(effective)},
                                                {QStringLiteral("period_to"), iso(effective.addYears(1).addDays(-1))}});
        INFO(s.message());
        REQUIRE(s);
        REQUIRE(CorrectionService::recordReception(*a.db, officer, *s, effective.addDays(3), effective.addDays(3),
                                                   QStringLiteral("本人报到"), QStringLiteral("王所长"))
                    .ok());
        REQUIRE(CorrectionService::saveRecord(*a.db, officer, QStringLiteral("cc_team_member"), QString(),
                                              {{QStringLiteral("subject_uuid"), *s},
                                               {QStringLiteral("name"), QStringLiteral("陈志明")},
                                               {QStringLiteral("role"), QStringLiteral("组长")},
                                               {QStringLiteral("sex"), QStringLiteral("1")}}));
        REQUIRE(CorrectionService::saveRecord(*a.db, officer, QStringLiteral("cc_activity"), QString(),
                                              {{QStringLiteral("subject_uuid"), *s},
                                               {QStringLiteral("kind"), QStringLiteral("report_in_person")},
                                               {QStringLiteral("activity_date"), QStringLiteral("2026-02-01")},
                                               {QStringLiteral("content"), QStringLiteral("当面报告")}}));
        return *s;
    }
};

QStringList statuses(const QList<TransferItem> &items)
{
    QStringList out;
    for (const TransferItem &i : items)
        out << i.status;
    return out;
}

} // namespace

TEST_CASE("transfers: a correction file from township A through the county to township B", "[transfers]")
{
    Fixture f;
    const QString subject = f.underCorrection(QStringLiteral("张海军"));
    const Session officerA = f.a.as(QStringLiteral("correction"));
    const Session headCounty = f.county.as(QStringLiteral("head"));
    const Session officerB = f.b.as(QStringLiteral("correction"));

    // A requests: the row is A's, requested, with the person's name for the offices without the file.
    Result<QString> t = Transfers::request(*f.a.db, officerA, QStringLiteral("cc_subject"), subject, kB,
                                           QStringLiteral("迁居丹东街道"));
    INFO(t.message());
    REQUIRE(t);
    CHECK(f.a.field(QStringLiteral("sync_transfer"), *t, QStringLiteral("office_code")) == kA);
    CHECK(f.a.field(QStringLiteral("sync_transfer"), *t, QStringLiteral("status")) == QLatin1String("requested"));
    CHECK(f.a.field(QStringLiteral("sync_transfer"), *t, QStringLiteral("subject_name")) == QStringLiteral("张海军"));
    CHECK(f.a.field(QStringLiteral("sync_transfer"), *t, QStringLiteral("requested_date")) ==
          QLatin1String("2026-06-01"));
    // One open transfer per file.
    CHECK(Transfers::request(*f.a.db, officerA, QStringLiteral("cc_subject"), subject, QStringLiteral("330225103"),
                             QStringLiteral("又迁"))
              .code() == ErrorCode::Conflict);
    // Until accepted the file stays A's and open.
    CHECK(f.a.field(QStringLiteral("cc_subject"), subject, QStringLiteral("office_code")) == kA);
    CHECK(f.a.field(QStringLiteral("cc_subject"), subject, QStringLiteral("status")) == QLatin1String("received"));

    // A's bundle reaches the county: the file and the transfer.
    for (const QString &uuid : correctionFile(*f.a.db, subject))
        copyRow(*f.a.db, *f.county.db, uuid);
    copyRow(*f.a.db, *f.county.db, *t);
    // Before forwarding, nothing goes to B.
    CHECK(Transfers::packageRows(*f.county.db, kB)->isEmpty());
    // Only the county forwards.
    CHECK(Transfers::forward(*f.a.db, officerA, *t, QString()).code() == ErrorCode::Conflict);
    // A clerk runs the exchange but does not decide a correction file's transfer.
    CHECK(Transfers::forward(*f.county.db, f.county.as(QStringLiteral("clerk")), *t, QString()).code() ==
          ErrorCode::PermissionDenied);
    REQUIRE(Transfers::forward(*f.county.db, headCounty, *t, QStringLiteral("同意移交")).ok());
    CHECK(f.county.field(QStringLiteral("sync_transfer"), *t, QStringLiteral("status")) == QLatin1String("forwarded"));
    CHECK(f.county.field(QStringLiteral("sync_transfer"), *t, QStringLiteral("forwarded_date")) ==
          QLatin1String("2026-06-01"));
    CHECK(Transfers::forward(*f.county.db, headCounty, *t, QString()).code() == ErrorCode::Conflict);

    // What the county's bundle to B carries: the transfer, the subject, its person, every record.
    Result<QStringList> package = Transfers::packageRows(*f.county.db, kB);
    REQUIRE(package);
    QStringList expected = correctionFile(*f.a.db, subject);
    expected << *t;
    CHECK(QSet<QString>(package->cbegin(), package->cend()) == QSet<QString>(expected.cbegin(), expected.cend()));
    CHECK(Transfers::packageRows(*f.county.db, QStringLiteral("330225103"))->isEmpty());
    CHECK(Transfers::packageRows(*f.a.db, kB)->isEmpty()); // a township packages nothing

    // B lists the incoming transfer; accepting before the file arrived is refused.
    copyRow(*f.county.db, *f.b.db, *t);
    Result<QList<TransferItem>> incoming = Transfers::list(*f.b.db, officerB, true);
    REQUIRE(incoming);
    REQUIRE(incoming->size() == 1);
    CHECK(incoming->first().fromOffice == kA);
    CHECK(incoming->first().subjectName == QStringLiteral("张海军"));
    CHECK(Transfers::accept(*f.b.db, officerB, *t, QString()).code() == ErrorCode::Conflict);
    for (const QString &uuid : *package)
        copyRow(*f.county.db, *f.b.db, uuid);

    // Neither the sender nor the county accepts; the placement officer may not.
    CHECK(Transfers::accept(*f.a.db, officerA, *t, QString()).code() == ErrorCode::Conflict);
    CHECK(Transfers::accept(*f.county.db, headCounty, *t, QString()).code() == ErrorCode::Conflict);
    CHECK(Transfers::accept(*f.b.db, f.b.as(QStringLiteral("placement")), *t, QString()).code() ==
          ErrorCode::PermissionDenied);

    // B accepts: the subject and every record become B's; the person row is left as it was.
    const QString person = f.b.field(QStringLiteral("cc_subject"), subject, QStringLiteral("person_uuid"));
    const QString personOffice = f.b.field(QStringLiteral("person"), person, QStringLiteral("office_code"));
    REQUIRE(Transfers::accept(*f.b.db, officerB, *t, QStringLiteral("已接收")).ok());
    CHECK(f.b.field(QStringLiteral("sync_transfer"), *t, QStringLiteral("status")) == QLatin1String("accepted"));
    CHECK(f.b.field(QStringLiteral("sync_transfer"), *t, QStringLiteral("decided_date")) ==
          QLatin1String("2026-06-01"));
    CHECK(f.b.field(QStringLiteral("sync_transfer"), *t, QStringLiteral("decided_by")) == QLatin1String("correction"));
    CHECK(f.b.field(QStringLiteral("sync_transfer"), *t, QStringLiteral("decision_note")) == QStringLiteral("已接收"));
    CHECK(f.b.field(QStringLiteral("cc_subject"), subject, QStringLiteral("office_code")) == kB);
    CHECK(f.b.field(QStringLiteral("cc_subject"), subject, QStringLiteral("status")) == QLatin1String("received"));
    for (const char *table : {"cc_team_member", "cc_activity"}) {
        CHECK(Query::scalar(*f.b.db,
                            QStringLiteral("SELECT COUNT(*) FROM %1 WHERE subject_uuid = :s AND office_code = :o")
                                .arg(QLatin1String(table)),
                            {{QStringLiteral(":s"), subject}, {QStringLiteral(":o"), kB}}, QStringLiteral("test"))
                  ->toInt() == 1);
    }
    CHECK(f.b.field(QStringLiteral("person"), person, QStringLiteral("office_code")) == personOffice);
    CHECK(Transfers::accept(*f.b.db, officerB, *t, QString()).code() == ErrorCode::Conflict);
    CHECK(Transfers::reject(*f.b.db, officerB, *t, QStringLiteral("晚了")).code() == ErrorCode::Conflict);
    // The office change went through the change log: the projection is the log's replay.
    CHECK(Query::scalar(*f.b.db,
                        QStringLiteral("SELECT COUNT(*) FROM op WHERE entity = 'cc_subject' AND row_uuid = :u "
                                       "AND fields LIKE '%office_code%'"),
                        {{QStringLiteral(":u"), subject}}, QStringLiteral("test"))
              ->toInt() >= 2);

    // Once accepted the county sends the file as B's own: no longer a package.
    {
        Transaction tx(*f.county.db);
        REQUIRE(ChangeLog::upsert(*f.county.db, Actor{QStringLiteral("import"), QStringLiteral("system")},
                                  SyncEntities::transfer(), *t,
                                  {{QStringLiteral("status"), QStringLiteral("accepted")}})
                    .ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(Transfers::packageRows(*f.county.db, kB)->isEmpty());

    // The acceptance reaches A: the file ends there as transferred out, once.
    copyRow(*f.b.db, *f.a.db, *t);
    {
        Transaction tx(*f.a.db);
        REQUIRE(Transfers::afterImport(*f.a.db, {*t}).ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(f.a.field(QStringLiteral("cc_subject"), subject, QStringLiteral("status")) ==
          QLatin1String("transferred_out"));
    CHECK(f.a.field(QStringLiteral("cc_subject"), subject, QStringLiteral("end_date")) == QLatin1String("2026-06-01"));
    CHECK(f.a.field(QStringLiteral("cc_subject"), subject, QStringLiteral("updated_by")) == QLatin1String("system"));
    const qint64 opsAfter = f.a.ops();
    {
        Transaction tx(*f.a.db);
        REQUIRE(Transfers::afterImport(*f.a.db, {*t}).ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(f.a.ops() == opsAfter);
    // The receiver and the county have nothing to do after an import.
    {
        const qint64 before = f.b.ops();
        Transaction tx(*f.b.db);
        REQUIRE(Transfers::afterImport(*f.b.db, {*t, QStringLiteral("no-such-transfer")}).ok());
        REQUIRE(tx.commit().ok());
        CHECK(f.b.ops() == before);
    }
    CHECK(f.b.field(QStringLiteral("cc_subject"), subject, QStringLiteral("status")) == QLatin1String("received"));

    // Lists: A sees its transfer accepted, the county all, newest first; nothing open any more.
    Result<QList<TransferItem>> listA = Transfers::list(*f.a.db, officerA);
    REQUIRE(listA);
    REQUIRE(listA->size() == 1);
    CHECK(listA->first().status == QLatin1String("accepted"));
    CHECK(listA->first().toOffice == kB);
    CHECK(listA->first().decisionNote == QStringLiteral("已接收"));
    CHECK(Transfers::list(*f.a.db, officerA, true)->isEmpty());
    CHECK(Transfers::list(*f.county.db, headCounty)->size() == 1);
    // The transfer is a correction matter: the mediator sees none of it.
    CHECK(Transfers::list(*f.a.db, f.a.as(QStringLiteral("mediator"))).code() == ErrorCode::PermissionDenied);
    CHECK(Transfers::list(*f.a.db, f.a.as(QStringLiteral("placement")))->isEmpty());

    // The file having ended at A, it cannot be transferred from A again.
    CHECK(Transfers::request(*f.a.db, officerA, QStringLiteral("cc_subject"), subject, QStringLiteral("330225103"),
                             QStringLiteral("再迁"))
              .code() == ErrorCode::Conflict);
    // B may transfer it on.
    Result<QString> onward = Transfers::request(*f.b.db, officerB, QStringLiteral("cc_subject"), subject,
                                                QStringLiteral("330225103"), QStringLiteral("再迁"));
    INFO(onward.message());
    CHECK(onward);
}

TEST_CASE("transfers: what a request needs, refusals, rejection and cancellation", "[transfers]")
{
    Fixture f;
    const QString subject = f.underCorrection(QStringLiteral("李明"));
    const Session officerA = f.a.as(QStringLiteral("correction"));
    const Session headCounty = f.county.as(QStringLiteral("head"));
    const Session officerB = f.b.as(QStringLiteral("correction"));
    const QString cc = QStringLiteral("cc_subject");

    // The receiving office: a township of this county other than this one.
    CHECK(Transfers::request(*f.a.db, officerA, cc, subject, QStringLiteral("33022510"), QStringLiteral("x")).code() ==
          ErrorCode::InvalidInput);
    CHECK(Transfers::request(*f.a.db, officerA, cc, subject, QStringLiteral("330226101"), QStringLiteral("x")).code() ==
          ErrorCode::InvalidInput);
    CHECK(Transfers::request(*f.a.db, officerA, cc, subject, kA, QStringLiteral("x")).code() ==
          ErrorCode::InvalidInput);
    CHECK(Transfers::request(*f.a.db, officerA, cc, subject, kB, QStringLiteral("  ")).code() ==
          ErrorCode::InvalidInput);
    CHECK(Transfers::request(*f.a.db, officerA, QStringLiteral("dispute"), subject, kB, QStringLiteral("x")).code() ==
          ErrorCode::InvalidInput);
    CHECK(Transfers::request(*f.a.db, officerA, cc, QStringLiteral("no-such-file"), kB, QStringLiteral("x")).code() ==
          ErrorCode::NotFound);
    // The module's write permission; a placement file is not a correction one.
    CHECK(
        Transfers::request(*f.a.db, f.a.as(QStringLiteral("mediator")), cc, subject, kB, QStringLiteral("x")).code() ==
        ErrorCode::PermissionDenied);
    CHECK(
        Transfers::request(*f.a.db, officerA, QStringLiteral("rp_subject"), subject, kB, QStringLiteral("x")).code() ==
        ErrorCode::PermissionDenied);
    // A county does not request.
    CHECK(Transfers::request(*f.county.db, headCounty, cc, subject, kB, QStringLiteral("x")).code() ==
          ErrorCode::Conflict);
    // Another office's file (as a township sees a file it received and passed on) cannot be sent.
    const QString other = f.underCorrection(QStringLiteral("王五"), 14);
    {
        Transaction tx(*f.a.db);
        REQUIRE(ChangeLog::upsert(*f.a.db, officerA.actor(), *Entities::find(cc), other,
                                  {{QStringLiteral("office_code"), kB}})
                    .ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(Transfers::request(*f.a.db, officerA, cc, other, QStringLiteral("330225103"), QStringLiteral("x")).code() ==
          ErrorCode::Conflict);
    // An ended file cannot be sent.
    REQUIRE(CorrectionService::terminate(*f.a.db, officerA, subject, QStringLiteral("death"), d(2026, 5, 1),
                                         QStringLiteral("病故"))
                .ok());
    CHECK(Transfers::request(*f.a.db, officerA, cc, subject, kB, QStringLiteral("x")).code() == ErrorCode::Conflict);

    // The county refuses a request (with its reason) before forwarding it.
    const QString third = f.underCorrection(QStringLiteral("赵六"), 16);
    Result<QString> t1 = Transfers::request(*f.a.db, officerA, cc, third, kB, QStringLiteral("迁居"));
    REQUIRE(t1);
    copyRow(*f.a.db, *f.county.db, *t1);
    CHECK(Transfers::reject(*f.county.db, headCounty, *t1, QString()).code() == ErrorCode::InvalidInput);
    {
        Status s = Transfers::reject(*f.county.db, headCounty, *t1, QStringLiteral("新居住地未核实"));
        INFO(s.message());
        REQUIRE(s.ok());
    }
    CHECK(f.county.field(QStringLiteral("sync_transfer"), *t1, QStringLiteral("status")) == QLatin1String("rejected"));
    // The county owns only the status of a township's transfer: its reason is the change's, and
    // the list shows it as the decision.
    {
        Result<QList<TransferItem>> refused = Transfers::list(*f.county.db, headCounty);
        REQUIRE(refused);
        REQUIRE(refused->size() == 1);
        CHECK(refused->first().status == QLatin1String("rejected"));
        CHECK(refused->first().decisionNote == QStringLiteral("新居住地未核实"));
        CHECK(refused->first().decidedBy == QLatin1String("head"));
        CHECK(refused->first().decidedDate == QLatin1String("2026-06-01"));
    }
    CHECK(Transfers::forward(*f.county.db, headCounty, *t1, QString()).code() == ErrorCode::Conflict);
    CHECK(Transfers::list(*f.county.db, headCounty, true)->isEmpty());
    // The refusal reaches A: the file stays A's and open; a new request is possible.
    copyRow(*f.county.db, *f.a.db, *t1);
    {
        Transaction tx(*f.a.db);
        REQUIRE(Transfers::afterImport(*f.a.db, {*t1}).ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(f.a.field(QStringLiteral("cc_subject"), third, QStringLiteral("status")) == QLatin1String("received"));
    CHECK(f.a.field(QStringLiteral("cc_subject"), third, QStringLiteral("office_code")) == kA);

    // Forwarded, then rejected by the receiving office with its reason.
    Result<QString> t2 = Transfers::request(*f.a.db, officerA, cc, third, kB, QStringLiteral("迁居"));
    REQUIRE(t2);
    copyRow(*f.a.db, *f.county.db, *t2);
    REQUIRE(Transfers::forward(*f.county.db, headCounty, *t2, QString()).ok());
    // Once forwarded the county no longer refuses: the receiver decides.
    CHECK(Transfers::reject(*f.county.db, headCounty, *t2, QStringLiteral("撤回")).code() == ErrorCode::Conflict);
    copyRow(*f.county.db, *f.b.db, *t2);
    CHECK(Transfers::reject(*f.b.db, officerB, *t2, QString()).code() == ErrorCode::InvalidInput);
    CHECK(Transfers::reject(*f.a.db, officerA, *t2, QStringLiteral("x")).code() == ErrorCode::Conflict);
    REQUIRE(Transfers::reject(*f.b.db, officerB, *t2, QStringLiteral("不在本辖区居住")).ok());
    CHECK(f.b.field(QStringLiteral("sync_transfer"), *t2, QStringLiteral("status")) == QLatin1String("rejected"));
    CHECK(Transfers::accept(*f.b.db, officerB, *t2, QString()).code() == ErrorCode::Conflict);
    CHECK(Transfers::cancel(*f.b.db, officerB, *t2, QString()).code() == ErrorCode::Conflict);
    // The rejection reaches A: the file stays A's and open.
    copyRow(*f.b.db, *f.a.db, *t2);
    {
        Transaction tx(*f.a.db);
        REQUIRE(Transfers::afterImport(*f.a.db, {*t2}).ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(f.a.field(QStringLiteral("cc_subject"), third, QStringLiteral("status")) == QLatin1String("received"));

    // The sender cancels while requested or forwarded; not the receiver, not twice.
    Result<QString> t3 = Transfers::request(*f.a.db, officerA, cc, third, kB, QStringLiteral("迁居"));
    REQUIRE(t3);
    copyRow(*f.a.db, *f.b.db, *t3);
    CHECK(Transfers::cancel(*f.b.db, officerB, *t3, QString()).code() == ErrorCode::Conflict);
    CHECK(Transfers::cancel(*f.a.db, f.a.as(QStringLiteral("placement")), *t3, QString()).code() ==
          ErrorCode::PermissionDenied);
    REQUIRE(Transfers::cancel(*f.a.db, officerA, *t3, QStringLiteral("本人不再迁居")).ok());
    CHECK(f.a.field(QStringLiteral("sync_transfer"), *t3, QStringLiteral("status")) == QLatin1String("cancelled"));
    CHECK(Transfers::cancel(*f.a.db, officerA, *t3, QString()).code() == ErrorCode::Conflict);
    Result<QString> t4 = Transfers::request(*f.a.db, officerA, cc, third, kB, QStringLiteral("迁居"));
    REQUIRE(t4);
    {
        // Cancelling a forwarded transfer: the sender learns of the forwarding from the county.
        Transaction tx(*f.a.db);
        REQUIRE(ChangeLog::upsert(*f.a.db, Actor{QStringLiteral("import"), QStringLiteral("system")},
                                  SyncEntities::transfer(), *t4,
                                  {{QStringLiteral("status"), QStringLiteral("forwarded")},
                                   {QStringLiteral("forwarded_date"), QStringLiteral("2026-06-01")}})
                    .ok());
        REQUIRE(tx.commit().ok());
    }
    REQUIRE(Transfers::cancel(*f.a.db, officerA, *t4, QString()).ok());
    CHECK(Transfers::forward(*f.county.db, headCounty, QStringLiteral("no-such-transfer"), QString()).code() ==
          ErrorCode::NotFound);

    // A's list: newest first, every state; open only: none.
    Result<QList<TransferItem>> all = Transfers::list(*f.a.db, officerA);
    REQUIRE(all);
    CHECK(all->size() == 4);
    CHECK(statuses(*all).count(QStringLiteral("cancelled")) == 2);
    CHECK(Transfers::list(*f.a.db, officerA, true)->isEmpty());
    // B sees only those addressed to it.
    CHECK(Transfers::list(*f.b.db, officerB)->size() == 2);
}

TEST_CASE("transfers: a resettlement file moves and ends at the sender as moved away", "[transfers]")
{
    Fixture f;
    const Session officerA = f.a.as(QStringLiteral("placement"));
    const Session officerB = f.b.as(QStringLiteral("placement"));
    const Session headCounty = f.county.as(QStringLiteral("head"));
    Person p;
    p.name = QStringLiteral("吴国强");
    p.idNumber = makeId(kCounty, d(1980, 5, 6), true, 21);
    Result<QString> subject =
        PlacementService::registerSubject(*f.a.db, officerA, p,
                                          {{QStringLiteral("source_type"), QStringLiteral("prison")},
                                           {QStringLiteral("release_date"), QStringLiteral("2026-03-01")},
                                           {QStringLiteral("releasing_org"), QStringLiteral("浙江省乔司监狱")},
                                           {QStringLiteral("charge"), QStringLiteral("盗窃罪")}});
    INFO(subject.message());
    REQUIRE(subject);
    REQUIRE(PlacementService::saveRecord(*f.a.db, officerA, QStringLiteral("rp_visit"), QString(),
                                         {{QStringLiteral("subject_uuid"), *subject},
                                          {QStringLiteral("kind"), QStringLiteral("visit")},
                                          {QStringLiteral("visit_date"), QStringLiteral("2026-04-01")},
                                          {QStringLiteral("content"), QStringLiteral("走访")}}));

    // The correction officer may not move a resettlement file.
    CHECK(Transfers::request(*f.a.db, f.a.as(QStringLiteral("correction")), QStringLiteral("rp_subject"), *subject, kB,
                             QStringLiteral("迁居"))
              .code() == ErrorCode::PermissionDenied);
    Result<QString> t =
        Transfers::request(*f.a.db, officerA, QStringLiteral("rp_subject"), *subject, kB, QStringLiteral("迁居"));
    INFO(t.message());
    REQUIRE(t);

    const QString person = f.a.field(QStringLiteral("rp_subject"), *subject, QStringLiteral("person_uuid"));
    const QString visit = Query::scalar(*f.a.db, QStringLiteral("SELECT uuid FROM rp_visit WHERE subject_uuid = :s"),
                                        {{QStringLiteral(":s"), *subject}}, QStringLiteral("test"))
                              ->toString();
    for (const QString &uuid : {*subject, person, visit, *t})
        copyRow(*f.a.db, *f.county.db, uuid);
    REQUIRE(Transfers::forward(*f.county.db, headCounty, *t, QString()).ok());
    Result<QStringList> package = Transfers::packageRows(*f.county.db, kB);
    REQUIRE(package);
    CHECK(QSet<QString>(package->cbegin(), package->cend()) == QSet<QString>{*t, *subject, person, visit});
    for (const QString &uuid : *package)
        copyRow(*f.county.db, *f.b.db, uuid);
    // Accepting is the resettlement officer's.
    CHECK(Transfers::accept(*f.b.db, f.b.as(QStringLiteral("correction")), *t, QString()).code() ==
          ErrorCode::PermissionDenied);
    REQUIRE(Transfers::accept(*f.b.db, officerB, *t, QString()).ok());
    CHECK(f.b.field(QStringLiteral("rp_subject"), *subject, QStringLiteral("office_code")) == kB);
    CHECK(f.b.field(QStringLiteral("rp_visit"), visit, QStringLiteral("office_code")) == kB);
    CHECK(f.b.field(QStringLiteral("rp_subject"), *subject, QStringLiteral("status")) == QLatin1String("assisting"));

    copyRow(*f.b.db, *f.a.db, *t);
    {
        Transaction tx(*f.a.db);
        REQUIRE(Transfers::afterImport(*f.a.db, {*t}).ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(f.a.field(QStringLiteral("rp_subject"), *subject, QStringLiteral("status")) == QLatin1String("moved"));
    CHECK(f.a.field(QStringLiteral("rp_subject"), *subject, QStringLiteral("end_type")) == QLatin1String("moved"));
    CHECK(f.a.field(QStringLiteral("rp_subject"), *subject, QStringLiteral("end_date")) == QLatin1String("2026-06-01"));
    CHECK(f.a.field(QStringLiteral("rp_subject"), *subject, QStringLiteral("moved_to")).contains(kB));
    const qint64 before = f.a.ops();
    {
        Transaction tx(*f.a.db);
        REQUIRE(Transfers::afterImport(*f.a.db, {*t}).ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(f.a.ops() == before);
    // The correction officer's list leaves resettlement transfers out.
    CHECK(Transfers::list(*f.a.db, f.a.as(QStringLiteral("correction")))->isEmpty());
    CHECK(Transfers::list(*f.a.db, officerA)->size() == 1);
}
