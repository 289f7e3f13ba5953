#include "Console.h"

#include "security/Session.h"
#include "security/Users.h"
#include "storage/Database.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace sifa::cli {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int fail(const QString &message, int code)
{
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    out().flush();
    err() << "sifa: " << line << Qt::endl;
    return code;
}

int fail(const Error &error)
{
    if (error.code == ErrorCode::Duplicate)
        return fail(error.detail.isValid() ? QStringLiteral("%1 [%2]").arg(error.message, error.detail.toString())
                                           : error.message,
                    Duplicate);
    return fail(error.message, Failed);
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out().flush();
}

namespace {

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    DWORD mode;
    return GetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), &mode);
#else
    return isatty(STDIN_FILENO) == 1;
#endif
}

QString readLine(bool echo)
{
#ifdef Q_OS_WIN
    HANDLE h = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    GetConsoleMode(h, &mode);
    if (!echo)
        SetConsoleMode(h, mode & ~ENABLE_ECHO_INPUT);
#else
    termios old{};
    const bool tty = tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty && !echo) {
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
#endif
    QTextStream in(stdin);
    const QString line = in.readLine();
#ifdef Q_OS_WIN
    SetConsoleMode(h, mode);
#else
    if (tty && !echo)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
#endif
    if (!echo) {
        err() << Qt::endl;
    }
    return line;
}

}  // namespace

std::optional<QString> readPassword(const char *envVar, const QString &prompt, bool confirm)
{
    const QByteArray env = qgetenv(envVar);
    if (!env.isEmpty())
        return QString::fromUtf8(env);
    if (!stdinIsTerminal()) {
        QTextStream in(stdin);
        const QString line = in.readLine();
        if (line.isNull())
            return std::nullopt;
        return line;
    }
    err() << prompt << ' ';
    err().flush();
    const QString first = readLine(false);
    if (!confirm)
        return first;
    err() << Cli::tr("Repeat the password:") << ' ';
    err().flush();
    const QString second = readLine(false);
    if (first != second) {
        fail(Cli::tr("The two passwords differ."));
        return std::nullopt;
    }
    return first;
}

std::optional<int> parse(QCommandLineParser &parser, const QStringList &args, const QString &description)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(args))
        return fail(parser.errorText(), Usage);
    if (parser.isSet(help)) {
        out() << parser.helpText();
        out().flush();
        return Ok;
    }
    return std::nullopt;
}

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"), Cli::tr("The office database file."), QStringLiteral("FILE"));
}

QCommandLineOption userOption()
{
    return QCommandLineOption(QStringLiteral("user"),
                              Cli::tr("Sign in as USER (password from SIFA_PASSWORD or a prompt)."),
                              QStringLiteral("USER"));
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), Cli::tr("Print JSON instead of text."));
}

QCommandLineOption formatOption(const QString &choices, const QString &fallback)
{
    return {QStringLiteral("format"), Cli::tr("Output format: %1 (default %2).").arg(choices, fallback),
            QStringLiteral("FORMAT"), fallback};
}

std::optional<std::unique_ptr<Database>> openDatabase(const QCommandLineParser &parser, int *exitCode)
{
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        *exitCode = fail(Cli::tr("Name the database with --db FILE."), Usage);
        return std::nullopt;
    }
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db) {
        *exitCode = fail(db.error());
        return std::nullopt;
    }
    return std::move(db).value();
}

std::optional<Session> signIn(Database &db, const QCommandLineParser &parser, int *exitCode, QString *password)
{
    const QString user = parser.value(QStringLiteral("user"));
    if (user.isEmpty()) {
        *exitCode = fail(Cli::tr("Name the user with --user USER."), Usage);
        return std::nullopt;
    }
    const std::optional<QString> pw =
        readPassword("SIFA_PASSWORD", Cli::tr("Password for %1:").arg(user), false);
    if (!pw) {
        *exitCode = fail(Cli::tr("No password was given (set SIFA_PASSWORD or type it at the prompt)."));
        return std::nullopt;
    }
    Result<Session> s = Users::signIn(db, user, *pw);
    if (!s) {
        *exitCode = fail(s.error());
        return std::nullopt;
    }
    if (s->mustChangePassword) {
        *exitCode = fail(Cli::tr("%1 must choose a new password first: run sifa user passwd.").arg(user));
        return std::nullopt;
    }
    if (password)
        *password = *pw;
    return s.value();
}

std::optional<SignedIn> openAndSignIn(const QCommandLineParser &parser, int *exitCode, QString *password)
{
    std::optional<std::unique_ptr<Database>> db = openDatabase(parser, exitCode);
    if (!db)
        return std::nullopt;
    std::optional<Session> session = signIn(**db, parser, exitCode, password);
    if (!session)
        return std::nullopt;
    return SignedIn{std::move(*db), *session};
}

QString osActorName()
{
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("USERNAME");
    if (login.isEmpty())
        login = QStringLiteral("unknown");
    return QStringLiteral("os:") + login;
}

std::optional<Access> accessFor(Database &db, const QCommandLineParser &parser, int *exitCode)
{
    if (!parser.isSet(QStringLiteral("user")))
        return Access::fileLevel(osActorName());
    std::optional<Session> s = signIn(db, parser, exitCode);
    if (!s)
        return std::nullopt;
    return Access::user(*s);
}

std::optional<OpenedWithAccess> openWithAccess(const QCommandLineParser &parser, int *exitCode)
{
    std::optional<std::unique_ptr<Database>> db = openDatabase(parser, exitCode);
    if (!db)
        return std::nullopt;
    std::optional<Access> access = accessFor(**db, parser, exitCode);
    if (!access)
        return std::nullopt;
    return OpenedWithAccess{std::move(*db), *access};
}

}  // namespace sifa::cli
