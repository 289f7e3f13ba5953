#include "sync/ChangeLog.h"

#include "security/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Schema.h"
#include "sync/Entities.h"
#include "util/Time.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace sifa {

namespace {

// The batch open on each database, if any (a database is used from one thread).
QHash<const Database *, ChangeLog::Batch *> &openBatches()
{
    static QHash<const Database *, ChangeLog::Batch *> batches;
    return batches;
}

struct RowState {
    bool exists = false;
    QVariantMap values;  // by logical field name, plus "deleted"
};

Result<RowState> loadRow(const Database &db, const EntityDef &entity, const QString &rowUuid)
{
    QStringList cols = entity.columns();
    cols << QStringLiteral("deleted");
    Query q(db, QStringLiteral("SELECT %1 FROM %2 WHERE uuid = :u").arg(cols.join(u", "), entity.table), Query::Cached);
    q.bind(QStringLiteral(":u"), rowUuid);
    if (Status s = q.exec(ChangeLog::tr("reading a record")); !s.ok())
        return s.error();
    RowState row;
    if (!q.next())
        return row;
    row.exists = true;
    for (int i = 0; i < entity.fields.size(); ++i)
        row.values.insert(entity.fields[i].name, q.value(i));
    row.values.insert(Entities::deletedField(), q.value(static_cast<int>(entity.fields.size())).toInt());
    return row;
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() != b.isNull())
        return a.toString().isEmpty() && b.toString().isEmpty();
    return a.toString() == b.toString();
}

QJsonValue toJson(const QVariant &v)
{
    switch (v.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return QJsonValue(v.toLongLong());
    case QMetaType::Double:
        return QJsonValue(v.toDouble());
    default:
        return v.isNull() ? QJsonValue() : QJsonValue(v.toString());
    }
}

QVariant fromJson(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        const qint64 i = static_cast<qint64>(d);
        return static_cast<double>(i) == d ? QVariant(i) : QVariant(d);
    }
    if (v.isString())
        return v.toString();
    return QVariant();
}

QString fieldsJson(const QList<OpField> &fields)
{
    QJsonObject o;
    for (const OpField &f : fields)
        o.insert(f.field, QJsonArray{toJson(f.value), f.baseOpId.isEmpty() ? QJsonValue() : QJsonValue(f.baseOpId)});
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QList<OpField> parseFields(const QString &json)
{
    QList<OpField> out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QJsonArray pair = it.value().toArray();
        out.append({it.key(), fromJson(pair.at(0)), pair.at(1).toString()});
    }
    return out;
}

}  // namespace

QVariant ChangeLog::normalize(const EntityDef &entity, const QString &field, const QVariant &value)
{
    if (field == Entities::deletedField())
        return value.toInt() != 0 ? 1 : 0;
    const FieldDef *f = entity.field(field);
    if (!f)
        return value;
    switch (f->type) {
    case FieldType::Integer:
        return value.isNull() ? QVariant(0) : QVariant(value.toLongLong());
    case FieldType::Date:
        if (value.metaType().id() == QMetaType::QDate)
            return toStoredDate(value.toDate());
        return value.toString().trimmed();
    case FieldType::Text:
        break;
    }
    return value.isNull() ? QString() : value.toString();
}

Result<QString> ChangeLog::upsert(Database &db, const Actor &actor, const EntityDef &entity,
                                  const QString &rowUuid, const QVariantMap &values,
                                  const QString &reason)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!entity.field(it.key())) {
            return Result<QString>::failure(ErrorCode::Internal,
                                            QStringLiteral("unknown field %1.%2").arg(entity.name, it.key()));
        }
    }
    Result<RowState> row = loadRow(db, entity, rowUuid);
    if (!row)
        return row.error();

    QList<QPair<QString, QVariant>> changes;
    if (!row->exists) {
        // A creation carries every field that differs from its column default: replaying it
        // alone rebuilds the whole row, and empty fields cost nothing.
        for (const FieldDef &f : entity.fields) {
            const QVariant v = values.contains(f.name) ? normalize(entity, f.name, values.value(f.name))
                                                       : entity.defaultValue(f);
            if (f.required && v.toString().trimmed().isEmpty()) {
                return Result<QString>::failure(ErrorCode::InvalidInput,
                                                tr("The field %1 is required.").arg(f.name), f.name);
            }
            if (!f.required && sameValue(v, entity.defaultValue(f)))
                continue;
            changes.append({f.name, v});
        }
        return write(db, actor, entity, rowUuid, QStringLiteral("upsert"), changes, reason,
                     entity.name + QStringLiteral(".create"), true);
    }
    for (const FieldDef &f : entity.fields) {
        if (!values.contains(f.name))
            continue;
        const QVariant v = normalize(entity, f.name, values.value(f.name));
        if (f.required && v.toString().trimmed().isEmpty()) {
            return Result<QString>::failure(ErrorCode::InvalidInput,
                                            tr("The field %1 is required.").arg(f.name), f.name);
        }
        if (!sameValue(v, row->values.value(f.name)))
            changes.append({f.name, v});
    }
    if (changes.isEmpty())
        return QString();
    return write(db, actor, entity, rowUuid, QStringLiteral("upsert"), changes, reason,
                 entity.name + QStringLiteral(".update"), false);
}

