#include "sync/SyncImport.h"

#include "domain/Office.h"
#include "security/AuditLog.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Schema.h"
#include "storage/Transaction.h"
#include "sync/BundleFile.h"
#include "sync/OfficeKeys.h"
#include "sync/Replica.h"
#include "sync/SyncApply.h"
#include "sync/SyncPartners.h"
#include "sync/Transfers.h"
#include "util/Time.h"

#include <QCborArray>
#include <QCborMap>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStorageInfo>

namespace sifa {

namespace {

QString k(const char *key)
{
    return QString::fromLatin1(key);
}

// Capabilities this version understands in a bundle's must_understand list.
const QStringList &understood()
{
    static const QStringList list{k("ops"), k("audit"), k("blobs"), k("acks"), k("keys"), k("revocations")};
    return list;
}

ErrorCode codeOf(BundleFault fault)
{
    switch (fault) {
    case BundleFault::Io: return ErrorCode::Io;
    case BundleFault::UnknownSigner:
    case BundleFault::RevokedSigner:
    case BundleFault::AddressedElsewhere:
    case BundleFault::Readdressed: return ErrorCode::PermissionDenied;
    case BundleFault::UnsupportedVersion:
    case BundleFault::NotABundle:
    case BundleFault::TooLarge: return ErrorCode::InvalidInput;
    default: return ErrorCode::Damaged;
    }
}

Error bundleFailure(const BundleError &err)
{
    Error e{codeOf(err.fault), err.message.isEmpty() ? bundleFaultMessage(err.fault) : err.message,
            QStringLiteral("bundle"), static_cast<int>(err.fault)};
    return e;
}

QString fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

Status writeLedger(Database &db, const QString &bundleId, const QString &hash, const QCborMap &manifest,
                   const QString &status, const QString &who, const QString &reason, const QString &kept,
                   const QString &summary, int ops)
{
    const QCborMap sender = manifest.value(k("sender")).toMap();
    const QCborMap range = manifest.value(k("range")).toMap();
    Query q(db, QStringLiteral("INSERT INTO bundle_ledger(bundle_id, direction, file_hash, sender_replica, sender_office, "
                               "recipient_office, range_incarnation, range_from, range_to, op_count, status, at, who, "
                               "reason, kept_file, summary) VALUES (:b, 'in', :h, :sr, :so, :ro, :i, :f, :t, :n, :st, "
                               ":at, :who, :re, :kf, :sum)"));
    q.bind(QStringLiteral(":b"), bundleId)
        .bind(QStringLiteral(":h"), hash)
        .bind(QStringLiteral(":sr"), sender.value(k("replica")).toString())
        .bind(QStringLiteral(":so"), sender.value(k("office_code")).toString())
        .bind(QStringLiteral(":ro"), manifest.value(k("recipient")).toMap().value(k("office_code")).toString())
        .bind(QStringLiteral(":i"), range.value(k("incarnation")).toInteger())
        .bind(QStringLiteral(":f"), range.value(k("from")).toInteger())
        .bind(QStringLiteral(":t"), range.value(k("to")).toInteger())
        .bind(QStringLiteral(":n"), ops)
        .bind(QStringLiteral(":st"), status)
        .bind(QStringLiteral(":at"), nowTimestamp())
        .bind(QStringLiteral(":who"), who)
        .bind(QStringLiteral(":re"), reason)
        .bind(QStringLiteral(":kf"), kept)
        .bind(QStringLiteral(":sum"), summary);
    return q.exec(SyncImport::tr("recording the import"));
}

// The audit segment of a township, chained to what was received before.
Status storeAudit(Database &db, const QString &replica, const QCborMap &m, qint64 *lastSeq, QString *lastHash)
{
    const qint64 seq = m.value(k("seq")).toInteger();
    if (seq <= *lastSeq)
        return {};  // had it
    AuditEntry e;
    e.seq = seq;
    e.at = m.value(k("at")).toString();
    e.actor = m.value(k("actor")).toString();
    e.role = m.value(k("role")).toString();
    e.action = m.value(k("action")).toString();
    e.entity = m.value(k("entity")).toString();
    e.record = m.value(k("record")).toString();
    e.detail = m.value(k("detail")).toString();
    e.prevHash = m.value(k("prev")).toString();
    e.hash = m.value(k("hash")).toString();
    const bool linked = (*lastSeq == 0 || (seq == *lastSeq + 1 && e.prevHash == *lastHash));
    if (!linked || AuditLog::computeHash(e) != e.hash) {
        return Status::failure(ErrorCode::Damaged,
                               SyncImport::tr("The audit trail in this bundle does not continue the one received "
                                              "before (record %1): it was altered.")
                                   .arg(seq));
    }
    Query q(db, QStringLiteral("INSERT OR IGNORE INTO partner_audit(replica_id, seq, at, actor, role, action, entity, "
                               "record, detail, prev_hash, hash) VALUES (:r, :s, :at, :a, :ro, :ac, :e, :re, :d, :p, :h)"),
            Query::Cached);
    q.bind(QStringLiteral(":r"), replica)
        .bind(QStringLiteral(":s"), seq)
        .bind(QStringLiteral(":at"), e.at)
        .bind(QStringLiteral(":a"), e.actor)
        .bind(QStringLiteral(":ro"), e.role)
        .bind(QStringLiteral(":ac"), e.action)
        .bind(QStringLiteral(":e"), e.entity)
        .bind(QStringLiteral(":re"), e.record)
        .bind(QStringLiteral(":d"), e.detail)
        .bind(QStringLiteral(":p"), e.prevHash)
        .bind(QStringLiteral(":h"), e.hash);
    if (Status s = q.exec(SyncImport::tr("storing the audit trail")); !s.ok())
        return s;
    *lastSeq = seq;
    *lastHash = e.hash;
    return {};
}

struct BlobAssembly {
    QString sha;
    qint64 size = 0;
    QByteArray data;
};

Status storeBlob(Database &db, const BlobAssembly &blob)
{
    if (QString::fromLatin1(QCryptographicHash::hash(blob.data, QCryptographicHash::Sha256).toHex()) != blob.sha) {
        return Status::failure(ErrorCode::Damaged,
                               SyncImport::tr("An attachment in this bundle does not match its hash."));
    }
    Query q(db, QStringLiteral("INSERT OR IGNORE INTO blob_store(sha256, size, data) VALUES (:s, :n, :d)"));
    q.bind(QStringLiteral(":s"), blob.sha).bind(QStringLiteral(":n"), blob.size).bind(QStringLiteral(":d"), blob.data);
    return q.exec(SyncImport::tr("storing an attachment"));
}

bool later(int incA, qint64 orderA, int incB, qint64 orderB)
{
    return incA != incB ? incA > incB : orderA > orderB;
}

}  // namespace

Result<ImportReport> SyncImport::import(Database &db, const Session &session, const UnlockedKeys &keys,
                                        const QString &path, bool dryRun, const SyncProgress &progress)
{
    if (Status s = requirePermission(db, session, Permission::ExchangeRun); !s.ok())
        return s.error();
    ImportReport report;
    report.file = path;
    report.dryRun = dryRun;

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<ImportReport>::failure(ErrorCode::NotFound, tr("The bundle %1 could not be opened: %2")
                                                                      .arg(QDir::toNativeSeparators(path),
                                                                           file.errorString()));
    }
    // 1–4: everything is verified before the database is touched.
    BundleReader reader(file);
    BundleError err;
    Result<BundleHeader> header = reader.readHeader(&err);
    if (!header)
        return bundleFailure(err);
    QList<BundleKeyPair> mine;
    for (const UnlockedKeys::Pair &pair : keys.all())
        mine << BundleKeyPair{QByteArray::fromHex(pair.keyId.toLatin1()), pair.boxPk, pair.boxSk};
    if (Status s = reader.open(mine, &err); !s.ok())
        return bundleFailure(err);
    const BundleReader::SignerLookup lookup = [&db](const QByteArray &keyId, BundleError *e) -> Result<QByteArray> {
        Result<TrustedKey> key = OfficeKeys::trustedById(db, QString::fromLatin1(keyId.toHex()));
        if (!key) {
            e->fault = BundleFault::UnknownSigner;
            e->message = bundleFaultMessage(BundleFault::UnknownSigner);
            e->detail = QString::fromLatin1(keyId.toHex());
            return Result<QByteArray>::failure(ErrorCode::PermissionDenied, e->message);
        }
        if (key->revoked()) {
            e->fault = BundleFault::RevokedSigner;
            e->message = bundleFaultMessage(BundleFault::RevokedSigner);
            e->detail = QString::fromLatin1(keyId.toHex());
            return Result<QByteArray>::failure(ErrorCode::PermissionDenied, e->message);
        }
        return key->keys.signPk;
    };
    Result<QCborMap> manifest = reader.verify(
        lookup, &err, [&progress](qint64 done, qint64 total) {
            if (progress)
                progress(done, total, tr("Checking the bundle"));
        });
    if (!manifest)
        return bundleFailure(err);

