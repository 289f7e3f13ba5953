// Requests with their approval chain (外出, 经常性跨市县, 会客, 特定区域, 变更执行地) and the
// office's proposals of rewards and penalties with the county's decisions.
#include "correction/CorrectionEntities.h"
#include "correction/CorrectionRepository.h"
#include "correction/CorrectionService.h"
#include "correction/CorrectionWrite.h"
#include "correction/Escalation.h"
#include "people/IdNumber.h"
#include "rules/Rules.h"
#include "storage/Transaction.h"
#include "util/Time.h"

#include <QLocale>

namespace sifa {

using namespace correction_detail;

namespace {

const QString kSubjectUuid = QStringLiteral("subject_uuid");

Status invalid(const QString &message, const QString &field = QString())
{
    return Status::failure(ErrorCode::InvalidInput, message, field);
}

QDate dateOf(const QVariantMap &m, const char *key)
{
    return QDate::fromString(m.value(QString::fromLatin1(key)).toString(), Qt::ISODate);
}

QString levelId(ApprovalLevel level)
{
    switch (level) {
    case ApprovalLevel::Office: return QStringLiteral("office");
    case ApprovalLevel::County: return QStringLiteral("county");
    case ApprovalLevel::HigherAgency: return QStringLiteral("higher");
    }
    return QString();
}

QList<LeavePeriod> approvedLeave(const QList<CcRecord> &requests, const QString &except)
{
    QList<LeavePeriod> out;
    for (const CcRecord &r : requests) {
        if (r.uuid != except && r.text(QStringLiteral("kind")) == QLatin1String("leave")
            && r.text(QStringLiteral("status")) == QLatin1String("approved"))
            out << LeavePeriod{r.date(QStringLiteral("start_date")), r.date(QStringLiteral("end_date"))};
    }
    return out;
}

// A request of the subject's file, for a step, in the caller's transaction.
Result<CcRecord> requestFor(Database &db, const Access &access, const QString &uuid, const QStringList &states)
{
    Result<CcRecord> r = CorrectionRepository::get(db, CorrectionEntities::request(), uuid);
    if (!r)
        return r;
    Result<CcRecord> s = loadSubject(db, access, r->text(kSubjectUuid), true);
    if (!s)
        return s;
    const QString status = r->text(QStringLiteral("status"));
    if (!states.contains(status))
        return Result<CcRecord>::failure(ErrorCode::Conflict,
                                         CorrectionService::tr("This request is already settled."));
    return r;
}

bool isActive(const CcRecord &subject)
{
    const QString s = subject.text(QStringLiteral("status"));
    return s == QLatin1String("received") || s == QLatin1String("under_correction");
}

}  // namespace

Result<LeaveCheck> CorrectionService::checkLeave(Database &db, const Access &access, const QString &subjectUuid,
                                                 const QDate &from, const QDate &to, const QDate &appliedOn,
                                                 const QString &exceptRequest)
{
    Result<CcRecord> s = loadSubject(db, access, subjectUuid, false);
    if (!s)
        return s.error();
    Result<QList<CcRecord>> requests = CorrectionRepository::rowsWhere(db, CorrectionEntities::request(), kSubjectUuid,
                                                                       subjectUuid, QStringLiteral("start_date"));
    if (!requests)
        return requests.error();
    return LeaveRules::check(LeavePeriod{from, to}, approvedLeave(*requests, exceptRequest), appliedOn);
}

Result<QString> CorrectionService::submitRequest(Database &db, const Access &access, const QVariantMap &input,
                                                 QStringList *notes)
{
    const EntityDef &entity = CorrectionEntities::request();
    QVariantMap f = input;
    for (const char *k : {"status", "level", "office_code", "county_opinion", "county_approver", "county_date",
                          "decision_no", "returned_date"})
        f.remove(QString::fromLatin1(k));
    if (Status s = checkFields(entity, f); !s.ok())
        return s.error();
    const QString kind = f.value(QStringLiteral("kind")).toString();
    if (kind.isEmpty())
        return invalid(tr("Choose what is requested.")).error();
    const QDate applied = dateOf(f, "applied_date");
    if (Status s = checkPast(applied, tr("date of the application")); !s.ok())
        return s.error();
    const QDate from = dateOf(f, "start_date");
    const QDate to = dateOf(f, "end_date");
    if (kind != QLatin1String("transfer") && (!from.isValid() || !to.isValid() || to < from))
        return invalid(tr("Enter the first and the last day."), QStringLiteral("start_date")).error();
    if (kind == QLatin1String("leave") || kind == QLatin1String("frequent_travel")) {
        if (f.value(QStringLiteral("destination")).toString().trimmed().isEmpty())
            return invalid(tr("Enter the destination."), QStringLiteral("destination")).error();
    }
    if (kind == QLatin1String("visitor") && f.value(QStringLiteral("visitor_name")).toString().trimmed().isEmpty())
        return invalid(tr("Enter whom the person wants to meet."), QStringLiteral("visitor_name")).error();
    if (const QString id = f.value(QStringLiteral("visitor_id_number")).toString().trimmed(); !id.isEmpty()) {
        // A resident ID number, checked; the sex follows from it when not given.
        const IdCheck check = IdNumbers::checkResident(id, Clock::today());
        if (!check.ok())
            //: %1 why the number is wrong
            return invalid(tr("The visitor's ID number: %1").arg(check.message), QStringLiteral("visitor_id_number"))
                .error();
        f.insert(QStringLiteral("visitor_id_number"), check.normalized);
        const QString sex = f.value(QStringLiteral("visitor_sex")).toString().trimmed();
        if (sex.isEmpty())
            f.insert(QStringLiteral("visitor_sex"), check.sexCode);
        else if (sex != check.sexCode && (sex == QLatin1String("1") || sex == QLatin1String("2")))
            return invalid(tr("The visitor's sex does not match the ID number."), QStringLiteral("visitor_sex"))
                .error();
    }
    if (kind == QLatin1String("place") && f.value(QStringLiteral("destination")).toString().trimmed().isEmpty())
        return invalid(tr("Enter the place or area."), QStringLiteral("destination")).error();
    if (kind == QLatin1String("transfer") && f.value(QStringLiteral("new_address")).toString().trimmed().isEmpty())
        return invalid(tr("Enter the new place of residence."), QStringLiteral("new_address")).error();
    if (f.value(QStringLiteral("reason")).toString().trimmed().isEmpty())
        return invalid(tr("Enter the reason for the request."), QStringLiteral("reason")).error();
    Transaction tx(db);
    if (!tx.ok())
        return tx.status().error();
    Result<CcRecord> s = loadSubject(db, access, f.value(kSubjectUuid).toString(), true);
    if (!s)
        return s.error();
    if (!isActive(*s))
        return Result<QString>::failure(ErrorCode::Conflict,
                                        tr("Requests are made by a person under correction (received and not yet "
                                           "released)."));
    QString level = QStringLiteral("county");
    if (kind == QLatin1String("leave")) {
        Result<LeaveCheck> check = checkLeave(db, access, s->uuid, from, to, applied);
        if (!check)
            return check.error();
        level = levelId(check->level);
        if (notes)
            *notes = check->reasons + check->warnings;
    } else if (kind == QLatin1String("transfer")) {
        const QDate move = from;
        const QDate ahead = move.isValid() ? Rules::instance().due(QStringLiteral("correction.transfer_apply_ahead"),
                                                                   move, applied)
                                           : QDate();
        if (notes && ahead.isValid() && applied > ahead)
            *notes << tr("Applied later than a month before the move (by %1).")
                          .arg(QLocale().toString(ahead, QLocale::ShortFormat));
    }
    f.insert(QStringLiteral("status"), QStringLiteral("pending"));
    f.insert(QStringLiteral("level"), level);
    f.insert(QStringLiteral("office_code"), officeCode(db));
    const QString uuid = newUuid();
    if (Status w = save(db, access, CorrectionEntities::request(), uuid, f); !w.ok())
        return w.error();
    if (Status c = tx.commit(); !c.ok())
        return c.error();
    return uuid;
}

Status CorrectionService::reviewRequest(Database &db, const Access &access, const QString &uuid,
                                        const QString &opinion, const QString &reviewer, const QDate &date)
{
    if (opinion.trimmed().isEmpty() || reviewer.trimmed().isEmpty())
        return invalid(tr("Enter the office's opinion and who reviewed."));
    if (Status s = checkPast(date, tr("date of the review")); !s.ok())
        return s;
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<CcRecord> r = requestFor(db, access, uuid, {QStringLiteral("pending"), QStringLiteral("reviewed")});
    if (!r)
        return r.status();
    if (date < r->date(QStringLiteral("applied_date")))
        return invalid(tr("The review is dated before the application."));
    QVariantMap f{{QStringLiteral("office_opinion"), opinion.trimmed()},
                  {QStringLiteral("office_reviewer"), reviewer.trimmed()},
                  {QStringLiteral("office_date"), dateText(date)}};
    // Within the office's entrusted limit the review is the decision; above it the file waits.
    if (r->text(QStringLiteral("level")) != QLatin1String("office"))
        f.insert(QStringLiteral("status"), QStringLiteral("reviewed"));
    if (Status w = save(db, access, CorrectionEntities::request(), uuid, f); !w.ok())
        return w;
    return tx.commit();
}

Status CorrectionService::decideRequest(Database &db, const Access &access, const QString &uuid, bool approved,
                                        const QString &approver, const QDate &date, const QString &decisionNo,
                                        const QString &opinion)
{
    if (approver.trimmed().isEmpty())
        return invalid(tr("Enter who decided."));
    if (Status s = checkPast(date, tr("date of the decision")); !s.ok())
        return s;
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<CcRecord> r = requestFor(db, access, uuid, {QStringLiteral("pending"), QStringLiteral("reviewed")});
    if (!r)
        return r.status();
    const QString level = r->text(QStringLiteral("level"));
    if (level != QLatin1String("office") && r->text(QStringLiteral("status")) != QLatin1String("reviewed"))
        return Status::failure(ErrorCode::Conflict,
                               tr("Record the office's review first: the decision above the office's limit is the "
                                  "county's and comes after it."));
    if (date < r->date(QStringLiteral("applied_date")))
        return invalid(tr("The decision is dated before the application."));
    QVariantMap f{{QStringLiteral("status"), approved ? QStringLiteral("approved") : QStringLiteral("refused")},
                  {QStringLiteral("county_approver"), approver.trimmed()},
                  {QStringLiteral("county_date"), dateText(date)},
                  {QStringLiteral("decision_no"), decisionNo.trimmed()},
                  {QStringLiteral("county_opinion"), opinion.trimmed()}};
    const QString kind = r->text(QStringLiteral("kind"));
    if (approved && kind == QLatin1String("leave")) {
        // An approval that would now exceed the level (other leave approved meanwhile) is refused.
        Result<LeaveCheck> check = checkLeave(db, access, r->text(kSubjectUuid), r->date(QStringLiteral("start_date")),
                                              r->date(QStringLiteral("end_date")),
                                              r->date(QStringLiteral("applied_date")), uuid);
        if (!check)
            return check.status();
        if (level == QLatin1String("office") && check->level != ApprovalLevel::Office)
            return Status::failure(ErrorCode::Conflict,
                                   tr("With the leave approved since, this request is above the office's limit: %1")
                                       .arg(check->reasons.join(QLatin1Char(' '))));
        if (r->text(QStringLiteral("certificate_no")).isEmpty())
            f.insert(QStringLiteral("certificate_no"), decisionNo.trimmed());
    }
    if (approved && kind == QLatin1String("frequent_travel")) {
        // Valid six months from the approval.
        const QDate until = Rules::instance().due(QStringLiteral("correction.frequent_travel_validity"), date);
        f.insert(QStringLiteral("start_date"), dateText(date));
        f.insert(QStringLiteral("end_date"), dateText(until.addDays(-1)));
    }
    if (Status w = save(db, access, CorrectionEntities::request(), uuid, f); !w.ok())
        return w;
    return tx.commit();
}

Status CorrectionService::recordReturn(Database &db, const Access &access, const QString &uuid, const QDate &date,
                                       const QString &staff)
{
    if (Status s = checkPast(date, tr("date of return")); !s.ok())
        return s;
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<CcRecord> r = CorrectionRepository::get(db, CorrectionEntities::request(), uuid);
    if (!r)
        return r.status();
    if (Result<CcRecord> s = loadSubject(db, access, r->text(kSubjectUuid), true); !s)
        return s.status();
    if (r->text(QStringLiteral("kind")) != QLatin1String("leave")
        || r->text(QStringLiteral("status")) != QLatin1String("approved"))
        return Status::failure(ErrorCode::Conflict, tr("A return is reported for approved leave only."));
    if (r->date(QStringLiteral("returned_date")).isValid())
        return Status::failure(ErrorCode::Conflict, tr("The return is recorded already."));
    if (date < r->date(QStringLiteral("start_date")))
        return invalid(tr("The person returned before the leave began."));
    const QVariantMap f{{QStringLiteral("returned_date"), dateText(date)}, {QStringLiteral("return_staff"), staff}};
    if (Status w = save(db, access, CorrectionEntities::request(), uuid, f); !w.ok())
        return w;
    return tx.commit();
}

Status CorrectionService::updateRequest(Database &db, const Access &access, const QString &uuid,
                                        const QVariantMap &fields)
{
    static const QStringList allowed{QStringLiteral("consulted_date"), QStringLiteral("new_reply_date"),
                                     QStringLiteral("new_opinion"),    QStringLiteral("files_sent_date"),
                                     QStringLiteral("certificate_no"), QStringLiteral("companion"),
                                     QStringLiteral("evidence"),       QStringLiteral("note")};
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!allowed.contains(it.key()))
            return invalid(tr("“%1” changes through its step of the request, not by editing.").arg(it.key()), it.key());
    }
    if (Status s = checkFields(CorrectionEntities::request(), fields); !s.ok())
        return s;
    for (const char *k : {"consulted_date", "new_reply_date", "files_sent_date"}) {
        const QDate day = dateOf(fields, k);
        if (day.isValid() && day > Clock::today())
            return invalid(tr("The date %1 lies in the future.").arg(QLocale().toString(day, QLocale::ShortFormat)),
                           QString::fromLatin1(k));
    }
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<CcRecord> r = CorrectionRepository::get(db, CorrectionEntities::request(), uuid);
    if (!r)
        return r.status();
    if (Result<CcRecord> s = loadSubject(db, access, r->text(kSubjectUuid), true); !s)
        return s.status();
    if (Status w = save(db, access, CorrectionEntities::request(), uuid, fields); !w.ok())
        return w;
    return tx.commit();
}

