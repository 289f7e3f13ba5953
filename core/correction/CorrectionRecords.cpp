// The records of a file: supervision activities, the team and the family, scores, electronic
// monitoring, missing-contact events, key periods; the month's review and the suggestions.
#include "correction/CorrectionEntities.h"
#include "correction/CorrectionRepository.h"
#include "correction/CorrectionService.h"
#include "correction/CorrectionWrite.h"
#include "correction/ReportIn.h"
#include "rules/Rules.h"
#include "storage/Transaction.h"
#include "sync/ChangeLog.h"
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

// The rules of each kind of record, on the record as it will be.
Status checkRecord(const EntityDef &entity, const QVariantMap &r, const CcRecord &subject)
{
    using E = CorrectionEntities;
    const QDate effective = subject.date(QStringLiteral("effective_date"));
    if (&entity == &E::activity()) {
        const QDate d = dateOf(r, "activity_date");
        if (Status s = checkPast(d, CorrectionService::tr("date of the record")); !s.ok())
            return s;
        if (effective.isValid() && d < effective)
            return invalid(CorrectionService::tr("The record is dated before the judgment took effect."),
                           QStringLiteral("activity_date"));
        const int minutes = r.value(QStringLiteral("minutes")).toInt();
        const QString kind = r.value(QStringLiteral("kind")).toString();
        if (minutes < 0 || minutes > 24 * 60)
            return invalid(CorrectionService::tr("The time spent must be between 0 and 24 hours."),
                           QStringLiteral("minutes"));
        if ((kind == QLatin1String("education") || kind == QLatin1String("welfare")) && minutes == 0)
            return invalid(CorrectionService::tr("Enter the hours of study or community service."),
                           QStringLiteral("minutes"));
    } else if (&entity == &E::score()) {
        if (Status s = checkPast(dateOf(r, "entry_date"), CorrectionService::tr("date of the score")); !s.ok())
            return s;
        if (r.value(QStringLiteral("points")).toInt() == 0)
            return invalid(CorrectionService::tr("A score entry adds or takes away points."), QStringLiteral("points"));
        if (r.value(QStringLiteral("reason")).toString().trimmed().isEmpty())
            return invalid(CorrectionService::tr("Give the reason for the points."), QStringLiteral("reason"));
    } else if (&entity == &E::monitoring()) {
        const QDate from = dateOf(r, "start_date");
        const QDate to = dateOf(r, "end_date");
        if (!from.isValid() || !to.isValid() || to < from)
            return invalid(CorrectionService::tr("Enter the first and the last day of electronic monitoring."),
                           QStringLiteral("start_date"));
        const QDate limit = Rules::instance().due(QStringLiteral("correction.e_tag_term"), from);
        if (limit.isValid() && to > limit)
            return invalid(CorrectionService::tr("Electronic monitoring is approved for at most three months at a "
                                                 "time (社区矫正法第二十九条): until %1 at the latest.")
                               .arg(QLocale().toString(limit, QLocale::ShortFormat)),
                           QStringLiteral("end_date"));
        if (r.value(QStringLiteral("approval_no")).toString().trimmed().isEmpty())
            return invalid(CorrectionService::tr("Electronic monitoring needs the approval of the head of the county "
                                                 "judicial bureau: enter its number."),
                           QStringLiteral("approval_no"));
    } else if (&entity == &E::missing()) {
        const QDate lost = dateOf(r, "lost_date");
        if (Status s = checkPast(lost, CorrectionService::tr("date contact was lost")); !s.ok())
            return s;
        const QDate found = dateOf(r, "found_date");
        if (found.isValid()) {
            if (Status s = checkPast(found, CorrectionService::tr("date the person was found")); !s.ok())
                return s;
            if (found < lost)
                return invalid(CorrectionService::tr("The person was found before contact was lost."),
                               QStringLiteral("found_date"));
        }
    } else if (&entity == &E::teamMember() || &entity == &E::family()) {
        if (r.value(QStringLiteral("name")).toString().trimmed().isEmpty())
            return invalid(CorrectionService::tr("Enter the name."), QStringLiteral("name"));
    }
    return Status();
}

bool isRecordEntity(const EntityDef *e)
{
    using E = CorrectionEntities;
    return e == &E::activity() || e == &E::teamMember() || e == &E::family() || e == &E::score()
        || e == &E::monitoring() || e == &E::missing();
}

}  // namespace

