// 安置帮教 statistics on fixed data built through PlacementService (and a correction release
// taken back): every figure of a quarter, the drill-down lists, the period boundaries (a release
// or an end on the first or last day, a hand-over after the period), the category and the
// placement as they stood at the period's end, the register's balance and the checks on bad data.
#include "CatchCompat.h"
#include "TestSupport.h"

#include "correction/CorrectionService.h"
#include "placement/PlacementService.h"
#include "rules/Rules.h"
#include "stats/Statistics.h"
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

struct Fixture {
    Pin pin{d(2026, 11, 20)};
    TestOffice office;
    Session officer;
    Session head;
    Fixture() : officer(office.signIn(QStringLiteral("placement"))), head(office.signIn(QStringLiteral("head")))
    {
        REQUIRE(Rules::reload().isEmpty());
    }
    Database &db() { return *office.db; }

    QString open(const QString &name, const QDate &release, int seq, const QVariantMap &extra = {},
                 const QString &source = QStringLiteral("prison"), Person p = Person())
    {
        if (p.name.isEmpty()) {
            p.name = name;
            p.idNumber = makeId(QStringLiteral("330225"), d(1980, 5, 6), true, seq * 2 + 1);
        }
        QVariantMap f{{QStringLiteral("source_type"), source},
                      {QStringLiteral("release_date"), iso(release)},
                      {QStringLiteral("releasing_org"), QStringLiteral("浙江省乔司监狱")},
                      {QStringLiteral("charge"), QStringLiteral("盗窃罪")}};
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            f.insert(it.key(), it.value());
        Result<QString> s = PlacementService::registerSubject(db(), officer, p, f);
        INFO(s.message().toStdString());
        REQUIRE(s);
        return *s;
    }
    void handover(const QString &s, const char *mode, const QDate &date)
    {
        const Status st =
            PlacementService::recordHandover(db(), officer, s,
                                             {{QStringLiteral("handover_mode"), QString::fromLatin1(mode)},
                                              {QStringLiteral("handover_date"), iso(date)},
                                              {QStringLiteral("handover_staff"), QStringLiteral("王所长")}});
        INFO(st.message().toStdString());
        REQUIRE(st.ok());
    }
    void assess(const QString &s, const char *category, const QDate &date)
    {
        Result<QString> r = PlacementService::assessRisk(db(), officer, s,
                                                         {{QStringLiteral("review_date"), iso(date)},
                                                          {QStringLiteral("category"), QString::fromLatin1(category)},
                                                          {QStringLiteral("reason"), QStringLiteral("暴力犯罪")},
                                                          {QStringLiteral("reviewer"), QStringLiteral("王所长")}});
        INFO(r.message().toStdString());
        REQUIRE(r);
    }
    void record(const char *entity, const QString &s, QVariantMap fields)
    {
        fields.insert(QStringLiteral("subject_uuid"), s);
        Result<QString> r = PlacementService::saveRecord(db(), officer, QString::fromLatin1(entity), QString(), fields);
        INFO(r.message().toStdString());
        REQUIRE(r);
    }
    void end(const QString &s, const char *type, const QDate &date)
    {
        const Status st =
            PlacementService::endAssistance(db(), officer, s, QString::fromLatin1(type), date,
                                            {{QStringLiteral("new_charge"), QStringLiteral("抢劫罪")},
                                             {QStringLiteral("moved_to"), QStringLiteral("宁波市鄞州区")}});
        INFO(st.message().toStdString());
        REQUIRE(st.ok());
    }

