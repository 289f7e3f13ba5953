#include "sync/Conflicts.h"

#include "security/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "sync/ChangeLog.h"
#include "sync/Entities.h"
#include "util/Time.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sifa {

namespace {

// Which module's permission a record's values fall under.
std::pair<Permission, Permission> permissionsFor(const QString &entity)
{
    if (entity.startsWith(QLatin1String("cc_")))
        return {Permission::CorrectionRead, Permission::CorrectionWrite};
    if (entity.startsWith(QLatin1String("rp_")))
        return {Permission::PlacementRead, Permission::PlacementWrite};
    if (entity == QLatin1String("person"))
        return {Permission::PeopleRead, Permission::PeopleWrite};
    if (entity == QLatin1String("sync_transfer") || entity == QLatin1String("stat_submission"))
        return {Permission::ExchangeRun, Permission::ExchangeRun};
    return {Permission::MediationRead, Permission::MediationWrite};
}

const char *const kSelect =
    "SELECT id, kind, entity, row_uuid, field, office_code, status, detected_at, bundle_id, competitors, winner_op, "
    "resolved_by, resolved_at, resolution FROM sync_conflict ";

Result<ConflictItem> readItem(const Database &db, Query &q)
{
    ConflictItem c;
    c.id = q.text(0);
    c.kind = q.text(1);
    c.entity = q.text(2);
    c.rowUuid = q.text(3);
    c.field = q.text(4);
    c.officeCode = q.text(5);
    c.status = q.text(6);
    c.detectedAt = q.text(7);
    c.bundleId = q.text(8);
    const QString winner = q.text(10);
    for (const QJsonValue &v : QJsonDocument::fromJson(q.text(9).toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        ConflictCompetitor cc;
        cc.opId = o.value(QStringLiteral("op")).toString();
        cc.value = o.value(QStringLiteral("value")).toVariant();
        cc.replicaId = o.value(QStringLiteral("replica")).toString();
        cc.officeCode = o.value(QStringLiteral("office")).toString();
        cc.actor = o.value(QStringLiteral("actor")).toString();
        cc.role = o.value(QStringLiteral("role")).toString();
        cc.wallTime = o.value(QStringLiteral("wall")).toString();
        cc.hlc = o.value(QStringLiteral("hlc")).toString().toLongLong();
        cc.winner = cc.opId == winner;
        c.competitors << cc;
    }
    c.resolvedBy = q.text(11);
    c.resolvedAt = q.text(12);
    c.resolution = q.text(13);
    if (const EntityDef *e = Entities::find(c.entity)) {
        const QString column = c.field == Entities::deletedField()
                                   ? QStringLiteral("deleted")
                                   : (e->field(c.field) ? e->field(c.field)->column : QString());
        if (!column.isEmpty()) {
            Result<QVariant> v = Query::scalar(db, QStringLiteral("SELECT %1 FROM %2 WHERE uuid = :u").arg(column, e->table),
                                               {{QStringLiteral(":u"), c.rowUuid}}, Conflicts::tr("reading a record"));
            if (!v)
                return v.error();
            c.currentValue = *v;
        }
    }
    return c;
}

}  // namespace

Result<QList<ConflictItem>> Conflicts::list(const Database &db, const Session &session, bool openOnly)
{
    if (Status s = checkPermission(session, Permission::ExchangeRun); !s.ok())
        return s.error();
    Query q(db, QString::fromLatin1(kSelect) + (openOnly ? QStringLiteral("WHERE status = 'open' ") : QString())
                    + QStringLiteral("ORDER BY status = 'resolved', detected_at DESC"));
    if (Status s = q.exec(tr("reading the conflicts")); !s.ok())
        return s.error();
    QList<ConflictItem> out;
    while (q.next()) {
        if (!session.can(permissionsFor(q.text(2)).first))
            continue;  // another module's values: not for this role
        Result<ConflictItem> item = readItem(db, q);
        if (!item)
            return item.error();
        out << *item;
    }
    return out;
}

Result<ConflictItem> Conflicts::get(const Database &db, const Session &session, const QString &id)
{
    if (Status s = checkPermission(session, Permission::ExchangeRun); !s.ok())
        return s.error();
    Query q(db, QString::fromLatin1(kSelect) + QStringLiteral("WHERE id = :id OR id LIKE :prefix"));
    q.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":prefix"), id + QLatin1Char('%'));
    if (Status s = q.exec(tr("reading the conflicts")); !s.ok())
        return s.error();
    if (!q.next())
        return Result<ConflictItem>::failure(ErrorCode::NotFound, tr("There is no conflict %1.").arg(id));
    if (Status s = checkPermission(session, permissionsFor(q.text(2)).first); !s.ok())
        return s.error();
    Result<ConflictItem> item = readItem(db, q);
    if (item && q.next())
        return Result<ConflictItem>::failure(ErrorCode::InvalidInput, tr("%1 names more than one conflict; give more of its id.").arg(id));
    return item;
}

