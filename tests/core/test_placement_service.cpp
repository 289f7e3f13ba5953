// 安置帮教 files through PlacementService: opening a file (from the ledger, a prison notice and
// a correction release), the hand-over states and their escalation, the risk assessment and its
// six-monthly review, the period's end by source, the records, the end of assistance and its
// forbidden paths, the audit of openings and reveals, the to-do items and the monthly list of
// people not handed over.
#include "CatchCompat.h"
#include "TestSupport.h"

#include "correction/CorrectionService.h"
#include "placement/PlacementService.h"
#include "placement/PlacementTodo.h"
#include "rules/Rules.h"
#include "storage/Database.h"
#include "storage/Query.h"
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

int auditCount(Database &db, const QString &action)
{
    return Query::scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = :a"),
                         {{QStringLiteral(":a"), action}}, QStringLiteral("test"))
        ->toInt();
}

struct PlacementFixture {
    TestOffice office;
    Session officer;
    PlacementFixture() : officer(office.signIn(QStringLiteral("placement"))) { REQUIRE(Rules::reload().isEmpty()); }
    Database &db() { return *office.db; }

    Person person(const QString &name, const QDate &birth, bool male = true, int seq = 21) const
    {
        Person p;
        p.name = name;
        p.idNumber = makeId(QStringLiteral("330225"), birth, male, seq);
        return p;
    }

    QVariantMap released(const QDate &release, const QString &source = QStringLiteral("prison")) const
    {
        return {{QStringLiteral("source_type"), source},
                {QStringLiteral("release_date"), iso(release)},
                {QStringLiteral("releasing_org"), QStringLiteral("浙江省乔司监狱")},
                {QStringLiteral("charge"), QStringLiteral("盗窃罪")},
                {QStringLiteral("original_sentence"), QStringLiteral("有期徒刑三年")}};
    }

    QString open(const QString &name, const QDate &release, int seq = 21)
    {
        Result<QString> s = PlacementService::registerSubject(db(), officer, person(name, d(1980, 5, 6), true, seq),
                                                              released(release));
        REQUIRE(s);
        return *s;
    }

    PlacementFile file(const QString &uuid)
    {
        Result<PlacementFile> f = PlacementService::reload(db(), officer, uuid);
        REQUIRE(f);
        return *f;
    }

    QStringList checkKinds(const QString &uuid, const QDate &today)
    {
        QStringList out;
        for (const PlacementCheck &c : PlacementService::checks(file(uuid), today))
            out << c.kind;
        return out;
    }
};

}  // namespace

