#include "correction/CorrectionWrite.h"

#include "codes/CodeTables.h"
#include "correction/CorrectionEntities.h"
#include "correction/CorrectionRepository.h"
#include "correction/CorrectionService.h"
#include "storage/Database.h"
#include "sync/ChangeLog.h"
#include "sync/RecordStore.h"
#include "util/Time.h"

#include <QLocale>
#include <QUuid>

namespace sifa {
namespace correction_detail {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString officeCode(const Database &db)
{
    return db.meta(QStringLiteral("office_code"));
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

Result<CcRecord> loadSubject(Database &db, const Access &access, const QString &uuid, bool write)
{
    if (Status s = access.require(db, write ? Permission::CorrectionWrite : Permission::CorrectionRead); !s.ok())
        return s.error();
    Result<CcRecord> s = CorrectionRepository::get(db, CorrectionEntities::subject(), uuid);
    if (!s)
        return s;
    if (s->flag(QStringLiteral("is_minor"))) {
        if (Status m = access.require(db, Permission::CorrectionMinors); !m.ok())
            return m.error();
    }
    return s;
}

QString codeTableOf(const EntityDef &entity, const QString &field)
{
    static const QHash<QString, QString> byField = {
        {QStringLiteral("cc_subject.correction_type"), QStringLiteral("correction_type")},
        {QStringLiteral("cc_subject.outside_reason"), QStringLiteral("outside_execution_reason")},
        {QStringLiteral("cc_subject.grade"), QStringLiteral("supervision_grade")},
        {QStringLiteral("cc_subject.status"), QStringLiteral("correction_status")},
        {QStringLiteral("cc_subject.end_type"), QStringLiteral("correction_end_type")},
        {QStringLiteral("cc_assessment.proposed_type"), QStringLiteral("correction_type")},
        {QStringLiteral("cc_grade_change.grade"), QStringLiteral("supervision_grade")},
        {QStringLiteral("cc_activity.kind"), QStringLiteral("correction_activity")},
        {QStringLiteral("cc_request.kind"), QStringLiteral("correction_request")},
        {QStringLiteral("cc_request.status"), QStringLiteral("correction_request_status")},
        {QStringLiteral("cc_sanction.kind"), QStringLiteral("correction_sanction")},
        {QStringLiteral("cc_sanction.status"), QStringLiteral("correction_decision_status")},
        {QStringLiteral("cc_monitoring.ground"), QStringLiteral("monitoring_ground")},
        {QStringLiteral("cc_team_member.sex"), QStringLiteral("sex")},
        {QStringLiteral("cc_request.visitor_sex"), QStringLiteral("sex")},
        {QStringLiteral("cc_request.visitor_identity"), QStringLiteral("correction_visitor_identity")},
    };
    return byField.value(entity.name + QLatin1Char('.') + field);
}

Status checkFields(const EntityDef &entity, const QVariantMap &fields)
{
    QHash<QString, QString> tables;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QString table = codeTableOf(entity, it.key());
        if (!table.isEmpty())
            tables.insert(it.key(), table);
    }
    if (entity.name == QLatin1String("cc_subject"))
        tables.insert(QStringLiteral("tags"), QStringLiteral("correction_tag"));
    return RecordStore::checkFields(entity, fields, tables, {QStringLiteral("tags")});
}

Status save(Database &db, const Access &access, const EntityDef &entity, const QString &uuid,
            const QVariantMap &fields, const QString &reason)
{
    return ChangeLog::upsert(db, access.actor(), entity, uuid, fields, reason).status();
}

Status checkPast(const QDate &date, const QString &what)
{
    if (!date.isValid())
        return Status::failure(ErrorCode::InvalidInput, CorrectionService::tr("Enter the %1.").arg(what));
    if (date > Clock::today())
        return Status::failure(ErrorCode::InvalidInput,
                               CorrectionService::tr("The %1 (%2) lies in the future.")
                                   .arg(what, QLocale().toString(date, QLocale::ShortFormat)));
    return Status();
}

}  // namespace correction_detail
}  // namespace sifa
