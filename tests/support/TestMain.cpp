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

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    TestApp app(argc, argv);
    TestApp::setOrganizationName(QStringLiteral("SifaDeskTests"));
    TestApp::setApplicationName(QStringLiteral("sifadesk-tests"));
    const QString lang = qEnvironmentVariable("SIFA_LANG", QStringLiteral("en"));
    sifa::Translations::install(lang);
    return Catch::Session().run(argc, argv);
}