Status CorrectionService::withdrawRequest(Database &db, const Access &access, const QString &uuid,
                                          const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return invalid(tr("Give the reason for withdrawing the request."));
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<CcRecord> r = requestFor(db, access, uuid, {QStringLiteral("pending"), QStringLiteral("reviewed")});
    if (!r)
        return r.status();
    if (Status w = save(db, access, CorrectionEntities::request(), uuid,
                        {{QStringLiteral("status"), QStringLiteral("withdrawn")}, {QStringLiteral("note"), reason}},
                        reason);
        !w.ok())
        return w;
    return tx.commit();
}

Result<QString> CorrectionService::propose(Database &db, const Access &access, const QVariantMap &input)
{
    QVariantMap f = input;
    for (const char *k : {"status", "office_code", "decision_no", "decision_date", "county_opinion"})
        f.remove(QString::fromLatin1(k));
    if (Status s = checkFields(CorrectionEntities::sanction(), f); !s.ok())
        return s.error();
    const QString kind = f.value(QStringLiteral("kind")).toString();
    if (kind.isEmpty())
        return invalid(tr("Choose the reward, penalty or proposal.")).error();
    if (f.value(QStringLiteral("facts")).toString().trimmed().isEmpty())
        return invalid(tr("Set out the facts the proposal rests on."), QStringLiteral("facts")).error();
    const QDate date = dateOf(f, "proposal_date");
    if (Status s = checkPast(date, tr("date of the proposal")); !s.ok())
        return s.error();
    Transaction tx(db);
    if (!tx.ok())
        return tx.status().error();
    Result<CcRecord> s = loadSubject(db, access, f.value(kSubjectUuid).toString(), true);
    if (!s)
        return s.error();
    if (!isActive(*s) && s->text(QStringLiteral("status")) != QLatin1String("awaiting_report"))
        return Result<QString>::failure(ErrorCode::Conflict, tr("The person is no longer under correction."));
    const QString type = s->text(QStringLiteral("correction_type"));
    const QStringList revocations{QStringLiteral("revoke_probation"), QStringLiteral("revoke_parole"),
                                  QStringLiteral("commit_to_prison")};
    if (revocations.contains(kind) && Escalation::revocationFor(type) != kind)
        return invalid(tr("This proposal does not apply to the person's correction type.")).error();
    if (kind == QLatin1String("praise")) {
        const QDate start = s->date(QStringLiteral("period_from"));
        const QDate earliest = Rules::instance().due(QStringLiteral("correction.praise_minimum"), start);
        if (earliest.isValid() && date < earliest)
            return Result<QString>::failure(
                ErrorCode::Conflict, tr("Praise needs at least six months under correction: from %1.")
                                         .arg(QLocale().toString(earliest, QLocale::ShortFormat)));
    }
    f.insert(QStringLiteral("status"), QStringLiteral("proposed"));
    f.insert(QStringLiteral("office_code"), officeCode(db));
    const QString uuid = newUuid();
    if (Status w = save(db, access, CorrectionEntities::sanction(), uuid, f); !w.ok())
        return w.error();
    if (Status c = tx.commit(); !c.ok())
        return c.error();
    return uuid;
}

