// 社区矫正 files through CorrectionService: the workflow and its forbidden paths, the approval
// chain of requests at the limits, proposals and decisions, the month's review, sealing and the
// audit of every opening, and the to-do items.
#include "CatchCompat.h"
#include "TestSupport.h"

#include "correction/CorrectionService.h"
#include "correction/CorrectionTodo.h"
#include "rules/Rules.h"
#include "security/AuditLog.h"
#include "storage/Query.h"
#include "util/Time.h"

#include <QTimeZone>

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

struct CorrectionFixture {
    TestOffice office;
    Session officer;
    CorrectionFixture() : officer(office.signIn(QStringLiteral("correction"))) { REQUIRE(Rules::reload().isEmpty()); }
    Database &db() { return *office.db; }

    Person person(const QString &name, const QDate &birth, bool male, int seq = 12) const
    {
        Person p;
        p.name = name;
        p.idNumber = makeId(QStringLiteral("330225"), birth, male, seq);
        p.phone = QStringLiteral("13800138000");
        return p;
    }

    QVariantMap judgment(const QString &type, const QDate &effective, const QDate &from, const QDate &to) const
    {
        QVariantMap m{{QStringLiteral("correction_type"), type},
                      {QStringLiteral("charge"), QStringLiteral("危险驾驶罪")},
                      {QStringLiteral("decision_body"), QStringLiteral("象山县人民法院")},
                      {QStringLiteral("judgment_date"), iso(effective.addDays(-10))},
                      {QStringLiteral("effective_date"), iso(effective)},
                      {QStringLiteral("period_from"), iso(from)},
                      {QStringLiteral("period_to"), iso(to)}};
        if (type == QLatin1String("04"))
            m.insert(QStringLiteral("outside_reason"), QStringLiteral("medical"));
        return m;
    }

    // A man on probation, received, with a team, announced and graded 普管.
    QString underCorrection(const QString &name, const QDate &effective, int seq = 12)
    {
        Result<QString> s = CorrectionService::registerSubject(
            db(), officer, person(name, d(1985, 3, 4), true, seq),
            judgment(QStringLiteral("02"), effective, effective, effective.addYears(1).addDays(-1)));
        REQUIRE(s);
        REQUIRE(CorrectionService::recordReception(db(), officer, *s, effective.addDays(3), effective.addDays(3),
                                                   QStringLiteral("本人报到"), QStringLiteral("王所长"))
                    .ok());
        REQUIRE(CorrectionService::saveRecord(db(), officer, QStringLiteral("cc_team_member"), QString(),
                                              {{QStringLiteral("subject_uuid"), *s},
                                               {QStringLiteral("name"), QStringLiteral("陈志明")},
                                               {QStringLiteral("role"), QStringLiteral("组长")},
                                               {QStringLiteral("sex"), QStringLiteral("1")}}));
        REQUIRE(CorrectionService::announce(db(), officer, *s, effective.addDays(4)).ok());
        REQUIRE(CorrectionService::changeGrade(db(), officer, *s, QStringLiteral("normal"), effective.addDays(4),
                                               QStringLiteral("入矫评估"), QStringLiteral("象司矫〔2026〕1号"))
                    .ok());
        return *s;
    }

    QString leave(const QString &subject, const QDate &from, const QDate &to, QStringList *notes = nullptr)
    {
        Result<QString> r = CorrectionService::submitRequest(
            db(), officer,
            {{QStringLiteral("subject_uuid"), subject},
             {QStringLiteral("kind"), QStringLiteral("leave")},
             {QStringLiteral("applied_date"), iso(qMin(from.addDays(-5), Clock::today()))},
             {QStringLiteral("reason"), QStringLiteral("就医")},
             {QStringLiteral("destination"), QStringLiteral("杭州市")},
             {QStringLiteral("start_date"), iso(from)},
             {QStringLiteral("end_date"), iso(to)}},
            notes);
        REQUIRE(r);
        return *r;
    }

    QString field(const QString &table, const QString &uuid, const QString &column)
    {
        return Query::scalar(db(), QStringLiteral("SELECT %1 FROM %2 WHERE uuid = :u").arg(column, table),
                             {{QStringLiteral(":u"), uuid}}, QStringLiteral("test"))
            ->toString();
    }
};

int auditCount(Database &db, const QString &action)
{
    return Query::scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = :a"),
                         {{QStringLiteral(":a"), action}}, QStringLiteral("test"))
        ->toInt();
}

}  // namespace