Result<QString> ChangeLog::remove(Database &db, const Actor &actor, const EntityDef &entity,
                                  const QString &rowUuid, const QString &reason)
{
    return setTombstone(db, actor, entity, rowUuid, reason, true);
}

Result<QString> ChangeLog::undelete(Database &db, const Actor &actor, const EntityDef &entity,
                                    const QString &rowUuid, const QString &reason)
{
    return setTombstone(db, actor, entity, rowUuid, reason, false);
}

Result<QString> ChangeLog::setTombstone(Database &db, const Actor &actor, const EntityDef &entity,
                                        const QString &rowUuid, const QString &reason, bool deleted)
{
    Result<RowState> row = loadRow(db, entity, rowUuid);
    if (!row)
        return row.error();
    if (!row->exists)
        return Result<QString>::failure(ErrorCode::NotFound, tr("The record no longer exists."));
    if ((row->values.value(Entities::deletedField()).toInt() == 1) == deleted)
        return QString();
    return write(db, actor, entity, rowUuid, deleted ? QStringLiteral("delete") : QStringLiteral("undelete"),
                 {{Entities::deletedField(), deleted ? 1 : 0}}, reason,
                 entity.name + (deleted ? QStringLiteral(".delete") : QStringLiteral(".undelete")), false);
}

Result<QString> ChangeLog::write(Database &db, const Actor &actor, const EntityDef &entity,
                                 const QString &rowUuid, const QString &kind,
                                 const QList<QPair<QString, QVariant>> &changes,
                                 const QString &reason, const QString &auditAction, bool creating)
{
    if (db.transactionDepth() == 0) {
        return Result<QString>::failure(ErrorCode::Internal,
                                        QStringLiteral("ChangeLog::write outside a transaction"));
    }
    Result<OpStamp> stamp = Replica::nextStamp(db);
    if (!stamp)
        return stamp.error();

    Op op;
    op.opId = randomHex(16);
    op.stamp = *stamp;
    op.actor = actor.name;
    op.actorRole = actor.role;
    op.reason = reason;
    op.entity = entity.name;
    op.rowUuid = rowUuid;
    op.kind = kind;
    op.schemaVersion = Schema::kLatestVersion;

    // Base of each field: the op that last changed it, or the row's creation if none did since.
    QHash<QString, QString> bases;
    if (!creating) {
        Query clock(db, QStringLiteral("SELECT field, last_op_id FROM field_clock WHERE row_uuid = :u"), Query::Cached);
        clock.bind(QStringLiteral(":u"), rowUuid);
        if (Status s = clock.exec(tr("reading the change history")); !s.ok())
            return s.error();
        while (clock.next())
            bases.insert(clock.text(0), clock.text(1));
        bool needCreation = false;
        for (const auto &change : changes)
            needCreation = needCreation || !bases.contains(change.first);
        if (needCreation) {
            Query first(db, QStringLiteral("SELECT op_id, fields FROM op WHERE row_uuid = :u ORDER BY rowid LIMIT 1"),
                        Query::Cached);
            first.bind(QStringLiteral(":u"), rowUuid);
            if (Status s = first.exec(tr("reading the change history")); !s.ok())
                return s.error();
            if (first.next()) {
                const QString creationOp = first.text(0);
                for (const OpField &f : parseFields(first.text(1))) {
                    if (!bases.contains(f.field))
                        bases.insert(f.field, creationOp);
                }
            }
        }
    }
    QStringList names;
    for (const auto &[field, value] : changes) {
        op.fields.append({field, value, bases.value(field)});
        names << field;
    }

    Query ins(db, QStringLiteral(
                      "INSERT INTO op(op_id, origin_replica, origin_incarnation, origin_seq, hlc, wall_time, "
                      "actor, actor_role, reason, entity, row_uuid, kind, schema_version, fields) VALUES "
                      "(:id, :r, :i, :s, :h, :w, :a, :ar, :re, :e, :u, :k, :v, :f)"),
              Query::Cached);
    ins.bind(QStringLiteral(":id"), op.opId)
        .bind(QStringLiteral(":r"), op.stamp.replicaId)
        .bind(QStringLiteral(":i"), op.stamp.incarnation)
        .bind(QStringLiteral(":s"), op.stamp.seq)
        .bind(QStringLiteral(":h"), op.stamp.hlc)
        .bind(QStringLiteral(":w"), op.stamp.wallTime)
        .bind(QStringLiteral(":a"), op.actor)
        .bind(QStringLiteral(":ar"), op.actorRole)
        .bind(QStringLiteral(":re"), op.reason)
        .bind(QStringLiteral(":e"), op.entity)
        .bind(QStringLiteral(":u"), op.rowUuid)
        .bind(QStringLiteral(":k"), op.kind)
        .bind(QStringLiteral(":v"), op.schemaVersion)
        .bind(QStringLiteral(":f"), fieldsJson(op.fields));
    if (Status s = ins.exec(tr("recording a change")); !s.ok())
        return s.error();

    Batch *batch = openBatches().value(&db);
    if (Status s = project(db, op, batch == nullptr); !s.ok())
        return s.error();
    if (batch) {
        batch->m_counts[auditAction] += 1;
        const QString key = entity.name + QLatin1Char(':') + rowUuid;
        if (entity.afterChange && !batch->m_hooked.contains(key)) {
            batch->m_hooked.insert(key);
            batch->m_hooks.append({&entity, rowUuid});
        }
        return op.opId;
    }

    // The audit trail names the fields, never their values; a free-text reason stays in the op.
    const QString detail = kind == QLatin1String("upsert") ? QStringLiteral("fields: ") + names.join(u", ")
                                                           : QString();
    if (Status s = AuditLog::append(db, actor, auditAction, entity.name, rowUuid, detail); !s.ok())
        return s.error();
    return op.opId;
}

