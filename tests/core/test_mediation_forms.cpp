#include "CatchCompat.h"
#include "MediationFixture.h"

#include "mediation/DisputeRepository.h"
#include "mediation/MediationCodes.h"
#include "people/PersonService.h"
#include "print/FormLayout.h"
#include "print/FormTemplate.h"
#include "print/MediationForms.h"
#include "util/Time.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSet>

#include <utility>

using namespace sifa;

namespace {

QDate day(int m, int d)
{
    return QDate(2026, m, d);
}

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// A case with two parties run to the archive: two sessions, a written agreement with two
// clauses, its performance and a return visit (all in 2026).
struct AgreedCase {
    test::MediationFixture &f;
    QString uuid;
    QString caseNo;

    explicit AgreedCase(test::MediationFixture &fixture) : f(fixture)
    {
        Database &db = f.db();
        // 张三 is in the people index already, with what the registration does not ask.
        Person p;
        p.name = s("张三");
        p.idNumber = test::makeId(QStringLiteral("330225"), QDate(1970, 3, 4), true, 31);
        p.ethnicity = QStringLiteral("01");
        p.occupation = s("渔民");
        p.residenceDivision = QStringLiteral("330225101");
        p.residenceAddress = s("东门村3组12号");
        REQUIRE(PersonService::create(db, f.mediator, p));

        Dispute d = f.sample(day(3, 2));
        d.claims = s("要求李四拆除越界的围墙。");
        d.amountInvolvedFen = 50000;
        Result<QString> registered = DisputeService::registerDispute(db, f.mediator, d);
        REQUIRE(registered);
        uuid = *registered;
        REQUIRE(DisputeService::accept(db, f.mediator, uuid, day(3, 3)).ok());
        DisputeRecord first = f.session(uuid, day(3, 4));
        first.recorder = s("李记录");
        first.participants = s("村主任陈某");
        REQUIRE(DisputeService::addRecord(db, f.mediator, first));
        REQUIRE(DisputeService::addRecord(db, f.mediator, f.session(uuid, day(3, 6))));
        Agreement a = f.agreement(uuid, day(3, 6));
        a.performanceDeadline = day(3, 16);
        REQUIRE(DisputeService::recordAgreement(db, f.mediator, a, false));
        REQUIRE(DisputeService::recordPerformance(db, f.mediator, uuid, QStringLiteral("done"), day(3, 16)).ok());
        ReturnVisit v;
        v.disputeUuid = uuid;
        v.visitDate = day(3, 20);
        v.visitor = s("王调解");
        v.visited = s("张三");
        v.performance = QStringLiteral("done");
        v.satisfaction = QStringLiteral("satisfied");
        v.situation = s("围墙已拆除，款项已付清。");
        v.measures = s("无需采取措施。");
        REQUIRE(DisputeService::addReturnVisit(db, f.mediator, v));
        REQUIRE(DisputeService::archive(db, f.mediator, uuid, day(3, 25), s("王调解"), s("长期")).ok());
        caseNo = DisputeRepository::get(db, uuid)->caseNo;
        REQUIRE_FALSE(caseNo.isEmpty());
    }
};

// A case referred by the police against a company, investigated, then terminated.
QString terminatedCase(test::MediationFixture &f)
{
    Database &db = f.db();
    Dispute d = f.sample(day(4, 1));
    d.source = QStringLiteral("referral");
    d.referralKind = QStringLiteral("police");
    d.referralBody = s("象山县公安局石浦派出所");
    d.disputeType = QStringLiteral("10");
    d.parties[1].kind = QStringLiteral("org");
    d.parties[1].name = s("象山县某水产有限公司");
    d.parties[1].legalRep = s("赵六");
    d.parties[1].idNumber.clear();
    d.parties[1].address = s("石浦镇渔港路8号");
    Result<QString> uuid = DisputeService::registerDispute(db, f.mediator, d);
    REQUIRE(uuid);
    REQUIRE(DisputeService::accept(db, f.mediator, *uuid, day(4, 1)).ok());
    DisputeRecord inv = f.session(*uuid, day(4, 2));
    inv.kind = QStringLiteral("investigation");
    inv.subjects = s("张三");
    REQUIRE(DisputeService::addRecord(db, f.mediator, inv));
    REQUIRE(DisputeService::addRecord(db, f.mediator, f.session(*uuid, day(4, 3))));
    REQUIRE(DisputeService::terminate(db, f.mediator, *uuid, day(4, 8), s("双方分歧过大"), true).ok());
    return DisputeRepository::get(db, *uuid)->caseNo;
}

QList<FormData> filled(test::MediationFixture &f, const QString &caseNo, const QString &formId)
{
    Result<QList<FormData>> copies = MediationForms::fill(f.db(), f.mediator, caseNo, formId);
    INFO(formId.toStdString() << ": " << copies.message().toStdString());
    REQUIRE(copies);
    return *copies;
}

FormData one(test::MediationFixture &f, const QString &caseNo, const QString &formId)
{
    const QList<FormData> copies = filled(f, caseNo, formId);
    INFO(formId.toStdString());
    REQUIRE(copies.size() == 1);
    return copies.first();
}

// Every {key} a list of blocks reads, with the list and name of the "each"/"grid" it is in.
struct Placeholder {
    QString key;
    QString list;
    QString as;
};

void placeholders(const QString &text, const QString &list, const QString &as, QList<Placeholder> *out)
{
    static const QRegularExpression re(QStringLiteral("\\{([^}|:]+)[^}]*\\}"));
    for (auto it = re.globalMatch(text); it.hasNext();)
        out->append(Placeholder{it.next().captured(1).trimmed(), list, as});
}

void placeholders(const QList<FormBlock> &blocks, const QString &list, const QString &as, QList<Placeholder> *out)
{
    for (const FormBlock &b : blocks) {
        for (const QString &t : QStringList{b.text, b.label, b.date} + b.signatures)
            placeholders(t, list, as, out);
        for (const QList<FormCell> &row : b.rows) {
            for (const FormCell &c : row)
                placeholders(c.text, list, as, out);
        }
        for (const GridColumn &c : b.grid)
            placeholders(c.text, b.list, b.as, out);
        placeholders(b.blocks, b.list, b.as, out);
    }
}

}  // namespace

