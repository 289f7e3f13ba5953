#include "CatchCompat.h"
#include "MediationFixture.h"

#include "domain/Numbering.h"
#include "mediation/DisputeRepository.h"
#include "mediation/DisputeWorkflow.h"
#include "mediation/MediationCodes.h"
#include "security/AuditLog.h"
#include "storage/Query.h"
#include "util/Time.h"

#include <QSet>

using namespace sifa;
using A = DisputeWorkflow::Action;

namespace {

QDate day(int y, int m, int d)
{
    return QDate(y, m, d);
}

Dispute load(test::MediationFixture &f, const QString &uuid)
{
    Result<Dispute> d = DisputeRepository::get(f.db(), uuid);
    REQUIRE(d);
    return *d;
}

// The lifecycle of domain README §2.2, written out state by state: what may be done where.
const QMap<QString, QSet<A>> &expectedAllowed()
{
    static const QSet<A> afterAgreement{A::EditRegistration, A::AddReturnVisit, A::ApplyJudicialConfirmation,
                                        A::RecordCourtResult, A::CloseResponsibility};
    static const QMap<QString, QSet<A>> table{
        {DisputeStatus::Registered, {A::EditRegistration, A::Accept, A::NotAccept, A::AssignResponsibility}},
        {DisputeStatus::NotAccepted, {A::EditRegistration, A::Archive, A::Reopen, A::CloseResponsibility}},
        {DisputeStatus::Accepted,
         {A::EditRegistration, A::AddInvestigation, A::AddSession, A::Terminate, A::Extend, A::AssignResponsibility,
          A::CloseResponsibility}},
        {DisputeStatus::Investigating,
         {A::EditRegistration, A::AddInvestigation, A::AddSession, A::Terminate, A::Extend, A::AssignResponsibility,
          A::CloseResponsibility}},
        {DisputeStatus::Mediating,
         {A::EditRegistration, A::AddInvestigation, A::AddSession, A::RecordAgreement, A::Terminate, A::Extend,
          A::AssignResponsibility, A::CloseResponsibility}},
        {DisputeStatus::Agreed, afterAgreement + QSet<A>{A::RecordPerformance, A::AssignResponsibility}},
        {DisputeStatus::Performing, afterAgreement + QSet<A>{A::RecordPerformance, A::AssignResponsibility}},
        {DisputeStatus::Performed, afterAgreement + QSet<A>{A::Archive, A::Reopen}},
        {DisputeStatus::NotPerformed, afterAgreement + QSet<A>{A::Archive, A::Reopen}},
        {DisputeStatus::Terminated, {A::EditRegistration, A::Archive, A::Reopen, A::CloseResponsibility}},
        {DisputeStatus::Archived, {A::Reopen, A::AddReturnVisit, A::ApplyJudicialConfirmation, A::RecordCourtResult,
                                   A::CloseResponsibility}},
    };
    return table;
}

const QList<A> &allActions()
{
    static const QList<A> list{A::EditRegistration, A::Accept, A::NotAccept, A::AddInvestigation, A::AddSession,
                               A::RecordAgreement, A::Terminate, A::RecordPerformance, A::Archive, A::Reopen, A::Extend,
                               A::AddReturnVisit, A::ApplyJudicialConfirmation, A::RecordCourtResult,
                               A::AssignResponsibility, A::CloseResponsibility};
    return list;
}

}  // namespace

TEST_CASE("every action is allowed exactly where the lifecycle allows it", "[mediation][workflow]")
{
    const auto &table = expectedAllowed();
    REQUIRE(table.size() == MediationCodes::statuses().size());
    for (const auto &[status, label] : MediationCodes::statuses()) {
        REQUIRE(table.contains(status));
        for (A action : allActions()) {
            INFO("status " << status.toStdString() << " action " << DisputeWorkflow::actionLabel(action).toStdString());
            const Status s = DisputeWorkflow::check(status, action);
            CHECK(s.ok() == table[status].contains(action));
            if (!s.ok()) {
                CHECK(s.error().code == ErrorCode::Conflict);
                CHECK(s.error().message.contains(label));  // the refusal names the state the case is in
            }
        }
        const QList<A> available = DisputeWorkflow::available(status);
        CHECK(QSet<A>(available.cbegin(), available.cend()) == table[status]);
    }
}

