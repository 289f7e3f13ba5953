// Prison notices (刑满释放人员通知书): recorded, checked on the ground, the family told, and
// either a file opened or the person listed as not located.
#include "correction/CorrectionWrite.h"
#include "people/PersonService.h"
#include "placement/PlacementEntities.h"
#include "placement/PlacementService.h"
#include "placement/PlacementWrite.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "sync/RecordStore.h"
#include "util/Time.h"

namespace sifa {

using namespace placement_detail;
using correction_detail::dateText;
using correction_detail::newUuid;
using correction_detail::officeCode;

namespace {

Result<Record> loadNotice(Database &db, const Access &access, const QString &uuid, bool write)
{
    if (Status s = access.require(db, write ? Permission::PlacementWrite : Permission::PlacementRead); !s.ok())
        return s.error();
    return RecordStore::get(db, PlacementEntities::notice(), uuid);
}

}  // namespace

Result<QList<Record>> PlacementService::notices(Database &db, const Access &access)
{
    if (Status s = access.require(db, Permission::PlacementRead); !s.ok())
        return s.error();
    return RecordStore::all(db, PlacementEntities::notice(), QStringLiteral("expected_date DESC, created_at DESC"));
}

Result<QString> PlacementService::saveNotice(Database &db, const Access &access, const QString &uuid,
                                             const QVariantMap &fields)
{
    if (Status s = access.require(db, Permission::PlacementWrite); !s.ok())
        return s.error();
    const EntityDef &entity = PlacementEntities::notice();
    QVariantMap f = fields;
    for (const char *step : {"status", "subject_uuid", "checked_date", "family_informed_date"}) {
        if (f.contains(QString::fromLatin1(step)))
            return Result<QString>::failure(ErrorCode::InvalidInput,
                                            tr("“%1” changes through its step, not by editing.")
                                                .arg(QString::fromLatin1(step)),
                                            QString::fromLatin1(step));
    }
    if (Status s = checkFields(entity, f); !s.ok())
        return s.error();
    if (f.contains(QStringLiteral("id_number"))) {
        Person probe;
        probe.name = f.value(QStringLiteral("name")).toString();
        probe.idNumber = f.value(QStringLiteral("id_number")).toString();
        if (!probe.idNumber.trimmed().isEmpty()) {
            const Person n = PersonService::normalized(probe, Clock::today());
            for (const Error &e : PersonService::validate(n, Clock::today())) {
                if (e.field == QLatin1String("id_number"))
                    return Result<QString>::failure(e.code, e.message, QStringLiteral("id_number"));
            }
            f.insert(QStringLiteral("id_number"), n.idNumber);
            if (!f.contains(QStringLiteral("sex")) && !n.sex.isEmpty())
                f.insert(QStringLiteral("sex"), n.sex);
            if (!f.contains(QStringLiteral("birth_date")) && n.birthDate.isValid())
                f.insert(QStringLiteral("birth_date"), dateText(n.birthDate));
        }
    }
    Transaction tx(db);
    if (!tx.ok())
        return tx.status().error();
    QString id = uuid;
    if (id.isEmpty()) {
        if (f.value(QStringLiteral("name")).toString().trimmed().isEmpty())
            return Result<QString>::failure(ErrorCode::InvalidInput, tr("Enter the name on the notice."),
                                            QStringLiteral("name"));
        if (!fieldDate(f, "expected_date").isValid())
            return Result<QString>::failure(ErrorCode::InvalidInput, tr("Enter the expected release date."),
                                            QStringLiteral("expected_date"));
        if (!fieldDate(f, "received_date").isValid())
            return Result<QString>::failure(ErrorCode::InvalidInput, tr("Enter the date the notice arrived."),
                                            QStringLiteral("received_date"));
        id = newUuid();
        f.insert(QStringLiteral("status"), QStringLiteral("pending"));
        f.insert(QStringLiteral("office_code"), officeCode(db));
    } else if (Result<Record> n = loadNotice(db, access, id, true); !n) {
        return n.error();
    }
    if (Status s = save(db, access, entity, id, f); !s.ok())
        return s.error();
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    return id;
}

Status PlacementService::checkNotice(Database &db, const Access &access, const QString &uuid, const QString &outcome,
                                     const QDate &date, const QString &note)
{
    static const QStringList outcomes = {QStringLiteral("located"), QStringLiteral("not_located"),
                                         QStringLiteral("elsewhere"), QStringLiteral("pending")};
    if (!outcomes.contains(outcome))
        return Status::failure(ErrorCode::InvalidInput,
                               tr("The check finds the person, does not find them, or finds they live elsewhere."));
    if (Status s = checkPast(date, tr("date of the check")); !s.ok())
        return s;
    if (outcome != QLatin1String("located") && note.trimmed().isEmpty())
        return Status::failure(ErrorCode::InvalidInput,
                               tr("Write down what was done to find the person (who was asked, where)."),
                               QStringLiteral("check_note"));
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<Record> n = loadNotice(db, access, uuid, true);
    if (!n)
        return n.status();
    if (n->text(QStringLiteral("status")) == QLatin1String("opened"))
        return Status::failure(ErrorCode::Conflict, tr("A file was opened from this notice already."));
    if (Status s = save(db, access, PlacementEntities::notice(), uuid,
                        {{QStringLiteral("status"), outcome},
                         {QStringLiteral("checked_date"), dateText(date)},
                         {QStringLiteral("check_note"), note.trimmed()}});
        !s.ok())
        return s;
    return tx.commit();
}

Status PlacementService::recordFamilyInformed(Database &db, const Access &access, const QString &uuid,
                                              const QDate &date)
{
    if (Status s = checkPast(date, tr("date the family was told")); !s.ok())
        return s;
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<Record> n = loadNotice(db, access, uuid, true);
    if (!n)
        return n.status();
    if (date < n->date(QStringLiteral("received_date")))
        return Status::failure(ErrorCode::InvalidInput, tr("The family cannot be told before the notice arrived."));
    if (Status s = save(db, access, PlacementEntities::notice(), uuid,
                        {{QStringLiteral("family_informed_date"), dateText(date)}});
        !s.ok())
        return s;
    return tx.commit();
}

Result<QString> PlacementService::openFromNotice(Database &db, const Access &access, const QString &noticeUuid,
                                                 const QVariantMap &fields)
{
    if (Status s = access.require(db, Permission::PlacementWrite); !s.ok())
        return s.error();
    Result<Record> n = loadNotice(db, access, noticeUuid, true);
    if (!n)
        return n.error();
    if (n->text(QStringLiteral("status")) == QLatin1String("opened"))
        return Result<QString>::failure(ErrorCode::Conflict, tr("A file was opened from this notice already."));
    Person person;
    person.name = n->text(QStringLiteral("name"));
    person.idNumber = n->text(QStringLiteral("id_number"));
    person.sex = n->text(QStringLiteral("sex"));
    person.birthDate = n->date(QStringLiteral("birth_date"));
    person.hukouAddress = n->text(QStringLiteral("hukou_address"));
    person.residenceAddress = n->text(QStringLiteral("residence"));
    QVariantMap f{
        {QStringLiteral("source_type"), QStringLiteral("prison")},
        {QStringLiteral("notice_uuid"), noticeUuid},
        {QStringLiteral("notice_no"), n->text(QStringLiteral("notice_no"))},
        {QStringLiteral("releasing_org"), n->text(QStringLiteral("prison"))},
        {QStringLiteral("charge"), n->text(QStringLiteral("charge"))},
        {QStringLiteral("original_sentence"), n->text(QStringLiteral("original_sentence"))},
        {QStringLiteral("release_date"), n->text(QStringLiteral("expected_date"))},
        {QStringLiteral("family_informed_date"), n->text(QStringLiteral("family_informed_date"))},
    };
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        f.insert(it.key(), it.value());
    Transaction tx(db);
    if (!tx.ok())
        return tx.status().error();
    Result<QString> uuid = registerSubject(db, access, person, f);
    if (!uuid)
        return uuid;
    if (Status s = save(db, access, PlacementEntities::notice(), noticeUuid,
                        {{QStringLiteral("status"), QStringLiteral("opened")}, {QStringLiteral("subject_uuid"), *uuid}});
        !s.ok())
        return s.error();
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    return uuid;
}

}  // namespace sifa
