#include "sync/SyncExport.h"

#include "domain/Office.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Schema.h"
#include "storage/Transaction.h"
#include "sync/BundleFile.h"
#include "sync/Entities.h"
#include "sync/OfficeKeys.h"
#include "sync/Replica.h"
#include "sync/SyncApply.h"
#include "sync/SyncPartners.h"
#include "sync/Transfers.h"
#include "util/Time.h"

#include <QCborArray>
#include <QCborMap>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

namespace sifa {

namespace {

QString k(const char *key)
{
    return QString::fromLatin1(key);
}

struct ReadTransaction {
    Database &db;
    bool open = false;
    Status begin()
    {
        Status s = db.exec(QStringLiteral("BEGIN"), SyncExport::tr("reading the change log"));
        open = s.ok();
        return s;
    }
    void end()
    {
        if (open)
            (void)db.exec(QStringLiteral("ROLLBACK"));
        open = false;
    }
    ~ReadTransaction() { end(); }
};

struct Target {
    PublicKeySet keys;
    QList<BundleRecipient> recipients;
};

Result<Target> target(const Database &db, const OfficeInfo &me, const QString &toOffice)
{
    Target t;
    if (!me.isCounty()) {
        Result<TrustedKey> county = OfficeKeys::countyKey(db);
        if (!county) {
            return Result<Target>::failure(ErrorCode::NotFound,
                                           SyncExport::tr("The county bureau's key is not trusted yet: import its key "
                                                          "file and confirm its fingerprint first (sifa keys trust)."));
        }
        if (!toOffice.isEmpty() && toOffice != county->keys.officeCode) {
            return Result<Target>::failure(ErrorCode::InvalidInput,
                                           SyncExport::tr("A township sends its bundles to its county bureau (%1) only.")
                                               .arg(county->keys.officeCode));
        }
        t.keys = county->keys;
        t.recipients << BundleRecipient{QByteArray::fromHex(t.keys.keyId.toLatin1()), t.keys.boxPk};
        if (t.keys.escrowPk.size() == 32) {
            t.recipients << BundleRecipient{escrowKeyId(t.keys.escrowPk), t.keys.escrowPk};
        }
        return t;
    }
    if (toOffice.isEmpty()) {
        return Result<Target>::failure(ErrorCode::InvalidInput,
                                       SyncExport::tr("Choose the township this bundle is for (--to OFFICE_CODE)."));
    }
    Result<QList<TrustedKey>> keys = OfficeKeys::trusted(db);
    if (!keys)
        return keys.error();
    const TrustedKey *best = nullptr;
    for (const TrustedKey &key : *keys) {
        if (key.keys.officeCode == toOffice && !key.revoked() && key.supersededBy.isEmpty()
            && (!best || key.keys.generation > best->keys.generation))
            best = &key;
    }
    if (!best) {
        return Result<Target>::failure(ErrorCode::NotFound,
                                       SyncExport::tr("No trusted key for office %1: import its key file and confirm "
                                                      "its fingerprint first.")
                                           .arg(toOffice));
    }
    t.keys = best->keys;
    t.recipients << BundleRecipient{QByteArray::fromHex(t.keys.keyId.toLatin1()), t.keys.boxPk};
    return t;
}

// The ops a county sends a township: its records, transfers to it, and its own ops it lost.
Status prepareCountySelection(Database &db, const QString &toOffice, const PartnerRow &partner)
{
    const QString doing = SyncExport::tr("choosing what to send");
    if (Status s = db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS sync_rows(uuid TEXT PRIMARY KEY) WITHOUT ROWID"),
                           doing);
        !s.ok())
        return s;
    if (Status s = db.exec(QStringLiteral("DELETE FROM temp.sync_rows"), doing); !s.ok())
        return s;
    for (const EntityDef *e : Entities::all()) {
        Query q(db, QStringLiteral("INSERT OR IGNORE INTO temp.sync_rows SELECT uuid FROM %1 WHERE office_code = :o")
                        .arg(e->table));
        q.bind(QStringLiteral(":o"), toOffice);
        if (Status s = q.exec(doing); !s.ok())
            return s;
    }
    // Transfers from or to it, whoever owns the row.
    {
        Query q(db, QStringLiteral("INSERT OR IGNORE INTO temp.sync_rows SELECT uuid FROM sync_transfer "
                                   "WHERE to_office = :o OR from_office = :o2"));
        q.bind(QStringLiteral(":o"), toOffice).bind(QStringLiteral(":o2"), toOffice);
        if (Status s = q.exec(doing); !s.ok())
            return s;
    }
    Result<QStringList> package = Transfers::packageRows(db, toOffice);
    if (!package)
        return package.error();
    if (Status s = db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS sync_package(uuid TEXT PRIMARY KEY) "
                                          "WITHOUT ROWID"),
                           doing);
        !s.ok())
        return s;
    if (Status s = db.exec(QStringLiteral("DELETE FROM temp.sync_package"), doing); !s.ok())
        return s;
    for (const QString &uuid : *package) {
        Query q(db, QStringLiteral("INSERT OR IGNORE INTO temp.sync_package VALUES (:u)"), Query::Cached);
        q.bind(QStringLiteral(":u"), uuid);
        if (Status s = q.exec(doing); !s.ok())
            return s;
    }
    Q_UNUSED(partner);
    return {};
}

