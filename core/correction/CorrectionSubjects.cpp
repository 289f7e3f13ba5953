// Subjects: opening a file, correcting it, reading it (audited), the list, sealing.
#include "correction/CorrectionEntities.h"
#include "correction/CorrectionRepository.h"
#include "correction/CorrectionService.h"
#include "correction/CorrectionWrite.h"
#include "codes/CodeTables.h"
#include "people/IdNumber.h"
#include "people/Pinyin.h"
#include "people/PersonRepository.h"
#include "people/PersonService.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Time.h"

#include <QSet>

namespace sifa {

using namespace correction_detail;

namespace {

const QString kSubjectEntity = QStringLiteral("cc_subject");

// Fields only the steps of the workflow write.
const QSet<QString> &workflowFields()
{
    static const QSet<QString> set = {
        QStringLiteral("status"),        QStringLiteral("sealed"),         QStringLiteral("grade"),
        QStringLiteral("reported_date"), QStringLiteral("received_date"),  QStringLiteral("announced_date"),
        QStringLiteral("end_type"),      QStringLiteral("end_date"),       QStringLiteral("end_reason"),
        QStringLiteral("person_uuid"),   QStringLiteral("pending_revocation"), QStringLiteral("reoffence_date"),
    };
    return set;
}

bool isOpenStatus(const QString &status)
{
    return status == QLatin1String("awaiting_report") || status == QLatin1String("received")
        || status == QLatin1String("under_correction");
}

QDate fieldDate(const QVariantMap &m, const char *key)
{
    return QDate::fromString(m.value(QString::fromLatin1(key)).toString(), Qt::ISODate);
}

// The judgment's own consistency: type, period, dates in order.
Status checkJudgment(const QVariantMap &s)
{
    const QString type = s.value(QStringLiteral("correction_type")).toString();
    if (type.isEmpty())
        return Status::failure(ErrorCode::InvalidInput, CorrectionService::tr("Choose the correction type."),
                               QStringLiteral("correction_type"));
    const QString outside = s.value(QStringLiteral("outside_reason")).toString();
    if (type == QLatin1String("04") && outside.isEmpty())
        return Status::failure(ErrorCode::InvalidInput,
                               CorrectionService::tr("Temporary execution outside prison needs its reason (medical "
                                                     "parole, pregnancy or nursing, unable to look after oneself)."),
                               QStringLiteral("outside_reason"));
    if (type != QLatin1String("04") && !outside.isEmpty())
        return Status::failure(ErrorCode::InvalidInput,
                               CorrectionService::tr("Only temporary execution outside prison has an outside reason."),
                               QStringLiteral("outside_reason"));
    const QDate from = fieldDate(s, "period_from");
    const QDate to = fieldDate(s, "period_to");
    if (!from.isValid() || !to.isValid())
        return Status::failure(ErrorCode::InvalidInput,
                               CorrectionService::tr("Enter the first and the last day of the correction period."),
                               QStringLiteral("period_from"));
    if (to < from)
        return Status::failure(ErrorCode::InvalidInput,
                               CorrectionService::tr("The correction period ends before it begins."),
                               QStringLiteral("period_to"));
    const QDate effective = fieldDate(s, "effective_date");
    if (!effective.isValid())
        return Status::failure(ErrorCode::InvalidInput,
                               CorrectionService::tr("Enter the date the judgment or decision took effect."),
                               QStringLiteral("effective_date"));
    if (effective > Clock::today())
        return Status::failure(ErrorCode::InvalidInput,
                               CorrectionService::tr("The judgment cannot take effect in the future."),
                               QStringLiteral("effective_date"));
    const QDate judged = fieldDate(s, "judgment_date");
    if (judged.isValid() && judged > effective)
        return Status::failure(ErrorCode::InvalidInput,
                               CorrectionService::tr("The judgment is dated after it took effect."),
                               QStringLiteral("judgment_date"));
    const QDate pf = fieldDate(s, "prohibition_from");
    const QDate pt = fieldDate(s, "prohibition_to");
    if (pf.isValid() && pt.isValid() && pt < pf)
        return Status::failure(ErrorCode::InvalidInput, CorrectionService::tr("The prohibition order ends before it "
                                                                              "begins."),
                               QStringLiteral("prohibition_to"));
    return Status();
}

// The state a file starts in, from the steps its data already records (an imported ledger).
QString initialStatus(const QVariantMap &s)
{
    const QString end = s.value(QStringLiteral("end_type")).toString();
    if (!end.isEmpty())
        return end == QLatin1String("expired") ? QStringLiteral("released") : QStringLiteral("terminated");
    if (fieldDate(s, "announced_date").isValid())
        return QStringLiteral("under_correction");
    if (fieldDate(s, "received_date").isValid())
        return QStringLiteral("received");
    return QStringLiteral("awaiting_report");
}

Result<QString> linkPerson(Database &db, const Access &access, const Person &person)
{
    if (!person.uuid.isEmpty()) {
        Result<Person> p = PersonRepository::get(db, person.uuid);
        if (!p)
            return p.error();
        return p->uuid;
    }
    const Person n = PersonService::normalized(person, Clock::today());
    if (!n.idNumber.isEmpty()) {
        Result<std::optional<Person>> found = PersonRepository::findByIdNumber(db, n.idType, n.idNumber);
        if (!found)
            return found.error();
        if (found->has_value())
            return found->value().uuid;
    }
    Result<PersonSaveResult> created = PersonService::create(db, access, person);
    if (!created)
        return created.error();
    return created->uuid;
}

bool matches(const CcRecord &s, const Person &p, const QString &text)
{
    if (text.isEmpty())
        return true;
    const QString t = text.trimmed();
    const QString lower = t.toLower();
    if (p.name.contains(t) || p.alias.contains(t) || pinyinInitials(p.name).toLower().startsWith(lower))
        return true;
    if (t.size() >= 3 && (p.idNumber.contains(t, Qt::CaseInsensitive) || p.phone.contains(t)))
        return true;
    return s.text(QStringLiteral("charge")).contains(t) || s.text(QStringLiteral("subject_no")).contains(t);
}

}  // namespace

QString CorrectionService::statusName(const QString &status)
{
    const CodeTable *t = CodeTables::instance().table(QStringLiteral("correction_status"));
    return t ? t->displayName(status) : status;
}

Result<QString> CorrectionService::registerSubject(Database &db, const Access &access, const Person &person,
                                                   const QVariantMap &subject)
{
    if (Status s = access.require(db, Permission::CorrectionWrite); !s.ok())
        return s.error();
    const EntityDef &entity = CorrectionEntities::subject();
    QVariantMap fields = subject;
    fields.remove(QStringLiteral("person_uuid"));
    if (Status s = checkFields(entity, fields); !s.ok())
        return s.error();
    if (Status s = checkJudgment(fields); !s.ok())
        return s.error();
    const QString status = initialStatus(fields);
    if (status == QLatin1String("released") || status == QLatin1String("terminated")) {
        if (!fieldDate(fields, "end_date").isValid())
            return Result<QString>::failure(ErrorCode::InvalidInput,
                                            tr("A released or terminated file needs the date it ended."),
                                            QStringLiteral("end_date"));
    }
    Transaction tx(db);
    if (!tx.ok())
        return tx.status().error();
    Result<QString> personUuid = linkPerson(db, access, person);
    if (!personUuid)
        return personUuid.error();
    Result<QList<CcRecord>> existing = CorrectionRepository::subjectsOfPerson(db, *personUuid);
    if (!existing)
        return existing.error();
    for (const CcRecord &e : *existing) {
        if (isOpenStatus(e.text(QStringLiteral("status"))) && isOpenStatus(status))
            return Result<QString>::failure(ErrorCode::Duplicate,
                                            tr("This person already has an open correction file."),
                                            QStringLiteral("person_uuid"));
    }
    Result<Person> p = PersonRepository::get(db, *personUuid);
    if (!p)
        return p.error();
    const QDate effective = fieldDate(fields, "effective_date");
    if (!fields.contains(QStringLiteral("is_minor")) && p->birthDate.isValid())
        fields.insert(QStringLiteral("is_minor"), p->birthDate.addYears(18) > effective ? 1 : 0);
    if (fields.value(QStringLiteral("is_minor")).toInt() != 0) {
        if (Status m = access.require(db, Permission::CorrectionMinors); !m.ok())
            return m.error();
    }
    fields.insert(QStringLiteral("status"), status);
    fields.insert(QStringLiteral("person_uuid"), *personUuid);
    fields.insert(QStringLiteral("office_code"), officeCode(db));
    if (!fields.contains(QStringLiteral("officer")) && !access.username().isEmpty())
        fields.insert(QStringLiteral("officer"), access.username());
    const QString uuid = newUuid();
    if (Status s = save(db, access, entity, uuid, fields); !s.ok())
        return s.error();
    const QString grade = fields.value(QStringLiteral("grade")).toString();
    if (!grade.isEmpty()) {
        QDate from = fieldDate(fields, "received_date");
        if (!from.isValid())
            from = fieldDate(fields, "period_from");
        const QVariantMap g{{QStringLiteral("office_code"), officeCode(db)},
                            {QStringLiteral("subject_uuid"), uuid},
                            {QStringLiteral("grade"), grade},
                            {QStringLiteral("from_date"), dateText(from)},
                            {QStringLiteral("reason"), tr("Grade when the file was opened")}};
        if (Status s = save(db, access, CorrectionEntities::gradeChange(), newUuid(), g); !s.ok())
            return s.error();
    }
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    return uuid;
}

Status CorrectionService::update(Database &db, const Access &access, const QString &uuid, const QVariantMap &fields)
{
    const EntityDef &entity = CorrectionEntities::subject();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (workflowFields().contains(it.key()))
            return Status::failure(ErrorCode::InvalidInput,
                                   tr("“%1” changes through its step of the workflow, not by editing.").arg(it.key()),
                                   it.key());
    }
    if (Status s = checkFields(entity, fields); !s.ok())
        return s;
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<CcRecord> current = loadSubject(db, access, uuid, true);
    if (!current)
        return current.status();
    QVariantMap merged = current->fields;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        merged.insert(it.key(), it.value());
    if (Status s = checkJudgment(merged); !s.ok())
        return s;
    if (Status s = save(db, access, entity, uuid, fields); !s.ok())
        return s;
    return tx.commit();
}

