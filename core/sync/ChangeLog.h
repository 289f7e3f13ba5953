#pragma once

#include "security/Actor.h"
#include "sync/Replica.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QVariant>
#include <QVariantMap>

#include <functional>
#include <memory>

namespace sifa {

class BulkInsert;
class Database;
struct EntityDef;

struct OpField {
    QString field;     // logical name
    QVariant value;
    QString baseOpId;  // the op that set this field before, empty for the first
};

// One immutable change record (SYNC.md §1).
struct Op {
    qint64 localOrder = 0;  // rowid: the order this replica applied it
    QString opId;
    OpStamp stamp;
    QString actor;
    QString actorRole;
    QString reason;
    QString entity;
    QString rowUuid;
    QString kind;  // upsert | delete | undelete | merge | purge | transfer
    int schemaVersion = 0;
    QList<OpField> fields;
    // Fields of a received op that lost a conflict: kept in the log, not projected.
    QStringList skipped;
};

// Writes every change to a synced record as an op, in the caller's transaction, then projects
// it onto the visible table, advances the field clock and appends to the audit trail.
// The visible tables are therefore replay(log); RebuildCompare checks exactly that.
class ChangeLog {
    Q_DECLARE_TR_FUNCTIONS(ChangeLog)
public:
    // Sets the given fields of a row, creating it if needed. Only fields whose value differs
    // from the stored one are written. Returns the op id, or an empty string when nothing
    // changed (no op, no audit record).
    static Result<QString> upsert(Database &db, const Actor &actor, const EntityDef &entity,
                                  const QString &rowUuid, const QVariantMap &values,
                                  const QString &reason = QString());
    // The creation upsert() writes for a row that does not exist, for bulk work (an import) with
    // a fresh uuid: the row is not looked up first. Fails (the projection's INSERT) if it exists.
    static Result<QString> create(Database &db, const Actor &actor, const EntityDef &entity,
                                  const QString &rowUuid, const QVariantMap &values,
                                  const QString &reason = QString());
    // Many create()s of one entity in a few statements (a multi-row statement costs little more
    // than a one-row one): inside a Batch only. The ops, rows, hooks and audit counts are those
    // create() would give row by row; the rows of one call share a wall time. (uuid, values)
    // pairs in; op ids out, in the same order.
    static Result<QStringList> createMany(Database &db, const Actor &actor, const EntityDef &entity,
                                          const QList<QPair<QString, QVariantMap>> &rows,
                                          const QString &reason = QString());
    // Tombstones a row (never a hard delete) and brings it back.
    static Result<QString> remove(Database &db, const Actor &actor, const EntityDef &entity,
                                  const QString &rowUuid, const QString &reason);
    static Result<QString> undelete(Database &db, const Actor &actor, const EntityDef &entity,
                                    const QString &rowUuid, const QString &reason);

    // A person's resolution of a conflict (SYNC.md §5): sets `field` to `value` with a merge op
    // whose base names every competing op (comma-separated in the field's base), so every
    // replica that has the conflict, whatever its provisional winner, applies it.
    static Result<QString> merge(Database &db, const Actor &actor, const EntityDef &entity, const QString &rowUuid,
                                 const QString &field, const QVariant &value, const QStringList &competitorOps,
                                 const QString &reason);
    // An op received from another replica, stamped there: stored as it came (with the fields
    // that lost a conflict in op.skipped) and projected; the row's hooks are left to the caller.
    static Status insertReceived(Database &db, const Op &op);

    static Result<QList<Op>> opsForRow(const Database &db, const QString &rowUuid);
    // Every op in the order this replica applied them.
    static Status forEachOp(const Database &db, const std::function<Status(const Op &)> &visit);
    static Result<qint64> count(const Database &db);

    // Projection of one op onto its entity table plus the field clock. Used by the writer and
    // by the rebuild, so both produce the same rows by construction. A row's creation writes no
    // clock rows: its op is the base of every field it set until the field changes again.
    static Status project(Database &db, const Op &op, bool runHooks = true);

    static QVariant normalize(const EntityDef &entity, const QString &field, const QVariant &value);

    // Many changes as one piece of work (an import): while a Batch lives on a database, each
    // op is still written, but derived indexes are brought up to date once per row at the end
    // and the audit trail gets one record per kind of change with its count.
    class Batch {
    public:
        Batch(Database &db, const Actor &actor, QString action, QString detail);
        ~Batch();
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;
        // Runs the deferred hooks and writes the audit record; call before committing.
        // `progress` (hooks run, hooks in all) is called now and then; returning false stops
        // with a failure, and the caller rolls back.
        Status finish(const std::function<bool(qsizetype done, qsizetype total)> &progress = {});

    private:
        friend class ChangeLog;
        Database &m_db;
        Actor m_actor;
        QString m_action;
        QString m_detail;
        QMap<QString, int> m_counts;  // "person.create" → n
        QList<QPair<const EntityDef *, QString>> m_hooks;
        QSet<QString> m_hooked;
        std::optional<ReplicaInfo> m_replica;  // replica_state as the batch's last op left it
        QHash<QString, std::shared_ptr<BulkInsert>> m_inserts;  // createMany's, by table
        bool m_finished = false;
    };

private:
    enum class Creation {
        No,      // a change of an existing row
        Absent,  // a new row: looked up and not found
        New,     // a new row with a fresh uuid, not looked up (create())
    };
    static Result<QList<QPair<QString, QVariant>>> creation(const EntityDef &entity, const QVariantMap &values);
    static Status projectOp(Database &db, const Op &op, bool runHooks, bool knownNew);
    static Result<QStringList> createChunk(Database &db, const Actor &actor, const EntityDef &entity,
                                           const QList<QPair<QString, QVariantMap>> &rows, const QString &reason,
                                           Batch &batch);
    static Status insertRows(Database &db, Batch &batch, const QString &table, const QStringList &columns,
                             const QVariantList &values, const QString &doing);
    static Result<QString> setTombstone(Database &db, const Actor &actor, const EntityDef &entity,
                                        const QString &rowUuid, const QString &reason, bool deleted);
    static Result<QString> write(Database &db, const Actor &actor, const EntityDef &entity,
                                 const QString &rowUuid, const QString &kind,
                                 const QList<QPair<QString, QVariant>> &changes,
                                 const QString &reason, const QString &auditAction, Creation creation,
                                 const QHash<QString, QString> *baseOverride = nullptr);
    static Status runHook(Database &db, const EntityDef &entity, const QString &rowUuid);
    // The row whose hook a batch runs for `op`: its own, or its owner's (EntityDef::hookOwner).
    static Result<QPair<const EntityDef *, QString>> hookTarget(Database &db, const EntityDef &entity, const Op &op);
};

}  // namespace sifa
