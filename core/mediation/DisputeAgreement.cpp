// 调解协议, its performance, 司法确认 and 回访.
#include "mediation/DisputeService.h"

#include "domain/Numbering.h"
#include "mediation/DisputeWrite.h"
#include "mediation/MediationCodes.h"
#include "mediation/MediationEntities.h"
#include "rules/Rules.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "sync/ChangeLog.h"
#include "util/Time.h"

#include <QSet>

namespace sifa {

using namespace mediation_detail;
using A = DisputeWorkflow::Action;

namespace {


Status invalid(const QString &message)
{
    return Status::failure(ErrorCode::InvalidInput, message);
}

Status validateAgreement(const Agreement &a, const Dispute &d)
{
    if (!MediationCodes::contains(MediationCodes::agreementForms(), a.form))
        return invalid(DisputeService::tr("An agreement is written or oral."));
    if (Status s = checkDate(a.agreedDate, DisputeService::tr("agreement date"), d.acceptedDate, DisputeService::tr("acceptance date")); !s.ok())
        return s;
    if (a.effectiveDate.isValid() && a.effectiveDate < a.agreedDate)
        return invalid(DisputeService::tr("An agreement cannot take effect before it was reached."));
    if (a.form == QLatin1String("written") && a.facts.trimmed().isEmpty())
        return invalid(DisputeService::tr("A written agreement states the main facts, the matters in dispute and each side's liability."));
    int live = 0;
    for (const AgreementClause &c : a.clauses) {
        if (c.deleted)
            continue;
        ++live;
        if (c.text.trimmed().isEmpty())
            return invalid(DisputeService::tr("Every term of the agreement needs its text."));
        if (c.amountFen < 0)
            return invalid(DisputeService::tr("The amount of a term cannot be negative."));
        if (c.dueDate.isValid() && c.dueDate < a.agreedDate)
            return invalid(DisputeService::tr("A term cannot fall due before the agreement was reached."));
    }
    if (live == 0)
        return invalid(DisputeService::tr("Write down at least one term the parties agreed on."));
    if (a.performanceDeadline.isValid() && a.performanceDeadline < a.agreedDate)
        return invalid(DisputeService::tr("The performance deadline lies before the agreement date."));
    if (a.copies < 0 || a.amountFen < 0)
        return invalid(DisputeService::tr("Numbers of copies and amounts cannot be negative."));
    return {};
}

QVariantMap agreementFields(const Agreement &a)
{
    return {{QStringLiteral("form"), a.form},
            {QStringLiteral("agreed_date"), toStoredDate(a.agreedDate)},
            {QStringLiteral("effective_date"), toStoredDate(a.effectiveDate)},
            {QStringLiteral("facts"), a.facts.trimmed()},
            {QStringLiteral("performance_method"), a.performanceMethod.trimmed()},
            {QStringLiteral("performance_deadline"), toStoredDate(a.performanceDeadline)},
            {QStringLiteral("copies"), a.copies},
            {QStringLiteral("amount"), a.amountFen}};
}

// The total of the terms when no total was given.
Agreement withDefaults(Agreement a)
{
    if (!a.effectiveDate.isValid())
        a.effectiveDate = a.agreedDate;  // signed (or agreed orally) and in force the same day
    if (a.amountFen == 0) {
        for (const AgreementClause &c : a.clauses)
            a.amountFen += c.deleted ? 0 : c.amountFen;
    }
    if (a.form == QLatin1String("written") && a.copies == 0)
        a.copies = 3;  // one for each party and one for the committee's file
    return a;
}

Status saveClauses(Database &db, const Access &access, const Agreement &a, const QList<AgreementClause> &before)
{
    QSet<QString> kept;
    int seq = 0;
    for (AgreementClause c : a.clauses) {
        if (c.deleted)
            continue;
        if (c.uuid.isEmpty())
            c.uuid = newUuid();
        kept.insert(c.uuid);
        const QVariantMap fields{{QStringLiteral("office_code"), officeCode(db)},
                                 {QStringLiteral("agreement_uuid"), a.uuid},
                                 {QStringLiteral("seq"), ++seq},
                                 {QStringLiteral("text"), c.text.trimmed()},
                                 {QStringLiteral("amount"), c.amountFen},
                                 {QStringLiteral("due_date"), toStoredDate(c.dueDate)}};
        if (Status s = save(db, access, MediationEntities::clause(), c.uuid, fields); !s.ok())
            return s;
    }
    for (const AgreementClause &old : before) {
        if (!kept.contains(old.uuid)) {
            Result<QString> op = ChangeLog::remove(db, access.actor(), MediationEntities::clause(), old.uuid,
                                                   DisputeService::tr("removed from the agreement"));
            if (!op)
                return op.status();
        }
    }
    return {};
}

Result<Agreement> currentAgreement(const Database &db, const QString &disputeUuid)
{
    Result<std::optional<Agreement>> a = DisputeRepository::agreement(db, disputeUuid);
    if (!a)
        return a.error();
    if (!a->has_value())
        return Result<Agreement>::failure(ErrorCode::Conflict, DisputeService::tr("This case has no agreement."));
    return a->value();
}

}  // namespace

Result<QString> DisputeService::recordAgreement(Database &db, const Access &access, const Agreement &agreement,
                                                bool performedAtOnce)
{
    Result<Dispute> d = loadForAction(db, access, agreement.disputeUuid, A::RecordAgreement);
    if (!d)
        return d.error();
    Agreement a = withDefaults(agreement);
    if (Status s = validateAgreement(a, *d); !s.ok())
        return s.error();
    Transaction tx(db);
    if (!tx.ok())
        return tx.status().error();
    a.uuid = newUuid();
    if (a.form == QLatin1String("written") && a.agreementNo.trimmed().isEmpty()) {
        Result<AllocatedNumber> no = Numbering::allocate(db, QStringLiteral("mediation.agreement"), a.agreedDate.year());
        if (!no)
            return no.error();
        a.agreementNo = no->text;
    }
    QVariantMap fields = agreementFields(a);
    fields.insert(QStringLiteral("office_code"), officeCode(db));
    fields.insert(QStringLiteral("dispute_uuid"), a.disputeUuid);
    fields.insert(QStringLiteral("agreement_no"), a.agreementNo.trimmed());
    fields.insert(QStringLiteral("performance_status"), performedAtOnce ? QStringLiteral("done") : QStringLiteral("pending"));
    if (performedAtOnce)
        fields.insert(QStringLiteral("performance_date"), toStoredDate(a.agreedDate));
    if (Status s = save(db, access, MediationEntities::agreement(), a.uuid, fields); !s.ok())
        return s.error();
    if (Status s = saveClauses(db, access, a, {}); !s.ok())
        return s.error();
    QVariantMap caseFields{{QStringLiteral("status"), performedAtOnce ? DisputeStatus::Performed : DisputeStatus::Agreed},
                           {QStringLiteral("result"), a.form},
                           {QStringLiteral("result_date"), toStoredDate(a.agreedDate)}};
    if (performedAtOnce)
        caseFields.insert(QStringLiteral("closed_date"), toStoredDate(a.agreedDate));
    if (Status s = save(db, access, MediationEntities::dispute(), a.disputeUuid, caseFields); !s.ok())
        return s.error();
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    return a.uuid;
}

Status DisputeService::updateAgreement(Database &db, const Access &access, const Agreement &agreement)
{
    Result<Dispute> d = loadForAction(db, access, agreement.disputeUuid, A::EditRegistration);
    if (!d)
        return d.status();
    Result<Agreement> current = currentAgreement(db, agreement.disputeUuid);
    if (!current)
        return current.status();
    if (current->uuid != agreement.uuid)
        return Status::failure(ErrorCode::Conflict, DisputeService::tr("This agreement was replaced by a later one."));
    Agreement a = withDefaults(agreement);
    if (Status s = validateAgreement(a, *d); !s.ok())
        return s;
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    QVariantMap fields = agreementFields(a);
    if (!a.agreementNo.trimmed().isEmpty())
        fields.insert(QStringLiteral("agreement_no"), a.agreementNo.trimmed());
    if (Status s = save(db, access, MediationEntities::agreement(), a.uuid, fields); !s.ok())
        return s;
    if (Status s = saveClauses(db, access, a, current->clauses); !s.ok())
        return s;
    if (d->result != a.form && (d->result == QLatin1String("written") || d->result == QLatin1String("oral"))) {
        if (Status s = save(db, access, MediationEntities::dispute(), d->uuid, {{QStringLiteral("result"), a.form}}); !s.ok())
            return s;
    }
    return tx.commit();
}

Status DisputeService::recordPerformance(Database &db, const Access &access, const QString &uuid,
                                         const QString &performanceStatus, const QDate &date)
{
    Result<Dispute> d = loadForAction(db, access, uuid, A::RecordPerformance);
    if (!d)
        return d.status();
    if (!MediationCodes::contains(MediationCodes::performanceStates(), performanceStatus))
        return invalid(DisputeService::tr("Performance is pending, partial, done or failed."));
    Result<Agreement> a = currentAgreement(db, uuid);
    if (!a)
        return a.status();
    if (Status s = checkDate(date, DisputeService::tr("performance date"), a->agreedDate, DisputeService::tr("agreement date")); !s.ok())
        return s;
    QString status = DisputeStatus::Performing;
    if (performanceStatus == QLatin1String("done"))
        status = DisputeStatus::Performed;
    else if (performanceStatus == QLatin1String("failed"))
        status = DisputeStatus::NotPerformed;
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    if (Status s = save(db, access, MediationEntities::agreement(), a->uuid,
                        {{QStringLiteral("performance_status"), performanceStatus},
                         {QStringLiteral("performance_date"), toStoredDate(date)}});
        !s.ok())
        return s;
    QVariantMap caseFields{{QStringLiteral("status"), status}};
    if (status != DisputeStatus::Performing)
        caseFields.insert(QStringLiteral("closed_date"), toStoredDate(date));
    if (Status s = save(db, access, MediationEntities::dispute(), uuid, caseFields); !s.ok())
        return s;
    return tx.commit();
}

Status DisputeService::applyJudicialConfirmation(Database &db, const Access &access, const QString &uuid,
                                                 const QDate &applied, const QString &court)
{
    Result<Dispute> d = loadForAction(db, access, uuid, A::ApplyJudicialConfirmation);
    if (!d)
        return d.status();
    Result<Agreement> a = currentAgreement(db, uuid);
    if (!a)
        return a.status();
    if (a->form != QLatin1String("written"))
        return invalid(DisputeService::tr("Judicial confirmation is applied for with a written agreement."));
    const QDate effective = a->effectiveDate.isValid() ? a->effectiveDate : a->agreedDate;
    if (Status s = checkDate(applied, DisputeService::tr("application date"), effective, DisputeService::tr("effective date of the agreement")); !s.ok())
        return s;
    Result<QDate> windowEnd = Rules::instance().checkedDue(QStringLiteral("mediation.judicial_confirmation_window"),
                                                          effective, effective);
    if (!windowEnd)
        return windowEnd.status();
    if (applied > *windowEnd) {
        return invalid(DisputeService::tr("The parties had until %1 to apply for judicial confirmation (30 days from the agreement "
                          "taking effect); the court will not confirm a later application.")
                           .arg(toStoredDate(*windowEnd)));
    }
    if (court.trimmed().isEmpty())
        return invalid(DisputeService::tr("Name the court."));
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    if (Status s = save(db, access, MediationEntities::agreement(), a->uuid,
                        {{QStringLiteral("jc_applied_date"), toStoredDate(applied)},
                         {QStringLiteral("jc_court"), court.trimmed()},
                         {QStringLiteral("jc_result"), QStringLiteral("pending")}});
        !s.ok())
        return s;
    return tx.commit();
}

Status DisputeService::recordCourtResult(Database &db, const Access &access, const QString &uuid,
                                         const QString &result, const QString &rulingNo, const QDate &date)
{
    Result<Dispute> d = loadForAction(db, access, uuid, A::RecordCourtResult);
    if (!d)
        return d.status();
    Result<Agreement> a = currentAgreement(db, uuid);
    if (!a)
        return a.status();
    if (!a->jcAppliedDate.isValid())
        return Status::failure(ErrorCode::Conflict, DisputeService::tr("Record the application for judicial confirmation first."));
    if (result != QLatin1String("confirmed") && result != QLatin1String("rejected"))
        return invalid(DisputeService::tr("The court confirms the agreement or rejects the application."));
    if (Status s = checkDate(date, DisputeService::tr("date of the ruling"), a->jcAppliedDate, DisputeService::tr("application date")); !s.ok())
        return s;
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    if (Status s = save(db, access, MediationEntities::agreement(), a->uuid,
                        {{QStringLiteral("jc_result"), result},
                         {QStringLiteral("jc_ruling_no"), rulingNo.trimmed()},
                         {QStringLiteral("jc_result_date"), toStoredDate(date)}});
        !s.ok())
        return s;
    return tx.commit();
}

Result<QString> DisputeService::addReturnVisit(Database &db, const Access &access, const ReturnVisit &visit)
{
    Result<Dispute> d = loadForAction(db, access, visit.disputeUuid, A::AddReturnVisit);
    if (!d)
        return d.error();
    Result<Agreement> a = currentAgreement(db, visit.disputeUuid);
    if (!a)
        return a.error();
    if (Status s = checkDate(visit.visitDate, DisputeService::tr("date of the visit"), a->agreedDate, DisputeService::tr("agreement date")); !s.ok())
        return s.error();
    if (visit.visitor.trimmed().isEmpty())
        return invalid(DisputeService::tr("Name who made the visit.")).error();
    if (!visit.performance.isEmpty() && !MediationCodes::contains(MediationCodes::performanceStates(), visit.performance))
        return invalid(DisputeService::tr("Performance is pending, partial, done or failed.")).error();
    if (!visit.satisfaction.isEmpty() && !MediationCodes::contains(MediationCodes::satisfactions(), visit.satisfaction))
        return invalid(DisputeService::tr("Satisfaction is satisfied, fair or dissatisfied.")).error();
    if (visit.situation.trimmed().isEmpty())
        return invalid(DisputeService::tr("Describe what the visit found.")).error();
    Transaction tx(db);
    if (!tx.ok())
        return tx.status().error();
    const QString uuid = newUuid();
    const QVariantMap fields{{QStringLiteral("office_code"), officeCode(db)},
                             {QStringLiteral("dispute_uuid"), visit.disputeUuid},
                             {QStringLiteral("visit_date"), toStoredDate(visit.visitDate)},
                             {QStringLiteral("visitor"), visit.visitor.trimmed()},
                             {QStringLiteral("visited"), visit.visited.trimmed()},
                             {QStringLiteral("performance"), visit.performance},
                             {QStringLiteral("satisfaction"), visit.satisfaction},
                             {QStringLiteral("sued"), visit.sued ? 1 : 0},
                             {QStringLiteral("situation"), visit.situation.trimmed()},
                             {QStringLiteral("measures"), visit.measures.trimmed()}};
    if (Status s = save(db, access, MediationEntities::returnVisit(), uuid, fields); !s.ok())
        return s.error();
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    return uuid;
}

}  // namespace sifa
