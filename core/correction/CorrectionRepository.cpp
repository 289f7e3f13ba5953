#include "correction/CorrectionRepository.h"

#include "correction/CorrectionEntities.h"
#include "people/PersonRepository.h"
#include "storage/Query.h"
#include "sync/Entities.h"

#include <QStringList>

#include <algorithm>

namespace sifa {

namespace {

QString selectList(const EntityDef &entity)
{
    QStringList cols{QStringLiteral("uuid"), QStringLiteral("updated_at"), QStringLiteral("updated_by")};
    cols << entity.columns();
    return cols.join(QStringLiteral(", "));
}

CcRecord readRecord(const Query &q, const EntityDef &entity, int offset = 0)
{
    CcRecord r;
    r.uuid = q.text(offset);
    r.updatedAt = q.text(offset + 1);
    r.updatedBy = q.text(offset + 2);
    int i = offset + 3;
    for (const FieldDef &f : entity.fields) {
        const QVariant v = q.value(i++);
        r.fields.insert(f.name, f.type == FieldType::Integer ? QVariant(v.toLongLong()) : QVariant(v.toString()));
    }
    return r;
}

Result<QList<CcRecord>> readAll(Query &q, const EntityDef &entity, const QString &doing)
{
    if (Status s = q.exec(doing); !s.ok())
        return s.error();
    QList<CcRecord> out;
    while (q.next())
        out << readRecord(q, entity);
    return out;
}

}  // namespace

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
    Query q(db, QStringLiteral("SELECT %1 FROM %2 WHERE uuid = :u AND deleted = 0").arg(selectList(entity), entity.table));
    q.bind(QStringLiteral(":u"), uuid);
    if (Status s = q.exec(tr("reading a community correction record")); !s.ok())
        return s.error();
    if (!q.next())
        return Result<CcRecord>::failure(ErrorCode::NotFound, tr("The record was not found; it may have been removed."));
    return readRecord(q, entity);
}

Result<QList<CcRecord>> CorrectionRepository::rowsWhere(const Database &db, const EntityDef &entity,
                                                        const QString &field, const QString &value,
                                                        const QString &orderBy)
{
    Query q(db, QStringLiteral("SELECT %1 FROM %2 WHERE %3 = :v AND deleted = 0 ORDER BY %4")
                    .arg(selectList(entity), entity.table, field, orderBy));
    q.bind(QStringLiteral(":v"), value);
    return readAll(q, entity, tr("reading a community correction file"));
}

Result<QList<CcRecord>> CorrectionRepository::all(const Database &db, const EntityDef &entity, const QString &orderBy)
{
    Query q(db, QStringLiteral("SELECT %1 FROM %2 WHERE deleted = 0 ORDER BY %3")
                    .arg(selectList(entity), entity.table, orderBy));
    return readAll(q, entity, tr("reading community correction records"));
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
