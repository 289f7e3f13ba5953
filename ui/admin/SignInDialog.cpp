#include "admin/SignInDialog.h"

#include "domain/Office.h"
#include "security/Users.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

namespace {

QLabel *errorLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QStringLiteral("error"));
    l->setStyleSheet(QStringLiteral("color: #b00020;"));
    l->setWordWrap(true);
    return l;
}

QLineEdit *passwordEdit(const QString &objectName, QWidget *parent)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(objectName);
    e->setEchoMode(QLineEdit::Password);
    return e;
}

}  // namespace

SignInDialog::SignInDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Sign in — SifaDesk"));
    const OfficeInfo office = Office::info(db);
    auto *v = new QVBoxLayout(this);
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2><p>%2</p>")
                                 .arg(office.name.toHtmlEscaped(),
                                      tr("%1 · code %2").arg(office.divisionName.toHtmlEscaped(), office.code)),
                             this);
    title->setTextFormat(Qt::RichText);
    v->addWidget(title);
    auto *form = new QFormLayout;
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("username"));
    m_password = passwordEdit(QStringLiteral("password"), this);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    v->addLayout(form);
    m_error = errorLabel(this);
    v->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(this);
    auto *signIn = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    signIn->setObjectName(QStringLiteral("signIn"));
    signIn->setDefault(true);
    buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    v->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::attempt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
}

void SignInDialog::setUsername(const QString &name)
{
    m_user->setText(name);
    if (!name.isEmpty())
        m_password->setFocus();
}

void SignInDialog::attempt()
{
    if (m_user->text().trimmed().isEmpty()) {
        m_error->setText(tr("Enter your user name."));
        m_user->setFocus();
        return;
    }
    Result<Session> s = Users::signIn(m_db, m_user->text(), m_password->text());
    m_password->clear();
    if (!s) {
        m_error->setText(s.message());
        m_password->setFocus();
        return;
    }
    m_session = s.value();
    accept();
}

ChangePasswordDialog::ChangePasswordDialog(Database &db, Session &session, bool forced, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session)
{
    setWindowTitle(tr("Change password"));
    auto *v = new QVBoxLayout(this);
    if (forced) {
        auto *why = new QLabel(tr("The administrator set a temporary password for %1. Choose your own before you go on.")
                                   .arg(session.username),
                               this);
        why->setWordWrap(true);
        v->addWidget(why);
    }
    auto *form = new QFormLayout;
    m_old = passwordEdit(QStringLiteral("oldPassword"), this);
    m_new = passwordEdit(QStringLiteral("newPassword"), this);
    m_confirm = passwordEdit(QStringLiteral("confirmPassword"), this);
    form->addRow(tr("&Current password:"), m_old);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat new password:"), m_confirm);
    v->addLayout(form);
    m_error = errorLabel(this);
    v->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Change password"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("change"));
    buttons->button(QDialogButtonBox::Cancel)->setText(forced ? tr("Quit") : tr("Cancel"));
    v->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::attempt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
}

void ChangePasswordDialog::attempt()
{
    if (m_new->text() != m_confirm->text()) {
        m_error->setText(tr("The two new passwords differ."));
        return;
    }
    const Status s = Users::changePassword(m_db, m_session, m_old->text(), m_new->text());
    if (!s.ok()) {
        m_error->setText(s.message());
        return;
    }
    accept();
}

LockDialog::LockDialog(Database &db, const Session &session, bool idle, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session)
{
    setWindowTitle(tr("SifaDesk is locked"));
    setWindowFlag(Qt::WindowCloseButtonHint, false);
    auto *v = new QVBoxLayout(this);
    const QString who = session.displayName.isEmpty() ? session.username : session.displayName;
    auto *text = new QLabel(idle ? tr("The screen was locked after a period without use. Enter the password of %1 to go "
                                      "on, or sign out.")
                                       .arg(who)
                                 : tr("The screen is locked. Enter the password of %1 to go on, or sign out.").arg(who),
                            this);
    text->setWordWrap(true);
    v->addWidget(text);
    auto *form = new QFormLayout;
    m_password = passwordEdit(QStringLiteral("password"), this);
    form->addRow(tr("&Password:"), m_password);
    v->addLayout(form);
    m_error = errorLabel(this);
    v->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(this);
    auto *unlock = buttons->addButton(tr("Unlock"), QDialogButtonBox::AcceptRole);
    unlock->setObjectName(QStringLiteral("unlock"));
    unlock->setDefault(true);
    auto *signOut = buttons->addButton(tr("Sign out"), QDialogButtonBox::DestructiveRole);
    signOut->setObjectName(QStringLiteral("signOut"));
    v->addWidget(buttons);
    connect(unlock, &QPushButton::clicked, this, &LockDialog::attempt);
    connect(signOut, &QPushButton::clicked, this, [this] { done(SignOut); });
    setMinimumWidth(420);
}

void LockDialog::attempt()
{
    const Status s = Users::confirmPassword(m_db, m_session, m_password->text());
    m_password->clear();
    if (!s.ok()) {
        m_error->setText(s.message());
        if (s.code() == ErrorCode::Locked || s.code() == ErrorCode::Disabled)
            done(SignOut);
        return;
    }
    accept();
}

}  // namespace ui
}  // namespace sifa