TEST_CASE("the status after each moving action", "[mediation][workflow]")
{
    namespace S = DisputeStatus;
    CHECK(DisputeWorkflow::after(S::Registered, A::Accept) == S::Accepted);
    CHECK(DisputeWorkflow::after(S::Registered, A::NotAccept) == S::NotAccepted);
    CHECK(DisputeWorkflow::after(S::Accepted, A::AddInvestigation) == S::Investigating);
    CHECK(DisputeWorkflow::after(S::Mediating, A::AddInvestigation) == S::Mediating);  // no step back
    CHECK(DisputeWorkflow::after(S::Accepted, A::AddSession) == S::Mediating);
    CHECK(DisputeWorkflow::after(S::Investigating, A::AddSession) == S::Mediating);
    CHECK(DisputeWorkflow::after(S::Mediating, A::RecordAgreement) == S::Agreed);
    CHECK(DisputeWorkflow::after(S::Mediating, A::Terminate) == S::Terminated);
    CHECK(DisputeWorkflow::after(S::Performed, A::Archive) == S::Archived);
    CHECK(DisputeWorkflow::after(S::Mediating, A::Extend) == S::Mediating);
}

TEST_CASE("a case runs from registration through agreement and performance to the archive", "[mediation][workflow]")
{
    test::MediationFixture f;
    Database &db = f.db();
    const QString uuid = f.registerSample(day(2026, 3, 2));
    Dispute d = load(f, uuid);
    CHECK(d.status == DisputeStatus::Registered);
    CHECK(d.caseNo.isEmpty());
    CHECK(d.parties.size() == 2);
    CHECK_FALSE(d.parties[0].personUuid.isEmpty());  // entered into the people index
    CHECK(d.displayTitle() == QStringLiteral("张三与李四"));

    // An agreement before any session is refused with the reason.
    Status early = DisputeService::recordAgreement(db, f.mediator, f.agreement(uuid, day(2026, 3, 3)), false).status();
    CHECK(early.error().code == ErrorCode::Conflict);

    REQUIRE(DisputeService::accept(db, f.mediator, uuid, day(2026, 3, 3)).ok());
    d = load(f, uuid);
    CHECK(d.status == DisputeStatus::Accepted);
    CHECK(d.caseNo.contains(QStringLiteral("2026")));
    CHECK(d.caseNo.endsWith(QStringLiteral("第1号")));
    CHECK(DisputeService::timeLimit(d) == day(2026, 4, 3));

    DisputeRecord inv = f.session(uuid, day(2026, 3, 4));
    inv.kind = QStringLiteral("investigation");
    REQUIRE(DisputeService::addRecord(db, f.mediator, inv));
    CHECK(load(f, uuid).status == DisputeStatus::Investigating);
    REQUIRE(DisputeService::addRecord(db, f.mediator, f.session(uuid, day(2026, 3, 6))));
    CHECK(load(f, uuid).status == DisputeStatus::Mediating);

    Result<QString> ag = DisputeService::recordAgreement(db, f.mediator, f.agreement(uuid, day(2026, 3, 6)), false);
    REQUIRE(ag);
    d = load(f, uuid);
    CHECK(d.status == DisputeStatus::Agreed);
    CHECK(d.result == QStringLiteral("written"));
    CHECK(DisputeService::timeLimit(d).isNull());
    Result<DisputeFile> file = DisputeService::open(db, f.mediator, uuid);
    REQUIRE(file);
    REQUIRE(file->agreement.has_value());
    CHECK(file->agreement->agreementNo.contains(QStringLiteral("协")));
    CHECK(file->agreement->amountFen == 50000);  // the terms' total
    CHECK(file->agreement->clauses.size() == 2);
    CHECK(file->agreement->effectiveDate == day(2026, 3, 6));
    CHECK(file->records.size() == 2);

    REQUIRE(DisputeService::recordPerformance(db, f.mediator, uuid, QStringLiteral("partial"), day(2026, 3, 10)).ok());
    CHECK(load(f, uuid).status == DisputeStatus::Performing);
    ReturnVisit v;
    v.disputeUuid = uuid;
    v.visitDate = day(2026, 3, 20);
    v.visitor = QStringLiteral("王调解");
    v.performance = QStringLiteral("done");
    v.satisfaction = QStringLiteral("satisfied");
    v.situation = QStringLiteral("围墙已拆除，款项已付清。");
    REQUIRE(DisputeService::addReturnVisit(db, f.mediator, v));
    REQUIRE(DisputeService::recordPerformance(db, f.mediator, uuid, QStringLiteral("done"), day(2026, 3, 16)).ok());
    d = load(f, uuid);
    CHECK(d.status == DisputeStatus::Performed);
    CHECK(d.closedDate == day(2026, 3, 16));

    // Archiving before the case closed is refused; on or after it, it is filed.
    CHECK_FALSE(DisputeService::archive(db, f.mediator, uuid, day(2026, 3, 15), QStringLiteral("王调解"), QStringLiteral("长期")).ok());
    REQUIRE(DisputeService::archive(db, f.mediator, uuid, day(2026, 3, 25), QStringLiteral("王调解"), QStringLiteral("长期")).ok());
    d = load(f, uuid);
    CHECK(d.status == DisputeStatus::Archived);
    CHECK(d.filedBy == QStringLiteral("王调解"));

    // An archived case is read-only until it is reopened.
    Dispute edited = d;
    edited.summary = QStringLiteral("改动");
    CHECK(DisputeService::updateRegistration(db, f.mediator, edited).error().code == ErrorCode::Conflict);
}

