#pragma once

#include "sync/Entities.h"

namespace sifa {

// The synced entities of 人民调解 (domain README §2.3). Their tables are in
// storage/SchemaMediation.cpp; a test holds the two together.
class MediationEntities {
public:
    static const EntityDef &committee();
    static const EntityDef &mediator();
    static const EntityDef &screening();
    static const EntityDef &dispute();
    static const EntityDef &party();
    static const EntityDef &record();
    static const EntityDef &agreement();
    static const EntityDef &clause();
    static const EntityDef &returnVisit();
    static const EntityDef &attachment();
    static QList<const EntityDef *> all();
};

}  // namespace sifa
