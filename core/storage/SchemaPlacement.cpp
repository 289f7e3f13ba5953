// Version 5: 安置帮教 (domain README §4.5). One file per released person (rp_subject), the
// prisons' pre-release notices, and the file's dated records.
#include "storage/SchemaColumns.h"
#include "storage/SchemaDdl.h"

namespace sifa {
namespace ddl {

#define SIFA_SUBJECT_CHILD " subject_uuid TEXT NOT NULL,"

const Statements &placementTables()
{
    static const Statements list = {
        // 刑满释放人员通知书: a prison's notice of an expected release, usually a month ahead and
        // often through the county; checked on the ground, then a file opens or the person is
        // listed as not located.
        "CREATE TABLE rp_notice (" SIFA_SYNCED_META_COLUMNS
        " name TEXT NOT NULL,"
        SIFA_TEXT("id_number") SIFA_TEXT("sex") SIFA_TEXT("birth_date") SIFA_TEXT("person_uuid")
        SIFA_TEXT("notice_no") SIFA_TEXT("prison") SIFA_TEXT("via") SIFA_TEXT("received_date")
        SIFA_TEXT("expected_date") SIFA_TEXT("release_place") SIFA_TEXT("hukou_address") SIFA_TEXT("residence")
        SIFA_TEXT("charge") SIFA_TEXT("original_sentence") SIFA_TEXT("prison_risk") SIFA_TEXT("status")
        SIFA_TEXT("family_informed_date") SIFA_TEXT("checked_date") SIFA_TEXT("check_note") SIFA_TEXT("subject_uuid")
        " note TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX rp_notice_by_expected ON rp_notice(expected_date)",

        // The person's file: release, hand-over, classification, placement summary and the end.
        "CREATE TABLE rp_subject (" SIFA_SYNCED_META_COLUMNS_RID
        " person_uuid TEXT NOT NULL,"
        SIFA_TEXT("subject_no") SIFA_TEXT("source_type") SIFA_TEXT("cc_subject_uuid") SIFA_TEXT("notice_uuid")
        SIFA_TEXT("status") SIFA_TEXT("officer") SIFA_INT("is_minor")
        SIFA_TEXT("release_date") SIFA_TEXT("assist_end_date") SIFA_TEXT("releasing_org") SIFA_TEXT("release_cert_no")
        SIFA_TEXT("notice_no") SIFA_TEXT("charge") SIFA_TEXT("crime_type") SIFA_TEXT("original_sentence")
        SIFA_TEXT("original_term") SIFA_TEXT("additional_penalty") SIFA_TEXT("prior_convictions")
        SIFA_INT("is_recidivist") SIFA_TEXT("drug_history") SIFA_INT("early_release") SIFA_TEXT("early_release_reason")
        SIFA_TEXT("reform_performance") SIFA_TEXT("guilt_attitude") SIFA_TEXT("skills") SIFA_TEXT("training")
        SIFA_TEXT("certificate") SIFA_TEXT("psych") SIFA_TEXT("health")
        SIFA_INT("no_home") SIFA_INT("no_job") SIFA_INT("no_family")
        SIFA_TEXT("category") SIFA_TEXT("risk_level") SIFA_TEXT("tags")
        SIFA_TEXT("handover_mode") SIFA_TEXT("handover_status") SIFA_TEXT("handover_date") SIFA_TEXT("handover_place")
        SIFA_TEXT("handover_staff") SIFA_TEXT("reported_date") SIFA_TEXT("police_registered_date")
        SIFA_TEXT("family_informed_date") SIFA_TEXT("whereabouts_note")
        SIFA_INT("dual_listed") SIFA_TEXT("dual_role") SIFA_TEXT("other_office")
        SIFA_TEXT("conduct") SIFA_TEXT("appraisal_conduct") SIFA_TEXT("appraisal_attitude") SIFA_TEXT("appraisal_skills")
        SIFA_TEXT("appraisal_risk") SIFA_TEXT("appraisal_family") SIFA_TEXT("appraisal_advice")
        SIFA_TEXT("end_type") SIFA_TEXT("end_date") SIFA_TEXT("end_reason") SIFA_TEXT("end_office_opinion")
        SIFA_TEXT("end_approver") SIFA_TEXT("end_approved_date") SIFA_TEXT("new_charge") SIFA_TEXT("new_sentence")
        SIFA_TEXT("moved_to")
        " note TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX rp_subject_by_person ON rp_subject(person_uuid)",
        "CREATE INDEX rp_subject_by_status ON rp_subject(status)",

        // 帮教小组 (司法所, 村居, family, police, volunteers) and the signed agreements.
        "CREATE TABLE rp_member (" SIFA_SYNCED_META_COLUMNS SIFA_SUBJECT_CHILD
        SIFA_INT("seq")
        " name TEXT NOT NULL,"
        SIFA_TEXT("role") SIFA_TEXT("unit") SIFA_TEXT("relation") SIFA_TEXT("phone")
        " duty TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX rp_member_by_subject ON rp_member(subject_uuid, seq)",
        "CREATE TABLE rp_agreement (" SIFA_SYNCED_META_COLUMNS SIFA_SUBJECT_CHILD
        " signed_date TEXT NOT NULL,"
        SIFA_TEXT("parties") SIFA_TEXT("village") SIFA_TEXT("family_signatory") SIFA_TEXT("obligations")
        SIFA_TEXT("valid_until")
        " note TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX rp_agreement_by_subject ON rp_agreement(subject_uuid)",

        // 走访谈话: visits, talks and return visits, with the current-performance rating.
        "CREATE TABLE rp_visit (" SIFA_SYNCED_META_COLUMNS SIFA_SUBJECT_CHILD
        " kind TEXT NOT NULL,"
        " visit_date TEXT NOT NULL,"
        SIFA_TEXT("place") SIFA_TEXT("participants") SIFA_TEXT("content") SIFA_TEXT("effect") SIFA_TEXT("rating")
        SIFA_TEXT("staff")
        " signed INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX rp_visit_by_subject ON rp_visit(subject_uuid, visit_date)",

        // 安置: how the person was placed (the codes of §4.4), from when, where.
        "CREATE TABLE rp_placement (" SIFA_SYNCED_META_COLUMNS SIFA_SUBJECT_CHILD
        " mode TEXT NOT NULL,"
        " placed_date TEXT NOT NULL,"
        SIFA_TEXT("employer") SIFA_TEXT("employer_phone") SIFA_TEXT("position") SIFA_INT("social_insurance")
        SIFA_INT("relief_policy") SIFA_TEXT("ended_date")
        " note TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX rp_placement_by_subject ON rp_placement(subject_uuid, placed_date)",

        // 社会救助: 低保, temporary aid, medical, housing, papers, training, employment (amounts in fen).
        "CREATE TABLE rp_assistance (" SIFA_SYNCED_META_COLUMNS SIFA_SUBJECT_CHILD
        " kind TEXT NOT NULL,"
        " granted_date TEXT NOT NULL,"
        SIFA_INT("amount_fen") SIFA_TEXT("provider") SIFA_TEXT("until_date")
        " note TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX rp_assistance_by_subject ON rp_assistance(subject_uuid, granted_date)",

        // 危险性评估: the factor checklist, the resulting category and the reason; six-monthly.
        "CREATE TABLE rp_risk_review (" SIFA_SYNCED_META_COLUMNS SIFA_SUBJECT_CHILD
        " review_date TEXT NOT NULL,"
        " category TEXT NOT NULL,"
        SIFA_TEXT("risk_level") SIFA_TEXT("factors") SIFA_TEXT("reason") SIFA_TEXT("reviewer")
        " approved_by TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX rp_risk_review_by_subject ON rp_risk_review(subject_uuid, review_date)",

        // Moves of residence, re-imprisonment and transfers between places (迁居, 重新收监).
        "CREATE TABLE rp_move (" SIFA_SYNCED_META_COLUMNS SIFA_SUBJECT_CHILD
        " kind TEXT NOT NULL,"
        " move_date TEXT NOT NULL,"
        SIFA_TEXT("destination") SIFA_TEXT("other_office")
        " note TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX rp_move_by_subject ON rp_move(subject_uuid, move_date)",
    };
    return list;
}

#undef SIFA_SUBJECT_CHILD

}  // namespace ddl
}  // namespace sifa
