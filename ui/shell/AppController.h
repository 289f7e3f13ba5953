#pragma once

#include "security/Session.h"
#include "shell/IdleWatcher.h"
#include "shell/MainWindow.h"

#include <QObject>
#include <QPointer>

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
    MainWindow *mainWindow() const { return m_main.data(); }

public Q_SLOTS:
    void lock();
    void signOut();
    void changePassword();
    void restoreFrom(const QString &backupFile);
    void quit();

private:
    bool obtainDatabase();
    bool openDatabase(const QString &path);
    bool handleOpenProblem(const QString &path, const QString &message);
    bool runWizard();
    bool signIn();
    void showMain();
    void closeMain();
    void dailyBackup();

    QString m_path;
    std::unique_ptr<Database> m_db;
    std::optional<Session> m_session;
    QPointer<MainWindow> m_main;
    IdleWatcher m_idle;
    bool m_locked = false;
};

}  // namespace ui
}  // namespace sifa
