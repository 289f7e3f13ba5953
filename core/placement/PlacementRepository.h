#pragma once

#include "placement/PlacementFile.h"
#include "util/Result.h"

#include <QHash>
#include <QPair>

namespace sifa {

class Database;
struct EntityDef;

// Reads of the 安置帮教 tables (no permission checks: the services do them).
class PlacementRepository {
public:
    static Result<PlacementFile> file(const Database &db, const QString &subjectUuid);
    // Every live file with its person.
    static Result<QList<QPair<Record, Person>>> subjects(const Database &db);
    static Result<QList<Record>> subjectsOfPerson(const Database &db, const QString &personUuid);
    // Live records of one kind for every file at once, by subject (for lists and the to-do view).
    static Result<QHash<QString, QList<Record>>> bySubject(const Database &db, const EntityDef &entity,
                                                            const QString &orderBy);
};

}  // namespace sifa
