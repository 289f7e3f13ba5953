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
    TestApp app(argc, argv);
    TestApp::setOrganizationName(QStringLiteral("SifaDeskTests"));
    TestApp::setApplicationName(QStringLiteral("sifadesk-tests"));
    sifa::Translations::install(qEnvironmentVariable("SIFA_LANG"));
    return Catch::Session().run(argc, argv);
}