TEST_CASE("placement: a file opens with the period by source and the hand-over pending", "[placement]")
{
    Pin pin(d(2026, 11, 20));
    PlacementFixture f;
    const QString s = f.open(QStringLiteral("吴国强"), d(2026, 11, 10));
    PlacementFile file = f.file(s);
    CHECK(file.status() == QLatin1String("assisting"));
    CHECK(file.subject.text(QStringLiteral("handover_status")) == QLatin1String("pending"));
    // Five years from release from prison (rule data).
    CHECK(file.subject.date(QStringLiteral("assist_end_date")) == d(2031, 11, 10));
    CHECK(PlacementService::assistEnd(QStringLiteral("correction"), d(2026, 1, 31)) == d(2031, 1, 31));
    CHECK(PlacementService::assistEnd(QStringLiteral("labour_camp"), d(2010, 3, 1)) == d(2013, 3, 1));

    // One open file per person.
    Result<QString> again = PlacementService::registerSubject(
        f.db(), f.officer, f.person(QStringLiteral("吴国强"), d(1980, 5, 6)), f.released(d(2026, 11, 10)));
    CHECK(again.error().code == ErrorCode::Duplicate);
    // A release in the future, a period ending before the release, an unknown source: refused.
    CHECK_FALSE(PlacementService::registerSubject(f.db(), f.officer, f.person(QStringLiteral("甲"), d(1970, 1, 1), true, 31),
                                                  f.released(d(2026, 12, 1))));
    QVariantMap badEnd = f.released(d(2026, 1, 1));
    badEnd.insert(QStringLiteral("assist_end_date"), QStringLiteral("2025-12-31"));
    CHECK_FALSE(PlacementService::registerSubject(f.db(), f.officer, f.person(QStringLiteral("乙"), d(1970, 1, 1), true, 33),
                                                  badEnd));
    QVariantMap badSource = f.released(d(2026, 1, 1));
    badSource.insert(QStringLiteral("source_type"), QStringLiteral("amnesty"));
    CHECK_FALSE(PlacementService::registerSubject(f.db(), f.officer, f.person(QStringLiteral("丙"), d(1970, 1, 1), true, 35),
                                                  badSource));

    // A corrected release date moves the period's end; the steps are not edited directly.
    REQUIRE(PlacementService::update(f.db(), f.officer, s, {{QStringLiteral("release_date"), QStringLiteral("2026-11-09")}}).ok());
    CHECK(f.file(s).subject.date(QStringLiteral("assist_end_date")) == d(2031, 11, 9));
    CHECK(PlacementService::update(f.db(), f.officer, s, {{QStringLiteral("status"), QStringLiteral("expired")}})
              .error().code == ErrorCode::InvalidInput);
    CHECK(PlacementService::update(f.db(), f.officer, s, {{QStringLiteral("category"), QStringLiteral("key")}})
              .error().code == ErrorCode::InvalidInput);

    // Household here, residence in another township: listed in both (双列管).
    Person away = f.person(QStringLiteral("丁"), d(1970, 1, 1), true, 37);
    away.hukouDivision = f.db().meta(QStringLiteral("office_code"));
    away.residenceDivision = QStringLiteral("330225102");
    Result<QString> dual = PlacementService::registerSubject(f.db(), f.officer, away, f.released(d(2026, 1, 1)));
    REQUIRE(dual);
    CHECK(f.file(*dual).subject.flag(QStringLiteral("dual_listed")));
    CHECK(f.file(*dual).subject.text(QStringLiteral("dual_role")) == QLatin1String("hukou"));
    CHECK_FALSE(f.file(s).subject.flag(QStringLiteral("dual_listed")));

    // Other roles: a mediator cannot read, the correction officer cannot write.
    Session mediator = f.office.signIn(QStringLiteral("mediator"));
    CHECK(PlacementService::open(f.db(), mediator, s).error().code == ErrorCode::PermissionDenied);
    CHECK_FALSE(PlacementService::list(f.db(), mediator, {}));
}

