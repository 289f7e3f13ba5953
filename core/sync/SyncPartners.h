#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QString>

namespace sifa {

class Database;

// One row of sync_partner: how far this office and a partner have come with each other.
struct PartnerRow {
    bool exists = false;
    QString replica;
    QString office;
    QString name;
    QString mode;
    int recvIncarnation = 0;  // how far we have its log
    qint64 recvOrder = 0;
    int ackedIncarnation = 0;  // how far it has ours
    qint64 ackedOrder = 0;
    QJsonObject theirHave;     // {"incarnation": highest seq} of its own ops it holds
    qint64 recvAuditSeq = 0;
    qint64 ackedAuditSeq = 0;
    QString lastBundleId;
    QString lastBundleCreated;
    QString lastReceivedAt;
    QString lastExportAt;
    qint64 lastExportOrder = 0;
};

namespace sync_partners {

Result<PartnerRow> load(const Database &db, const QString &replica);
Status save(Database &db, const PartnerRow &row);
// The first local order a bundle to this partner must include (after its acknowledgement, as
// far as this office's restores allow: an acknowledgement of an incarnation lost in a restore
// covers only what the restored log held).
Result<qint64> firstUnacknowledged(const Database &db, const PartnerRow &row, int myIncarnation);

}  // namespace sync_partners
}  // namespace sifa
