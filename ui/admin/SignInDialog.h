#pragma once

#include "security/Session.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

// Signing in to the office database. Failures, lockouts and disabled accounts are shown in
// the dialog; every attempt is audited by the core.
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    SignInDialog(Database &db, QWidget *parent = nullptr);

    std::optional<Session> session() const { return m_session; }
    void setUsername(const QString &name);

public Q_SLOTS:
    void attempt();

private:
    Database &m_db;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_error;
    std::optional<Session> m_session;
};

// Changing one's password; `forced` when the administrator requires it (no cancel).
class ChangePasswordDialog : public QDialog {
    Q_OBJECT
public:
    ChangePasswordDialog(Database &db, Session &session, bool forced, QWidget *parent = nullptr);

public Q_SLOTS:
    void attempt();

private:
    Database &m_db;
    Session &m_session;
    QLineEdit *m_old;
    QLineEdit *m_new;
    QLineEdit *m_confirm;
    QLabel *m_error;
};

// The screen lock after idle minutes: the same user re-enters the password, or signs out.
class LockDialog : public QDialog {
    Q_OBJECT
public:
    enum Result { Unlocked = QDialog::Accepted, SignOut = 2 };
    // `idle`: locked after idle minutes rather than by the user.
    LockDialog(Database &db, const Session &session, bool idle, QWidget *parent = nullptr);

public Q_SLOTS:
    void attempt();

private:
    Database &m_db;
    const Session &m_session;
    QLineEdit *m_password;
    QLabel *m_error;
};

}  // namespace ui
}  // namespace sifa