    StatReportData report(const QString &period)
    {
        Result<StatPeriod> p = StatPeriod::parse(period);
        REQUIRE(p);
        Result<StatReportData> r = Statistics::run(db(), head, QStringLiteral("placement"), *p);
        INFO(r.message().toStdString());
        REQUIRE(r);
        return *r;
    }
    StatDrill drill(const QString &period, const QString &key)
    {
        Result<StatDrill> r =
            Statistics::drill(db(), head, QStringLiteral("placement"), key, *StatPeriod::parse(period));
        INFO(key.toStdString() << ": " << r.message().toStdString());
        REQUIRE(r);
        return *r;
    }
    QStringList names(const QString &period, const QString &key)
    {
        QStringList out;
        for (const StatDrill::Row &row : drill(period, key).rows)
            out << row.cells.value(0);
        out.sort();
        return out;
    }
    void exec(const QString &sql)
    {
        Query q(db(), sql);
        REQUIRE(q.exec(QStringLiteral("test")).ok());
    }

    QString p1, p2, p3, p4, p5, p6, p7, p8, p9;

    // The data of 2026-Q3 (1 July to 30 September); the answers are written next to each file.
    void build()
    {
        // P1: released in March, general until a key assessment on 10 October; placed (02) from
        // April after a first placement that ended in March; an agreement in March; social
        // assistance on the quarter's first and last day, and in October.
        p1 = open(QStringLiteral("一号"), d(2026, 3, 1), 11);
        handover(p1, "family", d(2026, 3, 2));
        assess(p1, "general", d(2026, 3, 3));
        assess(p1, "key", d(2026, 10, 10));
        record("rp_agreement", p1, {{QStringLiteral("signed_date"), iso(d(2026, 3, 5))}});
        record("rp_placement", p1,
               {{QStringLiteral("mode"), QStringLiteral("06")},
                {QStringLiteral("placed_date"), iso(d(2026, 3, 10))},
                {QStringLiteral("ended_date"), iso(d(2026, 3, 31))}});
        record("rp_placement", p1,
               {{QStringLiteral("mode"), QStringLiteral("02")}, {QStringLiteral("placed_date"), iso(d(2026, 4, 1))}});
        record("rp_assistance", p1,
               {{QStringLiteral("kind"), QStringLiteral("temporary")},
                {QStringLiteral("granted_date"), iso(d(2026, 7, 1))},
                {QStringLiteral("amount_fen"), 20000}});
        record("rp_assistance", p1,
               {{QStringLiteral("kind"), QStringLiteral("medical")},
                {QStringLiteral("granted_date"), iso(d(2026, 9, 30))},
                {QStringLiteral("amount_fen"), 10000}});
        record("rp_assistance", p1,
               {{QStringLiteral("kind"), QStringLiteral("dibao")},
                {QStringLiteral("granted_date"), iso(d(2026, 10, 1))},
                {QStringLiteral("amount_fen"), 50000}});
        // P2: released on the quarter's first day, escorted from the prison, key; an agreement,
        // 低保 in August.
        p2 = open(QStringLiteral("二号"), d(2026, 7, 1), 12);
        handover(p2, "escort", d(2026, 7, 1));
        assess(p2, "key", d(2026, 7, 2));
        record("rp_agreement", p2, {{QStringLiteral("signed_date"), iso(d(2026, 7, 3))}});
        record("rp_assistance", p2,
               {{QStringLiteral("kind"), QStringLiteral("dibao")},
                {QStringLiteral("granted_date"), iso(d(2026, 8, 1))},
                {QStringLiteral("amount_fen"), 50000}});
        // P3: released on the last day, not handed over, 三无; a placement begun and ended that day.
        p3 = open(QStringLiteral("三号"), d(2026, 9, 30), 13,
                  {{QStringLiteral("no_home"), 1}, {QStringLiteral("no_job"), 1}, {QStringLiteral("no_family"), 1}});
        record("rp_placement", p3,
               {{QStringLiteral("mode"), QStringLiteral("01")},
                {QStringLiteral("placed_date"), iso(d(2026, 9, 30))},
                {QStringLiteral("ended_date"), iso(d(2026, 9, 30))}});
        // P4: released in August, whereabouts unknown; listed in two townships; a group member
        // entered today (November).
        Person away;
        away.name = QStringLiteral("四号");
        away.idNumber = makeId(QStringLiteral("330225"), d(1980, 5, 6), true, 29);
        away.hukouDivision = db().meta(QStringLiteral("office_code"));
        away.residenceDivision = QStringLiteral("330225102");
        p4 = open(QString(), d(2026, 8, 10), 14, {}, QStringLiteral("prison"), away);
        REQUIRE(
            PlacementService::markWhereaboutsUnknown(db(), officer, p4, QStringLiteral("家属称已外出务工，联系不上"))
                .ok());
        record("rp_member", p4, {{QStringLiteral("name"), QStringLiteral("村干部")}});
        // P5: key, released from prison in August but collected by the family; placed (05) on
        // the quarter's last day; an agreement only in October.
        p5 = open(QStringLiteral("五号"), d(2026, 8, 1), 15);
        handover(p5, "family", d(2026, 8, 2));
        assess(p5, "key", d(2026, 8, 3));
        record("rp_placement", p5,
               {{QStringLiteral("mode"), QStringLiteral("05")}, {QStringLiteral("placed_date"), iso(d(2026, 9, 30))}});
        record("rp_agreement", p5, {{QStringLiteral("signed_date"), iso(d(2026, 10, 5))}});
        // P6: released 20 September, handed over only on 2 October.
        p6 = open(QStringLiteral("六号"), d(2026, 9, 20), 16);
        handover(p6, "self", d(2026, 10, 2));
        // P7: released from community correction in July, handed over by the correction officer,
        // key.
        p7 = open(QStringLiteral("七号"), d(2026, 7, 15), 17,
                  {{QStringLiteral("handover_status"), QStringLiteral("done")},
                   {QStringLiteral("handover_date"), iso(d(2026, 7, 15))}},
                  QStringLiteral("correction"));
        assess(p7, "key", d(2026, 7, 16));
        // P8: five years from a release in 2021, ended as completed on the quarter's last day.
        p8 = open(QStringLiteral("八号"), d(2021, 9, 30), 18);
        end(p8, "expired", d(2026, 9, 30));
        // P9: re-offended in August (social assistance in July does not count: not in register
        // at the end).
        p9 = open(QStringLiteral("九号"), d(2025, 1, 10), 19);
        record("rp_assistance", p9,
               {{QStringLiteral("kind"), QStringLiteral("housing")},
                {QStringLiteral("granted_date"), iso(d(2026, 7, 5))}});
        end(p9, "reoffended", d(2026, 8, 20));
        // P10: died on the day before the quarter; P11: moved away on its first day.
        const QString p10 = open(QStringLiteral("十号"), d(2025, 2, 1), 20);
        end(p10, "dead", d(2026, 6, 30));
        const QString p11 = open(QStringLiteral("十一号"), d(2025, 3, 1), 21);
        end(p11, "moved", d(2026, 7, 1));
        // P12: released the day after the quarter.
        open(QStringLiteral("十二号"), d(2026, 10, 1), 22);

        // A release from correction on 31 August, taken back when the correction file was
        // reopened: the file it opened is withdrawn and counts nowhere.
        Session correction = office.signIn(QStringLiteral("correction"));
        Person cp;
        cp.name = QStringLiteral("撤回");
        cp.idNumber = makeId(QStringLiteral("330225"), d(1980, 5, 6), true, 47);
        Result<QString> cc =
            CorrectionService::registerSubject(db(), correction, cp,
                                               {{QStringLiteral("correction_type"), QStringLiteral("02")},
                                                {QStringLiteral("effective_date"), iso(d(2025, 8, 28))},
                                                {QStringLiteral("period_from"), iso(d(2025, 8, 28))},
                                                {QStringLiteral("period_to"), iso(d(2026, 8, 27))}});
        REQUIRE(cc);
        REQUIRE(CorrectionService::recordReception(db(), correction, *cc, d(2025, 8, 31), d(2025, 8, 31),
                                                   QStringLiteral("in_person"), QStringLiteral("王所长"))
                    .ok());
        REQUIRE(CorrectionService::release(db(), correction, *cc, d(2026, 8, 31),
                                           {{QStringLiteral("appraisal_conduct"), QStringLiteral("良好")},
                                            {QStringLiteral("appraisal_advice"), QStringLiteral("一般帮教")}})
                    .ok());
        REQUIRE(Query::scalar(db(), QStringLiteral("SELECT COUNT(*) FROM rp_subject WHERE deleted = 0"), {},
                              QStringLiteral("test"))
                    ->toInt() == 13);
        REQUIRE(CorrectionService::reopen(db(), correction, *cc, QStringLiteral("误解除")).ok());
    }
};