TEST_CASE("placement: hand-over states, escalation after release and police registration", "[placement]")
{
    Pin pin(d(2026, 11, 20));
    PlacementFixture f;
    const QString s = f.open(QStringLiteral("吴国强"), d(2026, 11, 5));
    // Pending: due 10 days after release (rule data), overdue on the 20th with the escalation.
    QList<PlacementCheck> checks = PlacementService::checks(f.file(s), Clock::today());
    REQUIRE_FALSE(checks.isEmpty());
    CHECK(checks.first().kind == QLatin1String("handover"));
    CHECK(checks.first().due == d(2026, 11, 15));
    CHECK(checks.first().text.contains(QStringLiteral("15")));
    // Police registration 20 days after release.
    bool police = false;
    for (const PlacementCheck &c : checks)
        police = police || (c.kind == QLatin1String("police") && c.due == d(2026, 11, 25));
    CHECK(police);

    // Whereabouts unknown needs what was done; then the person is on the month's list.
    CHECK_FALSE(PlacementService::markWhereaboutsUnknown(f.db(), f.officer, s, QString()).ok());
    REQUIRE(PlacementService::markWhereaboutsUnknown(f.db(), f.officer, s, QStringLiteral("联系家属未果，已报派出所")).ok());
    Result<QList<UnmatchedPerson>> list = PlacementService::unmatched(f.db(), f.officer, d(2026, 11, 1));
    REQUIRE(list);
    REQUIRE(list->size() == 1);
    CHECK(list->first().handoverStatus == QLatin1String("unknown"));
    CHECK(list->first().daysSinceRelease == 15);  // to today while the month runs
    // Not on October's list: released in November.
    CHECK(PlacementService::unmatched(f.db(), f.officer, d(2026, 10, 1))->isEmpty());

    // The hand-over: an escort names who went; dates in order.
    CHECK(PlacementService::recordHandover(f.db(), f.officer, s,
                                           {{QStringLiteral("handover_mode"), QStringLiteral("escort")},
                                            {QStringLiteral("handover_date"), QStringLiteral("2026-11-18")}})
              .error().field == QLatin1String("handover_staff"));
    CHECK_FALSE(PlacementService::recordHandover(f.db(), f.officer, s,
                                                 {{QStringLiteral("handover_mode"), QStringLiteral("family")},
                                                  {QStringLiteral("handover_date"), QStringLiteral("2026-10-01")}})
                    .ok());
    CHECK_FALSE(PlacementService::recordHandover(f.db(), f.officer, s,
                                                 {{QStringLiteral("handover_mode"), QStringLiteral("family")},
                                                  {QStringLiteral("handover_date"), QStringLiteral("2026-11-25")}})
                    .ok());
    REQUIRE(PlacementService::recordHandover(f.db(), f.officer, s,
                                             {{QStringLiteral("handover_mode"), QStringLiteral("family")},
                                              {QStringLiteral("handover_date"), QStringLiteral("2026-11-18")},
                                              {QStringLiteral("handover_staff"), QStringLiteral("李军")}})
                .ok());
    PlacementFile file = f.file(s);
    CHECK(file.subject.text(QStringLiteral("handover_status")) == QLatin1String("done"));
    CHECK(file.subject.text(QStringLiteral("reported_date")) == QLatin1String("2026-11-18"));
    CHECK(PlacementService::unmatched(f.db(), f.officer, d(2026, 11, 1))->isEmpty());
    CHECK_FALSE(PlacementService::markWhereaboutsUnknown(f.db(), f.officer, s, QStringLiteral("x")).ok());

    // After the hand-over: first visit 7 days after release, assessment 3 days after the
    // hand-over, the agreement and the group.
    const QStringList kinds = f.checkKinds(s, Clock::today());
    CHECK(kinds.contains(QStringLiteral("visit")));
    CHECK(kinds.contains(QStringLiteral("review")));
    CHECK(kinds.contains(QStringLiteral("agreement")));
    CHECK(kinds.contains(QStringLiteral("group")));
    CHECK(PlacementService::nextVisitDue(file) == d(2026, 11, 12));
    CHECK(PlacementService::nextReviewDue(file) == d(2026, 11, 21));
    REQUIRE(PlacementService::recordPoliceRegistration(f.db(), f.officer, s, d(2026, 11, 19)).ok());
    CHECK_FALSE(f.checkKinds(s, Clock::today()).contains(QStringLiteral("police")));
}