TEST_CASE("correction: a file from the judgment to release, and the steps out of order refused", "[correction]")
{
    Pin pin(d(2026, 11, 20));
    CorrectionFixture f;
    Result<QString> s = CorrectionService::registerSubject(
        f.db(), f.officer, f.person(QStringLiteral("周海波"), d(1980, 1, 2), true),
        f.judgment(QStringLiteral("02"), d(2025, 11, 1), d(2025, 11, 1), d(2026, 10, 31)));
    REQUIRE(s);
    CHECK(f.field(QStringLiteral("cc_subject"), *s, QStringLiteral("status")) == QLatin1String("awaiting_report"));
    CHECK(f.field(QStringLiteral("cc_subject"), *s, QStringLiteral("officer")) == QLatin1String("correction"));

    // Announcing before reception, or releasing before announcement, is refused.
    CHECK(CorrectionService::announce(f.db(), f.officer, *s, d(2025, 11, 5)).error().code == ErrorCode::Conflict);
    CHECK_FALSE(CorrectionService::release(f.db(), f.officer, *s, d(2026, 11, 1),
                                           {{QStringLiteral("appraisal_conduct"), QStringLiteral("良好")},
                                            {QStringLiteral("appraisal_advice"), QStringLiteral("一般帮教")}})
                    .ok());
    // Reporting in before the judgment took effect, or in the future: refused.
    CHECK_FALSE(CorrectionService::recordReception(f.db(), f.officer, *s, d(2025, 10, 30), d(2025, 11, 3), {}, {}).ok());
    CHECK_FALSE(CorrectionService::recordReception(f.db(), f.officer, *s, d(2026, 12, 1), d(2026, 12, 1), {}, {}).ok());
    REQUIRE(CorrectionService::recordReception(f.db(), f.officer, *s, d(2025, 11, 6), d(2025, 11, 6), {}, {}).ok());

    // The team must exist before the announcement.
    Status noTeam = CorrectionService::announce(f.db(), f.officer, *s, d(2025, 11, 7));
    CHECK(noTeam.error().code == ErrorCode::Conflict);
    REQUIRE(CorrectionService::saveRecord(f.db(), f.officer, QStringLiteral("cc_team_member"), QString(),
                                          {{QStringLiteral("subject_uuid"), *s},
                                           {QStringLiteral("name"), QStringLiteral("陈志明")}}));
    REQUIRE(CorrectionService::announce(f.db(), f.officer, *s, d(2025, 11, 7)).ok());
    CHECK(f.field(QStringLiteral("cc_subject"), *s, QStringLiteral("status")) == QLatin1String("under_correction"));

    // Release needs the appraisal; the period is over (ended 2026-10-31).
    CHECK(CorrectionService::release(f.db(), f.officer, *s, d(2026, 11, 1), {}).error().code
          == ErrorCode::InvalidInput);
    REQUIRE(CorrectionService::release(f.db(), f.officer, *s, d(2026, 11, 1),
                                       {{QStringLiteral("appraisal_conduct"), QStringLiteral("表现良好")},
                                        {QStringLiteral("appraisal_advice"), QStringLiteral("一般帮教")}})
                .ok());
    CHECK(f.field(QStringLiteral("cc_subject"), *s, QStringLiteral("status")) == QLatin1String("released"));
    CHECK(f.field(QStringLiteral("cc_subject"), *s, QStringLiteral("end_type")) == QLatin1String("expired"));
    // Nothing more happens to a released file but an audited reopening.
    CHECK_FALSE(CorrectionService::changeGrade(f.db(), f.officer, *s, QStringLiteral("strict"), d(2026, 11, 2),
                                               QStringLiteral("x"), {})
                    .ok());
    CHECK_FALSE(CorrectionService::reopen(f.db(), f.officer, *s, QString()).ok());
    REQUIRE(CorrectionService::reopen(f.db(), f.officer, *s, QStringLiteral("解矫日期录错")).ok());
    CHECK(f.field(QStringLiteral("cc_subject"), *s, QStringLiteral("status")) == QLatin1String("under_correction"));
    CHECK(auditCount(f.db(), QStringLiteral("correction.reopen")) == 1);

    // A second open file for the same person is refused.
    Result<QString> again = CorrectionService::registerSubject(
        f.db(), f.officer, f.person(QStringLiteral("周海波"), d(1980, 1, 2), true),
        f.judgment(QStringLiteral("01"), d(2026, 11, 1), d(2026, 11, 1), d(2027, 10, 31)));
    CHECK(again.error().code == ErrorCode::Duplicate);
}

