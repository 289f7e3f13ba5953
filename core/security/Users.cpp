#include "security/Users.h"

#include "security/AuditLog.h"
#include "security/PasswordHash.h"
#include "settings/DbSettings.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "sync/OfficeKeys.h"
#include "sync/Replica.h"
#include "util/Time.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QUuid>

namespace sifa {

namespace {

const char *const kUserColumns =
    "uuid, username, display_name, role, must_change, disabled, failed_count, locked_until, "
    "last_sign_in, password_changed_at, password_hash";

struct UserRow {
    UserInfo info;
    QString passwordHash;
};

UserRow readUser(Query &q);

Result<UserRow> loadUser(const Database &db, const QString &username)
{
    Query q(db, QStringLiteral("SELECT %1 FROM app_user WHERE username = :u").arg(QLatin1String(kUserColumns)));
    q.bind(QStringLiteral(":u"), username.trimmed());
    if (Status s = q.exec(Users::tr("reading user accounts")); !s.ok())
        return s.error();
    if (!q.next()) {
        return Result<UserRow>::failure(ErrorCode::NotFound,
                                        Users::tr("There is no user named %1.").arg(username.trimmed()));
    }
    return readUser(q);
}

UserRow readUser(Query &q)
{
    UserRow row;
    row.info.uuid = q.text(0);
    row.info.username = q.text(1);
    row.info.displayName = q.text(2);
    row.info.role = Roles::fromId(q.text(3)).value_or(Role::Clerk);
    row.info.mustChange = q.integer(4) != 0;
    row.info.disabled = q.integer(5) != 0;
    row.info.failedCount = static_cast<int>(q.integer(6));
    row.info.lockedUntil = fromStoredTimestamp(q.text(7));
    row.info.lastSignIn = fromStoredTimestamp(q.text(8));
    row.info.passwordChangedAt = fromStoredTimestamp(q.text(9));
    row.passwordHash = q.text(10);
    return row;
}



Session sessionFor(const UserInfo &u)
{
    return Session{u.uuid, u.username, u.displayName, u.role, u.mustChange};
}

Status update(Database &db, const QString &username, const QString &assignments, const QVariantMap &bind,
              const QString &by)
{
    Query q(db, QStringLiteral("UPDATE app_user SET %1, updated_at = :upd_at, updated_by = :upd_by "
                               "WHERE username = :upd_user")
                    .arg(assignments));
    for (auto it = bind.cbegin(); it != bind.cend(); ++it)
        q.bind(it.key(), it.value());
    q.bind(QStringLiteral(":upd_at"), nowTimestamp())
        .bind(QStringLiteral(":upd_by"), by)
        .bind(QStringLiteral(":upd_user"), username);
    return q.exec(Users::tr("saving a user account"));
}

Status insertUser(Database &db, const NewUser &u, const QString &by, const QString &uuid)
{
    const QString now = nowTimestamp();
    Query q(db, QStringLiteral("INSERT INTO app_user(uuid, username, display_name, role, password_hash, must_change, "
                               "password_changed_at, created_at, created_by, updated_at, updated_by) VALUES "
                               "(:id, :u, :d, :r, :h, :m, :t, :t, :b, :t, :b)"));
    q.bind(QStringLiteral(":id"), uuid)
        .bind(QStringLiteral(":u"), u.username.trimmed())
        .bind(QStringLiteral(":d"), u.displayName.trimmed())
        .bind(QStringLiteral(":r"), Roles::id(u.role))
        .bind(QStringLiteral(":h"), PasswordHash::hash(u.password))
        .bind(QStringLiteral(":m"), u.mustChange ? 1 : 0)
        .bind(QStringLiteral(":t"), now)
        .bind(QStringLiteral(":b"), by);
    return q.exec(Users::tr("creating a user account"));
}

// Counts one attempt before the password is checked, in a single atomic statement, so guesses
// made in parallel cannot share a count. Returns the attempt's number.
Result<int> countAttempt(Database &db, const QString &username)
{
    Query q(db, QStringLiteral("UPDATE app_user SET failed_count = failed_count + 1 WHERE username = :u "
                               "RETURNING failed_count"),
            Query::Cached);
    q.bind(QStringLiteral(":u"), username);
    if (Status s = q.exec(Users::tr("checking the password")); !s.ok())
        return s.error();
    if (!q.next())
        return Result<int>::failure(ErrorCode::NotFound, Users::tr("There is no user named %1.").arg(username));
    return static_cast<int>(q.integer(0));
}

// After a wrong password: audits it and locks the account once the attempts reach the limit.
Status recordFailure(Database &db, const UserRow &row, int attempt, const QString &action)
{
    const int max = DbSettings::get(db, DbSettings::MaxFailedSignIns);
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    const Actor who{row.info.username, Roles::id(row.info.role)};
    if (Status s = AuditLog::append(db, who, action, QStringLiteral("user"), row.info.username,
                                    QStringLiteral("failure %1 of %2").arg(attempt).arg(max));
        !s.ok())
        return s;
    if (attempt >= max) {
        const QDateTime until = Clock::nowUtc().addSecs(60LL * DbSettings::get(db, DbSettings::LockoutMinutes));
        if (Status s = update(db, row.info.username, QStringLiteral("locked_until = :l, failed_count = 0"),
                              {{QStringLiteral(":l"), toStoredTimestamp(until)}}, QStringLiteral("system"));
            !s.ok())
            return s;
        if (Status s = AuditLog::append(db, who, QStringLiteral("auth.lockout"), QStringLiteral("user"), row.info.username);
            !s.ok())
            return s;
    }
    return tx.commit();
}

// Checks a password, counting the attempt first; on failure audits and maybe locks.
// Returns AuthFailed or Locked with the message to show.
Status checkPassword(Database &db, const UserRow &row, const QString &password, const QString &failAction,
                     const QString &wrongMessage);

QString lockedMessage(const QDateTime &until)
{
    return Users::tr("This account is locked after too many wrong passwords until %1. Wait, or ask "
                     "the administrator to unlock it.")
        .arg(QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat));
}

Status checkPassword(Database &db, const UserRow &row, const QString &password, const QString &failAction,
                     const QString &wrongMessage)
{
    Result<int> attempt = countAttempt(db, row.info.username);
    if (!attempt)
        return attempt.status();
    if (PasswordHash::verify(row.passwordHash, password))
        return {};
    if (Status s = recordFailure(db, row, *attempt, failAction); !s.ok())
        return s;
    const int max = DbSettings::get(db, DbSettings::MaxFailedSignIns);
    if (*attempt >= max) {
        Result<UserRow> after = loadUser(db, row.info.username);
        if (after)
            return Status::failure(ErrorCode::Locked, lockedMessage(after->info.lockedUntil));
    }
    return Status::failure(ErrorCode::AuthFailed, wrongMessage);
}

// The administrator guard: at least one enabled administrator must remain.
Result<int> enabledAdmins(const Database &db)
{
    Result<QVariant> v = Query::scalar(
        db, QStringLiteral("SELECT COUNT(*) FROM app_user WHERE role = 'admin' AND disabled = 0"), {},
        Users::tr("reading user accounts"), 0);
    if (!v)
        return v.error();
    return v->toInt();
}

Result<UserRow> loadForAdmin(Database &db, const Session &admin, const QString &username)
{
    if (Status s = requirePermission(db, admin, Permission::UsersManage); !s.ok())
        return s.error();
    return loadUser(db, username);
}

}  // namespace

