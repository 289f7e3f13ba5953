#include "placement/PlacementRepository.h"

#include "people/PersonRepository.h"
#include "placement/PlacementEntities.h"
#include "sync/RecordStore.h"

namespace sifa {

QDate PlacementFile::lastVisit() const
{
    QDate last;
    for (const Record &v : visits) {
        if (v.text(QStringLiteral("kind")) == QLatin1String("phone"))
            continue;
        const QDate d = v.date(QStringLiteral("visit_date"));
        if (d.isValid() && (!last.isValid() || d > last))
            last = d;
    }
    return last;
}

const Record *PlacementFile::currentPlacement() const
{
    for (const Record &p : placements) {
        if (!p.date(QStringLiteral("ended_date")).isValid())
            return &p;
    }
    return nullptr;
}

Result<PlacementFile> PlacementRepository::file(const Database &db, const QString &subjectUuid)
{
    using E = PlacementEntities;
    PlacementFile f;
    Result<Record> s = RecordStore::get(db, E::subject(), subjectUuid);
    if (!s)
        return s.error();
    f.subject = *s;
    Result<Person> p = PersonRepository::get(db, s->text(QStringLiteral("person_uuid")));
    if (!p)
        return p.error();
    f.person = *p;
    const struct {
        const EntityDef *entity;
        QList<Record> *into;
        const char *order;
    } parts[] = {
        {&E::member(), &f.members, "seq, created_at"},
        {&E::agreement(), &f.agreements, "signed_date DESC, created_at DESC"},
        {&E::visit(), &f.visits, "visit_date DESC, created_at DESC"},
        {&E::placement(), &f.placements, "placed_date DESC, created_at DESC"},
        {&E::assistance(), &f.assistance, "granted_date DESC, created_at DESC"},
        {&E::riskReview(), &f.reviews, "review_date DESC, created_at DESC"},
        {&E::move(), &f.moves, "move_date DESC, created_at DESC"},
    };
    for (const auto &part : parts) {
        Result<QList<Record>> rows = RecordStore::rowsWhere(db, *part.entity, QStringLiteral("subject_uuid"),
                                                            subjectUuid, QString::fromLatin1(part.order));
        if (!rows)
            return rows.error();
        *part.into = *rows;
    }
    return f;
}

Result<QList<QPair<Record, Person>>> PlacementRepository::subjects(const Database &db)
{
    Result<QList<Record>> rows = RecordStore::all(db, PlacementEntities::subject(), QStringLiteral("rid"));
    if (!rows)
        return rows.error();
    QList<QPair<Record, Person>> out;
    out.reserve(rows->size());
    for (const Record &r : *rows) {
        Result<Person> p = PersonRepository::get(db, r.text(QStringLiteral("person_uuid")));
        if (!p)
            return p.error();
        out.append({r, *p});
    }
    return out;
}

Result<QList<Record>> PlacementRepository::subjectsOfPerson(const Database &db, const QString &personUuid)
{
    return RecordStore::rowsWhere(db, PlacementEntities::subject(), QStringLiteral("person_uuid"), personUuid,
                                  QStringLiteral("rid"));
}

Result<QHash<QString, QList<Record>>> PlacementRepository::bySubject(const Database &db, const EntityDef &entity,
                                                                      const QString &orderBy)
{
    Result<QList<Record>> rows = RecordStore::all(db, entity, orderBy);
    if (!rows)
        return rows.error();
    QHash<QString, QList<Record>> out;
    for (const Record &r : *rows)
        out[r.text(QStringLiteral("subject_uuid"))] << r;
    return out;
}

}  // namespace sifa
