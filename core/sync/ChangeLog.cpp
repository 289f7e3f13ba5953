#include "sync/ChangeLog.h"
#include "sync/ChangeLogDetail.h"

#include "security/AuditLog.h"
#include "storage/BulkStatement.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Schema.h"
#include "sync/Entities.h"
#include "sync/SyncAuthority.h"
#include "util/Time.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <unordered_map>

namespace sifa {

using namespace changelog_detail;

QHash<const Database *, ChangeLog::Batch *> &changelog_detail::openBatches()
{
    static QHash<const Database *, ChangeLog::Batch *> batches;
    return batches;
}

// (A node-based map: references handed out stay valid while other entities are added.)
const EntitySql &changelog_detail::sqlOf(const EntityDef &entity)
{
    thread_local std::unordered_map<const EntityDef *, EntitySql> cache;
    auto it = cache.find(&entity);
    if (it != cache.end())
        return it->second;
    EntitySql sql;
    for (const FieldDef &f : entity.fields)
        sql.fields.insert(f.name, &f);
    QStringList cols = entity.columns();
    cols << QStringLiteral("deleted");
    sql.load = QStringLiteral("SELECT %1 FROM %2 WHERE uuid = :u").arg(cols.join(u", "), entity.table);
    sql.exists = QStringLiteral("SELECT 1 FROM %1 WHERE uuid = :u").arg(entity.table);
    sql.createColumns = entity.allColumns();
    QStringList marks;
    for (int i = 0; i < sql.createColumns.size(); ++i) {
        marks << QStringLiteral(":p%1").arg(i);
        sql.position.insert(sql.createColumns[i], i);
    }
    sql.create = QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                     .arg(entity.table, sql.createColumns.join(u", "), marks.join(u", "));
    return cache.emplace(&entity, std::move(sql)).first->second;
}

namespace {

struct RowState {
    bool exists = false;
    QVariantMap values;  // by logical field name, plus "deleted"
};

const QStringList &createMarks(int n)
{
    thread_local QStringList marks;
    while (marks.size() < n)
        marks << QStringLiteral(":p%1").arg(marks.size());
    return marks;
}

Result<RowState> loadRow(const Database &db, const EntityDef &entity, const QString &rowUuid)
{
    Query q(db, sqlOf(entity).load, Query::Cached);
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

bool isLoneSurrogate(QStringView v, qsizetype i)
{
    const char16_t u = v[i].unicode();
    if (QChar::isHighSurrogate(u))
        return !(i + 1 < v.size() && QChar::isLowSurrogate(v[i + 1].unicode()));
    return QChar::isLowSurrogate(u) && !(i > 0 && QChar::isHighSurrogate(v[i - 1].unicode()));
}

// A JSON string as QJsonDocument writes it: UTF-8, with ", \\ and control characters escaped
// (and a lone surrogate as \\uXXXX).
void appendJsonString(QByteArray &out, const QString &s)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const QStringView v(s);
    qsizetype i = 0;
    while (i < v.size()) {
        const char16_t u = v[i].unicode();
        if (u >= 0x80) {
            if (isLoneSurrogate(v, i)) {
                out += "\\u";
                for (int shift = 12; shift >= 0; shift -= 4)
                    out += hex[(u >> shift) & 0xf];
                ++i;
                continue;
            }
            qsizetype j = i + 1;
            while (j < v.size() && v[j].unicode() >= 0x80 && !isLoneSurrogate(v, j))
                ++j;
            out += v.mid(i, j - i).toUtf8();
            i = j;
            continue;
        }
        ++i;
        switch (u) {
        case u'"': out += "\\\""; break;
        case u'\\': out += "\\\\"; break;
        case u'\b': out += "\\b"; break;
        case u'\f': out += "\\f"; break;
        case u'\n': out += "\\n"; break;
        case u'\r': out += "\\r"; break;
        case u'\t': out += "\\t"; break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            } else {
                out += static_cast<char>(u);
            }
        }
    }
    out += '"';
}

void appendJsonValue(QByteArray &out, const QVariant &v)
{
    switch (v.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        out += QByteArray::number(v.toLongLong());
        return;
    case QMetaType::Double: {
        const double d = v.toDouble();
        out += qIsFinite(d) ? QByteArray::number(d, 'g', QLocale::FloatingPointShortest) : QByteArray("null");
        return;
    }
    default:
        if (v.isNull())
            out += "null";
        else
            appendJsonString(out, v.toString());
    }
}

}  // namespace