    const QCborMap sender = manifest->value(k("sender")).toMap();
    const QString bundleId = QString::fromLatin1(header->bundleId.toHex());
    report.bundleId = bundleId;
    report.senderOffice = sender.value(k("office_code")).toString();
    report.senderName = sender.value(k("office_name")).toString();
    report.senderMode = sender.value(k("mode")).toString();
    const QString senderReplica = sender.value(k("replica")).toString();
    Result<TrustedKey> signer = OfficeKeys::trustedById(db, QString::fromLatin1(sender.value(k("key_id")).toByteArray().toHex()));
    if (!signer)
        return signer.error();
    if (signer->keys.officeCode != report.senderOffice || signer->keys.replicaId != senderReplica) {
        return Result<ImportReport>::failure(ErrorCode::Damaged,
                                             tr("The bundle names office %1 as its sender, but it is signed with the "
                                                "key of office %2; it is refused.")
                                                 .arg(report.senderOffice, signer->keys.officeCode));
    }
    const OfficeInfo me = Office::info(db);
    const QCborMap recipient = manifest->value(k("recipient")).toMap();
    if (recipient.value(k("office_code")).toString() != me.code) {
        return Result<ImportReport>::failure(ErrorCode::PermissionDenied,
                                             bundleFaultMessage(BundleFault::Readdressed));
    }