TEST_CASE("correction: the judgment's data is checked", "[correction]")
{
    Pin pin(d(2026, 11, 20));
    CorrectionFixture f;
    const Person p = f.person(QStringLiteral("林小红"), d(1990, 5, 6), false);
    QVariantMap j = f.judgment(QStringLiteral("04"), d(2026, 10, 1), d(2026, 10, 1), d(2027, 3, 31));
    j.remove(QStringLiteral("outside_reason"));
    CHECK(CorrectionService::registerSubject(f.db(), f.officer, p, j).error().field == QLatin1String("outside_reason"));
    j = f.judgment(QStringLiteral("02"), d(2026, 10, 1), d(2026, 10, 1), d(2026, 9, 30));
    CHECK(CorrectionService::registerSubject(f.db(), f.officer, p, j).error().field == QLatin1String("period_to"));
    j = f.judgment(QStringLiteral("09"), d(2026, 10, 1), d(2026, 10, 1), d(2027, 9, 30));
    CHECK(CorrectionService::registerSubject(f.db(), f.officer, p, j).error().field == QLatin1String("correction_type"));
    j = f.judgment(QStringLiteral("02"), d(2026, 12, 1), d(2026, 12, 1), d(2027, 9, 30));
    CHECK(CorrectionService::registerSubject(f.db(), f.officer, p, j).error().field == QLatin1String("effective_date"));
    // The workflow's fields are not edited directly.
    Result<QString> s = CorrectionService::registerSubject(
        f.db(), f.officer, p, f.judgment(QStringLiteral("02"), d(2026, 10, 1), d(2026, 10, 1), d(2027, 9, 30)));
    REQUIRE(s);
    CHECK_FALSE(CorrectionService::update(f.db(), f.officer, *s, {{QStringLiteral("status"), QStringLiteral("released")}})
                    .ok());
    CHECK(CorrectionService::update(f.db(), f.officer, *s, {{QStringLiteral("charge"), QStringLiteral("盗窃罪")}}).ok());
    // A mediator may not touch correction files.
    const Session mediator = f.office.signIn(QStringLiteral("mediator"));
    CHECK(CorrectionService::open(f.db(), mediator, *s).error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("correction: a woman's team needs a woman, a minor's someone who knows minors", "[correction]")
{
    Pin pin(d(2026, 11, 20));
    CorrectionFixture f;
    Result<QString> s = CorrectionService::registerSubject(
        f.db(), f.officer, f.person(QStringLiteral("林小红"), d(2009, 5, 6), false),
        f.judgment(QStringLiteral("02"), d(2026, 9, 1), d(2026, 9, 1), d(2027, 8, 31)));
    REQUIRE(s);
    CHECK(f.field(QStringLiteral("cc_subject"), *s, QStringLiteral("is_minor")) == QLatin1String("1"));
    REQUIRE(CorrectionService::recordReception(f.db(), f.officer, *s, d(2026, 9, 5), d(2026, 9, 5), {}, {}).ok());
    REQUIRE(CorrectionService::saveRecord(f.db(), f.officer, QStringLiteral("cc_team_member"), QString(),
                                          {{QStringLiteral("subject_uuid"), *s},
                                           {QStringLiteral("name"), QStringLiteral("陈志明")},
                                           {QStringLiteral("sex"), QStringLiteral("1")}}));
    Status refused = CorrectionService::announce(f.db(), f.officer, *s, d(2026, 9, 6));
    CHECK(refused.message().contains(QStringLiteral("第二十五条")));
    CHECK(refused.message().contains(QStringLiteral("第五十二条")));
    REQUIRE(CorrectionService::saveRecord(f.db(), f.officer, QStringLiteral("cc_team_member"), QString(),
                                          {{QStringLiteral("subject_uuid"), *s},
                                           {QStringLiteral("name"), QStringLiteral("吴丽娟")},
                                           {QStringLiteral("sex"), QStringLiteral("2")},
                                           {QStringLiteral("minors_experience"), 1}}));
    CHECK(CorrectionService::announce(f.db(), f.officer, *s, d(2026, 9, 6)).ok());
}

TEST_CASE("correction: minors' files, sealing and the audit of every opening", "[correction][audit]")
{
    Pin pin(d(2026, 11, 20));
    CorrectionFixture f;
    Result<QString> minor = CorrectionService::registerSubject(
        f.db(), f.officer, f.person(QStringLiteral("林小军"), d(2010, 5, 6), true),
        f.judgment(QStringLiteral("02"), d(2026, 9, 1), d(2026, 9, 1), d(2027, 8, 31)));
    REQUIRE(minor);
    const QString adult = f.underCorrection(QStringLiteral("周海波"), d(2026, 3, 1), 14);

    // Opening is audited; the list masks ID numbers and revealing them is audited.
    REQUIRE(CorrectionService::open(f.db(), f.officer, adult));
    CHECK(auditCount(f.db(), QStringLiteral("correction.open")) == 1);
    Result<QList<SubjectListItem>> all = CorrectionService::list(f.db(), f.officer, {});
    REQUIRE(all);
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).idNumber.contains(QLatin1Char('*')));
    CHECK(auditCount(f.db(), QStringLiteral("correction.reveal_ids")) == 0);
    SubjectQuery reveal;
    reveal.revealIdNumbers = true;
    all = CorrectionService::list(f.db(), f.officer, reveal);
    CHECK_FALSE(all->at(0).idNumber.contains(QLatin1Char('*')));
    CHECK(auditCount(f.db(), QStringLiteral("correction.reveal_ids")) == 1);

    // An adult's file is not sealed; a minor's is, and then it is gone from the list.
    CHECK(CorrectionService::seal(f.db(), f.officer, adult, QStringLiteral("x")).error().code == ErrorCode::Conflict);
    REQUIRE(CorrectionService::seal(f.db(), f.officer, *minor, QStringLiteral("刑诉法第二百八十六条")).ok());
    all = CorrectionService::list(f.db(), f.officer, {});
    REQUIRE(all->size() == 1);
    CHECK(all->at(0).uuid == adult);
    CHECK(CorrectionService::open(f.db(), f.officer, *minor).error().code == ErrorCode::PermissionDenied);
    Result<QList<TodoItem>> todo = CorrectionTodo::items(f.db(), f.officer, d(2026, 11, 20));
    REQUIRE(todo);
    for (const TodoItem &t : *todo)
        CHECK(t.uuid != *minor);

    // Reaching it needs the approval number, and the opening is audited with it.
    const QString id = f.person(QStringLiteral("林小军"), d(2010, 5, 6), true).idNumber;
    CHECK_FALSE(CorrectionService::findSealed(f.db(), f.officer, id, QString()));
    Result<QString> found = CorrectionService::findSealed(f.db(), f.officer, id, QStringLiteral("象检〔2026〕7号"));
    REQUIRE(found);
    CHECK(*found == *minor);
    REQUIRE(CorrectionService::open(f.db(), f.officer, *minor, QStringLiteral("象检〔2026〕7号")));
    CHECK(auditCount(f.db(), QStringLiteral("correction.open_sealed")) == 1);

    // The placement officer reads neither; the head reads minors' files too.
    const Session placement = f.office.signIn(QStringLiteral("placement"));
    CHECK_FALSE(CorrectionService::list(f.db(), placement, {}));
    const Session head = f.office.signIn(QStringLiteral("head"));
    CHECK(CorrectionService::open(f.db(), head, *minor, QStringLiteral("象检〔2026〕7号")));
}

