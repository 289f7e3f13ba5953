#pragma once

#include "sync/ChangeLog.h"
#include "sync/SyncTypes.h"
#include "util/Result.h"

#include <QCborValue>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace sifa {

class Database;

// How the ops of one bundle are applied (SYNC.md §5), inside the import's transaction.
struct ApplyContext {
    QString bundleId;
    QString myReplica;
    QString myOffice;
    bool iAmCounty = false;
    QString senderReplica;
    QString senderOffice;
    bool senderIsCounty = false;
    // How far the sender had received this office's log when it wrote the bundle: a local op
    // after that was unknown to it, so an edit and a deletion on the two sides are concurrent.
    qint64 senderAckOrder = 0;
    ImportReport *report = nullptr;

    // Filled while applying.
    QList<QPair<const EntityDef *, QString>> touched;
    QSet<QString> touchedKeys;
    QStringList transfers;
    QHash<QString, bool> countyReplicas;   // replica → is a county (cache)
    QHash<QString, QString> replicaOffice;  // replica → office code (cache)
};

class SyncApply {
    Q_DECLARE_TR_FUNCTIONS(SyncApply)
public:
    static QCborValue encode(const Op &op);
    static Result<Op> decode(const QCborValue &value);

    static Status apply(Database &db, ApplyContext &ctx, const Op &op);
    // Brings derived indexes of every touched row up to date (once per row).
    static Status finish(Database &db, ApplyContext &ctx, const SyncProgress &progress = {});

    // The deterministic provisional winner of two ops on one field: field authority (county- or
    // township-owned), then the later hybrid clock, then the higher replica id, then op id.
    struct Contender {
        QString opId;
        QString replica;
        qint64 hlc = 0;
        bool county = false;
    };
    static bool beats(const Contender &a, const Contender &b, const QString &entity, const QString &field);
};

}  // namespace sifa
