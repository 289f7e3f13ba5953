// Version 4: 社区矫正 (domain README §3.7). Column names follow what the office records, not the
// SF/T 0015 pinyin initials; the exchange format maps them.
#include "storage/SchemaColumns.h"
#include "storage/SchemaDdl.h"

namespace sifa {
namespace ddl {

// Rows of a subject's file point at it through subject_uuid; approval columns are the office's
// review (office_*) and the decision (county_*): the county's, recorded when it arrives, or for a
// request whose level is "office" (leave within the office's entrusted limit) the office's own.
#define SIFA_SUBJECT_CHILD " subject_uuid TEXT NOT NULL,"

const Statements &correctionTables()
{
    static const Statements list = {
        // 调查评估: an entrustment from a court, procuratorate, police or prison administration.
        "CREATE TABLE cc_assessment (" SIFA_SYNCED_META_COLUMNS
        SIFA_TEXT("entrust_no") SIFA_TEXT("entrusting_body") SIFA_TEXT("subject_kind") SIFA_TEXT("person_uuid")
        " name TEXT NOT NULL,"
        SIFA_TEXT("id_number") SIFA_TEXT("sex") SIFA_TEXT("residence") SIFA_TEXT("employer") SIFA_TEXT("charge")
        SIFA_TEXT("original_sentence") SIFA_TEXT("proposed_type") SIFA_TEXT("received_date") SIFA_INT("fast_track")
        SIFA_TEXT("extended_until") SIFA_TEXT("extension_note") SIFA_TEXT("item_residence") SIFA_TEXT("item_family")
        SIFA_TEXT("item_conduct") SIFA_TEXT("item_impact") SIFA_TEXT("item_opinions") SIFA_TEXT("item_prohibition")
        SIFA_TEXT("opinion") SIFA_TEXT("opinion_text") SIFA_TEXT("reviewer") SIFA_TEXT("completed_date")
        SIFA_INT("is_minor")
        " note TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX cc_assessment_by_received ON cc_assessment(received_date)",

        // The person under correction: judgment, period, reception, plan, state and release.
        "CREATE TABLE cc_subject (" SIFA_SYNCED_META_COLUMNS_RID
        " person_uuid TEXT NOT NULL,"
        SIFA_TEXT("subject_no") SIFA_TEXT("correction_type") SIFA_TEXT("outside_reason") SIFA_TEXT("status")
        SIFA_TEXT("grade") SIFA_INT("is_minor") SIFA_INT("sealed") SIFA_TEXT("officer")
        SIFA_TEXT("decision_body") SIFA_TEXT("handing_body") SIFA_TEXT("judgment_no") SIFA_TEXT("judgment_date")
        SIFA_TEXT("effective_date") SIFA_TEXT("notice_no") SIFA_TEXT("notice_date")
        SIFA_TEXT("charge") SIFA_TEXT("charge_category") SIFA_TEXT("crime_facts") SIFA_TEXT("original_sentence")
        SIFA_TEXT("original_term") SIFA_TEXT("term_from") SIFA_TEXT("term_to") SIFA_TEXT("additional_penalty")
        SIFA_TEXT("prohibition") SIFA_TEXT("prohibition_from") SIFA_TEXT("prohibition_to")
        SIFA_TEXT("period_from") SIFA_TEXT("period_to")
        SIFA_TEXT("reported_date") SIFA_TEXT("received_date") SIFA_TEXT("reception_mode") SIFA_TEXT("reception_staff")
        SIFA_TEXT("announced_date") SIFA_TEXT("household_type") SIFA_TEXT("employment") SIFA_TEXT("employer_phone")
        " able_to_work INTEGER NOT NULL DEFAULT 1," SIFA_TEXT("family_summary") SIFA_TEXT("tags")
        SIFA_TEXT("plan_supervision") SIFA_TEXT("plan_education") SIFA_TEXT("plan_assistance") SIFA_TEXT("plan_other")
        SIFA_TEXT("plan_evaluation") SIFA_TEXT("plan_evaluated_date") SIFA_TEXT("plan_evaluator")
        SIFA_INT("pending_revocation")
        SIFA_TEXT("end_type") SIFA_TEXT("end_date") SIFA_TEXT("end_reason")
        SIFA_TEXT("summary_text") SIFA_TEXT("summary_date") SIFA_TEXT("appraisal_conduct") SIFA_TEXT("appraisal_attitude")
        SIFA_TEXT("appraisal_skills") SIFA_TEXT("appraisal_risk") SIFA_TEXT("appraisal_family") SIFA_TEXT("appraisal_advice")
        SIFA_TEXT("appraisal_remarks") SIFA_TEXT("appraisal_date") SIFA_TEXT("release_announced_date")
        SIFA_TEXT("release_place") SIFA_TEXT("certificate_no")
        " note TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX cc_subject_by_person ON cc_subject(person_uuid)",
        "CREATE INDEX cc_subject_by_status ON cc_subject(status)",

        // 管理类别 history: the grade from a date, with the reason and the county's decision.
        "CREATE TABLE cc_grade_change (" SIFA_SYNCED_META_COLUMNS SIFA_SUBJECT_CHILD
        " grade TEXT NOT NULL,"
        " from_date TEXT NOT NULL,"
        SIFA_TEXT("reason")
        " decided_by TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX cc_grade_change_by_subject ON cc_grade_change(subject_uuid, from_date)",

        // 矫正小组 members and the family (household and main social relations).
        "CREATE TABLE cc_team_member (" SIFA_SYNCED_META_COLUMNS SIFA_SUBJECT_CHILD
        SIFA_INT("seq")
        " name TEXT NOT NULL,"
        SIFA_TEXT("role") SIFA_TEXT("unit") SIFA_TEXT("relation") SIFA_TEXT("sex") SIFA_TEXT("phone")
        " minors_experience INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX cc_team_member_by_subject ON cc_team_member(subject_uuid, seq)",
        "CREATE TABLE cc_family (" SIFA_SYNCED_META_COLUMNS SIFA_SUBJECT_CHILD
        " name TEXT NOT NULL,"
        SIFA_TEXT("relation") SIFA_TEXT("employer") SIFA_TEXT("phone")
        " address TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX cc_family_by_subject ON cc_family(subject_uuid)",

        // Daily supervision: reports, talks, visits, checks, health reports and medical
        // re-examinations, education and community service (minutes for the hours).
        "CREATE TABLE cc_activity (" SIFA_SYNCED_META_COLUMNS SIFA_SUBJECT_CHILD
        " kind TEXT NOT NULL,"
        " activity_date TEXT NOT NULL,"
        SIFA_INT("minutes") SIFA_TEXT("place") SIFA_TEXT("content") SIFA_TEXT("staff")
        " result TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX cc_activity_by_subject ON cc_activity(subject_uuid, activity_date)",
        "CREATE INDEX cc_activity_by_date ON cc_activity(activity_date)",

        // Requests: leave (外出), frequent travel, visitors, restricted places, change of residence.
        "CREATE TABLE cc_request (" SIFA_SYNCED_META_COLUMNS SIFA_SUBJECT_CHILD
        " kind TEXT NOT NULL,"
        SIFA_TEXT("status") SIFA_TEXT("applied_date") SIFA_TEXT("reason") SIFA_TEXT("destination")
        SIFA_TEXT("start_date") SIFA_TEXT("end_date") SIFA_TEXT("companion") SIFA_TEXT("evidence")
        SIFA_TEXT("frequency") SIFA_TEXT("visitor_name") SIFA_TEXT("visitor_relation") SIFA_TEXT("visitor_phone")
        SIFA_TEXT("new_address") SIFA_TEXT("new_agency") SIFA_TEXT("level")
        SIFA_TEXT("office_opinion") SIFA_TEXT("office_reviewer") SIFA_TEXT("office_date")
        SIFA_TEXT("county_opinion") SIFA_TEXT("county_approver") SIFA_TEXT("county_date") SIFA_TEXT("decision_no")
        SIFA_TEXT("certificate_no") SIFA_TEXT("consulted_date") SIFA_TEXT("new_reply_date") SIFA_TEXT("new_opinion")
        SIFA_TEXT("files_sent_date") SIFA_TEXT("returned_date") SIFA_TEXT("return_staff")
        " note TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX cc_request_by_subject ON cc_request(subject_uuid, start_date)",

        // Rewards, penalties and proposals: the office's proposal and the county's decision.
        "CREATE TABLE cc_sanction (" SIFA_SYNCED_META_COLUMNS SIFA_SUBJECT_CHILD
        " kind TEXT NOT NULL,"
        SIFA_TEXT("status") SIFA_TEXT("facts") SIFA_TEXT("basis") SIFA_TEXT("evidence") SIFA_TEXT("proposal_date")
        SIFA_TEXT("proposer") SIFA_TEXT("office_opinion") SIFA_TEXT("decision_no") SIFA_TEXT("decision_date")
        SIFA_TEXT("county_opinion")
        " announced_date TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX cc_sanction_by_subject ON cc_sanction(subject_uuid, proposal_date)",

        // Dated score entries (+/- points) with the reason.
        "CREATE TABLE cc_score (" SIFA_SYNCED_META_COLUMNS SIFA_SUBJECT_CHILD
        " entry_date TEXT NOT NULL,"
        SIFA_INT("points") SIFA_TEXT("rule_code")
        " reason TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX cc_score_by_subject ON cc_score(subject_uuid, entry_date)",

        // 电子定位 periods (≤ 3 months each) and 失联 events with the search record.
        "CREATE TABLE cc_monitoring (" SIFA_SYNCED_META_COLUMNS SIFA_SUBJECT_CHILD
        " ground TEXT NOT NULL,"
        SIFA_TEXT("approval_no") SIFA_TEXT("approved_by") SIFA_TEXT("start_date") SIFA_TEXT("end_date")
        " ended_date TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX cc_monitoring_by_subject ON cc_monitoring(subject_uuid)",
        "CREATE TABLE cc_missing (" SIFA_SYNCED_META_COLUMNS SIFA_SUBJECT_CHILD
        " lost_date TEXT NOT NULL,"
        SIFA_TEXT("found_date") SIFA_INT("police_notified")
        " search_record TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX cc_missing_by_subject ON cc_missing(subject_uuid)",

        // Key-period supervision: a declared period in which the chosen subjects report daily.
        "CREATE TABLE cc_key_period (" SIFA_SYNCED_META_COLUMNS
        " name TEXT NOT NULL,"
        " start_date TEXT NOT NULL,"
        " end_date TEXT NOT NULL,"
        " note TEXT NOT NULL DEFAULT '')",
        "CREATE TABLE cc_key_member (" SIFA_SYNCED_META_COLUMNS SIFA_SUBJECT_CHILD
        " period_uuid TEXT NOT NULL)",
        "CREATE INDEX cc_key_member_by_period ON cc_key_member(period_uuid)",
    };
    return list;
}

// Version 5: what the forms asked for and nothing stored (ALTER TABLE, so that a fresh database
// and a migrated one come out the same).
const Statements &correctionAdditions()
{
#define SIFA_ADD_TEXT(table, column) "ALTER TABLE " table " ADD COLUMN " column " TEXT NOT NULL DEFAULT ''"
    static const Statements list = {
        // 会客审批表: the visitor's sex, ID number, address and who the visitor is (被害人、控告人…).
        SIFA_ADD_TEXT("cc_request", "visitor_sex"),
        SIFA_ADD_TEXT("cc_request", "visitor_id_number"),
        SIFA_ADD_TEXT("cc_request", "visitor_address"),
        SIFA_ADD_TEXT("cc_request", "visitor_identity"),
        // 接收登记表: when the legal documents arrived, and the checks made at the reception.
        SIFA_ADD_TEXT("cc_subject", "reception_documents_date"),
        SIFA_ADD_TEXT("cc_subject", "reception_documents_check"),
        SIFA_ADD_TEXT("cc_subject", "reception_identity_check"),
        SIFA_ADD_TEXT("cc_subject", "reception_notified"),
        // 矫正方案: the analysis the measures rest on.
        SIFA_ADD_TEXT("cc_subject", "plan_crime_cause"),
        SIFA_ADD_TEXT("cc_subject", "plan_repentance"),
        SIFA_ADD_TEXT("cc_subject", "plan_psychology"),
        SIFA_ADD_TEXT("cc_subject", "plan_health"),
        SIFA_ADD_TEXT("cc_subject", "plan_focus"),
    };
#undef SIFA_ADD_TEXT
    return list;
}

#undef SIFA_SUBJECT_CHILD

}  // namespace ddl
}  // namespace sifa
