// The writing pass of the ledger import: every row of a checked ledger through the change log,
// in one transaction and one ChangeLog::Batch, a few hundred rows per statement.
#include "mediation/LedgerImportDetail.h"

#include "mediation/Dispute.h"
#include "mediation/LedgerRow.h"
#include "mediation/LedgerSheet.h"
#include "mediation/MediationEntities.h"
#include "people/PersonService.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "sync/ChangeLog.h"
#include "sync/Entities.h"
#include "util/OrderedUuid.h"
#include "util/Time.h"

namespace sifa {
namespace ledger_detail {

namespace {

constexpr int kImportCacheKiB = 96 * 1024;   // page cache while importing
constexpr int kRowsPerFlush = 500;           // ledger rows written together
constexpr int kPeoplePerFlush = 5000;        // people entered together (one full-text segment)

// Time-ordered: the import's many rows go to the end of every uuid index.
QString newUuid()
{
    return orderedUuid();
}

// Settings for a bulk write, for a while: a larger page cache (the write touches pages all over
// the tables and their indexes, and SQLite would spill them to the log again and again), and
// statement journals in memory (each multi-row insert journals the pages it changes, and the
// default spills that journal to a temporary file once it passes 64 KiB).
class BulkSettings {
public:
    BulkSettings(Database &db, int kib) : m_db(db)
    {
        Result<QVariant> cache = Query::scalar(db, QStringLiteral("PRAGMA cache_size"), {}, QString());
        Result<QVariant> temp = Query::scalar(db, QStringLiteral("PRAGMA temp_store"), {}, QString());
        if (!cache || !temp)
            return;
        m_cache = cache->toInt();
        m_temp = temp->toInt();
        (void)db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(-kib));
        (void)db.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    }
    ~BulkSettings()
    {
        if (m_cache == 0)
            return;
        (void)m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cache));
        (void)m_db.exec(QStringLiteral("PRAGMA temp_store = %1").arg(m_temp));
    }
    BulkSettings(const BulkSettings &) = delete;
    BulkSettings &operator=(const BulkSettings &) = delete;

private:
    Database &m_db;
    int m_cache = 0;
    int m_temp = 0;
};

using Rows = QList<QPair<QString, QVariantMap>>;

// Collects the records of many ledger rows and writes them entity by entity.
class Writer {
public:
    Writer(Database &db, const Access &access, const Known &known)
        : m_db(db), m_actor(access.actor()), m_registrar(access.username()), m_known(known),
          m_office(db.meta(QStringLiteral("office_code"))), m_today(Clock::today()),
          m_committees(known.committees), m_mediators(known.mediators)
    {
    }

    void committee(const QString &name)
    {
        const QString uuid = newUuid();
        m_committees.insert(name, uuid);
        m_pending[KCommittee] << qMakePair(uuid, QVariantMap{{QStringLiteral("office_code"), m_office},
                                                            {QStringLiteral("name"), name},
                                                            {QStringLiteral("kind"), LedgerImport::committeeKind(name)}});
    }

    void mediator(const QString &name, const QString &committeeName)
    {
        const QString uuid = newUuid();
        m_mediators.insert(name, uuid);
        m_pending[KMediator] << qMakePair(uuid, QVariantMap{{QStringLiteral("office_code"), m_office},
                                                           {QStringLiteral("name"), name},
                                                           {QStringLiteral("committee_uuid"), m_committees.value(committeeName)},
                                                           {QStringLiteral("active"), 1}});
    }

    void row(const LedgerRecord &rec)
    {
        const QString uuid = newUuid();
        m_pending[KDispute] << qMakePair(uuid, disputeFields(rec));
        int seq = 0;
        for (const LedgerParty &p : rec.parties) {
            m_pending[KParty] << qMakePair(
                newUuid(), QVariantMap{{QStringLiteral("office_code"), m_office},
                                       {QStringLiteral("dispute_uuid"), uuid},
                                       {QStringLiteral("seq"), ++seq},
                                       {QStringLiteral("role"), p.role},
                                       {QStringLiteral("kind"), p.organisation ? QStringLiteral("org") : QStringLiteral("person")},
                                       {QStringLiteral("person_uuid"), personFor(p)},
                                       {QStringLiteral("name"), p.name},
                                       {QStringLiteral("id_number"), p.idNumber}});
        }
        if (rec.outcome.agreement)
            agreement(rec, uuid);
    }

