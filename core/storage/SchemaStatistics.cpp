// Version 6: statistics — submitted reports and what the reports count by.
#include "storage/SchemaColumns.h"
#include "storage/SchemaDdl.h"

namespace sifa {
namespace ddl {

const Statements &statisticsTables()
{
    static const Statements list = {
        // A report as submitted to the county: its figures frozen with the counting rules'
        // version, so later edits cannot silently change what was reported. Synced: the county
        // receives it. figures: [{"key", "section", "label", "unit", "value", "decimals",
        // "level"}...]; checks: the warnings accepted on submission.
        "CREATE TABLE stat_submission (" SIFA_SYNCED_META_COLUMNS
        " report TEXT NOT NULL,"
        " period_kind TEXT NOT NULL,"
        " period_from TEXT NOT NULL,"
        " period_to TEXT NOT NULL,"
        " reported_office TEXT NOT NULL,"
        SIFA_TEXT("rule_version") SIFA_TEXT("title") SIFA_TEXT("submitted_date") SIFA_TEXT("submitted_by")
        SIFA_TEXT("status") SIFA_TEXT("note") SIFA_TEXT("checks")
        " figures TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX stat_submission_by_period ON stat_submission(report, period_from, period_to)",
        // Successes count by the agreement's date, with what they count (form, amount,
        // performance) and the dispute they belong to in the index itself; the join to the
        // dispute reads its own index, not the dispute's row. Together they take a county's
        // annual successes (~90,000 of a million cases) from about 0.5 s to 0.3 s.
        "CREATE INDEX agreement_by_agreed ON agreement(agreed_date, deleted, dispute_uuid, form, amount, "
        "performance_status)",
        "CREATE INDEX dispute_for_joins ON dispute(uuid, deleted, office_code, dispute_type, accepted_date)",
        // Failed and terminated mediations count by the date of that result, judicial
        // confirmations by the application's date: without these a report reads every dispute
        // and every agreement of the database (a county's million) for a few thousand rows.
        "CREATE INDEX dispute_by_result ON dispute(result, result_date)",
        "CREATE INDEX agreement_by_jc_applied ON agreement(jc_applied_date)",
        // The record in force on a day (the grade, the risk category, the placement: the latest
        // dated on or before it, the latest entered on a tie) found in the index's order, with
        // its value, instead of a sort and a row read for every person counted.
        "DROP INDEX cc_grade_change_by_subject",
        "CREATE INDEX cc_grade_change_by_subject ON cc_grade_change(subject_uuid, from_date, created_at, deleted, "
        "grade)",
        "DROP INDEX rp_risk_review_by_subject",
        "CREATE INDEX rp_risk_review_by_subject ON rp_risk_review(subject_uuid, review_date, created_at, deleted, "
        "category)",
        "DROP INDEX rp_placement_by_subject",
        "CREATE INDEX rp_placement_by_subject ON rp_placement(subject_uuid, placed_date, created_at, deleted, "
        "ended_date, mode)",
        // 再犯罪: the date a new offence by a person under correction came to light.
        "ALTER TABLE cc_subject ADD COLUMN reoffence_date TEXT NOT NULL DEFAULT ''",
    };
    return list;
}

}  // namespace ddl
}  // namespace sifa
