#include "sync/RecordStore.h"

#include "codes/CodeTables.h"
#include "storage/Query.h"
#include "sync/Entities.h"

#include <QStringList>

namespace sifa {

namespace {

QString selectList(const EntityDef &entity)
{
    QStringList cols{QStringLiteral("uuid"), QStringLiteral("updated_at"), QStringLiteral("updated_by")};
    cols << entity.columns();
    return cols.join(QStringLiteral(", "));
}

Record readRecord(const Query &q, const EntityDef &entity)
{
    Record r;
    r.uuid = q.text(0);
    r.updatedAt = q.text(1);
    r.updatedBy = q.text(2);
    int i = 3;
    for (const FieldDef &f : entity.fields) {
        const QVariant v = q.value(i++);
        r.fields.insert(f.name, f.type == FieldType::Integer ? QVariant(v.toLongLong()) : QVariant(v.toString()));
    }
    return r;
}

Result<QList<Record>> readAll(Query &q, const EntityDef &entity, const QString &doing)
{
    if (Status s = q.exec(doing); !s.ok())
        return s.error();
    QList<Record> out;
    while (q.next())
        out << readRecord(q, entity);
    return out;
}

Status badCode(const QString &value, const QString &field)
{
    return Status::failure(ErrorCode::InvalidInput, RecordStore::tr("“%1” is not a known code here.").arg(value),
                           field);
}

}  // namespace

Result<Record> RecordStore::get(const Database &db, const EntityDef &entity, const QString &uuid)
{
    Query q(db, QStringLiteral("SELECT %1 FROM %2 WHERE uuid = :u AND deleted = 0").arg(selectList(entity), entity.table));
    q.bind(QStringLiteral(":u"), uuid);
    if (Status s = q.exec(tr("reading a record")); !s.ok())
        return s.error();
    if (!q.next())
        return Result<Record>::failure(ErrorCode::NotFound, tr("The record was not found; it may have been removed."));
    return readRecord(q, entity);
}

Result<QList<Record>> RecordStore::rowsWhere(const Database &db, const EntityDef &entity, const QString &field,
                                             const QString &value, const QString &orderBy)
{
    Query q(db, QStringLiteral("SELECT %1 FROM %2 WHERE %3 = :v AND deleted = 0 ORDER BY %4")
                    .arg(selectList(entity), entity.table, field, orderBy));
    q.bind(QStringLiteral(":v"), value);
    return readAll(q, entity, tr("reading a file"));
}

Result<QList<Record>> RecordStore::all(const Database &db, const EntityDef &entity, const QString &orderBy)
{
    Query q(db, QStringLiteral("SELECT %1 FROM %2 WHERE deleted = 0 ORDER BY %3")
                    .arg(selectList(entity), entity.table, orderBy));
    return readAll(q, entity, tr("reading records"));
}

Status RecordStore::checkFields(const EntityDef &entity, const QVariantMap &fields,
                                const QHash<QString, QString> &codeTables, const QSet<QString> &listFields)
{
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const FieldDef *f = entity.field(it.key());
        if (!f || it.key() == QLatin1String("office_code"))
            return Status::failure(ErrorCode::Internal, tr("There is no field “%1” in this record.").arg(it.key()));
        const QString value = it.value().toString().trimmed();
        if (value.isEmpty())
            continue;
        if (f->type == FieldType::Date && !QDate::fromString(value, Qt::ISODate).isValid())
            return Status::failure(ErrorCode::InvalidInput, tr("“%1” is not a date (yyyy-mm-dd).").arg(value),
                                   it.key());
        if (f->type == FieldType::Integer) {
            bool ok = false;
            value.toLongLong(&ok);
            if (!ok)
                return Status::failure(ErrorCode::InvalidInput, tr("“%1” is not a whole number.").arg(value),
                                       it.key());
        }
        const QString tableId = codeTables.value(it.key());
        const CodeTable *table = tableId.isEmpty() ? nullptr : CodeTables::instance().table(tableId);
        if (!table)
            continue;
        if (listFields.contains(it.key())) {
            for (const QString &code : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (!table->contains(code.trimmed()))
                    return badCode(code.trimmed(), it.key());
            }
        } else if (!table->contains(value)) {
            return badCode(value, it.key());
        }
    }
    return Status();
}

}  // namespace sifa
