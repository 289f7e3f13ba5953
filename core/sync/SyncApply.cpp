#include "sync/SyncApply.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "sync/Entities.h"
#include "sync/SyncAuthority.h"
#include "util/Time.h"

#include <QCborArray>
#include <QCborMap>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace sifa {

namespace {

QString s(const char *key)
{
    return QString::fromLatin1(key);
}

// The op's fields as stored and sent: {"field":[value, base],...}.
QString fieldsText(const Op &op)
{
    QJsonObject o;
    for (const OpField &f : op.fields) {
        QJsonArray pair;
        pair.append(QJsonValue::fromVariant(f.value));
        pair.append(f.baseOpId.isEmpty() ? QJsonValue() : QJsonValue(f.baseOpId));
        o.insert(f.field, pair);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() != b.isNull())
        return a.toString().isEmpty() && b.toString().isEmpty();
    return a.toString() == b.toString();
}

struct LocalOp {
    bool found = false;
    QString opId;
    QString replica;
    qint64 hlc = 0;
    qint64 order = 0;
    QString wall;
    QString actor;
    QString role;
};

Result<LocalOp> localOp(const Database &db, const QString &opId)
{
    LocalOp out;
    if (opId.isEmpty())
        return out;
    Query q(db, QStringLiteral("SELECT origin_replica, hlc, rowid, wall_time, actor, actor_role FROM op WHERE op_id = :o"),
            Query::Cached);
    q.bind(QStringLiteral(":o"), opId);
    if (Status st = q.exec(SyncApply::tr("reading the change log")); !st.ok())
        return st.error();
    if (q.next())
        out = LocalOp{true, opId, q.text(0), q.integer(1), q.integer(2), q.text(3), q.text(4), q.text(5)};
    return out;
}

struct RowNow {
    bool exists = false;
    QVariantMap values;  // logical names, plus "deleted"
    QHash<QString, QString> last;  // field → op that last set it
};

Result<RowNow> rowNow(const Database &db, const EntityDef &entity, const QString &uuid)
{
    RowNow row;
    QStringList cols = entity.columns();
    cols << QStringLiteral("deleted");
    Query q(db, QStringLiteral("SELECT %1 FROM %2 WHERE uuid = :u").arg(cols.join(u", "), entity.table), Query::Cached);
    q.bind(QStringLiteral(":u"), uuid);
    if (Status st = q.exec(SyncApply::tr("reading a record")); !st.ok())
        return st.error();
    if (!q.next())
        return row;
    row.exists = true;
    for (int i = 0; i < entity.fields.size(); ++i)
        row.values.insert(entity.fields[i].name, q.value(i));
    row.values.insert(Entities::deletedField(), q.value(static_cast<int>(entity.fields.size())).toInt());

    Query first(db, QStringLiteral("SELECT op_id, fields FROM op WHERE row_uuid = :u ORDER BY rowid LIMIT 1"),
                Query::Cached);
    first.bind(QStringLiteral(":u"), uuid);
    if (Status st = first.exec(SyncApply::tr("reading the change log")); !st.ok())
        return st.error();
    if (first.next()) {
        const QString creation = first.text(0);
        const QJsonObject fields = QJsonDocument::fromJson(first.text(1).toUtf8()).object();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            row.last.insert(it.key(), creation);
    }
    Query clock(db, QStringLiteral("SELECT field, last_op_id FROM field_clock WHERE row_uuid = :u"), Query::Cached);
    clock.bind(QStringLiteral(":u"), uuid);
    if (Status st = clock.exec(SyncApply::tr("reading the change log")); !st.ok())
        return st.error();
    while (clock.next())
        row.last.insert(clock.text(0), clock.text(1));
    return row;
}

bool replicaIsCounty(const Database &db, ApplyContext &ctx, const QString &replica)
{
    if (replica == ctx.myReplica)
        return ctx.iAmCounty;
    if (replica == ctx.senderReplica)
        return ctx.senderIsCounty;
    auto it = ctx.countyReplicas.constFind(replica);
    if (it != ctx.countyReplicas.cend())
        return *it;
    bool county = false;
    Query q(db, QStringLiteral("SELECT mode FROM sync_partner WHERE replica_id = :r UNION ALL "
                               "SELECT mode FROM trusted_key WHERE replica_id = :r2 LIMIT 1"));
    q.bind(QStringLiteral(":r"), replica).bind(QStringLiteral(":r2"), replica);
    if (q.exec(QString()).ok() && q.next())
        county = q.text(0) == QLatin1String("county");
    ctx.countyReplicas.insert(replica, county);
    return county;
}

QString officeOfReplica(const Database &db, ApplyContext &ctx, const QString &replica)
{
    if (replica == ctx.myReplica)
        return ctx.myOffice;
    if (replica == ctx.senderReplica)
        return ctx.senderOffice;
    auto it = ctx.replicaOffice.constFind(replica);
    if (it != ctx.replicaOffice.cend())
        return *it;
    QString office;
    Query q(db, QStringLiteral("SELECT office_code FROM sync_partner WHERE replica_id = :r UNION ALL "
                               "SELECT office_code FROM trusted_key WHERE replica_id = :r2 LIMIT 1"));
    q.bind(QStringLiteral(":r"), replica).bind(QStringLiteral(":r2"), replica);
    if (q.exec(QString()).ok() && q.next())
        office = q.text(0);
    ctx.replicaOffice.insert(replica, office);
    return office;
}

QJsonObject competitorJson(const Database &db, ApplyContext &ctx, const QString &opId, const QVariant &value,
                           const QString &replica, const QString &actor, const QString &role, qint64 hlc,
                           const QString &wall)
{
    return QJsonObject{{s("op"), opId},
                       {s("value"), QJsonValue::fromVariant(value)},
                       {s("replica"), replica},
                       {s("office"), officeOfReplica(db, ctx, replica)},
                       {s("actor"), actor},
                       {s("role"), role},
                       {s("hlc"), QString::number(hlc)},
                       {s("wall"), wall}};
}

// Adds the competitors to the open conflict on (row, field), or opens one.
Status recordConflict(Database &db, ApplyContext &ctx, const QString &kind, const Op &op, const QString &field,
                      const QString &officeCode, const QList<QJsonObject> &competitors, const QString &winner)
{
    const QString doing = SyncApply::tr("recording a conflict");
    Query find(db, QStringLiteral("SELECT id, competitors FROM sync_conflict WHERE row_uuid = :u AND field = :f "
                                  "AND status = 'open' AND kind = :k"),
               Query::Cached);
    find.bind(QStringLiteral(":u"), op.rowUuid).bind(QStringLiteral(":f"), field).bind(QStringLiteral(":k"), kind);
    if (Status st = find.exec(doing); !st.ok())
        return st;
    if (find.next()) {
        const QString id = find.text(0);
        QJsonArray list = QJsonDocument::fromJson(find.text(1).toUtf8()).array();
        QSet<QString> have;
        for (const QJsonValue &v : list)
            have.insert(v.toObject().value(s("op")).toString());
        for (const QJsonObject &c : competitors) {
            if (!have.contains(c.value(s("op")).toString()))
                list.append(c);
        }
        Query up(db, QStringLiteral("UPDATE sync_conflict SET competitors = :c, winner_op = :w WHERE id = :id"));
        up.bind(QStringLiteral(":c"), QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)))
            .bind(QStringLiteral(":w"), winner)
            .bind(QStringLiteral(":id"), id);
        return up.exec(doing);
    }
    QJsonArray list;
    for (const QJsonObject &c : competitors)
        list.append(c);
    Query ins(db, QStringLiteral("INSERT INTO sync_conflict(id, kind, entity, row_uuid, field, office_code, competitors, "
                                 "winner_op, status, detected_at, bundle_id) VALUES (:id, :k, :e, :u, :f, :o, :c, :w, "
                                 "'open', :at, :b)"));
    ins.bind(QStringLiteral(":id"), QUuid::createUuid().toString(QUuid::WithoutBraces))
        .bind(QStringLiteral(":k"), kind)
        .bind(QStringLiteral(":e"), op.entity)
        .bind(QStringLiteral(":u"), op.rowUuid)
        .bind(QStringLiteral(":f"), field)
        .bind(QStringLiteral(":o"), officeCode)
        .bind(QStringLiteral(":c"), QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)))
        .bind(QStringLiteral(":w"), winner)
        .bind(QStringLiteral(":at"), nowTimestamp())
        .bind(QStringLiteral(":b"), ctx.bundleId);
    if (Status st = ins.exec(doing); !st.ok())
        return st;
    if (ctx.report)
        ctx.report->newConflicts += 1;
    return {};
}