TEST_CASE("declining, terminating and the reasons they need", "[mediation][workflow]")
{
    test::MediationFixture f;
    Database &db = f.db();
    const QString declined = f.registerSample(day(2026, 4, 1));
    CHECK(DisputeService::notAccept(db, f.mediator, declined, day(2026, 4, 2), QString()).error().code
          == ErrorCode::InvalidInput);
    REQUIRE(DisputeService::notAccept(db, f.mediator, declined, day(2026, 4, 2), QStringLiteral("一方明确拒绝调解")).ok());
    Dispute d = load(f, declined);
    CHECK(d.status == DisputeStatus::NotAccepted);
    CHECK(d.caseNo.isEmpty());
    CHECK(d.closedDate == day(2026, 4, 2));

    const QString ended = f.mediatingCase(day(2026, 4, 1), day(2026, 4, 1), day(2026, 4, 3));
    CHECK_FALSE(DisputeService::terminate(db, f.mediator, ended, day(2026, 3, 31), QStringLiteral("x"), true).ok());
    REQUIRE(DisputeService::terminate(db, f.mediator, ended, day(2026, 4, 8), QStringLiteral("双方分歧过大"), true).ok());
    d = load(f, ended);
    CHECK(d.status == DisputeStatus::Terminated);
    CHECK(d.result == QStringLiteral("terminated"));
    CHECK(d.routesExplained);
    // A terminated case takes no agreement.
    CHECK(DisputeService::recordAgreement(db, f.mediator, f.agreement(ended, day(2026, 4, 9)), false).error().code
          == ErrorCode::Conflict);
}

TEST_CASE("reopening is explicit and audited", "[mediation][workflow]")
{
    test::MediationFixture f;
    Database &db = f.db();
    const QString uuid = f.mediatingCase(day(2026, 5, 4), day(2026, 5, 4), day(2026, 5, 6));
    REQUIRE(DisputeService::terminate(db, f.mediator, uuid, day(2026, 5, 8), QStringLiteral("申请人撤回"), true).ok());
    REQUIRE(DisputeService::archive(db, f.mediator, uuid, day(2026, 5, 9), QStringLiteral("王调解"), QString()).ok());
    CHECK(DisputeService::reopen(db, f.mediator, uuid, QStringLiteral("  ")).error().code == ErrorCode::InvalidInput);
    REQUIRE(DisputeService::reopen(db, f.mediator, uuid, QStringLiteral("申请人重新申请调解")).ok());
    const Dispute d = load(f, uuid);
    CHECK(d.status == DisputeStatus::Mediating);
    CHECK(d.result.isEmpty());
    CHECK_FALSE(d.closedDate.isValid());
    CHECK_FALSE(d.archivedDate.isValid());
    CHECK_FALSE(d.caseNo.isEmpty());  // the number stays with the case
    Result<QVariant> audited = Query::scalar(db, QStringLiteral("SELECT detail FROM audit_log WHERE action = 'dispute.reopen' AND record = :u"),
                                             {{QStringLiteral(":u"), uuid}}, QString());
    REQUIRE(audited);
    CHECK(audited->toString() == QStringLiteral("申请人重新申请调解"));

    // A declined case that is reopened goes back to registration.
    const QString declined = f.registerSample(day(2026, 5, 4));
    REQUIRE(DisputeService::notAccept(db, f.mediator, declined, day(2026, 5, 5), QStringLiteral("不属于调解范围")).ok());
    REQUIRE(DisputeService::reopen(db, f.mediator, declined, QStringLiteral("补充材料后重新审查")).ok());
    CHECK(load(f, declined).status == DisputeStatus::Registered);
    CHECK(load(f, declined).notAcceptedReason.isEmpty());
}