TEST_CASE("forms: a case with two parties, an agreement, two sessions and a visit", "[forms]")
{
    test::MediationFixture f;
    AgreedCase c(f);

    const FormData cover = one(f, c.caseNo, QStringLiteral("cover"));
    CHECK(cover.value(QStringLiteral("case.no")) == c.caseNo);
    CHECK(cover.value(QStringLiteral("office.name")) == s("石浦镇司法所"));
    CHECK(cover.value(QStringLiteral("office.code")) == QStringLiteral("330225101"));
    CHECK(cover.value(QStringLiteral("office.abbreviation")) == s("石浦"));
    CHECK(cover.value(QStringLiteral("committee.name")) == s("东门村人民调解委员会"));
    CHECK(cover.value(QStringLiteral("case.title")) == s("张三与李四婚姻家庭纠纷"));
    CHECK(cover.value(QStringLiteral("case.mediators")) == s("王调解"));
    CHECK(cover.value(QStringLiteral("case.lead_mediator")) == s("王调解"));
    CHECK(cover.value(QStringLiteral("case.mediation_from")) == QStringLiteral("2026-03-03"));
    CHECK(cover.value(QStringLiteral("case.mediation_to")) == QStringLiteral("2026-03-06"));
    CHECK(cover.value(QStringLiteral("case.filed_by")) == s("王调解"));
    CHECK(cover.value(QStringLiteral("case.retention")) == s("长期"));
    CHECK(cover.value(QStringLiteral("case.archived")) == QStringLiteral("2026-03-25"));
    CHECK(cover.value(QStringLiteral("case.closed")) == QStringLiteral("2026-03-16"));
    CHECK(cover.value(QStringLiteral("case.registrar")) == QStringLiteral("mediator"));  // the account's display name
    CHECK(cover.label.isEmpty());

    const FormData application = one(f, c.caseNo, QStringLiteral("application"));
    CHECK(application.value(QStringLiteral("parties.names")) == s("张三、李四"));
    CHECK(application.value(QStringLiteral("case.registered")) == QStringLiteral("2026-03-02"));
    CHECK(application.value(QStringLiteral("case.type")) == QStringLiteral("01"));
    CHECK(application.value(QStringLiteral("case.claims")) == s("要求李四拆除越界的围墙。"));
    CHECK(application.value(QStringLiteral("case.amount")) == QStringLiteral("50000"));
    const QList<FormData::Item> applicants = application.list(QStringLiteral("applicants"));
    REQUIRE(applicants.size() == 1);
    const FormData::Item zhang = applicants.first();
    CHECK(zhang.value(QStringLiteral("name")) == s("张三"));
    CHECK(zhang.value(QStringLiteral("sex")) == QStringLiteral("1"));
    CHECK(zhang.value(QStringLiteral("ethnicity")) == QStringLiteral("01"));
    CHECK(zhang.value(QStringLiteral("birth")) == QStringLiteral("1970-03-04"));
    CHECK(zhang.value(QStringLiteral("age")) == QStringLiteral("55"));  // registered two days before his birthday
    CHECK(zhang.value(QStringLiteral("occupation")) == s("渔民"));
    CHECK(zhang.value(QStringLiteral("phone")) == QStringLiteral("13905741234"));
    CHECK(zhang.value(QStringLiteral("address")) == s("象山县石浦镇东门村3组12号"));
    CHECK(zhang.value(QStringLiteral("id_number")).size() == 18);
    CHECK(zhang.value(QStringLiteral("kind")) == QStringLiteral("person"));
    const QList<FormData::Item> respondents = application.list(QStringLiteral("respondents"));
    REQUIRE(respondents.size() == 1);
    CHECK(respondents.first().value(QStringLiteral("name")) == s("李四"));
    CHECK(respondents.first().value(QStringLiteral("sex")) == QStringLiteral("1"));  // from the ID number
    CHECK_FALSE(respondents.first().contains(QStringLiteral("ethnicity")));         // not known: handwritten
    CHECK(application.list(QStringLiteral("thirds")).isEmpty());
    CHECK(application.list(QStringLiteral("parties")).size() == 2);

    // One copy per session, numbered, each with its own record.
    const QList<FormData> sessions = filled(f, c.caseNo, QStringLiteral("session"));
    REQUIRE(sessions.size() == 2);
    CHECK(sessions[0].value(QStringLiteral("record.seq")) == QStringLiteral("1"));
    CHECK(sessions[0].value(QStringLiteral("record.time")) == QStringLiteral("2026-03-04 09:30"));
    CHECK(sessions[0].value(QStringLiteral("record.date")) == QStringLiteral("2026-03-04"));
    CHECK(sessions[0].value(QStringLiteral("record.recorder")) == s("李记录"));
    CHECK(sessions[0].value(QStringLiteral("record.participants")) == s("村主任陈某"));
    CHECK(sessions[0].value(QStringLiteral("record.place")) == s("东门村调解室"));
    CHECK(sessions[0].value(QStringLiteral("record.staff")) == s("王调解"));
    CHECK(sessions[1].value(QStringLiteral("record.seq")) == QStringLiteral("2"));
    CHECK(sessions[1].value(QStringLiteral("record.time")) == QStringLiteral("2026-03-06 09:30"));
    CHECK_FALSE(sessions[1].has(QStringLiteral("record.recorder")));
    CHECK(sessions[0].label != sessions[1].label);
    CHECK(sessions[0].value(QStringLiteral("case.no")) == c.caseNo);
    CHECK(filled(f, c.caseNo, QStringLiteral("investigation")).isEmpty());

    // The agreement: a copy for each party, then the committee's.
    const QList<FormData> agreement = filled(f, c.caseNo, QStringLiteral("agreement"));
    REQUIRE(agreement.size() == 3);
    CHECK(agreement[0].label.contains(s("张三")));
    CHECK(agreement[1].label.contains(s("李四")));
    CHECK(agreement[2].label == MediationForms::tr("Copy kept by the committee"));
    const FormData &kept = agreement[2];
    CHECK(kept.value(QStringLiteral("agreement.no")).contains(s("协")));
    CHECK(kept.value(QStringLiteral("agreement.date")) == QStringLiteral("2026-03-06"));
    CHECK(kept.value(QStringLiteral("agreement.effective")) == QStringLiteral("2026-03-06"));
    CHECK(kept.value(QStringLiteral("agreement.facts")) == s("围墙越界约三十厘米，双方各有责任。"));
    CHECK(kept.value(QStringLiteral("agreement.method")) == s("现金支付"));
    CHECK(kept.value(QStringLiteral("agreement.deadline")) == QStringLiteral("2026-03-16"));
    CHECK(kept.value(QStringLiteral("agreement.copies")) == QStringLiteral("3"));
    CHECK(kept.value(QStringLiteral("agreement.copies_cn")) == s("三"));
    CHECK(kept.value(QStringLiteral("agreement.amount")) == QStringLiteral("50000"));
    CHECK(kept.value(QStringLiteral("agreement.terms"))
          == s("一、李四于十日内拆除越界部分围墙。\n二、张三补偿李四砌墙费用人民币伍佰元。"));
    const QList<FormData::Item> clauses = kept.list(QStringLiteral("clauses"));
    REQUIRE(clauses.size() == 2);
    CHECK(clauses[0].value(QStringLiteral("seq")) == QStringLiteral("1"));
    CHECK(clauses[0].value(QStringLiteral("heading")) == s("一、"));
    CHECK(clauses[0].value(QStringLiteral("text")) == s("李四于十日内拆除越界部分围墙。"));
    CHECK(clauses[0].value(QStringLiteral("due")) == QStringLiteral("2026-03-16"));
    CHECK_FALSE(clauses[0].contains(QStringLiteral("amount")));
    CHECK(clauses[1].value(QStringLiteral("amount")) == QStringLiteral("50000"));
    // Ages on the agreement are those on the day it was made: 张三 turned 56 in between.
    CHECK(kept.list(QStringLiteral("applicants")).first().value(QStringLiteral("age")) == QStringLiteral("56"));
    CHECK(filled(f, c.caseNo, QStringLiteral("oral-agreement")).isEmpty());

    const QList<FormData> visits = filled(f, c.caseNo, QStringLiteral("visit"));
    REQUIRE(visits.size() == 1);
    CHECK(visits[0].value(QStringLiteral("visit.date")) == QStringLiteral("2026-03-20"));
    CHECK(visits[0].value(QStringLiteral("visit.visitor")) == s("王调解"));
    CHECK(visits[0].value(QStringLiteral("visit.visited")) == s("张三"));
    CHECK(visits[0].value(QStringLiteral("visit.performance")) == MediationCodes::performanceLabel(QStringLiteral("done")));
    CHECK(visits[0].value(QStringLiteral("visit.satisfaction"))
          == MediationCodes::satisfactionLabel(QStringLiteral("satisfied")));
    CHECK(visits[0].value(QStringLiteral("visit.situation")) == s("围墙已拆除，款项已付清。"));
    CHECK(visits[0].value(QStringLiteral("agreement.no")) == kept.value(QStringLiteral("agreement.no")));
    CHECK_FALSE(visits[0].label.isEmpty());

    const FormData closing = one(f, c.caseNo, QStringLiteral("closing-report"));
    CHECK(closing.value(QStringLiteral("case.result")) == MediationCodes::resultLabel(QStringLiteral("written")));
    CHECK(closing.value(QStringLiteral("agreement.performance")) == MediationCodes::performanceLabel(QStringLiteral("done")));
    CHECK(closing.value(QStringLiteral("agreement.performance_date")) == QStringLiteral("2026-03-16"));
    CHECK(closing.list(QStringLiteral("sessions")).size() == 2);
    CHECK(closing.list(QStringLiteral("visits")).size() == 1);

    // Nothing to end: no termination notice. The forms every case file has always give one.
    CHECK(filled(f, c.caseNo, QStringLiteral("termination-notice")).isEmpty());
    for (const QString &id : {QStringLiteral("contents"), QStringLiteral("registration"), QStringLiteral("rights-notice"),
                              QStringLiteral("back-cover")}) {
        CHECK(one(f, c.caseNo, id).value(QStringLiteral("case.no")) == c.caseNo);
    }
}

