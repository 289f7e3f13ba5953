#pragma once

#include "sync/Entities.h"

#include <initializer_list>

namespace sifa {

// An entity from a compact field spec: "name" text, "@name" date, "#name" integer (default 0,
// or "#name=1"); a trailing "!" makes the field required. Every entity starts with office_code,
// and its table has the entity's name.
EntityDef entityFromSpec(const char *name, std::initializer_list<const char *> spec);

}  // namespace sifa
