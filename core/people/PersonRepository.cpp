#include "people/PersonRepository.h"

#include "people/PersonSearch.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "util/Time.h"

namespace sifa {

namespace {

const char *const kPersonColumns =
    "uuid, office_code, name, alias, sex, ethnicity, id_type, id_number, birth_date, education, "
    "marital_status, political_status, occupation, employer, phone, hukou_division, hukou_address, "
    "residence_division, residence_address, note, created_at, created_by, updated_at, updated_by, deleted";

const char *const kListColumns =
    "p.uuid, p.name, p.sex, p.id_type, p.id_number, p.birth_date, p.phone, p.residence_division, "
    "p.residence_address, p.updated_at, p.deleted";

Person readPerson(Query &q)
{
    Person p;
    int i = 0;
    p.uuid = q.text(i++);
    p.officeCode = q.text(i++);
    p.name = q.text(i++);
    p.alias = q.text(i++);
    p.sex = q.text(i++);
    p.ethnicity = q.text(i++);
    p.idType = q.text(i++);
    p.idNumber = q.text(i++);
    p.birthDate = fromStoredDate(q.text(i++));
    p.education = q.text(i++);
    p.maritalStatus = q.text(i++);
    p.politicalStatus = q.text(i++);
    p.occupation = q.text(i++);
    p.employer = q.text(i++);
    p.phone = q.text(i++);
    p.hukouDivision = q.text(i++);
    p.hukouAddress = q.text(i++);
    p.residenceDivision = q.text(i++);
    p.residenceAddress = q.text(i++);
    p.note = q.text(i++);
    p.createdAt = q.text(i++);
    p.createdBy = q.text(i++);
    p.updatedAt = q.text(i++);
    p.updatedBy = q.text(i++);
    p.deleted = q.integer(i++) != 0;
    return p;
}

PersonListItem readItem(Query &q)
{
    PersonListItem it;
    it.uuid = q.text(0);
    it.name = q.text(1);
    it.sex = q.text(2);
    it.idType = q.text(3);
    it.idNumber = q.text(4);
    it.birthDate = fromStoredDate(q.text(5));
    it.phone = q.text(6);
    it.residenceDivision = q.text(7);
    it.residenceAddress = q.text(8);
    it.updatedAt = q.text(9);
    it.deleted = q.integer(10) != 0;
    return it;
}

}  // namespace

Result<Person> PersonRepository::get(const Database &db, const QString &uuid)
{
    Query q(db, QStringLiteral("SELECT %1 FROM person WHERE uuid = :u").arg(QLatin1String(kPersonColumns)));
    q.bind(QStringLiteral(":u"), uuid);
    if (Status s = q.exec(tr("reading a person")); !s.ok())
        return s.error();
    if (!q.next())
        return Result<Person>::failure(ErrorCode::NotFound, tr("This person is not in the people index."));
    return readPerson(q);
}

Result<std::optional<Person>> PersonRepository::findByIdNumber(const Database &db, const QString &idType,
                                                               const QString &idNumber)
{
    Query q(db, QStringLiteral("SELECT %1 FROM person WHERE id_number = :n AND id_number <> '' AND id_type = :t AND deleted = 0 "
                               "ORDER BY created_at LIMIT 1")
                    .arg(QLatin1String(kPersonColumns)),
            Query::Cached);
    q.bind(QStringLiteral(":t"), idType).bind(QStringLiteral(":n"), idNumber);
    if (Status s = q.exec(tr("looking up an ID number")); !s.ok())
        return s.error();
    if (!q.next())
        return std::optional<Person>();
    return std::optional<Person>(readPerson(q));
}

Result<QList<PersonListItem>> PersonRepository::findByNameAndBirth(const Database &db, const QString &name,
                                                                   const QDate &birth)
{
    Query q(db, QStringLiteral("SELECT %1 FROM person p WHERE p.name = :n AND p.birth_date = :b AND p.deleted = 0")
                    .arg(QLatin1String(kListColumns)));
    q.bind(QStringLiteral(":n"), name).bind(QStringLiteral(":b"), toStoredDate(birth));
    if (Status s = q.exec(tr("looking for possible duplicates")); !s.ok())
        return s.error();
    QList<PersonListItem> out;
    while (q.next())
        out << readItem(q);
    return out;
}

Result<QList<PersonListItem>> PersonRepository::search(const Database &db, const PersonQuery &query)
{
    QVariantMap bind;
    const QString where = PersonSearch::whereClause(query, &bind);
    Query q(db, QStringLiteral("SELECT %1 FROM person p%2 ORDER BY p.name COLLATE PINYIN, p.birth_date, p.uuid "
                               "LIMIT :limit OFFSET :offset")
                    .arg(QLatin1String(kListColumns), where));
    for (auto it = bind.cbegin(); it != bind.cend(); ++it)
        q.bind(it.key(), it.value());
    q.bind(QStringLiteral(":limit"), query.limit).bind(QStringLiteral(":offset"), query.offset);
    if (Status s = q.exec(tr("searching the people index")); !s.ok())
        return s.error();
    QList<PersonListItem> out;
    while (q.next())
        out << readItem(q);
    return out;
}

Result<qint64> PersonRepository::count(const Database &db, const PersonQuery &query)
{
    QVariantMap bind;
    const QString where = PersonSearch::whereClause(query, &bind);
    Result<QVariant> v = Query::scalar(db, QStringLiteral("SELECT COUNT(*) FROM person p") + where, bind,
                                       tr("searching the people index"), 0);
    if (!v)
        return v.error();
    return v->toLongLong();
}

}  // namespace sifa
