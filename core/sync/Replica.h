#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace sifa {

class Database;

// Identity of one change in the log: who made it where, in which order.
struct OpStamp {
    QString replicaId;
    int incarnation = 0;
    qint64 seq = 0;
    qint64 hlc = 0;
    QString wallTime;
};

struct ReplicaInfo {
    QString replicaId;
    int incarnation = 0;
    qint64 nextSeq = 0;
    qint64 lastHlc = 0;
};

// This installation as a replica (SYNC.md §1): a random 128-bit id, an incarnation bumped on
// every restore from backup so sequence numbers are never reused, and a per-replica sequence.
class Replica {
    Q_DECLARE_TR_FUNCTIONS(Replica)
public:
    static Status initialize(Database &db);
    static Result<ReplicaInfo> info(const Database &db);
    // Allocates the next stamp; call inside the transaction that writes the op.
    static Result<OpStamp> nextStamp(Database &db);
    // The same, for many stamps in one transaction: `known` keeps what replica_state holds
    // after each call, so that only the first reads it (the state is still written every time).
    static Result<OpStamp> nextStamp(Database &db, std::optional<ReplicaInfo> *known);
    // `n` consecutive stamps at once, replica_state written once.
    static Result<QList<OpStamp>> nextStamps(Database &db, std::optional<ReplicaInfo> *known, int n);
    // After a restore: the incarnation moves past both the restored value and `previous` (the
    // incarnation of the database that was replaced) by a random step, so no (replica,
    // incarnation, seq) triple is issued twice — not when one backup is restored twice, nor when
    // it is restored on two machines.
    static Status bumpIncarnation(Database &db, int previous);
    // A partner's clock seen in a bundle: later local stamps order after it (bounded drift).
    static Status observe(Database &db, qint64 remoteHlc);
};

QString randomHex(int bytes);

}  // namespace sifa
