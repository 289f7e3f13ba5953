#pragma once

#include "correction/CcRecord.h"
#include "print/FormData.h"
#include "print/FormPrinter.h"
#include "security/Access.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace sifa {

class Database;

// Which copies of a correction form to fill.
struct CorrectionFormQuery {
    // The subject's uuid. For correction-assessment: the cc_assessment record's uuid, or a
    // subject whose person was assessed (the latest assessment of that person).
    QString subject;
    // A request (leave, visitor, place, frequent travel, transfer) or a sanction: only its copy.
    // Empty: a copy for each request or sanction the form is for.
    QString record;
    // correction-assessment-monthly: the month (any day of it). Invalid: every month from the
    // reception to the end of correction (or this month).
    QDate month;
    // A sealed file opens only with the number of the approval that allows it.
    QString sealApproval;
    // The caller's window has the file open, its opening audited (CorrectionService::open): the
    // file is read again (CorrectionService::reread) without a new audit entry.
    bool opened = false;
};

// The values the 社区矫正 forms (resources/forms/correction-*.json, domain README §3.8) are
// filled with, read from a subject's file opened through CorrectionService::open (audited, with
// the permission and the minors' rule). Values are as stored: dates ISO, codes as codes where
// the template names the table (subject.sex, subject.correction_type, subject.grade, ...);
// labels where there is no code table. What the file does not hold is left out, so the form
// keeps room for handwriting.
//
// Values of every subject form:
//   office.* (name code abbreviation division) today county.agency
//   subject.name former_name sex ethnicity birth id_number education marital_status
//     political_status phone address household_address employer employment no
//     correction_type outside_reason grade status charge crime (the charge without its last
//     罪, for "因犯{subject.crime}罪") charge_category court handing_body
//     judgment_no judgment_date effective_date notice_no notice_date original_sentence
//     original_term term_from term_to additional_penalty facts prohibition prohibition_from
//     prohibition_to period_from period_to officer
//   team.members ("组长：王某；成员：李某、张某") team.date
//   reception.reported reception.signed reception.staff reception.office_staff
//     reception.documents reception.note (the report-in status) reception.report_in (on_time,
//     late or not_reported, for the tick boxes) reception.way (in_person or handed_over, read
//     from the recorded way of reception) reception.documents_date reception.documents_check
//     reception.identity_check reception.notified
//   announcement.date
//   plan.supervision plan.education plan.assistance plan.other plan.evaluation
//     plan.evaluated_on plan.evaluator plan.drafter plan.family plan.livelihood
//     plan.crime_circumstances plan.crime_cause plan.repentance plan.psychology plan.health
//     plan.focus
//   release.date release.announced release.place release.appraisal release.certificate_no
//     release.issued release.issuer release.conduct release.attitude release.skills release.risk
//     release.family release.remarks release.office_date release.office_appraiser release.ground
//     (expired, or pardoned for a release before the period's end) (released files, or as far
//     as the appraisal is written)
//   summary.text summary.date
// Lists: team (member.name member.sex member.unit (else the relation) member.role member.phone
//   member.relation),
//   family (member.relation member.name member.employer member.address member.phone).
// A request's copy: <p>.applied from to days reason evidence destination companion status
//   office_opinion office_reviewer office_date county_opinion county_approver county_date (a
//   request the office decides within its limit (level "office") prints its decision in the
//   office's box: office_opinion the review's and the decision's opinions, office_reviewer the
//   one who decided, office_date the decision's date; the county's box stays empty)
//   decision_no certificate_no issuer approved_by (the office within its limit, else the county
//   agency) approved_on (the decision's date) returned return_staff (<p> leave), visitor.name
//   relation identity (code) sex id_number address phone time place, place.name,
//   travel.destinations frequency, transfer.new_address new_agency new_opinion new_reply_date
//   consulted files_sent — with <p> leave, visitor, place, travel or transfer.
// A sanction's copy: sanction.kind (code) kind_name facts basis evidence office_opinion
//   office_reviewer office_date county_opinion county_date decision_no announced status;
//   a proposal's: proposal.kind (code) measure addressee facts grounds date attachments
//   decision_no.
// A month's copy: review.period (month) review.month from to study_count study_hours
//   service_count service_hours
//   reporting result score sanctions movement supervision, and subject.grade the month's.
// The assessment: assessment.no entrusted_by from to date residence family conduct impact
//   community_opinion prohibition risk opinion, and subject.* from the assessment record.
class CorrectionForms {
    Q_DECLARE_TR_FUNCTIONS(CorrectionForms)
public:
    // The 19 forms, in the order of a file.
    static const QStringList &forms();
    static bool isCorrectionForm(const QString &formId);
    // Forms filled per request or sanction (a record chosen with query.record).
    static QString recordKindOf(const QString &formId);  // "request", "sanction" or empty

    // The copies of `formId` for the query: one for most forms; one per request for the request
    // forms (leave certificates for approved leave only), one per sanction for the sanction and
    // proposal forms, one per month for the monthly assessment. An empty list with no error
    // when the file has nothing for the form (no leave, not released).
    static Result<QList<FormData>> fill(Database &db, const Access &access, const QString &formId,
                                        const CorrectionFormQuery &query);

    // The requests or sanctions of the file that `formId` has a copy for, oldest first (the
    // order of fill()'s copies; query.record names one of them); empty for the other forms.
    static QList<CcRecord> copyRecords(const SubjectFile &file, const QString &formId);
    // The days the monthly assessments cover: from the reception (else the period's start) to the
    // end of correction (else of the period), at most today. `first` is invalid when neither is
    // known.
    static QPair<QDate, QDate> monthsCovered(const CcRecord &subject);

    // A print job of the form: filled from the query, or blank (the office's and the county
    // agency's names filled in) with options.blank.
    static Result<PrintJob> job(Database &db, const Access &access, const QString &formId,
                                const CorrectionFormQuery &query, const FormOptions &options = {});

    // The values every subject form shares.
    static FormData subjectValues(const Database &db, const SubjectFile &file);
    // The office's values and the county agency's name, for blank forms too.
    static FormData officeValues(const Database &db);
};

}  // namespace sifa