TEST_CASE("correction: a window's refreshes read the file again with the checks and no new audit row",
          "[correction][audit]")
{
    Pin pin(d(2026, 11, 20));
    CorrectionFixture f;
    const QString adult = f.underCorrection(QStringLiteral("周海波"), d(2026, 3, 1), 14);
    Result<QString> minor = CorrectionService::registerSubject(
        f.db(), f.officer, f.person(QStringLiteral("林小军"), d(2010, 5, 6), true),
        f.judgment(QStringLiteral("02"), d(2026, 9, 1), d(2026, 9, 1), d(2027, 8, 31)));
    REQUIRE(minor);
    REQUIRE(CorrectionService::seal(f.db(), f.officer, *minor, QStringLiteral("刑诉法第二百八十六条")).ok());
    const int before = auditCount(f.db(), QStringLiteral("correction.open"));

    // One opening, one entry; the refreshes read the same file without another.
    Result<SubjectFile> opened = CorrectionService::open(f.db(), f.officer, adult);
    REQUIRE(opened);
    CHECK(auditCount(f.db(), QStringLiteral("correction.open")) == before + 1);
    for (int i = 0; i < 3; ++i) {
        Result<SubjectFile> again = CorrectionService::reread(f.db(), f.officer, adult);
        REQUIRE(again);
        CHECK(again->uuid() == adult);
        CHECK(again->person.name == opened->person.name);
    }
    CHECK(auditCount(f.db(), QStringLiteral("correction.open")) == before + 1);

    // The checks stay: another role, a sealed file without its approval, an unknown file.
    const Session mediator = f.office.signIn(QStringLiteral("mediator"));
    CHECK(CorrectionService::reread(f.db(), mediator, adult).code() == ErrorCode::PermissionDenied);
    CHECK(CorrectionService::reread(f.db(), f.officer, *minor).code() == ErrorCode::PermissionDenied);
    CHECK(CorrectionService::reread(f.db(), f.officer, QStringLiteral("no-such-file")).code() == ErrorCode::NotFound);
    REQUIRE(CorrectionService::reread(f.db(), f.officer, *minor, QStringLiteral("象检〔2026〕7号")));
    CHECK(auditCount(f.db(), QStringLiteral("correction.open_sealed")) == 0);
    CHECK(auditCount(f.db(), QStringLiteral("correction.open")) == before + 1);
}

