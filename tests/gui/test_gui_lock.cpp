#include "CatchCompat.h"
#include "TestSupport.h"

#include "admin/SignInDialog.h"
#include "people/PeoplePage.h"
#include "people/PersonDialog.h"
#include "security/AuditLog.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QEventLoop>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

using namespace sifa;
using namespace sifa::ui;

namespace {

template <typename T>
T *topLevel()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *t = qobject_cast<T *>(w); t && t->isVisible())
            return t;
    }
    return nullptr;
}

// Polls until `condition` holds, then runs `then` (inside whatever event loop is running).
void whenever(const std::function<bool()> &condition, const std::function<void()> &then, int triesLeft = 200)
{
    QTimer::singleShot(25, [=] {
        if (condition())
            then();
        else if (triesLeft > 0)
            whenever(condition, then, triesLeft - 1);
    });
}

}  // namespace

TEST_CASE("locking with a form open hides it and keeps what was typed", "[gui][lock]")
{
    test::TestOffice office;
    const Session head = office.signIn(QStringLiteral("head"));
    AppController controller(office.path);
    controller.showFor(std::move(office.db), head);
    MainWindow *w = controller.mainWindow();
    REQUIRE(w);
    REQUIRE(w->showPage(QStringLiteral("people")));
    auto *page = qobject_cast<PeoplePage *>(w->page(QStringLiteral("people")));
    REQUIRE(page);

    bool coveredWhileLocked = false;
    bool keptAfterUnlock = false;
    QEventLoop mainLoop;  // plays the application's main loop
    QTimer::singleShot(0, [&] {
        whenever([] { return topLevel<PersonDialog>() != nullptr; }, [&] {
            auto *form = topLevel<PersonDialog>();
            qobject_cast<QLineEdit *>(form->fieldWidget(QStringLiteral("name")))->setText(QStringLiteral("周九"));
            whenever([] { return topLevel<LockDialog>() != nullptr; }, [&, form] {
                coveredWhileLocked = !form->fieldWidget(QStringLiteral("name"))->isVisible() && !w->centralWidget()->isVisible();
                auto *lock = topLevel<LockDialog>();
                lock->findChild<QLineEdit *>(QStringLiteral("password"))->setText(test::kPassword);
                lock->findChild<QPushButton *>(QStringLiteral("unlock"))->click();
                whenever([] { return topLevel<LockDialog>() == nullptr; }, [&, form] {
                    auto *name = qobject_cast<QLineEdit *>(form->fieldWidget(QStringLiteral("name")));
                    keptAfterUnlock = name->isVisible() && name->text() == QStringLiteral("周九") && w->centralWidget()->isVisible();
                    form->reject();
                    mainLoop.quit();
                });
            });
            controller.lock(true);
        });
        page->newPerson();  // a modal form, as a clerk would have it open
    });
    mainLoop.exec();
    CHECK(coveredWhileLocked);
    CHECK(keptAfterUnlock);
}

TEST_CASE("signing out from the lock with a form open closes everything safely", "[gui][lock]")
{
    test::TestOffice office;
    const QString path = office.path;
    const Session head = office.signIn(QStringLiteral("head"));
    AppController controller(path);
    controller.showFor(std::move(office.db), head);
    MainWindow *w = controller.mainWindow();
    REQUIRE(w->showPage(QStringLiteral("people")));
    auto *page = qobject_cast<PeoplePage *>(w->page(QStringLiteral("people")));

    bool signInShown = false;
    QEventLoop mainLoop;
    QTimer::singleShot(0, [&] {
        whenever([] { return topLevel<PersonDialog>() != nullptr; }, [&] {
            whenever([] { return topLevel<LockDialog>() != nullptr; }, [&] {
                topLevel<LockDialog>()->findChild<QPushButton *>(QStringLiteral("signOut"))->click();
                // After sign-out the sign-in dialog comes back; nobody signs in.
                whenever([] { return topLevel<SignInDialog>() != nullptr; }, [&] {
                    signInShown = topLevel<PersonDialog>() == nullptr;
                    topLevel<SignInDialog>()->reject();
                    QTimer::singleShot(100, &mainLoop, &QEventLoop::quit);
                });
            });
            controller.lock(true);
        });
        page->newPerson();
    });
    mainLoop.exec();
    CHECK(signInShown);
    CHECK(controller.mainWindow() == nullptr);  // the old window is gone, nothing crashed
}