    // Writes what was collected: committees and mediators, then the cases.
    Status flush()
    {
        static const QList<QPair<Kind, const EntityDef *(*)()>> order{
            {KCommittee, [] { return &MediationEntities::committee(); }},
            {KMediator, [] { return &MediationEntities::mediator(); }},
            {KDispute, [] { return &MediationEntities::dispute(); }},
            {KParty, [] { return &MediationEntities::party(); }},
            {KAgreement, [] { return &MediationEntities::agreement(); }},
            {KClause, [] { return &MediationEntities::clause(); }},
        };
        for (const auto &[kind, entity] : order) {
            Rows &rows = m_pending[kind];
            if (rows.isEmpty())
                continue;
            Result<QStringList> ops = ChangeLog::createMany(m_db, m_actor, *entity(), rows);
            if (!ops)
                return ops.status();
            rows.clear();
        }
        return {};
    }

    // The people the import entered, written after every case. The person table feeds a
    // full-text index through its trigger, and once an FTS5 table takes part in a transaction
    // every later statement of it pays the index's savepoint: written first, the people made
    // the rest of a 100,000-row import 8 s slower. Nothing refers to them by a foreign key,
    // and the parties already carry their uuids.
    Status flushPeople()
    {
        Rows rows;
        for (qsizetype i = 0; i < m_people.size(); ++i) {
            const NewPerson &p = m_people.at(i);
            Person person;
            person.name = p.name;
            person.idNumber = p.idNumber;
            person = PersonService::normalized(person, m_today);
            person.uuid = p.uuid;
            person.officeCode = m_office;
            rows << qMakePair(person.uuid, person.fields());
            if (rows.size() == kPeoplePerFlush || i + 1 == m_people.size()) {
                Result<QStringList> ops = ChangeLog::createMany(m_db, m_actor, Entities::person(), rows);
                if (!ops)
                    return ops.status();
                rows.clear();
            }
        }
        m_people.clear();
        return {};
    }

private:
    enum Kind { KCommittee, KMediator, KDispute, KParty, KAgreement, KClause, KCount };

    // The person of a party with an ID number: in the index already, or entered now.
    QString personFor(const LedgerParty &p)
    {
        if (p.idNumber.isEmpty())
            return QString();
        if (const QString known = m_known.people.value(p.idNumber); !known.isEmpty())
            return known;
        if (const QString entered = m_entered.value(p.idNumber); !entered.isEmpty())
            return entered;
        const QString uuid = newUuid();
        m_people.append({uuid, p.name, p.idNumber});
        m_entered.insert(p.idNumber, uuid);
        return uuid;
    }

    QVariantMap disputeFields(const LedgerRecord &rec) const
    {
        const LedgerOutcome &o = rec.outcome;
        return {{QStringLiteral("office_code"), m_office},
                {QStringLiteral("case_no"), rec.caseNo},
                {QStringLiteral("source"), rec.source},
                {QStringLiteral("referral_kind"), rec.referralKind},
                {QStringLiteral("dispute_type"), rec.type},
                {QStringLiteral("summary"), rec.summary},
                {QStringLiteral("persons_involved"), rec.persons},
                {QStringLiteral("amount_involved"), rec.amountFen},
                {QStringLiteral("committee_uuid"), m_committees.value(rec.committee)},
                {QStringLiteral("lead_mediator_uuid"), m_mediators.value(rec.mediators.value(0))},
                {QStringLiteral("assist_mediator_uuid"), m_mediators.value(rec.mediators.value(1))},
                {QStringLiteral("status"), o.status},
                {QStringLiteral("registered_date"), toStoredDate(rec.registered)},
                {QStringLiteral("accepted_date"), toStoredDate(rec.accepted)},
                {QStringLiteral("decided_date"), toStoredDate(o.decided)},
                {QStringLiteral("result"), o.result},
                {QStringLiteral("result_date"), toStoredDate(o.resultDate)},
                {QStringLiteral("closed_date"), toStoredDate(o.closed)},
                {QStringLiteral("archived_date"), toStoredDate(o.archived)},
                {QStringLiteral("registrar"), m_registrar}};
    }