TEST_CASE("forms: a terminated case, a company as party, and a case not yet accepted", "[forms]")
{
    test::MediationFixture f;
    const QString caseNo = terminatedCase(f);
    const FormData notice = one(f, caseNo, QStringLiteral("termination-notice"));
    CHECK(notice.value(QStringLiteral("case.termination_reason")) == s("双方分歧过大"));
    CHECK(notice.value(QStringLiteral("case.result_date")) == QStringLiteral("2026-04-08"));
    CHECK(notice.value(QStringLiteral("case.source")) == MediationCodes::sourceLabel(QStringLiteral("referral")));
    CHECK(notice.value(QStringLiteral("case.referral_kind")) == QStringLiteral("police"));
    CHECK(notice.value(QStringLiteral("case.referral_body")) == s("象山县公安局石浦派出所"));
    CHECK(notice.value(QStringLiteral("parties.names")) == s("张三、象山县某水产有限公司"));
    const FormData::Item company = notice.list(QStringLiteral("respondents")).value(0);
    CHECK(company.value(QStringLiteral("kind")) == QStringLiteral("org"));
    CHECK(company.value(QStringLiteral("legal_rep")) == s("赵六"));
    CHECK(company.value(QStringLiteral("address")) == s("石浦镇渔港路8号"));
    CHECK_FALSE(company.contains(QStringLiteral("sex")));
    CHECK_FALSE(company.contains(QStringLiteral("age")));
    CHECK(filled(f, caseNo, QStringLiteral("agreement")).isEmpty());
    CHECK(filled(f, caseNo, QStringLiteral("visit")).isEmpty());
    const QList<FormData> investigations = filled(f, caseNo, QStringLiteral("investigation"));
    REQUIRE(investigations.size() == 1);
    CHECK(investigations[0].value(QStringLiteral("record.subjects")) == s("张三"));
    CHECK(filled(f, caseNo, QStringLiteral("session")).size() == 1);

    // The number as a clerk may type it, with ASCII brackets, finds the case.
    QString ascii = caseNo;
    ascii.replace(QChar(0xFF08), QLatin1Char('(')).replace(QChar(0xFF09), QLatin1Char(')'));
    REQUIRE(ascii != caseNo);
    CHECK(one(f, ascii, QStringLiteral("cover")).value(QStringLiteral("case.no")) == caseNo);

    // A case not accepted yet has no number: its application prints by its uuid.
    const QString fresh = f.registerSample(day(5, 4));
    const FormData application = one(f, fresh, QStringLiteral("application"));
    CHECK_FALSE(application.has(QStringLiteral("case.no")));
    CHECK_FALSE(application.has(QStringLiteral("case.accepted")));
    CHECK(application.value(QStringLiteral("case.registered")) == QStringLiteral("2026-05-04"));
    CHECK(application.list(QStringLiteral("applicants")).size() == 1);
}

