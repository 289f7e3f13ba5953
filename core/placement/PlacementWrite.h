#pragma once

// Shared steps of the 安置帮教 services (private to core/placement).

#include "security/Access.h"
#include "sync/Record.h"
#include "util/Result.h"

#include <QVariantMap>

namespace sifa {

class Database;
struct EntityDef;

namespace placement_detail {

// The file, for reading or writing: the permission, not removed.
Result<Record> loadSubject(Database &db, const Access &access, const QString &uuid, bool write);
// Field names, dates, numbers and codes (factors and tags as lists of codes).
Status checkFields(const EntityDef &entity, const QVariantMap &fields);
// One change through the change log (the caller holds the transaction).
Status save(Database &db, const Access &access, const EntityDef &entity, const QString &uuid,
            const QVariantMap &fields, const QString &reason = QString());
// A date the officer gives for something that happened: valid and not in the future.
Status checkPast(const QDate &date, const QString &what, const QString &field = QString());
QDate fieldDate(const QVariantMap &m, const char *key);
// A record of the file (rp_visit, rp_placement, ...) against the file: its date not in the
// future nor before the release, a placement not ending before it began, no negative amount.
Status checkRecord(const EntityDef &entity, const QVariantMap &record, const Record &subject);

}  // namespace placement_detail
}  // namespace sifa
