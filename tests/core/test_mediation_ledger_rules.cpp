// The rules of the ledger import without a database: header recognition, reading values, and
// the lifecycle table of LedgerLifecycle.h, line by line.
#include "CatchCompat.h"

#include "mediation/Dispute.h"
#include "mediation/LedgerColumns.h"
#include "mediation/LedgerLifecycle.h"
#include "mediation/LedgerValues.h"

using namespace sifa;
using F = LedgerField;

namespace {

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

LedgerCell text(const QString &t)
{
    LedgerCell c;
    c.kind = LedgerCell::Kind::Text;
    c.text = t;
    return c;
}

LedgerCell number(double n)
{
    LedgerCell c;
    c.kind = LedgerCell::Kind::Number;
    c.number = n;
    c.text = QString::number(n, 'f', 0);
    return c;
}

QDate readDate(const LedgerCell &c)
{
    QString problem;
    const std::optional<QDate> d = LedgerValues::date(c, QStringLiteral("date"), &problem);
    return d ? *d : QDate();
}

std::optional<qint64> readAmount(const QString &t, bool tenThousand = false)
{
    QString problem;
    return LedgerValues::amount(text(t), tenThousand, QStringLiteral("amount"), &problem);
}

QDate day(int y, int m, int d)
{
    return QDate(y, m, d);
}

}  // namespace

TEST_CASE("ledger headers: canonical names and the variants clerks write", "[import][ledger]")
{
    const QList<QPair<const char *, F>> cases{
        {"案号", F::CaseNo},          {"编号", F::CaseNo},           {"卷宗号", F::CaseNo},
        {"案件编号", F::CaseNo},      {"受理日期", F::AcceptedDate}, {"收案日期", F::AcceptedDate},
        {"受理时间", F::AcceptedDate}, {"登记日期", F::RegisteredDate}, {"纠纷类型", F::Type},
        {"纠纷类别", F::Type},        {"案件类型", F::Type},         {"申请人", F::Applicants},
        {"当事人", F::Applicants},    {"申请人姓名", F::Applicants}, {"当事人（申请人）", F::Applicants},
        {"申请人身份证号码", F::ApplicantIds}, {"被申请人", F::Respondents}, {"被申请人身份证号", F::RespondentIds},
        {"纠纷简要情况", F::Summary}, {"简要案情", F::Summary},     {"纠纷情况", F::Summary},
        {"主要事实", F::Summary},     {"调解员", F::Mediators},      {"调解人员", F::Mediators},
        {"主持调解员", F::Mediators}, {"调解结果", F::Result},       {"结果", F::Result},
        {"调解情况", F::Result},      {"履行情况", F::Performance},  {"履行", F::Performance},
        {"协议履行情况", F::Performance}, {"结案日期", F::ClosedDate}, {"结案时间", F::ClosedDate},
        {"办结日期", F::ClosedDate},  {"涉及金额", F::Amount},       {"金额", F::Amount},
        {"标的额", F::Amount},        {"涉案金额", F::Amount},       {"涉及金额（元）", F::Amount},
        {" 协议日期： ", F::AgreedDate}, {"协议金额", F::AgreedAmount}, {"协议形式", F::Form},
        {"案件来源", F::Source},      {"调委会", F::Committee},      {"状态", F::Status},
        {"归档日期", F::ArchivedDate}, {"涉及人数", F::Persons},     {"*案号", F::CaseNo},
    };
    for (const auto &[header, field] : cases) {
        INFO(header);
        const std::optional<F> got = LedgerColumns::recognise(u8(header));
        REQUIRE(got.has_value());
        CHECK(*got == field);
    }
    CHECK_FALSE(LedgerColumns::recognise(u8("序号")).has_value());
    CHECK_FALSE(LedgerColumns::recognise(u8("备注")).has_value());
    for (F f : LedgerColumns::all())
        CHECK(LedgerColumns::recognise(LedgerColumns::canonical(f)) == f);
}

