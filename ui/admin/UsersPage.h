#pragma once

#include "security/Session.h"
#include "security/Users.h"

#include <QDialog>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

// Adding a user: name, full name, role and a first password.
class UserDialog : public QDialog {
    Q_OBJECT
public:
    UserDialog(Database &db, const Session &admin, QWidget *parent = nullptr);

public Q_SLOTS:
    void save();

private:
    Database &m_db;
    Session m_admin;
    QLineEdit *m_name;
    QLineEdit *m_displayName;
    QComboBox *m_role;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QCheckBox *m_mustChange;
    QLabel *m_error;
};

// User accounts (administrators only): add, reset passwords, unlock, disable, change roles.
class UsersPage : public QWidget {
    Q_OBJECT
public:
    UsersPage(Database &db, const Session &admin, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

public Q_SLOTS:
    void refresh();

private:
    QString selectedUser() const;
    void act(const std::function<Status(const QString &)> &action);
    void resetPassword();
    void changeRole();

    Database &m_db;
    Session m_admin;
    QTableWidget *m_table;
    QList<UserInfo> m_users;
};

}  // namespace ui
}  // namespace sifa
