#include "sync/SyncPartners.h"

#include "storage/Database.h"
#include "storage/Query.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace sifa {
namespace sync_partners {

namespace {
QString doing()
{
    return QCoreApplication::translate("SyncState", "reading the exchange state");
}
}  // namespace

Result<PartnerRow> load(const Database &db, const QString &replica)
{
    Query q(db, QStringLiteral("SELECT office_code, office_name, mode, recv_incarnation, recv_order, acked_incarnation, "
                               "acked_order, their_have, recv_audit_seq, acked_audit_seq, last_bundle_id, "
                               "last_bundle_created, last_received_at, last_export_at, last_export_order "
                               "FROM sync_partner WHERE replica_id = :r"));
    q.bind(QStringLiteral(":r"), replica);
    if (Status s = q.exec(doing()); !s.ok())
        return s.error();
    PartnerRow row;
    row.replica = replica;
    if (!q.next())
        return row;
    row.exists = true;
    row.office = q.text(0);
    row.name = q.text(1);
    row.mode = q.text(2);
    row.recvIncarnation = static_cast<int>(q.integer(3));
    row.recvOrder = q.integer(4);
    row.ackedIncarnation = static_cast<int>(q.integer(5));
    row.ackedOrder = q.integer(6);
    row.theirHave = QJsonDocument::fromJson(q.text(7).toUtf8()).object();
    row.recvAuditSeq = q.integer(8);
    row.ackedAuditSeq = q.integer(9);
    row.lastBundleId = q.text(10);
    row.lastBundleCreated = q.text(11);
    row.lastReceivedAt = q.text(12);
    row.lastExportAt = q.text(13);
    row.lastExportOrder = q.integer(14);
    return row;
}

Status save(Database &db, const PartnerRow &row)
{
    Query q(db, QStringLiteral(
                    "INSERT INTO sync_partner(replica_id, office_code, office_name, mode, recv_incarnation, recv_order, "
                    "acked_incarnation, acked_order, their_have, recv_audit_seq, acked_audit_seq, last_bundle_id, "
                    "last_bundle_created, last_received_at, last_export_at, last_export_order) VALUES (:r, :o, :n, :m, "
                    ":ri, :ro, :ai, :ao, :h, :ras, :aas, :lb, :lbc, :lra, :lea, :leo) "
                    "ON CONFLICT(replica_id) DO UPDATE SET office_code = excluded.office_code, office_name = "
                    "excluded.office_name, mode = excluded.mode, recv_incarnation = excluded.recv_incarnation, "
                    "recv_order = excluded.recv_order, acked_incarnation = excluded.acked_incarnation, acked_order = "
                    "excluded.acked_order, their_have = excluded.their_have, recv_audit_seq = excluded.recv_audit_seq, "
                    "acked_audit_seq = excluded.acked_audit_seq, last_bundle_id = excluded.last_bundle_id, "
                    "last_bundle_created = excluded.last_bundle_created, last_received_at = excluded.last_received_at, "
                    "last_export_at = excluded.last_export_at, last_export_order = excluded.last_export_order"));
    q.bind(QStringLiteral(":r"), row.replica)
        .bind(QStringLiteral(":o"), row.office)
        .bind(QStringLiteral(":n"), row.name)
        .bind(QStringLiteral(":m"), row.mode)
        .bind(QStringLiteral(":ri"), row.recvIncarnation)
        .bind(QStringLiteral(":ro"), row.recvOrder)
        .bind(QStringLiteral(":ai"), row.ackedIncarnation)
        .bind(QStringLiteral(":ao"), row.ackedOrder)
        .bind(QStringLiteral(":h"), QString::fromUtf8(QJsonDocument(row.theirHave).toJson(QJsonDocument::Compact)))
        .bind(QStringLiteral(":ras"), row.recvAuditSeq)
        .bind(QStringLiteral(":aas"), row.ackedAuditSeq)
        .bind(QStringLiteral(":lb"), row.lastBundleId)
        .bind(QStringLiteral(":lbc"), row.lastBundleCreated)
        .bind(QStringLiteral(":lra"), row.lastReceivedAt)
        .bind(QStringLiteral(":lea"), row.lastExportAt)
        .bind(QStringLiteral(":leo"), row.lastExportOrder);
    return q.exec(QCoreApplication::translate("SyncState", "recording the exchange state"));
}

Result<qint64> firstUnacknowledged(const Database &db, const PartnerRow &row, int myIncarnation)
{
    if (row.ackedOrder <= 0)
        return qint64(1);
    if (row.ackedIncarnation == myIncarnation)
        return row.ackedOrder + 1;
    Result<QVariant> cut = Query::scalar(db,
                                         QStringLiteral("SELECT MIN(max_order) FROM sync_restore_point WHERE "
                                                        "incarnation > :i"),
                                         {{QStringLiteral(":i"), row.ackedIncarnation}}, doing());
    if (!cut)
        return cut.error();
    qint64 acked = row.ackedOrder;
    if (!cut->isNull())
        acked = std::min(acked, cut->toLongLong());
    return acked + 1;
}

}  // namespace sync_partners
}  // namespace sifa
