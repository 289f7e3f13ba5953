#include "shell/HomePage.h"

#include "domain/Maintenance.h"
#include "domain/Office.h"
#include "people/PersonService.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "util/Time.h"

#include <QDir>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

namespace {

QLabel *cardText(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::RichText);
    l->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return l;
}

QGroupBox *card(const QString &title, QLabel *text, QPushButton *button, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *v = new QVBoxLayout(box);
    v->addWidget(text);
    if (button)
        v->addWidget(button, 0, Qt::AlignLeft);
    return box;
}

}  // namespace

HomePage::HomePage(Database &db, const Session &session, QWidget *parent) : QWidget(parent), m_db(db), m_session(session)
{
    auto *v = new QVBoxLayout(this);
    const QString who = session.displayName.isEmpty() ? session.username : session.displayName;
    v->addWidget(new QLabel(QStringLiteral("<h2>%1</h2><p>%2</p>")
                                .arg(tr("Hello, %1").arg(who).toHtmlEscaped(),
                                     QLocale().toString(Clock::today(), QLocale::LongFormat)),
                            this));
    auto *grid = new QGridLayout;
    m_office = cardText(this);
    m_account = cardText(this);
    m_people = cardText(this);
    m_backups = cardText(this);
    grid->addWidget(card(tr("This office"), m_office, nullptr, this), 0, 0);
    grid->addWidget(card(tr("Your account"), m_account, nullptr, this), 0, 1);
    int row = 1;
    int col = 0;
    if (session.can(Permission::PeopleRead)) {
        auto *open = new QPushButton(tr("Open the people index"), this);
        connect(open, &QPushButton::clicked, this, [this] { Q_EMIT openPage(QStringLiteral("people")); });
        grid->addWidget(card(tr("People index"), m_people, open, this), row, col++);
    }
    if (session.can(Permission::BackupRun)) {
        auto *open = new QPushButton(tr("Backups and checks"), this);
        connect(open, &QPushButton::clicked, this, [this] { Q_EMIT openPage(QStringLiteral("settings")); });
        grid->addWidget(card(tr("Backups"), m_backups, open, this), row, col++);
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    v->addLayout(grid);
    v->addStretch();
    refresh();
}

void HomePage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void HomePage::refresh()
{
    const OfficeInfo office = Office::info(m_db);
    m_office->setText(QStringLiteral("<b>%1</b><br>%2<br>%3")
                          .arg(office.name.toHtmlEscaped(), office.divisionName.toHtmlEscaped(),
                               tr("Code %1").arg(office.code)));
    QStringList can;
    for (Permission p : Permissions::all()) {
        if (m_session.can(p))
            can << Permissions::description(p);
    }
    m_account->setText(QStringLiteral("<b>%1</b> · %2<br>%3")
                           .arg(m_session.username.toHtmlEscaped(), Roles::displayName(m_session.role).toHtmlEscaped(),
                                tr("You may: %1.").arg(can.join(tr(", "))).toHtmlEscaped()));
    if (m_session.can(Permission::PeopleRead)) {
        Result<qint64> n = PersonService::count(m_db, m_session, PersonQuery{});
        m_people->setText(n ? tr("%n person(s) in the people index, shared by all modules.", nullptr, static_cast<int>(*n))
                            : n.message().toHtmlEscaped());
    }
    if (m_session.can(Permission::BackupRun)) {
        const QList<BackupInfo> list = Backup::list(Maintenance::backupDirectory(m_db), m_db.path());
        if (list.isEmpty()) {
            m_backups->setText(tr("There is no backup of this database yet."));
        } else {
            const QDateTime when = list.first().created.toLocalTime();
            m_backups->setText(tr("Newest backup: %1 (%n backup(s) kept).", nullptr, static_cast<int>(list.size()))
                                   .arg(QLocale().toString(when, QLocale::ShortFormat)));
        }
    }
}

}  // namespace ui
}  // namespace sifa
