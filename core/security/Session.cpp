#include "security/Session.h"

#include "security/AuditLog.h"

namespace sifa {

namespace {
class SessionText {
    Q_DECLARE_TR_FUNCTIONS(Session)
public:
    static QString denied(const Session &s, Permission p)
    {
        return tr("Your role (%1) may not %2.").arg(Roles::displayName(s.role), Permissions::description(p));
    }
};
}  // namespace

Status checkPermission(const Session &session, Permission p)
{
    if (session.can(p))
        return {};
    return Status::failure(ErrorCode::PermissionDenied, SessionText::denied(session, p));
}

Status requirePermission(Database &db, const Session &session, Permission p)
{
    Status s = checkPermission(session, p);
    if (!s.ok())
        (void)AuditLog::append(db, session.actor(), QStringLiteral("access.denied"), QString(), QString(),
                               Permissions::id(p));
    return s;
}

}  // namespace sifa