    void agreement(const LedgerRecord &rec, const QString &disputeUuid)
    {
        const LedgerOutcome &o = rec.outcome;
        const QString uuid = newUuid();
        m_pending[KAgreement] << qMakePair(uuid, QVariantMap{{QStringLiteral("office_code"), m_office},
                                                                {QStringLiteral("dispute_uuid"), disputeUuid},
                                                                {QStringLiteral("form"), o.form},
                                                                {QStringLiteral("agreed_date"), toStoredDate(o.agreedDate)},
                                                                {QStringLiteral("effective_date"), toStoredDate(o.agreedDate)},
                                                                {QStringLiteral("facts"), rec.summary},
                                                                {QStringLiteral("amount"), rec.agreedFen},
                                                                {QStringLiteral("performance_status"), o.performanceStatus},
                                                                {QStringLiteral("performance_date"), toStoredDate(o.performanceDate)}});
        const QString text = rec.agreedFen > 0
                                 ? LedgerImport::tr("Terms as recorded in the imported ledger; agreed amount %1 yuan.")
                                       .arg(formatYuan(rec.agreedFen))
                                 : LedgerImport::tr("Terms as recorded in the imported ledger.");
        m_pending[KClause] << qMakePair(newUuid(), QVariantMap{{QStringLiteral("office_code"), m_office},
                                                              {QStringLiteral("agreement_uuid"), uuid},
                                                              {QStringLiteral("seq"), 1},
                                                              {QStringLiteral("text"), text},
                                                              {QStringLiteral("amount"), rec.agreedFen}});
    }

    Database &m_db;
    Actor m_actor;
    QString m_registrar;
    const Known &m_known;
    QString m_office;
    QDate m_today;
    QHash<QString, QString> m_committees;
    QHash<QString, QString> m_mediators;
    QHash<QString, QString> m_entered;  // ID number → person entered by this import
    struct NewPerson {
        QString uuid;
        QString name;
        QString idNumber;
    };
    QList<NewPerson> m_people;  // written by flushPeople()
    Rows m_pending[KCount];
};

}  // namespace

Status write(Database &db, const Access &access, const LedgerSheet &sheet, const Checked &checked,
             const LedgerImportPlan &plan, const Known &known, Progress &progress, int *disputes)
{
    *disputes = 0;
    BulkSettings settings(db, kImportCacheKiB);
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    ChangeLog::Batch batch(db, access.actor(), QStringLiteral("dispute.import"),
                           QStringLiteral("%1, %2 rows").arg(plan.format).arg(plan.dataRows));
    Writer writer(db, access, known);
    for (const QString &name : plan.newCommittees)
        writer.committee(name);
    for (const QString &name : plan.newMediators)
        writer.mediator(name, checked.mediatorCommittee.value(name));
    const QDate today = Clock::today();
    const int firstData = checked.header.row + 1;
    int collected = 0;
    for (int r = firstData; r < sheet.rowCount(); ++r) {
        if (!progress.advance())
            return {};  // cancelled: the transaction rolls back
        if (sheet.rowIsEmpty(r))
            continue;
        QStringList problems;
        const LedgerRecord rec = LedgerRow::read(sheet, r, checked.header, today, &problems);
        if (!problems.isEmpty()) {
            // The rows were checked a moment ago; reading them again must give the same.
            return Status::failure(ErrorCode::Internal, QStringLiteral("row %1 changed between check and write: %2")
                                                            .arg(r - checked.header.row)
                                                            .arg(problems.first()));
        }
        writer.row(rec);
        ++*disputes;
        if (++collected == kRowsPerFlush) {
            collected = 0;
            if (Status s = writer.flush(); !s.ok())
                return s;
        }
    }
    if (Status s = writer.flush(); !s.ok())
        return s;
    if (Status s = writer.flushPeople(); !s.ok())
        return s;
    // The search index, once per case: the last third of the progress.
    const qint64 base = progress.done();
    const qint64 rows = qMax(0, sheet.rowCount() - firstData);
    Status finished = batch.finish([&](qsizetype done, qsizetype total) {
        return progress.advance(base + (total > 0 ? rows * done / total : rows) - progress.done());
    });
    if (progress.cancelled())
        return {};
    if (!finished.ok())
        return finished;
    return tx.commit();
}

}  // namespace ledger_detail
}  // namespace sifa