    // 6. The ledger: a bundle applied once is never applied again.
    {
        Query q(db, QStringLiteral("SELECT at, who FROM bundle_ledger WHERE bundle_id = :b AND direction = 'in' "
                                   "AND status = 'applied'"));
        q.bind(QStringLiteral(":b"), bundleId);
        if (Status s = q.exec(tr("reading the import ledger")); !s.ok())
            return s.error();
        if (q.next()) {
            return Result<ImportReport>::failure(ErrorCode::Duplicate,
                                                 tr("This bundle (%1) was already imported on %2 by %3; nothing was "
                                                    "changed.")
                                                     .arg(bundleId.left(12), q.text(0).left(19).replace(QLatin1Char('T'), QLatin1Char(' ')), q.text(1)));
        }
    }
    const QString hash = fileHash(path);

    // 5. A bundle from a newer version is kept whole and tried again after an upgrade.
    const QCborMap schema = manifest->value(k("schema")).toMap();
    QStringList unknown;
    for (const QCborValue &cap : schema.value(k("must_understand")).toArray()) {
        if (!understood().contains(cap.toString()))
            unknown << cap.toString();
    }
    const qint64 needs = schema.value(k("min_reader_version")).toInteger();
    if (needs > Schema::kLatestVersion || !unknown.isEmpty()) {
        const QString reason = needs > Schema::kLatestVersion
                                   ? tr("It needs a newer SifaDesk (database version %1; this one reads up to %2).")
                                         .arg(needs)
                                         .arg(Schema::kLatestVersion)
                                   : tr("It uses features this version does not know: %1.").arg(unknown.join(u", "));
        report.status = QStringLiteral("quarantined");
        report.notes << tr("The bundle was put aside whole and nothing was applied. %1 It is kept and imported "
                           "when SifaDesk has been updated (sifa bundle retry).")
                            .arg(reason);
        if (dryRun)
            return report;
        const QString dir = QFileInfo(db.path()).absoluteDir().filePath(QStringLiteral("quarantine"));
        QDir().mkpath(dir);
        const QString kept = QDir(dir).filePath(bundleId + QStringLiteral(".sifabundle"));
        if (!QFile::exists(kept) && !QFile::copy(path, kept)) {
            return Result<ImportReport>::failure(ErrorCode::Io, tr("The bundle could not be kept in %1.")
                                                                    .arg(QDir::toNativeSeparators(dir)));
        }
        Transaction tx(db);
        if (!tx.ok())
            return tx.status().error();
        Query del(db, QStringLiteral("DELETE FROM bundle_ledger WHERE bundle_id = :b AND direction = 'in' AND "
                                     "status = 'quarantined'"));
        del.bind(QStringLiteral(":b"), bundleId);
        if (Status s = del.exec(tr("recording the import")); !s.ok())
            return s.error();
        if (Status s = writeLedger(db, bundleId, hash, *manifest, QStringLiteral("quarantined"), session.username,
                                   reason, kept, QString(), 0);
            !s.ok())
            return s.error();
        if (Status s = AuditLog::append(db, session.actor(), QStringLiteral("sync.quarantine"), QStringLiteral("bundle"),
                                        bundleId, reason);
            !s.ok())
            return s.error();
        if (Status s = tx.commit(); !s.ok())
            return s.error();
        return report;
    }

