// Files: opening one (from the ledger, a notice or a correction release), correcting it, reading
// it (audited) and the list.
#include "codes/CodeTables.h"
#include "correction/CcRecord.h"
#include "correction/CorrectionRepository.h"
#include "correction/CorrectionWrite.h"
#include "domain/Office.h"
#include "people/IdNumber.h"
#include "people/PersonRepository.h"
#include "people/PersonService.h"
#include "people/Pinyin.h"
#include "placement/PlacementEntities.h"
#include "placement/PlacementRepository.h"
#include "placement/PlacementService.h"
#include "placement/PlacementWrite.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "sync/ChangeLog.h"
#include "sync/RecordStore.h"
#include "util/Time.h"

#include <QSet>

namespace sifa {

using namespace placement_detail;
using correction_detail::dateText;
using correction_detail::newUuid;
using correction_detail::officeCode;

namespace {

const QString kSubjectEntity = QStringLiteral("rp_subject");

// Fields only the steps write.
const QSet<QString> &workflowFields()
{
    static const QSet<QString> set = {
        QStringLiteral("status"),   QStringLiteral("handover_status"), QStringLiteral("category"),
        QStringLiteral("end_type"), QStringLiteral("end_date"),        QStringLiteral("person_uuid"),
        QStringLiteral("cc_subject_uuid"), QStringLiteral("notice_uuid"),
    };
    return set;
}

QString statusOfEnd(const QString &endType)
{
    return endType.isEmpty() ? QStringLiteral("assisting") : endType;
}

// The release and the period: source, release date in the past, the period's end after it.
Status checkRelease(const QVariantMap &f)
{
    if (f.value(QStringLiteral("source_type")).toString().isEmpty())
        return Status::failure(ErrorCode::InvalidInput,
                               PlacementService::tr("Choose where the person comes from (prison or community "
                                                    "correction)."),
                               QStringLiteral("source_type"));
    const QDate release = fieldDate(f, "release_date");
    if (Status s = checkPast(release, PlacementService::tr("release date"), QStringLiteral("release_date")); !s.ok())
        return s;
    const QDate end = fieldDate(f, "assist_end_date");
    if (end.isValid() && end <= release)
        return Status::failure(ErrorCode::InvalidInput,
                               PlacementService::tr("The assistance period ends before the release."),
                               QStringLiteral("assist_end_date"));
    const QDate handover = fieldDate(f, "handover_date");
    if (handover.isValid() && handover < release.addDays(-1))
        return Status::failure(ErrorCode::InvalidInput,
                               PlacementService::tr("The hand-over is dated before the release."),
                               QStringLiteral("handover_date"));
    return Status();
}

bool matches(const Record &s, const Person &p, const QString &text)
{
    if (text.isEmpty())
        return true;
    const QString t = text.trimmed();
    const QString lower = t.toLower();
    if (p.name.contains(t) || p.alias.contains(t) || pinyinInitials(p.name).toLower().startsWith(lower))
        return true;
    if (t.size() >= 3 && (p.idNumber.contains(t, Qt::CaseInsensitive) || p.phone.contains(t)))
        return true;
    for (const char *field : {"charge", "subject_no", "releasing_org"}) {
        if (s.text(QString::fromLatin1(field)).contains(t))
            return true;
    }
    return false;
}

// 双列管 (domain README §4.2): a person whose household and residence lie in different
// townships is listed in both; the office's role is "hukou" or "residence" by which of the two it
// is (empty when the two are the same or not known).
QString dualRole(const Person &p, const QString &office)
{
    const QString hukou = p.hukouDivision.left(9);
    const QString residence = p.residenceDivision.left(9);
    if (hukou.size() < 9 || residence.size() < 9 || hukou == residence)
        return QString();
    if (hukou == office.left(9))
        return QStringLiteral("hukou");
    return residence == office.left(9) ? QStringLiteral("residence") : QString();
}

// Writes a new file (the caller holds the transaction and has checked the permission).
Result<QString> createFile(Database &db, const Access &access, const Person &person, QVariantMap fields)
{
    const EntityDef &entity = PlacementEntities::subject();
    fields.remove(QStringLiteral("person_uuid"));
    if (Status s = checkFields(entity, fields); !s.ok())
        return s.error();
    if (Status s = checkRelease(fields); !s.ok())
        return s.error();
    const QString endType = fields.value(QStringLiteral("end_type")).toString();
    if (!endType.isEmpty() && !fieldDate(fields, "end_date").isValid())
        return Result<QString>::failure(ErrorCode::InvalidInput,
                                        PlacementService::tr("A file that has ended needs the date it ended."),
                                        QStringLiteral("end_date"));
    Result<QString> personUuid = PersonService::findOrCreate(db, access, person);
    if (!personUuid)
        return personUuid.error();
    Result<QList<Record>> existing = PlacementRepository::subjectsOfPerson(db, *personUuid);
    if (!existing)
        return existing.error();
    for (const Record &e : *existing) {
        if (e.text(QStringLiteral("status")) == QLatin1String("assisting") && endType.isEmpty())
            return Result<QString>::failure(ErrorCode::Duplicate,
                                            PlacementService::tr("This person already has an open resettlement file."),
                                            QStringLiteral("person_uuid"));
    }
    Result<Person> p = PersonRepository::get(db, *personUuid);
    if (!p)
        return p.error();
    const QDate release = fieldDate(fields, "release_date");
    if (!fields.contains(QStringLiteral("dual_listed"))) {
        const QString role = dualRole(*p, officeCode(db));
        fields.insert(QStringLiteral("dual_listed"), role.isEmpty() ? 0 : 1);
        if (!role.isEmpty() && !fields.contains(QStringLiteral("dual_role")))
            fields.insert(QStringLiteral("dual_role"), role);
    }
    if (!fields.contains(QStringLiteral("is_minor")) && p->birthDate.isValid())
        fields.insert(QStringLiteral("is_minor"), p->birthDate.addYears(18) > release ? 1 : 0);
    if (!fieldDate(fields, "assist_end_date").isValid())
        fields.insert(QStringLiteral("assist_end_date"),
                      dateText(PlacementService::assistEnd(fields.value(QStringLiteral("source_type")).toString(),
                                                           release)));
    QString handover = fields.value(QStringLiteral("handover_status")).toString();
    if (handover.isEmpty())
        handover = fieldDate(fields, "handover_date").isValid() ? QStringLiteral("done") : QStringLiteral("pending");
    fields.insert(QStringLiteral("handover_status"), handover);
    fields.insert(QStringLiteral("status"), statusOfEnd(endType));
    fields.insert(QStringLiteral("person_uuid"), *personUuid);
    fields.insert(QStringLiteral("office_code"), officeCode(db));
    if (!fields.contains(QStringLiteral("officer")) && !access.username().isEmpty())
        fields.insert(QStringLiteral("officer"), access.username());
    const QString uuid = newUuid();
    if (Status s = save(db, access, entity, uuid, fields); !s.ok())
        return s.error();
    return uuid;
}

}  // namespace

QString PlacementService::statusName(const QString &status)
{
    const CodeTable *t = CodeTables::instance().table(QStringLiteral("placement_status"));
    return t ? t->displayName(status) : status;
}

Result<QString> PlacementService::registerSubject(Database &db, const Access &access, const Person &person,
                                                  const QVariantMap &fields)
{
    if (Status s = access.require(db, Permission::PlacementWrite); !s.ok())
        return s.error();
    Transaction tx(db);
    if (!tx.ok())
        return tx.status().error();
    Result<QString> uuid = createFile(db, access, person, fields);
    if (!uuid)
        return uuid;
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    return uuid;
}

Status PlacementService::update(Database &db, const Access &access, const QString &uuid, const QVariantMap &fields)
{
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (workflowFields().contains(it.key()))
            return Status::failure(ErrorCode::InvalidInput,
                                   tr("“%1” changes through its step, not by editing.").arg(it.key()), it.key());
    }
    if (Status s = checkFields(PlacementEntities::subject(), fields); !s.ok())
        return s;
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<Record> current = loadSubject(db, access, uuid, true);
    if (!current)
        return current.status();
    QVariantMap changes = fields;
    const bool periodMoves = fields.contains(QStringLiteral("release_date")) || fields.contains(QStringLiteral("source_type"));
    QVariantMap merged = current->fields;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        merged.insert(it.key(), it.value());
    if (periodMoves && !fields.contains(QStringLiteral("assist_end_date"))) {
        const QString end = dateText(assistEnd(merged.value(QStringLiteral("source_type")).toString(),
                                               fieldDate(merged, "release_date")));
        merged.insert(QStringLiteral("assist_end_date"), end);
        changes.insert(QStringLiteral("assist_end_date"), end);
    }
    if (Status s = checkRelease(merged); !s.ok())
        return s;
    if (Status s = save(db, access, PlacementEntities::subject(), uuid, changes); !s.ok())
        return s;
    return tx.commit();
}

