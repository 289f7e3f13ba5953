#include "shell/AppController.h"

#include "admin/FirstRunWizard.h"
#include "admin/SignInDialog.h"
#include "domain/Maintenance.h"
#include "security/AuditLog.h"
#include "settings/DbSettings.h"
#include "shell/DatabaseProblemDialog.h"
#include "shell/MainWindow.h"
#include "shell/UiSettings.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QThread>
#include <QtConcurrent>

Q_LOGGING_CATEGORY(lcApp, "sifa.ui.app")

namespace sifa {
namespace ui {

AppController::AppController(QString databasePath, QObject *parent) : QObject(parent), m_path(std::move(databasePath))
{
    connect(&m_idle, &IdleWatcher::idle, this, [this] { lock(true); });
    // A window left open for days still makes its daily backup.
    m_backupTimer.setInterval(60 * 60 * 1000);
    connect(&m_backupTimer, &QTimer::timeout, this, &AppController::dailyBackup);
}

AppController::~AppController()
{
    closeMain();
}

bool AppController::start()
{
    if (!obtainDatabase())
        return false;
    if (!signIn())
        return false;
    showMain();
    return true;
}

void AppController::showFor(std::unique_ptr<Database> db, const Session &session)
{
    m_db = std::move(db);
    m_path = m_db->path();
    m_session = session;
    showMain();
}

bool AppController::obtainDatabase()
{
    if (m_path.isEmpty())
        m_path = UiSettings::lastDatabase();
    if (m_path.isEmpty())
        m_path = UiSettings::defaultDatabasePath();
    if (!Database::probe(m_path).exists)
        return runWizard();
    return openDatabase(m_path);
}

bool AppController::runWizard()
{
    FirstRunWizard wizard(m_path.isEmpty() ? UiSettings::defaultDatabasePath() : m_path);
    if (wizard.exec() != QDialog::Accepted)
        return false;
    m_path = wizard.databasePath();
    if (wizard.choice() == FirstRunWizard::Choice::Create) {
        m_db = wizard.takeDatabase();
        UiSettings::setLastDatabase(m_path);
        return m_db != nullptr || openDatabase(m_path);
    }
    return openDatabase(m_path);
}

bool AppController::openDatabase(const QString &path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<std::unique_ptr<Database>> db = Database::open(path);
    QApplication::restoreOverrideCursor();
    if (!db)
        return handleOpenProblem(path, db.error());
    Result<QStringList> integrity = (*db)->integrityCheck();
    if (!integrity || !integrity->isEmpty()) {
        const QString detail = integrity ? integrity->first() : integrity.message();
        db.value().reset();
        return handleOpenProblem(path, Error{ErrorCode::Damaged,
                                             tr("The database %1 failed its integrity check (%2). Nothing was "
                                                "changed. Restore it from a backup.")
                                                 .arg(QDir::toNativeSeparators(path), detail),
                                             {}, {}});
    }
    m_db = std::move(db).value();
    m_path = path;
    UiSettings::setLastDatabase(path);
    return true;
}

bool AppController::handleOpenProblem(const QString &path, const Error &error)
{
    qCWarning(lcApp) << "cannot open database:" << error.message;
    // Restoring without signing in is offered only when the file itself is ruined: there is no
    // account to sign in with, and whoever sits at this computer could copy the file anyway.
    const bool ruined = error.code == ErrorCode::Damaged || error.code == ErrorCode::NotSifaDatabase;
    DatabaseProblemDialog dialog(error.message, path, ruined);
    dialog.exec();
    switch (dialog.choice()) {
    case DatabaseProblemDialog::RestoreBackup: {
        QString login = qEnvironmentVariable("USER");
        if (login.isEmpty())
            login = qEnvironmentVariable("USERNAME");
        Result<RestoreReport> r = Maintenance::restore(path, dialog.backupFile(), Access::fileLevel(QStringLiteral("os:") + login));
        if (!r)
            return handleOpenProblem(path, r.error());
        MessageBox::information(nullptr, tr("Restored"),
                                tr("The backup was restored. The database it replaced was kept as %1.")
                                    .arg(QDir::toNativeSeparators(r->safetyCopy)));
        return openDatabase(path);
    }
    case DatabaseProblemDialog::OpenOther: {
        const QString other = QFileDialog::getOpenFileName(nullptr, tr("Open a database"), QFileInfo(path).absolutePath(),
                                                           tr("SifaDesk databases (*.sqlite);;All files (*)"));
        if (other.isEmpty())
            return handleOpenProblem(path, error);
        return openDatabase(other);
    }
    case DatabaseProblemDialog::CreateNew:
        m_path = QDir(QFileInfo(path).absolutePath()).filePath(QStringLiteral("sifadesk-new.sqlite"));
        return runWizard();
    case DatabaseProblemDialog::Quit:
        break;
    }
    return false;
}

bool AppController::signIn()
{
    SignInDialog dialog(*m_db);
    if (dialog.exec() != QDialog::Accepted || !dialog.session())
        return false;
    m_session = dialog.session();
    if (m_session->mustChangePassword) {
        ChangePasswordDialog change(*m_db, *m_session, true);
        if (change.exec() != QDialog::Accepted)
            return false;
    }
    return true;
}

void AppController::showMain()
{
    m_main = new MainWindow(*m_db, *m_session);
    m_main->setAttribute(Qt::WA_DeleteOnClose, false);
    connect(m_main, &MainWindow::lockRequested, this, [this] { lock(false); });
    connect(m_main, &MainWindow::signOutRequested, this, &AppController::signOut);
    connect(m_main, &MainWindow::changePasswordRequested, this, &AppController::changePassword);
    connect(m_main, &MainWindow::restoreRequested, this, &AppController::restoreFrom);
    connect(m_main, &MainWindow::quitRequested, this, &AppController::quit);
    m_main->show();
    m_idle.start(DbSettings::get(*m_db, DbSettings::IdleLockMinutes));
    m_backupTimer.start();
    dailyBackup();
}

void AppController::closeMain()
{
    m_idle.stop();
    m_backupTimer.stop();
    if (m_main) {
        m_main->hide();
        delete m_main.data();
    }
}

void AppController::dailyBackup()
{
    if (!m_db || !m_session || !Maintenance::dailyBackupDue(*m_db))
        return;
    // The copy runs on a worker thread with its own connection; rotation and the audit record
    // follow on this thread, through the same core steps as every other backup.
    const QString dbPath = m_db->path();
    const QString dir = Maintenance::backupDirectory(*m_db);
    auto *watcher = new QFutureWatcher<Result<QString>>(this);
    connect(watcher, &QFutureWatcher<Result<QString>>::finished, this, [this, watcher] {
        const Result<QString> file = watcher->result();
        watcher->deleteLater();
        if (!m_db || !m_session)
            return;
        if (!file) {
            if (m_main)
                m_main->showStatus(tr("The daily backup failed: %1").arg(file.message()));
            return;
        }
        (void)Maintenance::finishBackup(*m_db, Access::user(*m_session), *file, Backup::Kind::Daily);
        if (m_main) {
            m_main->showStatus(tr("Daily backup written to %1.").arg(QDir::toNativeSeparators(*file)));
            m_main->refreshOverview();
        }
    });
    watcher->setFuture(QtConcurrent::run([dbPath, dir] { return Backup::snapshot(dbPath, dir, Backup::Kind::Daily); }));
}

void AppController::whenBackInMainLoop(const std::function<void()> &step)
{
    QTimer::singleShot(0, this, [this, step] {
        if (QThread::currentThread()->loopLevel() > 1) {
            QTimer::singleShot(20, this, [this, step] { whenBackInMainLoop(step); });
            return;
        }
        step();
    });
}

void AppController::closeOpenDialogs()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *d = qobject_cast<QDialog *>(w); d && d->isVisible())
            d->reject();
    }
}