Status closeConflicts(Database &db, const Op &merge, const QString &field)
{
    Query up(db, QStringLiteral("UPDATE sync_conflict SET status = 'resolved', resolved_op = :o, resolved_by = :by, "
                                "resolved_at = :at, resolution = :r WHERE row_uuid = :u AND field = :f AND status = 'open'"));
    up.bind(QStringLiteral(":o"), merge.opId)
        .bind(QStringLiteral(":by"), merge.actor)
        .bind(QStringLiteral(":at"), merge.stamp.wallTime)
        .bind(QStringLiteral(":r"), merge.reason)
        .bind(QStringLiteral(":u"), merge.rowUuid)
        .bind(QStringLiteral(":f"), field);
    return up.exec(SyncApply::tr("recording a conflict"));
}

// Whether a township's bundle may change this row: its own office's records only (a record
// moving to it by an accepted transfer included).
bool senderMayWrite(const ApplyContext &ctx, const RowNow &row, const Op &op)
{
    if (!ctx.iAmCounty || ctx.senderIsCounty)
        return true;
    QString carried;
    for (const OpField &f : op.fields) {
        if (f.field == QLatin1String("office_code"))
            carried = f.value.toString();
    }
    if (carried == ctx.senderOffice)
        return true;
    if (row.exists)
        return row.values.value(s("office_code")).toString() == ctx.senderOffice
               || (op.entity == QLatin1String("sync_transfer")
                   && row.values.value(s("to_office")).toString() == ctx.senderOffice);
    return carried.isEmpty() || carried == ctx.senderOffice;
}

}  // namespace

