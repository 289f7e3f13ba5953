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
    // A signed-in user; implicit, so operations taking Access accept a Session.
    Access(const Session &session) : m_session(session) {}  // NOLINT(google-explicit-constructor)
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
    // Whether the role may (without auditing a refusal): for deciding what to offer.
    bool can(Permission p) const { return !m_session || m_session->can(p); }
    // The signed-in user's name, or empty for file-level access.
    QString username() const { return m_session ? m_session->username : QString(); }
    QString displayName() const { return m_session ? m_session->displayName : QString(); }

private:
    Access(std::optional<Session> s, QString osActor) : m_session(std::move(s)), m_osActor(std::move(osActor)) {}
    std::optional<Session> m_session;
    QString m_osActor;
};

}  // namespace sifa