void AppController::lock(bool idle)
{
    if (!m_main || !m_session || m_locked)
        return;
    m_locked = true;
    m_idle.stop();
    (void)AuditLog::append(*m_db, m_session->actor(), idle ? QStringLiteral("auth.idle_lock") : QStringLiteral("auth.lock"));
    // Nothing personal stays on screen: the contents of the main window and of any open dialog
    // are hidden (a dialog being filled in stays open, so nothing typed is lost).
    QList<QPointer<QWidget>> covered;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (!top->isVisible())
            continue;
        const QList<QWidget *> parts = top == m_main ? QList<QWidget *>{m_main->centralWidget()}
                                                     : top->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
        for (QWidget *part : parts) {
            if (part->isVisible()) {
                part->hide();
                covered << part;
            }
        }
    }
    LockDialog dialog(*m_db, *m_session, idle, m_main);
    const int result = dialog.exec();
    m_locked = false;
    if (result == QDialog::Accepted) {
        for (const QPointer<QWidget> &part : std::as_const(covered)) {
            if (part)
                part->show();
        }
        m_idle.start(DbSettings::get(*m_db, DbSettings::IdleLockMinutes));
        return;
    }
    signOut();
}

void AppController::signOut()
{
    if (m_session)
        (void)AuditLog::append(*m_db, m_session->actor(), QStringLiteral("auth.sign_out"));
    m_session.reset();
    closeOpenDialogs();
    if (m_main)
        m_main->hide();
    whenBackInMainLoop([this] {
        closeMain();
        if (!signIn()) {
            quit();
            return;
        }
        showMain();
    });
}

