#include "stats/StatEntities.h"

#include "sync/EntitySpec.h"

namespace sifa {

const EntityDef &StatEntities::submission()
{
    static const EntityDef def = entityFromSpec(
        "stat_submission", {"report!", "period_kind!", "@period_from!", "@period_to!", "reported_office!",
                            "rule_version", "title", "@submitted_date", "submitted_by", "status", "note", "checks",
                            "figures!"});
    return def;
}

}  // namespace sifa
