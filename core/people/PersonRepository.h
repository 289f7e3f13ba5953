#pragma once

#include "people/Person.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace sifa {

class Database;

// Reads of the people index. Writes go through PersonService and the change log.
class PersonRepository {
    Q_DECLARE_TR_FUNCTIONS(PersonRepository)
public:
    static Result<Person> get(const Database &db, const QString &uuid);
    // The live (not deleted) person with this document number, if any.
    static Result<std::optional<Person>> findByIdNumber(const Database &db, const QString &idType,
                                                        const QString &idNumber);
    // Live persons with this name and birth date (possible duplicates without an ID number).
    static Result<QList<PersonListItem>> findByNameAndBirth(const Database &db, const QString &name,
                                                            const QDate &birth);
    static Result<QList<PersonListItem>> search(const Database &db, const PersonQuery &query);
    static Result<qint64> count(const Database &db, const PersonQuery &query);
};

}  // namespace sifa
