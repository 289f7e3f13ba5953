#pragma once

#include "placement/PlacementFile.h"
#include "print/FormData.h"
#include "print/FormPrinter.h"
#include "security/Access.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sifa {

class Database;

// Which copies of a resettlement form to fill.
struct PlacementFormQuery {
    // The file's uuid (rp_subject). Not used by the office's list (placement-unmatched).
    QString file;
    // placement-agreement, -visit, -risk: the agreement, visit or assessment (its uuid): only its
    // copy. Empty: a copy for each.
    QString record;
    // placement-unmatched: the month (any day of it); invalid: this month.
    QDate month;
};

// The values the 安置帮教 forms (resources/forms/placement-*.json, domain README §4.6) are
// filled with, read from a file opened through PlacementService::open (the permission, audited)
// or, for the monthly list of people not handed over, PlacementService::unmatched. Values are as
// stored: dates ISO, codes as codes where the template names the table, flags "1"/"0" for the
// templates' tick boxes ({subject.recidivist|check:1}是). What the file does not hold is left out,
// so the form keeps room for handwriting.
//
// Values of every file form:
//   office.* (name code abbreviation division) today
//   subject.name former_name sex ethnicity birth id_number education marital_status
//     political_status phone address household_address employer no source release_date
//     assist_end releasing_org release_cert_no notice_no charge crime_type original_sentence
//     original_term additional_penalty prior_convictions recidivist drug_history early_release
//     early_release_reason reform_performance guilt_attitude skills training certificate psych
//     health no_home no_job no_family category risk_level handover_mode handover_status
//     handover_date handover_place handover_staff reported_date police_registered
//     family_informed whereabouts_note dual_listed other_office conduct status officer note
//   end.visits placements assistance (counts: visits, talks and return visits; placements;
//     social assistance) type date reason new_charge new_sentence moved_to office_opinion
//     approver approved (as far as the end is recorded)
// Lists: group (member.name role unit relation phone duty), placements (placed.mode date
//   employer (with the position) phone insurance relief ended note), assistance (aid.kind date
//   amount (fen) provider until note).
// An agreement's copy: agreement.signed parties village family_signatory obligations until (its
//   own end, else the period's).
// A visit's copy: visit.date kind place participants content effect rating staff.
// An assessment's copy: review.date category risk_level factors (codes, comma-separated)
//   reason reviewer approved_by next (the following assessment, or for the latest the one due).
// The office's list: list.year month to count, and people (person.name sex id_number prison
//   charge release_date days status (handover_status) measures note (where the line comes from:
//   the file's source or the prison notice's state)).
class PlacementForms {
    Q_DECLARE_TR_FUNCTIONS(PlacementForms)
public:
    // The nine forms: the file's eight in the order of a file, then the office's list.
    static const QStringList &forms();
    static bool isPlacementForm(const QString &formId);
    // placement-unmatched: the office's monthly list, not one file's.
    static bool isOfficeForm(const QString &formId);
    // The table a form has a copy per record of: rp_agreement, rp_visit, rp_risk_review, or empty.
    static QString recordEntity(const QString &formId);
    // The records of the file `formId` has a copy for, oldest first (the order of fill()'s
    // copies; query.record names one of them); empty for the other forms.
    static QList<Record> copyRecords(const PlacementFile &file, const QString &formId);
    // What a copy is about, for lists and the copy's heading: "走访 2026-10-15".
    static QString copyLabel(const QString &formId, const Record &record);

    // The copies of `formId`: one for most forms, one per agreement, visit or assessment (none
    // while the file has none), one list for the office's month.
    static Result<QList<FormData>> fill(Database &db, const Access &access, const QString &formId,
                                        const PlacementFormQuery &query);
    // A print job of the form: filled from the query, or blank (the office's name filled in, the
    // boxes to tick printed) with options.blank.
    static Result<PrintJob> job(Database &db, const Access &access, const QString &formId,
                                const PlacementFormQuery &query, const FormOptions &options = {});

    // The values every file form shares.
    static FormData fileValues(const Database &db, const PlacementFile &file);
    // The office's list of people not handed over in `month`; `noticeStatus` the prison notices'
    // states by uuid (placement_notice_status) for the lines that come from a notice.
    static FormData unmatchedValues(const Database &db, const QList<UnmatchedPerson> &people, const QDate &month,
                                    const QHash<QString, QString> &noticeStatus = {});
};

}  // namespace sifa