TEST_CASE("placement: the risk assessment, its six-monthly review and the key person's visits", "[placement]")
{
    Pin pin(d(2026, 11, 20));
    PlacementFixture f;
    const QString s = f.open(QStringLiteral("吴国强"), d(2026, 5, 2));
    REQUIRE(PlacementService::recordHandover(f.db(), f.officer, s,
                                             {{QStringLiteral("handover_mode"), QStringLiteral("self")},
                                              {QStringLiteral("handover_date"), QStringLiteral("2026-05-04")}})
                .ok());
    // A key person needs factors or a reason; unknown factor codes are refused.
    QVariantMap review{{QStringLiteral("review_date"), QStringLiteral("2026-05-06")},
                       {QStringLiteral("category"), QStringLiteral("key")},
                       {QStringLiteral("reviewer"), QStringLiteral("李军")}};
    CHECK(PlacementService::assessRisk(f.db(), f.officer, s, review).error().field == QLatin1String("factors"));
    review.insert(QStringLiteral("factors"), QStringLiteral("recidivist,flying"));
    CHECK(PlacementService::assessRisk(f.db(), f.officer, s, review).error().field == QLatin1String("factors"));
    review.insert(QStringLiteral("factors"), QStringLiteral("recidivist,sanwu"));
    review.insert(QStringLiteral("risk_level"), QStringLiteral("high"));
    REQUIRE(PlacementService::assessRisk(f.db(), f.officer, s, review));
    PlacementFile file = f.file(s);
    CHECK(file.keyPerson());
    CHECK(file.subject.text(QStringLiteral("risk_level")) == QLatin1String("high"));
    // Re-assessed six months later.
    CHECK(PlacementService::nextReviewDue(file) == d(2026, 11, 6));
    // A key person is visited monthly, others quarterly (rule data).
    REQUIRE(PlacementService::saveRecord(f.db(), f.officer, QStringLiteral("rp_visit"), QString(),
                                         {{QStringLiteral("subject_uuid"), s},
                                          {QStringLiteral("kind"), QStringLiteral("visit")},
                                          {QStringLiteral("visit_date"), QStringLiteral("2026-10-15")},
                                          {QStringLiteral("rating"), QStringLiteral("02")},
                                          {QStringLiteral("content"), QStringLiteral("了解就业情况")}}));
    REQUIRE(PlacementService::saveRecord(f.db(), f.officer, QStringLiteral("rp_visit"), QString(),
                                         {{QStringLiteral("subject_uuid"), s},
                                          {QStringLiteral("kind"), QStringLiteral("phone")},
                                          {QStringLiteral("visit_date"), QStringLiteral("2026-11-10")}}));
    file = f.file(s);
    CHECK(file.lastVisit() == d(2026, 10, 15));  // a phone call is not a visit
    CHECK(PlacementService::nextVisitDue(file) == d(2026, 11, 15));
    review.insert(QStringLiteral("review_date"), QStringLiteral("2026-11-08"));
    review.insert(QStringLiteral("category"), QStringLiteral("general"));
    review.insert(QStringLiteral("factors"), QString());
    review.insert(QStringLiteral("reason"), QStringLiteral("就业稳定，表现良好"));
    REQUIRE(PlacementService::assessRisk(f.db(), f.officer, s, review));
    file = f.file(s);
    CHECK_FALSE(file.keyPerson());
    CHECK(file.reviews.size() == 2);
    CHECK(PlacementService::nextVisitDue(file) == d(2027, 1, 15));
    CHECK(PlacementService::nextReviewDue(file) == d(2027, 5, 8));

    // 三无 without assistance is flagged, until assistance is recorded.
    REQUIRE(PlacementService::update(f.db(), f.officer, s,
                                     {{QStringLiteral("no_home"), 1}, {QStringLiteral("no_job"), 1},
                                      {QStringLiteral("no_family"), 1}})
                .ok());
    CHECK(f.checkKinds(s, Clock::today()).contains(QStringLiteral("assistance")));
    CHECK_FALSE(PlacementService::saveRecord(f.db(), f.officer, QStringLiteral("rp_assistance"), QString(),
                                             {{QStringLiteral("subject_uuid"), s},
                                              {QStringLiteral("kind"), QStringLiteral("dibao")},
                                              {QStringLiteral("granted_date"), QStringLiteral("2026-11-01")},
                                              {QStringLiteral("amount_fen"), -100}}));
    REQUIRE(PlacementService::saveRecord(f.db(), f.officer, QStringLiteral("rp_assistance"), QString(),
                                         {{QStringLiteral("subject_uuid"), s},
                                          {QStringLiteral("kind"), QStringLiteral("dibao")},
                                          {QStringLiteral("granted_date"), QStringLiteral("2026-11-01")},
                                          {QStringLiteral("amount_fen"), 78000}}));
    CHECK_FALSE(f.checkKinds(s, Clock::today()).contains(QStringLiteral("assistance")));
    // Records before the release or in the future: refused.
    CHECK_FALSE(PlacementService::saveRecord(f.db(), f.officer, QStringLiteral("rp_visit"), QString(),
                                             {{QStringLiteral("subject_uuid"), s},
                                              {QStringLiteral("kind"), QStringLiteral("visit")},
                                              {QStringLiteral("visit_date"), QStringLiteral("2026-04-01")}}));
    CHECK_FALSE(PlacementService::saveRecord(f.db(), f.officer, QStringLiteral("rp_placement"), QString(),
                                             {{QStringLiteral("subject_uuid"), s},
                                              {QStringLiteral("mode"), QStringLiteral("05")},
                                              {QStringLiteral("placed_date"), QStringLiteral("2026-12-01")}}));
    // The subject and the assessments are not records to save directly.
    CHECK_FALSE(PlacementService::saveRecord(f.db(), f.officer, QStringLiteral("rp_risk_review"), QString(),
                                             {{QStringLiteral("subject_uuid"), s}}));
}

