#pragma once

#include "people/IdNumber.h"
#include "people/Person.h"
#include "security/Access.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace sifa {

class Database;

struct PersonSaveResult {
    QString uuid;
    QStringList notices;  // e.g. "the 15-digit number was converted to 18 digits"
};

// Entering, changing and removing people, with every rule of the people index:
// GB 11643 validation, birth date and sex checked against the number, code tables, division
// codes, phone format, and no second person with the same ID number.
class PersonService {
    Q_DECLARE_TR_FUNCTIONS(PersonService)
public:
    // Trims, normalises the name's middle dot, upgrades 15-digit numbers, fills birth date and
    // sex from the ID number when they are empty. `notices` receives what was changed.
    static Person normalized(const Person &input, const QDate &today, QStringList *notices = nullptr);
    // Every problem with a (normalised) person, one Error per field; empty when valid.
    static QList<Error> validate(const Person &person, const QDate &today);

    static Result<PersonSaveResult> create(Database &db, const Access &access, const Person &person);
    static Result<PersonSaveResult> update(Database &db, const Access &access, const Person &person);
    // The person a case file is for: `person.uuid` when set, else the one with the same ID
    // number, else a new entry in the index. Returns the person's uuid.
    static Result<QString> findOrCreate(Database &db, const Access &access, const Person &person);
    static Status remove(Database &db, const Access &access, const QString &uuid, const QString &reason);
    static Status restore(Database &db, const Access &access, const QString &uuid, const QString &reason);

    static Result<Person> get(Database &db, const Access &access, const QString &uuid);
    static Result<QList<PersonListItem>> search(Database &db, const Access &access, const PersonQuery &query);
    static Result<qint64> count(Database &db, const Access &access, const PersonQuery &query);
    // Live persons who may be the same individual: same ID number, or same name and birth date.
    static Result<QList<PersonListItem>> possibleDuplicates(Database &db, const Access &access,
                                                            const Person &person);

    static QString normalizeName(const QString &name);
    static bool isValidPhone(const QString &phone);
};

}  // namespace sifa
