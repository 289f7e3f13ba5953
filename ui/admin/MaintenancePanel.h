#pragma once

#include "security/Session.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

// Backups (list, back up now, back up to a file, restore) and database checks, for the roles
// allowed to run them. Restoring is handed to the application, which must close the database.
class MaintenancePanel : public QWidget {
    Q_OBJECT
public:
    MaintenancePanel(Database &db, const Session &session, QWidget *parent = nullptr);
    QTableWidget *backups() const { return m_backups; }

public Q_SLOTS:
    void refreshBackups();
    void backupNow();
    void backupToFile();
    void restoreSelected();
    void restoreFromFile();
    void runCheck();

Q_SIGNALS:
    void restoreRequested(const QString &backupFile);

private:
    Database &m_db;
    Session m_session;
    QLabel *m_folder = nullptr;
    QTableWidget *m_backups = nullptr;
    QPlainTextEdit *m_checkResult = nullptr;
};

}  // namespace ui
}  // namespace sifa