TEST_CASE("correction: the reception's checks and a visitor's particulars are checked and kept", "[correction]")
{
    Pin pin(d(2026, 11, 20));
    CorrectionFixture f;
    Result<QString> s = CorrectionService::registerSubject(
        f.db(), f.officer, f.person(QStringLiteral("周海波"), d(1985, 3, 4), true),
        f.judgment(QStringLiteral("02"), d(2026, 9, 1), d(2026, 9, 1), d(2027, 8, 31)));
    REQUIRE(s);
    const QDate on = d(2026, 9, 4);
    auto receive = [&](const QVariantMap &checks) {
        return CorrectionService::recordReception(f.db(), f.officer, *s, on, on, QStringLiteral("本人报到"),
                                                  QStringLiteral("王所长"), checks);
    };
    CHECK(receive({{QStringLiteral("status"), QStringLiteral("received")}}).code() == ErrorCode::Internal);
    CHECK(receive({{QStringLiteral("reception_documents_date"), QStringLiteral("not a date")}}).code()
          == ErrorCode::InvalidInput);
    CHECK(receive({{QStringLiteral("reception_documents_date"), iso(on.addDays(1))}}).code()
          == ErrorCode::InvalidInput);
    REQUIRE(receive({{QStringLiteral("reception_documents_date"), iso(on.addDays(-2))},
                     {QStringLiteral("reception_documents_check"), QStringLiteral(" 文书齐全 ")},
                     {QStringLiteral("reception_identity_check"), QStringLiteral("核对身份证")},
                     {QStringLiteral("reception_notified"), QStringLiteral("已告知")}})
                .ok());
    CHECK(f.field(QStringLiteral("cc_subject"), *s, QStringLiteral("reception_documents_date")) == iso(on.addDays(-2)));
    CHECK(f.field(QStringLiteral("cc_subject"), *s, QStringLiteral("reception_documents_check"))
          == QStringLiteral("文书齐全"));
    // Corrected later like the rest of the file's data, and the plan's analysis likewise.
    REQUIRE(CorrectionService::update(f.db(), f.officer, *s,
                                      {{QStringLiteral("reception_notified"), QStringLiteral("已告知报到规定")},
                                       {QStringLiteral("plan_crime_cause"), QStringLiteral("法律意识淡薄")},
                                       {QStringLiteral("plan_focus"), QStringLiteral("法治教育")}})
                .ok());
    CHECK(f.field(QStringLiteral("cc_subject"), *s, QStringLiteral("reception_notified")) == QStringLiteral("已告知报到规定"));
    CHECK(f.field(QStringLiteral("cc_subject"), *s, QStringLiteral("plan_crime_cause")) == QStringLiteral("法律意识淡薄"));

    // A visitor: the identity and the sex are codes, the ID number is checked and gives the sex.
    const QString victim = makeId(QStringLiteral("330225"), d(1970, 7, 7), false, 61);
    QVariantMap visit{{QStringLiteral("subject_uuid"), *s},
                      {QStringLiteral("kind"), QStringLiteral("visitor")},
                      {QStringLiteral("applied_date"), iso(d(2026, 11, 10))},
                      {QStringLiteral("start_date"), iso(d(2026, 11, 25))},
                      {QStringLiteral("end_date"), iso(d(2026, 11, 25))},
                      {QStringLiteral("reason"), QStringLiteral("商谈赔偿")},
                      {QStringLiteral("visitor_name"), QStringLiteral("李芳")},
                      {QStringLiteral("visitor_address"), QStringLiteral("石浦镇东门村5号")}};
    auto submit = [&](const QVariantMap &extra) {
        QVariantMap m = visit;
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            m.insert(it.key(), it.value());
        return CorrectionService::submitRequest(f.db(), f.officer, m);
    };
    CHECK(submit({{QStringLiteral("visitor_identity"), QStringLiteral("friend")}}).code() == ErrorCode::InvalidInput);
    CHECK(submit({{QStringLiteral("visitor_sex"), QStringLiteral("x")}}).code() == ErrorCode::InvalidInput);
    QString wrong = victim;
    wrong[17] = wrong.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    Result<QString> bad = submit({{QStringLiteral("visitor_id_number"), wrong}});
    REQUIRE_FALSE(bad);
    CHECK(bad.error().field == QStringLiteral("visitor_id_number"));
    CHECK(submit({{QStringLiteral("visitor_id_number"), victim}, {QStringLiteral("visitor_sex"), QStringLiteral("1")}})
              .code()
          == ErrorCode::InvalidInput);
    Result<QString> r = submit({{QStringLiteral("visitor_id_number"), victim.toLower()},
                                {QStringLiteral("visitor_identity"), QStringLiteral("victim")}});
    REQUIRE(r);
    CHECK(f.field(QStringLiteral("cc_request"), *r, QStringLiteral("visitor_sex")) == QStringLiteral("2"));
    CHECK(f.field(QStringLiteral("cc_request"), *r, QStringLiteral("visitor_identity")) == QStringLiteral("victim"));
    CHECK(f.field(QStringLiteral("cc_request"), *r, QStringLiteral("visitor_id_number")) == victim.toUpper());
    CHECK(f.field(QStringLiteral("cc_request"), *r, QStringLiteral("visitor_address")) == QStringLiteral("石浦镇东门村5号"));
}

TEST_CASE("correction: leave approval at 7/8 days, 30/31 days and 30 days in two months", "[correction]")
{
    Pin pin(d(2026, 11, 20));
    CorrectionFixture f;
    const QString s = f.underCorrection(QStringLiteral("周海波"), d(2026, 1, 5));
    auto level = [&](const QString &uuid) { return f.field(QStringLiteral("cc_request"), uuid, QStringLiteral("level")); };

    const QString seven = f.leave(s, d(2026, 12, 1), d(2026, 12, 7));
    CHECK(level(seven) == QLatin1String("office"));
    const QString eight = f.leave(s, d(2026, 12, 1), d(2026, 12, 8));
    CHECK(level(eight) == QLatin1String("county"));
    CHECK(level(f.leave(s, d(2027, 3, 1), d(2027, 3, 30))) == QLatin1String("county"));
    QStringList notes;
    CHECK(level(f.leave(s, d(2027, 3, 1), d(2027, 3, 31), &notes)) == QLatin1String("higher"));
    CHECK_FALSE(notes.isEmpty());

    // The office decides its own (after nothing but the application); the county's needs review first.
    REQUIRE(CorrectionService::decideRequest(f.db(), f.officer, seven, true, QStringLiteral("王所长"), d(2026, 11, 20),
                                             QStringLiteral("石司外〔2026〕3号"), {})
                .ok());
    CHECK(f.field(QStringLiteral("cc_request"), seven, QStringLiteral("status")) == QLatin1String("approved"));
    CHECK(CorrectionService::decideRequest(f.db(), f.officer, eight, true, QStringLiteral("县局"), d(2026, 11, 20), {}, {})
              .error()
              .code
          == ErrorCode::Conflict);
    REQUIRE(CorrectionService::reviewRequest(f.db(), f.officer, eight, QStringLiteral("同意，报县局审批"),
                                             QStringLiteral("王所长"), d(2026, 11, 20))
                .ok());
    CHECK(f.field(QStringLiteral("cc_request"), eight, QStringLiteral("status")) == QLatin1String("reviewed"));

    // 24 days approved in December: another 7 days within two months reaches 31 → higher agency.
    Result<LeaveCheck> window = CorrectionService::checkLeave(f.db(), f.officer, s, d(2027, 1, 10), d(2027, 1, 16),
                                                              d(2027, 1, 1));
    REQUIRE(window);
    CHECK(window->level == ApprovalLevel::Office);  // 7 approved + 7 = 14
    const QString big = f.leave(s, d(2026, 12, 10), d(2026, 12, 26));  // 17 days → county
    REQUIRE(CorrectionService::reviewRequest(f.db(), f.officer, big, QStringLiteral("同意"), QStringLiteral("王所长"),
                                             d(2026, 11, 20))
                .ok());
    REQUIRE(CorrectionService::decideRequest(f.db(), f.officer, big, true, QStringLiteral("县社区矫正管理局"),
                                             d(2026, 11, 20), QStringLiteral("象司矫外〔2026〕9号"), {})
                .ok());
    window = CorrectionService::checkLeave(f.db(), f.officer, s, d(2027, 1, 10), d(2027, 1, 15), d(2027, 1, 1));
    CHECK(window->daysInWindow == 30);  // 7 + 17 + 6
    CHECK(window->level != ApprovalLevel::HigherAgency);
    window = CorrectionService::checkLeave(f.db(), f.officer, s, d(2027, 1, 10), d(2027, 1, 16), d(2027, 1, 1));
    CHECK(window->daysInWindow == 31);
    CHECK(window->level == ApprovalLevel::HigherAgency);

    // Return of approved leave: overdue on the to-do list until reported.
    Result<QList<TodoItem>> todo = CorrectionTodo::items(f.db(), f.officer, d(2026, 12, 9));
    REQUIRE(todo);
    bool returnDue = false;
    for (const TodoItem &t : *todo)
        returnDue = returnDue || (t.kind == QLatin1String("correction.leave_return") && t.due == d(2026, 12, 7));
    CHECK(returnDue);
    CHECK_FALSE(CorrectionService::recordReturn(f.db(), f.officer, eight, d(2026, 11, 20), {}).ok());  // not approved
}