Status Users::validateUsername(const QString &username)
{
    const QString u = username.trimmed();
    if (u.isEmpty() || u.size() > 32) {
        return Status::failure(ErrorCode::InvalidInput, tr("A user name has 1 to 32 characters."),
                               QStringLiteral("username"));
    }
    for (QChar c : u) {
        if (c.isSpace() || !c.isPrint() || c == QLatin1Char(':')) {
            return Status::failure(ErrorCode::InvalidInput,
                                   tr("A user name may not contain spaces, colons or control characters."),
                                   QStringLiteral("username"));
        }
    }
    return {};
}

Status Users::validatePassword(const Database &db, const QString &username, const QString &password)
{
    const int min = DbSettings::get(db, DbSettings::MinPasswordLength);
    if (password.size() < min) {
        return Status::failure(ErrorCode::InvalidInput,
                               tr("The password must have at least %1 characters.").arg(min),
                               QStringLiteral("password"));
    }
    if (password.compare(username, Qt::CaseInsensitive) == 0) {
        return Status::failure(ErrorCode::InvalidInput, tr("The password may not be the user name."),
                               QStringLiteral("password"));
    }
    bool allSame = true;
    for (QChar c : password)
        allSame = allSame && c == password.front();
    if (allSame) {
        return Status::failure(ErrorCode::InvalidInput,
                               tr("The password may not repeat a single character."), QStringLiteral("password"));
    }
    return {};
}