TEST_CASE("forms: an unknown case or form is a clear refusal", "[forms]")
{
    test::MediationFixture f;
    const QString unknown = s("（2026）石人调字第999号");
    Result<QList<FormData>> none = MediationForms::fill(f.db(), f.mediator, unknown, QStringLiteral("cover"));
    REQUIRE_FALSE(none);
    CHECK(none.code() == ErrorCode::NotFound);
    CHECK(none.message().contains(unknown));
    CHECK(none.message() == MediationForms::tr("There is no case numbered %1.").arg(unknown));

    const QString caseNo = DisputeRepository::get(f.db(), f.mediatingCase(day(3, 2), day(3, 2), day(3, 3)))->caseNo;
    Result<QList<FormData>> badForm = MediationForms::fill(f.db(), f.mediator, caseNo, QStringLiteral("register"));
    REQUIRE_FALSE(badForm);
    CHECK(badForm.code() == ErrorCode::InvalidInput);
    CHECK(badForm.message().contains(QStringLiteral("register")));
    CHECK(MediationForms::fill(f.db(), f.mediator, QStringLiteral("  "), QStringLiteral("cover")).code()
          == ErrorCode::InvalidInput);
}

TEST_CASE("forms: a role without mediation.read gets no form and learns nothing", "[forms]")
{
    test::MediationFixture f;
    const QString caseNo = DisputeRepository::get(f.db(), f.mediatingCase(day(3, 2), day(3, 2), day(3, 3)))->caseNo;
    for (const QString &role : {QStringLiteral("auditor"), QStringLiteral("correction"), QStringLiteral("admin")}) {
        INFO(role.toStdString());
        const Session session = f.office.signIn(role);
        for (const QString &no : {caseNo, s("（2026）石人调字第999号")}) {
            Result<QList<FormData>> refused = MediationForms::fill(f.db(), session, no, QStringLiteral("cover"));
            REQUIRE_FALSE(refused);
            CHECK(refused.code() == ErrorCode::PermissionDenied);  // the same answer whether the case exists
        }
        Result<FormData> book = MediationForms::registerData(f.db(), session, day(1, 1), day(12, 31));
        REQUIRE_FALSE(book);
        CHECK(book.code() == ErrorCode::PermissionDenied);
    }
    // Those who open cases print them.
    for (const QString &role : {QStringLiteral("clerk"), QStringLiteral("head")}) {
        const Session session = f.office.signIn(role);
        CHECK(MediationForms::fill(f.db(), session, caseNo, QStringLiteral("cover")));
    }
}