QCborValue SyncApply::encode(const Op &op)
{
    QCborMap m;
    m.insert(s("id"), op.opId);
    m.insert(s("r"), op.stamp.replicaId);
    m.insert(s("i"), op.stamp.incarnation);
    m.insert(s("s"), op.stamp.seq);
    m.insert(s("h"), op.stamp.hlc);
    m.insert(s("w"), op.stamp.wallTime);
    m.insert(s("a"), op.actor);
    m.insert(s("ar"), op.actorRole);
    if (!op.reason.isEmpty())
        m.insert(s("re"), op.reason);
    m.insert(s("e"), op.entity);
    m.insert(s("u"), op.rowUuid);
    m.insert(s("k"), op.kind);
    m.insert(s("v"), op.schemaVersion);
    m.insert(s("f"), fieldsText(op));
    return m;
}

Result<Op> SyncApply::decode(const QCborValue &value)
{
    const QCborMap m = value.toMap();
    Op op;
    op.opId = m.value(s("id")).toString();
    op.stamp.replicaId = m.value(s("r")).toString();
    op.stamp.incarnation = static_cast<int>(m.value(s("i")).toInteger());
    op.stamp.seq = m.value(s("s")).toInteger();
    op.stamp.hlc = m.value(s("h")).toInteger();
    op.stamp.wallTime = m.value(s("w")).toString();
    op.actor = m.value(s("a")).toString();
    op.actorRole = m.value(s("ar")).toString();
    op.reason = m.value(s("re")).toString();
    op.entity = m.value(s("e")).toString();
    op.rowUuid = m.value(s("u")).toString();
    op.kind = m.value(s("k")).toString();
    op.schemaVersion = static_cast<int>(m.value(s("v")).toInteger());
    static const QStringList kinds{s("upsert"), s("delete"), s("undelete"), s("merge"), s("purge"), s("transfer")};
    const QJsonParseError ok{};
    QJsonParseError err = ok;
    const QJsonDocument fields = QJsonDocument::fromJson(m.value(s("f")).toString().toUtf8(), &err);
    if (op.opId.size() != 32 || op.stamp.replicaId.isEmpty() || op.entity.isEmpty() || op.rowUuid.isEmpty()
        || !kinds.contains(op.kind) || err.error != QJsonParseError::NoError || !fields.isObject()) {
        return Result<Op>::failure(ErrorCode::Damaged, tr("The bundle holds a change record that cannot be read."));
    }
    const QJsonObject o = fields.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonArray pair = it.value().toArray();
        QVariant v = pair.at(0).toVariant();
        if (pair.at(0).isDouble()) {
            const double d = pair.at(0).toDouble();
            const qint64 i = static_cast<qint64>(d);
            v = static_cast<double>(i) == d ? QVariant(i) : QVariant(d);
        }
        op.fields.append({it.key(), v, pair.at(1).toString()});
    }
    return op;
}