TEST_CASE("placement: the end of assistance by its reason, and an audited reopening", "[placement]")
{
    Pin pin(d(2026, 11, 20));
    PlacementFixture f;
    const QString s = f.open(QStringLiteral("吴国强"), d(2021, 12, 1));
    // Ending as completed before the period's end is refused; 30 days before, it is suggested.
    CHECK(PlacementService::checks(f.file(s), Clock::today()).last().kind == QLatin1String("end"));
    CHECK(PlacementService::endAssistance(f.db(), f.officer, s, QStringLiteral("expired"), d(2026, 11, 20), {})
              .error().code == ErrorCode::Conflict);
    // Re-offending needs the new offence; moving needs where to.
    CHECK(PlacementService::endAssistance(f.db(), f.officer, s, QStringLiteral("reoffended"), d(2026, 11, 19), {})
              .error().field == QLatin1String("new_charge"));
    CHECK(PlacementService::endAssistance(f.db(), f.officer, s, QStringLiteral("moved"), d(2026, 11, 19), {})
              .error().field == QLatin1String("moved_to"));
    REQUIRE(PlacementService::endAssistance(f.db(), f.officer, s, QStringLiteral("reoffended"), d(2026, 11, 19),
                                            {{QStringLiteral("new_charge"), QStringLiteral("诈骗罪")},
                                             {QStringLiteral("new_sentence"), QStringLiteral("有期徒刑二年")}})
                .ok());
    PlacementFile file = f.file(s);
    CHECK(file.status() == QLatin1String("reoffended"));
    CHECK(PlacementService::checks(file, Clock::today()).isEmpty());
    // Nothing is added to an ended file; reopening needs a reason and is audited.
    CHECK(PlacementService::saveRecord(f.db(), f.officer, QStringLiteral("rp_visit"), QString(),
                                       {{QStringLiteral("subject_uuid"), s},
                                        {QStringLiteral("kind"), QStringLiteral("visit")},
                                        {QStringLiteral("visit_date"), QStringLiteral("2026-11-20")}})
              .error().code == ErrorCode::Conflict);
    CHECK_FALSE(PlacementService::reopen(f.db(), f.officer, s, QString()).ok());
    REQUIRE(PlacementService::reopen(f.db(), f.officer, s, QStringLiteral("误录重新犯罪")).ok());
    CHECK(auditCount(f.db(), QStringLiteral("placement.reopen")) == 1);
    CHECK(f.file(s).isOpen());
}

