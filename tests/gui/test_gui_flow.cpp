#include "CatchCompat.h"
#include "TestSupport.h"

#include "admin/AuditPage.h"
#include "admin/FirstRunWizard.h"
#include "admin/SettingsPage.h"
#include "admin/SignInDialog.h"
#include "admin/UsersPage.h"
#include "domain/Office.h"
#include "people/PeoplePage.h"
#include "people/PeopleTableModel.h"
#include "people/PersonDialog.h"
#include "people/PersonService.h"
#include "print/CorrectionForms.h"
#include "security/Users.h"
#include "settings/DbSettings.h"
#include "shell/IdleWatcher.h"
#include "shell/MainWindow.h"
#include "widgets/DivisionPicker.h"
#include "widgets/MessageBox.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QInputMethodEvent>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QWizard>

using namespace sifa;
using namespace sifa::ui;

namespace {

template <typename T>
T *child(QObject *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    INFO("widget " << name.toStdString());
    REQUIRE(w);
    return w;
}

// Types `text` into a field: ASCII as key presses, Chinese as an input method commits it.
void type(QWidget *w, const QString &text)
{
    w->setFocus();
    if (auto *edit = qobject_cast<QLineEdit *>(w))
        edit->clear();
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 128;
    if (ascii) {
        QTest::keyClicks(w, text);
        return;
    }
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(w, &commit);
}

// No test may block on a dialog it did not answer.
const bool g_nonInteractive = [] {
    MessageBox::setNonInteractive(true);
    return true;
}();

}  // namespace