bool hasCheck(const StatReportData &r, const QString &id)
{
    for (const StatCheck &c : r.checks) {
        if (c.id == id)
            return true;
    }
    return false;
}

}  // namespace

TEST_CASE("placement statistics of a quarter: every figure and the records behind it", "[stats][placement]")
{
    Fixture f;
    f.build();
    const StatReportData r = f.report(QStringLiteral("2026-Q3"));
    const auto v = [&r](const char *key) { return r.value(QString::fromLatin1(key)); };

    // The register: P1 P8 P9 P11 at the start; P2-P7 released; P8 P9 P11 ended.
    CHECK(v("start") == 4);
    CHECK(v("new") == 6);
    CHECK(v("ended") == 3);
    CHECK(v("registered") == 7);
    CHECK(v("registered") == v("start") + v("new") - v("ended"));
    CHECK(v("registered.source.prison") == 6);
    CHECK(v("registered.source.correction") == 1);
    CHECK(v("registered.category.key") == 3);     // P2 P5 P7; P1 only from October
    CHECK(v("registered.category.general") == 1); // P1
    CHECK(v("registered.category._") == 3);       // P3 P4 P6 not assessed
    CHECK(v("registered.handover.done") == 4);     // P1 P2 P5 P7
    CHECK(v("registered.handover.pending") == 2);  // P3, and P6 handed over in October
    CHECK(v("registered.handover.unknown") == 1);  // P4
    CHECK(v("key_subjects") == 3);
    CHECK(v("registered.sanwu") == 1);
    CHECK(v("registered.dual_listed") == 1);
    CHECK(v("in_register") == 10);
    // Releases and hand-over.
    CHECK(v("new.key") == 3);
    CHECK(v("new.key_prison") == 2);
    CHECK(v("handed_over") == 3); // P2 P5 P7; P6 only in October
    CHECK(v("handed_over.key") == 3);
    CHECK(v("not_handed_over") == 3);
    CHECK(v("whereabouts_unknown") == 1);
    CHECK(v("handed_over") + v("not_handed_over") == v("new"));
    CHECK(v("escorted") == 1);
    CHECK(v("escorted.key") == 1);
    CHECK(v("handover_rate") == Approx(50.0));
    CHECK(v("handover_rate.key") == Approx(100.0));
    CHECK(v("escort_rate") == Approx(50.0));
    // Placement and assistance.
    CHECK(v("placed") == 2); // P1 (02), P5 (05 from the last day); P3's ended that day
    CHECK(v("placed.mode.02") == 1);
    CHECK(v("placed.mode.05") == 1);
    CHECK(v("placed.mode.06") == 0);
    CHECK(v("placed.mode.01") == 0);
    CHECK(v("placement_rate") == Approx(28.6));
    CHECK(v("assisted") == 2); // P1 P2 by agreement; P4's member was entered in November
    CHECK(v("assistance_rate") == Approx(28.6));
    CHECK(v("relieved") == 2);
    CHECK(v("relieved.kind.temporary") == 1);
    CHECK(v("relieved.kind.medical") == 1);
    CHECK(v("relieved.kind.dibao") == 1);
    CHECK(v("relieved.kind.housing") == 0);
    CHECK(v("relief_amount") == Approx(800.0));
    // Ends.
    CHECK(v("ended.type.expired") == 1);
    CHECK(v("ended.type.reoffended") == 1);
    CHECK(v("ended.type.moved") == 1);
    CHECK(v("ended.type.dead") == 0);
    CHECK(v("reoffended") == 1);
    CHECK(v("reoffending_rate") == Approx(10.0));
    // The checks: only the key person not escorted.
    CHECK_FALSE(r.hasErrors());
    CHECK(hasCheck(r, QStringLiteral("key_not_escorted")));
    for (const StatFigure &fig : r.figures) {
        INFO(fig.key.toStdString());
        CHECK((fig.hidden || !fig.definition.isEmpty()));
    }

    // Every count figure lists exactly as many records as it counts.
    for (const StatFigure &fig : r.figures) {
        if (fig.kind == StatFigure::Kind::Rate || fig.value == 0)
            continue;
        const StatDrill dr = f.drill(QStringLiteral("2026-Q3"), fig.key);
        INFO(fig.key.toStdString());
        double sum = 0;
        for (const StatDrill::Row &row : dr.rows)
            sum += row.value;
        CHECK(sum == Approx(fig.value));
        if (fig.kind == StatFigure::Kind::Count)
            CHECK(dr.rows.size() == qsizetype(fig.value));
    }
    CHECK(f.names(QStringLiteral("2026-Q3"), QStringLiteral("not_handed_over")) ==
          QStringList{QStringLiteral("三号"), QStringLiteral("六号"), QStringLiteral("四号")});
    CHECK(f.names(QStringLiteral("2026-Q3"), QStringLiteral("escort_rate")) == QStringList{QStringLiteral("二号")});
    CHECK(f.names(QStringLiteral("2026-Q3"), QStringLiteral("placed.mode.05")) == QStringList{QStringLiteral("五号")});
    const StatDrill registered = f.drill(QStringLiteral("2026-Q3"), QStringLiteral("registered"));
    const int placement = int(registered.columnIds.indexOf(QStringLiteral("placement")));
    const int category = int(registered.columnIds.indexOf(QStringLiteral("category")));
    REQUIRE(placement >= 0);
    REQUIRE(category >= 0);
    for (const StatDrill::Row &row : registered.rows) {
        CHECK(row.entity == QStringLiteral("rp_subject"));
        if (row.uuid == f.p1) {
            CHECK(row.cells.value(category) == QStringLiteral("General"));
            CHECK(row.cells.value(placement) == QStringLiteral("Public-welfare post"));
        }
    }
}

