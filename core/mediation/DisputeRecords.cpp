// 调查记录 and 调解记录: the investigations and mediation sessions of a case.
#include "mediation/DisputeService.h"

#include "mediation/DisputeWrite.h"
#include "mediation/MediationEntities.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "sync/ChangeLog.h"
#include "util/Time.h"

namespace sifa {

using namespace mediation_detail;
using A = DisputeWorkflow::Action;

namespace {


Result<DisputeRecord> recordByUuid(const Database &db, const QString &uuid)
{
    Result<QVariant> owner = Query::scalar(db, QStringLiteral("SELECT dispute_uuid FROM dispute_record WHERE uuid = :u AND deleted = 0"),
                                           {{QStringLiteral(":u"), uuid}}, DisputeService::tr("reading a record"));
    if (!owner)
        return owner.error();
    if (owner->isNull())
        return Result<DisputeRecord>::failure(ErrorCode::NotFound, DisputeService::tr("This record does not exist."));
    Result<QList<DisputeRecord>> all = DisputeRepository::records(db, owner->toString());
    if (!all)
        return all.error();
    for (const DisputeRecord &r : *all) {
        if (r.uuid == uuid)
            return r;
    }
    return Result<DisputeRecord>::failure(ErrorCode::NotFound, DisputeService::tr("This record does not exist."));
}

Status validateRecord(const DisputeRecord &r, const Dispute &d)
{
    if (r.kind != QLatin1String("investigation") && r.kind != QLatin1String("session"))
        return Status::failure(ErrorCode::InvalidInput, DisputeService::tr("A record is an investigation or a mediation session."));
    if (!r.time.isValid())
        return Status::failure(ErrorCode::InvalidInput, DisputeService::tr("Enter when the meeting took place."));
    if (r.time.date() > Clock::today())
        return Status::failure(ErrorCode::InvalidInput, DisputeService::tr("The meeting lies in the future."));
    if (d.acceptedDate.isValid() && r.time.date() < d.acceptedDate)
        return Status::failure(ErrorCode::InvalidInput, DisputeService::tr("The meeting took place before the case was accepted."));
    if (r.content.trimmed().isEmpty())
        return Status::failure(ErrorCode::InvalidInput, DisputeService::tr("Write down what was said and found."));
    if (r.staff.trimmed().isEmpty())
        return Status::failure(ErrorCode::InvalidInput,
                               r.kind == QLatin1String("session") ? DisputeService::tr("Name the mediators present.")
                                                                  : DisputeService::tr("Name who investigated."));
    return {};
}

}  // namespace

Result<QString> DisputeService::addRecord(Database &db, const Access &access, const DisputeRecord &record)
{
    const A action = record.kind == QLatin1String("investigation") ? A::AddInvestigation : A::AddSession;
    Result<Dispute> d = loadForAction(db, access, record.disputeUuid, action);
    if (!d)
        return d.error();
    if (Status s = validateRecord(record, *d); !s.ok())
        return s.error();
    Transaction tx(db);
    if (!tx.ok())
        return tx.status().error();
    DisputeRecord r = record;
    r.uuid = newUuid();
    QVariantMap fields = r.fields();
    fields.insert(QStringLiteral("office_code"), officeCode(db));
    if (Status s = save(db, access, MediationEntities::record(), r.uuid, fields); !s.ok())
        return s.error();
    const QString next = DisputeWorkflow::after(d->status, action);
    if (next != d->status) {
        if (Status s = save(db, access, MediationEntities::dispute(), d->uuid, {{QStringLiteral("status"), next}}); !s.ok())
            return s.error();
    }
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    return r.uuid;
}

Status DisputeService::updateRecord(Database &db, const Access &access, const DisputeRecord &record)
{
    Result<DisputeRecord> current = recordByUuid(db, record.uuid);
    if (!current)
        return current.status();
    Result<Dispute> d = loadForAction(db, access, current->disputeUuid, A::EditRegistration);
    if (!d)
        return d.status();
    DisputeRecord r = record;
    r.disputeUuid = current->disputeUuid;
    r.kind = current->kind;  // an investigation stays an investigation
    if (Status s = validateRecord(r, *d); !s.ok())
        return s;
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    if (Status s = save(db, access, MediationEntities::record(), r.uuid, r.fields()); !s.ok())
        return s;
    return tx.commit();
}

Status DisputeService::removeRecord(Database &db, const Access &access, const QString &recordUuid, const QString &reason)
{
    Result<DisputeRecord> current = recordByUuid(db, recordUuid);
    if (!current)
        return current.status();
    Result<Dispute> d = loadForAction(db, access, current->disputeUuid, A::EditRegistration);
    if (!d)
        return d.status();
    if (reason.trimmed().isEmpty())
        return Status::failure(ErrorCode::InvalidInput, DisputeService::tr("Give the reason the record is removed."));
    if (current->kind == QLatin1String("session") && !DisputeWorkflow::isOpen(d->status)) {
        Result<QList<DisputeRecord>> all = DisputeRepository::records(db, d->uuid);
        if (!all)
            return all.status();
        int sessions = 0;
        for (const DisputeRecord &r : *all)
            sessions += r.kind == QLatin1String("session") ? 1 : 0;
        if (sessions <= 1) {
            return Status::failure(ErrorCode::Conflict,
                                   DisputeService::tr("The only mediation session of a decided case cannot be removed; correct it instead."));
        }
    }
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<QString> op = ChangeLog::remove(db, access.actor(), MediationEntities::record(), recordUuid, reason.trimmed());
    if (!op)
        return op.status();
    return tx.commit();
}

}  // namespace sifa