TEST_CASE("the first-run wizard sets up an office database", "[gui][wizard]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.sqlite"));
    FirstRunWizard wizard(path);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    CHECK(wizard.currentId() == FirstRunWizard::WelcomePage);
    wizard.next();
    REQUIRE(wizard.currentId() == FirstRunWizard::OfficePage);

    // A wrong code keeps the clerk on the page, with the reason.
    type(child<QLineEdit>(&wizard, QStringLiteral("officeCode")), QStringLiteral("99999"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    wizard.next();
    CHECK(wizard.currentId() == FirstRunWizard::OfficePage);
    CHECK(MessageBox::lastText().contains(QStringLiteral("9 digits")));

    // The code names the township and suggests the office name.
    type(child<QLineEdit>(&wizard, QStringLiteral("officeCode")), QStringLiteral("330225101"));
    CHECK(child<QLineEdit>(&wizard, QStringLiteral("officeName"))->text() == QStringLiteral("石浦镇司法所"));
    wizard.next();
    REQUIRE(wizard.currentId() == FirstRunWizard::AdminPage);

    type(child<QLineEdit>(&wizard, QStringLiteral("adminName")), QStringLiteral("王管理"));
    type(child<QLineEdit>(&wizard, QStringLiteral("adminPassword")), test::kPassword);
    type(child<QLineEdit>(&wizard, QStringLiteral("adminConfirm")), QStringLiteral("different-1"));
    wizard.next();
    CHECK(wizard.currentId() == FirstRunWizard::AdminPage);  // passwords differ
    type(child<QLineEdit>(&wizard, QStringLiteral("adminConfirm")), test::kPassword);
    wizard.next();
    REQUIRE(wizard.currentId() == FirstRunWizard::SummaryPage);
    CHECK_FALSE(QFile::exists(path));  // nothing is written before Finish

    wizard.button(QWizard::FinishButton)->click();
    CHECK(wizard.result() == QDialog::Accepted);
    std::unique_ptr<Database> db = wizard.takeDatabase();
    REQUIRE(db);
    CHECK(Office::info(*db).code == QStringLiteral("330225101"));
    CHECK(Users::signIn(*db, QStringLiteral("admin"), test::kPassword).ok());
}

TEST_CASE("signing in through the dialog", "[gui][signin]")
{
    test::TestOffice office;
    SignInDialog dialog(*office.db);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    type(child<QLineEdit>(&dialog, QStringLiteral("username")), QStringLiteral("mediator"));
    type(child<QLineEdit>(&dialog, QStringLiteral("password")), QStringLiteral("wrong-password"));
    child<QPushButton>(&dialog, QStringLiteral("signIn"))->click();
    CHECK_FALSE(dialog.session().has_value());
    CHECK(child<QLabel>(&dialog, QStringLiteral("error"))->text().contains(QStringLiteral("wrong")));
    CHECK(child<QLineEdit>(&dialog, QStringLiteral("password"))->text().isEmpty());

    type(child<QLineEdit>(&dialog, QStringLiteral("password")), test::kPassword);
    QTest::keyClick(child<QLineEdit>(&dialog, QStringLiteral("password")), Qt::Key_Return);
    REQUIRE(dialog.session().has_value());
    CHECK(dialog.session()->role == Role::Mediator);
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("a temporary password must be changed before going on", "[gui][signin]")
{
    test::TestOffice office;
    const Session admin = office.signIn(QStringLiteral("admin"));
    REQUIRE(Users::resetPassword(*office.db, admin, QStringLiteral("clerk"), QStringLiteral("Temporary-1"), true).ok());
    Session clerk = *Users::signIn(*office.db, QStringLiteral("clerk"), QStringLiteral("Temporary-1"));
    REQUIRE(clerk.mustChangePassword);
    ChangePasswordDialog dialog(*office.db, clerk, true);
    type(child<QLineEdit>(&dialog, QStringLiteral("oldPassword")), QStringLiteral("Temporary-1"));
    type(child<QLineEdit>(&dialog, QStringLiteral("newPassword")), QStringLiteral("Clerk-Own-9"));
    type(child<QLineEdit>(&dialog, QStringLiteral("confirmPassword")), QStringLiteral("Clerk-Own-9"));
    child<QPushButton>(&dialog, QStringLiteral("change"))->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(clerk.mustChangePassword);
}

TEST_CASE("navigation shows each role only what it may open", "[gui][shell]")
{
    test::TestOffice office;
    const QMap<QString, QStringList> expected{
        {QStringLiteral("head"), {QStringLiteral("home"), QStringLiteral("todo"), QStringLiteral("mediation"), QStringLiteral("correction"),
                                  QStringLiteral("placement"), QStringLiteral("dashboard"), QStringLiteral("reports"), QStringLiteral("exchange"),
                                  QStringLiteral("conflicts"), QStringLiteral("people"), QStringLiteral("settings")}},
        {QStringLiteral("mediator"), {QStringLiteral("home"), QStringLiteral("todo"), QStringLiteral("mediation"), QStringLiteral("dashboard"), QStringLiteral("reports"),
                                      QStringLiteral("people"), QStringLiteral("settings")}},
        {QStringLiteral("correction"), {QStringLiteral("home"), QStringLiteral("todo"), QStringLiteral("correction"), QStringLiteral("dashboard"), QStringLiteral("reports"),
                                        QStringLiteral("people"), QStringLiteral("settings")}},
        {QStringLiteral("clerk"), {QStringLiteral("home"), QStringLiteral("todo"), QStringLiteral("mediation"), QStringLiteral("dashboard"), QStringLiteral("reports"),
                                   QStringLiteral("exchange"), QStringLiteral("conflicts"), QStringLiteral("people"),
                                   QStringLiteral("settings")}},
        {QStringLiteral("admin"), {QStringLiteral("home"), QStringLiteral("exchange"), QStringLiteral("users"), QStringLiteral("settings")}},
        {QStringLiteral("auditor"), {QStringLiteral("home"), QStringLiteral("audit"), QStringLiteral("settings")}},
    };
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const Session s = office.signIn(it.key());
        MainWindow w(*office.db, s);
        INFO(it.key().toStdString());
        CHECK(w.pageIds() == it.value());
        CHECK(w.navigation()->count() == it.value().size());
    }
}

TEST_CASE("clicking through the main window", "[gui][shell]")
{
    test::TestOffice office;
    const Session head = office.signIn(QStringLiteral("head"));
    MainWindow w(*office.db, head);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    CHECK(w.currentPageId() == QStringLiteral("home"));
    auto *stack = w.findChild<QStackedWidget *>();
    REQUIRE(stack);
    for (int row = 0; row < w.navigation()->count(); ++row) {
        const QRect r = w.navigation()->visualItemRect(w.navigation()->item(row));
        QTest::mouseClick(w.navigation()->viewport(), Qt::LeftButton, {}, r.center());
        CHECK(w.currentPageId() == w.pageIds().at(row));
        CHECK(stack->currentWidget() == w.page(w.pageIds().at(row)));
    }
    // Data exchange is a page of its own now: writing and reading bundles.
    auto *exchange = w.page(QStringLiteral("exchange"));
    CHECK(exchange->findChild<QPushButton *>(QStringLiteral("exportBundle")));
    CHECK(exchange->findChild<QPushButton *>(QStringLiteral("importBundles")));
    // The status bar names the office and the user.
    CHECK(child<QLabel>(&w, QStringLiteral("officeStatus"))->text().contains(QStringLiteral("330225101")));
    CHECK(child<QLabel>(&w, QStringLiteral("userStatus"))->text().contains(QStringLiteral("head")));
}

TEST_CASE("the people ledger: search and the person form", "[gui][people]")
{
    test::TestOffice office;
    const Session clerk = office.signIn(QStringLiteral("clerk"));
    for (int i = 0; i < 5; ++i) {
        Person p;
        p.name = i < 2 ? QStringLiteral("张%1").arg(QChar(0x4E09 + i)) : QStringLiteral("李%1").arg(QChar(0x56DB + i));
        p.idNumber = test::makeId(QStringLiteral("330225"), QDate(1970 + i, 3, 1), true, 40 + i);
        REQUIRE(PersonService::create(*office.db, clerk, p).ok());
    }
    PeoplePage page(*office.db, clerk);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    CHECK(page.model()->rowCount() == 5);
    CHECK(child<QLabel>(&page, QStringLiteral("count"))->text().contains(QStringLiteral("5")));
    // ID numbers are masked in the list.
    CHECK(page.model()->index(0, PeopleTableModel::IdNumber).data().toString().contains(QStringLiteral("********")));

    QTest::keyClicks(page.searchBox(), QStringLiteral("zs"));
    QTRY_COMPARE(page.model()->rowCount(), 2);
    page.searchBox()->clear();
    QTRY_COMPARE(page.model()->rowCount(), 5);

    SECTION("entering a person with live ID checking")
    {
        PersonDialog dialog(*office.db, clerk);
        dialog.show();
        type(dialog.fieldWidget(QStringLiteral("name")), QStringLiteral("赵六"));
        const QString id = test::makeId(QStringLiteral("330225"), QDate(1990, 7, 8), false);
        type(dialog.fieldWidget(QStringLiteral("id_number")), id.left(10));
        CHECK(child<QLabel>(&dialog, QStringLiteral("idStatus"))->text().contains(QStringLiteral("10")));
        QTest::keyClicks(dialog.fieldWidget(QStringLiteral("id_number")), id.mid(10));
        CHECK(child<QLabel>(&dialog, QStringLiteral("idStatus"))->text().startsWith(QStringLiteral("Valid")));
        const Person entered = dialog.person();
        CHECK(entered.birthDate == QDate(1990, 7, 8));  // filled from the number
        CHECK(entered.sex == QStringLiteral("2"));
        CHECK(entered.hukouDivision == QStringLiteral("330225"));
        type(dialog.fieldWidget(QStringLiteral("phone")), QStringLiteral("12345"));
        child<QPushButton>(&dialog, QStringLiteral("save"))->click();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(child<QLabel>(&dialog, QStringLiteral("error"))->text().contains(QStringLiteral("11-digit")));
        type(dialog.fieldWidget(QStringLiteral("phone")), QStringLiteral("13812345678"));
        child<QPushButton>(&dialog, QStringLiteral("save"))->click();
        CHECK(dialog.result() == QDialog::Accepted);
        page.refresh();
        CHECK(page.model()->rowCount() == 6);
    }
    SECTION("a duplicate ID number offers the existing person")
    {
        PersonDialog dialog(*office.db, clerk);
        type(dialog.fieldWidget(QStringLiteral("name")), QStringLiteral("张三三"));
        type(dialog.fieldWidget(QStringLiteral("id_number")), test::makeId(QStringLiteral("330225"), QDate(1970, 3, 1), true, 40));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        child<QPushButton>(&dialog, QStringLiteral("save"))->click();
        CHECK(dialog.result() == PersonDialog::OpenExisting);
        CHECK(page.model()->rowOf(dialog.existingUuid()) >= 0);
    }
    SECTION("removing asks for a reason and keeps the record")
    {
        page.table()->selectRow(0);
        const QString uuid = page.model()->data(page.model()->index(0, 0), PeopleTableModel::UuidRole).toString();
        MessageBox::setNextText(QStringLiteral("重复登记"));
        page.removeSelected();
        CHECK(page.model()->rowCount() == 4);
        CHECK(PersonService::get(*office.db, clerk, uuid)->deleted);
    }
}

TEST_CASE("the division picker cascades and round-trips a code", "[gui][widgets]")
{
    DivisionPicker picker;
    picker.setCode(QStringLiteral("330225101"));
    CHECK(picker.code() == QStringLiteral("330225101"));
    CHECK(picker.level(3)->currentText() == QStringLiteral("石浦镇"));
    picker.level(2)->setCurrentIndex(picker.level(2)->findData(QStringLiteral("330226")));
    CHECK(picker.code() == QStringLiteral("330226"));
    picker.level(0)->setCurrentIndex(0);
    CHECK(picker.code().isEmpty());
}

TEST_CASE("the idle lock fires after quiet time and unlocks with the password", "[gui][lock]")
{
    IdleWatcher watcher;
    QSignalSpy idle(&watcher, &IdleWatcher::idle);
    watcher.setIntervalMs(50);
    CHECK(idle.wait(2000));

    test::TestOffice office;
    const Session s = office.signIn(QStringLiteral("mediator"));
    LockDialog dialog(*office.db, s, true);
    type(child<QLineEdit>(&dialog, QStringLiteral("password")), QStringLiteral("not-it-at-all"));
    child<QPushButton>(&dialog, QStringLiteral("unlock"))->click();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(child<QLabel>(&dialog, QStringLiteral("error"))->text().isEmpty());
    type(child<QLineEdit>(&dialog, QStringLiteral("password")), test::kPassword);
    child<QPushButton>(&dialog, QStringLiteral("unlock"))->click();
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("administrator and auditor pages work on real data", "[gui][admin]")
{
    test::TestOffice office;
    const Session admin = office.signIn(QStringLiteral("admin"));
    UsersPage users(*office.db, admin);
    CHECK(users.table()->rowCount() == Roles::all().size());

    SettingsPage settings(*office.db, admin);
    auto *idle = settings.settingEditor(QStringLiteral("security.idle_lock_minutes"));
    REQUIRE(idle);
    QTest::keyClick(idle, Qt::Key_Up);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    settings.saveOfficeSettings();
    CHECK(DbSettings::get(*office.db, DbSettings::IdleLockMinutes) == 11);
    // The county agency on the correction forms: empty shows the county's bureau it stands for.
    auto *agency = qobject_cast<QLineEdit *>(settings.settingEditor(QStringLiteral("correction.county_agency")));
    REQUIRE(agency);
    CHECK(agency->text().isEmpty());
    CHECK(agency->placeholderText() == Office::defaultCountyCorrectionAgency(*office.db));
    CHECK_FALSE(agency->placeholderText().isEmpty());
    agency->setText(QStringLiteral("象山县司法局社区矫正科"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    settings.saveOfficeSettings();
    CHECK(DbSettings::get(*office.db, DbSettings::CountyCorrectionAgency) == QStringLiteral("象山县司法局社区矫正科"));
    CHECK(Office::countyCorrectionAgency(*office.db) == QStringLiteral("象山县司法局社区矫正科"));

    const Session auditor = office.signIn(QStringLiteral("auditor"));
    AuditPage audit(*office.db, auditor);
    CHECK(audit.model()->rowCount() > 5);
    audit.verify();
    CHECK(audit.verification()->text().contains(QStringLiteral("intact")));
}