Result<SubjectFile> CorrectionService::reread(Database &db, const Access &access, const QString &uuid,
                                              const QString &sealApproval)
{
    Result<CcRecord> s = loadSubject(db, access, uuid, false);
    if (!s)
        return s.error();
    if (s->flag(QStringLiteral("sealed")) && sealApproval.trimmed().isEmpty())
        return Result<SubjectFile>::failure(ErrorCode::PermissionDenied,
                                            tr("This file is sealed. Opening it needs the number of the approval "
                                               "that allows it."));
    return CorrectionRepository::file(db, uuid);
}

Result<SubjectFile> CorrectionService::open(Database &db, const Access &access, const QString &uuid,
                                            const QString &sealApproval)
{
    Result<SubjectFile> file = reread(db, access, uuid, sealApproval);
    if (!file)
        return file;
    const bool sealed = file->subject.flag(QStringLiteral("sealed"));
    const QString action = sealed ? QStringLiteral("correction.open_sealed") : QStringLiteral("correction.open");
    const QString detail = sealed ? tr("approval %1").arg(sealApproval.trimmed()) : QString();
    if (Status a = AuditLog::append(db, access.actor(), action, kSubjectEntity, uuid, detail); !a.ok())
        return a.error();
    return file;
}

Result<QList<SubjectListItem>> CorrectionService::list(Database &db, const Access &access, const SubjectQuery &query)
{
    if (Status s = access.require(db, Permission::CorrectionRead); !s.ok())
        return s.error();
    const bool minors = access.can(Permission::CorrectionMinors);
    Result<QList<QPair<CcRecord, Person>>> rows = CorrectionRepository::subjects(db);
    if (!rows)
        return rows.error();
    QList<SubjectListItem> out;
    for (const auto &[s, p] : *rows) {
        if (s.flag(QStringLiteral("sealed")) || (s.flag(QStringLiteral("is_minor")) && !minors))
            continue;
        const QString status = s.text(QStringLiteral("status"));
        if (query.status == QLatin1String("active")) {
            if (!isOpenStatus(status))
                continue;
        } else if (!query.status.isEmpty() && status != query.status) {
            continue;
        }
        if (!query.grade.isEmpty() && s.text(QStringLiteral("grade")) != query.grade)
            continue;
        if (!query.correctionType.isEmpty() && s.text(QStringLiteral("correction_type")) != query.correctionType)
            continue;
        if (!matches(s, p, query.text))
            continue;
        SubjectListItem item;
        item.uuid = s.uuid;
        item.personUuid = p.uuid;
        item.name = p.name;
        item.sex = p.sex;
        item.idNumber = query.revealIdNumbers ? p.idNumber : IdNumbers::mask(p.idNumber);
        item.birthDate = p.birthDate;
        item.correctionType = s.text(QStringLiteral("correction_type"));
        item.status = status;
        item.grade = s.text(QStringLiteral("grade"));
        item.charge = s.text(QStringLiteral("charge"));
        item.periodFrom = s.date(QStringLiteral("period_from"));
        item.periodTo = s.date(QStringLiteral("period_to"));
        item.effectiveDate = s.date(QStringLiteral("effective_date"));
        item.reportedDate = s.date(QStringLiteral("reported_date"));
        item.minor = s.flag(QStringLiteral("is_minor"));
        item.tags = s.text(QStringLiteral("tags"));
        item.officer = s.text(QStringLiteral("officer"));
        out << item;
    }
    if (query.revealIdNumbers && !out.isEmpty()) {
        if (Status a = AuditLog::append(db, access.actor(), QStringLiteral("correction.reveal_ids"), kSubjectEntity,
                                        QString(), tr("%n subject(s)", nullptr, int(out.size())));
            !a.ok())
            return a.error();
    }
    return out;
}