TEST_CASE("the time limit is one month from acceptance unless both parties extend it", "[mediation][deadlines]")
{
    test::MediationFixture f;
    Database &db = f.db();
    const QString uuid = f.mediatingCase(day(2026, 1, 30), day(2026, 1, 31), day(2026, 2, 2));
    CHECK(DisputeService::timeLimit(load(f, uuid)) == day(2026, 2, 28));  // end of the shorter month
    CHECK(DisputeService::extend(db, f.mediator, uuid, day(2026, 3, 20), QString()).error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(DisputeService::extend(db, f.mediator, uuid, day(2026, 2, 20), QStringLiteral("双方同意")).ok());
    REQUIRE(DisputeService::extend(db, f.mediator, uuid, day(2026, 3, 20), QStringLiteral("双方同意延长至3月20日")).ok());
    CHECK(DisputeService::timeLimit(load(f, uuid)) == day(2026, 3, 20));
}

TEST_CASE("judicial confirmation within 30 days of the agreement and the court's result", "[mediation][deadlines]")
{
    test::MediationFixture f;
    Database &db = f.db();
    const QString uuid = f.mediatingCase(day(2026, 6, 1), day(2026, 6, 1), day(2026, 6, 3));
    Agreement a = f.agreement(uuid, day(2026, 6, 5));
    a.effectiveDate = day(2026, 6, 8);  // the committee's seal came later
    REQUIRE(DisputeService::recordAgreement(db, f.mediator, a, false));
    CHECK(DisputeService::recordCourtResult(db, f.mediator, uuid, QStringLiteral("confirmed"), QString(), day(2026, 7, 1))
              .error()
              .code
          == ErrorCode::Conflict);
    const Status late = DisputeService::applyJudicialConfirmation(db, f.mediator, uuid, day(2026, 7, 9), QStringLiteral("象山县人民法院"));
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().message.contains(QStringLiteral("2026-07-08")));
    REQUIRE(DisputeService::applyJudicialConfirmation(db, f.mediator, uuid, day(2026, 7, 8), QStringLiteral("象山县人民法院")).ok());
    REQUIRE(DisputeService::recordCourtResult(db, f.mediator, uuid, QStringLiteral("confirmed"), QStringLiteral("（2026）浙0225民特12号"),
                                              day(2026, 7, 15))
                .ok());
    Result<DisputeFile> file = DisputeService::open(db, f.mediator, uuid);
    REQUIRE(file);
    CHECK(file->agreement->jcResult == QStringLiteral("confirmed"));
    CHECK(file->agreement->jcRulingNo == QStringLiteral("（2026）浙0225民特12号"));
}

TEST_CASE("an oral agreement performed at once closes the case the same day", "[mediation][workflow]")
{
    test::MediationFixture f;
    Database &db = f.db();
    const QString uuid = f.mediatingCase(day(2026, 6, 1), day(2026, 6, 1), day(2026, 6, 2));
    Agreement a = f.agreement(uuid, day(2026, 6, 2));
    a.form = QStringLiteral("oral");
    a.facts.clear();
    REQUIRE(DisputeService::recordAgreement(db, f.mediator, a, true));
    const Dispute d = load(f, uuid);
    CHECK(d.status == DisputeStatus::Performed);
    CHECK(d.result == QStringLiteral("oral"));
    CHECK(d.closedDate == day(2026, 6, 2));
    Result<DisputeFile> file = DisputeService::open(db, f.mediator, uuid);
    CHECK(file->agreement->agreementNo.isEmpty());  // oral agreements get no number
    CHECK(file->agreement->performanceStatus == QStringLiteral("done"));
    // Judicial confirmation needs a written agreement.
    CHECK_FALSE(DisputeService::applyJudicialConfirmation(db, f.mediator, uuid, day(2026, 6, 3), QStringLiteral("法院")).ok());
}