// The bytes QJsonDocument(...).toJson(QJsonDocument::Compact) gives for the same object, without
// building one (this runs for every op).
QString changelog_detail::fieldsJson(const QList<OpField> &fields)
{
    QList<const OpField *> sorted;
    sorted.reserve(fields.size());
    for (const OpField &f : fields)
        sorted << &f;
    std::stable_sort(sorted.begin(), sorted.end(), [](const OpField *a, const OpField *b) { return a->field < b->field; });
    QByteArray out;
    out.reserve(64 + 48 * fields.size());
    out += '{';
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        // QJsonObject keeps one value per key: the last inserted.
        if (i + 1 < sorted.size() && sorted[i + 1]->field == sorted[i]->field)
            continue;
        if (out.size() > 1)
            out += ',';
        appendJsonString(out, sorted[i]->field);
        out += ":[";
        appendJsonValue(out, sorted[i]->value);
        out += ',';
        if (sorted[i]->baseOpId.isEmpty())
            out += "null";
        else
            appendJsonString(out, sorted[i]->baseOpId);
        out += ']';
    }
    out += '}';
    return QString::fromUtf8(out);
}

namespace {

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

QVariant normalizeField(const FieldDef *f, const QVariant &value)
{
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

}  // namespace

Result<QString> changelog_detail::checkFields(const EntityDef &entity, const QVariantMap &values)
{
    const EntitySql &sql = sqlOf(entity);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!sql.fields.contains(it.key())) {
            return Result<QString>::failure(ErrorCode::Internal,
                                            QStringLiteral("unknown field %1.%2").arg(entity.name, it.key()));
        }
    }
    return QString();
}


QVariant ChangeLog::normalize(const EntityDef &entity, const QString &field, const QVariant &value)
{
    if (field == Entities::deletedField())
        return value.toInt() != 0 ? 1 : 0;
    return normalizeField(sqlOf(entity).fields.value(field), value);
}

Result<QList<QPair<QString, QVariant>>> ChangeLog::creation(const EntityDef &entity, const QVariantMap &values)
{
    // A creation carries every field that differs from its column default: replaying it
    // alone rebuilds the whole row, and empty fields cost nothing.
    QList<QPair<QString, QVariant>> changes;
    for (const FieldDef &f : entity.fields) {
        const auto given = values.constFind(f.name);
        const QVariant v = given != values.cend() ? normalizeField(&f, *given) : entity.defaultValue(f);
        if (f.required && v.toString().trimmed().isEmpty()) {
            return Result<QList<QPair<QString, QVariant>>>::failure(
                ErrorCode::InvalidInput, tr("The field %1 is required.").arg(f.name), f.name);
        }
        if (!f.required && sameValue(v, entity.defaultValue(f)))
            continue;
        changes.append({f.name, v});
    }
    return changes;
}

Result<QString> ChangeLog::create(Database &db, const Actor &actor, const EntityDef &entity, const QString &rowUuid,
                                  const QVariantMap &values, const QString &reason)
{
    if (Result<QString> checked = checkFields(entity, values); !checked)
        return checked;
    Result<QList<QPair<QString, QVariant>>> changes = creation(entity, values);
    if (!changes)
        return changes.error();
    return write(db, actor, entity, rowUuid, QStringLiteral("upsert"), *changes, reason,
                 entity.name + QStringLiteral(".create"), Creation::New);
}

Result<QString> ChangeLog::upsert(Database &db, const Actor &actor, const EntityDef &entity,
                                  const QString &rowUuid, const QVariantMap &values,
                                  const QString &reason)
{
    if (Result<QString> checked = checkFields(entity, values); !checked)
        return checked;
    Result<RowState> row = loadRow(db, entity, rowUuid);
    if (!row)
        return row.error();

    if (!row->exists) {
        Result<QList<QPair<QString, QVariant>>> changes = creation(entity, values);
        if (!changes)
            return changes.error();
        return write(db, actor, entity, rowUuid, QStringLiteral("upsert"), *changes, reason,
                     entity.name + QStringLiteral(".create"), Creation::Absent);
    }
    QList<QPair<QString, QVariant>> changes;
    for (const FieldDef &f : entity.fields) {
        const auto given = values.constFind(f.name);
        if (given == values.cend())
            continue;
        const QVariant v = normalizeField(&f, *given);
        if (f.required && v.toString().trimmed().isEmpty()) {
            return Result<QString>::failure(ErrorCode::InvalidInput,
                                            tr("The field %1 is required.").arg(f.name), f.name);
        }
        if (!sameValue(v, row->values.value(f.name)))
            changes.append({f.name, v});
    }
    if (changes.isEmpty())
        return QString();
    if (Status s = SyncAuthority::checkLocalWrite(db, entity, row->values.value(QStringLiteral("office_code")).toString(),
                                                  changes);
        !s.ok())
        return s.error();
    return write(db, actor, entity, rowUuid, QStringLiteral("upsert"), changes, reason,
                 entity.name + QStringLiteral(".update"), Creation::No);
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
    if (Status s = SyncAuthority::checkLocalWrite(db, entity, row->values.value(QStringLiteral("office_code")).toString(),
                                                  {{Entities::deletedField(), deleted ? 1 : 0}});
        !s.ok())
        return s.error();
    return write(db, actor, entity, rowUuid, deleted ? QStringLiteral("delete") : QStringLiteral("undelete"),
                 {{Entities::deletedField(), deleted ? 1 : 0}}, reason,
                 entity.name + (deleted ? QStringLiteral(".delete") : QStringLiteral(".undelete")), Creation::No);
}