TEST_CASE("forms: the register lists the cases registered in the period, in order", "[forms]")
{
    test::MediationFixture f;
    Database &db = f.db();
    f.registerSample(day(3, 31));
    const QString late = f.mediatingCase(day(4, 20), day(4, 21), day(4, 22));
    const QString early = f.mediatingCase(day(4, 1), day(5, 6), day(5, 7));  // accepted after the period
    const QString declined = f.registerSample(day(4, 10));
    REQUIRE(DisputeService::notAccept(db, f.mediator, declined, day(4, 11), s("不属于人民调解范围")).ok());
    f.registerSample(day(5, 1));

    Result<FormData> book = MediationForms::registerData(db, f.mediator, day(4, 1), day(4, 30));
    REQUIRE(book);
    CHECK(book->value(QStringLiteral("period.from")) == QStringLiteral("2026-04-01"));
    CHECK(book->value(QStringLiteral("period.to")) == QStringLiteral("2026-04-30"));
    CHECK(book->value(QStringLiteral("office.name")) == s("石浦镇司法所"));
    const QList<FormData::Item> cases = book->list(QStringLiteral("cases"));
    REQUIRE(cases.size() == 3);
    CHECK(cases[0].value(QStringLiteral("registered")) == QStringLiteral("2026-04-01"));
    CHECK(cases[0].value(QStringLiteral("no")) == DisputeRepository::get(db, early)->caseNo);
    CHECK(cases[0].value(QStringLiteral("parties")) == s("张三、李四"));
    CHECK(cases[0].value(QStringLiteral("summary")) == s("两家因宅基地边界的围墙发生争执"));
    CHECK(cases[0].value(QStringLiteral("type")) == QStringLiteral("01"));
    CHECK(cases[0].value(QStringLiteral("source")) == MediationCodes::sourceLabel(QStringLiteral("application")));
    CHECK(cases[0].value(QStringLiteral("mediators")) == s("王调解"));
    CHECK(cases[1].value(QStringLiteral("registered")) == QStringLiteral("2026-04-10"));
    CHECK_FALSE(cases[1].contains(QStringLiteral("no")));
    CHECK(cases[1].value(QStringLiteral("result")) == MediationCodes::statusLabel(DisputeStatus::NotAccepted));
    CHECK(cases[1].value(QStringLiteral("note")) == s("不属于人民调解范围"));
    CHECK(cases[1].value(QStringLiteral("closed")) == QStringLiteral("2026-04-11"));
    CHECK(cases[2].value(QStringLiteral("no")) == DisputeRepository::get(db, late)->caseNo);

    CHECK(MediationForms::registerData(db, f.mediator, day(6, 1), day(6, 30))->list(QStringLiteral("cases")).isEmpty());
    CHECK(MediationForms::registerData(db, f.mediator, day(5, 1), day(4, 1)).code() == ErrorCode::InvalidInput);
}

