#pragma once

#include "print/FormData.h"
#include "security/Access.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace sifa {

class Database;

// The values the mediation forms (resources/forms/*.json, domain README §2.4) are filled with,
// read from a case. Values are as stored (dates ISO, amounts in fen, codes as codes); what has no
// code table (案件来源, 调解结果, 履行情况, ...) is its label. What the database does not hold is
// left out, so the form keeps room for handwriting.
//
// Values of every case form:
//   office.name office.code office.abbreviation office.division today
//   committee.name committee.address
//   case.no case.title case.registered case.accepted case.source case.referral_kind
//   case.referral_body case.type case.summary case.claims case.amount case.place case.persons
//   case.lead_mediator case.assist_mediator case.mediators case.registrar case.status case.result
//   case.result_date case.closed case.archived case.filed_by case.retention
//   case.termination_reason case.not_accepted_reason case.mediation_from case.mediation_to
//   parties.names (applicants and respondents, "张三、李四") parties.applicants
//   parties.respondents parties.thirds parties.count
//   agreement.no agreement.form agreement.date agreement.effective agreement.facts
//   agreement.method agreement.deadline agreement.copies agreement.copies_cn agreement.amount
//   agreement.terms agreement.performance agreement.performance_date (when there is one)
// Lists:
//   applicants, respondents, thirds, agents, parties (the first three together):
//     party.name party.kind party.role party.sex party.ethnicity party.birth party.age
//     party.occupation party.employer party.phone party.address party.id_number party.legal_rep
//   clauses: clause.seq clause.heading ("一、") clause.text clause.amount clause.due
//   sessions, investigations: record.seq record.time ("2026-11-23 09:30") record.date
//     record.place record.staff record.subjects record.participants record.recorder
//     record.content
//   visits: visit.seq visit.date visit.visitor visit.visited visit.performance
//     visit.satisfaction visit.sued visit.situation visit.measures
// The 卷内目录's list "documents" (doc.title doc.pages doc.note) is CaseFile::dossier's: it
// knows the pages; a contents form filled here keeps its rows for handwriting.
// A copy of "session" or "investigation" also has its record's record.* as values, a copy of
// "visit" its visit.*.
class MediationForms {
    Q_DECLARE_TR_FUNCTIONS(MediationForms)
public:
    // The forms filled from a case, in binding order.
    static const QStringList &caseForms();

    // The copies of `formId` filled from the case with number caseNo: one FormData for most forms;
    // one per session record for "session", per investigation record for "investigation", per
    // return visit for "visit"; for "agreement" one copy per party plus one kept by the committee
    // (FormData::label says whose copy); an empty list with no error when the case has nothing
    // for the form (no agreement yet, no visits) — except that cover/contents/application/
    // registration/rights-notice/closing-report/back-cover always give one. A case not yet
    // accepted has no number: its uuid is taken too.
    static Result<QList<FormData>> fill(Database &db, const Access &access, const QString &caseNo,
                                        const QString &formId);

    // The register: cases registered from..to (inclusive), in registration order, list "cases"
    // (case.no case.registered case.accepted case.parties case.type case.source case.summary
    // case.lead_mediator case.mediators case.result case.closed case.status case.note) plus
    // values period.from/period.to and the office's.
    static Result<FormData> registerData(Database &db, const Access &access, const QDate &from, const QDate &to);

    // Values every form shares for the office (office.name, office.code, office.abbreviation,
    // office.division, today) — used for blank forms too.
    static FormData officeValues(const Database &db);

    // The uuid of the case with this number (full-width or ASCII brackets), or with this uuid.
    static Result<QString> caseUuid(const Database &db, const QString &caseNo);

    // 1 → 一, 12 → 十二, 23 → 二十三 (counts and clause numbers on forms; up to 99).
    static QString chineseNumber(int n);
};

}  // namespace sifa
