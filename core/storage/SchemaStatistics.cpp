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
        // Successes count by the agreement's date.
        "CREATE INDEX agreement_by_agreed ON agreement(agreed_date)",
        // 再犯罪: the date a new offence by a person under correction came to light.
        "ALTER TABLE cc_subject ADD COLUMN reoffence_date TEXT NOT NULL DEFAULT ''",
    };
    return list;
}

}  // namespace ddl
}  // namespace sifa
