// A file from an existing ledger: the registration with the history the ledger records (the
// placement and the category), which a file that has ended would refuse step by step.
#include "correction/CorrectionWrite.h"
#include "placement/PlacementEntities.h"
#include "placement/PlacementService.h"
#include "placement/PlacementWrite.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "sync/RecordStore.h"

namespace sifa {

using namespace placement_detail;
using correction_detail::newUuid;
using correction_detail::officeCode;

namespace {

const QString kSubjectUuid = QStringLiteral("subject_uuid");

Status addPlacement(Database &db, const Access &access, const Record &subject, QVariantMap f)
{
    const EntityDef &entity = PlacementEntities::placement();
    f.remove(kSubjectUuid);
    f.remove(QStringLiteral("office_code"));
    if (Status s = checkFields(entity, f); !s.ok())
        return s;
    if (f.value(QStringLiteral("mode")).toString().trimmed().isEmpty())
        return Status::failure(ErrorCode::InvalidInput, PlacementService::tr("Choose how the person was placed."),
                               QStringLiteral("mode"));
    if (Status s = checkPast(fieldDate(f, "placed_date"), PlacementService::tr("date of the placement"),
                             QStringLiteral("placed_date"));
        !s.ok())
        return s;
    if (Status s = checkRecord(entity, f, subject); !s.ok())
        return s;
    f.insert(kSubjectUuid, subject.uuid);
    f.insert(QStringLiteral("office_code"), officeCode(db));
    return save(db, access, entity, newUuid(), f);
}

// The category as an assessment: the checks of assessRisk but for the file being open.
Status addReview(Database &db, const Access &access, const Record &subject, QVariantMap f)
{
    const EntityDef &entity = PlacementEntities::riskReview();
    f.remove(kSubjectUuid);
    f.remove(QStringLiteral("office_code"));
    if (Status s = checkFields(entity, f); !s.ok())
        return s;
    const QDate date = fieldDate(f, "review_date");
    if (Status s = checkPast(date, PlacementService::tr("date of the assessment"), QStringLiteral("review_date"));
        !s.ok())
        return s;
    if (date < subject.date(QStringLiteral("release_date")).addMonths(-1))
        return Status::failure(ErrorCode::InvalidInput,
                               PlacementService::tr("The assessment is dated long before the release."),
                               QStringLiteral("review_date"));
    const QString category = f.value(QStringLiteral("category")).toString();
    if (category.isEmpty())
        return Status::failure(ErrorCode::InvalidInput,
                               PlacementService::tr("Choose the category the assessment comes to (key or general)."),
                               QStringLiteral("category"));
    if (category == QLatin1String("key") && f.value(QStringLiteral("factors")).toString().trimmed().isEmpty()
        && f.value(QStringLiteral("reason")).toString().trimmed().isEmpty())
        return Status::failure(ErrorCode::InvalidInput,
                               PlacementService::tr("A key person needs the factors ticked or the reason written."),
                               QStringLiteral("factors"));
    if (f.value(QStringLiteral("reviewer")).toString().trimmed().isEmpty())
        f.insert(QStringLiteral("reviewer"), access.username());
    f.insert(kSubjectUuid, subject.uuid);
    f.insert(QStringLiteral("office_code"), officeCode(db));
    if (Status s = save(db, access, entity, newUuid(), f); !s.ok())
        return s;
    QVariantMap changes{{QStringLiteral("category"), category}};
    if (f.contains(QStringLiteral("risk_level")))
        changes.insert(QStringLiteral("risk_level"), f.value(QStringLiteral("risk_level")));
    return save(db, access, PlacementEntities::subject(), subject.uuid, changes);
}

}  // namespace

Result<QString> PlacementService::registerFromLedger(Database &db, const Access &access, const Person &person,
                                                     const QVariantMap &fields, const QVariantMap &placement,
                                                     const QVariantMap &review)
{
    Transaction tx(db);
    if (!tx.ok())
        return tx.status().error();
    Result<QString> uuid = registerSubject(db, access, person, fields);
    if (!uuid)
        return uuid;
    Result<Record> subject = RecordStore::get(db, PlacementEntities::subject(), *uuid);
    if (!subject)
        return subject.error();
    if (!placement.isEmpty()) {
        if (Status s = addPlacement(db, access, *subject, placement); !s.ok())
            return s.error();
    }
    if (!review.isEmpty()) {
        if (Status s = addReview(db, access, *subject, review); !s.ok())
            return s.error();
    }
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    return uuid;
}

}  // namespace sifa