TEST_CASE("placement statistics count releases and ends on the first and last day of the period", "[stats][placement]")
{
    Fixture f;
    f.build();
    // June ends with P10 dead on its last day: not in register at the end of June.
    const StatReportData june = f.report(QStringLiteral("2026-06"));
    CHECK(f.names(QStringLiteral("2026-06"), QStringLiteral("ended")) == QStringList{QStringLiteral("十号")});
    const StatReportData july = f.report(QStringLiteral("2026-07"));
    CHECK(july.value(QStringLiteral("start")) == june.value(QStringLiteral("registered")));
    // July: P2 released on its first day, P11 moved away on it (in register at the start).
    CHECK(f.names(QStringLiteral("2026-07"), QStringLiteral("new")) ==
          QStringList{QStringLiteral("七号"), QStringLiteral("二号")});
    CHECK(f.names(QStringLiteral("2026-07"), QStringLiteral("ended")) == QStringList{QStringLiteral("十一号")});
    CHECK(f.names(QStringLiteral("2026-07"), QStringLiteral("start")).contains(QStringLiteral("十一号")));
    // September: P3 released and P8 ended on its last day.
    const StatReportData september = f.report(QStringLiteral("2026-09"));
    CHECK(f.names(QStringLiteral("2026-09"), QStringLiteral("new")) ==
          QStringList{QStringLiteral("三号"), QStringLiteral("六号")});
    CHECK(f.names(QStringLiteral("2026-09"), QStringLiteral("ended")) == QStringList{QStringLiteral("八号")});
    CHECK_FALSE(f.names(QStringLiteral("2026-09"), QStringLiteral("registered")).contains(QStringLiteral("八号")));
    CHECK(f.names(QStringLiteral("2026-09"), QStringLiteral("registered")).contains(QStringLiteral("三号")));
    // October: starts with what September ended with; P12 released on its first day; P1 is key
    // now; P5's agreement and P1's 低保 count.
    const StatReportData october = f.report(QStringLiteral("2026-10"));
    CHECK(october.value(QStringLiteral("start")) == september.value(QStringLiteral("registered")));
    CHECK(f.names(QStringLiteral("2026-10"), QStringLiteral("new")) == QStringList{QStringLiteral("十二号")});
    CHECK(october.value(QStringLiteral("key_subjects")) == 4);
    CHECK(october.value(QStringLiteral("assisted")) == 3); // P1 P2 P5
    CHECK(october.value(QStringLiteral("relieved.kind.dibao")) == 1);
    CHECK(october.value(QStringLiteral("relief_amount")) == Approx(500.0));
    // November: P4's group member (entered on 20 November) counts as assistance.
    CHECK(f.report(QStringLiteral("2026-11")).value(QStringLiteral("assisted")) == 4);
    // A hand-over after the period does not count in it: P6 in Q3 and in the year.
    CHECK(f.report(QStringLiteral("2026-09")).value(QStringLiteral("handed_over")) == 0);
    const StatReportData year = f.report(QStringLiteral("2026"));
    CHECK(year.value(QStringLiteral("new")) == 8);         // P1-P7, P12, not the withdrawn file
    CHECK(year.value(QStringLiteral("handed_over")) == 5); // P1 P2 P5 P6 P7
    CHECK_FALSE(year.hasErrors());
    for (int m = 1; m <= 11; ++m) {
        const StatReportData month = f.report(QStringLiteral("2026-%1").arg(m, 2, 10, QLatin1Char('0')));
        INFO(m);
        CHECK_FALSE(month.hasErrors());
    }
    // The withdrawn file counts nowhere.
    CHECK_FALSE(f.names(QStringLiteral("2026"), QStringLiteral("in_register")).contains(QStringLiteral("撤回")));
}

