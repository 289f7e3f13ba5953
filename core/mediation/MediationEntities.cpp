#include "mediation/MediationEntities.h"

#include "mediation/DisputeSearch.h"

namespace sifa {

namespace {

FieldDef text(const char *name, bool required = false)
{
    const QString n = QString::fromLatin1(name);
    return FieldDef{n, n, FieldType::Text, required, QString()};
}

FieldDef integer(const char *name, int defaultValue = 0)
{
    const QString n = QString::fromLatin1(name);
    return FieldDef{n, n, FieldType::Integer, false, defaultValue};
}

FieldDef date(const char *name, bool required = false)
{
    const QString n = QString::fromLatin1(name);
    return FieldDef{n, n, FieldType::Date, required, QString()};
}

FieldDef textDefault(const char *name, const char *value)
{
    const QString n = QString::fromLatin1(name);
    return FieldDef{n, n, FieldType::Text, false, QString::fromLatin1(value)};
}

// A party's change reaches the search document of its dispute.
Status reindexPartyDispute(Database &db, const QString &partyUuid)
{
    return DisputeSearch::reindexForParty(db, partyUuid);
}

const EntityDef *disputeEntity()
{
    return &MediationEntities::dispute();
}

}  // namespace

const EntityDef &MediationEntities::committee()
{
    static const EntityDef def{QStringLiteral("committee"), QStringLiteral("committee"),
                               {text("office_code", true), text("name", true), text("kind"), text("division_code"),
                                text("address"), text("note")}};
    return def;
}

const EntityDef &MediationEntities::mediator()
{
    static const EntityDef def{QStringLiteral("mediator"), QStringLiteral("mediator"),
                               {text("office_code", true), text("name", true), text("person_uuid"),
                                text("committee_uuid"), integer("full_time"), text("phone"), text("username"),
                                date("appointed_date"), integer("active", 1)}};
    return def;
}

const EntityDef &MediationEntities::screening()
{
    static const EntityDef def{QStringLiteral("screening"), QStringLiteral("screening"),
                               {text("office_code", true), date("screening_date", true), text("period"),
                                text("scope"), text("method"), integer("found_count"), integer("prevented_count"),
                                text("reporter"), text("committee_uuid"), integer("zero_report"), text("note")}};
    return def;
}

const EntityDef &MediationEntities::dispute()
{
    static const EntityDef def{
        QStringLiteral("dispute"),
        QStringLiteral("dispute"),
        {text("office_code", true), text("case_no"), text("title"), text("source"), text("referral_kind"),
         text("referral_body"), text("screening_uuid"), text("dispute_type"), text("summary"), text("claims"),
         integer("persons_involved"), integer("amount_involved"), text("place"), text("committee_uuid"),
         text("lead_mediator_uuid"), text("assist_mediator_uuid"), text("status"), date("registered_date"),
         date("accepted_date"), date("decided_date"), text("not_accepted_reason"), text("risk_level"),
         integer("is_group"), integer("group_headcount"), integer("is_major"), integer("reported_to_police"),
         integer("prevent_criminal_cases"), integer("prevent_criminal_persons"), integer("prevent_petition_cases"),
         integer("prevent_petition_persons"), integer("prevent_fight_cases"), integer("prevent_fight_persons"),
         integer("prevent_suicide_cases"), integer("prevent_suicide_persons"), date("extension_until"),
         text("extension_note"), text("result"), date("result_date"), text("termination_reason"),
         integer("routes_explained"), date("closed_date"), date("archived_date"), text("filed_by"), text("retention"),
         text("responsible_leader"), date("responsible_deadline"), date("responsible_assigned"),
         date("responsible_closed"), text("registrar")},
        &DisputeSearch::reindex,
        nullptr,
        QString(),
        &DisputeSearch::reindexMany};
    return def;
}

const EntityDef &MediationEntities::party()
{
    static const EntityDef def{QStringLiteral("dispute_party"), QStringLiteral("dispute_party"),
                               {text("office_code", true), text("dispute_uuid", true), integer("seq"), text("role"),
                                text("kind"), text("person_uuid"), text("name", true), text("legal_rep"),
                                text("address"), text("phone"), text("id_number")},
                               &reindexPartyDispute,
                               &disputeEntity,
                               QStringLiteral("dispute_uuid")};
    return def;
}

const EntityDef &MediationEntities::record()
{
    static const EntityDef def{QStringLiteral("dispute_record"), QStringLiteral("dispute_record"),
                               {text("office_code", true), text("dispute_uuid", true), text("kind", true),
                                text("record_time", true), text("place"), text("staff"), text("subjects"),
                                text("participants"), text("recorder"), text("content")}};
    return def;
}

const EntityDef &MediationEntities::agreement()
{
    static const EntityDef def{QStringLiteral("agreement"), QStringLiteral("agreement"),
                               {text("office_code", true), text("dispute_uuid", true), text("agreement_no"),
                                textDefault("form", "written"), date("agreed_date"), date("effective_date"),
                                text("facts"), text("performance_method"), date("performance_deadline"),
                                integer("copies"), integer("amount"), text("performance_status"),
                                date("performance_date"), date("jc_applied_date"), text("jc_court"), text("jc_result"),
                                text("jc_ruling_no"), date("jc_result_date")}};
    return def;
}

const EntityDef &MediationEntities::clause()
{
    static const EntityDef def{QStringLiteral("agreement_clause"), QStringLiteral("agreement_clause"),
                               {text("office_code", true), text("agreement_uuid", true), integer("seq"),
                                text("text", true), integer("amount"), date("due_date")}};
    return def;
}

const EntityDef &MediationEntities::returnVisit()
{
    static const EntityDef def{QStringLiteral("return_visit"), QStringLiteral("return_visit"),
                               {text("office_code", true), text("dispute_uuid", true), date("visit_date", true),
                                text("visitor"), text("visited"), text("performance"), text("satisfaction"),
                                integer("sued"), text("situation"), text("measures")}};
    return def;
}

const EntityDef &MediationEntities::attachment()
{
    static const EntityDef def{QStringLiteral("attachment"), QStringLiteral("attachment"),
                               {text("office_code", true), text("owner_entity", true), text("owner_uuid", true),
                                text("kind"), text("file_name", true), text("mime"), integer("size"),
                                text("sha256", true), text("note")}};
    return def;
}

QList<const EntityDef *> MediationEntities::all()
{
    return {&committee(), &mediator(),  &screening(),   &dispute(),   &party(),
            &record(),    &agreement(), &clause(),      &returnVisit(), &attachment()};
}

}  // namespace sifa