Result<QString> CorrectionService::saveRecord(Database &db, const Access &access, const QString &entityName,
                                              const QString &uuid, const QVariantMap &fields)
{
    const EntityDef *entity = CorrectionEntities::byName(entityName);
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
        Result<CcRecord> current = CorrectionRepository::get(db, *entity, rowUuid);
        if (!current)
            return current.error();
        merged = current->fields;
        changes.remove(kSubjectUuid);
    }
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        merged.insert(it.key(), it.value());
    Result<CcRecord> subject = loadSubject(db, access, merged.value(kSubjectUuid).toString(), true);
    if (!subject)
        return subject.error();
    if (Status s = checkRecord(*entity, merged, *subject); !s.ok())
        return s.error();
    for (const FieldDef &f : entity->fields) {
        if (f.required && f.name != QLatin1String("office_code") && merged.value(f.name).toString().trimmed().isEmpty())
            return Result<QString>::failure(ErrorCode::InvalidInput, tr("A required field is empty."), f.name);
    }
    if (rowUuid.isEmpty()) {
        rowUuid = newUuid();
        changes.insert(QStringLiteral("office_code"), officeCode(db));
        if (entity == &CorrectionEntities::teamMember() && !changes.contains(QStringLiteral("seq"))) {
            Result<QList<CcRecord>> team = CorrectionRepository::rowsWhere(db, *entity, kSubjectUuid, subject->uuid,
                                                                           QStringLiteral("seq"));
            if (!team)
                return team.error();
            changes.insert(QStringLiteral("seq"), team->isEmpty() ? 1 : team->last().number(QStringLiteral("seq")) + 1);
        }
    }
    if (Status s = save(db, access, *entity, rowUuid, changes); !s.ok())
        return s.error();
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    return rowUuid;
}

Status CorrectionService::removeRecord(Database &db, const Access &access, const QString &entityName,
                                       const QString &uuid, const QString &reason)
{
    const EntityDef *entity = CorrectionEntities::byName(entityName);
    if (!entity || entity == &CorrectionEntities::subject() || entity == &CorrectionEntities::assessment()
        || entity == &CorrectionEntities::keyPeriod())
        return Status::failure(ErrorCode::Internal, tr("Records of this kind are kept by their own step."));
    if (reason.trimmed().isEmpty())
        return invalid(tr("Give the reason for removing the record."));
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<CcRecord> current = CorrectionRepository::get(db, *entity, uuid);
    if (!current)
        return current.status();
    Result<CcRecord> subject = loadSubject(db, access, current->text(kSubjectUuid), true);
    if (!subject)
        return subject.status();
    if (Result<QString> op = ChangeLog::remove(db, access.actor(), *entity, uuid, reason); !op)
        return op.status();
    return tx.commit();
}

QStringList CorrectionService::teamProblems(const SubjectFile &file)
{
    QStringList out;
    if (file.team.isEmpty())
        return {tr("The correction team has no members yet.")};
    bool woman = false;
    bool minorsExperience = false;
    for (const CcRecord &m : file.team) {
        woman = woman || m.text(QStringLiteral("sex")) == QLatin1String("2");
        minorsExperience = minorsExperience || m.flag(QStringLiteral("minors_experience"));
    }
    if (file.person.sex == QLatin1String("2") && !woman)
        out << tr("A woman's correction team must include a woman (社区矫正法第二十五条).");
    if (file.subject.flag(QStringLiteral("is_minor")) && !minorsExperience)
        out << tr("A minor's correction team must include someone who knows the physical and mental development of "
                  "minors (社区矫正法第五十二条).");
    return out;
}

