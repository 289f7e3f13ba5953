#pragma once

#include "security/Actor.h"
#include "security/Session.h"
#include "util/Result.h"

#include <optional>

namespace sifa {

class Database;

// Who runs a maintenance operation (check, backup, restore): a signed-in user, whose role must
// hold the permission, or — for the command line run without signing in — the operating-system
// user, who can read and copy the database file anyway and is recorded as such.
class Access {
public:
    static Access user(const Session &session) { return Access(session, QString()); }
    static Access fileLevel(const QString &osActor) { return Access(std::nullopt, osActor); }

    Status require(Database &db, Permission p) const
    {
        return m_session ? requirePermission(db, *m_session, p) : Status();
    }
    Actor actor() const
    {
        return m_session ? m_session->actor() : Actor{m_osActor, QStringLiteral("system")};
    }
    bool isUser() const { return m_session.has_value(); }

private:
    Access(std::optional<Session> s, QString osActor) : m_session(std::move(s)), m_osActor(std::move(osActor)) {}
    std::optional<Session> m_session;
    QString m_osActor;
};

}  // namespace sifa
