#include "mediation/DisputeSearch.h"

#include "storage/BulkStatement.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

// The search documents in the database: written from a dispute and its parties (see
// DisputeSearch.cpp for how a document is built from them).
namespace sifa {

namespace {


QString jsonArray(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

}  // namespace

namespace {

// What a document needs of a dispute, read by reindex and rebuildAll.
const char *const kDocumentColumns =
    "rid, uuid, case_no, title, place, referral_body, summary, claims, status, dispute_type, source, risk_level, "
    "committee_uuid, lead_mediator_uuid, assist_mediator_uuid, registered_date, accepted_date, deleted";

Dispute readDocumentDispute(Query &q, qint64 &rid)
{
    Dispute d;
    rid = q.integer(0);
    d.uuid = q.text(1);
    d.caseNo = q.text(2);
    d.title = q.text(3);
    d.place = q.text(4);
    d.referralBody = q.text(5);
    d.summary = q.text(6);
    d.claims = q.text(7);
    d.status = q.text(8);
    d.disputeType = q.text(9);
    d.source = q.text(10);
    d.riskLevel = q.text(11);
    d.committeeUuid = q.text(12);
    d.leadMediatorUuid = q.text(13);
    d.assistMediatorUuid = q.text(14);
    d.registeredDate = fromStoredDate(q.text(15));
    d.acceptedDate = fromStoredDate(q.text(16));
    d.deleted = q.integer(17) != 0;
    return d;
}

Status readParties(Database &db, const QString &disputeUuid, QList<DisputeParty> &parties, const QString &doing)
{
    Query q(db, QStringLiteral("SELECT name, id_number, phone, deleted FROM dispute_party WHERE dispute_uuid = :u"),
            Query::Cached);
    q.bind(QStringLiteral(":u"), disputeUuid);
    if (Status s = q.exec(doing); !s.ok())
        return s;
    while (q.next()) {
        DisputeParty p;
        p.name = q.text(0);
        p.idNumber = q.text(1);
        p.phone = q.text(2);
        p.deleted = q.integer(3) != 0;
        parties << p;
    }
    return {};
}

// An unchanged document is not written again: the triggers would rewrite its index entries.
Status writeDocument(Database &db, qint64 rid, const DisputeSearch::Document &doc, const QString &doing)
{
    Query up(db, QStringLiteral("INSERT INTO dispute_search(rid, uni, bi, py, tags, digits) VALUES (:r, :a, :b, :c, :t, :d) "
                                "ON CONFLICT(rid) DO UPDATE SET uni = excluded.uni, bi = excluded.bi, py = excluded.py, "
                                "tags = excluded.tags, digits = excluded.digits WHERE uni IS NOT excluded.uni OR "
                                "bi IS NOT excluded.bi OR py IS NOT excluded.py OR tags IS NOT excluded.tags OR "
                                "digits IS NOT excluded.digits"),
             Query::Cached);
    up.bind(QStringLiteral(":r"), rid)
        .bind(QStringLiteral(":a"), doc.uni)
        .bind(QStringLiteral(":b"), doc.bi)
        .bind(QStringLiteral(":c"), doc.py)
        .bind(QStringLiteral(":t"), doc.tags)
        .bind(QStringLiteral(":d"), doc.digits);
    return up.exec(doing);
}

}  // namespace

Status DisputeSearch::reindex(Database &db, const QString &disputeUuid)
{
    const QString doing = DisputeSearch::tr("updating the search index");
    Dispute d;
    qint64 rid = 0;
    {
        Query q(db, QStringLiteral("SELECT %1 FROM dispute WHERE uuid = :u").arg(QLatin1String(kDocumentColumns)),
                Query::Cached);
        q.bind(QStringLiteral(":u"), disputeUuid);
        if (Status s = q.exec(doing); !s.ok())
            return s;
        if (!q.next())
            return {};
        d = readDocumentDispute(q, rid);
    }
    QList<DisputeParty> parties;
    if (Status s = readParties(db, disputeUuid, parties, doing); !s.ok())
        return s;
    return writeDocument(db, rid, build(d, parties), doing);
}

Status DisputeSearch::rebuildAll(Database &db, const std::function<void(qint64, qint64)> &progress)
{
    const QString doing = DisputeSearch::tr("rebuilding the search index");
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<QVariant> total = Query::scalar(db, QStringLiteral("SELECT COUNT(*) FROM dispute"), {}, doing, 0);
    if (!total)
        return total.status();
    if (Status s = db.exec(QStringLiteral("DELETE FROM dispute_search WHERE rid NOT IN (SELECT rid FROM dispute)"), doing);
        !s.ok())
        return s;
    // In rid order: FTS5 keeps appending to its in-memory segment while rowids increase.
    Query q(db, QStringLiteral("SELECT %1 FROM dispute ORDER BY rid").arg(QLatin1String(kDocumentColumns)));
    if (Status s = q.exec(doing); !s.ok())
        return s;
    qint64 done = 0;
    while (q.next()) {
        qint64 rid = 0;
        const Dispute d = readDocumentDispute(q, rid);
        QList<DisputeParty> parties;
        if (Status s = readParties(db, d.uuid, parties, doing); !s.ok())
            return s;
        if (Status s = writeDocument(db, rid, build(d, parties), doing); !s.ok())
            return s;
        if (progress && ++done % 10000 == 0)
            progress(done, total->toLongLong());
    }
    // One segment per table: the fewest pages to read for every query afterwards.
    for (const char *table : {"dispute_fts_words", "dispute_fts_digits"}) {
        if (Status s = db.exec(QStringLiteral("INSERT INTO %1(%1) VALUES ('optimize')").arg(QLatin1String(table)), doing); !s.ok())
            return s;
    }
    if (Status s = tx.commit(); !s.ok())
        return s;
    if (progress)
        progress(total->toLongLong(), total->toLongLong());
    return {};
}

Status DisputeSearch::reindexForParty(Database &db, const QString &partyUuid)
{
    Result<QVariant> dispute = Query::scalar(db, QStringLiteral("SELECT dispute_uuid FROM dispute_party WHERE uuid = :u"),
                                             {{QStringLiteral(":u"), partyUuid}}, DisputeSearch::tr("updating the search index"));
    if (!dispute)
        return dispute.status();
    if (dispute->isNull())
        return {};
    return reindex(db, dispute->toString());
}


// Many documents in few statements (two reads, then one staged upsert of them all): SQLite 3.40's
// FTS5 flushes its pending terms at the start and end of every statement that opens a statement
// journal, so a bulk load (an import) written one document per statement is several times
// slower. Gives what reindex() gives dispute by dispute.
Status DisputeSearch::reindexMany(Database &db, const QStringList &disputeUuids)
{
    if (disputeUuids.isEmpty())
        return {};
    const QString doing = DisputeSearch::tr("updating the search index");
    const QString uuids = jsonArray(disputeUuids);
    QHash<QString, QPair<qint64, Dispute>> disputes;
    {
        Query q(db, QStringLiteral("SELECT %1 FROM dispute WHERE uuid IN (SELECT value FROM json_each(:u))")
                        .arg(QLatin1String(kDocumentColumns)));
        q.bind(QStringLiteral(":u"), uuids);
        if (Status s = q.exec(doing); !s.ok())
            return s;
        while (q.next()) {
            qint64 rid = 0;
            const Dispute d = readDocumentDispute(q, rid);
            disputes.insert(d.uuid, {rid, d});
        }
    }
    QHash<QString, QList<DisputeParty>> parties;
    {
        Query q(db, QStringLiteral("SELECT dispute_uuid, name, id_number, phone, deleted FROM dispute_party "
                                   "WHERE dispute_uuid IN (SELECT value FROM json_each(:u))"),
                Query::Cached);
        q.bind(QStringLiteral(":u"), uuids);
        if (Status s = q.exec(doing); !s.ok())
            return s;
        while (q.next()) {
            DisputeParty p;
            p.name = q.text(1);
            p.idNumber = q.text(2);
            p.phone = q.text(3);
            p.deleted = q.integer(4) != 0;
            parties[q.text(0)] << p;
        }
    }
    QVariantList docs;
    docs.reserve(disputes.size() * 6);
    for (const QString &uuid : disputeUuids) {
        const auto d = disputes.constFind(uuid);
        if (d == disputes.cend())
            continue;  // as reindex: no case, no document
        const Document doc = build(d->second, parties.value(uuid));
        docs << d->first << doc.uni << doc.bi << doc.py << doc.tags << doc.digits;
    }
    if (docs.isEmpty())
        return {};
    BulkInsert up(db, QStringLiteral("dispute_search"),
                  {QStringLiteral("rid"), QStringLiteral("uni"), QStringLiteral("bi"), QStringLiteral("py"),
                   QStringLiteral("tags"), QStringLiteral("digits")},
                  QStringLiteral("ON CONFLICT(rid) DO UPDATE SET uni = excluded.uni, bi = excluded.bi, "
                                 "py = excluded.py, tags = excluded.tags, digits = excluded.digits WHERE "
                                 "uni IS NOT excluded.uni OR bi IS NOT excluded.bi OR py IS NOT excluded.py OR "
                                 "tags IS NOT excluded.tags OR digits IS NOT excluded.digits"),
                  BulkInsert::Mode::Staged);
    if (Status s = up.insert(docs, doing); !s.ok())
        return s;
    return up.finish(doing);
}

}  // namespace sifa
