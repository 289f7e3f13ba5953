#include "security/Session.h"

#include "security/AuditLog.h"
#include "storage/Query.h"

namespace sifa {

namespace {
class SessionText {
    Q_DECLARE_TR_FUNCTIONS(Session)
public:
    static QString reading() { return tr("checking your account"); }
    static QString disabled() { return tr("Your account is disabled or no longer exists; sign in again."); }
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
    // The account as it is now: a role changed or an account disabled by the administrator
    // takes effect at once, not at the next sign-in.
    Session current = session;
    Query q(db, QStringLiteral("SELECT role, disabled FROM app_user WHERE uuid = :u"), Query::Cached);
    q.bind(QStringLiteral(":u"), session.userUuid);
    if (Status s = q.exec(SessionText::reading()); !s.ok())
        return s;
    Status s;
    if (!q.next() || q.integer(1) != 0) {
        s = Status::failure(ErrorCode::PermissionDenied, SessionText::disabled());
    } else {
        current.role = Roles::fromId(q.text(0)).value_or(Role::Clerk);
        s = checkPermission(current, p);
    }
    if (!s.ok())
        (void)AuditLog::append(db, session.actor(), QStringLiteral("access.denied"), QString(), QString(),
                               Permissions::id(p));
    return s;
}

}  // namespace sifa