Result<PlacementFile> PlacementService::reload(Database &db, const Access &access, const QString &uuid)
{
    Result<Record> s = loadSubject(db, access, uuid, false);
    if (!s)
        return s.error();
    return PlacementRepository::file(db, uuid);
}

Result<PlacementFile> PlacementService::open(Database &db, const Access &access, const QString &uuid)
{
    Result<PlacementFile> file = reload(db, access, uuid);
    if (!file)
        return file;
    if (Status a = AuditLog::append(db, access.actor(), QStringLiteral("placement.open"), kSubjectEntity, uuid);
        !a.ok())
        return a.error();
    return file;
}

Result<QList<PlacementListItem>> PlacementService::list(Database &db, const Access &access,
                                                        const PlacementQuery &query)
{
    if (Status s = access.require(db, Permission::PlacementRead); !s.ok())
        return s.error();
    Result<QList<QPair<Record, Person>>> rows = PlacementRepository::subjects(db);
    if (!rows)
        return rows.error();
    Result<QHash<QString, QList<Record>>> visits =
        PlacementRepository::bySubject(db, PlacementEntities::visit(), QStringLiteral("visit_date DESC"));
    if (!visits)
        return visits.error();
    Result<QHash<QString, QList<Record>>> placements =
        PlacementRepository::bySubject(db, PlacementEntities::placement(), QStringLiteral("placed_date DESC"));
    if (!placements)
        return placements.error();
    QList<PlacementListItem> out;
    for (const auto &[s, p] : *rows) {
        const QString status = s.text(QStringLiteral("status"));
        if (!query.status.isEmpty() && status != query.status)
            continue;
        if (!query.category.isEmpty() && s.text(QStringLiteral("category")) != query.category)
            continue;
        if (!query.handoverStatus.isEmpty() && s.text(QStringLiteral("handover_status")) != query.handoverStatus)
            continue;
        if (!query.source.isEmpty() && s.text(QStringLiteral("source_type")) != query.source)
            continue;
        if (!matches(s, p, query.text))
            continue;
        PlacementFile partial;
        partial.subject = s;
        partial.visits = visits->value(s.uuid);
        partial.placements = placements->value(s.uuid);
        PlacementListItem item;
        item.uuid = s.uuid;
        item.personUuid = p.uuid;
        item.name = p.name;
        item.sex = p.sex;
        item.idNumber = query.revealIdNumbers ? p.idNumber : IdNumbers::mask(p.idNumber);
        item.birthDate = p.birthDate;
        item.source = s.text(QStringLiteral("source_type"));
        item.status = status;
        item.category = s.text(QStringLiteral("category"));
        item.handoverMode = s.text(QStringLiteral("handover_mode"));
        item.handoverStatus = s.text(QStringLiteral("handover_status"));
        item.releaseDate = s.date(QStringLiteral("release_date"));
        item.assistEnd = s.date(QStringLiteral("assist_end_date"));
        item.charge = s.text(QStringLiteral("charge"));
        item.releasingOrg = s.text(QStringLiteral("releasing_org"));
        if (const Record *current = partial.currentPlacement())
            item.placementMode = current->text(QStringLiteral("mode"));
        item.lastVisit = partial.lastVisit();
        item.sanwu = partial.sanwu();
        item.dualListed = s.flag(QStringLiteral("dual_listed"));
        item.minor = s.flag(QStringLiteral("is_minor"));
        item.officer = s.text(QStringLiteral("officer"));
        out << item;
    }
    if (query.revealIdNumbers && !out.isEmpty()) {
        if (Status a = AuditLog::append(db, access.actor(), QStringLiteral("placement.reveal_ids"), kSubjectEntity,
                                        QString(), tr("%n person(s)", nullptr, int(out.size())));
            !a.ok())
            return a.error();
    }
    return out;
}

