#pragma once

#include <QDialog>

class QListWidget;

namespace sifa {
namespace ui {

// When the database cannot be used (not a SifaDesk file, from a newer version, read-only,
// damaged): says why and offers the ways out — restore one of its backups, open another
// file, set up a new database, or quit. Nothing is changed until the user chooses.
class DatabaseProblemDialog : public QDialog {
    Q_OBJECT
public:
    enum Choice { Quit, RestoreBackup, OpenOther, CreateNew };

    // `offerRestore`: the file is ruined (damaged, or not a SifaDesk file any more), so its
    // backups are offered; for other problems (a newer version, a locked file) they are not.
    DatabaseProblemDialog(const QString &message, const QString &dbPath, bool offerRestore, QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }
    QString backupFile() const { return m_backup; }

private:
    void choose(Choice c);

    QListWidget *m_backups;
    Choice m_choice = Quit;
    QString m_backup;
};

}  // namespace ui
}  // namespace sifa
