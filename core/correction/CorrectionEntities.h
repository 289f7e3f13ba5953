#pragma once

#include "sync/Entities.h"

namespace sifa {

// The synced entities of 社区矫正 (domain README §3.7). Their tables are in
// storage/SchemaCorrection.cpp; a test holds the two together.
class CorrectionEntities {
public:
    static const EntityDef &assessment();
    static const EntityDef &subject();
    static const EntityDef &gradeChange();
    static const EntityDef &teamMember();
    static const EntityDef &family();
    static const EntityDef &activity();
    static const EntityDef &request();
    static const EntityDef &sanction();
    static const EntityDef &score();
    static const EntityDef &monitoring();
    static const EntityDef &missing();
    static const EntityDef &keyPeriod();
    static const EntityDef &keyMember();
    static QList<const EntityDef *> all();
    static const EntityDef *byName(const QString &name);
};

}  // namespace sifa