TEST_CASE("registration is validated and a referral names its body", "[mediation]")
{
    test::MediationFixture f;
    Dispute d = f.sample(day(2026, 3, 1));
    d.source = QStringLiteral("referral");
    QList<Error> errors = DisputeService::validate(f.db(), d, day(2026, 11, 22));
    REQUIRE_FALSE(errors.isEmpty());
    CHECK(errors.first().field == QStringLiteral("referral_kind"));
    d.referralKind = QStringLiteral("police");
    d.referralBody = QStringLiteral("石浦派出所");
    CHECK(DisputeService::validate(f.db(), d, day(2026, 11, 22)).isEmpty());
    d.registeredDate = day(2026, 11, 23);
    CHECK(DisputeService::validate(f.db(), d, day(2026, 11, 22)).first().field == QStringLiteral("registered_date"));
    d = f.sample(day(2026, 3, 1));
    d.parties.clear();
    CHECK(DisputeService::validate(f.db(), d, day(2026, 11, 22)).first().field == QStringLiteral("parties"));
    d = f.sample(day(2026, 3, 1));
    d.isGroup = true;
    CHECK(DisputeService::validate(f.db(), d, day(2026, 11, 22)).first().field == QStringLiteral("group_headcount"));
    d = f.sample(day(2026, 3, 1));
    d.preventCriminalCases = 1;
    CHECK(DisputeService::validate(f.db(), d, day(2026, 11, 22)).first().field == QStringLiteral("prevention"));
    d.preventCriminalPersons = 3;
    CHECK(DisputeService::validate(f.db(), d, day(2026, 11, 22)).isEmpty());
}

TEST_CASE("a party with a known ID number is linked to the existing person", "[mediation]")
{
    test::MediationFixture f;
    const QString first = f.registerSample(day(2026, 3, 1));
    const QString second = f.registerSample(day(2026, 3, 2));
    const Dispute a = load(f, first);
    const Dispute b = load(f, second);
    CHECK(a.parties[0].personUuid == b.parties[0].personUuid);
    Result<QVariant> people = Query::scalar(f.db(), QStringLiteral("SELECT count(*) FROM person WHERE deleted = 0"), {}, QString());
    CHECK(people->toInt() == 2);
}

TEST_CASE("readers cannot change cases and the refusal is audited", "[mediation][permissions]")
{
    test::MediationFixture f;
    const QString uuid = f.registerSample(day(2026, 3, 2));
    const Session auditor = f.office.signIn(QStringLiteral("auditor"));
    const Status s = DisputeService::accept(f.db(), auditor, uuid, day(2026, 3, 3));
    CHECK(s.error().code == ErrorCode::PermissionDenied);
    const Session correction = f.office.signIn(QStringLiteral("correction"));
    CHECK(DisputeService::open(f.db(), correction, uuid).error().code == ErrorCode::PermissionDenied);
}

TEST_CASE("case numbers skip a number an imported ledger already holds", "[mediation]")
{
    test::MediationFixture f;
    Dispute imported = f.sample(day(2026, 2, 2));
    Result<AllocatedNumber> next = Numbering::peek(f.db(), QStringLiteral("mediation.case"), 2026);
    REQUIRE(next);
    imported.caseNo = next->text;
    REQUIRE(DisputeService::registerDispute(f.db(), f.mediator, imported));
    const QString uuid = f.registerSample(day(2026, 3, 2));
    REQUIRE(DisputeService::accept(f.db(), f.mediator, uuid, day(2026, 3, 2)).ok());
    const Dispute d = load(f, uuid);
    CHECK(d.caseNo != next->text);
    CHECK(d.caseNo.endsWith(QStringLiteral("第2号")));
}