QString haveCondition(const PartnerRow &partner)
{
    // Its own ops beyond what it says it holds, per incarnation.
    QStringList parts;
    QStringList known;
    for (auto it = partner.theirHave.begin(); it != partner.theirHave.end(); ++it) {
        const int inc = it.key().toInt();
        parts << QStringLiteral("(origin_incarnation = %1 AND origin_seq > %2)")
                     .arg(inc)
                     .arg(static_cast<qint64>(it.value().toDouble()));
        known << QString::number(inc);
    }
    if (known.isEmpty())
        return QStringLiteral("0");  // it has not told us yet: nothing to return
    parts << QStringLiteral("origin_incarnation NOT IN (%1)").arg(known.join(u','));
    return QStringLiteral("(") + parts.join(QStringLiteral(" OR ")) + QStringLiteral(")");
}

}  // namespace

QString SyncExport::fileName(const QString &fromOffice, const QString &toOffice, qint64 from, qint64 to)
{
    return QStringLiteral("%1_%2_%3-%4_%5.sifabundle")
        .arg(fromOffice, toOffice)
        .arg(from)
        .arg(to)
        .arg(Clock::today().toString(QStringLiteral("yyyyMMdd")));
}

Result<ExportReport> SyncExport::write(Database &db, const Session &session, const UnlockedKeys &keys,
                                       const QString &toOffice, const QString &outPath, const SyncProgress &progress)
{
    if (Status s = requirePermission(db, session, Permission::ExchangeRun); !s.ok())
        return s.error();
    const OfficeInfo me = Office::info(db);
    Result<Target> t = target(db, me, toOffice.trimmed());
    if (!t)
        return t.error();
    Result<ReplicaInfo> replica = Replica::info(db);
    if (!replica)
        return replica.error();
    Result<PartnerRow> partner = sync_partners::load(db, t->keys.replicaId);
    if (!partner)
        return partner.error();
    if (!partner->exists) {
        partner->office = t->keys.officeCode;
        partner->name = t->keys.officeName;
        partner->mode = t->keys.mode;
    }
    Result<qint64> from = sync_partners::firstUnacknowledged(db, *partner, replica->incarnation);
    if (!from)
        return from.error();
    Result<QVariant> maxOrder = Query::scalar(db, QStringLiteral("SELECT COALESCE(MAX(rowid), 0) FROM op"), {},
                                              tr("reading the change log"));
    if (!maxOrder)
        return maxOrder.error();
    const qint64 to = maxOrder->toLongLong();

    // One read transaction for everything the bundle holds.
    ReadTransaction read{db};
    if (Status s = read.begin(); !s.ok())
        return s.error();

    QString where = QStringLiteral("rowid > :from AND rowid <= :to AND origin_replica <> :partner");
    if (me.isCounty()) {
        if (Status s = prepareCountySelection(db, t->keys.officeCode, *partner); !s.ok())
            return s.error();
        where = QStringLiteral("(rowid > :from AND rowid <= :to AND origin_replica <> :partner AND row_uuid IN "
                               "(SELECT uuid FROM temp.sync_rows)) OR (origin_replica = :partner2 AND %1) OR "
                               "(rowid <= :to2 AND row_uuid IN (SELECT uuid FROM temp.sync_package))")
                    .arg(haveCondition(*partner));
    }

    const QString dir = QFileInfo(outPath).isDir() ? outPath : QFileInfo(outPath).absolutePath();
    const QString path = QFileInfo(outPath).isDir()
                             ? QDir(outPath).filePath(fileName(me.code, t->keys.officeCode, *from, to))
                             : outPath;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Result<ExportReport>::failure(ErrorCode::Io, tr("The bundle could not be written to %1: %2")
                                                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    Q_UNUSED(dir);
    const UnlockedKeys::Pair &mine = keys.current();
    BundleWriter writer(file, BundleSigner{QByteArray::fromHex(mine.keyId.toLatin1()), mine.signSk}, t->recipients);
    if (Status s = writer.begin(); !s.ok())
        return s.error();

    ExportReport report;
    report.file = path;
    report.recipientOffice = t->keys.officeCode;
    report.recipientName = t->keys.officeName;
    report.incarnation = replica->incarnation;
    report.fromOrder = *from;
    report.toOrder = to;

    Result<QVariant> total = Query::scalar(db, QStringLiteral("SELECT COUNT(*) FROM op WHERE ") + where,
                                           me.isCounty()
                                               ? QVariantMap{{QStringLiteral(":from"), *from - 1},
                                                             {QStringLiteral(":to"), to},
                                                             {QStringLiteral(":partner"), t->keys.replicaId},
                                                             {QStringLiteral(":partner2"), t->keys.replicaId},
                                                             {QStringLiteral(":to2"), to}}
                                               : QVariantMap{{QStringLiteral(":from"), *from - 1},
                                                             {QStringLiteral(":to"), to},
                                                             {QStringLiteral(":partner"), t->keys.replicaId}},
                                           tr("reading the change log"));
    if (!total)
        return total.error();
    QSet<QString> blobs;
    {
        Query q(db, QStringLiteral("SELECT rowid, op_id, origin_replica, origin_incarnation, origin_seq, hlc, wall_time, "
                                   "actor, actor_role, reason, entity, row_uuid, kind, schema_version, fields FROM op "
                                   "WHERE ")
                        + where + QStringLiteral(" ORDER BY rowid"));
        q.bind(QStringLiteral(":from"), *from - 1).bind(QStringLiteral(":to"), to).bind(QStringLiteral(":partner"),
                                                                                         t->keys.replicaId);
        if (me.isCounty())
            q.bind(QStringLiteral(":partner2"), t->keys.replicaId).bind(QStringLiteral(":to2"), to);
        if (Status s = q.exec(tr("reading the change log")); !s.ok())
            return s.error();
        while (q.next()) {
            QCborMap m;
            m.insert(k("id"), q.text(1));
            m.insert(k("r"), q.text(2));
            m.insert(k("i"), q.integer(3));
            m.insert(k("s"), q.integer(4));
            m.insert(k("h"), q.integer(5));
            m.insert(k("w"), q.text(6));
            m.insert(k("a"), q.text(7));
            m.insert(k("ar"), q.text(8));
            if (!q.text(9).isEmpty())
                m.insert(k("re"), q.text(9));
            m.insert(k("e"), q.text(10));
            m.insert(k("u"), q.text(11));
            m.insert(k("k"), q.text(12));
            m.insert(k("v"), q.integer(13));
            const QString fields = q.text(14);
            m.insert(k("f"), fields);
            if (q.text(10) == QLatin1String("attachment")) {
                const QJsonObject o = QJsonDocument::fromJson(fields.toUtf8()).object();
                const QString sha = o.value(k("sha256")).toArray().at(0).toString();
                if (!sha.isEmpty())
                    blobs.insert(sha);
            }
            if (Status s = writer.addOp(m); !s.ok())
                return s.error();
            report.ops += 1;
            if (progress && report.ops % 1000 == 0 && !progress(report.ops, total->toLongLong(), tr("Writing changes")))
                return Result<ExportReport>::failure(ErrorCode::Conflict, tr("The export was cancelled."));
        }
    }

    // The audit segment (a township's, to its county).
    qint64 auditTo = partner->ackedAuditSeq;
    if (!me.isCounty()) {
        Query q(db, QStringLiteral("SELECT seq, at, actor, role, action, entity, record, detail, prev_hash, hash "
                                   "FROM audit_log WHERE seq > :s ORDER BY seq"));
        q.bind(QStringLiteral(":s"), partner->ackedAuditSeq);
        if (Status s = q.exec(tr("reading the audit trail")); !s.ok())
            return s.error();
        while (q.next()) {
            QCborMap m;
            m.insert(k("seq"), q.integer(0));
            m.insert(k("at"), q.text(1));
            m.insert(k("actor"), q.text(2));
            m.insert(k("role"), q.text(3));
            m.insert(k("action"), q.text(4));
            m.insert(k("entity"), q.text(5));
            m.insert(k("record"), q.text(6));
            m.insert(k("detail"), q.text(7));
            m.insert(k("prev"), q.text(8));
            m.insert(k("hash"), q.text(9));
            if (Status s = writer.addAudit(m); !s.ok())
                return s.error();
            auditTo = q.integer(0);
            report.auditRecords += 1;
        }
    }

    // Attachments' bytes, content-addressed, in pieces.
    for (const QString &sha : blobs) {
        Query q(db, QStringLiteral("SELECT size, length(data) FROM blob_store WHERE sha256 = :s"));
        q.bind(QStringLiteral(":s"), sha);
        if (Status s = q.exec(tr("reading an attachment")); !s.ok())
            return s.error();
        if (!q.next())
            continue;
        const qint64 size = q.integer(1);
        constexpr qint64 kPiece = 1024 * 1024;
        for (qint64 offset = 0; offset < size || (size == 0 && offset == 0); offset += kPiece) {
            Query piece(db, QStringLiteral("SELECT substr(data, :o, :n) FROM blob_store WHERE sha256 = :s"));
            piece.bind(QStringLiteral(":o"), offset + 1).bind(QStringLiteral(":n"), kPiece).bind(QStringLiteral(":s"), sha);
            if (Status s = piece.exec(tr("reading an attachment")); !s.ok())
                return s.error();
            piece.next();
            QCborMap m;
            m.insert(k("sha256"), QByteArray::fromHex(sha.toLatin1()));
            m.insert(k("offset"), offset);
            m.insert(k("size"), size);
            m.insert(k("data"), piece.value(0).toByteArray());
            if (Status s = writer.addBlobPiece(m); !s.ok())
                return s.error();
            if (size == 0)
                break;
        }
        report.blobs += 1;
    }

    // What we hold of our own log, per incarnation (a restored partner learns what to send back
    // the other way; we learn it from theirs).
    QCborMap have;
    {
        Query q(db, QStringLiteral("SELECT origin_incarnation, MAX(origin_seq) FROM op WHERE origin_replica = :r "
                                   "GROUP BY origin_incarnation"));
        q.bind(QStringLiteral(":r"), replica->replicaId);
        if (Status s = q.exec(tr("reading the change log")); !s.ok())
            return s.error();
        while (q.next())
            have.insert(q.text(0), q.integer(1));
    }
    Result<QByteArray> ownKeys = OfficeKeys::exportPublic(db);
    if (!ownKeys)
        return ownKeys.error();

    QCborMap manifest;
    manifest.insert(k("sender"), QCborMap{{k("replica"), replica->replicaId},
                                          {k("incarnation"), replica->incarnation},
                                          {k("key_id"), QByteArray::fromHex(mine.keyId.toLatin1())},
                                          {k("office_code"), me.code},
                                          {k("office_name"), me.name},
                                          {k("mode"), me.isCounty() ? k("county") : k("township")}});
    manifest.insert(k("recipient"), QCborMap{{k("replica"), t->keys.replicaId},
                                             {k("key_id"), QByteArray::fromHex(t->keys.keyId.toLatin1())},
                                             {k("office_code"), t->keys.officeCode}});
    manifest.insert(k("created"), QCborMap{{k("wall"), nowTimestamp()}, {k("hlc"), replica->lastHlc}});
    manifest.insert(k("schema"), QCborMap{{k("version"), Schema::kLatestVersion},
                                          {k("min_reader_version"), 7},
                                          {k("must_understand"), QCborArray()}});
    manifest.insert(k("range"), QCborMap{{k("origin"), replica->replicaId},
                                         {k("incarnation"), replica->incarnation},
                                         {k("from"), *from},
                                         {k("to"), to}});
    manifest.insert(k("acks"), QCborMap{{k("replica"), t->keys.replicaId},
                                        {k("incarnation"), partner->recvIncarnation},
                                        {k("order"), partner->recvOrder},
                                        {k("audit_seq"), partner->recvAuditSeq}});
    manifest.insert(k("have"), have);
    manifest.insert(k("audit_to"), auditTo);
    manifest.insert(k("keys"), *ownKeys);
    if (me.isCounty()) {
        // Revocations travel down to every township.
        QCborArray revoked;
        Result<QList<TrustedKey>> trusted = OfficeKeys::trusted(db);
        if (trusted) {
            for (const TrustedKey &key : *trusted) {
                if (key.revoked())
                    revoked.append(QCborMap{{k("key_id"), key.keys.keyId}, {k("reason"), key.revokedReason}});
            }
        }
        manifest.insert(k("revocations"), revoked);
    }
    Result<QCborMap> signedManifest = writer.finish(manifest);
    if (!signedManifest)
        return signedManifest.error();
    if (!file.commit()) {
        return Result<ExportReport>::failure(file.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull
                                                                                        : ErrorCode::Io,
                                             tr("The bundle could not be written to %1: %2")
                                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    report.bundleId = QString::fromLatin1(writer.bundleId().toHex());
    report.bytes = QFileInfo(path).size();
    read.end();

    Transaction tx(db);
    if (!tx.ok())
        return tx.status().error();
    partner->lastExportAt = nowTimestamp();
    partner->lastExportOrder = to;
    if (Status s = sync_partners::save(db, *partner); !s.ok())
        return s.error();
    Query ledger(db, QStringLiteral("INSERT INTO bundle_ledger(bundle_id, direction, file_hash, sender_replica, "
                                    "sender_office, recipient_office, range_incarnation, range_from, range_to, op_count, "
                                    "status, at, who, summary) VALUES (:b, 'out', '', :sr, :so, :ro, :i, :f, :t, :n, "
                                    "'exported', :at, :who, :sum)"));
    ledger.bind(QStringLiteral(":b"), report.bundleId)
        .bind(QStringLiteral(":sr"), replica->replicaId)
        .bind(QStringLiteral(":so"), me.code)
        .bind(QStringLiteral(":ro"), report.recipientOffice)
        .bind(QStringLiteral(":i"), report.incarnation)
        .bind(QStringLiteral(":f"), report.fromOrder)
        .bind(QStringLiteral(":t"), report.toOrder)
        .bind(QStringLiteral(":n"), report.ops)
        .bind(QStringLiteral(":at"), nowTimestamp())
        .bind(QStringLiteral(":who"), session.username)
        .bind(QStringLiteral(":sum"), QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact)));
    if (Status s = ledger.exec(tr("recording the export")); !s.ok())
        return s.error();
    if (Status s = AuditLog::append(db, session.actor(), QStringLiteral("sync.export"), QStringLiteral("bundle"),
                                    report.bundleId,
                                    QStringLiteral("to %1, ops %2, audit %3, blobs %4")
                                        .arg(report.recipientOffice)
                                        .arg(report.ops)
                                        .arg(report.auditRecords)
                                        .arg(report.blobs));
        !s.ok())
        return s.error();
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    return report;
}

}  // namespace sifa