    // 7. Room for the changes (and the journal) before starting.
    const QStorageInfo volume(QFileInfo(db.path()).absolutePath());
    const qint64 needed = 3 * QFileInfo(path).size() + 16 * 1024 * 1024;
    if (volume.isValid() && volume.bytesAvailable() >= 0 && volume.bytesAvailable() < needed) {
        return Result<ImportReport>::failure(ErrorCode::DiskFull,
                                             tr("Not enough free disk space to import this bundle safely (%1 MB "
                                                "needed, %2 MB free). Nothing was changed.")
                                                 .arg(needed / (1024 * 1024))
                                                 .arg(volume.bytesAvailable() / (1024 * 1024)));
    }

    // 8. All of it in one transaction.
    Result<ReplicaInfo> replica = Replica::info(db);
    if (!replica)
        return replica.error();
    Transaction tx(db);
    if (!tx.ok())
        return tx.status().error();
    Result<PartnerRow> partner = sync_partners::load(db, senderReplica);
    if (!partner)
        return partner.error();
    partner->office = report.senderOffice;
    partner->name = report.senderName;
    partner->mode = report.senderMode;

    const QCborMap acks = manifest->value(k("acks")).toMap();
    const bool acksMine = acks.value(k("replica")).toString() == replica->replicaId;
    ApplyContext ctx;
    ctx.bundleId = bundleId;
    ctx.myReplica = replica->replicaId;
    ctx.myOffice = me.code;
    ctx.iAmCounty = me.isCounty();
    ctx.senderReplica = senderReplica;
    ctx.senderOffice = report.senderOffice;
    ctx.senderIsCounty = report.senderMode == QLatin1String("county");
    ctx.senderAckOrder = acksMine ? acks.value(k("order")).toInteger() : 0;
    ctx.report = &report;

