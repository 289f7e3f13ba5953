#pragma once

#include "sync/Entities.h"

namespace sifa {

// The synced entities of 安置帮教 (domain README §4.5). Their tables are in
// storage/SchemaPlacement.cpp; a test holds the two together.
class PlacementEntities {
public:
    static const EntityDef &notice();
    static const EntityDef &subject();
    static const EntityDef &member();
    static const EntityDef &agreement();
    static const EntityDef &visit();
    static const EntityDef &placement();
    static const EntityDef &assistance();
    static const EntityDef &riskReview();
    static const EntityDef &move();
    static QList<const EntityDef *> all();
    static const EntityDef *byName(const QString &name);
};

}  // namespace sifa