MonthReview CorrectionService::monthReview(const SubjectFile &file, const QDate &month)
{
    MonthReview r;
    r.month = QDate(month.year(), month.month(), 1);
    r.daysInMonth = r.month.daysInMonth();
    const QDate monthEnd = r.month.addDays(r.daysInMonth - 1);
    const CcRecord &s = file.subject;
    QDate from = s.date(QStringLiteral("received_date"));
    if (!from.isValid())
        from = s.date(QStringLiteral("period_from"));
    QDate to = s.date(QStringLiteral("end_date"));
    if (!to.isValid())
        to = s.date(QStringLiteral("period_to"));
    const QDate a = qMax(from, r.month);
    const QDate b = to.isValid() ? qMin(to, monthEnd) : monthEnd;
    r.days = a.isValid() && b >= a ? static_cast<int>(a.daysTo(b)) + 1 : 0;
    r.grade = file.gradeOn(b.isValid() && r.days > 0 ? b : monthEnd);
    r.done.ableToWork = s.flag(QStringLiteral("able_to_work"));
    for (const CcRecord &act : file.activities) {
        const QDate d = act.date(QStringLiteral("activity_date"));
        if (d < r.month || d > monthEnd)
            continue;
        const QString kind = act.text(QStringLiteral("kind"));
        const double hours = act.number(QStringLiteral("minutes")) / 60.0;
        if (kind == QLatin1String("report_in_person"))
            ++r.done.inPersonReports;
        else if (kind == QLatin1String("report_written"))
            ++r.done.writtenReports;
        else if (kind == QLatin1String("report_phone") || kind == QLatin1String("report_video"))
            ++r.done.phoneReports;
        else if (kind == QLatin1String("talk"))
            ++r.done.talks;
        else if (kind == QLatin1String("visit_home") || kind == QLatin1String("visit_work"))
            ++r.done.visits;
        else if (kind == QLatin1String("education"))
            r.done.studyHours += hours;
        else if (kind == QLatin1String("welfare"))
            r.done.serviceHours += hours;
    }
    if (r.days > 0 && !r.grade.isEmpty()) {
        Result<QList<Shortfall>> sf = GradeRules::shortfalls(r.grade, r.month, r.done, r.days, r.daysInMonth);
        if (sf)
            r.shortfalls = *sf;
    }
    return r;
}

QList<Suggestion> CorrectionService::suggestions(const SubjectFile &file, const QDate &today)
{
    const QString status = file.status();
    if (status != QLatin1String("awaiting_report") && status != QLatin1String("received")
        && status != QLatin1String("under_correction"))
        return {};
    EscalationFacts facts;
    facts.correctionType = file.correctionType();
    facts.today = today;
    for (const CcRecord &s : file.sanctions) {
        if (s.text(QStringLiteral("status")) == QLatin1String("approved"))
            facts.decided << SanctionEntry{s.text(QStringLiteral("kind")), s.date(QStringLiteral("decision_date"))};
    }
    for (const CcRecord &m : file.missing) {
        const QDate lost = m.date(QStringLiteral("lost_date"));
        if (!m.date(QStringLiteral("found_date")).isValid() && (!facts.absentSince.isValid() || lost < facts.absentSince))
            facts.absentSince = lost;
    }
    if (status == QLatin1String("awaiting_report")) {
        Result<ReportInStatus> r = ReportIn::status(file.subject.date(QStringLiteral("effective_date")), QDate(), today);
        if (r && r->state == ReportInStatus::NotReported) {
            const QDate since = r->due.addDays(1);
            if (!facts.absentSince.isValid() || since < facts.absentSince)
                facts.absentSince = since;
        }
    }
    return Escalation::suggest(facts);
}

Result<QString> CorrectionService::declareKeyPeriod(Database &db, const Access &access, const QString &name,
                                                    const QDate &from, const QDate &to, const QStringList &subjects,
                                                    const QString &note)
{
    if (Status s = access.require(db, Permission::CorrectionWrite); !s.ok())
        return s.error();
    if (name.trimmed().isEmpty())
        return invalid(tr("Name the key period (the event it is for)."), QStringLiteral("name")).error();
    if (!from.isValid() || !to.isValid() || to < from)
        return invalid(tr("Enter the first and the last day of the key period."), QStringLiteral("start_date")).error();
    if (subjects.isEmpty())
        return invalid(tr("Choose the people who must report daily during the period.")).error();
    Transaction tx(db);
    if (!tx.ok())
        return tx.status().error();
    const QString uuid = newUuid();
    const QString office = officeCode(db);
    const QVariantMap period{{QStringLiteral("office_code"), office},
                             {QStringLiteral("name"), name.trimmed()},
                             {QStringLiteral("start_date"), dateText(from)},
                             {QStringLiteral("end_date"), dateText(to)},
                             {QStringLiteral("note"), note}};
    if (Status s = save(db, access, CorrectionEntities::keyPeriod(), uuid, period); !s.ok())
        return s.error();
    for (const QString &subject : subjects) {
        Result<CcRecord> s = loadSubject(db, access, subject, true);
        if (!s)
            return s.error();
        const QVariantMap member{{QStringLiteral("office_code"), office},
                                 {kSubjectUuid, subject},
                                 {QStringLiteral("period_uuid"), uuid}};
        if (Status w = save(db, access, CorrectionEntities::keyMember(), newUuid(), member); !w.ok())
            return w.error();
    }
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    return uuid;
}

}  // namespace sifa
