#include "placement/PlacementWrite.h"

#include "placement/PlacementEntities.h"
#include "placement/PlacementService.h"
#include "sync/ChangeLog.h"
#include "sync/RecordStore.h"
#include "util/Time.h"

#include <QLocale>

namespace sifa {
namespace placement_detail {

Result<Record> loadSubject(Database &db, const Access &access, const QString &uuid, bool write)
{
    if (Status s = access.require(db, write ? Permission::PlacementWrite : Permission::PlacementRead); !s.ok())
        return s.error();
    return RecordStore::get(db, PlacementEntities::subject(), uuid);
}

Status checkFields(const EntityDef &entity, const QVariantMap &fields)
{
    static const QHash<QString, QHash<QString, QString>> byEntity = {
        {QStringLiteral("rp_subject"),
         {{QStringLiteral("source_type"), QStringLiteral("placement_source")},
          {QStringLiteral("status"), QStringLiteral("placement_status")},
          {QStringLiteral("category"), QStringLiteral("placement_category")},
          {QStringLiteral("risk_level"), QStringLiteral("placement_risk")},
          {QStringLiteral("handover_mode"), QStringLiteral("handover_mode")},
          {QStringLiteral("handover_status"), QStringLiteral("handover_status")},
          {QStringLiteral("conduct"), QStringLiteral("placement_rating")},
          {QStringLiteral("end_type"), QStringLiteral("placement_end_type")},
          {QStringLiteral("tags"), QStringLiteral("correction_tag")}}},
        {QStringLiteral("rp_notice"),
         {{QStringLiteral("status"), QStringLiteral("placement_notice_status")},
          {QStringLiteral("sex"), QStringLiteral("sex")},
          {QStringLiteral("prison_risk"), QStringLiteral("placement_risk")}}},
        {QStringLiteral("rp_member"), {{QStringLiteral("role"), QStringLiteral("placement_member_role")}}},
        {QStringLiteral("rp_visit"),
         {{QStringLiteral("kind"), QStringLiteral("placement_visit")},
          {QStringLiteral("rating"), QStringLiteral("placement_rating")}}},
        {QStringLiteral("rp_placement"), {{QStringLiteral("mode"), QStringLiteral("placement_mode")}}},
        {QStringLiteral("rp_assistance"), {{QStringLiteral("kind"), QStringLiteral("placement_assistance")}}},
        {QStringLiteral("rp_risk_review"),
         {{QStringLiteral("category"), QStringLiteral("placement_category")},
          {QStringLiteral("risk_level"), QStringLiteral("placement_risk")},
          {QStringLiteral("factors"), QStringLiteral("placement_risk_factor")}}},
        {QStringLiteral("rp_move"), {{QStringLiteral("kind"), QStringLiteral("placement_move")}}},
    };
    static const QSet<QString> lists = {QStringLiteral("tags"), QStringLiteral("factors")};
    return RecordStore::checkFields(entity, fields, byEntity.value(entity.name), lists);
}

Status save(Database &db, const Access &access, const EntityDef &entity, const QString &uuid,
            const QVariantMap &fields, const QString &reason)
{
    return ChangeLog::upsert(db, access.actor(), entity, uuid, fields, reason).status();
}

Status checkPast(const QDate &date, const QString &what, const QString &field)
{
    if (!date.isValid())
        return Status::failure(ErrorCode::InvalidInput, PlacementService::tr("Enter the %1.").arg(what), field);
    if (date > Clock::today())
        return Status::failure(ErrorCode::InvalidInput,
                               PlacementService::tr("The %1 (%2) lies in the future.")
                                   .arg(what, QLocale().toString(date, QLocale::ShortFormat)),
                               field);
    return Status();
}

QDate fieldDate(const QVariantMap &m, const char *key)
{
    return QDate::fromString(m.value(QString::fromLatin1(key)).toString().trimmed(), Qt::ISODate);
}

}  // namespace placement_detail
}  // namespace sifa
