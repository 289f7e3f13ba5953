#pragma once

#include "util/Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QTextStream>

#include <memory>

#include "security/Access.h"
#include "security/Session.h"
#include "storage/Database.h"

namespace sifa::cli {

// Exit codes of `sifa`.
enum Exit : int {
    Ok = 0,
    Failed = 1,     // the operation was refused or failed; the reason is on stderr
    Usage = 2,      // wrong arguments
    Duplicate = 3,  // the record already exists; the existing record's id is in the message
};

QTextStream &out();
QTextStream &err();

// One line on stderr, "sifa: <message>", and the exit code for it.
int fail(const QString &message, int code = Failed);
int fail(const Error &error);
void printJson(const QJsonValue &value);

// Reads a password: from `envVar` if set, else from the terminal without echo (asking twice
// when `confirm`), else one line of standard input.
std::optional<QString> readPassword(const char *envVar, const QString &prompt, bool confirm);

// Parses a subcommand's arguments; prints help (exit 0) or the error (exit 2) itself.
// Returns an exit code if the caller should stop.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &args, const QString &description);

QCommandLineOption dbOption();
QCommandLineOption userOption();
QCommandLineOption jsonOption();
// --format FORMAT, one of `choices` ("csv, json"), `fallback` when not given.
QCommandLineOption formatOption(const QString &choices, const QString &fallback);

// Opens the database named by --db with clear messages.
std::optional<std::unique_ptr<Database>> openDatabase(const QCommandLineParser &parser, int *exitCode);
// Signs in the user named by --user with the password from SIFA_PASSWORD or a prompt; with
// `password`, keeps that password for opening the office's keys (OfficeKeys::unlock).
std::optional<Session> signIn(Database &db, const QCommandLineParser &parser, int *exitCode,
                              QString *password = nullptr);
// The database named by --db with the user named by --user signed in: what most commands
// start with. On failure the message is printed and *exitCode set.
struct SignedIn {
    std::unique_ptr<Database> db;
    Session session;
};
std::optional<SignedIn> openAndSignIn(const QCommandLineParser &parser, int *exitCode, QString *password = nullptr);

// The actor of a file-level maintenance command run without --user.
QString osActorName();
// Commands that work on the file without signing in (whoever can read the file can copy it):
// file-level access as the operating-system user, or with --user that user signed in, whose
// permissions the core then checks.
std::optional<Access> accessFor(Database &db, const QCommandLineParser &parser, int *exitCode);
// The database named by --db with the access accessFor gives: what the file-level commands
// start with. On failure the message is printed and *exitCode set.
struct OpenedWithAccess {
    std::unique_ptr<Database> db;
    Access access;
};
std::optional<OpenedWithAccess> openWithAccess(const QCommandLineParser &parser, int *exitCode);

// Translation context of the command line's own messages: Cli::tr("...").
class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

}  // namespace sifa::cli