TEST_CASE("ledger headers: title rows are skipped and generic ID columns follow their party", "[import][ledger]")
{
    const QList<QStringList> rows{
        {u8("石浦镇人民调解台账")},
        {u8("填报单位：石浦镇司法所"), QString(), u8("2024年度")},
        {u8("序号"), u8("编号"), u8("收案日期"), u8("纠纷类别"), u8("当事人"), u8("身份证号码"), u8("对方当事人"),
         u8("身份证号码"), u8("简要案情"), u8("标的额（万元）"), u8("备注")},
    };
    QString error;
    const std::optional<LedgerHeader> h = LedgerColumns::find(rows, &error);
    INFO(error);
    REQUIRE(h.has_value());
    CHECK(h->row == 2);
    REQUIRE(h->column(F::ApplicantIds));
    CHECK(h->column(F::ApplicantIds)->index == 5);
    REQUIRE(h->column(F::RespondentIds));
    CHECK(h->column(F::RespondentIds)->index == 7);
    CHECK(h->column(F::Amount)->tenThousand);
    REQUIRE(h->unknown.size() == 2);
    CHECK(h->unknown.at(0).second == u8("序号"));
    CHECK(h->unknown.at(1).second == u8("备注"));
    CHECK(LedgerHeader::columnName(0) == QStringLiteral("A"));
    CHECK(LedgerHeader::columnName(27) == QStringLiteral("AB"));
}

TEST_CASE("ledger headers: a file without a required column or with a doubled column is refused", "[import][ledger]")
{
    QString error;
    CHECK_FALSE(LedgerColumns::find({{u8("案号"), u8("受理日期"), u8("申请人"), u8("纠纷简要情况")}}, &error));
    CHECK(error.contains(u8("纠纷类型")));
    CHECK_FALSE(LedgerColumns::find({{u8("受理日期"), u8("纠纷类型"), u8("申请人"), u8("纠纷简要情况")}}, &error));
    CHECK(error.contains(u8("案号")));
    CHECK_FALSE(LedgerColumns::find({{u8("案号"), u8("纠纷类型"), u8("申请人"), u8("纠纷简要情况")}}, &error));
    CHECK(error.contains(u8("受理日期")));
    CHECK(LedgerColumns::find({{u8("案号"), u8("登记日期"), u8("纠纷类型"), u8("当事人"), u8("案情")}}, &error));
    CHECK_FALSE(LedgerColumns::find({{u8("案号"), u8("编号"), u8("受理日期"), u8("纠纷类型"), u8("申请人"),
                                      u8("纠纷简要情况")}},
                                    &error));
    CHECK(error.contains(u8("编号")));
    CHECK_FALSE(LedgerColumns::find({{u8("一"), u8("二")}, {u8("三")}}, &error));
    CHECK(error.contains(QStringLiteral("header")));
}

TEST_CASE("ledger values: dates in every form clerks write them", "[import][ledger]")
{
    const QDate expected(2024, 3, 5);
    for (const char *t : {"2024-03-05", "2024/3/5", "2024.3.5", "2024年3月5日", "2024年03月05日", "20240305",
                          "2024-03-05 14:30", " 2024-3-5 ", "２０２４－０３－０５", "45356"}) {
        INFO(t);
        CHECK(readDate(text(u8(t))) == expected);
    }
    CHECK(readDate(number(45356)) == expected);       // an Excel serial number
    CHECK(readDate(number(20240305)) == expected);    // yyyymmdd typed as a number
    LedgerCell dateCell;
    dateCell.kind = LedgerCell::Kind::Date;
    dateCell.date = expected;
    CHECK(readDate(dateCell) == expected);
    CHECK_FALSE(readDate(LedgerCell()).isValid());  // empty: not given, no problem
    QString problem;
    CHECK_FALSE(LedgerValues::date(text(QStringLiteral("2024-02-30")), QStringLiteral("date"), &problem));
    CHECK(problem.contains(QStringLiteral("2024-02-30")));
    CHECK_FALSE(LedgerValues::date(text(u8("三月五日")), QStringLiteral("date"), &problem));
}

