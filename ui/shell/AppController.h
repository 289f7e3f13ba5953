#pragma once

#include "security/Session.h"
#include "shell/IdleWatcher.h"
#include "shell/MainWindow.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

// The application's life: find or set up the database, open it (with a clear way out when it
// cannot be opened), check it, sign in, show the main window, lock it when idle, back up daily
// and on exit, restore from a backup, sign out.
class AppController : public QObject {
    Q_OBJECT
public:
    explicit AppController(QString databasePath, QObject *parent = nullptr);
    ~AppController() override;

    // Runs the start-up dialogs; false if the user quit.
    bool start();
    // Continues with a database already open and a user already signed in (what start() does
    // after its dialogs; tests start here).
    void showFor(std::unique_ptr<Database> db, const Session &session);
    MainWindow *mainWindow() const { return m_main.data(); }

public Q_SLOTS:
    void lock(bool idle = false);
    void signOut();
    void changePassword();
    void restoreFrom(const QString &backupFile);
    void quit();

private:
    bool obtainDatabase();
    bool openDatabase(const QString &path);
    bool handleOpenProblem(const QString &path, const Error &error);
    bool runWizard();
    bool signIn();
    void showMain();
    void closeMain();
    void dailyBackup();
    // Runs `step` once no dialog's event loop is on the stack any more, so nothing is deleted
    // under a running dialog.
    void whenBackInMainLoop(const std::function<void()> &step);
    void closeOpenDialogs();

    QString m_path;
    std::unique_ptr<Database> m_db;
    std::optional<Session> m_session;
    QPointer<MainWindow> m_main;
    IdleWatcher m_idle;
    QTimer m_backupTimer;
    bool m_locked = false;
};

}  // namespace ui
}  // namespace sifa
