// sifadesk: the desktop application. Start-up only; the application's life is in
// ui/shell/AppController.
#include "codes/CodeTables.h"
#include "codes/Divisions.h"
#include "i18n/Translations.h"
#include "correction/GradeRules.h"
#include "log/Logging.h"
#include "print/FormTemplate.h"
#include "rules/Rules.h"
#include "rules/WorkCalendar.h"
#include "shell/AppController.h"
#include "shell/UiSettings.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SifaDesk"));
    QApplication::setApplicationName(QStringLiteral("SifaDesk"));
    QApplication::setApplicationVersion(QStringLiteral(SIFA_VERSION_STRING));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sifadesk.svg")));
    QApplication::setQuitOnLastWindowClosed(false);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("SifaDesk (司法所工作台)"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("Open this office database."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("User interface language: zh_CN or en."), QStringLiteral("LANG")});
    parser.process(app);

    sifa::installFileLogging(sifa::ui::UiSettings::logDirectory());
    const QString lang = parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang"))
                                                              : sifa::ui::UiSettings::language();
    if (!sifa::Translations::install(lang))
        sifa::Translations::install(sifa::Translations::defaultLanguage());
    // Code tables, rule sets and the working-day calendar: built in, replaceable by a county's
    // corrected files in <data>/codes and <data>/rules.
    // A refused file keeps the built-in one; the administrator is told which and why.
    QStringList problems;
    problems << sifa::CodeTables::reload(sifa::ui::UiSettings::codeOverrideDirectory());
    problems << sifa::Divisions::reload(sifa::ui::UiSettings::codeOverrideDirectory());
    problems << sifa::Rules::reload(sifa::ui::UiSettings::ruleOverrideDirectory());
    problems << sifa::WorkCalendar::reload(sifa::ui::UiSettings::ruleOverrideDirectory());
    problems << sifa::FormTemplates::reload(sifa::ui::UiSettings::formOverrideDirectory());
    problems << sifa::GradeRules::reload(sifa::ui::UiSettings::ruleOverrideDirectory());

    sifa::ui::AppController controller(parser.value(QStringLiteral("db")));
    if (!controller.start())
        return 0;
    if (!problems.isEmpty()) {
        for (const QString &p : std::as_const(problems))
            qWarning("%s", qUtf8Printable(p));
        sifa::ui::MessageBox::warning(nullptr, QCoreApplication::translate("Startup", "Files from the county"),
                                      problems.join(QStringLiteral("\n\n")));
    }
    return app.exec();
}
