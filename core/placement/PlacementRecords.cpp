// The file's own records: the assistance group, agreements, visits, placement, social
// assistance and moves.
#include "correction/CorrectionWrite.h"
#include "placement/PlacementEntities.h"
#include "placement/PlacementService.h"
#include "placement/PlacementWrite.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "sync/ChangeLog.h"
#include "sync/RecordStore.h"
#include "util/Time.h"

namespace sifa {

using namespace placement_detail;
using correction_detail::newUuid;
using correction_detail::officeCode;

namespace {

const QString kSubjectUuid = QStringLiteral("subject_uuid");

bool isRecordEntity(const EntityDef *e)
{
    using E = PlacementEntities;
    return e == &E::member() || e == &E::agreement() || e == &E::visit() || e == &E::placement()
        || e == &E::assistance() || e == &E::move();
}

}  // namespace

// The record's own dates: the day it happened is not in the future nor before the release
// (a group or an agreement may be arranged up to a month before it).
Status placement_detail::checkRecord(const EntityDef &entity, const QVariantMap &r, const Record &subject)
{
    using E = PlacementEntities;
    const QDate release = subject.date(QStringLiteral("release_date"));
    const char *dateField = nullptr;
    int earlyDays = 0;
    if (&entity == &E::visit()) {
        dateField = "visit_date";
    } else if (&entity == &E::agreement()) {
        dateField = "signed_date";
        earlyDays = 31;
    } else if (&entity == &E::placement()) {
        dateField = "placed_date";
    } else if (&entity == &E::assistance()) {
        dateField = "granted_date";
    } else if (&entity == &E::move()) {
        dateField = "move_date";
    }
    if (dateField) {
        const QDate d = fieldDate(r, dateField);
        if (d.isValid() && d > Clock::today())
            return Status::failure(ErrorCode::InvalidInput, PlacementService::tr("The date lies in the future."),
                                   QString::fromLatin1(dateField));
        if (d.isValid() && release.isValid() && d < release.addDays(-earlyDays))
            return Status::failure(ErrorCode::InvalidInput, PlacementService::tr("The date lies before the release."),
                                   QString::fromLatin1(dateField));
    }
    if (&entity == &E::placement()) {
        const QDate ended = fieldDate(r, "ended_date");
        if (ended.isValid() && ended < fieldDate(r, "placed_date"))
            return Status::failure(ErrorCode::InvalidInput, PlacementService::tr("The placement ends before it began."),
                                   QStringLiteral("ended_date"));
    }
    if (&entity == &E::assistance() && r.value(QStringLiteral("amount_fen")).toLongLong() < 0)
        return Status::failure(ErrorCode::InvalidInput, PlacementService::tr("An amount cannot be negative."),
                               QStringLiteral("amount_fen"));
    return Status();
}

Result<QString> PlacementService::saveRecord(Database &db, const Access &access, const QString &entityName,
                                             const QString &uuid, const QVariantMap &fields)
{
    const EntityDef *entity = PlacementEntities::byName(entityName);
    if (!entity || !isRecordEntity(entity))
        return Result<QString>::failure(ErrorCode::Internal, tr("Records of this kind are kept by their own step."));
    QVariantMap changes = fields;
    changes.remove(QStringLiteral("office_code"));
    if (Status s = checkFields(*entity, changes); !s.ok())
        return s.error();
    Transaction tx(db);
    if (!tx.ok())
        return tx.status().error();
    QVariantMap merged;
    QString rowUuid = uuid;
    if (!rowUuid.isEmpty()) {
        Result<Record> current = RecordStore::get(db, *entity, rowUuid);
        if (!current)
            return current.error();
        merged = current->fields;
        changes.remove(kSubjectUuid);
    }
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        merged.insert(it.key(), it.value());
    Result<Record> subject = loadSubject(db, access, merged.value(kSubjectUuid).toString(), true);
    if (!subject)
        return subject.error();
    if (rowUuid.isEmpty() && subject->text(QStringLiteral("status")) != QLatin1String("assisting"))
        return Result<QString>::failure(ErrorCode::Conflict, tr("This file has ended; reopen it to add records."));
    if (Status s = checkRecord(*entity, merged, *subject); !s.ok())
        return s.error();
    for (const FieldDef &f : entity->fields) {
        if (f.required && f.name != QLatin1String("office_code") && merged.value(f.name).toString().trimmed().isEmpty())
            return Result<QString>::failure(ErrorCode::InvalidInput, tr("A required field is empty."), f.name);
    }
    if (rowUuid.isEmpty()) {
        rowUuid = newUuid();
        changes.insert(QStringLiteral("office_code"), officeCode(db));
        if (entity == &PlacementEntities::member() && !changes.contains(QStringLiteral("seq"))) {
            Result<QList<Record>> group =
                RecordStore::rowsWhere(db, *entity, kSubjectUuid, subject->uuid, QStringLiteral("seq"));
            if (!group)
                return group.error();
            changes.insert(QStringLiteral("seq"), group->isEmpty() ? 1 : group->last().number(QStringLiteral("seq")) + 1);
        }
    }
    if (Status s = save(db, access, *entity, rowUuid, changes); !s.ok())
        return s.error();
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    return rowUuid;
}

Status PlacementService::removeRecord(Database &db, const Access &access, const QString &entityName,
                                      const QString &uuid, const QString &reason)
{
    const EntityDef *entity = PlacementEntities::byName(entityName);
    if (!entity || !isRecordEntity(entity))
        return Status::failure(ErrorCode::Internal, tr("Records of this kind are kept by their own step."));
    if (reason.trimmed().isEmpty())
        return Status::failure(ErrorCode::InvalidInput, tr("Give the reason for removing the record."));
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<Record> current = RecordStore::get(db, *entity, uuid);
    if (!current)
        return current.status();
    Result<Record> subject = loadSubject(db, access, current->text(kSubjectUuid), true);
    if (!subject)
        return subject.status();
    if (Result<QString> op = ChangeLog::remove(db, access.actor(), *entity, uuid, reason); !op)
        return op.status();
    return tx.commit();
}

}  // namespace sifa
