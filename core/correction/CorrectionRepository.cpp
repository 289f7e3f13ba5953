#include "correction/CorrectionRepository.h"

#include "correction/CorrectionEntities.h"
#include "people/PersonRepository.h"
#include "sync/RecordStore.h"
#include "sync/Entities.h"

#include <QStringList>

#include <algorithm>

namespace sifa {

QString SubjectFile::gradeOn(const QDate &day) const
{
    QString grade = subject.text(QStringLiteral("grade"));
    QString best;
    QDate bestFrom;
    for (const CcRecord &g : grades) {
        const QDate from = g.date(QStringLiteral("from_date"));
        if (from.isValid() && from <= day && (!bestFrom.isValid() || from >= bestFrom)) {
            bestFrom = from;
            best = g.text(QStringLiteral("grade"));
        }
    }
    return best.isEmpty() ? grade : best;
}

Result<CcRecord> CorrectionRepository::get(const Database &db, const EntityDef &entity, const QString &uuid)
{
    return RecordStore::get(db, entity, uuid);
}

Result<QList<CcRecord>> CorrectionRepository::rowsWhere(const Database &db, const EntityDef &entity,
                                                        const QString &field, const QString &value,
                                                        const QString &orderBy)
{
    return RecordStore::rowsWhere(db, entity, field, value, orderBy);
}

Result<QList<CcRecord>> CorrectionRepository::all(const Database &db, const EntityDef &entity, const QString &orderBy)
{
    return RecordStore::all(db, entity, orderBy);
}

Result<SubjectFile> CorrectionRepository::file(const Database &db, const QString &subjectUuid)
{
    using E = CorrectionEntities;
    SubjectFile f;
    Result<CcRecord> s = get(db, E::subject(), subjectUuid);
    if (!s)
        return s.error();
    f.subject = *s;
    Result<Person> p = PersonRepository::get(db, s->text(QStringLiteral("person_uuid")));
    if (!p)
        return p.error();
    f.person = *p;
    const QString key = QStringLiteral("subject_uuid");
    const struct {
        const EntityDef *entity;
        QList<CcRecord> *into;
        const char *order;
    } parts[] = {
        {&E::gradeChange(), &f.grades, "from_date, created_at"},
        {&E::teamMember(), &f.team, "seq, created_at"},
        {&E::family(), &f.family, "created_at"},
        {&E::activity(), &f.activities, "activity_date DESC, created_at DESC"},
        {&E::request(), &f.requests, "applied_date DESC, created_at DESC"},
        {&E::sanction(), &f.sanctions, "proposal_date DESC, created_at DESC"},
        {&E::score(), &f.scores, "entry_date DESC, created_at DESC"},
        {&E::monitoring(), &f.monitoring, "start_date DESC"},
        {&E::missing(), &f.missing, "lost_date DESC"},
    };
    for (const auto &part : parts) {
        Result<QList<CcRecord>> rows = rowsWhere(db, *part.entity, key, subjectUuid, QString::fromLatin1(part.order));
        if (!rows)
            return rows.error();
        *part.into = *rows;
    }
    Result<QList<CcRecord>> members = rowsWhere(db, E::keyMember(), key, subjectUuid, QStringLiteral("created_at"));
    if (!members)
        return members.error();
    for (const CcRecord &m : *members) {
        Result<CcRecord> period = get(db, E::keyPeriod(), m.text(QStringLiteral("period_uuid")));
        if (period)
            f.keyPeriods << *period;
    }
    return f;
}

Result<QList<QPair<CcRecord, Person>>> CorrectionRepository::subjects(const Database &db)
{
    Result<QList<CcRecord>> rows = all(db, CorrectionEntities::subject(), QStringLiteral("rid"));
    if (!rows)
        return rows.error();
    QList<QPair<CcRecord, Person>> out;
    out.reserve(rows->size());
    for (const CcRecord &r : *rows) {
        Result<Person> p = PersonRepository::get(db, r.text(QStringLiteral("person_uuid")));
        if (!p)
            return p.error();
        out.append({r, *p});
    }
    return out;
}

Result<QList<CcRecord>> CorrectionRepository::subjectsOfPerson(const Database &db, const QString &personUuid)
{
    return rowsWhere(db, CorrectionEntities::subject(), QStringLiteral("person_uuid"), personUuid,
                     QStringLiteral("rid"));
}

}  // namespace sifa
