#include "admin/UsersPage.h"

#include "util/Time.h"
#include "widgets/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

namespace {

QComboBox *roleCombo(QWidget *parent)
{
    auto *c = new QComboBox(parent);
    for (Role r : Roles::all())
        c->addItem(Roles::displayName(r), Roles::id(r));
    return c;
}

}  // namespace

UserDialog::UserDialog(Database &db, const Session &admin, QWidget *parent) : QDialog(parent), m_db(db), m_admin(admin)
{
    setWindowTitle(tr("New user"));
    auto *v = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("username"));
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_role = roleCombo(this);
    m_role->setObjectName(QStringLiteral("role"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_mustChange = new QCheckBox(tr("The user chooses a new password at the first sign-in"), this);
    m_mustChange->setChecked(true);
    form->addRow(tr("&User name:"), m_name);
    form->addRow(tr("Full &name:"), m_displayName);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("R&epeat password:"), m_confirm);
    form->addRow(QString(), m_mustChange);
    v->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    v->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Add user"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    v->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void UserDialog::save()
{
    if (m_password->text() != m_confirm->text()) {
        m_error->setText(tr("The two passwords differ."));
        return;
    }
    const NewUser u{m_name->text(), m_displayName->text(), Roles::fromId(m_role->currentData().toString()).value_or(Role::Clerk),
                    m_password->text(), m_mustChange->isChecked()};
    const Status s = Users::add(m_db, m_admin, u);
    if (!s.ok()) {
        m_error->setText(s.message());
        return;
    }
    accept();
}

UsersPage::UsersPage(Database &db, const Session &admin, QWidget *parent) : QWidget(parent), m_db(db), m_admin(admin)
{
    auto *v = new QVBoxLayout(this);
    v->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Users")), this));
    auto *bar = new QHBoxLayout;
    auto *add = new QPushButton(tr("&New user…"), this);
    add->setObjectName(QStringLiteral("newUser"));
    auto *reset = new QPushButton(tr("Reset &password…"), this);
    auto *unlock = new QPushButton(tr("&Unlock"), this);
    auto *disable = new QPushButton(tr("&Disable"), this);
    auto *enable = new QPushButton(tr("&Enable"), this);
    auto *role = new QPushButton(tr("Change &role…"), this);
    for (QPushButton *b : {add, reset, unlock, disable, enable, role})
        bar->addWidget(b);
    bar->addStretch();
    v->addLayout(bar);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Full name"), tr("Role"), tr("State"), tr("Last sign-in")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    v->addWidget(m_table, 1);
    auto *note = new QLabel(tr("Administrators manage accounts, settings and backups; they do not see case files. "
                               "Correction and resettlement files are open only to their officers and the office head."),
                            this);
    note->setWordWrap(true);
    v->addWidget(note);

    connect(add, &QPushButton::clicked, this, [this] {
        UserDialog d(m_db, m_admin, this);
        if (d.exec() == QDialog::Accepted)
            refresh();
    });
    connect(reset, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(unlock, &QPushButton::clicked, this, [this] { act([this](const QString &u) { return Users::unlock(m_db, m_admin, u); }); });
    connect(disable, &QPushButton::clicked, this,
            [this] { act([this](const QString &u) { return Users::setDisabled(m_db, m_admin, u, true); }); });
    connect(enable, &QPushButton::clicked, this,
            [this] { act([this](const QString &u) { return Users::setDisabled(m_db, m_admin, u, false); }); });
    connect(role, &QPushButton::clicked, this, &UsersPage::changeRole);
    refresh();
}

void UsersPage::refresh()
{
    Result<QList<UserInfo>> users = Users::list(m_db, m_admin);
    m_users = users ? *users : QList<UserInfo>();
    m_table->setRowCount(static_cast<int>(m_users.size()));
    const QDateTime now = Clock::nowUtc();
    for (int i = 0; i < m_users.size(); ++i) {
        const UserInfo &u = m_users.at(i);
        QStringList state;
        if (u.disabled)
            state << tr("disabled");
        if (u.isLocked(now))
            state << tr("locked until %1").arg(u.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm")));
        if (u.mustChange)
            state << tr("must change password");
        const QStringList cells{u.username, u.displayName, Roles::displayName(u.role),
                                state.isEmpty() ? tr("active") : state.join(QStringLiteral(", ")),
                                u.lastSignIn.isValid() ? u.lastSignIn.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                                       : tr("never")};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
}

QString UsersPage::selectedUser() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_users.size() ? m_users.at(row).username : QString();
}

void UsersPage::act(const std::function<Status(const QString &)> &action)
{
    const QString user = selectedUser();
    if (user.isEmpty()) {
        MessageBox::information(this, tr("Users"), tr("Choose a user in the list first."));
        return;
    }
    const Status s = action(user);
    if (!s.ok())
        MessageBox::warning(this, tr("Users"), s.message());
    refresh();
}

void UsersPage::resetPassword()
{
    act([this](const QString &user) -> Status {
        const std::optional<QString> pw = MessageBox::getText(
            this, tr("Reset password"),
            tr("A temporary password for %1 (the user must change it at the next sign-in):").arg(user));
        if (!pw)
            return {};
        const Status s = Users::resetPassword(m_db, m_admin, user, *pw, true);
        if (s.ok())
            MessageBox::information(this, tr("Reset password"),
                                    tr("Give %1 the temporary password in person.").arg(user));
        return s;
    });
}

void UsersPage::changeRole()
{
    act([this](const QString &user) -> Status {
        QStringList names;
        for (Role r : Roles::all())
            names << Roles::displayName(r);
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Change role"), tr("New role of %1:").arg(user), names, 0,
                                                     false, &ok);
        if (!ok)
            return {};
        return Users::setRole(m_db, m_admin, user, Roles::all().at(static_cast<int>(names.indexOf(chosen))));
    });
}

}  // namespace ui
}  // namespace sifa
