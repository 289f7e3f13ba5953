#include "sync/SyncEntities.h"

#include "sync/EntitySpec.h"

namespace sifa {

const EntityDef &SyncEntities::transfer()
{
    static const EntityDef def = entityFromSpec(
        "sync_transfer", {"subject_entity!", "subject_uuid!", "subject_name", "from_office!", "to_office!", "reason",
                          "@requested_date", "status!", "@forwarded_date", "@decided_date", "decided_by",
                          "decision_note"});
    return def;
}

}  // namespace sifa