Status ChangeLog::runHook(Database &db, const EntityDef &entity, const QString &rowUuid)
{
    return entity.afterChange ? entity.afterChange(db, rowUuid) : Status();
}

Status ChangeLog::project(Database &db, const Op &op, bool runHooks)
{
    const EntityDef *entity = Entities::find(op.entity);
    if (!entity)
        return {};  // an entity this version does not know: kept in the log only
    const QString doing = tr("updating a record");

    bool exists = false;
    {
        Query q(db, QStringLiteral("SELECT 1 FROM %1 WHERE uuid = :u").arg(entity->table), Query::Cached);
        q.bind(QStringLiteral(":u"), op.rowUuid);
        if (Status s = q.exec(doing); !s.ok())
            return s;
        exists = q.next();
    }

    QStringList assignCols;
    QVariantList assignValues;
    for (const OpField &f : op.fields) {
        if (f.field == Entities::deletedField()) {
            assignCols << QStringLiteral("deleted");
        } else if (const FieldDef *def = entity->field(f.field)) {
            assignCols << def->column;
        } else {
            continue;  // a field this version does not know
        }
        assignValues << f.value;
    }

    if (!exists) {
        if (op.kind != QLatin1String("upsert") && op.kind != QLatin1String("merge"))
            return {};  // a tombstone for a row this replica never saw
        QStringList cols{QStringLiteral("uuid"), QStringLiteral("created_at"), QStringLiteral("created_by"),
                         QStringLiteral("updated_at"), QStringLiteral("updated_by")};
        QVariantList vals{op.rowUuid, op.stamp.wallTime, op.actor, op.stamp.wallTime, op.actor};
        cols << assignCols;
        vals << assignValues;
        QStringList marks;
        for (int i = 0; i < cols.size(); ++i)
            marks << QStringLiteral(":p%1").arg(i);
        Query q(db, QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                        .arg(entity->table, cols.join(u", "), marks.join(u", ")));
        for (int i = 0; i < vals.size(); ++i)
            q.bind(marks[i], vals[i]);
        if (Status s = q.exec(doing); !s.ok())
            return s;
        // The creation is the base of every field it set: no clock rows until one changes.
        return runHooks ? runHook(db, *entity, op.rowUuid) : Status();
    }

    QStringList sets{QStringLiteral("updated_at = :p_at"), QStringLiteral("updated_by = :p_by")};
    for (int i = 0; i < assignCols.size(); ++i)
        sets << QStringLiteral("%1 = :p%2").arg(assignCols[i]).arg(i);
    Query q(db, QStringLiteral("UPDATE %1 SET %2 WHERE uuid = :p_uuid").arg(entity->table, sets.join(u", ")));
    q.bind(QStringLiteral(":p_at"), op.stamp.wallTime).bind(QStringLiteral(":p_by"), op.actor);
    for (int i = 0; i < assignValues.size(); ++i)
        q.bind(QStringLiteral(":p%1").arg(i), assignValues[i]);
    q.bind(QStringLiteral(":p_uuid"), op.rowUuid);
    if (Status s = q.exec(doing); !s.ok())
        return s;

    Query clock(db, QStringLiteral(
                        "INSERT INTO field_clock(row_uuid, field, entity, last_op_id, hlc) VALUES (:u, :f, :e, :o, :h) "
                        "ON CONFLICT(row_uuid, field) DO UPDATE SET last_op_id = excluded.last_op_id, hlc = excluded.hlc"),
                Query::Cached);
    for (const OpField &f : op.fields) {
        clock.bind(QStringLiteral(":u"), op.rowUuid)
            .bind(QStringLiteral(":f"), f.field)
            .bind(QStringLiteral(":e"), op.entity)
            .bind(QStringLiteral(":o"), op.opId)
            .bind(QStringLiteral(":h"), op.stamp.hlc);
        if (Status s = clock.exec(doing); !s.ok())
            return s;
    }
    return runHooks ? runHook(db, *entity, op.rowUuid) : Status();
}