Status CorrectionService::recordDecision(Database &db, const Access &access, const QString &uuid, bool adopted,
                                         const QString &decisionNo, const QDate &date, const QString &opinion)
{
    if (Status s = checkPast(date, tr("date of the decision")); !s.ok())
        return s;
    if (adopted && decisionNo.trimmed().isEmpty())
        return invalid(tr("Enter the number of the decision."));
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<CcRecord> r = CorrectionRepository::get(db, CorrectionEntities::sanction(), uuid);
    if (!r)
        return r.status();
    Result<CcRecord> s = loadSubject(db, access, r->text(kSubjectUuid), true);
    if (!s)
        return s.status();
    if (r->text(QStringLiteral("status")) != QLatin1String("proposed"))
        return Status::failure(ErrorCode::Conflict, tr("The decision on this proposal is recorded already."));
    if (date < r->date(QStringLiteral("proposal_date")))
        return invalid(tr("The decision is dated before the proposal."));
    const QVariantMap f{{QStringLiteral("status"), adopted ? QStringLiteral("approved") : QStringLiteral("refused")},
                        {QStringLiteral("decision_no"), decisionNo.trimmed()},
                        {QStringLiteral("decision_date"), dateText(date)},
                        {QStringLiteral("county_opinion"), opinion.trimmed()}};
    if (Status w = save(db, access, CorrectionEntities::sanction(), uuid, f); !w.ok())
        return w;
    // An adopted revocation or commitment proposal goes to the court or the deciding body: the
    // file cannot be released until that decision arrives.
    const QString kind = r->text(QStringLiteral("kind"));
    if (adopted && (kind == QLatin1String("revoke_probation") || kind == QLatin1String("revoke_parole")
                    || kind == QLatin1String("commit_to_prison"))) {
        if (Status w = save(db, access, CorrectionEntities::subject(), s->uuid,
                            {{QStringLiteral("pending_revocation"), 1}});
            !w.ok())
            return w;
    }
    return tx.commit();
}

}  // namespace sifa
