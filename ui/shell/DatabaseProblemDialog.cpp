#include "shell/DatabaseProblemDialog.h"

#include "storage/Backup.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QStyle>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

DatabaseProblemDialog::DatabaseProblemDialog(const QString &message, const QString &dbPath, bool offerRestore,
                                             QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("The database cannot be opened"));
    auto *v = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(40, 40));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    auto *text = new QLabel(message, this);
    text->setObjectName(QStringLiteral("message"));
    text->setWordWrap(true);
    top->addWidget(text, 1);
    v->addLayout(top);
    m_backups = new QListWidget(this);
    const QList<BackupInfo> backups =
        offerRestore ? Backup::list(Backup::defaultDirectory(dbPath), dbPath) : QList<BackupInfo>();
    for (const BackupInfo &b : backups) {
        auto *item = new QListWidgetItem(tr("Backup of %1 (%2)")
                                             .arg(QLocale().toString(b.created.toLocalTime(), QLocale::ShortFormat), b.kind),
                                         m_backups);
        item->setData(Qt::UserRole, b.path);
    }
    if (!backups.isEmpty()) {
        v->addWidget(new QLabel(tr("Backups of this database:"), this));
        m_backups->setCurrentRow(0);
        v->addWidget(m_backups);
    } else {
        m_backups->hide();
    }
    auto *buttons = new QDialogButtonBox(this);
    if (!backups.isEmpty()) {
        auto *restore = buttons->addButton(tr("Restore the chosen backup"), QDialogButtonBox::ActionRole);
        connect(restore, &QPushButton::clicked, this, [this] { choose(RestoreBackup); });
    }
    auto *other = buttons->addButton(tr("Open another database…"), QDialogButtonBox::ActionRole);
    auto *create = buttons->addButton(tr("Set up a new database…"), QDialogButtonBox::ActionRole);
    auto *quit = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    connect(other, &QPushButton::clicked, this, [this] { choose(OpenOther); });
    connect(create, &QPushButton::clicked, this, [this] { choose(CreateNew); });
    connect(quit, &QPushButton::clicked, this, [this] { choose(Quit); });
    v->addWidget(buttons);
    setMinimumWidth(520);
}

void DatabaseProblemDialog::choose(Choice c)
{
    m_choice = c;
    if (c == RestoreBackup && m_backups->currentItem())
        m_backup = m_backups->currentItem()->data(Qt::UserRole).toString();
    if (c == Quit)
        reject();
    else
        accept();
}

}  // namespace ui
}  // namespace sifa