Status Users::createFirstAdmin(Database &db, const QString &username, const QString &displayName,
                               const QString &password)
{
    if (Status s = validateUsername(username); !s.ok())
        return s;
    if (Status s = validatePassword(db, username, password); !s.ok())
        return s;
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    const NewUser u{username, displayName, Role::Admin, password, false};
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (Status s = insertUser(db, u, QStringLiteral("system"), uuid); !s.ok())
        return s;
    if (Status s = AuditLog::append(db, Actor{QStringLiteral("system"), QStringLiteral("system")},
                                    QStringLiteral("user.create"), QStringLiteral("user"), username.trimmed(),
                                    QStringLiteral("role: admin (first administrator)"));
        !s.ok())
        return s;
    // The office's first key pair, held by this administrator (SYNC.md §6).
    if (Status s = OfficeKeys::generate(db, uuid, username.trimmed(), password); !s.ok())
        return s;
    return tx.commit();
}

Result<Session> Users::signIn(Database &db, const QString &username, const QString &password)
{
    const QString wrong = tr("The user name or password is wrong.");
    Result<UserRow> row = loadUser(db, username);
    if (!row) {
        if (row.code() != ErrorCode::NotFound)
            return row.error();
        PasswordHash::burnVerification(password);
        // What was typed may be a password typed into the wrong field: the trail keeps only a
        // short fingerprint, enough to see repeated attempts with the same name.
        const QString tag = QString::fromLatin1(
            QCryptographicHash::hash(username.trimmed().toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
        (void)AuditLog::append(db, Actor{QStringLiteral("(unknown)"), QString()}, QStringLiteral("auth.sign_in_failed"),
                               QStringLiteral("user"), QStringLiteral("#") + tag, QStringLiteral("unknown user name"));
        return Result<Session>::failure(ErrorCode::AuthFailed, wrong);
    }
    const Actor who{row->info.username, Roles::id(row->info.role)};
    const QDateTime now = Clock::nowUtc();
    if (row->info.disabled) {
        (void)AuditLog::append(db, who, QStringLiteral("auth.sign_in_failed"), QStringLiteral("user"),
                               row->info.username, QStringLiteral("account disabled"));
        return Result<Session>::failure(ErrorCode::Disabled,
                                        tr("This account is disabled. Ask the administrator."));
    }
    if (row->info.isLocked(now)) {
        (void)AuditLog::append(db, who, QStringLiteral("auth.sign_in_failed"), QStringLiteral("user"),
                               row->info.username, QStringLiteral("account locked"));
        return Result<Session>::failure(ErrorCode::Locked, lockedMessage(row->info.lockedUntil));
    }
    if (Status s = checkPassword(db, *row, password, QStringLiteral("auth.sign_in_failed"), wrong); !s.ok())
        return s.error();

    Transaction tx(db);
    if (!tx.ok())
        return tx.status().error();
    QString assign = QStringLiteral("failed_count = 0, locked_until = '', last_sign_in = :t");
    QVariantMap bind{{QStringLiteral(":t"), toStoredTimestamp(now)}};
    if (PasswordHash::needsRehash(row->passwordHash)) {
        assign += QStringLiteral(", password_hash = :h");
        bind.insert(QStringLiteral(":h"), PasswordHash::hash(password));
    }
    if (Status s = update(db, row->info.username, assign, bind, row->info.username); !s.ok())
        return s.error();
    if (Status s = AuditLog::append(db, who, QStringLiteral("auth.sign_in"), QStringLiteral("user"),
                                    row->info.username);
        !s.ok())
        return s.error();
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    return sessionFor(row->info);
}

Status Users::confirmPassword(Database &db, const Session &session, const QString &password)
{
    Result<UserRow> row = loadUser(db, session.username);
    if (!row)
        return row.status();
    if (row->info.disabled)
        return Status::failure(ErrorCode::Disabled, tr("This account is disabled. Ask the administrator."));
    if (row->info.isLocked(Clock::nowUtc()))
        return Status::failure(ErrorCode::Locked, lockedMessage(row->info.lockedUntil));
    if (Status s = checkPassword(db, *row, password, QStringLiteral("auth.unlock_failed"), tr("The password is wrong."));
        !s.ok())
        return s;
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    if (Status s = update(db, session.username, QStringLiteral("failed_count = 0"), {}, session.username); !s.ok())
        return s;
    if (Status s = AuditLog::append(db, session.actor(), QStringLiteral("auth.unlock"), QStringLiteral("user"),
                                    session.username);
        !s.ok())
        return s;
    return tx.commit();
}

Status Users::add(Database &db, const Session &admin, const NewUser &user)
{
    if (Status s = requirePermission(db, admin, Permission::UsersManage); !s.ok())
        return s;
    if (Status s = validateUsername(user.username); !s.ok())
        return s;
    if (Status s = validatePassword(db, user.username, user.password); !s.ok())
        return s;
    Result<UserRow> existing = loadUser(db, user.username);
    if (existing) {
        return Status::failure(ErrorCode::Duplicate,
                               tr("A user named %1 already exists.").arg(existing->info.username),
                               QStringLiteral("username"));
    }
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (Status s = insertUser(db, user, admin.username, uuid); !s.ok())
        return s;
    // A head or administrator holds the office's keys: their entry now, the keys themselves
    // handed over the next time another holder opens them.
    if (OfficeKeys::roleHoldsKeys(user.role)) {
        if (Status s = OfficeKeys::enrollHolder(db, uuid, user.password); !s.ok())
            return s;
    }
    if (Status s = AuditLog::append(db, admin.actor(), QStringLiteral("user.create"), QStringLiteral("user"),
                                    user.username.trimmed(), QStringLiteral("role: ") + Roles::id(user.role));
        !s.ok())
        return s;
    return tx.commit();
}

Result<QList<UserInfo>> Users::list(Database &db, const Session &admin)
{
    if (Status s = requirePermission(db, admin, Permission::UsersManage); !s.ok())
        return s.error();
    Query q(db, QStringLiteral("SELECT %1 FROM app_user ORDER BY username COLLATE NOCASE").arg(QLatin1String(kUserColumns)));
    if (Status s = q.exec(tr("reading user accounts")); !s.ok())
        return s.error();
    QList<UserInfo> out;
    while (q.next())
        out << readUser(q).info;
    return out;
}

Result<UserInfo> Users::find(const Database &db, const QString &username)
{
    Result<UserRow> row = loadUser(db, username);
    if (!row)
        return row.error();
    return row->info;
}

Status Users::changePassword(Database &db, Session &session, const QString &oldPassword,
                             const QString &newPassword)
{
    Result<UserRow> row = loadUser(db, session.username);
    if (!row)
        return row.status();
    if (Status s = checkPassword(db, *row, oldPassword, QStringLiteral("auth.password_change_failed"),
                                 tr("The current password is wrong."));
        !s.ok()) {
        Error e = s.error();
        e.field = QStringLiteral("old_password");
        return e;
    }
    if (oldPassword == newPassword) {
        return Status::failure(ErrorCode::InvalidInput, tr("The new password must differ from the current one."),
                               QStringLiteral("password"));
    }
    if (Status s = validatePassword(db, session.username, newPassword); !s.ok())
        return s;
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    if (Status s = update(db, session.username,
                          QStringLiteral("password_hash = :h, must_change = 0, password_changed_at = :t, failed_count = 0"),
                          {{QStringLiteral(":h"), PasswordHash::hash(newPassword)}, {QStringLiteral(":t"), nowTimestamp()}},
                          session.username);
        !s.ok())
        return s;
    // A key holder keeps the office keys: their grant is re-sealed under the new password.
    if (Status s = OfficeKeys::enrollHolder(db, session.userUuid, newPassword, oldPassword); !s.ok())
        return s;
    if (Status s = AuditLog::append(db, session.actor(), QStringLiteral("user.password_change"),
                                    QStringLiteral("user"), session.username);
        !s.ok())
        return s;
    if (Status s = tx.commit(); !s.ok())
        return s;
    session.mustChangePassword = false;
    return {};
}

Status Users::resetPassword(Database &db, const Session &admin, const QString &username,
                            const QString &newPassword, bool mustChange)
{
    Result<UserRow> row = loadForAdmin(db, admin, username);
    if (!row)
        return row.status();
    if (Status s = validatePassword(db, row->info.username, newPassword); !s.ok())
        return s;
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    if (Status s = update(db, row->info.username,
                          QStringLiteral("password_hash = :h, must_change = :m, password_changed_at = :t, "
                                         "failed_count = 0, locked_until = ''"),
                          {{QStringLiteral(":h"), PasswordHash::hash(newPassword)},
                           {QStringLiteral(":m"), mustChange ? 1 : 0},
                           {QStringLiteral(":t"), nowTimestamp()}},
                          admin.username);
        !s.ok())
        return s;
    // A key holder's grant cannot follow a password nobody knew: it is dropped and handed over
    // again the next time another holder opens the keys.
    if (Status s = OfficeKeys::enrollHolder(db, row->info.uuid, newPassword); !s.ok())
        return s;
    if (Status s = AuditLog::append(db, admin.actor(), QStringLiteral("user.password_reset"), QStringLiteral("user"),
                                    row->info.username, mustChange ? QStringLiteral("must change") : QString());
        !s.ok())
        return s;
    return tx.commit();
}

Status Users::unlock(Database &db, const Session &admin, const QString &username)
{
    Result<UserRow> row = loadForAdmin(db, admin, username);
    if (!row)
        return row.status();
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    if (Status s = update(db, row->info.username, QStringLiteral("failed_count = 0, locked_until = ''"), {},
                          admin.username);
        !s.ok())
        return s;
    if (Status s = AuditLog::append(db, admin.actor(), QStringLiteral("user.unlock"), QStringLiteral("user"),
                                    row->info.username);
        !s.ok())
        return s;
    return tx.commit();
}

Status Users::setDisabled(Database &db, const Session &admin, const QString &username, bool disabled)
{
    Result<UserRow> row = loadForAdmin(db, admin, username);
    if (!row)
        return row.status();
    if (row->info.disabled == disabled)
        return {};
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    if (disabled && row->info.role == Role::Admin) {
        Result<int> admins = enabledAdmins(db);
        if (!admins)
            return admins.status();
        if (*admins <= 1) {
            return Status::failure(ErrorCode::Conflict,
                                   tr("%1 is the only active administrator and cannot be disabled.")
                                       .arg(row->info.username));
        }
    }
    if (Status s = update(db, row->info.username, QStringLiteral("disabled = :d"),
                          {{QStringLiteral(":d"), disabled ? 1 : 0}}, admin.username);
        !s.ok())
        return s;
    if (Status s = AuditLog::append(db, admin.actor(),
                                    disabled ? QStringLiteral("user.disable") : QStringLiteral("user.enable"),
                                    QStringLiteral("user"), row->info.username);
        !s.ok())
        return s;
    return tx.commit();
}

Status Users::setRole(Database &db, const Session &admin, const QString &username, Role role)
{
    Result<UserRow> row = loadForAdmin(db, admin, username);
    if (!row)
        return row.status();
    if (row->info.role == role)
        return {};
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    if (row->info.role == Role::Admin && !row->info.disabled) {
        Result<int> admins = enabledAdmins(db);
        if (!admins)
            return admins.status();
        if (*admins <= 1) {
            return Status::failure(ErrorCode::Conflict,
                                   tr("%1 is the only active administrator; appoint another administrator "
                                      "first.")
                                       .arg(row->info.username));
        }
    }
    // A user made head or administrator becomes a key holder at their next password change or
    // reset, or the first time they open the keys (OfficeKeys::unlock checks their password).
    if (Status s = update(db, row->info.username, QStringLiteral("role = :r"),
                          {{QStringLiteral(":r"), Roles::id(role)}}, admin.username);
        !s.ok())
        return s;
    if (Status s = AuditLog::append(db, admin.actor(), QStringLiteral("user.role_change"), QStringLiteral("user"),
                                    row->info.username,
                                    QStringLiteral("%1 -> %2").arg(Roles::id(row->info.role), Roles::id(role)));
        !s.ok())
        return s;
    return tx.commit();
}

Status Users::setDisplayName(Database &db, const Session &admin, const QString &username,
                             const QString &displayName)
{
    Result<UserRow> row = loadForAdmin(db, admin, username);
    if (!row)
        return row.status();
    if (displayName.trimmed().size() > 50)
        return Status::failure(ErrorCode::InvalidInput, tr("A display name has at most 50 characters."));
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    if (Status s = update(db, row->info.username, QStringLiteral("display_name = :d"),
                          {{QStringLiteral(":d"), displayName.trimmed()}}, admin.username);
        !s.ok())
        return s;
    if (Status s = AuditLog::append(db, admin.actor(), QStringLiteral("user.update"), QStringLiteral("user"),
                                    row->info.username, QStringLiteral("fields: display_name"));
        !s.ok())
        return s;
    return tx.commit();
}

}  // namespace sifa
