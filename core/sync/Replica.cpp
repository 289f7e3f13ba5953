#include "sync/Replica.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "sync/Hlc.h"
#include "util/Time.h"

#include <sodium.h>

namespace sifa {

QString randomHex(int bytes)
{
    QByteArray buf(bytes, Qt::Uninitialized);
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialised");
    randombytes_buf(buf.data(), static_cast<size_t>(buf.size()));
    return QString::fromLatin1(buf.toHex());
}

Status Replica::initialize(Database &db)
{
    Query q(db, QStringLiteral("INSERT INTO replica_state(id, replica_id, incarnation, next_seq, last_hlc) "
                               "VALUES (1, :r, 1, 1, 0)"));
    q.bind(QStringLiteral(":r"), randomHex(16));
    return q.exec(tr("setting up this installation"));
}

Result<ReplicaInfo> Replica::info(const Database &db)
{
    Query q(db, QStringLiteral("SELECT replica_id, incarnation, next_seq, last_hlc FROM replica_state WHERE id = 1"),
            Query::Cached);
    if (Status s = q.exec(tr("reading this installation's identity")); !s.ok())
        return s.error();
    if (!q.next()) {
        return Result<ReplicaInfo>::failure(ErrorCode::Damaged,
                                            tr("The database has no installation identity; it is "
                                               "damaged or was not created by SifaDesk."));
    }
    return ReplicaInfo{q.text(0), static_cast<int>(q.integer(1)), q.integer(2), q.integer(3)};
}

Result<OpStamp> Replica::nextStamp(Database &db)
{
    std::optional<ReplicaInfo> none;
    return nextStamp(db, &none);
}

Result<OpStamp> Replica::nextStamp(Database &db, std::optional<ReplicaInfo> *known)
{
    Result<QList<OpStamp>> stamps = nextStamps(db, known, 1);
    if (!stamps)
        return stamps.error();
    return stamps->first();
}

Result<QList<OpStamp>> Replica::nextStamps(Database &db, std::optional<ReplicaInfo> *known, int n)
{
    if (!known->has_value()) {
        Result<ReplicaInfo> r = info(db);
        if (!r)
            return r.error();
        *known = *r;
    }
    ReplicaInfo r = known->value();
    const QDateTime now = Clock::nowUtc();
    const QString wallTime = toStoredTimestamp(now);
    HybridClock clock(r.lastHlc);
    QList<OpStamp> stamps;
    stamps.reserve(n);
    for (int i = 0; i < n; ++i) {
        const qint64 hlc = clock.tick(now.toMSecsSinceEpoch());
        stamps.append(OpStamp{r.replicaId, r.incarnation, r.nextSeq, hlc, wallTime});
        r.nextSeq += 1;
        r.lastHlc = hlc;
    }
    // Absolute values: should a savepoint roll back an earlier stamp, a sequence number may be
    // skipped but never issued twice.
    Query q(db, QStringLiteral("UPDATE replica_state SET next_seq = :n, last_hlc = :h WHERE id = 1"), Query::Cached);
    q.bind(QStringLiteral(":n"), r.nextSeq).bind(QStringLiteral(":h"), r.lastHlc);
    if (Status s = q.exec(tr("numbering a change")); !s.ok()) {
        known->reset();
        return s.error();
    }
    *known = r;
    return stamps;
}

Status Replica::bumpIncarnation(Database &db, int previous)
{
    // Past both known values, plus a random step: one backup restored on two machines (or on a
    // new machine after the old one was lost) must not give both the same incarnation.
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialised");
    const int step = 1 + static_cast<int>(randombytes_uniform(1u << 20));
    Query q(db, QStringLiteral("UPDATE replica_state SET incarnation = MAX(incarnation, :p) + :step WHERE id = 1"));
    q.bind(QStringLiteral(":p"), previous).bind(QStringLiteral(":step"), step);
    if (Status s = q.exec(tr("marking the restored database")); !s.ok())
        return s;
    // Where the restored log ends: a partner's acknowledgement of the lost incarnation beyond
    // this point is not taken as covering what this incarnation writes (SyncExport).
    return db.exec(QStringLiteral("INSERT OR REPLACE INTO sync_restore_point(incarnation, max_order) "
                                  "SELECT incarnation, (SELECT COALESCE(MAX(rowid), 0) FROM op) FROM replica_state"),
                   tr("marking the restored database"));
}

Status Replica::observe(Database &db, qint64 remoteHlc)
{
    // A partner whose clock is far ahead (a year off) must not drag this one's clock along:
    // beyond a day's drift its time is not observed (its ops still order by their own stamps).
    constexpr qint64 kMaxDriftMs = qint64(24) * 3600 * 1000;
    const qint64 nowMs = Clock::nowUtc().toMSecsSinceEpoch();
    if (HybridClock::physicalMs(remoteHlc) > nowMs + kMaxDriftMs)
        return {};
    Result<ReplicaInfo> r = info(db);
    if (!r)
        return r.error();
    HybridClock clock(r->lastHlc);
    const qint64 next = clock.observe(remoteHlc, nowMs);
    if (next == r->lastHlc)
        return {};
    Query q(db, QStringLiteral("UPDATE replica_state SET last_hlc = :h WHERE id = 1"), Query::Cached);
    q.bind(QStringLiteral(":h"), next);
    return q.exec(tr("numbering a change"));
}

}  // namespace sifa
