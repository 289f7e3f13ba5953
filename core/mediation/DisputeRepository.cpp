#include "mediation/DisputeRepository.h"

#include "mediation/DisputeSearch.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "util/Time.h"

#include <QStringList>

namespace sifa {

namespace {

const char *const kDisputeColumns =
    "uuid, office_code, case_no, title, source, referral_kind, referral_body, screening_uuid, dispute_type, summary, "
    "claims, persons_involved, amount_involved, place, committee_uuid, lead_mediator_uuid, assist_mediator_uuid, "
    "status, registered_date, accepted_date, decided_date, not_accepted_reason, risk_level, is_group, "
    "group_headcount, is_major, reported_to_police, prevent_criminal_cases, prevent_criminal_persons, "
    "prevent_petition_cases, prevent_petition_persons, prevent_fight_cases, prevent_fight_persons, "
    "prevent_suicide_cases, prevent_suicide_persons, extension_until, extension_note, result, result_date, "
    "termination_reason, routes_explained, closed_date, archived_date, filed_by, retention, responsible_leader, "
    "responsible_deadline, responsible_assigned, responsible_closed, registrar, created_at, updated_at, "
    "updated_by, deleted";

QVariantList rowValues(Query &q, int n)
{
    QVariantList row;
    row.reserve(n);
    for (int i = 0; i < n; ++i)
        row << q.value(i);
    return row;
}

// ORDER BY and keyset columns of each sort.
QString sortColumn(LedgerQuery::Sort sort)
{
    switch (sort) {
    case LedgerQuery::Sort::Entered: return QString();
    case LedgerQuery::Sort::Registered: return QStringLiteral("d.registered_date");
    case LedgerQuery::Sort::Accepted: return QStringLiteral("d.accepted_date");
    case LedgerQuery::Sort::CaseNo: return QStringLiteral("d.case_no");
    case LedgerQuery::Sort::Status: return QStringLiteral("d.status");
    case LedgerQuery::Sort::Type: return QStringLiteral("d.dispute_type");
    }
    return QString();
}

struct Sql {
    QString from;
    QStringList where;
    QVariantMap bind;
    QString rowid;  // the expression that orders rows by entry
};

Sql buildSql(const LedgerQuery &q)
{
    Sql s;
    const DisputeSearch::Terms terms = DisputeSearch::parse(q.search);
    if (!terms.words.isEmpty()) {
        // The word index drives the query, newest entry first, so a first page stops early.
        s.from = QStringLiteral("dispute_fts_words f JOIN dispute_search s ON s.rid = f.rowid "
                                "JOIN dispute d ON d.uuid = s.uuid");
        s.where << QStringLiteral("dispute_fts_words MATCH :words");
        s.bind.insert(QStringLiteral(":words"), terms.words);
        s.rowid = QStringLiteral("f.rowid");
        if (!terms.digits.isEmpty()) {
            s.where << QStringLiteral("s.rid IN (SELECT rowid FROM dispute_fts_digits WHERE dispute_fts_digits MATCH :digits)");
            s.bind.insert(QStringLiteral(":digits"), terms.digits);
        }
    } else if (!terms.digits.isEmpty()) {
        s.from = QStringLiteral("dispute_fts_digits g JOIN dispute_search s ON s.rid = g.rowid "
                                "JOIN dispute d ON d.uuid = s.uuid");
        s.where << QStringLiteral("dispute_fts_digits MATCH :digits");
        s.bind.insert(QStringLiteral(":digits"), terms.digits);
        s.rowid = QStringLiteral("g.rowid");
    } else {
        s.from = QStringLiteral("dispute d");
        s.rowid = QStringLiteral("d.rowid");
        if (!q.search.trimmed().isEmpty())
            s.where << QStringLiteral("0");  // nothing searchable in the text: no match
    }
    if (!q.includeDeleted)
        s.where << QStringLiteral("d.deleted = 0");
    if (!q.statuses.isEmpty()) {
        QStringList marks;
        for (int i = 0; i < q.statuses.size(); ++i) {
            marks << QStringLiteral(":st%1").arg(i);
            s.bind.insert(marks.last(), q.statuses[i]);
        }
        s.where << QStringLiteral("d.status IN (%1)").arg(marks.join(u", "));
    }
    auto equals = [&s](const QString &column, const QString &mark, const QString &value) {
        if (value.isEmpty())
            return;
        s.where << QStringLiteral("%1 = %2").arg(column, mark);
        s.bind.insert(mark, value);
    };
    equals(QStringLiteral("d.dispute_type"), QStringLiteral(":type"), q.disputeType);
    equals(QStringLiteral("d.source"), QStringLiteral(":source"), q.source);
    equals(QStringLiteral("d.committee_uuid"), QStringLiteral(":committee"), q.committeeUuid);
    equals(QStringLiteral("d.risk_level"), QStringLiteral(":risk"), q.riskLevel);
    if (!q.mediatorUuid.isEmpty()) {
        s.where << QStringLiteral("(d.lead_mediator_uuid = :mediator OR d.assist_mediator_uuid = :mediator)");
        s.bind.insert(QStringLiteral(":mediator"), q.mediatorUuid);
    }
    const QString day = QStringLiteral("(CASE WHEN d.accepted_date <> '' THEN d.accepted_date ELSE d.registered_date END)");
    if (q.from.isValid()) {
        s.where << day + QStringLiteral(" >= :from");
        s.bind.insert(QStringLiteral(":from"), toStoredDate(q.from));
    }
    if (q.to.isValid()) {
        s.where << day + QStringLiteral(" <= :to");
        s.bind.insert(QStringLiteral(":to"), toStoredDate(q.to));
    }
    return s;
}

QString whereOf(const QStringList &where)
{
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(u" AND ");
}

}  // namespace

Dispute DisputeRepository::readDispute(const QVariantList &r)
{
    Dispute d;
    int i = 0;
    auto text = [&]() { return r.value(i++).toString(); };
    auto integer = [&]() { return r.value(i++).toLongLong(); };
    auto date = [&]() { return fromStoredDate(r.value(i++).toString()); };
    d.uuid = text();
    d.officeCode = text();
    d.caseNo = text();
    d.title = text();
    d.source = text();
    d.referralKind = text();
    d.referralBody = text();
    d.screeningUuid = text();
    d.disputeType = text();
    d.summary = text();
    d.claims = text();
    d.personsInvolved = static_cast<int>(integer());
    d.amountInvolvedFen = integer();
    d.place = text();
    d.committeeUuid = text();
    d.leadMediatorUuid = text();
    d.assistMediatorUuid = text();
    d.status = text();
    d.registeredDate = date();
    d.acceptedDate = date();
    d.decidedDate = date();
    d.notAcceptedReason = text();
    d.riskLevel = text();
    d.isGroup = integer() != 0;
    d.groupHeadcount = static_cast<int>(integer());
    d.isMajor = integer() != 0;
    d.reportedToPolice = integer() != 0;
    d.preventCriminalCases = static_cast<int>(integer());
    d.preventCriminalPersons = static_cast<int>(integer());
    d.preventPetitionCases = static_cast<int>(integer());
    d.preventPetitionPersons = static_cast<int>(integer());
    d.preventFightCases = static_cast<int>(integer());
    d.preventFightPersons = static_cast<int>(integer());
    d.preventSuicideCases = static_cast<int>(integer());
    d.preventSuicidePersons = static_cast<int>(integer());
    d.extensionUntil = date();
    d.extensionNote = text();
    d.result = text();
    d.resultDate = date();
    d.terminationReason = text();
    d.routesExplained = integer() != 0;
    d.closedDate = date();
    d.archivedDate = date();
    d.filedBy = text();
    d.retention = text();
    d.responsibleLeader = text();
    d.responsibleDeadline = date();
    d.responsibleAssigned = date();
    d.responsibleClosed = date();
    d.registrar = text();
    d.createdAt = text();
    d.updatedAt = text();
    d.updatedBy = text();
    d.deleted = integer() != 0;
    return d;
}

Result<Dispute> DisputeRepository::get(const Database &db, const QString &uuid)
{
    Query q(db, QStringLiteral("SELECT %1 FROM dispute WHERE uuid = :u").arg(QLatin1String(kDisputeColumns)), Query::Cached);
    q.bind(QStringLiteral(":u"), uuid);
    if (Status s = q.exec(tr("reading a case")); !s.ok())
        return s.error();
    if (!q.next())
        return Result<Dispute>::failure(ErrorCode::NotFound, tr("This case does not exist."));
    Dispute d = readDispute(rowValues(q, 54));
    Result<QList<DisputeParty>> p = parties(db, uuid);
    if (!p)
        return p.error();
    d.parties = *p;
    return d;
}

Result<QList<DisputeParty>> DisputeRepository::parties(const Database &db, const QString &disputeUuid)
{
    Query q(db, QStringLiteral("SELECT uuid, dispute_uuid, seq, role, kind, person_uuid, name, legal_rep, address, phone, "
                               "id_number, deleted FROM dispute_party WHERE dispute_uuid = :u AND deleted = 0 "
                               "ORDER BY seq, created_at"),
            Query::Cached);
    q.bind(QStringLiteral(":u"), disputeUuid);
    if (Status s = q.exec(tr("reading the parties")); !s.ok())
        return s.error();
    QList<DisputeParty> out;
    while (q.next()) {
        DisputeParty p;
        p.uuid = q.text(0);
        p.disputeUuid = q.text(1);
        p.seq = static_cast<int>(q.integer(2));
        p.role = q.text(3);
        p.kind = q.text(4);
        p.personUuid = q.text(5);
        p.name = q.text(6);
        p.legalRep = q.text(7);
        p.address = q.text(8);
        p.phone = q.text(9);
        p.idNumber = q.text(10);
        p.deleted = q.integer(11) != 0;
        out << p;
    }
    return out;
}

Result<QList<DisputeRecord>> DisputeRepository::records(const Database &db, const QString &disputeUuid)
{
    Query q(db, QStringLiteral("SELECT uuid, kind, record_time, place, staff, subjects, participants, recorder, content "
                               "FROM dispute_record WHERE dispute_uuid = :u AND deleted = 0 ORDER BY record_time, created_at"));
    q.bind(QStringLiteral(":u"), disputeUuid);
    if (Status s = q.exec(tr("reading the records")); !s.ok())
        return s.error();
    QList<DisputeRecord> out;
    while (q.next()) {
        DisputeRecord r;
        r.uuid = q.text(0);
        r.disputeUuid = disputeUuid;
        r.kind = q.text(1);
        r.time = QDateTime::fromString(q.text(2), QStringLiteral("yyyy-MM-ddTHH:mm"));
        r.place = q.text(3);
        r.staff = q.text(4);
        r.subjects = q.text(5);
        r.participants = q.text(6);
        r.recorder = q.text(7);
        r.content = q.text(8);
        out << r;
    }
    return out;
}

Result<std::optional<Agreement>> DisputeRepository::agreement(const Database &db, const QString &disputeUuid)
{
    Query q(db, QStringLiteral("SELECT uuid, agreement_no, form, agreed_date, effective_date, facts, performance_method, "
                               "performance_deadline, copies, amount, performance_status, performance_date, jc_applied_date, "
                               "jc_court, jc_result, jc_ruling_no, jc_result_date FROM agreement "
                               "WHERE dispute_uuid = :u AND deleted = 0 ORDER BY created_at DESC LIMIT 1"));
    q.bind(QStringLiteral(":u"), disputeUuid);
    if (Status s = q.exec(tr("reading the agreement")); !s.ok())
        return s.error();
    if (!q.next())
        return std::optional<Agreement>();
    Agreement a;
    a.uuid = q.text(0);
    a.disputeUuid = disputeUuid;
    a.agreementNo = q.text(1);
    a.form = q.text(2);
    a.agreedDate = fromStoredDate(q.text(3));
    a.effectiveDate = fromStoredDate(q.text(4));
    a.facts = q.text(5);
    a.performanceMethod = q.text(6);
    a.performanceDeadline = fromStoredDate(q.text(7));
    a.copies = static_cast<int>(q.integer(8));
    a.amountFen = q.integer(9);
    a.performanceStatus = q.text(10);
    a.performanceDate = fromStoredDate(q.text(11));
    a.jcAppliedDate = fromStoredDate(q.text(12));
    a.jcCourt = q.text(13);
    a.jcResult = q.text(14);
    a.jcRulingNo = q.text(15);
    a.jcResultDate = fromStoredDate(q.text(16));
    Query c(db, QStringLiteral("SELECT uuid, seq, text, amount, due_date FROM agreement_clause "
                               "WHERE agreement_uuid = :a AND deleted = 0 ORDER BY seq"));
    c.bind(QStringLiteral(":a"), a.uuid);
    if (Status s = c.exec(tr("reading the agreement")); !s.ok())
        return s.error();
    while (c.next()) {
        a.clauses << AgreementClause{c.text(0), a.uuid, static_cast<int>(c.integer(1)), c.text(2), c.integer(3),
                                     fromStoredDate(c.text(4)), false};
    }
    return std::optional<Agreement>(a);
}

Result<QList<ReturnVisit>> DisputeRepository::visits(const Database &db, const QString &disputeUuid)
{
    Query q(db, QStringLiteral("SELECT uuid, visit_date, visitor, visited, performance, satisfaction, sued, situation, "
                               "measures FROM return_visit WHERE dispute_uuid = :u AND deleted = 0 ORDER BY visit_date"));
    q.bind(QStringLiteral(":u"), disputeUuid);
    if (Status s = q.exec(tr("reading the return visits")); !s.ok())
        return s.error();
    QList<ReturnVisit> out;
    while (q.next()) {
        out << ReturnVisit{q.text(0), disputeUuid, fromStoredDate(q.text(1)), q.text(2), q.text(3), q.text(4),
                           q.text(5), q.integer(6) != 0, q.text(7), q.text(8), false};
    }
    return out;
}

Result<DisputeFile> DisputeRepository::file(const Database &db, const QString &uuid)
{
    DisputeFile f;
    Result<Dispute> d = get(db, uuid);
    if (!d)
        return d.error();
    f.dispute = *d;
    Result<QList<DisputeRecord>> r = records(db, uuid);
    Result<std::optional<Agreement>> a = agreement(db, uuid);
    Result<QList<ReturnVisit>> v = visits(db, uuid);
    if (!r || !a || !v)
        return !r ? r.error() : !a ? a.error() : v.error();
    f.records = *r;
    f.agreement = *a;
    f.visits = *v;
    return f;
}

Result<QString> DisputeRepository::findByCaseNo(const Database &db, const QString &caseNo)
{
    Result<QVariant> v = Query::scalar(db, QStringLiteral("SELECT uuid FROM dispute WHERE case_no = :c AND deleted = 0 LIMIT 1"),
                                       {{QStringLiteral(":c"), caseNo}}, tr("looking up a case number"));
    if (!v)
        return v.error();
    return v->toString();
}

QVariant DisputeRepository::sortValue(const DisputeListItem &item, LedgerQuery::Sort sort)
{
    switch (sort) {
    case LedgerQuery::Sort::Entered: return item.rowid;
    case LedgerQuery::Sort::Registered: return toStoredDate(item.registeredDate);
    case LedgerQuery::Sort::Accepted: return toStoredDate(item.acceptedDate);
    case LedgerQuery::Sort::CaseNo: return item.caseNo;
    case LedgerQuery::Sort::Status: return item.status;
    case LedgerQuery::Sort::Type: return item.disputeType;
    }
    return QVariant();
}

Result<QList<DisputeListItem>> DisputeRepository::list(const Database &db, const LedgerQuery &query)
{
    Sql s = buildSql(query);
    const QString col = sortColumn(query.sort);
    const QString dir = query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const QString cmp = query.descending ? QStringLiteral("<") : QStringLiteral(">");
    if (query.after) {
        if (col.isEmpty()) {
            s.where << QStringLiteral("%1 %2 :after_rowid").arg(s.rowid, cmp);
        } else {
            s.where << QStringLiteral("(%1 %2 :after_key OR (%1 = :after_key AND %3 %2 :after_rowid))").arg(col, cmp, s.rowid);
            s.bind.insert(QStringLiteral(":after_key"), query.after->first);
        }
        s.bind.insert(QStringLiteral(":after_rowid"), query.after->second);
    }
    const QString order = col.isEmpty() ? QStringLiteral("%1 %2").arg(s.rowid, dir)
                                        : QStringLiteral("%1 %3, %2 %3").arg(col, s.rowid, dir);
    Query q(db, QStringLiteral("SELECT %1, d.uuid, d.case_no, d.title, d.registered_date, d.accepted_date, d.dispute_type, "
                               "d.source, d.status, "
                               "(SELECT group_concat(p.name, '、') FROM dispute_party p WHERE p.dispute_uuid = d.uuid "
                               "AND p.deleted = 0 AND p.role IN ('applicant', 'respondent')), "
                               "(SELECT c.name FROM committee c WHERE c.uuid = d.committee_uuid), "
                               "(SELECT m.name FROM mediator m WHERE m.uuid = d.lead_mediator_uuid), "
                               "d.risk_level, d.result, d.closed_date FROM %2%3 ORDER BY %4 LIMIT :limit")
                    .arg(s.rowid, s.from, whereOf(s.where), order));
    for (auto it = s.bind.cbegin(); it != s.bind.cend(); ++it)
        q.bind(it.key(), it.value());
    q.bind(QStringLiteral(":limit"), qMax(1, query.limit));
    if (Status st = q.exec(tr("reading the mediation ledger")); !st.ok())
        return st.error();
    QList<DisputeListItem> out;
    while (q.next()) {
        DisputeListItem it;
        it.rowid = q.integer(0);
        it.uuid = q.text(1);
        it.caseNo = q.text(2);
        it.title = q.text(3);
        it.registeredDate = fromStoredDate(q.text(4));
        it.acceptedDate = fromStoredDate(q.text(5));
        it.disputeType = q.text(6);
        it.source = q.text(7);
        it.status = q.text(8);
        it.parties = q.text(9);
        it.committee = q.text(10);
        it.leadMediator = q.text(11);
        it.riskLevel = q.text(12);
        it.result = q.text(13);
        it.closedDate = fromStoredDate(q.text(14));
        out << it;
    }
    return out;
}

Result<qint64> DisputeRepository::count(const Database &db, const LedgerQuery &query)
{
    const Sql s = buildSql(query);
    Result<QVariant> v = Query::scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1%2").arg(s.from, whereOf(s.where)), s.bind,
                                       tr("counting the mediation ledger"), 0);
    if (!v)
        return v.error();
    return v->toLongLong();
}

}  // namespace sifa
