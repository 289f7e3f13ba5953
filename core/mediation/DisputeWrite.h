#pragma once

// Shared steps of the mediation services (private to core/mediation).

#include "mediation/Dispute.h"
#include "mediation/DisputeWorkflow.h"
#include "security/Access.h"
#include "util/Result.h"

#include <QVariantMap>

namespace sifa {

class Database;
struct EntityDef;

namespace mediation_detail {

QString newUuid();
QString officeCode(const Database &db);

// MediationWrite, the case as it is, and the workflow's permission for `action`.
Result<Dispute> loadForAction(Database &db, const Access &access, const QString &uuid, DisputeWorkflow::Action action);

// One change through the change log (the caller holds the transaction).
Status save(Database &db, const Access &access, const EntityDef &entity, const QString &uuid,
            const QVariantMap &fields, const QString &reason = QString());

// A date given by the clerk: valid, not in the future, not before `earliest` (if valid).
Status checkDate(const QDate &date, const QString &what, const QDate &earliest = QDate(),
                 const QString &earliestWhat = QString());

}  // namespace mediation_detail
}  // namespace sifa
