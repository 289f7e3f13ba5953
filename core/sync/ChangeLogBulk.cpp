// ChangeLog::createMany: many new rows of one entity in a batch, as create() would make them one
// by one, without the lookups a single creation needs.
//
// Rows go in multi-row INSERT statements of bound values: every statement of a transaction that
// opens a statement journal (the op table's guard trigger, a table feeding a full-text index)
// makes SQLite 3.40's FTS5 flush its pending terms into a new segment, so a statement per row
// leaves a full-text segment per row and the merging grows with the import.

#include "sync/ChangeLog.h"
#include "sync/ChangeLogDetail.h"

#include "storage/BulkStatement.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Schema.h"
#include "sync/Entities.h"

namespace sifa {

using namespace changelog_detail;

namespace {

constexpr int kBulkRows = 500;  // rows whose stamps are taken together

const QStringList &opColumns()
{
    static const QStringList columns{
        QStringLiteral("op_id"), QStringLiteral("origin_replica"), QStringLiteral("origin_incarnation"),
        QStringLiteral("origin_seq"), QStringLiteral("hlc"), QStringLiteral("wall_time"), QStringLiteral("actor"),
        QStringLiteral("actor_role"), QStringLiteral("reason"), QStringLiteral("entity"), QStringLiteral("row_uuid"),
        QStringLiteral("kind"), QStringLiteral("schema_version"), QStringLiteral("fields")};
    return columns;
}

}  // namespace

// The batch keeps one BulkInsert per table for all of its createMany() calls; a table feeding a
// full-text index through its triggers is staged, and createMany() moves its rows in at the end.
Status ChangeLog::insertRows(Database &db, Batch &batch, const QString &table, const QStringList &columns,
                             const QVariantList &values, const QString &doing)
{
    std::shared_ptr<BulkInsert> &insert = batch.m_inserts[table];
    if (!insert) {
        Result<bool> triggers = BulkInsert::hasInsertTriggers(db, table);
        if (!triggers)
            return triggers.status();
        insert = std::make_shared<BulkInsert>(db, table, columns, QString(),
                                              *triggers ? BulkInsert::Mode::Staged : BulkInsert::Mode::Direct);
    }
    return insert->insert(values, doing);
}

Result<QStringList> ChangeLog::createMany(Database &db, const Actor &actor, const EntityDef &entity,
                                          const QList<QPair<QString, QVariantMap>> &rows, const QString &reason)
{
    Batch *batch = openBatches().value(&db);
    if (!batch || db.transactionDepth() == 0) {
        return Result<QStringList>::failure(ErrorCode::Internal,
                                            QStringLiteral("ChangeLog::createMany outside a batch"));
    }
    QStringList ids;
    ids.reserve(rows.size());
    for (qsizetype from = 0; from < rows.size(); from += kBulkRows) {
        Result<QStringList> chunk = createChunk(db, actor, entity, rows.mid(from, kBulkRows), reason, *batch);
        if (!chunk)
            return chunk;
        ids << *chunk;
    }
    if (const std::shared_ptr<BulkInsert> staged = batch->m_inserts.value(entity.table); staged && staged->staged()) {
        if (Status s = staged->finish(tr("updating a record")); !s.ok())
            return s.error();
    }
    return ids;
}

// The same ops write() would record, the same rows projectOp() would insert (every column, those
// the op does not carry with their default), the same deferred hooks and audit counts.
Result<QStringList> ChangeLog::createChunk(Database &db, const Actor &actor, const EntityDef &entity,
                                           const QList<QPair<QString, QVariantMap>> &rows, const QString &reason,
                                           Batch &batch)
{
    const int n = static_cast<int>(rows.size());
    Result<QList<OpStamp>> stamps = Replica::nextStamps(db, &batch.m_replica, n);
    if (!stamps)
        return stamps.error();
    const QString opIds = randomHex(16 * n);  // one call for the chunk's random op ids
    const EntitySql &sql = sqlOf(entity);
    QVariantList defaults{QString(), QString(), QString(), QString(), QString(), 0};
    for (const FieldDef &f : entity.fields)
        defaults << entity.defaultValue(f);
    constexpr int kMeta = 6;  // uuid, created_at, created_by, updated_at, updated_by, deleted

    QVariantList opValues;
    opValues.reserve(n * opColumns().size());
    QVariantList rowValues;
    rowValues.reserve(n * defaults.size());
    QList<Op> ops;
    ops.reserve(n);
    for (int i = 0; i < n; ++i) {
        if (Result<QString> checked = checkFields(entity, rows[i].second); !checked)
            return checked.error();
        Result<QList<QPair<QString, QVariant>>> changes = creation(entity, rows[i].second);
        if (!changes)
            return changes.error();
        Op op;
        op.opId = opIds.mid(32 * i, 32);
        op.stamp = stamps->at(i);
        op.actor = actor.name;
        op.actorRole = actor.role;
        op.reason = reason;
        op.entity = entity.name;
        op.rowUuid = rows[i].first;
        op.kind = QStringLiteral("upsert");
        op.schemaVersion = Schema::kLatestVersion;
        QVariantList values = defaults;
        values[0] = op.rowUuid;
        values[1] = values[3] = op.stamp.wallTime;
        values[2] = values[4] = op.actor;
        for (const auto &[field, value] : std::as_const(*changes)) {
            op.fields.append({field, value, QString()});
            if (const auto at = sql.position.constFind(sql.fields.value(field)->column);
                at != sql.position.cend() && *at >= kMeta)
                values[*at] = value;
        }
        opValues << op.opId << op.stamp.replicaId << op.stamp.incarnation << op.stamp.seq << op.stamp.hlc
                 << op.stamp.wallTime << op.actor << op.actorRole << op.reason << op.entity << op.rowUuid << op.kind
                 << op.schemaVersion << fieldsJson(op.fields);
        rowValues << values;
        ops.append(std::move(op));
    }
    if (Status s = insertRows(db, batch, QStringLiteral("op"), opColumns(), opValues, tr("recording a change"));
        !s.ok())
        return s.error();
    if (Status s = insertRows(db, batch, entity.table, sql.createColumns, rowValues, tr("updating a record"));
        !s.ok())
        return s.error();

    QStringList ids;
    ids.reserve(n);
    for (const Op &op : std::as_const(ops)) {
        ids << op.opId;
        if (!entity.afterChange)
            continue;
        Result<QPair<const EntityDef *, QString>> target = hookTarget(db, entity, op);
        if (!target)
            return target.error();
        const QString key = target->first->name + QLatin1Char(':') + target->second;
        if (!batch.m_hooked.contains(key)) {
            batch.m_hooked.insert(key);
            batch.m_hooks.append(*target);
        }
    }
    batch.m_counts[entity.name + QStringLiteral(".create")] += n;
    return ids;
}

}  // namespace sifa