TEST_CASE("ledger values: amounts counts sources types and results", "[import][ledger]")
{
    CHECK(readAmount(QStringLiteral("2000")) == 200000);
    CHECK(readAmount(QStringLiteral("2,000.50")) == 200050);
    CHECK(readAmount(u8("2000元")) == 200000);
    CHECK(readAmount(u8("￥1,200")) == 120000);
    CHECK(readAmount(u8("0.2万")) == 200000);
    CHECK(readAmount(QStringLiteral("0.5"), true) == 500000);  // a column headed (万元)
    CHECK(readAmount(QString()) == 0);
    CHECK_FALSE(readAmount(u8("两千元")));
    CHECK_FALSE(readAmount(QStringLiteral("-5")));
    QString problem;
    CHECK(LedgerValues::count(text(u8("3人")), QStringLiteral("n"), &problem) == 3);

    const QList<std::tuple<const char *, const char *, const char *>> sources{
        {"当事人申请", "application", ""},      {"申请", "application", ""},     {"", "application", ""},
        {"调委会主动调解", "initiative", ""},   {"主动", "initiative", ""},      {"排查发现", "screening", ""},
        {"排查", "screening", ""},              {"公安移送", "referral", "police"}, {"派出所移交", "referral", "police"},
        {"法院委托", "referral", "court"},      {"信访移送", "referral", "petition"},
        {"政府部门移送", "referral", "government"}, {"委托移送", "referral", "other"}, {"移送", "referral", "other"},
    };
    for (const auto &[t, source, kind] : sources) {
        INFO(t);
        const std::optional<LedgerValues::Source> s = LedgerValues::source(u8(t), &problem);
        REQUIRE(s.has_value());
        CHECK(s->source == QLatin1String(source));
        CHECK(s->referralKind == QLatin1String(kind));
    }
    CHECK_FALSE(LedgerValues::source(u8("天上掉下来"), &problem));

    const QList<QPair<const char *, const char *>> types{
        {"邻里纠纷", "02"}, {"邻里", "02"}, {"02", "02"}, {"2", "02"}, {"劳动争议", "10"}, {"劳动争议纠纷", "10"},
        {"婚姻家庭", "01"}, {"交通事故", "13"}, {"道路交通事故", "13"}, {"其它", "99"}, {"其他纠纷", "99"},
    };
    for (const auto &[t, code] : types) {
        INFO(t);
        CHECK(LedgerValues::type(u8(t), &problem) == QString::fromLatin1(code));
    }
    CHECK_FALSE(LedgerValues::type(u8("外星人纠纷"), &problem));
    CHECK_FALSE(LedgerValues::type(QString(), &problem));

    CHECK(LedgerValues::result(u8("成功"), &problem) == QStringLiteral("success"));
    CHECK(LedgerValues::result(u8("调解不成"), &problem) == QStringLiteral("failed"));
    CHECK(LedgerValues::result(u8("终止"), &problem) == QStringLiteral("terminated"));
    CHECK(LedgerValues::result(u8("不予受理"), &problem) == QStringLiteral("not_accepted"));
    CHECK_FALSE(LedgerValues::result(u8("还行"), &problem));
    CHECK(LedgerValues::form(u8("口头协议"), &problem) == QStringLiteral("oral"));
    CHECK(LedgerValues::performance(u8("已履行"), &problem) == QStringLiteral("done"));
    CHECK(LedgerValues::performance(u8("部分履行"), &problem) == QStringLiteral("partial"));
    CHECK(LedgerValues::performance(u8("未履行"), &problem) == QStringLiteral("none"));

    CHECK(LedgerValues::split(u8("张三、李四,王五；赵六")).size() == 4);
    CHECK(LedgerValues::split(u8("1、、3")) == QStringList{QStringLiteral("1"), QString(), QStringLiteral("3")});
    CHECK(LedgerValues::isScientific(QStringLiteral("3.30225E+17")));
    CHECK(LedgerValues::isScientific(QStringLiteral("3.30225e17")));
    CHECK_FALSE(LedgerValues::isScientific(QStringLiteral("330225198001010018")));
}

