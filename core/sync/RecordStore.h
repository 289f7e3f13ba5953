#pragma once

#include "sync/Record.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

namespace sifa {

class Database;
struct EntityDef;

// Reads of synced records as field maps, and the checks of values before they are written (no
// permission checks: the services do them).
class RecordStore {
    Q_DECLARE_TR_FUNCTIONS(RecordStore)
public:
    static Result<Record> get(const Database &db, const EntityDef &entity, const QString &uuid);
    // The live rows of `entity` whose `field` is `value`, ordered by `orderBy` (columns).
    static Result<QList<Record>> rowsWhere(const Database &db, const EntityDef &entity, const QString &field,
                                           const QString &value, const QString &orderBy);
    static Result<QList<Record>> all(const Database &db, const EntityDef &entity, const QString &orderBy);

    // Field names the entity knows (never office_code), dates that are dates, whole numbers,
    // codes from their tables: `codeTables` maps a field to its code table, `listFields` are
    // comma-separated lists of codes.
    static Status checkFields(const EntityDef &entity, const QVariantMap &fields,
                              const QHash<QString, QString> &codeTables, const QSet<QString> &listFields = {});
};

}  // namespace sifa
