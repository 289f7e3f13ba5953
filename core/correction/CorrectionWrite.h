#pragma once

// Shared steps of the 社区矫正 services (private to core/correction).

#include "correction/CcRecord.h"
#include "security/Access.h"
#include "util/Result.h"

#include <QVariantMap>

namespace sifa {

class Database;
struct EntityDef;

namespace correction_detail {

QString newUuid();
QString officeCode(const Database &db);
QString dateText(const QDate &date);  // yyyy-MM-dd, empty when invalid

// The subject, for reading or writing: the permission, the minors' rule, not removed.
Result<CcRecord> loadSubject(Database &db, const Access &access, const QString &uuid, bool write);

// Field names the entity knows, dates that are dates, codes from their tables.
Status checkFields(const EntityDef &entity, const QVariantMap &fields);

// One change through the change log (the caller holds the transaction).
Status save(Database &db, const Access &access, const EntityDef &entity, const QString &uuid,
            const QVariantMap &fields, const QString &reason = QString());

// A date the officer gives for something that happened: valid and not in the future.
Status checkPast(const QDate &date, const QString &what);

// The code table a field's values come from, if any ("correction_type", ...).
QString codeTableOf(const EntityDef &entity, const QString &field);

}  // namespace correction_detail
}  // namespace sifa