TEST_CASE("forms: every template parses, is named after its file and reads only values the forms fill", "[forms]")
{
    // The templates as shipped (compiled into :/forms from resources/forms).
    const QStringList files = QDir(QStringLiteral(":/forms")).entryList({QStringLiteral("*.json")}, QDir::Files);
    const QMap<QString, QString> expected{
        {QStringLiteral("cover"), s("卷宗封面")},
        {QStringLiteral("contents"), s("卷内目录")},
        {QStringLiteral("application"), s("人民调解申请书")},
        {QStringLiteral("registration"), s("人民调解受理登记表")},
        {QStringLiteral("rights-notice"), s("当事人权利义务告知书")},
        {QStringLiteral("investigation"), s("人民调解调查记录")},
        {QStringLiteral("session"), s("人民调解记录")},
        {QStringLiteral("agreement"), s("人民调解协议书")},
        {QStringLiteral("oral-agreement"), s("人民调解口头协议登记表")},
        {QStringLiteral("visit"), s("人民调解回访记录")},
        {QStringLiteral("closing-report"), s("人民调解结案报告表")},
        {QStringLiteral("termination-notice"), s("终止调解通知书")},
        {QStringLiteral("back-cover"), s("封底")},
        {QStringLiteral("register"), s("人民调解案件登记簿")},
    };
    QMap<QString, FormTemplate> templates;
    for (const QString &file : files) {
        INFO(file.toStdString());
        QFile in(QStringLiteral(":/forms/") + file);
        REQUIRE(in.open(QIODevice::ReadOnly));
        FormTemplate t;
        QString error;
        const bool parsed = FormTemplate::parse(in.readAll(), &t, &error);
        INFO(error.toStdString());
        REQUIRE(parsed);
        CHECK(t.id + QStringLiteral(".json") == file);
        CHECK_FALSE(templates.contains(t.id));
        if (t.module != QLatin1String("mediation")) {
            // The other modules' forms parse too.
            CHECK((t.module == QLatin1String("correction") || t.module == QLatin1String("placement")
                   || t.module == QLatin1String("statistics")));
            continue;
        }
        CHECK(t.title == expected.value(t.id));
        templates.insert(t.id, t);
    }
    CHECK(templates.keys() == expected.keys());
    CHECK(templates.value(QStringLiteral("rights-notice")).layout == QStringLiteral("document"));
    CHECK(templates.value(QStringLiteral("termination-notice")).layout == QStringLiteral("document"));
    CHECK(templates.value(QStringLiteral("register")).layout == QStringLiteral("ledger"));
    for (const QString &id : MediationForms::caseForms())
        CHECK(templates.contains(id));

    // What the filled forms of two cases (one agreed, one terminated) and the register hold.
    test::MediationFixture f;
    AgreedCase agreed(f);
    const QString terminated = terminatedCase(f);
    QList<FormData> all;
    for (const QString &caseNo : {agreed.caseNo, terminated}) {
        for (const QString &id : MediationForms::caseForms())
            all += filled(f, caseNo, id);
    }
    Result<FormData> book = MediationForms::registerData(f.db(), f.mediator, day(1, 1), day(12, 31));
    REQUIRE(book);
    all << *book;
    QSet<QString> values;
    QHash<QString, QSet<QString>> items;  // list → item keys
    for (const FormData &d : all) {
        for (auto it = d.values().cbegin(); it != d.values().cend(); ++it)
            values.insert(it.key());
        for (const QString &list : {QStringLiteral("applicants"), QStringLiteral("respondents"), QStringLiteral("thirds"),
                                    QStringLiteral("parties"), QStringLiteral("clauses"), QStringLiteral("sessions"),
                                    QStringLiteral("investigations"), QStringLiteral("visits"), QStringLiteral("cases")}) {
            for (const FormData::Item &item : d.list(list)) {
                for (auto it = item.cbegin(); it != item.cend(); ++it)
                    items[list].insert(it.key());
            }
        }
    }
    // Kept for handwriting (the database does not hold them), and the directory CaseFile fills.
    const QSet<QString> handwritten{QStringLiteral("#"), QStringLiteral("file.pieces"), QStringLiteral("file.pages"),
                                    QStringLiteral("file.checker"), QStringLiteral("file.checked")};
    items[QStringLiteral("documents")] = {QStringLiteral("title"), QStringLiteral("pages"), QStringLiteral("note")};
    for (const FormTemplate &t : std::as_const(templates)) {
        QList<Placeholder> used;
        placeholders(t.blocks, QString(), QString(), &used);
        CHECK_FALSE(used.isEmpty());
        for (const Placeholder &p : std::as_const(used)) {
            INFO(t.id.toStdString() << ": {" << p.key.toStdString() << "}");
            if (handwritten.contains(p.key))
                continue;
            if (!p.as.isEmpty() && p.key.startsWith(p.as + QLatin1Char('.'))) {
                // No case here has a third party: the parties' keys are the same in every list.
                const QSet<QString> known =
                    items.value(p.list) + (p.as == QLatin1String("party") ? items.value(QStringLiteral("parties")) : QSet<QString>());
                CHECK(known.contains(p.key.mid(p.as.size() + 1)));
            } else {
                CHECK(values.contains(p.key));
            }
        }
    }
}

