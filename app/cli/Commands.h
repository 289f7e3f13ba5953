#pragma once

#include <QStringList>

namespace sifa::cli {

// Each takes the arguments after the subcommand name (argv[0] is the subcommand itself, as
// QCommandLineParser expects) and returns the process exit code.
int runInit(const QStringList &args);
int runUser(const QStringList &args);
int runPerson(const QStringList &args);
int runCheck(const QStringList &args);
int runBackup(const QStringList &args);
int runRestore(const QStringList &args);
int runAudit(const QStringList &args);
int runDemo(const QStringList &args);
int runSettings(const QStringList &args);
int runDispute(const QStringList &args);
int runCorrection(const QStringList &args);
int runPlacement(const QStringList &args);
int runTodo(const QStringList &args);
int runPrint(const QStringList &args);
int runReport(const QStringList &args);
int runTransfer(const QStringList &args);
int runKeys(const QStringList &args);
int runBundle(const QStringList &args);
int runConflict(const QStringList &args);

}  // namespace sifa::cli