    qint64 auditSeq = partner->recvAuditSeq;
    QString auditHash;
    if (auditSeq > 0) {
        Result<QVariant> h = Query::scalar(db, QStringLiteral("SELECT hash FROM partner_audit WHERE replica_id = :r AND "
                                                              "seq = :s"),
                                           {{QStringLiteral(":r"), senderReplica}, {QStringLiteral(":s"), auditSeq}},
                                           tr("reading the audit trail"));
        if (!h)
            return h.error();
        auditHash = h->toString();
        if (auditHash.isEmpty())
            auditSeq = 0;
    }
    BlobAssembly blob;
    const qint64 totalOps = manifest->value(k("counts")).toMap().value(k("ops")).toInteger();
    BundleReader::Visitor visitor;
    visitor.op = [&](const QCborValue &value) -> Status {
        Result<Op> op = SyncApply::decode(value);
        if (!op)
            return op.error();
        report.ops += 1;
        if (progress && report.ops % 1000 == 0 && !progress(report.ops, totalOps, tr("Applying changes")))
            return Status::failure(ErrorCode::Conflict, tr("The import was cancelled; nothing was changed."));
        return SyncApply::apply(db, ctx, *op);
    };
    visitor.audit = [&](const QCborValue &value) -> Status {
        report.auditRecords += 1;
        return storeAudit(db, senderReplica, value.toMap(), &auditSeq, &auditHash);
    };
    visitor.blobPiece = [&](const QCborMap &piece) -> Status {
        const QString sha = QString::fromLatin1(piece.value(k("sha256")).toByteArray().toHex());
        const qint64 offset = piece.value(k("offset")).toInteger();
        if (sha != blob.sha) {
            if (!blob.sha.isEmpty()) {
                if (Status s = storeBlob(db, blob); !s.ok())
                    return s;
            }
            blob = BlobAssembly{sha, piece.value(k("size")).toInteger(), QByteArray()};
            report.blobs += 1;
        }
        if (offset != blob.data.size() || blob.size > 256LL * 1024 * 1024)
            return Status::failure(ErrorCode::Damaged, tr("An attachment in this bundle is incomplete."));
        blob.data += piece.value(k("data")).toByteArray();
        return {};
    };
    if (Status s = reader.replay(visitor); !s.ok()) {
        if (reader.lastError().fault != BundleFault::None)
            return bundleFailure(reader.lastError());
        return s.error();
    }
    if (!blob.sha.isEmpty()) {
        if (Status s = storeBlob(db, blob); !s.ok())
            return s.error();
    }
    if (Status s = SyncApply::finish(db, ctx, progress); !s.ok())
        return s.error();
    if (Status s = Transfers::afterImport(db, ctx.transfers); !s.ok())
        return s.error();

    // Acknowledgements both ways.
    const QCborMap range = manifest->value(k("range")).toMap();
    const int inc = static_cast<int>(range.value(k("incarnation")).toInteger());
    const qint64 from = range.value(k("from")).toInteger();
    const qint64 to = range.value(k("to")).toInteger();
    if (inc == partner->recvIncarnation || inc > partner->recvIncarnation) {
        if (from <= partner->recvOrder + 1 || inc > partner->recvIncarnation) {
            if (from <= partner->recvOrder + 1 && later(inc, to, partner->recvIncarnation, partner->recvOrder)) {
                partner->recvIncarnation = inc;
                partner->recvOrder = to;
            }
        }
    }
    if (acksMine) {
        const int ackInc = static_cast<int>(acks.value(k("incarnation")).toInteger());
        const qint64 ackOrder = acks.value(k("order")).toInteger();
        if (later(ackInc, ackOrder, partner->ackedIncarnation, partner->ackedOrder)) {
            partner->ackedIncarnation = ackInc;
            partner->ackedOrder = ackOrder;
        }
        partner->ackedAuditSeq = std::max(partner->ackedAuditSeq, acks.value(k("audit_seq")).toInteger());
    }
    partner->recvAuditSeq = std::max(partner->recvAuditSeq, auditSeq);
    QJsonObject have;
    const QCborMap haveMap = manifest->value(k("have")).toMap();
    for (auto it = haveMap.constBegin(); it != haveMap.constEnd(); ++it)
        have.insert(it.key().toString(), static_cast<double>(it.value().toInteger()));
    partner->theirHave = have;
    const QString created = manifest->value(k("created")).toMap().value(k("wall")).toString();
    if (partner->lastBundleCreated.isEmpty() || created > partner->lastBundleCreated) {
        partner->lastBundleId = bundleId;
        partner->lastBundleCreated = created;
    }
    partner->lastReceivedAt = nowTimestamp();
    if (Status s = sync_partners::save(db, *partner); !s.ok())
        return s.error();
    if (Status s = Replica::observe(db, manifest->value(k("created")).toMap().value(k("hlc")).toInteger()); !s.ok())
        return s.error();

