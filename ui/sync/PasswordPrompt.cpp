#include "sync/PasswordPrompt.h"

#include "sync/OfficeKeys.h"
#include "widgets/MessageBox.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QList>
#include <QPushButton>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

namespace {

QList<std::optional<QString>> &queuedAnswers()
{
    static QList<std::optional<QString>> answers;
    return answers;
}

} // namespace

void PasswordPrompt::setNextPassword(const std::optional<QString> &password)
{
    queuedAnswers().append(password);
}

std::optional<QString> PasswordPrompt::ask(QWidget *parent, const Session &session, const QString &purpose,
                                           const QString &error)
{
    if (!queuedAnswers().isEmpty())
        return queuedAnswers().takeFirst();
    QDialog d(parent);
    d.setWindowTitle(tr("Confirm with your password"));
    auto *v = new QVBoxLayout(&d);
    auto *intro = new QLabel(tr("%1 uses the office's keys. Type your password again, %2.")
                                 .arg(purpose, session.displayName.isEmpty() ? session.username : session.displayName),
                             &d);
    intro->setWordWrap(true);
    v->addWidget(intro);
    auto *form = new QFormLayout;
    auto *edit = new QLineEdit(&d);
    edit->setObjectName(QStringLiteral("password"));
    edit->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Password"), edit);
    v->addLayout(form);
    if (!error.isEmpty()) {
        auto *e = new QLabel(error, &d);
        e->setObjectName(QStringLiteral("error"));
        e->setWordWrap(true);
        e->setStyleSheet(QStringLiteral("color: #b00020;"));
        v->addWidget(e);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Unlock"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &d, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    v->addWidget(buttons);
    edit->setFocus();
    if (d.exec() != QDialog::Accepted)
        return std::nullopt;
    const QString typed = edit->text();
    edit->clear();
    return typed;
}

std::unique_ptr<UnlockedKeys> PasswordPrompt::unlock(QWidget *parent, Database &db, const Session &session,
                                                     const QString &purpose)
{
    QString error;
    for (int attempt = 0; attempt < 3; ++attempt) {
        std::optional<QString> password = ask(parent, session, purpose, error);
        if (!password)
            return nullptr;
        Result<std::unique_ptr<UnlockedKeys>> keys = OfficeKeys::unlock(db, session, *password);
        password->fill(QLatin1Char(' '));
        if (keys.ok())
            return std::move(keys).value();
        // A role that holds the keys is refused only for a wrong password: ask again.
        const bool wrongPassword = keys.code() == ErrorCode::AuthFailed ||
                                   (keys.code() == ErrorCode::PermissionDenied && session.can(Permission::SyncKeys));
        if (!wrongPassword) {
            MessageBox::warning(parent, tr("The office's keys"), keys.message());
            return nullptr;
        }
        error = keys.message();
    }
    MessageBox::warning(parent, tr("The office's keys"), error);
    return nullptr;
}

} // namespace ui
} // namespace sifa
