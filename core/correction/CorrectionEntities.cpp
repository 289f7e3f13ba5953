#include "correction/CorrectionEntities.h"

#include "sync/EntitySpec.h"

namespace sifa {


const EntityDef &CorrectionEntities::assessment()
{
    static const EntityDef def = entityFromSpec(
        "cc_assessment",
        {"entrust_no", "entrusting_body", "subject_kind", "person_uuid", "name!", "id_number", "sex", "residence",
         "employer", "charge", "original_sentence", "proposed_type", "@received_date", "#fast_track",
         "@extended_until", "extension_note", "item_residence", "item_family", "item_conduct", "item_impact",
         "item_opinions", "item_prohibition", "opinion", "opinion_text", "reviewer", "@completed_date", "#is_minor",
         "note"});
    return def;
}

const EntityDef &CorrectionEntities::subject()
{
    static const EntityDef def = entityFromSpec(
        "cc_subject",
        {"person_uuid!", "subject_no", "correction_type", "outside_reason", "status", "grade", "#is_minor", "#sealed",
         "officer", "decision_body", "handing_body", "judgment_no", "@judgment_date", "@effective_date", "notice_no",
         "@notice_date", "charge", "charge_category", "crime_facts", "original_sentence", "original_term",
         "@term_from", "@term_to", "additional_penalty", "prohibition", "@prohibition_from", "@prohibition_to",
         "@period_from", "@period_to", "@reported_date", "@received_date", "reception_mode", "reception_staff",
         "@announced_date", "household_type", "employment", "employer_phone", "#able_to_work=1", "family_summary",
         "tags", "plan_supervision", "plan_education", "plan_assistance", "plan_other", "plan_evaluation",
         "@plan_evaluated_date", "plan_evaluator", "#pending_revocation", "end_type", "@end_date", "end_reason",
         "summary_text", "@summary_date", "appraisal_conduct", "appraisal_attitude", "appraisal_skills",
         "appraisal_risk", "appraisal_family", "appraisal_advice", "appraisal_remarks", "@appraisal_date",
         "@release_announced_date", "release_place", "certificate_no", "note", "@reception_documents_date",
         "reception_documents_check", "reception_identity_check", "reception_notified", "plan_crime_cause",
         "plan_repentance", "plan_psychology", "plan_health", "plan_focus", "@reoffence_date"});
    return def;
}

const EntityDef &CorrectionEntities::gradeChange()
{
    static const EntityDef def =
        entityFromSpec("cc_grade_change", {"subject_uuid!", "grade!", "@from_date!", "reason", "decided_by"});
    return def;
}

const EntityDef &CorrectionEntities::teamMember()
{
    static const EntityDef def = entityFromSpec("cc_team_member", {"subject_uuid!", "#seq", "name!", "role", "unit", "relation",
                                                         "sex", "phone", "#minors_experience"});
    return def;
}

const EntityDef &CorrectionEntities::family()
{
    static const EntityDef def =
        entityFromSpec("cc_family", {"subject_uuid!", "name!", "relation", "employer", "phone", "address"});
    return def;
}

const EntityDef &CorrectionEntities::activity()
{
    static const EntityDef def = entityFromSpec("cc_activity", {"subject_uuid!", "kind!", "@activity_date!", "#minutes",
                                                      "place", "content", "staff", "result"});
    return def;
}

const EntityDef &CorrectionEntities::request()
{
    static const EntityDef def = entityFromSpec(
        "cc_request",
        {"subject_uuid!", "kind!", "status", "@applied_date", "reason", "destination", "@start_date", "@end_date",
         "companion", "evidence", "frequency", "visitor_name", "visitor_relation", "visitor_phone", "new_address",
         "new_agency", "level", "office_opinion", "office_reviewer", "@office_date", "county_opinion",
         "county_approver", "@county_date", "decision_no", "certificate_no", "@consulted_date", "@new_reply_date",
         "new_opinion", "@files_sent_date", "@returned_date", "return_staff", "note", "visitor_sex",
         "visitor_id_number", "visitor_address", "visitor_identity"});
    return def;
}

const EntityDef &CorrectionEntities::sanction()
{
    static const EntityDef def = entityFromSpec("cc_sanction", {"subject_uuid!", "kind!", "status", "facts", "basis", "evidence",
                                                      "@proposal_date", "proposer", "office_opinion", "decision_no",
                                                      "@decision_date", "county_opinion", "@announced_date"});
    return def;
}

const EntityDef &CorrectionEntities::score()
{
    static const EntityDef def = entityFromSpec("cc_score", {"subject_uuid!", "@entry_date!", "#points", "rule_code", "reason"});
    return def;
}

const EntityDef &CorrectionEntities::monitoring()
{
    static const EntityDef def = entityFromSpec("cc_monitoring", {"subject_uuid!", "ground!", "approval_no", "approved_by",
                                                        "@start_date", "@end_date", "@ended_date"});
    return def;
}

const EntityDef &CorrectionEntities::missing()
{
    static const EntityDef def =
        entityFromSpec("cc_missing", {"subject_uuid!", "@lost_date!", "@found_date", "#police_notified", "search_record"});
    return def;
}

const EntityDef &CorrectionEntities::keyPeriod()
{
    static const EntityDef def = entityFromSpec("cc_key_period", {"name!", "@start_date!", "@end_date!", "note"});
    return def;
}

const EntityDef &CorrectionEntities::keyMember()
{
    static const EntityDef def = entityFromSpec("cc_key_member", {"subject_uuid!", "period_uuid!"});
    return def;
}

QList<const EntityDef *> CorrectionEntities::all()
{
    return {&assessment(), &subject(),  &gradeChange(), &teamMember(), &family(),    &activity(), &request(),
            &sanction(),   &score(),    &monitoring(),  &missing(),    &keyPeriod(), &keyMember()};
}

const EntityDef *CorrectionEntities::byName(const QString &name)
{
    for (const EntityDef *e : all()) {
        if (e->name == name)
            return e;
    }
    return nullptr;
}

}  // namespace sifa
