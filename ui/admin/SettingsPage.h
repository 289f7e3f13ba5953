#pragma once

#include "security/Session.h"

#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

class MaintenancePanel;

// Settings: the user's own (language, password), this office's facts, office-wide settings
// and numbering patterns for administrators, backups and checks for those allowed.
class SettingsPage : public QWidget {
    Q_OBJECT
public:
    SettingsPage(Database &db, const Session &session, QWidget *parent = nullptr);
    MaintenancePanel *maintenance() const { return m_maintenance; }
    QWidget *settingEditor(const QString &key) const { return m_editors.value(key); }

public Q_SLOTS:
    void saveOfficeSettings();

Q_SIGNALS:
    void changePasswordRequested();
    void restoreRequested(const QString &backupFile);

private:
    QWidget *buildPersonal();
    QWidget *buildOfficeInfo();
    QWidget *buildOfficeSettings();

    Database &m_db;
    Session m_session;
    QMap<QString, QWidget *> m_editors;
    QMap<QString, QLineEdit *> m_patterns;
    QMap<QString, QLabel *> m_previews;
    MaintenancePanel *m_maintenance = nullptr;
};

}  // namespace ui
}  // namespace sifa
