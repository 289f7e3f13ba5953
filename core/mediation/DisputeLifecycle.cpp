// Accepting, declining, terminating, archiving and reopening a case; the time limit and its
// extension; 包案 (responsibility) assignments.
#include "mediation/DisputeService.h"

#include "domain/Numbering.h"
#include "mediation/DisputeWrite.h"
#include "mediation/MediationEntities.h"
#include "rules/Rules.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Time.h"

namespace sifa {

using namespace mediation_detail;
using A = DisputeWorkflow::Action;

namespace {


Status required(const QString &text, const QString &message)
{
    return text.trimmed().isEmpty() ? Status::failure(ErrorCode::InvalidInput, message) : Status();
}

// A case number not used by any other live case (an imported ledger may already hold the
// number the sequence would give next).
Result<QString> allocateCaseNo(Database &db, int year)
{
    for (int attempt = 0; attempt < 10000; ++attempt) {
        Result<AllocatedNumber> n = Numbering::allocate(db, QStringLiteral("mediation.case"), year);
        if (!n)
            return n.error();
        Result<QString> taken = DisputeRepository::findByCaseNo(db, n->text);
        if (!taken)
            return taken.error();
        if (taken->isEmpty())
            return n->text;
    }
    return Result<QString>::failure(ErrorCode::Conflict, DisputeService::tr("No free case number is left in this year's sequence."));
}

// Writes `fields` on the case in one transaction, with an optional extra audit record.
Status commitCase(Database &db, const Access &access, const QString &uuid, const QVariantMap &fields,
                  const QString &reason = QString(), const QString &auditAction = QString())
{
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    if (Status s = save(db, access, MediationEntities::dispute(), uuid, fields, reason); !s.ok())
        return s;
    if (!auditAction.isEmpty()) {
        if (Status s = AuditLog::append(db, access.actor(), auditAction, QStringLiteral("dispute"), uuid, reason); !s.ok())
            return s;
    }
    return tx.commit();
}

}  // namespace

Status DisputeService::accept(Database &db, const Access &access, const QString &uuid, const QDate &date)
{
    Result<Dispute> d = loadForAction(db, access, uuid, A::Accept);
    if (!d)
        return d.status();
    if (Status s = checkDate(date, DisputeService::tr("acceptance date"), d->registeredDate, DisputeService::tr("registration date")); !s.ok())
        return s;
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    QVariantMap fields{{QStringLiteral("status"), DisputeStatus::Accepted},
                       {QStringLiteral("accepted_date"), toStoredDate(date)},
                       {QStringLiteral("decided_date"), toStoredDate(date)}};
    if (d->caseNo.isEmpty()) {
        Result<QString> no = allocateCaseNo(db, date.year());
        if (!no)
            return no.status();
        fields.insert(QStringLiteral("case_no"), *no);
    }
    if (Status s = save(db, access, MediationEntities::dispute(), uuid, fields); !s.ok())
        return s;
    return tx.commit();
}

Status DisputeService::notAccept(Database &db, const Access &access, const QString &uuid, const QDate &date,
                                 const QString &reason)
{
    Result<Dispute> d = loadForAction(db, access, uuid, A::NotAccept);
    if (!d)
        return d.status();
    if (Status s = checkDate(date, DisputeService::tr("decision date"), d->registeredDate, DisputeService::tr("registration date")); !s.ok())
        return s;
    if (Status s = required(reason, DisputeService::tr("Give the reason the case is not accepted.")); !s.ok())
        return s;
    return commitCase(db, access, uuid,
                      {{QStringLiteral("status"), DisputeStatus::NotAccepted},
                       {QStringLiteral("decided_date"), toStoredDate(date)},
                       {QStringLiteral("not_accepted_reason"), reason.trimmed()},
                       {QStringLiteral("closed_date"), toStoredDate(date)}});
}

Status DisputeService::terminate(Database &db, const Access &access, const QString &uuid, const QDate &date,
                                 const QString &reason, bool routesExplained)
{
    Result<Dispute> d = loadForAction(db, access, uuid, A::Terminate);
    if (!d)
        return d.status();
    if (Status s = checkDate(date, DisputeService::tr("termination date"), d->acceptedDate, DisputeService::tr("acceptance date")); !s.ok())
        return s;
    if (Status s = required(reason, DisputeService::tr("Give the reason the mediation ends.")); !s.ok())
        return s;
    return commitCase(db, access, uuid,
                      {{QStringLiteral("status"), DisputeStatus::Terminated},
                       {QStringLiteral("result"), QStringLiteral("terminated")},
                       {QStringLiteral("result_date"), toStoredDate(date)},
                       {QStringLiteral("termination_reason"), reason.trimmed()},
                       {QStringLiteral("routes_explained"), routesExplained ? 1 : 0},
                       {QStringLiteral("closed_date"), toStoredDate(date)}});
}

Status DisputeService::archive(Database &db, const Access &access, const QString &uuid, const QDate &date,
                               const QString &filedBy, const QString &retention)
{
    Result<Dispute> d = loadForAction(db, access, uuid, A::Archive);
    if (!d)
        return d.status();
    if (Status s = checkDate(date, DisputeService::tr("archiving date"), d->closedDate, DisputeService::tr("closing date")); !s.ok())
        return s;
    if (Status s = required(filedBy, DisputeService::tr("Name who files the case.")); !s.ok())
        return s;
    return commitCase(db, access, uuid,
                      {{QStringLiteral("status"), DisputeStatus::Archived},
                       {QStringLiteral("archived_date"), toStoredDate(date)},
                       {QStringLiteral("filed_by"), filedBy.trimmed()},
                       {QStringLiteral("retention"), retention.trimmed()}});
}

Status DisputeService::reopen(Database &db, const Access &access, const QString &uuid, const QString &reason)
{
    Result<Dispute> d = loadForAction(db, access, uuid, A::Reopen);
    if (!d)
        return d.status();
    if (Status s = required(reason, DisputeService::tr("Give the reason the case is reopened.")); !s.ok())
        return s;
    // The earlier result stays in the change log; the case itself is open again.
    QVariantMap fields{{QStringLiteral("status"), DisputeWorkflow::reopenTarget(*d)},
                       {QStringLiteral("closed_date"), QString()},
                       {QStringLiteral("archived_date"), QString()},
                       {QStringLiteral("filed_by"), QString()},
                       {QStringLiteral("result"), QString()},
                       {QStringLiteral("result_date"), QString()},
                       {QStringLiteral("termination_reason"), QString()},
                       {QStringLiteral("routes_explained"), 0}};
    if (!d->acceptedDate.isValid()) {
        fields.insert(QStringLiteral("not_accepted_reason"), QString());
        fields.insert(QStringLiteral("decided_date"), QString());
    }
    return commitCase(db, access, uuid, fields, reason.trimmed(), QStringLiteral("dispute.reopen"));
}

Status DisputeService::extend(Database &db, const Access &access, const QString &uuid, const QDate &until,
                              const QString &note)
{
    Result<Dispute> d = loadForAction(db, access, uuid, A::Extend);
    if (!d)
        return d.status();
    const QDate current = timeLimit(*d);
    if (!until.isValid() || (current.isValid() && until <= current)) {
        return Status::failure(ErrorCode::InvalidInput,
                               DisputeService::tr("An extension must end after the current time limit (%1).")
                                   .arg(toStoredDate(current)));
    }
    if (Status s = required(note, DisputeService::tr("Record that both parties agreed to the extension, and why.")); !s.ok())
        return s;
    return commitCase(db, access, uuid,
                      {{QStringLiteral("extension_until"), toStoredDate(until)},
                       {QStringLiteral("extension_note"), note.trimmed()}},
                      note.trimmed(), QStringLiteral("dispute.extend"));
}

Status DisputeService::assignResponsibility(Database &db, const Access &access, const QString &uuid,
                                            const QString &leader, const QDate &deadline)
{
    Result<Dispute> d = loadForAction(db, access, uuid, A::AssignResponsibility);
    if (!d)
        return d.status();
    if (Status s = required(leader, DisputeService::tr("Name the responsible leader.")); !s.ok())
        return s;
    const QDate today = Clock::today();
    const QDate due = deadline.isValid() ? deadline
                                         : Rules::instance().due(QStringLiteral("mediation.responsibility_default"), today);
    if (!due.isValid() || due < today)
        return Status::failure(ErrorCode::InvalidInput, DisputeService::tr("The deadline of the assignment cannot lie in the past."));
    return commitCase(db, access, uuid,
                      {{QStringLiteral("responsible_leader"), leader.trimmed()},
                       {QStringLiteral("responsible_deadline"), toStoredDate(due)},
                       {QStringLiteral("responsible_assigned"), toStoredDate(today)},
                       {QStringLiteral("responsible_closed"), QString()}});
}

Status DisputeService::closeResponsibility(Database &db, const Access &access, const QString &uuid, const QDate &date)
{
    Result<Dispute> d = loadForAction(db, access, uuid, A::CloseResponsibility);
    if (!d)
        return d.status();
    if (d->responsibleLeader.isEmpty() || d->responsibleClosed.isValid())
        return Status::failure(ErrorCode::Conflict, DisputeService::tr("This case has no open responsibility assignment."));
    if (Status s = checkDate(date, DisputeService::tr("closing date of the assignment"), d->responsibleAssigned,
                             DisputeService::tr("assignment date"));
        !s.ok())
        return s;
    return commitCase(db, access, uuid, {{QStringLiteral("responsible_closed"), toStoredDate(date)}});
}

QDate DisputeService::timeLimit(const Dispute &d)
{
    if (!d.acceptedDate.isValid() || !DisputeWorkflow::isOpen(d.status) || d.status == DisputeStatus::Registered)
        return QDate();
    if (d.extensionUntil.isValid())
        return d.extensionUntil;
    return Rules::instance().due(QStringLiteral("mediation.case_time_limit"), d.acceptedDate);
}

}  // namespace sifa