namespace {

const char *const kOpSelect =
    "SELECT rowid, op_id, origin_replica, origin_incarnation, origin_seq, hlc, wall_time, "
    "actor, actor_role, reason, entity, row_uuid, kind, schema_version, fields FROM op ";

Op readOp(Query &q)
{
    Op op;
    op.localOrder = q.integer(0);
    op.opId = q.text(1);
    op.stamp = OpStamp{q.text(2), static_cast<int>(q.integer(3)), q.integer(4), q.integer(5), q.text(6)};
    op.actor = q.text(7);
    op.actorRole = q.text(8);
    op.reason = q.text(9);
    op.entity = q.text(10);
    op.rowUuid = q.text(11);
    op.kind = q.text(12);
    op.schemaVersion = static_cast<int>(q.integer(13));
    op.fields = parseFields(q.text(14));
    return op;
}

}  // namespace

Status ChangeLog::forEachOp(const Database &db, const std::function<Status(const Op &)> &visit)
{
    Query q(db, QString::fromLatin1(kOpSelect) + QStringLiteral("ORDER BY rowid"));
    if (Status s = q.exec(tr("reading the change log")); !s.ok())
        return s;
    while (q.next()) {
        if (Status s = visit(readOp(q)); !s.ok())
            return s;
    }
    return {};
}

Result<QList<Op>> ChangeLog::opsForRow(const Database &db, const QString &rowUuid)
{
    Query q(db, QString::fromLatin1(kOpSelect) + QStringLiteral("WHERE row_uuid = :u ORDER BY rowid"));
    q.bind(QStringLiteral(":u"), rowUuid);
    if (Status s = q.exec(tr("reading the change log")); !s.ok())
        return s.error();
    QList<Op> out;
    while (q.next())
        out << readOp(q);
    return out;
}

Result<qint64> ChangeLog::count(const Database &db)
{
    Result<QVariant> v = Query::scalar(db, QStringLiteral("SELECT COUNT(*) FROM op"), {}, tr("reading the change log"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

ChangeLog::Batch::Batch(Database &db, const Actor &actor, QString action, QString detail)
    : m_db(db), m_actor(actor), m_action(std::move(action)), m_detail(std::move(detail))
{
    openBatches().insert(&m_db, this);
}

ChangeLog::Batch::~Batch()
{
    openBatches().remove(&m_db);
}

Status ChangeLog::Batch::finish()
{
    openBatches().remove(&m_db);
    if (m_finished)
        return {};
    m_finished = true;
    for (const auto &[entity, rowUuid] : std::as_const(m_hooks)) {
        if (Status s = ChangeLog::runHook(m_db, *entity, rowUuid); !s.ok())
            return s;
    }
    QStringList counts;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        counts << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
    QString detail = m_detail;
    if (!counts.isEmpty())
        detail += (detail.isEmpty() ? QString() : QStringLiteral("; ")) + counts.join(u", ");
    return AuditLog::append(m_db, m_actor, m_action, QString(), QString(), detail);
}

}  // namespace sifa
