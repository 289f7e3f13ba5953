#include "sync/SyncState.h"

#include "domain/Office.h"
#include "rules/Rules.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "sync/Conflicts.h"
#include "sync/OfficeKeys.h"
#include "sync/Replica.h"
#include "sync/SyncPartners.h"
#include "util/Time.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QMap>

namespace sifa {

namespace {

QString doing()
{
    return SyncState::tr("reading the exchange state");
}

Result<QList<LedgerEntry>> readLedger(const Database &db, const QString &where, const QVariantMap &binds, int limit)
{
    Query q(db, QStringLiteral("SELECT bundle_id, direction, status, sender_office, recipient_office, range_incarnation, "
                               "range_from, range_to, op_count, at, who, reason, kept_file, summary FROM bundle_ledger ")
                    + where + QStringLiteral(" ORDER BY at DESC LIMIT %1").arg(limit));
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bind(it.key(), it.value());
    if (Status s = q.exec(doing()); !s.ok())
        return s.error();
    QList<LedgerEntry> out;
    while (q.next()) {
        out << LedgerEntry{q.text(0),    q.text(1),    q.text(2),  q.text(3),
                           q.text(4),    static_cast<int>(q.integer(5)), q.integer(6), q.integer(7),
                           static_cast<int>(q.integer(8)), q.text(9), q.text(10), q.text(11),
                           q.text(12),   q.text(13)};
    }
    return out;
}

qint64 count(const Database &db, const QString &sql, const QVariantMap &binds)
{
    Result<QVariant> v = Query::scalar(db, sql, binds, doing());
    return v ? v->toLongLong() : 0;
}

QJsonObject partnerJson(const PartnerStatus &p)
{
    return QJsonObject{{QStringLiteral("office_code"), p.officeCode},
                       {QStringLiteral("office_name"), p.officeName},
                       {QStringLiteral("mode"), p.mode},
                       {QStringLiteral("replica"), p.replicaId},
                       {QStringLiteral("key_id"), p.keyId},
                       {QStringLiteral("key_revoked"), p.keyRevoked},
                       {QStringLiteral("last_received_at"), p.lastReceivedAt},
                       {QStringLiteral("last_bundle_created"), p.lastBundleCreated},
                       {QStringLiteral("last_bundle_id"), p.lastBundleId},
                       {QStringLiteral("received_seq"), static_cast<double>(p.receivedOrder)},
                       {QStringLiteral("acknowledged_seq"), static_cast<double>(p.ackedOrder)},
                       {QStringLiteral("pending_ops"), static_cast<double>(p.pendingOps)},
                       {QStringLiteral("last_export_at"), p.lastExportAt},
                       {QStringLiteral("unconfirmed_exports"), p.unconfirmedExports},
                       {QStringLiteral("quarantined"), p.quarantined},
                       {QStringLiteral("rejected"), p.rejected},
                       {QStringLiteral("late"), p.late},
                       {QStringLiteral("days_since_last"), p.daysSinceLast}};
}

}  // namespace

QJsonObject SyncStatus::toJson() const
{
    QJsonArray partnerList;
    for (const PartnerStatus &p : partners)
        partnerList.append(partnerJson(p));
    QJsonArray ledger;
    for (const LedgerEntry &e : recent) {
        ledger.append(QJsonObject{{QStringLiteral("bundle_id"), e.bundleId},
                                  {QStringLiteral("direction"), e.direction},
                                  {QStringLiteral("status"), e.status},
                                  {QStringLiteral("sender_office"), e.senderOffice},
                                  {QStringLiteral("recipient_office"), e.recipientOffice},
                                  {QStringLiteral("from"), static_cast<double>(e.fromOrder)},
                                  {QStringLiteral("to"), static_cast<double>(e.toOrder)},
                                  {QStringLiteral("ops"), e.ops},
                                  {QStringLiteral("at"), e.at},
                                  {QStringLiteral("who"), e.who},
                                  {QStringLiteral("reason"), e.reason}});
    }
    return QJsonObject{{QStringLiteral("office_code"), officeCode},
                       {QStringLiteral("office_name"), officeName},
                       {QStringLiteral("mode"), mode},
                       {QStringLiteral("replica"), replicaId},
                       {QStringLiteral("incarnation"), incarnation},
                       {QStringLiteral("local_seq"), static_cast<double>(localOrder)},
                       {QStringLiteral("cycle_days"), cycleDays},
                       {QStringLiteral("open_conflicts"), openConflicts},
                       {QStringLiteral("quarantined"), quarantined},
                       {QStringLiteral("partners"), partnerList},
                       {QStringLiteral("ledger"), ledger}};
}

Result<SyncStatus> SyncState::status(const Database &db, const Session &session, int recentRows)
{
    if (Status s = checkPermission(session, Permission::ExchangeRun); !s.ok())
        return s.error();
    SyncStatus st;
    const OfficeInfo me = Office::info(db);
    st.officeCode = me.code;
    st.officeName = me.name;
    st.mode = me.isCounty() ? QStringLiteral("county") : QStringLiteral("township");
    Result<ReplicaInfo> replica = Replica::info(db);
    if (!replica)
        return replica.error();
    st.replicaId = replica->replicaId;
    st.incarnation = replica->incarnation;
    st.localOrder = count(db, QStringLiteral("SELECT COALESCE(MAX(rowid), 0) FROM op"), {});
    const QDate today = Clock::today();
    const std::optional<Duration> cycle = Rules::instance().duration(QStringLiteral("bundle_cycle"), today);
    st.cycleDays = cycle ? cycle->amount : 7;
    Result<int> conflicts = Conflicts::openCount(db);
    st.openConflicts = conflicts ? *conflicts : 0;
    st.quarantined = static_cast<int>(count(db, QStringLiteral("SELECT COUNT(*) FROM bundle_ledger WHERE direction = 'in' "
                                                               "AND status = 'quarantined'"),
                                            {}));

    // The partners: every office whose key is trusted (the latest of each), and any heard from.
    QMap<QString, PartnerStatus> byOffice;
    Result<QList<TrustedKey>> keys = OfficeKeys::trusted(db);
    if (!keys)
        return keys.error();
    for (const TrustedKey &key : *keys) {
        if (!key.supersededBy.isEmpty())
            continue;
        if (me.isCounty() == (key.keys.mode == QLatin1String("county")))
            continue;  // a township deals with its county, a county with its townships
        PartnerStatus &p = byOffice[key.keys.officeCode];
        p.officeCode = key.keys.officeCode;
        p.officeName = key.keys.officeName;
        p.mode = key.keys.mode;
        p.keyId = key.keys.keyId;
        p.keyRevoked = key.revoked();
        p.replicaId = key.keys.replicaId;
    }
    {
        Query q(db, QStringLiteral("SELECT replica_id, office_code FROM sync_partner"));
        if (Status s = q.exec(doing()); !s.ok())
            return s.error();
        QList<QPair<QString, QString>> rows;
        while (q.next())
            rows.append({q.text(0), q.text(1)});
        for (const auto &[replicaId, office] : rows) {
            Result<PartnerRow> row = sync_partners::load(db, replicaId);
            if (!row)
                return row.error();
            PartnerStatus &p = byOffice[office];
            if (!p.replicaId.isEmpty() && p.replicaId != replicaId && !p.lastReceivedAt.isEmpty()
                && p.lastReceivedAt > row->lastReceivedAt)
                continue;  // an older installation of the same office
            p.officeCode = office;
            if (p.officeName.isEmpty())
                p.officeName = row->name;
            if (p.mode.isEmpty())
                p.mode = row->mode;
            p.replicaId = replicaId;
            p.lastReceivedAt = row->lastReceivedAt;
            p.lastBundleCreated = row->lastBundleCreated;
            p.lastBundleId = row->lastBundleId;
            p.receivedOrder = row->recvOrder;
            p.ackedOrder = row->ackedOrder;
            p.lastExportAt = row->lastExportAt;
            Result<qint64> first = sync_partners::firstUnacknowledged(db, *row, replica->incarnation);
            const qint64 after = first ? *first - 1 : row->ackedOrder;
            p.pendingOps = me.isCounty()
                               ? count(db, QStringLiteral("SELECT COUNT(*) FROM op WHERE rowid > :a AND origin_replica = :me"),
                                       {{QStringLiteral(":a"), after}, {QStringLiteral(":me"), replica->replicaId}})
                               : count(db, QStringLiteral("SELECT COUNT(*) FROM op WHERE rowid > :a AND origin_replica <> :p"),
                                       {{QStringLiteral(":a"), after}, {QStringLiteral(":p"), replicaId}});
            p.unconfirmedExports = static_cast<int>(
                count(db, QStringLiteral("SELECT COUNT(*) FROM bundle_ledger WHERE direction = 'out' AND recipient_office = :o "
                                         "AND (range_incarnation > :i OR (range_incarnation = :i2 AND range_to > :a))"),
                      {{QStringLiteral(":o"), office}, {QStringLiteral(":i"), row->ackedIncarnation},
                       {QStringLiteral(":i2"), row->ackedIncarnation}, {QStringLiteral(":a"), row->ackedOrder}}));
        }
    }
    for (PartnerStatus &p : byOffice) {
        p.quarantined = static_cast<int>(count(db, QStringLiteral("SELECT COUNT(*) FROM bundle_ledger WHERE direction = 'in' "
                                                                  "AND status = 'quarantined' AND sender_office = :o"),
                                               {{QStringLiteral(":o"), p.officeCode}}));
        p.rejected = static_cast<int>(count(db, QStringLiteral("SELECT COUNT(*) FROM bundle_ledger WHERE direction = 'in' "
                                                               "AND status = 'rejected' AND sender_office = :o"),
                                            {{QStringLiteral(":o"), p.officeCode}}));
        const QDateTime last = QDateTime::fromString(p.lastBundleCreated.left(19), Qt::ISODate);
        p.daysSinceLast = last.isValid() ? static_cast<int>(last.date().daysTo(today)) : -1;
        // Only a township is late (the county sends when it has something to send).
        p.late = p.mode != QLatin1String("county") && (p.daysSinceLast < 0 || p.daysSinceLast > st.cycleDays);
        st.partners << p;
    }
    Result<QList<LedgerEntry>> recent = readLedger(db, QString(), {}, recentRows);
    if (!recent)
        return recent.error();
    st.recent = *recent;
    return st;
}

Result<QList<LedgerEntry>> SyncState::ledger(const Database &db, const Session &session, int limit)
{
    if (Status s = checkPermission(session, Permission::ExchangeRun); !s.ok())
        return s.error();
    return readLedger(db, QString(), {}, limit);
}

}  // namespace sifa
