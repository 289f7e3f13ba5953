#pragma once

#include "security/Roles.h"
#include "security/Session.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sifa {

class Database;

struct UserInfo {
    QString uuid;
    QString username;
    QString displayName;
    Role role = Role::Clerk;
    bool mustChange = false;
    bool disabled = false;
    int failedCount = 0;
    QDateTime lockedUntil;  // invalid when not locked
    QDateTime lastSignIn;
    QDateTime passwordChangedAt;

    bool isLocked(const QDateTime &nowUtc) const { return lockedUntil.isValid() && lockedUntil > nowUtc; }
};

struct NewUser {
    QString username;
    QString displayName;
    Role role = Role::Clerk;
    QString password;
    bool mustChange = false;
};

// Local accounts: Argon2id hashes, lockout after repeated failures, password change and
// administrator reset. Every sign-in success and failure, lockout and account change is audited.
class Users {
    Q_DECLARE_TR_FUNCTIONS(Users)
public:
    // The first administrator, while a new database is being set up.
    static Status createFirstAdmin(Database &db, const QString &username, const QString &displayName,
                                   const QString &password);

    static Result<Session> signIn(Database &db, const QString &username, const QString &password);
    // Re-enter the password of an open session (idle lock). Failures count towards lockout.
    static Status confirmPassword(Database &db, const Session &session, const QString &password);

    static Status add(Database &db, const Session &admin, const NewUser &user);
    static Result<QList<UserInfo>> list(Database &db, const Session &admin);
    static Result<UserInfo> find(const Database &db, const QString &username);

    static Status changePassword(Database &db, Session &session, const QString &oldPassword,
                                 const QString &newPassword);
    static Status resetPassword(Database &db, const Session &admin, const QString &username,
                                const QString &newPassword, bool mustChange);
    static Status unlock(Database &db, const Session &admin, const QString &username);
    static Status setDisabled(Database &db, const Session &admin, const QString &username, bool disabled);
    static Status setRole(Database &db, const Session &admin, const QString &username, Role role);
    static Status setDisplayName(Database &db, const Session &admin, const QString &username,
                                 const QString &displayName);

    static Status validateUsername(const QString &username);
    static Status validatePassword(const Database &db, const QString &username, const QString &password);
};

}  // namespace sifa