TEST_CASE("correction: proposals, the county's decisions and the escalation suggestions", "[correction]")
{
    Pin pin(d(2026, 11, 20));
    CorrectionFixture f;
    const QString s = f.underCorrection(QStringLiteral("周海波"), d(2026, 6, 1));
    auto propose = [&](const QString &kind, const QDate &date) {
        return CorrectionService::propose(f.db(), f.officer,
                                          {{QStringLiteral("subject_uuid"), s},
                                           {QStringLiteral("kind"), kind},
                                           {QStringLiteral("facts"), QStringLiteral("未按规定报告")},
                                           {QStringLiteral("proposal_date"), iso(date)}});
    };
    // Praise needs six months under correction (from 2026-06-01: 2026-12-01).
    CHECK(propose(QStringLiteral("praise"), d(2026, 11, 20)).error().code == ErrorCode::Conflict);
    // Parole's revocation does not apply to probation.
    CHECK_FALSE(propose(QStringLiteral("revoke_parole"), d(2026, 11, 1)));

    for (const QDate &day : {d(2026, 9, 1), d(2026, 10, 1)}) {
        Result<QString> p = propose(QStringLiteral("admonition"), day);
        REQUIRE(p);
        CHECK_FALSE(CorrectionService::recordDecision(f.db(), f.officer, *p, true, QString(), day, {}).ok());
        REQUIRE(CorrectionService::recordDecision(f.db(), f.officer, *p, true, QStringLiteral("象司矫训〔2026〕1号"),
                                                  day.addDays(3), {})
                    .ok());
        CHECK_FALSE(CorrectionService::recordDecision(f.db(), f.officer, *p, true, QStringLiteral("x"), day.addDays(4), {})
                        .ok());
    }
    Result<SubjectFile> file = CorrectionService::open(f.db(), f.officer, s);
    REQUIRE(file);
    const QList<Suggestion> suggestions = CorrectionService::suggestions(*file, d(2026, 11, 20));
    REQUIRE(suggestions.size() == 1);
    CHECK(suggestions.first().kind == QLatin1String("warning"));

    // An adopted revocation proposal holds the release until the court decides.
    Result<QString> revoke = propose(QStringLiteral("revoke_probation"), d(2026, 11, 10));
    REQUIRE(revoke);
    REQUIRE(CorrectionService::recordDecision(f.db(), f.officer, *revoke, true, QStringLiteral("象司矫撤〔2026〕2号"),
                                              d(2026, 11, 12), {})
                .ok());
    CHECK(f.field(QStringLiteral("cc_subject"), s, QStringLiteral("pending_revocation")) == QLatin1String("1"));
    Status held = CorrectionService::release(f.db(), f.officer, s, d(2026, 11, 20),
                                             {{QStringLiteral("appraisal_conduct"), QStringLiteral("一般")},
                                              {QStringLiteral("appraisal_advice"), QStringLiteral("重点帮教")}},
                                             QStringLiteral("特赦"));
    CHECK(held.error().code == ErrorCode::Conflict);
    CHECK_FALSE(CorrectionService::terminate(f.db(), f.officer, s, QStringLiteral("revoked_parole"), d(2026, 11, 20),
                                             QStringLiteral("x"))
                    .ok());
    REQUIRE(CorrectionService::terminate(f.db(), f.officer, s, QStringLiteral("revoked_probation"), d(2026, 11, 20),
                                         QStringLiteral("象山县人民法院（2026）浙0225刑更12号"))
                .ok());
    CHECK(f.field(QStringLiteral("cc_subject"), s, QStringLiteral("status")) == QLatin1String("terminated"));
}

