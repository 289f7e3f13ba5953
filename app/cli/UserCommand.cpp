#include "Commands.h"
#include "Console.h"

#include "security/Users.h"
#include "storage/Database.h"
#include "sync/OfficeKeys.h"
#include "util/Time.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sifa::cli {

namespace {

QString usage()
{
    return Cli::tr("Usage: sifa user add|list|passwd|reset|unlock|disable|enable|role ... (--help on each)");
}

// A head or administrator added (or whose password was reset) holds the office keys only once
// another holder opens them: the administrator signed in here does so now, with the password
// just used to sign in, so the new holder can sign and open bundles straight away.
void handOverKeys(Database &db, const Session &admin, const QString &adminPassword, const QString &username)
{
    if (!OfficeKeys::roleHoldsKeys(admin.role))
        return;
    Result<std::unique_ptr<UnlockedKeys>> keys = OfficeKeys::unlock(db, admin, adminPassword);
    if (keys)
        out() << Cli::tr("The office keys were handed to %1.").arg(username) << Qt::endl;
    else
        err() << Cli::tr("sifa: note: the office keys could not be handed to %1 now (%2) They are handed over the "
                         "next time the office head or an administrator opens them.")
                     .arg(username, keys.message())
              << Qt::endl;
}

QString stamp(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

int add(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(userOption());
    p.addOption({QStringLiteral("name"), Cli::tr("The new user's sign-in name."), QStringLiteral("USER")});
    p.addOption({QStringLiteral("display-name"), Cli::tr("The new user's full name."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("role"),
                 Cli::tr("head, mediator, correction, placement, clerk, admin or auditor."), QStringLiteral("ROLE")});
    p.addOption({QStringLiteral("must-change"), Cli::tr("The user must choose a new password at first sign-in.")});
    if (std::optional<int> stop = parse(p, args, Cli::tr("Add a user (administrators only). The new user's password "
                                                         "comes from SIFA_NEW_PASSWORD or a prompt.")))
        return *stop;
    const std::optional<Role> role = Roles::fromId(p.value(QStringLiteral("role")));
    if (!p.isSet(QStringLiteral("name")) || !role)
        return fail(Cli::tr("sifa user add needs --name and a --role (head, mediator, correction, placement, clerk, "
                            "admin, auditor)."),
                    Usage);
    int code = Ok;
    QString adminPassword;
    auto in = openAndSignIn(p, &code, &adminPassword);
    if (!in)
        return code;
    auto *db = &in->db;  // **db is the Database
    const Session *session = &in->session;
    const std::optional<QString> pw = readPassword(
        "SIFA_NEW_PASSWORD", Cli::tr("Password for the new user %1:").arg(p.value(QStringLiteral("name"))), true);
    if (!pw)
        return fail(Cli::tr("No password was given for the new user (set SIFA_NEW_PASSWORD or type it at the "
                            "prompt)."));
    NewUser u{p.value(QStringLiteral("name")), p.value(QStringLiteral("display-name")), *role, *pw,
              p.isSet(QStringLiteral("must-change"))};
    if (Status s = Users::add(**db, *session, u); !s.ok())
        return fail(s.error());
    out() << Cli::tr("Added user %1 (%2).").arg(u.username.trimmed(), Roles::displayName(*role)) << Qt::endl;
    if (OfficeKeys::roleHoldsKeys(*role))
        handOverKeys(**db, *session, adminPassword, u.username.trimmed());
    return Ok;
}

int list(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(userOption());
    p.addOption(jsonOption());
    if (std::optional<int> stop = parse(p, args, Cli::tr("List the users (administrators only).")))
        return *stop;
    int code = Ok;
    auto in = openAndSignIn(p, &code);
    if (!in)
        return code;
    auto *db = &in->db;  // **db is the Database
    const Session *session = &in->session;
    Result<QList<UserInfo>> users = Users::list(**db, *session);
    if (!users)
        return fail(users.error());
    const QDateTime now = Clock::nowUtc();
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const UserInfo &u : *users) {
            arr.append(QJsonObject{{QStringLiteral("name"), u.username},
                                   {QStringLiteral("display_name"), u.displayName},
                                   {QStringLiteral("role"), Roles::id(u.role)},
                                   {QStringLiteral("disabled"), u.disabled},
                                   {QStringLiteral("locked"), u.isLocked(now)},
                                   {QStringLiteral("must_change"), u.mustChange},
                                   {QStringLiteral("last_sign_in"), stamp(u.lastSignIn)}});
        }
        printJson(arr);
        return Ok;
    }
    for (const UserInfo &u : *users) {
        QStringList flags;
        if (u.disabled)
            flags << Cli::tr("disabled");
        if (u.isLocked(now))
            flags << Cli::tr("locked");
        if (u.mustChange)
            flags << Cli::tr("must change password");
        out() << u.username << '\t' << Roles::id(u.role) << '\t' << u.displayName << '\t' << stamp(u.lastSignIn)
              << '\t' << flags.join(u", ") << Qt::endl;
    }
    return Ok;
}

// reset | unlock | disable | enable | role: an administrator acting on another account.
int adminAction(const QString &action, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(userOption());
    p.addOption({QStringLiteral("name"), Cli::tr("The account to change."), QStringLiteral("USER")});
    if (action == QLatin1String("role"))
        p.addOption({QStringLiteral("role"), Cli::tr("The new role."), QStringLiteral("ROLE")});
    if (action == QLatin1String("reset"))
        p.addOption({QStringLiteral("keep"), Cli::tr("Do not make the user change the new password.")});
    const QString description = action == QLatin1String("reset")
        ? Cli::tr("Set a new password for a user (from SIFA_NEW_PASSWORD or a prompt); the user must change it "
                  "at the next sign-in unless --keep.")
        : Cli::tr("Change a user account (administrators only).");
    if (std::optional<int> stop = parse(p, args, description))
        return *stop;
    const QString name = p.value(QStringLiteral("name"));
    if (name.isEmpty())
        return fail(Cli::tr("Name the account with --name USER."), Usage);
    int code = Ok;
    QString adminPassword;
    auto in = openAndSignIn(p, &code, &adminPassword);
    if (!in)
        return code;
    auto *db = &in->db;  // **db is the Database
    const Session *session = &in->session;
    Status s;
    if (action == QLatin1String("reset")) {
        const std::optional<QString> pw =
            readPassword("SIFA_NEW_PASSWORD", Cli::tr("New password for %1:").arg(name), true);
        if (!pw)
            return fail(Cli::tr("No new password was given (set SIFA_NEW_PASSWORD or type it at the prompt)."));
        s = Users::resetPassword(**db, *session, name, *pw, !p.isSet(QStringLiteral("keep")));
    } else if (action == QLatin1String("unlock")) {
        s = Users::unlock(**db, *session, name);
    } else if (action == QLatin1String("disable") || action == QLatin1String("enable")) {
        s = Users::setDisabled(**db, *session, name, action == QLatin1String("disable"));
    } else {
        const std::optional<Role> role = Roles::fromId(p.value(QStringLiteral("role")));
        if (!role)
            return fail(Cli::tr("--role is one of head, mediator, correction, placement, clerk, admin, auditor."), Usage);
        s = Users::setRole(**db, *session, name, *role);
    }
    if (!s.ok())
        return fail(s.error());
    out() << Cli::tr("Done.") << Qt::endl;
    if (action == QLatin1String("reset")) {
        // A key holder's access was dropped with the old password: handed over again.
        Result<QList<UserInfo>> users = Users::list(**db, *session);
        if (users) {
            for (const UserInfo &user : *users) {
                if (user.username == name.trimmed() && OfficeKeys::roleHoldsKeys(user.role))
                    handOverKeys(**db, *session, adminPassword, user.username);
            }
        }
    }
    return Ok;
}

int passwd(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(userOption());
    if (std::optional<int> stop = parse(p, args, Cli::tr("Change your own password (current one from SIFA_PASSWORD "
                                                         "or a prompt, new one from SIFA_NEW_PASSWORD or a prompt).")))
        return *stop;
    int code = Ok;
    auto db = openDatabase(p, &code);
    if (!db)
        return code;
    const QString user = p.value(QStringLiteral("user"));
    if (user.isEmpty())
        return fail(Cli::tr("Name the user with --user USER."), Usage);
    const std::optional<QString> old = readPassword("SIFA_PASSWORD", Cli::tr("Current password for %1:").arg(user), false);
    if (!old)
        return fail(Cli::tr("No password was given (set SIFA_PASSWORD or type it at the prompt)."));
    Result<Session> session = Users::signIn(**db, user, *old);
    if (!session)
        return fail(session.error());
    const std::optional<QString> pw = readPassword("SIFA_NEW_PASSWORD", Cli::tr("New password:"), true);
    if (!pw)
        return fail(Cli::tr("No new password was given (set SIFA_NEW_PASSWORD or type it at the prompt)."));
    if (Status s = Users::changePassword(**db, session.value(), *old, *pw); !s.ok())
        return fail(s.error());
    out() << Cli::tr("Password changed.") << Qt::endl;
    return Ok;
}

}  // namespace

int runUser(const QStringList &args)
{
    const QString sub = args.value(1);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("add"))
        return add(rest);
    if (sub == QLatin1String("list"))
        return list(rest);
    if (sub == QLatin1String("passwd"))
        return passwd(rest);
    if (sub == QLatin1String("reset") || sub == QLatin1String("unlock") || sub == QLatin1String("disable")
        || sub == QLatin1String("enable") || sub == QLatin1String("role"))
        return adminAction(sub, rest);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out() << usage() << Qt::endl;
        return Ok;
    }
    return fail(usage(), Usage);
}

}  // namespace sifa::cli