Result<QString> PlacementService::handOverFromCorrection(Database &db, const Access &access,
                                                         const SubjectFile &released)
{
    const Record &cc = released.subject;
    const QDate release = cc.date(QStringLiteral("end_date"));
    QVariantMap f{
        {QStringLiteral("source_type"), QStringLiteral("correction")},
        {QStringLiteral("cc_subject_uuid"), cc.uuid},
        {QStringLiteral("release_date"), dateText(release)},
        {QStringLiteral("release_cert_no"), cc.text(QStringLiteral("certificate_no"))},
        {QStringLiteral("releasing_org"), Office::countyCorrectionAgency(db)},
        {QStringLiteral("charge"), cc.text(QStringLiteral("charge"))},
        {QStringLiteral("crime_type"), cc.text(QStringLiteral("charge_category"))},
        {QStringLiteral("original_sentence"), cc.text(QStringLiteral("original_sentence"))},
        {QStringLiteral("original_term"), cc.text(QStringLiteral("original_term"))},
        {QStringLiteral("additional_penalty"), cc.text(QStringLiteral("additional_penalty"))},
        {QStringLiteral("is_minor"), cc.number(QStringLiteral("is_minor"))},
        {QStringLiteral("tags"), cc.text(QStringLiteral("tags"))},
        {QStringLiteral("reform_performance"), cc.text(QStringLiteral("appraisal_conduct"))},
        {QStringLiteral("guilt_attitude"), cc.text(QStringLiteral("appraisal_attitude"))},
        {QStringLiteral("skills"), cc.text(QStringLiteral("appraisal_skills"))},
        {QStringLiteral("handover_status"), QStringLiteral("done")},
        {QStringLiteral("handover_date"), dateText(release)},
        {QStringLiteral("reported_date"), dateText(release)},
        {QStringLiteral("handover_staff"), cc.text(QStringLiteral("officer"))},
        {QStringLiteral("officer"), QString()},
    };
    for (const char *key : {"appraisal_conduct", "appraisal_attitude", "appraisal_skills", "appraisal_risk",
                            "appraisal_family", "appraisal_advice"})
        f.insert(QString::fromLatin1(key), cc.text(QString::fromLatin1(key)));
    Person person;
    person.uuid = released.person.uuid;
    return createFile(db, access, person, f);
}

