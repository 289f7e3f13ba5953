#include "mediation/DisputeRepository.h"

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

}  // namespace sifa