Result<QString> ChangeLog::write(Database &db, const Actor &actor, const EntityDef &entity,
                                 const QString &rowUuid, const QString &kind,
                                 const QList<QPair<QString, QVariant>> &changes,
                                 const QString &reason, const QString &auditAction, Creation creation,
                                 const QHash<QString, QString> *baseOverride)
{
    if (db.transactionDepth() == 0) {
        return Result<QString>::failure(ErrorCode::Internal,
                                        QStringLiteral("ChangeLog::write outside a transaction"));
    }
    Batch *batch = openBatches().value(&db);
    // In a batch only the first op reads the replica's state; every op still writes it.
    Result<OpStamp> stamp = batch ? Replica::nextStamp(db, &batch->m_replica) : Replica::nextStamp(db);
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
    if (creation == Creation::No) {
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
    if (baseOverride) {
        for (auto it = baseOverride->cbegin(); it != baseOverride->cend(); ++it)
            bases.insert(it.key(), it.value());
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

    if (Status s = projectOp(db, op, batch == nullptr, creation == Creation::New); !s.ok())
        return s.error();
    if (batch) {
        batch->m_counts[auditAction] += 1;
        if (entity.afterChange) {
            Result<QPair<const EntityDef *, QString>> target = hookTarget(db, entity, op);
            if (!target)
                return target.error();
            const QString key = target->first->name + QLatin1Char(':') + target->second;
            if (!batch->m_hooked.contains(key)) {
                batch->m_hooked.insert(key);
                batch->m_hooks.append(*target);
            }
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

Result<QPair<const EntityDef *, QString>> ChangeLog::hookTarget(Database &db, const EntityDef &entity, const Op &op)
{
    if (!entity.hookOwner)
        return QPair<const EntityDef *, QString>(&entity, op.rowUuid);
    QString owner;
    bool carried = false;
    for (const OpField &f : op.fields) {
        if (f.field == entity.hookOwnerField) {
            owner = f.value.toString();
            carried = true;
        }
    }
    if (!carried) {
        const FieldDef *def = entity.field(entity.hookOwnerField);
        Query q(db, QStringLiteral("SELECT %1 FROM %2 WHERE uuid = :u").arg(def ? def->column : entity.hookOwnerField, entity.table),
                Query::Cached);
        q.bind(QStringLiteral(":u"), op.rowUuid);
        if (Status s = q.exec(tr("updating a record")); !s.ok())
            return s.error();
        if (q.next())
            owner = q.text(0);
    }
    if (owner.isEmpty())
        return QPair<const EntityDef *, QString>(&entity, op.rowUuid);
    return QPair<const EntityDef *, QString>(entity.hookOwner(), owner);
}

Status ChangeLog::runHook(Database &db, const EntityDef &entity, const QString &rowUuid)
{
    return entity.afterChange ? entity.afterChange(db, rowUuid) : Status();
}

Status ChangeLog::project(Database &db, const Op &op, bool runHooks)
{
    return projectOp(db, op, runHooks, false);
}

Status ChangeLog::projectOp(Database &db, const Op &op, bool runHooks, bool knownNew)
{
    const EntityDef *entity = Entities::find(op.entity);
    if (!entity)
        return {};  // an entity this version does not know: kept in the log only
    const QString doing = tr("updating a record");

    bool exists = false;
    if (!knownNew) {
        Query q(db, sqlOf(*entity).exists, Query::Cached);
        q.bind(QStringLiteral(":u"), op.rowUuid);
        if (Status s = q.exec(doing); !s.ok())
            return s;
        exists = q.next();
    }

    QStringList assignCols;
    QVariantList assignValues;
    for (const OpField &f : op.fields) {
        if (op.skipped.contains(f.field))
            continue;
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
        // Every column is written, those the op does not carry with their column default, so that
        // all creations of an entity share one prepared statement.
        const EntitySql &sql = sqlOf(*entity);
        QVariantList vals{op.rowUuid, op.stamp.wallTime, op.actor, op.stamp.wallTime, op.actor, 0};
        for (const FieldDef &f : entity->fields)
            vals << entity->defaultValue(f);
        for (int i = 0; i < assignCols.size(); ++i) {
            if (const auto at = sql.position.constFind(assignCols[i]); at != sql.position.cend())
                vals[*at] = assignValues[i];
        }
        const QStringList &marks = createMarks(static_cast<int>(vals.size()));
        Query q(db, sql.create, Query::Cached);
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
        if (op.skipped.contains(f.field))
            continue;
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

Result<QString> ChangeLog::merge(Database &db, const Actor &actor, const EntityDef &entity, const QString &rowUuid,
                                 const QString &field, const QVariant &value, const QStringList &competitorOps,
                                 const QString &reason)
{
    if (field != Entities::deletedField() && !sqlOf(entity).fields.contains(field))
        return Result<QString>::failure(ErrorCode::Internal, QStringLiteral("unknown field %1.%2").arg(entity.name, field));
    const QHash<QString, QString> base{{field, competitorOps.join(QLatin1Char(','))}};
    return write(db, actor, entity, rowUuid, QStringLiteral("merge"), {{field, normalize(entity, field, value)}}, reason,
                 entity.name + QStringLiteral(".merge"), Creation::No, &base);
}

Status ChangeLog::insertReceived(Database &db, const Op &op)
{
    if (db.transactionDepth() == 0)
        return Status::failure(ErrorCode::Internal, QStringLiteral("ChangeLog::insertReceived outside a transaction"));
    Query ins(db, QStringLiteral(
                      "INSERT INTO op(op_id, origin_replica, origin_incarnation, origin_seq, hlc, wall_time, "
                      "actor, actor_role, reason, entity, row_uuid, kind, schema_version, fields, skipped) VALUES "
                      "(:id, :r, :i, :s, :h, :w, :a, :ar, :re, :e, :u, :k, :v, :f, :sk)"),
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
        .bind(QStringLiteral(":f"), fieldsJson(op.fields))
        .bind(QStringLiteral(":sk"), op.skipped.join(QLatin1Char(',')));
    if (Status s = ins.exec(tr("recording a change")); !s.ok())
        return s;
    return projectOp(db, op, false, false);
}

namespace {

const char *const kOpSelect =
    "SELECT rowid, op_id, origin_replica, origin_incarnation, origin_seq, hlc, wall_time, "
    "actor, actor_role, reason, entity, row_uuid, kind, schema_version, fields, skipped FROM op ";

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
    const QString skipped = q.text(15);
    if (!skipped.isEmpty())
        op.skipped = skipped.split(QLatin1Char(','));
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

Status ChangeLog::Batch::finish(const std::function<bool(qsizetype, qsizetype)> &progress)
{
    openBatches().remove(&m_db);
    if (m_finished)
        return {};
    m_finished = true;
    // Consecutive rows of an entity with a bulk hook go together, a thousand at a time.
    constexpr qsizetype kBulkHookRows = 1000;
    const qsizetype total = m_hooks.size();
    qsizetype reported = 0;
    for (qsizetype i = 0; i < total;) {
        const EntityDef *entity = m_hooks.at(i).first;
        qsizetype next = i + 1;
        if (entity->afterChangeMany) {
            QStringList rows{m_hooks.at(i).second};
            while (next < total && m_hooks.at(next).first == entity && rows.size() < kBulkHookRows)
                rows << m_hooks.at(next++).second;
            if (Status s = entity->afterChangeMany(m_db, rows); !s.ok())
                return s;
        } else if (Status s = ChangeLog::runHook(m_db, *entity, m_hooks.at(i).second); !s.ok()) {
            return s;
        }
        i = next;
        if (progress && (i - reported >= 256 || i == total)) {
            reported = i;
            if (!progress(i, total))
                return Status::failure(ErrorCode::Conflict, tr("The work was cancelled; nothing was saved."));
        }
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
