#pragma once

#include "correction/CcRecord.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace sifa {

class Database;
struct EntityDef;

// Reads of the 社区矫正 tables (no permission checks: the services do them).
class CorrectionRepository {
    Q_DECLARE_TR_FUNCTIONS(CorrectionRepository)
public:
    static Result<CcRecord> get(const Database &db, const EntityDef &entity, const QString &uuid);
    // The live rows of `entity` whose `field` is `value`, ordered by `orderBy` (a column).
    static Result<QList<CcRecord>> rowsWhere(const Database &db, const EntityDef &entity, const QString &field,
                                             const QString &value, const QString &orderBy);
    static Result<SubjectFile> file(const Database &db, const QString &subjectUuid);
    // Every live subject with its person (sealed ones included; the service filters).
    static Result<QList<QPair<CcRecord, Person>>> subjects(const Database &db);
    // The live subject of a person, if any (one person has at most one open file).
    static Result<QList<CcRecord>> subjectsOfPerson(const Database &db, const QString &personUuid);
    static Result<QList<CcRecord>> all(const Database &db, const EntityDef &entity, const QString &orderBy);
};

}  // namespace sifa