TEST_CASE("placement statistics check their figures on bad data", "[stats][placement]")
{
    Fixture f;
    f.build();
    // A file that ends before its release.
    f.exec(QStringLiteral("UPDATE rp_subject SET end_type = 'dead', status = 'dead', end_date = '2026-06-01' "
                          "WHERE uuid = '%1'")
               .arg(f.p2));
    const StatReportData q3 = f.report(QStringLiteral("2026-Q3"));
    CHECK(q3.value(QStringLiteral("check.ended_before_release")) == 1);
    CHECK(hasCheck(q3, QStringLiteral("ended_before_release")));
    CHECK(hasCheck(q3, QStringLiteral("register_balance")));
    CHECK(q3.hasErrors());
    CHECK(f.names(QStringLiteral("2026-Q3"), QStringLiteral("check.ended_before_release")) ==
          QStringList{QStringLiteral("二号")});
    const StatFigure *hidden = q3.figure(QStringLiteral("check.ended_before_release"));
    REQUIRE(hidden);
    CHECK(hidden->hidden);
    // A file open after the end of its assistance period.
    f.exec(QStringLiteral("UPDATE rp_subject SET assist_end_date = '2026-09-01' WHERE uuid = '%1'").arg(f.p1));
    CHECK(hasCheck(f.report(QStringLiteral("2026-Q3")), QStringLiteral("period_over")));
    // Every key person escorted: no warning.
    f.exec(QStringLiteral("UPDATE rp_subject SET handover_mode = 'escort' WHERE uuid = '%1'").arg(f.p5));
    const StatReportData escorted = f.report(QStringLiteral("2026-Q3"));
    CHECK_FALSE(hasCheck(escorted, QStringLiteral("key_not_escorted")));
    CHECK(escorted.value(QStringLiteral("escort_rate")) == Approx(100.0));
}