TEST_CASE("correction: the month's supervision against the grade, monitoring and the to-do list", "[correction]")
{
    Pin pin(d(2026, 11, 20));
    CorrectionFixture f;
    const QString s = f.underCorrection(QStringLiteral("周海波"), d(2026, 1, 5));
    REQUIRE(CorrectionService::changeGrade(f.db(), f.officer, s, QStringLiteral("strict"), d(2026, 10, 1),
                                           QStringLiteral("受到警告"), QStringLiteral("象司矫〔2026〕8号"))
                .ok());
    auto activity = [&](const char *kind, const QDate &day, int minutes = 0) {
        REQUIRE(CorrectionService::saveRecord(f.db(), f.officer, QStringLiteral("cc_activity"), QString(),
                                              {{QStringLiteral("subject_uuid"), s},
                                               {QStringLiteral("kind"), QString::fromLatin1(kind)},
                                               {QStringLiteral("activity_date"), iso(day)},
                                               {QStringLiteral("minutes"), minutes}}));
    };
    activity("report_in_person", d(2026, 10, 5));
    activity("education", d(2026, 10, 9), 240);
    CHECK_FALSE(CorrectionService::saveRecord(f.db(), f.officer, QStringLiteral("cc_activity"), QString(),
                                              {{QStringLiteral("subject_uuid"), s},
                                               {QStringLiteral("kind"), QStringLiteral("welfare")},
                                               {QStringLiteral("activity_date"), iso(d(2026, 10, 9))}}));
    CHECK_FALSE(CorrectionService::saveRecord(f.db(), f.officer, QStringLiteral("cc_activity"), QString(),
                                              {{QStringLiteral("subject_uuid"), s},
                                               {QStringLiteral("kind"), QStringLiteral("talk")},
                                               {QStringLiteral("activity_date"), iso(d(2026, 12, 9))}}));
    Result<SubjectFile> file = CorrectionService::open(f.db(), f.officer, s);
    REQUIRE(file);
    CHECK(file->gradeOn(d(2026, 9, 30)) == QLatin1String("normal"));
    CHECK(file->gradeOn(d(2026, 10, 1)) == QLatin1String("strict"));
    const MonthReview october = CorrectionService::monthReview(*file, d(2026, 10, 15));
    CHECK(october.grade == QLatin1String("strict"));
    CHECK(october.days == 31);
    CHECK(october.done.inPersonReports == 1);
    CHECK(october.done.studyHours > 3.99);
    CHECK(october.done.studyHours < 4.01);
    Result<GradeExpectation> strict = GradeRules::expectation(QStringLiteral("strict"), d(2026, 10, 1));
    REQUIRE(strict);
    bool reportsShort = false;
    for (const Shortfall &sf : october.shortfalls)
        reportsShort = reportsShort || (sf.item == QLatin1String("in_person_reports") && sf.actual == 1);
    CHECK(reportsShort == (strict->inPersonReports > 1));

    // Monitoring: at most three months; its end shows a week ahead.
    CHECK_FALSE(CorrectionService::saveRecord(f.db(), f.officer, QStringLiteral("cc_monitoring"), QString(),
                                              {{QStringLiteral("subject_uuid"), s},
                                               {QStringLiteral("ground"), QStringLiteral("refused_report")},
                                               {QStringLiteral("approval_no"), QStringLiteral("象司〔2026〕5号")},
                                               {QStringLiteral("start_date"), iso(d(2026, 9, 1))},
                                               {QStringLiteral("end_date"), iso(d(2026, 12, 2))}}));
    REQUIRE(CorrectionService::saveRecord(f.db(), f.officer, QStringLiteral("cc_monitoring"), QString(),
                                          {{QStringLiteral("subject_uuid"), s},
                                           {QStringLiteral("ground"), QStringLiteral("refused_report")},
                                           {QStringLiteral("approval_no"), QStringLiteral("象司〔2026〕5号")},
                                           {QStringLiteral("start_date"), iso(d(2026, 9, 1))},
                                           {QStringLiteral("end_date"), iso(d(2026, 11, 25))}}));
    REQUIRE(CorrectionService::declareKeyPeriod(f.db(), f.officer, QStringLiteral("进博会安保"), d(2026, 11, 18),
                                                d(2026, 11, 25), {s}, {}));
    Result<QList<TodoItem>> todo = CorrectionTodo::items(f.db(), f.officer, d(2026, 11, 20));
    REQUIRE(todo);
    QStringList kinds;
    for (const TodoItem &t : *todo)
        kinds << t.kind;
    CHECK(kinds.contains(QStringLiteral("correction.monitoring_end")));
    CHECK(kinds.contains(QStringLiteral("correction.key_period")));
    CHECK(kinds.contains(QStringLiteral("correction.monthly")));
    CHECK_FALSE(kinds.contains(QStringLiteral("correction.release")));  // ends 2027-01-04: not yet within 30 days
    activity("report_phone", d(2026, 11, 20));
    todo = CorrectionTodo::items(f.db(), f.officer, d(2026, 11, 20));
    for (const TodoItem &t : *todo)
        CHECK(t.kind != QLatin1String("correction.key_period"));
    todo = CorrectionTodo::items(f.db(), f.officer, d(2026, 12, 10));
    kinds.clear();
    for (const TodoItem &t : *todo)
        kinds << t.kind;
    CHECK(kinds.contains(QStringLiteral("correction.release")));
}