TEST_CASE("ledger values: the words an export writes read back as what they stand for", "[import][ledger]")
{
    QString problem;
    for (const char *source : {"application", "initiative", "screening"})
        CHECK(LedgerValues::source(LedgerValues::sourceWord(QString::fromLatin1(source), QString()), &problem)->source
              == QLatin1String(source));
    for (const char *kind : {"police", "court", "petition", "government", "other"}) {
        const std::optional<LedgerValues::Source> s =
            LedgerValues::source(LedgerValues::sourceWord(QStringLiteral("referral"), QString::fromLatin1(kind)), &problem);
        CHECK(s->referralKind == QLatin1String(kind));
    }
    for (const char *status : {"registered", "not_accepted", "accepted", "investigating", "mediating", "agreed",
                               "terminated", "performing", "performed", "not_performed", "archived"}) {
        CHECK(LedgerValues::status(LedgerValues::statusWord(QString::fromLatin1(status)), &problem)
              == QString::fromLatin1(status));
    }
    CHECK(LedgerValues::result(LedgerValues::resultWord(QStringLiteral("oral"), false), &problem) == QStringLiteral("success"));
    CHECK(LedgerValues::result(LedgerValues::resultWord(QString(), true), &problem) == QStringLiteral("not_accepted"));
    CHECK(LedgerValues::performance(LedgerValues::performanceWord(QStringLiteral("partial")), &problem)
          == QStringLiteral("partial"));
}

TEST_CASE("ledger lifecycle: every line of the table", "[import][ledger]")
{
    namespace S = DisputeStatus;
    const QDate accepted = day(2024, 3, 5), agreed = day(2024, 3, 12), closed = day(2024, 3, 20);
    auto decide = [](const LedgerFacts &f) {
        QStringList problems;
        std::optional<LedgerOutcome> o = LedgerLifecycle::decide(f, &problems);
        INFO(problems.join(QLatin1Char('\n')).toStdString());
        REQUIRE(o.has_value());
        return *o;
    };
    LedgerFacts f;

    // no 受理日期 → registered
    f.registered = accepted;
    CHECK(decide(f).status == S::Registered);

    // 不予受理 + 结案日期 → not_accepted, archived in a file without an 归档日期 column
    f.result = QStringLiteral("not_accepted");
    f.closed = closed;
    LedgerOutcome o = decide(f);
    CHECK(o.status == S::Archived);
    CHECK(o.decided == closed);
    CHECK(o.archived == closed);
    f.archiveColumn = true;
    CHECK(decide(f).status == S::NotAccepted);

    // 受理日期 only → accepted; 状态 may say investigating or mediating
    f = LedgerFacts();
    f.accepted = accepted;
    o = decide(f);
    CHECK(o.status == S::Accepted);
    CHECK(o.decided == accepted);
    f.status = S::Mediating;
    CHECK(decide(f).status == S::Mediating);
    f.status = S::Investigating;
    CHECK(decide(f).status == S::Investigating);
    f.status.clear();

    // 成功 + 协议日期 → agreed, performance pending, written when no form is given
    f.result = QStringLiteral("success");
    f.agreed = agreed;
    o = decide(f);
    CHECK(o.status == S::Agreed);
    CHECK(o.agreement);
    CHECK(o.form == QStringLiteral("written"));
    CHECK(o.result == QStringLiteral("written"));
    CHECK(o.agreedDate == agreed);
    CHECK(o.performanceStatus == QStringLiteral("pending"));
    f.performance = QStringLiteral("none");  // 未履行 without 结案日期: not yet performed
    CHECK(decide(f).status == S::Agreed);
    f.form = QStringLiteral("oral");
    CHECK(decide(f).result == QStringLiteral("oral"));

    // + 部分履行 → performing
    f.performance = QStringLiteral("partial");
    o = decide(f);
    CHECK(o.status == S::Performing);
    CHECK(o.performanceStatus == QStringLiteral("partial"));

    // + 履行完毕 → performed (no closing date known)
    f.performance = QStringLiteral("done");
    o = decide(f);
    CHECK(o.status == S::Performed);
    CHECK_FALSE(o.closed.isValid());

    // + 履行完毕 + 结案日期 → performed and closed → archived (no 归档日期 column)
    f.closed = closed;
    o = decide(f);
    CHECK(o.status == S::Archived);
    CHECK(o.closed == closed);
    CHECK(o.archived == closed);
    CHECK(o.performanceStatus == QStringLiteral("done"));
    CHECK(o.performanceDate == closed);
    f.archiveColumn = true;  // with an 归档日期 column: archived only when it is filled in
    CHECK(decide(f).status == S::Performed);
    f.archived = closed.addDays(3);
    o = decide(f);
    CHECK(o.status == S::Archived);
    CHECK(o.archived == closed.addDays(3));
    f.archiveColumn = false;
    f.archived = QDate();
    f.status = S::Performed;  // 状态 naming the closed state keeps it unarchived
    CHECK(decide(f).status == S::Performed);
    f.status.clear();

    // 成功 + 结案日期 without 履行情况 → performed and closed
    f.performance.clear();
    f.archiveColumn = true;
    CHECK(decide(f).status == S::Performed);

    // + 未履行 + 结案日期 → not_performed (archived without an 归档日期 column)
    f.performance = QStringLiteral("none");
    o = decide(f);
    CHECK(o.status == S::NotPerformed);
    CHECK(o.performanceStatus == QStringLiteral("failed"));
    f.archiveColumn = false;
    CHECK(decide(f).status == S::Archived);

    // 成功 without 协议日期: the 结案日期 is the agreement date
    f.agreed = QDate();
    f.performance = QStringLiteral("done");
    o = decide(f);
    CHECK(o.agreedDate == closed);

    // 不成功 / 终止 → terminated, archived when it has a 结案日期
    f = LedgerFacts();
    f.accepted = accepted;
    f.result = QStringLiteral("failed");
    o = decide(f);
    CHECK(o.status == S::Terminated);
    CHECK(o.result == QStringLiteral("failed"));
    CHECK_FALSE(o.agreement);
    f.result = QStringLiteral("terminated");
    CHECK(decide(f).result == QStringLiteral("terminated"));
    f.closed = closed;
    o = decide(f);
    CHECK(o.status == S::Archived);
    CHECK(o.closed == closed);
    CHECK(o.resultDate == closed);
    f.archiveColumn = true;
    CHECK(decide(f).status == S::Terminated);
}