void AppController::changePassword()
{
    if (!m_session)
        return;
    ChangePasswordDialog dialog(*m_db, *m_session, false, m_main);
    if (dialog.exec() == QDialog::Accepted)
        MessageBox::information(m_main, tr("Password"), tr("Your password was changed."));
}

void AppController::restoreFrom(const QString &backupFile)
{
    if (!m_session || !m_session->can(Permission::BackupRestore))
        return;
    Result<BackupInfo> info = Backup::inspect(backupFile);
    if (!info) {
        MessageBox::critical(m_main, tr("Restore"), info.message());
        return;
    }
    const auto answer = MessageBox::question(
        m_main, tr("Restore"),
        tr("Replace the current database with the backup of %1? Everything entered since then is kept only in a "
           "safety copy. SifaDesk will ask you to sign in again.")
            .arg(QLocale().toString(info->created.toLocalTime(), QLocale::ShortFormat)));
    if (answer != QMessageBox::Yes)
        return;
    const Access access = Access::user(*m_session);
    closeOpenDialogs();
    whenBackInMainLoop([this, access, backupFile] {
        closeMain();
        m_session.reset();
        const QString path = m_db->path();
        m_db.reset();  // the restore needs the database to itself
        Result<RestoreReport> r = Maintenance::restore(path, backupFile, access);
        if (!r)
            MessageBox::critical(nullptr, tr("Restore"), r.message());
        else
            MessageBox::information(nullptr, tr("Restore"),
                                    tr("The backup was restored. The database it replaced was kept as %1.")
                                        .arg(QDir::toNativeSeparators(r->safetyCopy)));
        if (!openDatabase(path) || !signIn()) {
            quit();
            return;
        }
        showMain();
    });
}

void AppController::quit()
{
    if (m_db && m_session) {
        (void)AuditLog::append(*m_db, m_session->actor(), QStringLiteral("auth.sign_out"));
        if (m_main)
            m_main->showStatus(tr("Backing up…"));
        QApplication::setOverrideCursor(Qt::WaitCursor);
        Result<QString> backup = Maintenance::backupOnExit(*m_db, Access::user(*m_session));
        QApplication::restoreOverrideCursor();
        if (!backup) {
            const auto answer = MessageBox::question(m_main, tr("Backup"),
                                                     tr("The backup on exit failed: %1\n\nQuit anyway?").arg(backup.message()));
            if (answer != QMessageBox::Yes)
                return;
        }
    }
    closeMain();
    m_db.reset();
    QCoreApplication::quit();
}

}  // namespace ui
}  // namespace sifa
