#pragma once

#include <QString>

namespace sifa {

// Who is doing something, as the change log and the audit trail record it.
struct Actor {
    QString name;  // user name, or "system" / "os:<login>" for maintenance without sign-in
    QString role;  // role id (head, mediator, ...) or "system"
};

}  // namespace sifa
