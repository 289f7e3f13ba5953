// 社区矫正 statistics on fixed data built through CorrectionService: every figure of a quarter,
// the drill-down lists, the period boundaries (a reception or an end on the first or last day),
// the register's balance, the checks on bad data, minors' names in drill-downs, and the date of
// a re-offence recorded with a termination.
#include "CatchCompat.h"
#include "TestSupport.h"

#include "correction/CorrectionService.h"
#include "rules/Rules.h"
#include "stats/StatSpecs.h"
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
    Fixture() : officer(office.signIn(QStringLiteral("correction"))), head(office.signIn(QStringLiteral("head")))
    {
        REQUIRE(Rules::reload().isEmpty());
    }
    Database &db() { return *office.db; }

    Person person(const QString &name, const QDate &birth, bool male, int seq) const
    {
        Person p;
        p.name = name;
        p.idNumber = makeId(QStringLiteral("330225"), birth, male, seq * 2); // seq and seq + 1 may agree
        return p;
    }

    // A file from a judgment that took effect three days before `received` (or awaiting
    // report-in when `received` is invalid); the period runs a year unless `periodTo` is given.
    QString subject(const Person &p, const QString &type, const QDate &effective, const QDate &receivedOn,
                    const QDate &periodTo = QDate())
    {
        QVariantMap j{
            {QStringLiteral("correction_type"), type},
            {QStringLiteral("charge"), QStringLiteral("盗窃罪")},
            {QStringLiteral("decision_body"), QStringLiteral("象山县人民法院")},
            {QStringLiteral("effective_date"), iso(effective)},
            {QStringLiteral("period_from"), iso(effective)},
            {QStringLiteral("period_to"), iso(periodTo.isValid() ? periodTo : effective.addYears(1).addDays(-1))}};
        if (type == QLatin1String("04"))
            j.insert(QStringLiteral("outside_reason"), QStringLiteral("medical"));
        Result<QString> s = CorrectionService::registerSubject(db(), officer, p, j);
        INFO(s.message().toStdString());
        REQUIRE(s);
        if (receivedOn.isValid()) {
            const Status r = CorrectionService::recordReception(db(), officer, *s, receivedOn, receivedOn,
                                                                QStringLiteral("in_person"), QStringLiteral("王所长"));
            INFO(r.message().toStdString());
            REQUIRE(r.ok());
        }
        return *s;
    }
    QString received(const QString &name, const QString &type, const QDate &on, bool male, int seq,
                     const QDate &periodTo = QDate())
    {
        return subject(person(name, d(1985, 3, 4), male, seq), type, on.addDays(-3), on, periodTo);
    }

    void grade(const QString &s, const QString &code, const QDate &from)
    {
        const Status st = CorrectionService::changeGrade(db(), officer, s, code, from, QStringLiteral("评估"),
                                                         QStringLiteral("象司矫〔2026〕1号"));
        INFO(st.message().toStdString());
        REQUIRE(st.ok());
    }
    void release(const QString &s, const QDate &date)
    {
        const Status st =
            CorrectionService::release(db(), officer, s, date,
                                       {{QStringLiteral("appraisal_conduct"), QStringLiteral("表现良好")},
                                        {QStringLiteral("appraisal_advice"), QStringLiteral("一般帮教")}});
        INFO(st.message().toStdString());
        REQUIRE(st.ok());
    }
    void record(const QString &entity, const QVariantMap &fields)
    {
        Result<QString> r = CorrectionService::saveRecord(db(), officer, entity, QString(), fields);
        INFO(r.message().toStdString());
        REQUIRE(r);
    }
    QString leave(const QString &s, const QDate &from, const QDate &to, const QDate &applied, const QDate &decided)
    {
        Result<QString> r = CorrectionService::submitRequest(db(), officer,
                                                             {{QStringLiteral("subject_uuid"), s},
                                                              {QStringLiteral("kind"), QStringLiteral("leave")},
                                                              {QStringLiteral("applied_date"), iso(applied)},
                                                              {QStringLiteral("reason"), QStringLiteral("探亲")},
                                                              {QStringLiteral("destination"), QStringLiteral("杭州市")},
                                                              {QStringLiteral("start_date"), iso(from)},
                                                              {QStringLiteral("end_date"), iso(to)}});
        INFO(r.message().toStdString());
        REQUIRE(r);
        if (from.daysTo(to) + 1 > 7)
            REQUIRE(CorrectionService::reviewRequest(db(), officer, *r, QStringLiteral("同意"),
                                                     QStringLiteral("王所长"), applied.addDays(1))
                        .ok());
        const Status st =
            CorrectionService::decideRequest(db(), officer, *r, true, QStringLiteral("李局长"), decided,
                                             QStringLiteral("象司矫外〔2026〕1号"), QStringLiteral("同意"));
        INFO(st.message().toStdString());
        REQUIRE(st.ok());
        return *r;
    }
    void sanction(const QString &s, const QString &kind, const QDate &proposed, const QDate &decided)
    {
        Result<QString> r = CorrectionService::propose(db(), officer,
                                                       {{QStringLiteral("subject_uuid"), s},
                                                        {QStringLiteral("kind"), kind},
                                                        {QStringLiteral("facts"), QStringLiteral("事实")},
                                                        {QStringLiteral("proposal_date"), iso(proposed)}});
        INFO(r.message().toStdString());
        REQUIRE(r);
        if (decided.isValid())
            REQUIRE(CorrectionService::recordDecision(db(), officer, *r, true, QStringLiteral("象司矫〔2026〕8号"),
                                                      decided, QString())
                        .ok());
    }
    QString assessment(const QString &name, const QDate &received, const QString &opinion, const QDate &completed,
                       bool minor = false)
    {
        Result<QString> a =
            CorrectionService::saveAssessment(db(), officer, QString(),
                                              {{QStringLiteral("name"), name},
                                               {QStringLiteral("entrusting_body"), QStringLiteral("象山县人民法院")},
                                               {QStringLiteral("received_date"), iso(received)},
                                               {QStringLiteral("is_minor"), minor ? 1 : 0}});
        INFO(a.message().toStdString());
        REQUIRE(a);
        if (completed.isValid())
            REQUIRE(CorrectionService::completeAssessment(db(), officer, *a, opinion, QStringLiteral("调查结论"),
                                                          QStringLiteral("王所长"), completed)
                        .ok());
        return *a;
    }

    StatReportData report(const QString &period)
    {
        Result<StatPeriod> p = StatPeriod::parse(period);
        REQUIRE(p);
        Result<StatReportData> r = Statistics::run(db(), head, QStringLiteral("correction"), *p);
        INFO(r.message().toStdString());
        REQUIRE(r);
        return *r;
    }
    StatDrill drill(const QString &period, const QString &key)
    {
        Result<StatDrill> r =
            Statistics::drill(db(), head, QStringLiteral("correction"), key, *StatPeriod::parse(period));
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

    QString a, b, c, k, n, e, g, h, i, j;

    // The data of 2026-Q3 (1 July to 30 September), the answers written next to each subject.
    void build()
    {
        // A: in register since March, still open; 普管 on 30 September, 宽管 only from 15 October.
        a = received(QStringLiteral("甲"), QStringLiteral("02"), d(2026, 3, 10), true, 11);
        grade(a, QStringLiteral("normal"), d(2026, 3, 10));
        grade(a, QStringLiteral("lenient"), d(2026, 10, 15));
        // B: received on the first day of the quarter (管制), a woman.
        b = received(QStringLiteral("乙"), QStringLiteral("01"), d(2026, 7, 1), false, 12);
        grade(b, QStringLiteral("strict"), d(2026, 7, 1));
        // C: received on its last day (假释).
        c = received(QStringLiteral("丙"), QStringLiteral("03"), d(2026, 9, 30), true, 13);
        grade(c, QStringLiteral("strict"), d(2026, 9, 30));
        // D: received the day after: not in the quarter.
        received(QStringLiteral("丁"), QStringLiteral("02"), d(2026, 10, 1), true, 14);
        // E: released on the quarter's last day; F: released the day before its first; G: on its
        // first day.
        e = received(QStringLiteral("戊"), QStringLiteral("02"), d(2025, 9, 20), true, 15, d(2026, 9, 30));
        release(e, d(2026, 9, 30));
        const QString f = received(QStringLiteral("己"), QStringLiteral("02"), d(2025, 6, 1), true, 16, d(2026, 6, 30));
        release(f, d(2026, 6, 30));
        g = received(QStringLiteral("庚"), QStringLiteral("02"), d(2025, 7, 1), true, 17, d(2026, 6, 30));
        release(g, d(2026, 7, 1));
        // H: probation revoked on 15 August for a new offence established on 1 August.
        h = received(QStringLiteral("辛"), QStringLiteral("02"), d(2026, 2, 1), true, 18);
        sanction(h, QStringLiteral("revoke_probation"), d(2026, 7, 20), d(2026, 7, 25));
        REQUIRE(CorrectionService::terminate(db(), officer, h, QStringLiteral("revoked_probation"), d(2026, 8, 15),
                                             QStringLiteral("（2026）浙0225刑更1号"), d(2026, 8, 1))
                    .ok());
        // I: 暂予监外执行 received in July, died on 1 September; a woman.
        i = received(QStringLiteral("壬"), QStringLiteral("04"), d(2026, 7, 10), false, 19);
        REQUIRE(CorrectionService::terminate(db(), officer, i, QStringLiteral("death"), d(2026, 9, 1), QString()).ok());
        // J: moved to another county, approved 1 August, accepted there 20 August.
        j = received(QStringLiteral("癸"), QStringLiteral("02"), d(2026, 1, 5), true, 20);
        Result<QString> t =
            CorrectionService::submitRequest(db(), officer,
                                             {{QStringLiteral("subject_uuid"), j},
                                              {QStringLiteral("kind"), QStringLiteral("transfer")},
                                              {QStringLiteral("applied_date"), iso(d(2026, 7, 1))},
                                              {QStringLiteral("reason"), QStringLiteral("随子女居住")},
                                              {QStringLiteral("new_address"), QStringLiteral("宁波市鄞州区")}});
        REQUIRE(t);
        REQUIRE(CorrectionService::reviewRequest(db(), officer, *t, QStringLiteral("同意"), QStringLiteral("王所长"),
                                                 d(2026, 7, 5))
                    .ok());
        REQUIRE(CorrectionService::decideRequest(db(), officer, *t, true, QStringLiteral("李局长"), d(2026, 8, 1),
                                                 QStringLiteral("象司矫变〔2026〕2号"), QStringLiteral("同意"))
                    .ok());
        REQUIRE(CorrectionService::transferOut(db(), officer, j, d(2026, 8, 20)).ok());
        // K: a minor (15 when the judgment took effect), in register since May.
        k = subject(person(QStringLiteral("小明"), d(2010, 5, 1), true, 21), QStringLiteral("02"), d(2026, 4, 28),
                    d(2026, 5, 1));
        grade(k, QStringLiteral("strict"), d(2026, 5, 1));
        // L: never reported in; probation revoked on 10 September.
        const QString l = subject(person(QStringLiteral("未报到"), d(1990, 1, 1), true, 22), QStringLiteral("02"),
                                  d(2026, 8, 1), QDate());
        REQUIRE(CorrectionService::terminate(db(), officer, l, QStringLiteral("revoked_probation"), d(2026, 9, 10),
                                             QStringLiteral("（2026）浙0225刑更2号"))
                    .ok());
        // N: a woman with a passport, received in August.
        Person foreigner;
        foreigner.name = QStringLiteral("安娜");
        foreigner.idType = QStringLiteral("4");
        foreigner.idNumber = QStringLiteral("E12345678");
        foreigner.sex = QStringLiteral("2");
        foreigner.birthDate = d(1988, 6, 1);
        n = subject(foreigner, QStringLiteral("02"), d(2026, 7, 29), d(2026, 8, 1));
        grade(n, QStringLiteral("strict"), d(2026, 8, 1));

        // Leave: 5 days approved by the office on 5 August, 10 days by the county on the last
        // day, and leave approved in October.
        leave(a, d(2026, 8, 10), d(2026, 8, 14), d(2026, 8, 1), d(2026, 8, 5));
        leave(a, d(2026, 9, 20), d(2026, 9, 29), d(2026, 9, 10), d(2026, 9, 30));
        leave(a, d(2026, 10, 10), d(2026, 10, 12), d(2026, 10, 1), d(2026, 10, 2));
        // Electronic monitoring: A's ends on the quarter's first day; K's was approved into
        // August but ended in June.
        record(QStringLiteral("cc_monitoring"), {{QStringLiteral("subject_uuid"), a},
                                                 {QStringLiteral("ground"), QStringLiteral("prohibition")},
                                                 {QStringLiteral("approval_no"), QStringLiteral("象司〔2026〕9号")},
                                                 {QStringLiteral("start_date"), iso(d(2026, 6, 1))},
                                                 {QStringLiteral("end_date"), iso(d(2026, 7, 1))}});
        record(QStringLiteral("cc_monitoring"), {{QStringLiteral("subject_uuid"), k},
                                                 {QStringLiteral("ground"), QStringLiteral("prohibition")},
                                                 {QStringLiteral("approval_no"), QStringLiteral("象司〔2026〕7号")},
                                                 {QStringLiteral("start_date"), iso(d(2026, 5, 15))},
                                                 {QStringLiteral("end_date"), iso(d(2026, 8, 14))},
                                                 {QStringLiteral("ended_date"), iso(d(2026, 6, 30))}});
        // Loss of contact: C on the last day; A's began the day before the quarter.
        record(QStringLiteral("cc_missing"), {{QStringLiteral("subject_uuid"), c},
                                              {QStringLiteral("lost_date"), iso(d(2026, 9, 30))},
                                              {QStringLiteral("found_date"), iso(d(2026, 10, 2))}});
        record(QStringLiteral("cc_missing"), {{QStringLiteral("subject_uuid"), a},
                                              {QStringLiteral("lost_date"), iso(d(2026, 6, 30))},
                                              {QStringLiteral("found_date"), iso(d(2026, 7, 1))}});
        // Praise for A and a warning for B decided in the quarter; an admonition for C decided
        // in October; H's revocation proposal above.
        sanction(a, QStringLiteral("praise"), d(2026, 9, 10), d(2026, 9, 20));
        sanction(b, QStringLiteral("warning"), d(2026, 8, 1), d(2026, 8, 10));
        sanction(c, QStringLiteral("admonition"), d(2026, 9, 30), d(2026, 10, 5));
        // Education: 90 and 60 minutes in the quarter, 30 the day after; 120 minutes of service.
        const auto activity = [this](const QString &s, const char *kind, const QDate &date, int minutes) {
            record(QStringLiteral("cc_activity"), {{QStringLiteral("subject_uuid"), s},
                                                   {QStringLiteral("kind"), QString::fromLatin1(kind)},
                                                   {QStringLiteral("activity_date"), iso(date)},
                                                   {QStringLiteral("minutes"), minutes},
                                                   {QStringLiteral("content"), QStringLiteral("法治教育")}});
        };
        activity(a, "education", d(2026, 7, 1), 90);
        activity(b, "education", d(2026, 9, 30), 60);
        activity(c, "education", d(2026, 10, 1), 30);
        activity(a, "welfare", d(2026, 8, 1), 120);
        activity(a, "talk", d(2026, 8, 1), 30);
        // Assessments: entrusted in June and completed in July; entrusted and completed in July;
        // entrusted on the last day (a minor); entrusted in October.
        assessment(QStringLiteral("评估一"), d(2026, 6, 28), QStringLiteral("suitable"), d(2026, 7, 8));
        assessment(QStringLiteral("评估二"), d(2026, 7, 1), QStringLiteral("unsuitable"), d(2026, 7, 10));
        assessment(QStringLiteral("评估三"), d(2026, 9, 30), QString(), QDate(), true);
        assessment(QStringLiteral("评估四"), d(2026, 10, 1), QStringLiteral("suitable"), d(2026, 10, 9));
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

TEST_CASE("correction statistics of a quarter: every figure and the records behind it", "[stats][correction]")
{
    Fixture f;
    f.build();
    const StatReportData r = f.report(QStringLiteral("2026-Q3"));
    const auto v = [&r](const char *key) { return r.value(QString::fromLatin1(key)); };

    // The register: A E G H J K at the start; B C I N received; E G released; H I terminated;
    // J transferred; A B C K N at the end.
    CHECK(v("start_count") == 6);
    CHECK(v("received") == 4);
    CHECK(v("received.type.01") == 1);
    CHECK(v("received.type.02") == 1);
    CHECK(v("received.type.03") == 1);
    CHECK(v("received.type.04") == 1);
    CHECK(v("released") == 2);
    CHECK(v("terminated") == 2);
    CHECK(v("terminated.reason.revoked_probation") == 1);
    CHECK(v("terminated.reason.death") == 1);
    CHECK(v("terminated.reason.revoked_parole") == 0);
    CHECK(v("transferred_out") == 1);
    CHECK(v("end_count") == 5);
    CHECK(v("end_count") == v("start_count") + v("received") - v("released") - v("terminated") - v("transferred_out"));
    CHECK(v("end.type.01") == 1);
    CHECK(v("end.type.02") == 3);
    CHECK(v("end.type.03") == 1);
    CHECK(v("end.type.04") == 0);
    CHECK(v("end.grade.normal") == 1); // A: 宽管 only from October
    CHECK(v("end.grade.strict") == 4);
    CHECK(v("end.grade.lenient") == 0);
    CHECK(v("end.sex.1") == 3);
    CHECK(v("end.sex.2") == 2);
    CHECK(v("end.minors") == 1);
    CHECK(v("end.foreign_hmt") == 1);
    CHECK(v("in_register") == 10);
    CHECK(v("ended_unreceived") == 1);
    // Assessments.
    CHECK(v("assessments") == 2);
    CHECK(v("assessments.completed") == 2);
    CHECK(v("assessments.suitable") == 1);
    CHECK(v("assessments.unsuitable") == 1);
    // Supervision.
    CHECK(v("leave") == 2);
    CHECK(v("leave.up_to_7") == 1);
    CHECK(v("leave.over_7") == 1);
    CHECK(v("transfers") == 1);
    CHECK(v("monitored") == 1);
    CHECK(v("missing") == 1);
    CHECK(v("sanctions.praise") == 1);
    CHECK(v("sanctions.warning") == 1);
    CHECK(v("sanctions.admonition") == 0);
    CHECK(v("proposals.revoke_probation") == 1);
    CHECK(v("proposals.commutation") == 0);
    CHECK(v("education") == 2);
    CHECK(v("education_hours") == Approx(2.5));
    CHECK(v("welfare") == 1);
    CHECK(v("welfare_hours") == Approx(2.0));
    // Re-offences: H, over the average register (6 + 5) / 2.
    CHECK(v("reoffences") == 1);
    CHECK(v("reoffending_rate") == Approx(18.2));
    CHECK_FALSE(r.hasErrors());
    CHECK(r.checks.isEmpty());
    CHECK(r.countingRules.size() >= 5);
    for (const StatFigure &fig : r.figures) {
        INFO(fig.key.toStdString());
        CHECK((fig.hidden || !fig.definition.isEmpty()));
    }

    // Every count figure lists exactly as many records as it counts, and every sum adds up.
    for (const StatFigure &fig : r.figures) {
        if (fig.kind == StatFigure::Kind::Rate || fig.value == 0)
            continue;
        const StatDrill dr = f.drill(QStringLiteral("2026-Q3"), fig.key);
        INFO(fig.key.toStdString());
        double sum = 0;
        for (const StatDrill::Row &row : dr.rows)
            sum += row.value;
        CHECK(sum == Approx(fig.value).margin(0.05));
        if (fig.kind == StatFigure::Kind::Count)
            CHECK(dr.rows.size() == qsizetype(fig.value));
    }
    CHECK(f.names(QStringLiteral("2026-Q3"), QStringLiteral("start_count")) ==
          QStringList{QStringLiteral("小明"), QStringLiteral("庚"), QStringLiteral("戊"), QStringLiteral("甲"),
                      QStringLiteral("癸"), QStringLiteral("辛")});
    CHECK(f.names(QStringLiteral("2026-Q3"), QStringLiteral("end_count")) ==
          QStringList{QStringLiteral("丙"), QStringLiteral("乙"), QStringLiteral("安娜"), QStringLiteral("小明"),
                      QStringLiteral("甲")});
    CHECK(f.names(QStringLiteral("2026-Q3"), QStringLiteral("reoffending_rate")) == QStringList{QStringLiteral("辛")});
    CHECK(f.names(QStringLiteral("2026-Q3"), QStringLiteral("end.foreign_hmt")) == QStringList{QStringLiteral("安娜")});
    // The hours of a drill row are the session's.
    const StatDrill hours = f.drill(QStringLiteral("2026-Q3"), QStringLiteral("education_hours"));
    REQUIRE(hours.rows.size() == 2);
    CHECK(hours.rows.first().value == Approx(1.5));
    // A minor's name is shown to a role that may read minors' files.
    const StatDrill minors = f.drill(QStringLiteral("2026-Q3"), QStringLiteral("end.minors"));
    REQUIRE(minors.rows.size() == 1);
    CHECK(minors.rows.first().cells.value(0) == QStringLiteral("小明"));
    CHECK(minors.rows.first().uuid == f.k);
    CHECK(minors.entity == QStringLiteral("cc_subject"));
}

TEST_CASE("correction statistics count receptions and ends on the first and last day of the period",
          "[stats][correction]")
{
    Fixture f;
    f.build();
    // July: B received on its first day; G released on it (in register at the start, then out).
    const StatReportData july = f.report(QStringLiteral("2026-07"));
    CHECK(july.value(QStringLiteral("received")) == 2);    // B, I
    CHECK(july.value(QStringLiteral("start_count")) == 6); // A E G H J K
    CHECK(july.value(QStringLiteral("released")) == 1);    // G
    CHECK(f.names(QStringLiteral("2026-07"), QStringLiteral("released")) == QStringList{QStringLiteral("庚")});
    // June ends with F released on its last day: no longer in register at the end of June.
    const StatReportData june = f.report(QStringLiteral("2026-06"));
    CHECK(june.value(QStringLiteral("released")) == 1);
    CHECK(june.value(QStringLiteral("end_count")) == july.value(QStringLiteral("start_count")));
    // September: C received and E released on its last day.
    const StatReportData september = f.report(QStringLiteral("2026-09"));
    CHECK(f.names(QStringLiteral("2026-09"), QStringLiteral("received")) == QStringList{QStringLiteral("丙")});
    CHECK(f.names(QStringLiteral("2026-09"), QStringLiteral("released")) == QStringList{QStringLiteral("戊")});
    CHECK_FALSE(f.names(QStringLiteral("2026-09"), QStringLiteral("end_count")).contains(QStringLiteral("戊")));
    CHECK(f.names(QStringLiteral("2026-09"), QStringLiteral("end_count")).contains(QStringLiteral("丙")));
    // October starts with what September ended with: C in, E out; D received on its first day.
    const StatReportData october = f.report(QStringLiteral("2026-10"));
    CHECK(october.value(QStringLiteral("start_count")) == september.value(QStringLiteral("end_count")));
    CHECK(f.names(QStringLiteral("2026-10"), QStringLiteral("received")) == QStringList{QStringLiteral("丁")});
    CHECK(october.value(QStringLiteral("end.grade.lenient")) == 1); // A from 15 October
    CHECK(october.value(QStringLiteral("sanctions.admonition")) == 1);
    CHECK(october.value(QStringLiteral("assessments")) == 1);
    CHECK(october.value(QStringLiteral("leave")) == 1);
    CHECK(october.value(QStringLiteral("reoffences")) == 0);
    CHECK(october.value(QStringLiteral("reoffending_rate")) == 0);
    // The balance holds every month of the year.
    for (int m = 1; m <= 10; ++m) {
        const StatReportData month = f.report(QStringLiteral("2026-%1").arg(m, 2, 10, QLatin1Char('0')));
        INFO(m);
        CHECK_FALSE(month.hasErrors());
    }
    // A year: every reception of 2026 (B C D H I J K N) and A.
    const StatReportData year = f.report(QStringLiteral("2026"));
    CHECK(year.value(QStringLiteral("received")) == 9);
    CHECK(year.value(QStringLiteral("start_count")) == 3); // E F G received in 2025
    CHECK_FALSE(year.hasErrors());
}

TEST_CASE("correction statistics check their figures on bad data", "[stats][correction]")
{
    Fixture f;
    f.build();
    // A file that ends before its reception (e.g. a mistyped import) breaks the balance.
    f.exec(QStringLiteral("UPDATE cc_subject SET end_date = '2026-06-15' WHERE uuid = '%1'").arg(f.i));
    const StatReportData q3 = f.report(QStringLiteral("2026-Q3"));
    CHECK(q3.value(QStringLiteral("check.ended_before_received")) == 1);
    CHECK(hasCheck(q3, QStringLiteral("ended_before_received")));
    CHECK(hasCheck(q3, QStringLiteral("register_balance")));
    CHECK(q3.hasErrors());
    for (const StatCheck &c : q3.checks) {
        if (c.id == QLatin1String("register_balance")) {
            CHECK(c.severity == StatCheck::Severity::Error);
            CHECK(c.message.contains(QStringLiteral("6")));
            CHECK(c.keys.contains(QStringLiteral("end_count")));
        }
    }
    const StatFigure *hidden = q3.figure(QStringLiteral("check.ended_before_received"));
    REQUIRE(hidden);
    CHECK(hidden->hidden);
    CHECK(f.names(QStringLiteral("2026-Q3"), QStringLiteral("check.ended_before_received")) ==
          QStringList{QStringLiteral("壬")});

    // A subject received without a correction type: a warning, and counted as not recorded.
    f.exec(QStringLiteral("UPDATE cc_subject SET correction_type = '' WHERE uuid = '%1'").arg(f.b));
    const StatReportData again = f.report(QStringLiteral("2026-Q3"));
    CHECK(hasCheck(again, QStringLiteral("received_no_type")));
    CHECK(again.value(QStringLiteral("received.type._")) == 1);
    CHECK(again.value(QStringLiteral("end.type._")) == 1);
    CHECK_FALSE(hasCheck(again, QStringLiteral("end_type_sum")));

    // A file still open after its period ended (and no revocation pending): a warning.
    f.exec(QStringLiteral("UPDATE cc_subject SET period_to = '2026-09-01' WHERE uuid = '%1'").arg(f.a));
    CHECK(hasCheck(f.report(QStringLiteral("2026-Q3")), QStringLiteral("open_after_period")));
    // A completed assessment without an opinion.
    f.exec(QStringLiteral("UPDATE cc_assessment SET opinion = '' WHERE name = '评估二'"));
    CHECK(hasCheck(f.report(QStringLiteral("2026-Q3")), QStringLiteral("assessment_opinions")));
}

TEST_CASE("correction statistics leave sealed files out and hide minors' names from roles without the right",
          "[stats][correction]")
{
    Fixture f;
    f.build();
    // The minor's name and the minor's assessment are masked for a role that may not read
    // minors' files; the others stay as they are.
    Session placement = f.office.signIn(QStringLiteral("placement"));
    StatDrill minors = f.drill(QStringLiteral("2026-Q3"), QStringLiteral("end_count"));
    Statistics::protectMinors(minors, placement);
    QStringList shown;
    for (const StatDrill::Row &row : minors.rows)
        shown << row.cells.value(0);
    CHECK(shown.contains(Statistics::tr("(minor)")));
    CHECK_FALSE(shown.contains(QStringLiteral("小明")));
    CHECK(shown.contains(QStringLiteral("甲")));
    StatDrill assessments = f.drill(QStringLiteral("2026-Q3"), QStringLiteral("assessments"));
    Statistics::protectMinors(assessments, placement);
    QStringList assessed;
    for (const StatDrill::Row &row : assessments.rows)
        assessed << row.cells.value(0);
    CHECK(assessed == QStringList{QStringLiteral("评估二"), Statistics::tr("(minor)")});
    // The head may: names as recorded, the minor marked.
    const StatDrill headView = f.drill(QStringLiteral("2026-Q3"), QStringLiteral("end.minors"));
    const int minorColumn = int(headView.columnIds.indexOf(QStringLiteral("minor")));
    REQUIRE(minorColumn >= 0);
    CHECK(headView.rows.first().cells.value(0) == QStringLiteral("小明"));
    CHECK(headView.rows.first().cells.value(minorColumn) == CorrectionStats::tr("yes"));

    // Sealing the minor's file takes it out of every figure.
    REQUIRE(CorrectionService::seal(f.db(), f.officer, f.k, QStringLiteral("未成年人犯罪记录封存")).ok());
    const StatReportData sealed = f.report(QStringLiteral("2026-Q3"));
    CHECK(sealed.value(QStringLiteral("start_count")) == 5);
    CHECK(sealed.value(QStringLiteral("end_count")) == 4);
    CHECK(sealed.value(QStringLiteral("end.minors")) == 0);
    CHECK_FALSE(sealed.hasErrors());
}

TEST_CASE("correction: a termination records the date a new offence was established", "[stats][correction]")
{
    Fixture f;
    const QString s = f.received(QStringLiteral("周海波"), QStringLiteral("02"), d(2026, 3, 10), true, 31);
    const auto reoffence = [&f](const QString &uuid) {
        return Query::scalar(f.db(), QStringLiteral("SELECT reoffence_date FROM cc_subject WHERE uuid = :u"),
                             {{QStringLiteral(":u"), uuid}}, QStringLiteral("test"))
            ->toString();
    };
    const QString ruling = QStringLiteral("（2026）浙0225刑更3号");
    // Before the reception, in the future, or with a death: refused, and nothing written.
    CHECK(CorrectionService::terminate(f.db(), f.officer, s, QStringLiteral("revoked_probation"), d(2026, 11, 1),
                                       ruling, d(2026, 3, 9))
              .error()
              .field == QStringLiteral("reoffence_date"));
    CHECK_FALSE(CorrectionService::terminate(f.db(), f.officer, s, QStringLiteral("revoked_probation"), d(2026, 11, 1),
                                             ruling, d(2026, 11, 21))
                    .ok());
    CHECK(CorrectionService::terminate(f.db(), f.officer, s, QStringLiteral("death"), d(2026, 11, 1), QString(),
                                       d(2026, 10, 1))
              .error()
              .code == ErrorCode::InvalidInput);
    CHECK(reoffence(s).isEmpty());
    // The field changes only through its step.
    CHECK(CorrectionService::update(f.db(), f.officer, s,
                                    {{QStringLiteral("reoffence_date"), QStringLiteral("2026-10-01")}})
              .error()
              .code == ErrorCode::InvalidInput);
    // On the day of the reception is fine; so is a termination without one.
    REQUIRE(CorrectionService::terminate(f.db(), f.officer, s, QStringLiteral("revoked_probation"), d(2026, 11, 1),
                                         ruling, d(2026, 3, 10))
                .ok());
    CHECK(reoffence(s) == QStringLiteral("2026-03-10"));
    // Corrected and cleared afterwards; a file awaiting report-in or released has none.
    REQUIRE(CorrectionService::recordReoffence(f.db(), f.officer, s, d(2026, 10, 20)).ok());
    CHECK(reoffence(s) == QStringLiteral("2026-10-20"));
    CHECK_FALSE(CorrectionService::recordReoffence(f.db(), f.officer, s, d(2026, 3, 1)).ok());
    REQUIRE(CorrectionService::recordReoffence(f.db(), f.officer, s, QDate()).ok());
    CHECK(reoffence(s).isEmpty());
    CHECK_FALSE(CorrectionService::recordReoffence(f.db(), f.officer, s, QDate()).ok());
    const QString waiting = f.subject(f.person(QStringLiteral("待报到"), d(1990, 2, 2), true, 32), QStringLiteral("02"),
                                      d(2026, 11, 10), QDate());
    CHECK(CorrectionService::recordReoffence(f.db(), f.officer, waiting, d(2026, 11, 12)).error().code ==
          ErrorCode::Conflict);
    // A mistaken termination reopened takes its re-offence with it.
    REQUIRE(CorrectionService::recordReoffence(f.db(), f.officer, s, d(2026, 10, 20)).ok());
    REQUIRE(CorrectionService::reopen(f.db(), f.officer, s, QStringLiteral("错误终止")).ok());
    CHECK(reoffence(s).isEmpty());
    // Other roles may not.
    Session mediator = f.office.signIn(QStringLiteral("mediator"));
    CHECK(CorrectionService::recordReoffence(f.db(), mediator, s, d(2026, 10, 20)).error().code ==
          ErrorCode::PermissionDenied);
    // The statistics count it in the period of its date.
    REQUIRE(CorrectionService::terminate(f.db(), f.officer, s, QStringLiteral("revoked_probation"), d(2026, 11, 2),
                                         ruling, d(2026, 10, 31))
                .ok());
    CHECK(f.report(QStringLiteral("2026-10")).value(QStringLiteral("reoffences")) == 1);
    CHECK(f.report(QStringLiteral("2026-11-01..2026-11-19")).value(QStringLiteral("reoffences")) == 0);
}