Result<QString> PlacementService::openFromCorrection(Database &db, const Access &access, const QString &ccSubjectUuid)
{
    if (Status s = access.require(db, Permission::PlacementWrite); !s.ok())
        return s.error();
    Transaction tx(db);
    if (!tx.ok())
        return tx.status().error();
    Result<SubjectFile> cc = CorrectionRepository::file(db, ccSubjectUuid);
    if (!cc)
        return cc.error();
    if (cc->status() != QLatin1String("released"))
        return Result<QString>::failure(ErrorCode::Conflict,
                                        tr("Only a person released from community correction at the end of the "
                                           "period is taken into resettlement from the correction file."));
    if (cc->subject.flag(QStringLiteral("sealed")))
        return Result<QString>::failure(ErrorCode::PermissionDenied, tr("That correction file is sealed."));
    Result<QList<Record>> existing = RecordStore::rowsWhere(db, PlacementEntities::subject(),
                                                            QStringLiteral("cc_subject_uuid"), ccSubjectUuid,
                                                            QStringLiteral("rid"));
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return Result<QString>::failure(ErrorCode::Duplicate,
                                        tr("A resettlement file was opened from this correction file already."));
    Result<QString> uuid = handOverFromCorrection(db, access, *cc);
    if (!uuid)
        return uuid;
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    return uuid;
}

Status PlacementService::withdrawHandOver(Database &db, const Access &access, const QString &ccSubjectUuid,
                                          const QString &reason)
{
    Result<QList<Record>> opened = RecordStore::rowsWhere(db, PlacementEntities::subject(),
                                                          QStringLiteral("cc_subject_uuid"), ccSubjectUuid,
                                                          QStringLiteral("rid"));
    if (!opened)
        return opened.status();
    for (const Record &r : *opened) {
        Result<PlacementFile> f = PlacementRepository::file(db, r.uuid);
        if (!f)
            return f.status();
        const bool untouched = f->isOpen() && f->members.isEmpty() && f->agreements.isEmpty() && f->visits.isEmpty()
            && f->placements.isEmpty() && f->assistance.isEmpty() && f->reviews.isEmpty() && f->moves.isEmpty();
        if (!untouched)
            return Status::failure(ErrorCode::Conflict,
                                   tr("The resettlement officer has already worked on the file this release opened; "
                                      "ask them to end it before the correction file is reopened."));
        if (Result<QString> op = ChangeLog::remove(db, access.actor(), PlacementEntities::subject(), r.uuid, reason);
            !op)
            return op.status();
    }
    return Status();
}

}  // namespace sifa
