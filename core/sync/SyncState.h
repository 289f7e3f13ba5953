#pragma once

#include "security/Session.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sifa {

class Database;

struct LedgerEntry {
    QString bundleId;
    QString direction;  // in | out
    QString status;     // exported | applied | rejected | quarantined | retried
    QString senderOffice;
    QString recipientOffice;
    int incarnation = 0;
    qint64 fromOrder = 0;
    qint64 toOrder = 0;
    int ops = 0;
    QString at;
    QString who;
    QString reason;
    QString keptFile;
    QString summary;  // JSON of the import report
};

// One office this one exchanges with, as the exchange page and the completeness board show it.
struct PartnerStatus {
    QString officeCode;
    QString officeName;
    QString mode;        // township | county
    QString replicaId;   // empty when the key is trusted but nothing was received yet
    QString keyId;
    bool keyRevoked = false;
    QString lastReceivedAt;      // when its last bundle was imported here
    QString lastBundleCreated;   // when that bundle was written
    QString lastBundleId;
    qint64 receivedOrder = 0;    // how far we have its log
    qint64 ackedOrder = 0;       // how far it confirmed having ours
    qint64 pendingOps = 0;       // our ops it has not confirmed
    QString lastExportAt;
    int unconfirmedExports = 0;  // bundles written to it after its last confirmation
    int quarantined = 0;
    int rejected = 0;
    bool late = false;           // no bundle within the cycle (rules/sync.json)
    int daysSinceLast = -1;      // -1: never
};

struct SyncStatus {
    QString officeCode;
    QString officeName;
    QString mode;
    QString replicaId;
    int incarnation = 0;
    qint64 localOrder = 0;  // ops in this office's log
    int cycleDays = 0;
    int openConflicts = 0;
    int quarantined = 0;
    QList<PartnerStatus> partners;  // a township: its county; a county: every township it trusts or heard from
    QList<LedgerEntry> recent;      // the latest ledger rows, newest first
    QJsonObject toJson() const;
};

class SyncState {
    Q_DECLARE_TR_FUNCTIONS(SyncState)
public:
    static Result<SyncStatus> status(const Database &db, const Session &session, int recentRows = 50);
    static Result<QList<LedgerEntry>> ledger(const Database &db, const Session &session, int limit = 500);
};

}  // namespace sifa
