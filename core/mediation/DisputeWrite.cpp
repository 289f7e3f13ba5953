#include "mediation/DisputeWrite.h"

#include "mediation/DisputeService.h"
#include "mediation/DisputeRepository.h"
#include "storage/Database.h"
#include "sync/ChangeLog.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUuid>

namespace sifa {
namespace mediation_detail {

namespace {
}  // namespace

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString officeCode(const Database &db)
{
    return db.meta(QStringLiteral("office_code"));
}

Result<Dispute> loadForAction(Database &db, const Access &access, const QString &uuid, DisputeWorkflow::Action action)
{
    if (Status s = access.require(db, Permission::MediationWrite); !s.ok())
        return s.error();
    Result<Dispute> d = DisputeRepository::get(db, uuid);
    if (!d)
        return d;
    if (d->deleted)
        return Result<Dispute>::failure(ErrorCode::Conflict, DisputeService::tr("This case was removed."));
    if (Status s = DisputeWorkflow::check(d->status, action); !s.ok())
        return s.error();
    return d;
}

Status save(Database &db, const Access &access, const EntityDef &entity, const QString &uuid,
            const QVariantMap &fields, const QString &reason)
{
    Result<QString> op = ChangeLog::upsert(db, access.actor(), entity, uuid, fields, reason);
    return op.status();
}

Status checkDate(const QDate &date, const QString &what, const QDate &earliest, const QString &earliestWhat)
{
    if (!date.isValid())
        return Status::failure(ErrorCode::InvalidInput, DisputeService::tr("Enter the %1.").arg(what));
    if (date > Clock::today())
        return Status::failure(ErrorCode::InvalidInput, DisputeService::tr("The %1 lies in the future.").arg(what));
    if (earliest.isValid() && date < earliest) {
        return Status::failure(ErrorCode::InvalidInput,
                               DisputeService::tr("The %1 (%2) is before the %3 (%4).")
                                   .arg(what, QLocale().toString(date, QLocale::ShortFormat), earliestWhat,
                                        QLocale().toString(earliest, QLocale::ShortFormat)));
    }
    return {};
}

}  // namespace mediation_detail
}  // namespace sifa
