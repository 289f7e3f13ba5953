#pragma once

#include "sync/Entities.h"

namespace sifa {

// The synced records of sync itself: a transfer of a subject between townships.
class SyncEntities {
public:
    static const EntityDef &transfer();
    static QList<const EntityDef *> all() { return {&transfer()}; }
};

}  // namespace sifa