TEST_CASE("ledger lifecycle: inconsistent rows are refused with a reason", "[import][ledger]")
{
    auto problems = [](const LedgerFacts &f) {
        QStringList p;
        CHECK_FALSE(LedgerLifecycle::decide(f, &p).has_value());
        return p.join(QLatin1Char('\n'));
    };
    const QDate accepted = day(2024, 3, 5);
    LedgerFacts f;
    CHECK(problems(f).contains(u8("受理日期")));  // no date at all

    f.registered = accepted.addDays(2);
    f.accepted = accepted;
    CHECK(problems(f).contains(u8("登记日期")));

    f = LedgerFacts();
    f.accepted = accepted;
    f.result = QStringLiteral("success");
    f.agreed = accepted.addDays(-1);
    CHECK(problems(f).contains(u8("协议日期")));

    f.agreed = QDate();
    CHECK(problems(f).contains(u8("协议日期")));  // success without any date

    f = LedgerFacts();
    f.accepted = accepted;
    f.performance = QStringLiteral("done");
    CHECK(problems(f).contains(u8("成功")));  // 履行情况 without a successful result

    f = LedgerFacts();
    f.accepted = accepted;
    f.result = QStringLiteral("failed");
    f.closed = accepted.addDays(-3);
    CHECK(problems(f).contains(u8("结案日期")));

    f = LedgerFacts();
    f.accepted = accepted;
    f.closed = accepted.addDays(3);
    CHECK(problems(f).contains(u8("调解结果")));  // a closing date without a result

    f = LedgerFacts();
    f.registered = accepted;
    f.result = QStringLiteral("failed");
    CHECK(problems(f).contains(u8("受理日期")));  // a result without acceptance

    f = LedgerFacts();
    f.accepted = accepted;
    f.result = QStringLiteral("not_accepted");
    f.closed = accepted;
    CHECK(problems(f).contains(u8("不予受理")));

    f = LedgerFacts();
    f.accepted = accepted;
    f.result = QStringLiteral("success");
    f.agreed = accepted.addDays(1);
    f.performance = QStringLiteral("partial");
    f.closed = accepted.addDays(9);
    CHECK(problems(f).contains(u8("部分履行")));

    f = LedgerFacts();
    f.accepted = accepted;
    f.archiveColumn = true;
    f.archived = accepted.addDays(9);
    CHECK(problems(f).contains(u8("归档日期")));

    f = LedgerFacts();
    f.accepted = accepted;
    f.result = QStringLiteral("failed");
    f.status = DisputeStatus::Performed;
    CHECK(problems(f).contains(u8("状态")));
}
