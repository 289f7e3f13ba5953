// The steps of a correction file (domain README §3.6): reception, announcement, grade changes,
// release, termination, transfer out, and the audited way back.
#include "correction/CorrectionEntities.h"
#include "correction/CorrectionRepository.h"
#include "correction/CorrectionService.h"
#include "placement/PlacementService.h"
#include "correction/CorrectionWrite.h"
#include "security/AuditLog.h"
#include "storage/Transaction.h"
#include "util/Time.h"

#include <QLocale>

namespace sifa {

using namespace correction_detail;

namespace {

Status wrongState(const QString &status, const QString &step)
{
    return Status::failure(ErrorCode::Conflict, CorrectionService::tr("A file that is “%1” cannot be %2.")
                                                    .arg(CorrectionService::statusName(status), step));
}

QString shortDate(const QDate &d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}

// The subject for a step, in the caller's transaction, in one of `allowed` states.
Result<CcRecord> forStep(Database &db, const Access &access, const QString &uuid, const QStringList &allowed,
                         const QString &step)
{
    Result<CcRecord> s = loadSubject(db, access, uuid, true);
    if (!s)
        return s;
    const QString status = s->text(QStringLiteral("status"));
    if (!allowed.contains(status))
        return wrongState(status, step).error();
    return s;
}

const QStringList &receptionChecks()
{
    static const QStringList keys{QStringLiteral("reception_documents_date"),
                                  QStringLiteral("reception_documents_check"),
                                  QStringLiteral("reception_identity_check"), QStringLiteral("reception_notified")};
    return keys;
}

const QStringList kOpen{QStringLiteral("awaiting_report"), QStringLiteral("received"),
                        QStringLiteral("under_correction")};

// A re-offence date for `subject`: established after the reception, not in the future.
Status checkReoffence(const CcRecord &subject, const QDate &date)
{
    if (Status s = checkPast(date, CorrectionService::tr("date the new offence was established")); !s.ok())
        return s;
    const QDate received = subject.date(QStringLiteral("received_date"));
    if (!received.isValid() || date < received)
        return Status::failure(ErrorCode::InvalidInput,
                               CorrectionService::tr("A new offence under correction is established after the "
                                                     "reception (%1).")
                                   .arg(received.isValid() ? shortDate(received)
                                                           : CorrectionService::tr("not received")),
                               QStringLiteral("reoffence_date"));
    return Status();
}

}  // namespace

Status CorrectionService::recordReception(Database &db, const Access &access, const QString &uuid,
                                          const QDate &reported, const QDate &received, const QString &mode,
                                          const QString &staff, const QVariantMap &checks)
{
    if (Status s = checkPast(reported, tr("date of reporting in")); !s.ok())
        return s;
    if (Status s = checkPast(received, tr("date of reception")); !s.ok())
        return s;
    if (received < reported)
        return Status::failure(ErrorCode::InvalidInput, tr("The person was received before reporting in."));
    for (auto it = checks.cbegin(); it != checks.cend(); ++it) {
        if (!receptionChecks().contains(it.key()))
            return Status::failure(ErrorCode::Internal, tr("There is no field “%1” in this record.").arg(it.key()));
    }
    if (Status s = checkFields(CorrectionEntities::subject(), checks); !s.ok())
        return s;
    const QDate documents =
        QDate::fromString(checks.value(QStringLiteral("reception_documents_date")).toString(), Qt::ISODate);
    if (documents.isValid() && documents > received)
        return Status::failure(ErrorCode::InvalidInput,
                               tr("The legal documents are dated as received after the person."),
                               QStringLiteral("reception_documents_date"));
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<CcRecord> s = forStep(db, access, uuid, {QStringLiteral("awaiting_report")}, tr("received"));
    if (!s)
        return s.status();
    if (reported < s->date(QStringLiteral("effective_date")))
        return Status::failure(ErrorCode::InvalidInput, tr("The person reported in before the judgment took effect."));
    const QVariantMap f{{QStringLiteral("status"), QStringLiteral("received")},
                        {QStringLiteral("reported_date"), dateText(reported)},
                        {QStringLiteral("received_date"), dateText(received)},
                        {QStringLiteral("reception_mode"), mode},
                        {QStringLiteral("reception_staff"), staff}};
    QVariantMap all = f;
    for (auto it = checks.cbegin(); it != checks.cend(); ++it)
        all.insert(it.key(), it.value().toString().trimmed());
    if (Status w = save(db, access, CorrectionEntities::subject(), uuid, all); !w.ok())
        return w;
    return tx.commit();
}

Status CorrectionService::announce(Database &db, const Access &access, const QString &uuid, const QDate &date)
{
    if (Status s = checkPast(date, tr("date of the announcement")); !s.ok())
        return s;
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<CcRecord> s = forStep(db, access, uuid, {QStringLiteral("received")}, tr("announced"));
    if (!s)
        return s.status();
    if (date < s->date(QStringLiteral("received_date")))
        return Status::failure(ErrorCode::InvalidInput, tr("The announcement is dated before the reception."));
    Result<SubjectFile> file = CorrectionRepository::file(db, uuid);
    if (!file)
        return file.status();
    const QStringList problems = teamProblems(*file);
    if (!problems.isEmpty())
        return Status::failure(ErrorCode::Conflict,
                               tr("The correction team is not complete: %1").arg(problems.join(QLatin1Char(' '))));
    const QVariantMap f{{QStringLiteral("status"), QStringLiteral("under_correction")},
                        {QStringLiteral("announced_date"), dateText(date)}};
    if (Status w = save(db, access, CorrectionEntities::subject(), uuid, f); !w.ok())
        return w;
    return tx.commit();
}

Status CorrectionService::changeGrade(Database &db, const Access &access, const QString &uuid, const QString &grade,
                                      const QDate &from, const QString &reason, const QString &decidedBy)
{
    if (Status s = checkFields(CorrectionEntities::gradeChange(), {{QStringLiteral("grade"), grade}}); !s.ok())
        return s;
    if (grade.isEmpty())
        return Status::failure(ErrorCode::InvalidInput, tr("Choose the grade."));
    if (!from.isValid())
        return Status::failure(ErrorCode::InvalidInput, tr("Enter the date the grade applies from."));
    if (reason.trimmed().isEmpty())
        return Status::failure(ErrorCode::InvalidInput, tr("Give the reason for the grade."));
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<CcRecord> s = forStep(db, access, uuid, kOpen, tr("graded"));
    if (!s)
        return s.status();
    const QVariantMap g{{QStringLiteral("office_code"), officeCode(db)}, {QStringLiteral("subject_uuid"), uuid},
                        {QStringLiteral("grade"), grade},           {QStringLiteral("from_date"), dateText(from)},
                        {QStringLiteral("reason"), reason},         {QStringLiteral("decided_by"), decidedBy}};
    if (Status w = save(db, access, CorrectionEntities::gradeChange(), newUuid(), g); !w.ok())
        return w;
    // The file's grade is the one in force today (a grade may be recorded ahead of its date).
    Result<SubjectFile> file = CorrectionRepository::file(db, uuid);
    if (!file)
        return file.status();
    const QString current = file->gradeOn(Clock::today());
    if (Status w = save(db, access, CorrectionEntities::subject(), uuid, {{QStringLiteral("grade"), current}}); !w.ok())
        return w;
    return tx.commit();
}

Status CorrectionService::release(Database &db, const Access &access, const QString &uuid, const QDate &date,
                                  const QVariantMap &appraisal, const QString &earlyReason)
{
    if (Status s = checkPast(date, tr("date of release")); !s.ok())
        return s;
    QVariantMap f = appraisal;
    for (const QString &k : f.keys()) {
        if (!k.startsWith(QLatin1String("appraisal_")) && !k.startsWith(QLatin1String("summary_"))
            && !k.startsWith(QLatin1String("release_")) && k != QLatin1String("certificate_no"))
            return Status::failure(ErrorCode::Internal, tr("There is no field “%1” in this record.").arg(k));
    }
    if (Status s = checkFields(CorrectionEntities::subject(), f); !s.ok())
        return s;
    if (f.value(QStringLiteral("appraisal_conduct")).toString().trimmed().isEmpty()
        || f.value(QStringLiteral("appraisal_advice")).toString().trimmed().isEmpty())
        return Status::failure(ErrorCode::InvalidInput,
                               tr("Release needs the office's appraisal: the conduct under correction and the advice "
                                  "for resettlement (they go with the person to the resettlement file)."));
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<CcRecord> s = forStep(db, access, uuid, {QStringLiteral("under_correction"), QStringLiteral("received")},
                                 tr("released"));
    if (!s)
        return s.status();
    if (s->flag(QStringLiteral("pending_revocation")))
        return Status::failure(ErrorCode::Conflict,
                               tr("A revocation or commitment proposal is pending: the file cannot be released until "
                                  "the decision arrives (司办通〔2021〕94号)."));
    const QDate end = s->date(QStringLiteral("period_to"));
    if (date < end && earlyReason.trimmed().isEmpty())
        return Status::failure(ErrorCode::Conflict, tr("The correction period runs until %1; release before it needs "
                                                       "the reason (an amnesty).")
                                                        .arg(shortDate(end)));
    f.insert(QStringLiteral("status"), QStringLiteral("released"));
    f.insert(QStringLiteral("end_type"), QStringLiteral("expired"));
    f.insert(QStringLiteral("end_date"), dateText(date));
    f.insert(QStringLiteral("end_reason"), earlyReason.trimmed());
    if (Status w = save(db, access, CorrectionEntities::subject(), uuid, f); !w.ok())
        return w;
    // The person goes on to resettlement with the appraisal (domain README §4.1); one who has an
    // open resettlement file already (released from prison earlier) keeps it.
    Result<SubjectFile> released = CorrectionRepository::file(db, uuid);
    if (!released)
        return released.status();
    if (Result<QString> rp = PlacementService::handOverFromCorrection(db, access, *released);
        !rp && rp.error().code != ErrorCode::Duplicate)
        return rp.status();
    return tx.commit();
}

Status CorrectionService::terminate(Database &db, const Access &access, const QString &uuid, const QString &endType,
                                    const QDate &date, const QString &reason, const QDate &reoffence)
{
    if (Status s = checkPast(date, tr("date of termination")); !s.ok())
        return s;
    if (endType.isEmpty() || endType == QLatin1String("expired"))
        return Status::failure(ErrorCode::InvalidInput,
                               tr("Choose how correction ended: revocation, commitment to prison or death."));
    if (Status s = checkFields(CorrectionEntities::subject(), {{QStringLiteral("end_type"), endType}}); !s.ok())
        return s;
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<CcRecord> s = forStep(db, access, uuid, kOpen, tr("terminated"));
    if (!s)
        return s.status();
    if (!endingFits(endType, s->text(QStringLiteral("correction_type"))))
        return Status::failure(ErrorCode::InvalidInput, tr("This ending does not apply to the person's correction "
                                                           "type."));
    if (endType != QLatin1String("death") && reason.trimmed().isEmpty())
        return Status::failure(ErrorCode::InvalidInput, tr("Enter the decision (court or authority and number)."));
    QVariantMap f{{QStringLiteral("status"), QStringLiteral("terminated")},
                  {QStringLiteral("end_type"), endType},
                  {QStringLiteral("end_date"), dateText(date)},
                  {QStringLiteral("end_reason"), reason.trimmed()},
                  {QStringLiteral("pending_revocation"), 0}};
    if (reoffence.isValid()) {
        if (endType == QLatin1String("death"))
            return Status::failure(ErrorCode::InvalidInput,
                                   tr("A death does not end correction for a new offence; record the new offence "
                                      "apart if it was established."),
                                   QStringLiteral("reoffence_date"));
        if (Status r = checkReoffence(*s, reoffence); !r.ok())
            return r;
        f.insert(QStringLiteral("reoffence_date"), dateText(reoffence));
    }
    if (Status w = save(db, access, CorrectionEntities::subject(), uuid, f); !w.ok())
        return w;
    return tx.commit();
}

Status CorrectionService::recordReoffence(Database &db, const Access &access, const QString &uuid, const QDate &date)
{
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    const QStringList allowed{QStringLiteral("received"), QStringLiteral("under_correction"),
                              QStringLiteral("terminated")};
    Result<CcRecord> s = forStep(db, access, uuid, allowed, tr("given a new offence"));
    if (!s)
        return s.status();
    if (date.isValid()) {
        if (Status r = checkReoffence(*s, date); !r.ok())
            return r;
    } else if (!s->date(QStringLiteral("reoffence_date")).isValid()) {
        return Status::failure(ErrorCode::InvalidInput, tr("Enter the date the new offence was established."),
                               QStringLiteral("reoffence_date"));
    }
    if (Status w = save(db, access, CorrectionEntities::subject(), uuid,
                        {{QStringLiteral("reoffence_date"), dateText(date)}});
        !w.ok())
        return w;
    return tx.commit();
}

Status CorrectionService::transferOut(Database &db, const Access &access, const QString &uuid, const QDate &date)
{
    if (Status s = checkPast(date, tr("date of the transfer")); !s.ok())
        return s;
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<CcRecord> s = forStep(db, access, uuid, {QStringLiteral("received"), QStringLiteral("under_correction")},
                                 tr("transferred"));
    if (!s)
        return s.status();
    Result<QList<CcRecord>> requests = CorrectionRepository::rowsWhere(
        db, CorrectionEntities::request(), QStringLiteral("subject_uuid"), uuid, QStringLiteral("applied_date"));
    if (!requests)
        return requests.status();
    bool approved = false;
    for (const CcRecord &r : *requests)
        approved = approved
            || (r.text(QStringLiteral("kind")) == QLatin1String("transfer")
                && r.text(QStringLiteral("status")) == QLatin1String("approved"));
    if (!approved)
        return Status::failure(ErrorCode::Conflict,
                               tr("There is no approved change of residence: record the county's decision first."));
    const QVariantMap f{{QStringLiteral("status"), QStringLiteral("transferred_out")},
                        {QStringLiteral("end_date"), dateText(date)}};
    if (Status w = save(db, access, CorrectionEntities::subject(), uuid, f); !w.ok())
        return w;
    return tx.commit();
}

bool CorrectionService::endingFits(const QString &endType, const QString &type)
{
    return endType == QLatin1String("expired") || endType == QLatin1String("death")
        || (endType == QLatin1String("revoked_probation") && type == QLatin1String("02"))
        || (endType == QLatin1String("revoked_parole") && type == QLatin1String("03"))
        || (endType == QLatin1String("committed") && type == QLatin1String("04"));
}

Status CorrectionService::revocationRefused(Database &db, const Access &access, const QString &uuid,
                                            const QString &ruling)
{
    if (ruling.trimmed().isEmpty())
        return Status::failure(ErrorCode::InvalidInput, tr("Enter the ruling (court or authority and number)."));
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<CcRecord> s = forStep(db, access, uuid, kOpen, tr("changed"));
    if (!s)
        return s.status();
    if (!s->flag(QStringLiteral("pending_revocation")))
        return Status::failure(ErrorCode::Conflict, tr("No revocation or commitment proposal is pending."));
    if (Status w = save(db, access, CorrectionEntities::subject(), uuid, {{QStringLiteral("pending_revocation"), 0}},
                        ruling.trimmed());
        !w.ok())
        return w;
    return tx.commit();
}

Status CorrectionService::reopen(Database &db, const Access &access, const QString &uuid, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(ErrorCode::InvalidInput, tr("Give the reason for reopening the file."));
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<CcRecord> s = forStep(
        db, access, uuid,
        {QStringLiteral("released"), QStringLiteral("terminated"), QStringLiteral("transferred_out")}, tr("reopened"));
    if (!s)
        return s.status();
    const QString back = s->date(QStringLiteral("announced_date")).isValid() ? QStringLiteral("under_correction")
                                                                             : QStringLiteral("received");
    // A mistaken termination takes its new offence with it.
    const QVariantMap f{{QStringLiteral("status"), back},
                        {QStringLiteral("end_type"), QString()},
                        {QStringLiteral("end_date"), QString()},
                        {QStringLiteral("end_reason"), QString()},
                        {QStringLiteral("reoffence_date"), QString()}};
    if (Status w = save(db, access, CorrectionEntities::subject(), uuid, f, reason); !w.ok())
        return w;
    // A mistaken release also takes back the resettlement file it opened.
    if (s->text(QStringLiteral("status")) == QLatin1String("released")) {
        if (Status w = PlacementService::withdrawHandOver(db, access, uuid, reason); !w.ok())
            return w;
    }
    if (Status a = AuditLog::append(db, access.actor(), QStringLiteral("correction.reopen"), QStringLiteral("cc_subject"),
                                    uuid, reason.trimmed());
        !a.ok())
        return a;
    return tx.commit();
}

}  // namespace sifa
