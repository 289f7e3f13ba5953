#pragma once

#include "security/Actor.h"
#include "security/Roles.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace sifa {

class Database;

// A signed-in user. Every core operation that reads or changes office data takes one.
struct Session {
    QString userUuid;
    QString username;
    QString displayName;
    Role role = Role::Clerk;
    bool mustChangePassword = false;

    Actor actor() const { return Actor{username, Roles::id(role)}; }
    bool can(Permission p) const { return Permissions::allows(role, p); }
};

// PermissionDenied with a sentence naming what the role may not do; the refusal is audited.
Status requirePermission(Database &db, const Session &session, Permission p);

// The same check without touching the database (for deciding what to show).
Status checkPermission(const Session &session, Permission p);

}  // namespace sifa
