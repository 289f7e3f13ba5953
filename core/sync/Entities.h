#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace sifa {

enum class FieldType { Text, Integer, Date };

// One synced field: its logical name (what travels in ops and bundles) and its column.
struct FieldDef {
    QString name;
    QString column;
    FieldType type = FieldType::Text;
    bool required = false;  // must be non-empty when a record is created
    QVariant defaultValue = QString();  // the column's DEFAULT; a test holds the two together
};

class Database;

// Keeps something derived from a row up to date after the row changed (e.g. a search index).
using ProjectionHook = Status (*)(Database &db, const QString &rowUuid);
// The same for many rows at once (what a ChangeLog::Batch runs at its end).
using BulkProjectionHook = Status (*)(Database &db, const QStringList &rowUuids);

// A synced entity: a table whose rows are a projection of the change log.
// Every such table also has the columns uuid, office_code, created_at, created_by, updated_at,
// updated_by and deleted; office_code is an ordinary field here, the others are written by the
// projection from the op itself.
struct EntityDef {
    QString name;
    QString table;
    QList<FieldDef> fields;
    ProjectionHook afterChange = nullptr;
    // When afterChange only brings another row up to date (a party's change reindexes its
    // dispute), that row's entity and the field holding its uuid: a ChangeLog::Batch then runs
    // the owner's hook once for the owner and all of its rows. Running afterChange on a row
    // must be the same as running the owner's hook on the owner it names.
    const EntityDef *(*hookOwner)() = nullptr;
    QString hookOwnerField = QString();
    // afterChange for many rows in few statements; must give what afterChange gives row by row.
    BulkProjectionHook afterChangeMany = nullptr;

    const FieldDef *field(const QString &logicalName) const;
    QStringList columns() const;        // field columns only
    QStringList allColumns() const;     // meta columns followed by field columns
    QVariant defaultValue(const FieldDef &f) const { return f.defaultValue; }
};

// The registry of synced entities. Modules add theirs here as they arrive.
class Entities {
public:
    static const EntityDef &person();
    static const QList<const EntityDef *> &all();
    static const EntityDef *find(const QString &name);

    // Logical field name of the tombstone, carried by delete and undelete ops.
    static QString deletedField() { return QStringLiteral("deleted"); }
};

}  // namespace sifa