TEST_CASE("placement: a prison notice checked, the family told, and the file opened from it", "[placement]")
{
    Pin pin(d(2026, 11, 20));
    PlacementFixture f;
    const QString id = makeId(QStringLiteral("330225"), d(1979, 8, 1), true, 41);
    Result<QString> n = PlacementService::saveNotice(f.db(), f.officer, QString(),
                                                     {{QStringLiteral("name"), QStringLiteral("郑海")},
                                                      {QStringLiteral("id_number"), id},
                                                      {QStringLiteral("prison"), QStringLiteral("浙江省第二监狱")},
                                                      {QStringLiteral("received_date"), QStringLiteral("2026-11-02")},
                                                      {QStringLiteral("expected_date"), QStringLiteral("2026-12-03")},
                                                      {QStringLiteral("charge"), QStringLiteral("抢劫罪")}});
    REQUIRE(n);
    // The sex and birth date come from the ID number; a malformed number is refused.
    Result<QList<Record>> notices = PlacementService::notices(f.db(), f.officer);
    REQUIRE(notices);
    CHECK(notices->first().text(QStringLiteral("sex")) == QLatin1String("1"));
    CHECK_FALSE(PlacementService::saveNotice(f.db(), f.officer, QString(),
                                             {{QStringLiteral("name"), QStringLiteral("某")},
                                              {QStringLiteral("id_number"), QStringLiteral("330225197908011234")},
                                              {QStringLiteral("received_date"), QStringLiteral("2026-11-02")},
                                              {QStringLiteral("expected_date"), QStringLiteral("2026-12-03")}}));

    // To-do: tell the family within 3 days of the notice, check a month before release.
    Result<QList<TodoItem>> todo = PlacementTodo::items(f.db(), f.officer, Clock::today());
    REQUIRE(todo);
    QMap<QString, QDate> due;
    for (const TodoItem &t : *todo)
        due.insert(t.kind, t.due);
    CHECK(due.value(QStringLiteral("placement.notice_family")) == d(2026, 11, 5));
    CHECK(due.value(QStringLiteral("placement.notice_check")) == d(2026, 11, 3));

    CHECK_FALSE(PlacementService::recordFamilyInformed(f.db(), f.officer, *n, d(2026, 11, 1)).ok());
    REQUIRE(PlacementService::recordFamilyInformed(f.db(), f.officer, *n, d(2026, 11, 4)).ok());
    CHECK_FALSE(PlacementService::checkNotice(f.db(), f.officer, *n, QStringLiteral("not_located"), d(2026, 11, 5), {}).ok());
    REQUIRE(PlacementService::checkNotice(f.db(), f.officer, *n, QStringLiteral("located"), d(2026, 11, 5), {}).ok());

    Pin later(d(2026, 12, 4));
    Result<QString> s = PlacementService::openFromNotice(f.db(), f.officer, *n,
                                                         {{QStringLiteral("handover_mode"), QStringLiteral("escort")},
                                                          {QStringLiteral("handover_date"), QStringLiteral("2026-12-03")},
                                                          {QStringLiteral("handover_staff"), QStringLiteral("李军、村主任")}});
    REQUIRE(s);
    PlacementFile file = f.file(*s);
    CHECK(file.person.name == QStringLiteral("郑海"));
    CHECK(file.subject.text(QStringLiteral("releasing_org")) == QStringLiteral("浙江省第二监狱"));
    CHECK(file.subject.text(QStringLiteral("handover_status")) == QLatin1String("done"));
    CHECK(file.subject.text(QStringLiteral("family_informed_date")) == QLatin1String("2026-11-04"));
    CHECK(PlacementService::notices(f.db(), f.officer)->first().text(QStringLiteral("status")) == QLatin1String("opened"));
    CHECK(PlacementService::openFromNotice(f.db(), f.officer, *n, {}).error().code == ErrorCode::Conflict);
}