TEST_CASE("forms: every form lays out filled and blank, the short ones on one page", "[forms]")
{
    test::MediationFixture f;
    AgreedCase agreed(f);
    const QString terminated = terminatedCase(f);
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    const QStringList onePage{QStringLiteral("cover"), QStringLiteral("contents"), QStringLiteral("registration"),
                              QStringLiteral("closing-report"), QStringLiteral("termination-notice"),
                              QStringLiteral("back-cover"), QStringLiteral("visit"), QStringLiteral("oral-agreement")};
    for (const QString &id : MediationForms::caseForms()) {
        INFO(id.toStdString());
        const FormTemplate *t = FormTemplates::find(id);
        REQUIRE(t);
        FormOptions blank;
        blank.blank = true;
        const LaidOutForm empty = FormLayout::layout(*t, {MediationForms::officeValues(f.db())}, blank, &writer);
        CHECK(empty.pages.size() <= (onePage.contains(id) ? 1 : 2));
        for (const QString &caseNo : {agreed.caseNo, terminated}) {
            const QList<FormData> copies = filled(f, caseNo, id);
            if (copies.isEmpty())
                continue;
            const LaidOutForm laid = FormLayout::layout(*t, copies, FormOptions(), &writer);
            CHECK(laid.pages.size() >= copies.size());
            CHECK(laid.pages.size() <= 2 * copies.size());
            if (onePage.contains(id)) {
                QStringList pages;
                for (const FormPage &page : laid.pages)
                    pages << page.text();
                INFO(pages.join(QStringLiteral("\n----\n")).toStdString());
                CHECK(laid.pages.size() == copies.size());
            }
            QString text;
            for (const FormPage &page : laid.pages)
                text += page.text().remove(QLatin1Char('\n'));  // a number may wrap in its cell
            // The case shows on its forms (its number, or its parties for the notice).
            CHECK((text.contains(caseNo) || text.contains(s("张三"))));
        }
    }
    // The register on landscape pages.
    Result<FormData> book = MediationForms::registerData(f.db(), f.mediator, day(1, 1), day(12, 31));
    REQUIRE(book);
    const LaidOutForm reg = FormLayout::layout(*FormTemplates::find(QStringLiteral("register")), {*book}, FormOptions(), &writer);
    REQUIRE(reg.pages.size() == 1);
    CHECK(reg.pages[0].orientation == QPageLayout::Landscape);
    CHECK(reg.pages[0].text().contains(agreed.caseNo.left(6)));
}
