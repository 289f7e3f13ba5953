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
    Result<ReplicaInfo> r = info(db);
    if (!r)
        return r.error();
    const QDateTime now = Clock::nowUtc();
    HybridClock clock(r->lastHlc);
    const qint64 hlc = clock.tick(now.toMSecsSinceEpoch());
    Query q(db, QStringLiteral("UPDATE replica_state SET next_seq = next_seq + 1, last_hlc = :h WHERE id = 1"),
            Query::Cached);
    q.bind(QStringLiteral(":h"), hlc);
    if (Status s = q.exec(tr("numbering a change")); !s.ok())
        return s.error();
    return OpStamp{r->replicaId, r->incarnation, r->nextSeq, hlc, toStoredTimestamp(now)};
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
    return q.exec(tr("marking the restored database"));
}

}  // namespace sifa