TEST_CASE("placement: a correction release opens the resettlement file with the appraisal", "[placement]")
{
    Pin pin(d(2026, 11, 20));
    TestOffice office;
    REQUIRE(Rules::reload().isEmpty());
    Session correction = office.signIn(QStringLiteral("correction"));
    Person p;
    p.name = QStringLiteral("周海波");
    p.idNumber = makeId(QStringLiteral("330225"), d(1980, 1, 2), true, 12);
    Result<QString> cc = CorrectionService::registerSubject(
        *office.db, correction, p,
        {{QStringLiteral("correction_type"), QStringLiteral("02")},
         {QStringLiteral("charge"), QStringLiteral("危险驾驶罪")},
         {QStringLiteral("effective_date"), QStringLiteral("2025-11-01")},
         {QStringLiteral("period_from"), QStringLiteral("2025-11-01")},
         {QStringLiteral("period_to"), QStringLiteral("2026-10-31")}});
    REQUIRE(cc);
    REQUIRE(CorrectionService::recordReception(*office.db, correction, *cc, d(2025, 11, 5), d(2025, 11, 5), {}, {}).ok());
    REQUIRE(CorrectionService::saveRecord(*office.db, correction, QStringLiteral("cc_team_member"), QString(),
                                          {{QStringLiteral("subject_uuid"), *cc}, {QStringLiteral("name"), QStringLiteral("陈志明")}}));
    REQUIRE(CorrectionService::announce(*office.db, correction, *cc, d(2025, 11, 6)).ok());
    REQUIRE(CorrectionService::release(*office.db, correction, *cc, d(2026, 11, 1),
                                       {{QStringLiteral("appraisal_conduct"), QStringLiteral("遵纪守法，表现良好")},
                                        {QStringLiteral("appraisal_advice"), QStringLiteral("建议列为一般帮教对象")},
                                        {QStringLiteral("certificate_no"), QStringLiteral("象矫解字〔2026〕12号")}})
                .ok());

    Session placement = office.signIn(QStringLiteral("placement"));
    Result<QList<PlacementListItem>> list = PlacementService::list(*office.db, placement, {});
    REQUIRE(list);
    REQUIRE(list->size() == 1);
    const PlacementListItem &item = list->first();
    CHECK(item.name == QStringLiteral("周海波"));
    CHECK(item.source == QLatin1String("correction"));
    CHECK(item.releaseDate == d(2026, 11, 1));
    CHECK(item.handoverStatus == QLatin1String("done"));
    CHECK(item.idNumber.contains(QLatin1Char('*')));
    Result<PlacementFile> file = PlacementService::open(*office.db, placement, item.uuid);
    REQUIRE(file);
    CHECK(file->subject.text(QStringLiteral("appraisal_conduct")) == QStringLiteral("遵纪守法，表现良好"));
    CHECK(file->subject.text(QStringLiteral("appraisal_advice")) == QStringLiteral("建议列为一般帮教对象"));
    CHECK(file->subject.text(QStringLiteral("release_cert_no")) == QStringLiteral("象矫解字〔2026〕12号"));
    CHECK(file->subject.text(QStringLiteral("cc_subject_uuid")) == *cc);
    CHECK(file->subject.date(QStringLiteral("assist_end_date")) == d(2031, 11, 1));
    // Opening is audited; a reload (the window refreshing) is not; revealing ID numbers is.
    CHECK(auditCount(*office.db, QStringLiteral("placement.open")) == 1);
    REQUIRE(PlacementService::reload(*office.db, placement, item.uuid));
    CHECK(auditCount(*office.db, QStringLiteral("placement.open")) == 1);
    PlacementQuery reveal;
    reveal.revealIdNumbers = true;
    CHECK(PlacementService::list(*office.db, placement, reveal)->first().idNumber == p.idNumber);
    CHECK(auditCount(*office.db, QStringLiteral("placement.reveal_ids")) == 1);
    // Opening it again from the correction file is refused.
    CHECK(PlacementService::openFromCorrection(*office.db, placement, *cc).error().code == ErrorCode::Duplicate);

    // Reopening the correction file after a mistaken release: refused once the resettlement
    // officer has worked on the file; an untouched file is taken back with the release.
    REQUIRE(PlacementService::saveRecord(*office.db, placement, QStringLiteral("rp_visit"), QString(),
                                         {{QStringLiteral("subject_uuid"), item.uuid},
                                          {QStringLiteral("kind"), QStringLiteral("visit")},
                                          {QStringLiteral("visit_date"), QStringLiteral("2026-11-10")}}));
    CHECK(CorrectionService::reopen(*office.db, correction, *cc, QStringLiteral("解矫日期录错")).error().code
          == ErrorCode::Conflict);
    Result<PlacementFile> touched = PlacementService::reload(*office.db, placement, item.uuid);
    REQUIRE(touched);
    REQUIRE(PlacementService::removeRecord(*office.db, placement, QStringLiteral("rp_visit"),
                                           touched->visits.first().uuid, QStringLiteral("误录"))
                .ok());
    REQUIRE(CorrectionService::reopen(*office.db, correction, *cc, QStringLiteral("解矫日期录错")).ok());
    CHECK(PlacementService::list(*office.db, placement, {})->isEmpty());
}
