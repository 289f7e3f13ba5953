#include "placement/PlacementEntities.h"

#include "sync/EntitySpec.h"

namespace sifa {

const EntityDef &PlacementEntities::notice()
{
    static const EntityDef def = entityFromSpec(
        "rp_notice",
        {"name!", "id_number", "sex", "@birth_date", "person_uuid", "notice_no", "prison", "via", "@received_date",
         "@expected_date", "release_place", "hukou_address", "residence", "charge", "original_sentence", "prison_risk",
         "status", "@family_informed_date", "@checked_date", "check_note", "subject_uuid", "note"});
    return def;
}

const EntityDef &PlacementEntities::subject()
{
    static const EntityDef def = entityFromSpec(
        "rp_subject",
        {"person_uuid!", "subject_no", "source_type", "cc_subject_uuid", "notice_uuid", "status", "officer",
         "#is_minor", "@release_date", "@assist_end_date", "releasing_org", "release_cert_no", "notice_no", "charge",
         "crime_type", "original_sentence", "original_term", "additional_penalty", "prior_convictions",
         "#is_recidivist", "drug_history", "#early_release", "early_release_reason", "reform_performance",
         "guilt_attitude", "skills", "training", "certificate", "psych", "health", "#no_home", "#no_job",
         "#no_family", "category", "risk_level", "tags", "handover_mode", "handover_status", "@handover_date",
         "handover_place", "handover_staff", "@reported_date", "@police_registered_date", "@family_informed_date",
         "whereabouts_note", "#dual_listed", "dual_role", "other_office", "conduct", "appraisal_conduct",
         "appraisal_attitude", "appraisal_skills", "appraisal_risk", "appraisal_family", "appraisal_advice",
         "end_type", "@end_date", "end_reason", "end_office_opinion", "end_approver", "@end_approved_date",
         "new_charge", "new_sentence", "moved_to", "note"});
    return def;
}

const EntityDef &PlacementEntities::member()
{
    static const EntityDef def = entityFromSpec(
        "rp_member", {"subject_uuid!", "#seq", "name!", "role", "unit", "relation", "phone", "duty"});
    return def;
}

const EntityDef &PlacementEntities::agreement()
{
    static const EntityDef def =
        entityFromSpec("rp_agreement", {"subject_uuid!", "@signed_date!", "parties", "village", "family_signatory",
                                        "obligations", "@valid_until", "note"});
    return def;
}

const EntityDef &PlacementEntities::visit()
{
    static const EntityDef def =
        entityFromSpec("rp_visit", {"subject_uuid!", "kind!", "@visit_date!", "place", "participants", "content",
                                    "effect", "rating", "staff", "#signed"});
    return def;
}

const EntityDef &PlacementEntities::placement()
{
    static const EntityDef def =
        entityFromSpec("rp_placement", {"subject_uuid!", "mode!", "@placed_date!", "employer", "employer_phone",
                                        "position", "#social_insurance", "#relief_policy", "@ended_date", "note"});
    return def;
}

const EntityDef &PlacementEntities::assistance()
{
    static const EntityDef def = entityFromSpec(
        "rp_assistance", {"subject_uuid!", "kind!", "@granted_date!", "#amount_fen", "provider", "@until_date", "note"});
    return def;
}

const EntityDef &PlacementEntities::riskReview()
{
    static const EntityDef def =
        entityFromSpec("rp_risk_review", {"subject_uuid!", "@review_date!", "category!", "risk_level", "factors",
                                          "reason", "reviewer", "approved_by"});
    return def;
}

const EntityDef &PlacementEntities::move()
{
    static const EntityDef def = entityFromSpec(
        "rp_move", {"subject_uuid!", "kind!", "@move_date!", "destination", "other_office", "note"});
    return def;
}

QList<const EntityDef *> PlacementEntities::all()
{
    return {&notice(),     &subject(),    &member(), &agreement(), &visit(),
            &placement(),  &assistance(), &riskReview(), &move()};
}

const EntityDef *PlacementEntities::byName(const QString &name)
{
    for (const EntityDef *e : all()) {
        if (e->name == name)
            return e;
    }
    return nullptr;
}

}  // namespace sifa