bool SyncApply::beats(const Contender &a, const Contender &b, const QString &entity, const QString &field)
{
    if (a.county != b.county)
        return SyncAuthority::countyOwned(entity, field) ? a.county : !a.county;
    if (a.hlc != b.hlc)
        return a.hlc > b.hlc;
    if (a.replica != b.replica)
        return a.replica > b.replica;
    return a.opId > b.opId;
}

Status SyncApply::apply(Database &db, ApplyContext &ctx, const Op &incoming)
{
    Op op = incoming;
    EntityCounts dummy;
    EntityCounts &counts = ctx.report ? ctx.report->perEntity[op.entity] : dummy;

    Result<QVariant> known = Query::scalar(db, QStringLiteral("SELECT 1 FROM op WHERE op_id = :o"),
                                           {{QStringLiteral(":o"), op.opId}}, tr("reading the change log"));
    if (!known)
        return known.error();
    if (known->isValid()) {
        counts.unchanged += 1;
        return {};
    }
    const EntityDef *entity = Entities::find(op.entity);
    if (!entity) {
        // A record kind this version does not know (a newer sender's): kept in the log only.
        counts.rejected += 1;
        return ChangeLog::insertReceived(db, op);
    }
    Result<RowNow> row = rowNow(db, *entity, op.rowUuid);
    if (!row)
        return row.error();
    if (!senderMayWrite(ctx, *row, op)) {
        counts.rejected += 1;
        return {};
    }
    const QString rowOffice = row->exists ? row->values.value(s("office_code")).toString() : QString();

    if (!row->exists) {
        if (op.kind == QLatin1String("upsert") || op.kind == QLatin1String("merge"))
            counts.created += 1;
        else
            counts.unchanged += 1;  // a tombstone for a record this office never had
    } else {
        const Contender theirs{op.opId, op.stamp.replicaId, op.stamp.hlc, replicaIsCounty(db, ctx, op.stamp.replicaId)};
        bool changed = false;
        for (const OpField &f : op.fields) {
            const QString last = row->last.value(f.field);
            const bool isMerge = op.kind == QLatin1String("merge");
            const QStringList bases = f.baseOpId.split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (last.isEmpty() || f.baseOpId == last || (isMerge && bases.contains(last))) {
                if (isMerge) {
                    if (Status st = closeConflicts(db, op, f.field); !st.ok())
                        return st;
                }
                changed = changed || !sameValue(f.value, row->values.value(f.field));
                continue;
            }
            Result<LocalOp> mine = localOp(db, last);
            if (!mine)
                return mine.error();
            const Contender ours{last, mine->replica, mine->hlc, replicaIsCounty(db, ctx, mine->replica)};
            const bool theyWin = beats(theirs, ours, op.entity, f.field);
            if (sameValue(f.value, row->values.value(f.field))) {
                // Concurrent, same value: converge silently on the same clock everywhere.
                if (!theyWin)
                    op.skipped << f.field;
                continue;
            }
            if (!theyWin)
                op.skipped << f.field;
            else
                changed = true;
            counts.conflicts += 1;
            const QList<QJsonObject> competitors{
                competitorJson(db, ctx, last, row->values.value(f.field), mine->replica, mine->actor, mine->role,
                               mine->hlc, mine->wall),
                competitorJson(db, ctx, op.opId, f.value, op.stamp.replicaId, op.actor, op.actorRole, op.stamp.hlc,
                               op.stamp.wallTime)};
            if (Status st = recordConflict(db, ctx, QStringLiteral("field"), op, f.field, rowOffice, competitors,
                                           theyWin ? op.opId : last);
                !st.ok())
                return st;
        }

        // Delete versus a concurrent edit: both are applied (a tombstone keeps the data), and
        // the pair goes to the inbox for a person to decide whether the record stays deleted.
        const bool deleted = row->values.value(Entities::deletedField()).toInt() == 1;
        const bool isDelete = op.kind == QLatin1String("delete");
        if ((deleted && op.kind == QLatin1String("upsert")) || (!deleted && isDelete)) {
            QStringList candidates;
            if (deleted)
                candidates << row->last.value(Entities::deletedField());
            else
                candidates = row->last.values();
            for (const QString &other : candidates) {
                Result<LocalOp> lo = localOp(db, other);
                if (!lo)
                    return lo.error();
                if (!lo->found || lo->replica == op.stamp.replicaId || lo->order <= ctx.senderAckOrder)
                    continue;
                const QString delOp = deleted ? lo->opId : op.opId;
                const QList<QJsonObject> competitors{
                    competitorJson(db, ctx, lo->opId, deleted ? QVariant(1) : QVariant(0), lo->replica, lo->actor,
                                   lo->role, lo->hlc, lo->wall),
                    competitorJson(db, ctx, op.opId, deleted ? QVariant(0) : QVariant(1), op.stamp.replicaId, op.actor,
                                   op.actorRole, op.stamp.hlc, op.stamp.wallTime)};
                if (Status st = recordConflict(db, ctx, QStringLiteral("delete_edit"), op, Entities::deletedField(),
                                               rowOffice, competitors, delOp);
                    !st.ok())
                    return st;
                counts.conflicts += 1;
                break;
            }
        }
        if (changed)
            counts.updated += 1;
        else
            counts.unchanged += 1;
    }

    if (Status st = ChangeLog::insertReceived(db, op); !st.ok())
        return st;
    const QString key = op.entity + QLatin1Char(':') + op.rowUuid;
    if (entity->afterChange && !ctx.touchedKeys.contains(key)) {
        ctx.touchedKeys.insert(key);
        ctx.touched.append({entity, op.rowUuid});
    }
    if (op.entity == QLatin1String("sync_transfer") && !ctx.transfers.contains(op.rowUuid))
        ctx.transfers << op.rowUuid;
    return {};
}

Status SyncApply::finish(Database &db, ApplyContext &ctx, const SyncProgress &progress)
{
    qint64 done = 0;
    const qint64 total = ctx.touched.size();
    for (const auto &[entity, uuid] : ctx.touched) {
        if (Status st = entity->afterChange(db, uuid); !st.ok())
            return st;
        if (progress && (++done % 512 == 0 || done == total)) {
            if (!progress(done, total, tr("Updating the search indexes")))
                return Status::failure(ErrorCode::Conflict, tr("The import was cancelled; nothing was changed."));
        }
    }
    return {};
}

}  // namespace sifa
