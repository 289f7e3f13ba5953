// sifa: the command-line tool. Links sifa_core only; every command drives the same core
// operations as the GUI.
#include "cli/Commands.h"
#include "cli/Console.h"

#include "codes/CodeTables.h"
#include "codes/Divisions.h"
#include "correction/GradeRules.h"
#include "i18n/Translations.h"
#include "print/FormTemplate.h"

#include "rules/Rules.h"
#include "rules/WorkCalendar.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QDir>
#include <QStandardPaths>
#include <QLoggingCategory>

using namespace sifa::cli;

namespace {

QString usage()
{
    return Cli::tr(
        "SifaDesk command line (司法所工作台)\n"
        "\n"
        "Usage: sifa COMMAND [options]     (sifa COMMAND --help for each)\n"
        "\n"
        "  init       create an office database\n"
        "  user       add, list and manage user accounts\n"
        "  person     add, edit, list, show and remove people in the people index\n"
        "  dispute    import, list and export the mediation ledger (人民调解台账)\n"
        "  correction import, list and export the community correction ledger (社区矫正对象台账)\n"
        "  placement  import, list and export the resettlement ledger (安置帮教人员台账)\n"
        "  todo       list open deadlines (待办)\n"
        "  print      print mediation forms, a case file or the register as PDF\n"
        "  report     statistics (人民调解, 社区矫正, 安置帮教) for a period; the records behind a figure\n"
        "  transfer   move a correction or resettlement file to another township through the county\n"
        "  keys       this office's keys and fingerprint; trust, revoke and rotate keys\n"
        "  bundle     exchange with the county bureau: export, import, status, retry\n"
        "  conflict   list, show and resolve the conflicts found in imported bundles\n"
        "  settings   list and change office settings\n"
        "  check      check a database (integrity, audit chain, --rebuild-compare)\n"
        "  backup     back up a database\n"
        "  restore    restore a database from a backup\n"
        "  audit      verify or list the audit trail\n"
        "  demo       generate a demo office database\n"
        "\n"
        "Signing in: --user USER, password from SIFA_PASSWORD or a prompt.\n"
        "Language: SIFA_LANG=zh_CN (default) or en.\n"
        "Exit codes: 0 success, 1 refused or failed, 2 wrong arguments, 3 already exists.\n");
}

// `sifa report ... --format pdf` (or --out FILE.pdf) lays out a table as `sifa print` does.
bool reportsPdf(int argc, char **argv)
{
    if (argc < 2 || qstrcmp(argv[1], "report") != 0)
        return false;
    for (int i = 2; i < argc; ++i) {
        const QByteArray arg = QByteArray(argv[i]).toLower();
        if (arg == "pdf" || arg == "--format=pdf" || arg.endsWith(".pdf"))
            return true;
    }
    return false;
}

}  // namespace

int main(int argc, char **argv)
{
    // Printing lays text out with the system's fonts, which takes a GUI application; no window
    // opens (the offscreen platform, unless one was chosen).
    const bool printing = argc > 1
                          && (qstrcmp(argv[1], "print") == 0 || reportsPdf(argc, argv)
                              || (argc > 2 && qstrcmp(argv[1], "keys") == 0 && qstrcmp(argv[2], "print") == 0));
#ifndef Q_OS_WIN
    if (printing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    // One-line messages on stderr are the CLI's interface; diagnostics only on request.
    if (qEnvironmentVariableIsEmpty("SIFA_DEBUG")) {
        QLoggingCategory::setFilterRules(QStringLiteral("sifa.*=false"));
        // Qt's own warnings (a missing XDG_RUNTIME_DIR under the offscreen platform) are noise here.
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
            if (type == QtFatalMsg)
                qt_message_output(type, QMessageLogContext(), message);
        });
    }
    std::unique_ptr<QCoreApplication> application(printing ? new QGuiApplication(argc, argv)
                                                            : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("sifa"));
    QCoreApplication::setOrganizationName(QStringLiteral("SifaDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIFA_VERSION_STRING));
    QString lang = qEnvironmentVariable("SIFA_LANG");
    if (!sifa::Translations::available().contains(lang))
        lang = sifa::Translations::defaultLanguage();
    sifa::Translations::install(lang);
    // A county's corrected code tables and rules, where the desktop program keeps them.
    const QString data = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                             .filePath(QStringLiteral("SifaDesk"));
    // A refused file keeps the built-in one, and says so on every run until it is fixed.
    QStringList problems;
    problems << sifa::CodeTables::reload(QDir(data).filePath(QStringLiteral("codes")));
    problems << sifa::Divisions::reload(QDir(data).filePath(QStringLiteral("codes")));
    problems << sifa::Rules::reload(QDir(data).filePath(QStringLiteral("rules")));
    problems << sifa::WorkCalendar::reload(QDir(data).filePath(QStringLiteral("rules")));
    problems << sifa::FormTemplates::reload(QDir(data).filePath(QStringLiteral("forms")));
    problems << sifa::GradeRules::reload(QDir(data).filePath(QStringLiteral("rules")));
    for (const QString &p : std::as_const(problems))
        err() << Cli::tr("sifa: note: %1").arg(p) << Qt::endl;

    const QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        out() << usage();
        out().flush();
        return command.isEmpty() ? Usage : Ok;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out() << "sifa " << QCoreApplication::applicationVersion() << Qt::endl;
        return Ok;
    }

    const QStringList rest = args.mid(1);  // QCommandLineParser skips the first element
    using Runner = int (*)(const QStringList &);
    const QList<QPair<QString, Runner>> commands{
        {QStringLiteral("init"), runInit},       {QStringLiteral("user"), runUser},
        {QStringLiteral("person"), runPerson},   {QStringLiteral("dispute"), runDispute},
        {QStringLiteral("correction"), runCorrection},
        {QStringLiteral("placement"), runPlacement},
        {QStringLiteral("todo"), runTodo},   {QStringLiteral("settings"), runSettings},
        {QStringLiteral("check"), runCheck},     {QStringLiteral("backup"), runBackup},
        {QStringLiteral("restore"), runRestore}, {QStringLiteral("audit"), runAudit},
        {QStringLiteral("demo"), runDemo},       {QStringLiteral("print"), runPrint},
        {QStringLiteral("report"), runReport},   {QStringLiteral("keys"), runKeys},
        {QStringLiteral("bundle"), runBundle},   {QStringLiteral("conflict"), runConflict},
        {QStringLiteral("transfer"), runTransfer},
    };
    for (const auto &[name, run] : commands) {
        if (name == command)
            return run(rest);
    }
    return fail(Cli::tr("Unknown command \"%1\". Run sifa --help.").arg(command), Usage);
}
