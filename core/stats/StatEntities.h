#pragma once

#include "sync/Entities.h"

namespace sifa {

// The synced record of statistics: a submitted report (stat_submission).
class StatEntities {
public:
    static const EntityDef &submission();
    static QList<const EntityDef *> all() { return {&submission()}; }
};

}  // namespace sifa