Result<QString> CorrectionService::findSealed(Database &db, const Access &access, const QString &idNumber,
                                              const QString &approval)
{
    if (Status s = access.require(db, Permission::CorrectionMinors); !s.ok())
        return s.error();
    if (approval.trimmed().isEmpty())
        return Result<QString>::failure(ErrorCode::InvalidInput,
                                        tr("Enter the number of the approval that allows opening a sealed file."));
    Person probe;
    probe.idNumber = idNumber;
    const Person n = PersonService::normalized(probe, Clock::today());
    Result<std::optional<Person>> person = PersonRepository::findByIdNumber(db, n.idType, n.idNumber);
    if (!person)
        return person.error();
    if (person->has_value()) {
        Result<QList<CcRecord>> files = CorrectionRepository::subjectsOfPerson(db, person->value().uuid);
        if (!files)
            return files.error();
        for (const CcRecord &f : *files) {
            if (f.flag(QStringLiteral("sealed")))
                return f.uuid;
        }
    }
    return Result<QString>::failure(ErrorCode::NotFound, tr("There is no sealed file for this ID number."));
}

Status CorrectionService::seal(Database &db, const Access &access, const QString &uuid, const QString &reason)
{
    if (Status s = access.require(db, Permission::CorrectionMinors); !s.ok())
        return s;
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<CcRecord> s = loadSubject(db, access, uuid, true);
    if (!s)
        return s.status();
    if (!s->flag(QStringLiteral("is_minor")))
        return Status::failure(ErrorCode::Conflict, tr("Only the file of a minor is sealed."));
    if (s->flag(QStringLiteral("sealed")))
        return Status::failure(ErrorCode::Conflict, tr("This file is sealed already."));
    if (reason.trimmed().isEmpty())
        return Status::failure(ErrorCode::InvalidInput, tr("Give the reason for sealing (the decision or the rule)."));
    if (Status w = save(db, access, CorrectionEntities::subject(), uuid, {{QStringLiteral("sealed"), 1}}, reason);
        !w.ok())
        return w;
    return tx.commit();
}

Status CorrectionService::unseal(Database &db, const Access &access, const QString &uuid, const QString &approval)
{
    if (Status s = access.require(db, Permission::CorrectionMinors); !s.ok())
        return s;
    if (approval.trimmed().isEmpty())
        return Status::failure(ErrorCode::InvalidInput, tr("Enter the number of the approval that lifts the seal."));
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<CcRecord> s = loadSubject(db, access, uuid, true);
    if (!s)
        return s.status();
    if (!s->flag(QStringLiteral("sealed")))
        return Status::failure(ErrorCode::Conflict, tr("This file is not sealed."));
    if (Status w = save(db, access, CorrectionEntities::subject(), uuid, {{QStringLiteral("sealed"), 0}},
                        tr("approval %1").arg(approval.trimmed()));
        !w.ok())
        return w;
    return tx.commit();
}

}  // namespace sifa