Result<int> Conflicts::openCount(const Database &db)
{
    Result<QVariant> n = Query::scalar(db, QStringLiteral("SELECT COUNT(*) FROM sync_conflict WHERE status = 'open'"), {},
                                       tr("reading the conflicts"));
    if (!n)
        return n.error();
    return n->toInt();
}

Status Conflicts::resolve(Database &db, const Session &session, const QString &id, const QVariant &value,
                          const QString &reason)
{
    if (Status s = requirePermission(db, session, Permission::ExchangeRun); !s.ok())
        return s;
    Result<ConflictItem> item = get(db, session, id);
    if (!item)
        return item.error();
    if (Status s = requirePermission(db, session, permissionsFor(item->entity).second); !s.ok())
        return s;
    if (item->status != QLatin1String("open"))
        return Status::failure(ErrorCode::Conflict, tr("This conflict was resolved already (%1, by %2).")
                                                        .arg(item->resolvedAt.left(19), item->resolvedBy));
    if (reason.trimmed().isEmpty())
        return Status::failure(ErrorCode::InvalidInput, tr("Give the reason for the decision."), QStringLiteral("reason"));
    const EntityDef *entity = Entities::find(item->entity);
    if (!entity)
        return Status::failure(ErrorCode::NotFound, tr("This version does not know the record kind %1.").arg(item->entity));

    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    // The merge names every competitor and the field's current op, so each replica applies it
    // whichever provisional winner it holds.
    QStringList bases;
    Result<QVariant> last = Query::scalar(db, QStringLiteral("SELECT last_op_id FROM field_clock WHERE row_uuid = :u AND "
                                                             "field = :f"),
                                          {{QStringLiteral(":u"), item->rowUuid}, {QStringLiteral(":f"), item->field}},
                                          tr("reading the change log"));
    if (!last)
        return last.error();
    if (!last->toString().isEmpty())
        bases << last->toString();
    for (const ConflictCompetitor &c : item->competitors) {
        if (!bases.contains(c.opId))
            bases << c.opId;
    }
    QVariant chosen = value;
    if (item->kind == QLatin1String("delete_edit"))
        chosen = value.toInt() != 0 ? 1 : 0;
    Result<QString> op = ChangeLog::merge(db, session.actor(), *entity, item->rowUuid, item->field, chosen, bases,
                                          reason.trimmed());
    if (!op)
        return op.error();
    Query up(db, QStringLiteral("UPDATE sync_conflict SET status = 'resolved', resolved_op = :o, resolved_by = :by, "
                                "resolved_at = :at, resolution = :r WHERE row_uuid = :u AND field = :f AND status = 'open'"));
    up.bind(QStringLiteral(":o"), *op)
        .bind(QStringLiteral(":by"), session.username)
        .bind(QStringLiteral(":at"), nowTimestamp())
        .bind(QStringLiteral(":r"), reason.trimmed())
        .bind(QStringLiteral(":u"), item->rowUuid)
        .bind(QStringLiteral(":f"), item->field);
    if (Status s = up.exec(tr("recording the decision")); !s.ok())
        return s;
    if (Status s = AuditLog::append(db, session.actor(), QStringLiteral("sync.conflict.resolve"), item->entity,
                                    item->rowUuid, QStringLiteral("field: %1").arg(item->field));
        !s.ok())
        return s;
    return tx.commit();
}

}  // namespace sifa
