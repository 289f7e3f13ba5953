// 调查评估: entrustments of a pre-sentence assessment, their due dates and the opinion.
#include "correction/CorrectionEntities.h"
#include "correction/CorrectionRepository.h"
#include "correction/CorrectionService.h"
#include "correction/CorrectionWrite.h"
#include "rules/Rules.h"
#include "storage/Transaction.h"

namespace sifa {

using namespace correction_detail;

QDate CorrectionService::assessmentDue(const CcRecord &a)
{
    const QDate extended = a.date(QStringLiteral("extended_until"));
    if (extended.isValid())
        return extended;
    const QDate received = a.date(QStringLiteral("received_date"));
    const QString rule = a.flag(QStringLiteral("fast_track")) ? QStringLiteral("correction.assessment_due_fast")
                                                              : QStringLiteral("correction.assessment_due");
    return received.isValid() ? Rules::instance().due(rule, received) : QDate();
}

Result<QList<CcRecord>> CorrectionService::assessments(Database &db, const Access &access)
{
    if (Status s = access.require(db, Permission::CorrectionRead); !s.ok())
        return s.error();
    Result<QList<CcRecord>> all =
        CorrectionRepository::all(db, CorrectionEntities::assessment(), QStringLiteral("received_date DESC"));
    if (!all)
        return all;
    if (access.can(Permission::CorrectionMinors))
        return all;
    QList<CcRecord> out;
    for (const CcRecord &a : *all) {
        if (!a.flag(QStringLiteral("is_minor")))
            out << a;
    }
    return out;
}

Result<QString> CorrectionService::saveAssessment(Database &db, const Access &access, const QString &uuid,
                                                  const QVariantMap &input)
{
    if (Status s = access.require(db, Permission::CorrectionWrite); !s.ok())
        return s.error();
    const EntityDef &entity = CorrectionEntities::assessment();
    QVariantMap f = input;
    for (const char *k : {"office_code", "opinion", "completed_date"})
        f.remove(QString::fromLatin1(k));
    if (Status s = checkFields(entity, f); !s.ok())
        return s.error();
    Transaction tx(db);
    if (!tx.ok())
        return tx.status().error();
    QVariantMap merged;
    if (!uuid.isEmpty()) {
        Result<CcRecord> current = CorrectionRepository::get(db, entity, uuid);
        if (!current)
            return current.error();
        merged = current->fields;
    }
    for (auto it = f.cbegin(); it != f.cend(); ++it)
        merged.insert(it.key(), it.value());
    if (merged.value(QStringLiteral("name")).toString().trimmed().isEmpty())
        return Result<QString>::failure(ErrorCode::InvalidInput, tr("Enter the name of the person to be assessed."),
                                        QStringLiteral("name"));
    if (merged.value(QStringLiteral("entrusting_body")).toString().trimmed().isEmpty())
        return Result<QString>::failure(ErrorCode::InvalidInput, tr("Enter the body that entrusted the assessment."),
                                        QStringLiteral("entrusting_body"));
    const QDate received = QDate::fromString(merged.value(QStringLiteral("received_date")).toString(), Qt::ISODate);
    if (Status s = checkPast(received, tr("date the entrustment was received")); !s.ok())
        return s.error();
    const QDate extended = QDate::fromString(merged.value(QStringLiteral("extended_until")).toString(), Qt::ISODate);
    if (extended.isValid() && merged.value(QStringLiteral("extension_note")).toString().trimmed().isEmpty())
        return Result<QString>::failure(ErrorCode::InvalidInput,
                                        tr("An extension is agreed with the entrusting body: note with whom and when."),
                                        QStringLiteral("extension_note"));
    if (merged.value(QStringLiteral("is_minor")).toInt() != 0) {
        if (Status m = access.require(db, Permission::CorrectionMinors); !m.ok())
            return m.error();
    }
    QString rowUuid = uuid;
    if (rowUuid.isEmpty()) {
        rowUuid = newUuid();
        f.insert(QStringLiteral("office_code"), officeCode(db));
    }
    if (Status s = save(db, access, entity, rowUuid, f); !s.ok())
        return s.error();
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    return rowUuid;
}

Status CorrectionService::completeAssessment(Database &db, const Access &access, const QString &uuid,
                                             const QString &opinion, const QString &text, const QString &reviewer,
                                             const QDate &date)
{
    if (Status s = access.require(db, Permission::CorrectionWrite); !s.ok())
        return s;
    if (opinion != QLatin1String("suitable") && opinion != QLatin1String("unsuitable"))
        return Status::failure(ErrorCode::InvalidInput,
                               tr("The opinion is that community correction is suitable or is not."));
    if (text.trimmed().isEmpty())
        return Status::failure(ErrorCode::InvalidInput, tr("Write the assessment's findings."));
    if (Status s = checkPast(date, tr("date of the opinion")); !s.ok())
        return s;
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<CcRecord> a = CorrectionRepository::get(db, CorrectionEntities::assessment(), uuid);
    if (!a)
        return a.status();
    if (a->flag(QStringLiteral("is_minor"))) {
        if (Status m = access.require(db, Permission::CorrectionMinors); !m.ok())
            return m;
    }
    if (a->date(QStringLiteral("completed_date")).isValid())
        return Status::failure(ErrorCode::Conflict, tr("The opinion on this assessment is recorded already."));
    if (date < a->date(QStringLiteral("received_date")))
        return Status::failure(ErrorCode::InvalidInput, tr("The opinion is dated before the entrustment arrived."));
    const QVariantMap f{{QStringLiteral("opinion"), opinion},
                        {QStringLiteral("opinion_text"), text.trimmed()},
                        {QStringLiteral("reviewer"), reviewer.trimmed()},
                        {QStringLiteral("completed_date"), dateText(date)}};
    if (Status w = save(db, access, CorrectionEntities::assessment(), uuid, f); !w.ok())
        return w;
    return tx.commit();
}

}  // namespace sifa