    // Keys: a rotation announced by the sender (signed by its previous key), revocations from the county.
    const QByteArray announced = manifest->value(k("keys")).toByteArray();
    if (!announced.isEmpty()) {
        Result<PublicKeySet> next = OfficeKeys::parsePublic(announced);
        if (next && next->keyId != signer->keys.keyId && next->officeCode == signer->keys.officeCode
            && next->generation > signer->keys.generation) {
            if (Status s = OfficeKeys::acceptRotation(db, *next, signer->keys.keyId); !s.ok())
                return s.error();
            report.notes << tr("Office %1 has a new key (%2); it is trusted in place of the old one.")
                                .arg(next->officeCode, next->keyId);
        }
    }
    if (ctx.senderIsCounty) {
        for (const QCborValue &v : manifest->value(k("revocations")).toArray()) {
            const QString keyId = v.toMap().value(k("key_id")).toString();
            Result<TrustedKey> key = OfficeKeys::trustedById(db, keyId);
            if (key && !key->revoked()) {
                Query q(db, QStringLiteral("UPDATE trusted_key SET revoked_at = :at, revoked_reason = :r WHERE key_id = :k"));
                q.bind(QStringLiteral(":at"), nowTimestamp())
                    .bind(QStringLiteral(":r"), v.toMap().value(k("reason")).toString())
                    .bind(QStringLiteral(":k"), keyId);
                if (Status s = q.exec(tr("recording a revoked key")); !s.ok())
                    return s.error();
                report.notes << tr("The county revoked the key %1 of office %2.").arg(keyId, key->keys.officeCode);
            }
        }
    }

    report.status = dryRun ? QStringLiteral("dry-run") : QStringLiteral("applied");
    const QString summary = QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact));
    if (Status s = writeLedger(db, bundleId, hash, *manifest, QStringLiteral("applied"), session.username, QString(),
                               QString(), summary, report.ops);
        !s.ok())
        return s.error();
    if (Status s = AuditLog::append(db, session.actor(), QStringLiteral("sync.import"), QStringLiteral("bundle"), bundleId,
                                    QStringLiteral("from %1, ops %2, conflicts %3")
                                        .arg(report.senderOffice)
                                        .arg(report.ops)
                                        .arg(report.newConflicts));
        !s.ok())
        return s.error();
    if (dryRun) {
        tx.rollback();
        return report;
    }
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    return report;
}

QList<Result<ImportReport>> SyncImport::importMany(Database &db, const Session &session, const UnlockedKeys &keys,
                                                   const QStringList &paths, bool dryRun, const SyncProgress &progress)
{
    QList<Result<ImportReport>> out;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const SyncProgress each = [&](qint64 done, qint64 total, const QString &stage) {
            if (!progress)
                return true;
            return progress(i * 1000 + (total > 0 ? done * 1000 / total : 0), paths.size() * 1000,
                            tr("%1 (%2 of %3)").arg(stage).arg(i + 1).arg(paths.size()));
        };
        out << import(db, session, keys, paths[i], dryRun, each);
    }
    return out;
}

QList<Result<ImportReport>> SyncImport::retryQuarantined(Database &db, const Session &session,
                                                         const UnlockedKeys &keys)
{
    QList<Result<ImportReport>> out;
    QStringList files;
    QStringList ids;
    {
        Query q(db, QStringLiteral("SELECT bundle_id, kept_file FROM bundle_ledger WHERE direction = 'in' AND "
                                   "status = 'quarantined' ORDER BY at"));
        if (Status s = q.exec(tr("reading the import ledger")); !s.ok()) {
            out << Result<ImportReport>(s.error());
            return out;
        }
        while (q.next()) {
            ids << q.text(0);
            files << q.text(1);
        }
    }
    for (qsizetype i = 0; i < files.size(); ++i) {
        Result<ImportReport> r = import(db, session, keys, files[i]);
        if (r && r->status == QLatin1String("applied")) {
            Transaction tx(db);
            Query q(db, QStringLiteral("UPDATE bundle_ledger SET status = 'retried' WHERE bundle_id = :b AND "
                                       "direction = 'in' AND status = 'quarantined'"));
            q.bind(QStringLiteral(":b"), ids[i]);
            if (tx.ok() && q.exec(tr("recording the import")).ok())
                (void)tx.commit();
            QFile::remove(files[i]);
        }
        out << r;
    }
    return out;
}

}  // namespace sifa
