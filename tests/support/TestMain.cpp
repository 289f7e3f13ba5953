// Catch2 runner with a Qt application object, as every SifaDesk test needs one (translations,
// SQL driver, widgets for the GUI tests).
#define CATCH_CONFIG_RUNNER
#include "CatchCompat.h"

#include "i18n/Translations.h"

#ifdef SIFA_TEST_WIDGETS
#include <QApplication>
using TestApp = QApplication;
#else
#include <QGuiApplication>
using TestApp = QGuiApplication;
#endif

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <ctime>

int main(int argc, char **argv)
{
    // The same conditions on every machine: no display, a fixed locale and time zone, English
    // messages (tests that check the Chinese ones switch languages themselves).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("LC_ALL", "C.UTF-8");
    qputenv("TZ", "Asia/Shanghai");
    tzset();
    if (qEnvironmentVariableIsEmpty("SIFA_LANG"))
        qputenv("SIFA_LANG", "en");
    // Settings, data and runtime files of the run stay in a folder of their own.
    QTemporaryDir home;
    for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"})
        qputenv(var, QFile::encodeName(home.path() + QLatin1Char('/') + QString::fromLatin1(var)));
    for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"})
        QDir().mkpath(qEnvironmentVariable(var));
    QFile::setPermissions(qEnvironmentVariable("XDG_RUNTIME_DIR"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    TestApp app(argc, argv);
    TestApp::setOrganizationName(QStringLiteral("SifaDeskTests"));
    TestApp::setApplicationName(QStringLiteral("sifadesk-tests"));
    sifa::Translations::install(qEnvironmentVariable("SIFA_LANG"));
    return Catch::Session().run(argc, argv);
}
