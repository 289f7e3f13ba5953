#include "people/PersonService.h"

#include "codes/CodeTables.h"
#include "codes/Divisions.h"
#include "people/PersonRepository.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "sync/ChangeLog.h"
#include "sync/Entities.h"
#include "util/Time.h"

#include <QLocale>
#include <QRegularExpression>
#include <QUuid>

namespace sifa {

namespace {

Error fieldError(const QString &field, const QString &message)
{
    return Error{ErrorCode::InvalidInput, message, field, {}};
}

void checkCode(QList<Error> &errors, const QString &table, const QString &field, const QString &value,
               const QString &what)
{
    if (value.isEmpty())
        return;
    const CodeTable *t = CodeTables::instance().table(table);
    if (t && !t->contains(value))
        errors << fieldError(field, PersonService::tr("%1 code %2 is not in the code table.").arg(what, value));
}

void checkDivision(QList<Error> &errors, const QString &field, const QString &code, const QString &what)
{
    if (code.isEmpty())
        return;
    static const QRegularExpression digits(QStringLiteral("^(\\d{6}|\\d{9}|\\d{12})$"));
    if (!digits.match(code).hasMatch()) {
        errors << fieldError(field, PersonService::tr("The %1 division code must have 6, 9 or 12 digits.").arg(what));
        return;
    }
    const Divisions &d = Divisions::instance();
    const QString known = code.size() == 12 ? code.left(9) : code;
    if (!d.contains(known)) {
        errors << fieldError(field, PersonService::tr("The %1 division code %2 is not in the division table.")
                                        .arg(what, code));
    }
}

QString sexName(const QString &code)
{
    const CodeTable *t = CodeTables::instance().table(CodeTables::sexTable());
    return t ? t->displayName(code) : code;
}

Result<PersonSaveResult> save(Database &db, const Access &access, const Person &input, bool creating)
{
    if (Status s = access.require(db, Permission::PeopleWrite); !s.ok())
        return s.error();
    const QDate today = Clock::today();
    PersonSaveResult result;
    Person p = PersonService::normalized(input, today, &result.notices);
    if (creating) {
        p.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        p.officeCode = db.meta(QStringLiteral("office_code"));
    } else {
        Result<Person> current = PersonRepository::get(db, p.uuid);
        if (!current)
            return current.error();
        if (current->deleted) {
            return Result<PersonSaveResult>::failure(ErrorCode::Conflict,
                                                     PersonService::tr("This person was removed from the index; "
                                                                       "restore the record before changing it."));
        }
        p.officeCode = current->officeCode;
    }
    const QList<Error> errors = PersonService::validate(p, today);
    if (!errors.isEmpty())
        return errors.first();

    if (!p.idNumber.isEmpty()) {
        Result<std::optional<Person>> existing = PersonRepository::findByIdNumber(db, p.idType, p.idNumber);
        if (!existing)
            return existing.error();
        if (existing->has_value() && existing->value().uuid != p.uuid) {
            const Person &other = existing->value();
            Error e{ErrorCode::Duplicate,
                    PersonService::tr("%1 (born %2) is already in the people index with this ID number. Open "
                                      "that record instead of entering the person twice.")
                        .arg(other.name, QLocale().toString(other.birthDate, QLocale::ShortFormat)),
                    QStringLiteral("id_number"), other.uuid};
            return e;
        }
    }

    Transaction tx(db);
    if (!tx.ok())
        return tx.status().error();
    Result<QString> op = ChangeLog::upsert(db, access.actor(), Entities::person(), p.uuid, p.fields());
    if (!op)
        return op.error();
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    result.uuid = p.uuid;
    return result;
}

}  // namespace

QString PersonService::normalizeName(const QString &name)
{
    QString n = name.simplified();
    // The middle dot of minority and foreign names, typed in many look-alike ways.
    for (QChar &c : n) {
        switch (c.unicode()) {
        case 0x2022: case 0x30FB: case 0xFF0E: case 0x2027: case 0x22C5: case 0x2219: case 0xFF65:
        case 0x00B7:
            c = QChar(0x00B7);
            break;
        default:
            break;
        }
    }
    n.replace(QStringLiteral(" \u00B7 "), QStringLiteral("\u00B7"));
    return n;
}

bool PersonService::isValidPhone(const QString &phone)
{
    static const QRegularExpression mobile(QStringLiteral("^1[3-9]\\d{9}$"));
    static const QRegularExpression landline(QStringLiteral("^0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?$"));
    static const QRegularExpression local(QStringLiteral("^\\d{7,8}$"));
    return mobile.match(phone).hasMatch() || landline.match(phone).hasMatch() || local.match(phone).hasMatch();
}

Person PersonService::normalized(const Person &input, const QDate &today, QStringList *notices)
{
    Person p = input;
    p.name = normalizeName(p.name);
    p.alias = normalizeName(p.alias);
    for (QString *s : {&p.sex, &p.ethnicity, &p.idType, &p.education, &p.maritalStatus, &p.politicalStatus,
                       &p.occupation, &p.employer, &p.hukouDivision, &p.hukouAddress, &p.residenceDivision,
                       &p.residenceAddress})
        *s = s->trimmed();
    p.note = p.note.trimmed();
    p.phone = p.phone.trimmed().remove(QLatin1Char(' '));
    if (p.sex.isEmpty())
        p.sex = QStringLiteral("0");
    if (p.idType.isEmpty())
        p.idType = IdType::Resident;
    if (p.idNumber.trimmed().isEmpty()) {
        p.idNumber.clear();
        return p;
    }
    const IdCheck check = IdNumbers::check(p.idType, p.idNumber, today);
    if (!check.ok()) {
        p.idNumber = p.idNumber.trimmed().toUpper();
        return p;
    }
    if (check.upgradedFrom15 && notices)
        *notices << tr("The 15-digit ID number was converted to 18 digits: %1.").arg(check.normalized);
    p.idNumber = check.normalized;
    if (check.birthDate.isValid() && !p.birthDate.isValid())
        p.birthDate = check.birthDate;
    if (!check.sexCode.isEmpty() && (p.sex == QLatin1String("0") || p.sex == QLatin1String("9")))
        p.sex = check.sexCode;
    return p;
}

QList<Error> PersonService::validate(const Person &p, const QDate &today)
{
    QList<Error> errors;
    if (p.name.isEmpty()) {
        errors << fieldError(QStringLiteral("name"), tr("Enter the name."));
    } else if (p.name.size() > 50) {
        errors << fieldError(QStringLiteral("name"), tr("A name has at most 50 characters."));
    } else {
        for (QChar c : p.name) {
            if (!c.isLetter() && c != QChar(0x00B7) && c != QLatin1Char(' ')) {
                errors << fieldError(QStringLiteral("name"),
                                     tr("A name may contain letters, Chinese characters, spaces and the middle "
                                        "dot \"·\" only; \"%1\" is not allowed.")
                                         .arg(c));
                break;
            }
        }
    }
    if (p.alias.size() > 50)
        errors << fieldError(QStringLiteral("alias"), tr("A former name has at most 50 characters."));

    checkCode(errors, CodeTables::idTypeTable(), QStringLiteral("id_type"), p.idType, tr("Document type"));
    if (!p.idNumber.isEmpty()) {
        const IdCheck check = IdNumbers::check(p.idType, p.idNumber, today);
        if (!check.ok()) {
            errors << fieldError(QStringLiteral("id_number"), check.message);
        } else {
            if (check.birthDate.isValid() && p.birthDate.isValid() && check.birthDate != p.birthDate) {
                errors << fieldError(QStringLiteral("birth_date"),
                                     tr("The birth date %1 does not match the ID number, which gives %2.")
                                         .arg(QLocale().toString(p.birthDate, QLocale::ShortFormat),
                                              QLocale().toString(check.birthDate, QLocale::ShortFormat)));
            }
            if (!check.sexCode.isEmpty() && (p.sex == QLatin1String("1") || p.sex == QLatin1String("2"))
                && check.sexCode != p.sex) {
                errors << fieldError(QStringLiteral("sex"),
                                     tr("The ID number belongs to a person of sex \"%1\", but \"%2\" was chosen.")
                                         .arg(sexName(check.sexCode), sexName(p.sex)));
            }
        }
    }
    if (p.birthDate.isValid()) {
        if (p.birthDate > today)
            errors << fieldError(QStringLiteral("birth_date"), tr("The birth date lies in the future."));
        else if (p.birthDate.year() < 1900)
            errors << fieldError(QStringLiteral("birth_date"), tr("The birth date is before 1900."));
    }
    checkCode(errors, CodeTables::sexTable(), QStringLiteral("sex"), p.sex, tr("Sex"));
    checkCode(errors, CodeTables::ethnicityTable(), QStringLiteral("ethnicity"), p.ethnicity, tr("Ethnicity"));
    checkCode(errors, CodeTables::educationTable(), QStringLiteral("education"), p.education, tr("Education"));
    checkCode(errors, CodeTables::maritalTable(), QStringLiteral("marital_status"), p.maritalStatus,
              tr("Marital status"));
    checkCode(errors, CodeTables::politicalTable(), QStringLiteral("political_status"), p.politicalStatus,
              tr("Political status"));
    if (!p.phone.isEmpty() && !isValidPhone(p.phone)) {
        errors << fieldError(QStringLiteral("phone"),
                             tr("The phone number should be an 11-digit mobile number starting with 1, or a "
                                "landline such as 0574-65981234."));
    }
    checkDivision(errors, QStringLiteral("hukou_division"), p.hukouDivision, tr("household registration"));
    checkDivision(errors, QStringLiteral("residence_division"), p.residenceDivision, tr("residence"));
    for (const auto &[field, value] : {std::pair{QStringLiteral("hukou_address"), p.hukouAddress},
                                       std::pair{QStringLiteral("residence_address"), p.residenceAddress},
                                       std::pair{QStringLiteral("occupation"), p.occupation},
                                       std::pair{QStringLiteral("employer"), p.employer}}) {
        if (value.size() > 200)
            errors << fieldError(field, tr("This text is too long (at most 200 characters)."));
    }
    if (p.note.size() > 2000)
        errors << fieldError(QStringLiteral("note"), tr("The note is too long (at most 2000 characters)."));
    return errors;
}

Result<PersonSaveResult> PersonService::create(Database &db, const Access &access, const Person &person)
{
    return save(db, access, person, true);
}

Result<PersonSaveResult> PersonService::update(Database &db, const Access &access, const Person &person)
{
    return save(db, access, person, false);
}

Status PersonService::remove(Database &db, const Access &access, const QString &uuid, const QString &reason)
{
    if (Status s = access.require(db, Permission::PeopleWrite); !s.ok())
        return s;
    if (reason.trimmed().isEmpty())
        return Status::failure(ErrorCode::InvalidInput, tr("Give a reason for removing this person."),
                               QStringLiteral("reason"));
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<QString> op = ChangeLog::remove(db, access.actor(), Entities::person(), uuid, reason.trimmed());
    if (!op)
        return op.status();
    return tx.commit();
}

Status PersonService::restore(Database &db, const Access &access, const QString &uuid, const QString &reason)
{
    if (Status s = access.require(db, Permission::PeopleWrite); !s.ok())
        return s;
    Result<Person> p = PersonRepository::get(db, uuid);
    if (!p)
        return p.status();
    if (!p->idNumber.isEmpty()) {
        Result<std::optional<Person>> other = PersonRepository::findByIdNumber(db, p->idType, p->idNumber);
        if (!other)
            return other.status();
        if (other->has_value()) {
            Error e{ErrorCode::Duplicate,
                    tr("%1 is in the people index again with the same ID number; the removed record cannot "
                       "come back beside it.")
                        .arg(other->value().name),
                    QStringLiteral("id_number"), other->value().uuid};
            return e;
        }
    }
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<QString> op = ChangeLog::undelete(db, access.actor(), Entities::person(), uuid, reason.trimmed());
    if (!op)
        return op.status();
    return tx.commit();
}

Result<Person> PersonService::get(Database &db, const Access &access, const QString &uuid)
{
    if (Status s = access.require(db, Permission::PeopleRead); !s.ok())
        return s.error();
    return PersonRepository::get(db, uuid);
}

Result<QList<PersonListItem>> PersonService::search(Database &db, const Access &access, const PersonQuery &query)
{
    if (Status s = access.require(db, Permission::PeopleRead); !s.ok())
        return s.error();
    Result<QList<PersonListItem>> rows = PersonRepository::search(db, query);
    if (rows && query.revealIdNumbers) {
        if (Status s = AuditLog::append(db, access.actor(), QStringLiteral("person.list_unmasked"), QStringLiteral("person"),
                                        QString(), QStringLiteral("%1 rows").arg(rows->size()));
            !s.ok())
            return s.error();
    }
    return rows;
}

Result<qint64> PersonService::count(Database &db, const Access &access, const PersonQuery &query)
{
    if (Status s = access.require(db, Permission::PeopleRead); !s.ok())
        return s.error();
    return PersonRepository::count(db, query);
}

Result<QList<PersonListItem>> PersonService::possibleDuplicates(Database &db, const Access &access,
                                                                const Person &person)
{
    if (Status s = access.require(db, Permission::PeopleRead); !s.ok())
        return s.error();
    const Person p = normalized(person, Clock::today());
    QList<PersonListItem> out;
    if (!p.idNumber.isEmpty()) {
        Result<std::optional<Person>> same = PersonRepository::findByIdNumber(db, p.idType, p.idNumber);
        if (!same)
            return same.error();
        if (same->has_value() && same->value().uuid != p.uuid) {
            const Person &o = same->value();
            out << PersonListItem{o.uuid, o.name, o.sex, o.idType, o.idNumber, o.birthDate, o.phone,
                                  o.residenceDivision, o.residenceAddress, o.updatedAt, o.deleted};
        }
    }
    if (!p.name.isEmpty() && p.birthDate.isValid()) {
        Result<QList<PersonListItem>> similar = PersonRepository::findByNameAndBirth(db, p.name, p.birthDate);
        if (!similar)
            return similar.error();
        for (const PersonListItem &it : *similar) {
            if (it.uuid == p.uuid)
                continue;
            bool seen = false;
            for (const PersonListItem &o : out)
                seen = seen || o.uuid == it.uuid;
            if (!seen)
                out << it;
        }
    }
    return out;
}

Result<QString> PersonService::findOrCreate(Database &db, const Access &access, const Person &person)
{
    if (!person.uuid.isEmpty()) {
        Result<Person> p = PersonRepository::get(db, person.uuid);
        if (!p)
            return p.error();
        return p->uuid;
    }
    const Person n = normalized(person, Clock::today());
    if (!n.idNumber.isEmpty()) {
        Result<std::optional<Person>> found = PersonRepository::findByIdNumber(db, n.idType, n.idNumber);
        if (!found)
            return found.error();
        if (found->has_value())
            return found->value().uuid;
    }
    Result<PersonSaveResult> created = create(db, access, person);
    if (!created)
        return created.error();
    return created->uuid;
}

}  // namespace sifa
