// The steps of a file: hand-over, whereabouts unknown, police registration, the risk
// assessment, the end of assistance and reopening.
#include "codes/CodeTables.h"
#include "correction/CorrectionWrite.h"
#include "placement/PlacementEntities.h"
#include "placement/PlacementService.h"
#include "placement/PlacementWrite.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Time.h"

#include <QLocale>

namespace sifa {

using namespace placement_detail;
using correction_detail::dateText;
using correction_detail::newUuid;
using correction_detail::officeCode;

namespace {

// The file for a step that needs it open.
Result<Record> openFile(Database &db, const Access &access, const QString &uuid)
{
    Result<Record> s = loadSubject(db, access, uuid, true);
    if (!s)
        return s;
    if (s->text(QStringLiteral("status")) != QLatin1String("assisting"))
        return Result<Record>::failure(ErrorCode::Conflict,
                                       PlacementService::tr("This file has ended (%1); reopen it first.")
                                           .arg(PlacementService::statusName(s->text(QStringLiteral("status")))));
    return s;
}

}  // namespace

Status PlacementService::recordHandover(Database &db, const Access &access, const QString &uuid,
                                        const QVariantMap &handover)
{
    static const QStringList allowed = {QStringLiteral("handover_mode"),  QStringLiteral("handover_date"),
                                        QStringLiteral("handover_place"), QStringLiteral("handover_staff"),
                                        QStringLiteral("reported_date"),  QStringLiteral("police_registered_date")};
    QVariantMap f;
    for (auto it = handover.cbegin(); it != handover.cend(); ++it) {
        if (!allowed.contains(it.key()))
            return Status::failure(ErrorCode::Internal, tr("“%1” is not part of the hand-over.").arg(it.key()));
        f.insert(it.key(), it.value().toString().trimmed());
    }
    if (Status s = checkFields(PlacementEntities::subject(), f); !s.ok())
        return s;
    const QString mode = f.value(QStringLiteral("handover_mode")).toString();
    if (mode.isEmpty())
        return Status::failure(ErrorCode::InvalidInput,
                               tr("Choose how the person came back (escorted, collected by family, alone)."),
                               QStringLiteral("handover_mode"));
    const QDate date = fieldDate(f, "handover_date");
    if (Status s = checkPast(date, tr("hand-over date"), QStringLiteral("handover_date")); !s.ok())
        return s;
    if (mode == QLatin1String("escort") && f.value(QStringLiteral("handover_staff")).toString().isEmpty())
        return Status::failure(ErrorCode::InvalidInput, tr("An escort from the prison names who went."),
                               QStringLiteral("handover_staff"));
    for (const char *key : {"reported_date", "police_registered_date"}) {
        const QDate d = fieldDate(f, key);
        if (d.isValid() && d > Clock::today())
            return Status::failure(ErrorCode::InvalidInput, tr("A date of the hand-over lies in the future."),
                                   QString::fromLatin1(key));
    }
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<Record> s = openFile(db, access, uuid);
    if (!s)
        return s.status();
    const QDate release = s->date(QStringLiteral("release_date"));
    if (date < release.addDays(-1))
        return Status::failure(ErrorCode::InvalidInput, tr("The hand-over is dated before the release."),
                               QStringLiteral("handover_date"));
    if (!fieldDate(f, "reported_date").isValid() && !s->date(QStringLiteral("reported_date")).isValid())
        f.insert(QStringLiteral("reported_date"), dateText(date));
    f.insert(QStringLiteral("handover_status"), QStringLiteral("done"));
    if (Status w = save(db, access, PlacementEntities::subject(), uuid, f); !w.ok())
        return w;
    return tx.commit();
}

Status PlacementService::markWhereaboutsUnknown(Database &db, const Access &access, const QString &uuid,
                                                const QString &note)
{
    if (note.trimmed().isEmpty())
        return Status::failure(ErrorCode::InvalidInput,
                               tr("Write down what was done to find the person (family, village, police)."),
                               QStringLiteral("whereabouts_note"));
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<Record> s = openFile(db, access, uuid);
    if (!s)
        return s.status();
    if (s->text(QStringLiteral("handover_status")) == QLatin1String("done"))
        return Status::failure(ErrorCode::Conflict, tr("The person was handed over already."));
    if (Status w = save(db, access, PlacementEntities::subject(), uuid,
                        {{QStringLiteral("handover_status"), QStringLiteral("unknown")},
                         {QStringLiteral("whereabouts_note"), note.trimmed()}});
        !w.ok())
        return w;
    return tx.commit();
}

Status PlacementService::recordPoliceRegistration(Database &db, const Access &access, const QString &uuid,
                                                  const QDate &date)
{
    if (Status s = checkPast(date, tr("date of registration with the police")); !s.ok())
        return s;
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<Record> s = openFile(db, access, uuid);
    if (!s)
        return s.status();
    if (date < s->date(QStringLiteral("release_date")))
        return Status::failure(ErrorCode::InvalidInput, tr("The registration is dated before the release."));
    if (Status w = save(db, access, PlacementEntities::subject(), uuid,
                        {{QStringLiteral("police_registered_date"), dateText(date)}});
        !w.ok())
        return w;
    return tx.commit();
}

Result<QString> PlacementService::assessRisk(Database &db, const Access &access, const QString &uuid,
                                             const QVariantMap &review)
{
    QVariantMap f = review;
    f.remove(QStringLiteral("subject_uuid"));
    if (Status s = checkFields(PlacementEntities::riskReview(), f); !s.ok())
        return s.error();
    const QDate date = fieldDate(f, "review_date");
    if (Status s = checkPast(date, tr("date of the assessment"), QStringLiteral("review_date")); !s.ok())
        return s.error();
    const QString category = f.value(QStringLiteral("category")).toString();
    if (category.isEmpty())
        return Result<QString>::failure(ErrorCode::InvalidInput,
                                        tr("Choose the category the assessment comes to (key or general)."),
                                        QStringLiteral("category"));
    const bool noFactor = f.value(QStringLiteral("factors")).toString().trimmed().isEmpty();
    const QString reason = f.value(QStringLiteral("reason")).toString().trimmed();
    if (category == QLatin1String("key") && noFactor && reason.isEmpty())
        return Result<QString>::failure(ErrorCode::InvalidInput,
                                        tr("A key person needs the factors ticked or the reason written."),
                                        QStringLiteral("factors"));
    if (f.value(QStringLiteral("reviewer")).toString().trimmed().isEmpty())
        return Result<QString>::failure(ErrorCode::InvalidInput, tr("Name who made the assessment."),
                                        QStringLiteral("reviewer"));
    Transaction tx(db);
    if (!tx.ok())
        return tx.status().error();
    Result<Record> s = openFile(db, access, uuid);
    if (!s)
        return s.error();
    if (date < s->date(QStringLiteral("release_date")).addMonths(-1))
        return Result<QString>::failure(ErrorCode::InvalidInput,
                                        tr("The assessment is dated long before the release."),
                                        QStringLiteral("review_date"));
    f.insert(QStringLiteral("subject_uuid"), uuid);
    f.insert(QStringLiteral("office_code"), officeCode(db));
    const QString id = newUuid();
    if (Status w = save(db, access, PlacementEntities::riskReview(), id, f); !w.ok())
        return w.error();
    QVariantMap subject{{QStringLiteral("category"), category}};
    if (f.contains(QStringLiteral("risk_level")))
        subject.insert(QStringLiteral("risk_level"), f.value(QStringLiteral("risk_level")));
    if (Status w = save(db, access, PlacementEntities::subject(), uuid, subject); !w.ok())
        return w.error();
    if (Status c = tx.commit(); !c.ok())
        return c.error();
    return id;
}

Status PlacementService::endAssistance(Database &db, const Access &access, const QString &uuid, const QString &endType,
                                       const QDate &date, const QVariantMap &fields)
{
    static const QStringList allowed = {QStringLiteral("end_reason"),     QStringLiteral("end_office_opinion"),
                                        QStringLiteral("end_approver"),   QStringLiteral("end_approved_date"),
                                        QStringLiteral("new_charge"),     QStringLiteral("new_sentence"),
                                        QStringLiteral("moved_to")};
    QVariantMap f;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!allowed.contains(it.key()))
            return Status::failure(ErrorCode::Internal, tr("“%1” is not part of ending the file.").arg(it.key()));
        f.insert(it.key(), it.value().toString().trimmed());
    }
    f.insert(QStringLiteral("end_type"), endType);
    if (Status s = checkFields(PlacementEntities::subject(), f); !s.ok())
        return s;
    if (endType.isEmpty())
        return Status::failure(ErrorCode::InvalidInput, tr("Choose why the assistance ends."),
                               QStringLiteral("end_type"));
    if (Status s = checkPast(date, tr("date the assistance ends"), QStringLiteral("end_date")); !s.ok())
        return s;
    if (endType == QLatin1String("reoffended") && f.value(QStringLiteral("new_charge")).toString().isEmpty())
        return Status::failure(ErrorCode::InvalidInput, tr("Enter the new offence."), QStringLiteral("new_charge"));
    if (endType == QLatin1String("moved") && f.value(QStringLiteral("moved_to")).toString().isEmpty())
        return Status::failure(ErrorCode::InvalidInput, tr("Enter where the person moved to."),
                               QStringLiteral("moved_to"));
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<Record> s = openFile(db, access, uuid);
    if (!s)
        return s.status();
    if (date < s->date(QStringLiteral("release_date")))
        return Status::failure(ErrorCode::InvalidInput, tr("The assistance cannot end before the release."),
                               QStringLiteral("end_date"));
    const QDate periodEnd = s->date(QStringLiteral("assist_end_date"));
    if (endType == QLatin1String("expired") && periodEnd.isValid() && date < periodEnd)
        return Status::failure(ErrorCode::Conflict,
                               tr("The assistance period runs until %1; it cannot end as completed before that.")
                                   .arg(QLocale().toString(periodEnd, QLocale::ShortFormat)),
                               QStringLiteral("end_date"));
    f.insert(QStringLiteral("end_date"), dateText(date));
    f.insert(QStringLiteral("status"), endType);
    if (Status w = save(db, access, PlacementEntities::subject(), uuid, f); !w.ok())
        return w;
    return tx.commit();
}

Status PlacementService::reopen(Database &db, const Access &access, const QString &uuid, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(ErrorCode::InvalidInput, tr("Give the reason for reopening the file."));
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<Record> s = loadSubject(db, access, uuid, true);
    if (!s)
        return s.status();
    if (s->text(QStringLiteral("status")) == QLatin1String("assisting"))
        return Status::failure(ErrorCode::Conflict, tr("This file is open."));
    const QVariantMap f{{QStringLiteral("status"), QStringLiteral("assisting")},
                        {QStringLiteral("end_type"), QString()},
                        {QStringLiteral("end_date"), QString()}};
    if (Status w = save(db, access, PlacementEntities::subject(), uuid, f, reason.trimmed()); !w.ok())
        return w;
    if (Status a = AuditLog::append(db, access.actor(), QStringLiteral("placement.reopen"), QStringLiteral("rp_subject"),
                                    uuid, reason.trimmed());
        !a.ok())
        return a;
    return tx.commit();
}

}  // namespace sifa
