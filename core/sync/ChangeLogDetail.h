#pragma once

// Shared by the change log's translation units (ChangeLog.cpp, ChangeLogBulk.cpp); not an API.

#include "sync/ChangeLog.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace sifa {

class Database;
struct FieldDef;

namespace changelog_detail {

// The batch open on each database, if any (a database is used from one thread).
QHash<const Database *, ChangeLog::Batch *> &openBatches();

// The fixed statements of each entity, made once per thread (each thread has its own connection).
struct EntitySql {
    QString load;    // the row's fields and tombstone by uuid
    QString exists;  // whether the row exists
    QString create;  // a new row with every column: creations share one prepared statement
    QStringList createColumns;     // the columns of `create`, in order
    QHash<QString, int> position;  // column → position in createColumns
    QHash<QString, const FieldDef *> fields;  // logical name → field
};
const EntitySql &sqlOf(const EntityDef &entity);

// The op's fields as stored in op.fields: {"field":[value,base op or null],...} in name order.
QString fieldsJson(const QList<OpField> &fields);

// A field the entity does not have is a bug in the caller: an Internal failure naming it.
Result<QString> checkFields(const EntityDef &entity, const QVariantMap &values);

}  // namespace changelog_detail
}  // namespace sifa