TEST_CASE("correction: report-in and assessment deadlines on the to-do list", "[correction]")
{
    Pin pin(d(2026, 11, 20));
    CorrectionFixture f;
    Result<QString> s = CorrectionService::registerSubject(
        f.db(), f.officer, f.person(QStringLiteral("周海波"), d(1980, 1, 2), true),
        f.judgment(QStringLiteral("01"), d(2026, 11, 5), d(2026, 11, 5), d(2027, 5, 4)));
    REQUIRE(s);
    Result<QString> a = CorrectionService::saveAssessment(f.db(), f.officer, QString(),
                                                          {{QStringLiteral("name"), QStringLiteral("郑伟")},
                                                           {QStringLiteral("entrusting_body"), QStringLiteral("象山县人民法院")},
                                                           {QStringLiteral("received_date"), iso(d(2026, 11, 16))},
                                                           {QStringLiteral("fast_track"), 1}});
    REQUIRE(a);
    Result<QList<TodoItem>> todo = CorrectionTodo::items(f.db(), f.officer, d(2026, 11, 20));
    REQUIRE(todo);
    QMap<QString, QDate> due;
    for (const TodoItem &t : *todo)
        due.insert(t.kind, t.due);
    CHECK(due.value(QStringLiteral("correction.report_in")) == d(2026, 11, 15));
    CHECK(due.value(QStringLiteral("correction.assessment")) == d(2026, 11, 23));  // 5 working days
    // An escalation: not reported within ten days.
    Result<SubjectFile> file = CorrectionService::open(f.db(), f.officer, *s);
    REQUIRE(file);
    CHECK_FALSE(CorrectionService::suggestions(*file, d(2026, 11, 20)).isEmpty());
    CHECK_FALSE(CorrectionService::completeAssessment(f.db(), f.officer, *a, QStringLiteral("maybe"), QStringLiteral("x"),
                                                      QStringLiteral("王"), d(2026, 11, 20))
                    .ok());
    REQUIRE(CorrectionService::completeAssessment(f.db(), f.officer, *a, QStringLiteral("suitable"),
                                                  QStringLiteral("居所固定，家庭支持"), QStringLiteral("王所长"),
                                                  d(2026, 11, 20))
                .ok());
    todo = CorrectionTodo::items(f.db(), f.officer, d(2026, 11, 20));
    for (const TodoItem &t : *todo)
        CHECK(t.kind != QLatin1String("correction.assessment"));
}

TEST_CASE("correction: a change of residence step by step", "[correction]")
{
    Pin pin(d(2026, 11, 20));
    CorrectionFixture f;
    const QString s = f.underCorrection(QStringLiteral("周海波"), d(2026, 3, 2));
    CHECK_FALSE(CorrectionService::transferOut(f.db(), f.officer, s, d(2026, 11, 20)).ok());  // nothing approved
    QStringList notes;
    Result<QString> r = CorrectionService::submitRequest(f.db(), f.officer,
                                                         {{QStringLiteral("subject_uuid"), s},
                                                          {QStringLiteral("kind"), QStringLiteral("transfer")},
                                                          {QStringLiteral("applied_date"), iso(d(2026, 11, 2))},
                                                          {QStringLiteral("reason"), QStringLiteral("随子女居住")},
                                                          {QStringLiteral("new_address"), QStringLiteral("宁波市鄞州区")},
                                                          {QStringLiteral("start_date"), iso(d(2026, 11, 20))}},
                                                         &notes);
    REQUIRE(r);
    CHECK_FALSE(notes.isEmpty());  // applied less than a month before the move
    REQUIRE(CorrectionService::reviewRequest(f.db(), f.officer, *r, QStringLiteral("同意迁居"), QStringLiteral("王所长"),
                                             d(2026, 11, 3))
                .ok());
    auto kinds = [&](const QDate &today) {
        QStringList out;
        for (const TodoItem &t : *CorrectionTodo::items(f.db(), f.officer, today))
            out << t.kind + QLatin1Char('@') + t.due.toString(Qt::ISODate);
        return out;
    };
    CHECK(kinds(d(2026, 11, 5)).contains(QStringLiteral("correction.transfer_consult@2026-11-08")));
    CHECK_FALSE(CorrectionService::updateRequest(f.db(), f.officer, *r, {{QStringLiteral("status"), QStringLiteral("approved")}})
                    .ok());
    REQUIRE(CorrectionService::updateRequest(f.db(), f.officer, *r, {{QStringLiteral("consulted_date"), iso(d(2026, 11, 6))}})
                .ok());
    CHECK(kinds(d(2026, 11, 7)).contains(QStringLiteral("correction.transfer_reply@2026-11-11")));
    REQUIRE(CorrectionService::decideRequest(f.db(), f.officer, *r, true, QStringLiteral("县社区矫正管理局"),
                                             d(2026, 11, 12), QStringLiteral("象司矫迁〔2026〕4号"), {})
                .ok());
    const QStringList after = kinds(d(2026, 11, 13));
    CHECK(after.contains(QStringLiteral("correction.transfer_files@2026-11-17")));
    CHECK(after.contains(QStringLiteral("correction.transfer_report@2026-11-19")));
    REQUIRE(CorrectionService::transferOut(f.db(), f.officer, s, d(2026, 11, 18)).ok());
    CHECK(f.field(QStringLiteral("cc_subject"), s, QStringLiteral("status")) == QLatin1String("transferred_out"));
    CHECK(CorrectionTodo::items(f.db(), f.officer, d(2026, 11, 20))->isEmpty());
}
