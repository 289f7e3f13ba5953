#include "admin/MaintenancePanel.h"

#include "domain/Maintenance.h"
#include "security/AuditLog.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

namespace {

QString kindLabel(const QString &kind)
{
    if (kind == QLatin1String("daily")) return MaintenancePanel::tr("daily");
    if (kind == QLatin1String("exit")) return MaintenancePanel::tr("on exit");
    if (kind == QLatin1String("manual")) return MaintenancePanel::tr("by hand");
    if (kind == QLatin1String("pre-migration")) return MaintenancePanel::tr("before an upgrade");
    if (kind == QLatin1String("pre-restore")) return MaintenancePanel::tr("before a restore");
    return kind;
}

}  // namespace

MaintenancePanel::MaintenancePanel(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session)
{
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    if (session.can(Permission::BackupRun)) {
        auto *box = new QGroupBox(tr("Backups"), this);
        auto *bv = new QVBoxLayout(box);
        m_folder = new QLabel(box);
        m_folder->setWordWrap(true);
        m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
        bv->addWidget(m_folder);
        m_backups = new QTableWidget(0, 3, box);
        m_backups->setObjectName(QStringLiteral("backupsTable"));
        m_backups->setHorizontalHeaderLabels({tr("Made"), tr("Kind"), tr("Size")});
        m_backups->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_backups->setSelectionMode(QAbstractItemView::SingleSelection);
        m_backups->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_backups->verticalHeader()->setVisible(false);
        m_backups->horizontalHeader()->setStretchLastSection(true);
        m_backups->setMinimumHeight(150);
        bv->addWidget(m_backups);
        auto *bar = new QHBoxLayout;
        auto *now = new QPushButton(tr("Back up &now"), box);
        now->setObjectName(QStringLiteral("backupNow"));
        auto *toFile = new QPushButton(tr("Back up to a &file…"), box);
        bar->addWidget(now);
        bar->addWidget(toFile);
        connect(now, &QPushButton::clicked, this, &MaintenancePanel::backupNow);
        connect(toFile, &QPushButton::clicked, this, &MaintenancePanel::backupToFile);
        if (session.can(Permission::BackupRestore)) {
            auto *restore = new QPushButton(tr("&Restore the selected backup…"), box);
            auto *restoreFile = new QPushButton(tr("Restore from a file…"), box);
            bar->addWidget(restore);
            bar->addWidget(restoreFile);
            connect(restore, &QPushButton::clicked, this, &MaintenancePanel::restoreSelected);
            connect(restoreFile, &QPushButton::clicked, this, &MaintenancePanel::restoreFromFile);
        }
        bar->addStretch();
        bv->addLayout(bar);
        v->addWidget(box);
        refreshBackups();
    }
    if (session.can(Permission::MaintenanceCheck)) {
        auto *box = new QGroupBox(tr("Database check"), this);
        auto *cv = new QVBoxLayout(box);
        cv->addWidget(new QLabel(tr("Checks the file's integrity, the audit trail's hash chain, and that every record "
                                    "matches the change log it was built from."),
                                 box));
        auto *run = new QPushButton(tr("Run the &check"), box);
        run->setObjectName(QStringLiteral("runCheck"));
        auto *h = new QHBoxLayout;
        h->addWidget(run);
        h->addStretch();
        cv->addLayout(h);
        m_checkResult = new QPlainTextEdit(box);
        m_checkResult->setObjectName(QStringLiteral("checkResult"));
        m_checkResult->setReadOnly(true);
        m_checkResult->setMaximumHeight(140);
        cv->addWidget(m_checkResult);
        connect(run, &QPushButton::clicked, this, &MaintenancePanel::runCheck);
        v->addWidget(box);
    }
}

void MaintenancePanel::refreshBackups()
{
    if (!m_backups)
        return;
    const QString dir = Maintenance::backupDirectory(m_db);
    m_folder->setText(tr("Backups are kept in %1. SifaDesk backs up once a day and when it closes.")
                          .arg(QDir::toNativeSeparators(dir)));
    const QList<BackupInfo> list = Backup::list(dir, m_db.path());
    m_backups->setRowCount(static_cast<int>(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const BackupInfo &b = list.at(i);
        auto *made = new QTableWidgetItem(b.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        made->setData(Qt::UserRole, b.path);
        m_backups->setItem(i, 0, made);
        m_backups->setItem(i, 1, new QTableWidgetItem(kindLabel(b.kind)));
        m_backups->setItem(i, 2, new QTableWidgetItem(QLocale().formattedDataSize(b.size)));
    }
    m_backups->resizeColumnsToContents();
}

void MaintenancePanel::backupNow()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<QString> file = Maintenance::backupNow(m_db, Access::user(m_session));
    QApplication::restoreOverrideCursor();
    if (!file) {
        MessageBox::critical(this, tr("Backup"), file.message());
        return;
    }
    refreshBackups();
    MessageBox::information(this, tr("Backup"), tr("The backup was written to %1.").arg(QDir::toNativeSeparators(*file)));
}

void MaintenancePanel::backupToFile()
{
    const QString suggested = QDir::home().filePath(QFileInfo(m_db.path()).completeBaseName() + Backup::suffix());
    const QString file = QFileDialog::getSaveFileName(this, tr("Back up to a file"), suggested,
                                                      tr("SifaDesk backups (*.sifabak)"));
    if (file.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = Maintenance::backupTo(m_db, Access::user(m_session), file);
    QApplication::restoreOverrideCursor();
    if (!s.ok())
        MessageBox::critical(this, tr("Backup"), s.message());
    else
        MessageBox::information(this, tr("Backup"), tr("The backup was written to %1.").arg(QDir::toNativeSeparators(file)));
}

void MaintenancePanel::restoreSelected()
{
    const int row = m_backups ? m_backups->currentRow() : -1;
    if (row < 0) {
        MessageBox::information(this, tr("Restore"), tr("Choose a backup in the list first."));
        return;
    }
    Q_EMIT restoreRequested(m_backups->item(row, 0)->data(Qt::UserRole).toString());
}

void MaintenancePanel::restoreFromFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Restore from a file"), QDir::homePath(),
                                                      tr("SifaDesk backups (*.sifabak);;All files (*)"));
    if (!file.isEmpty())
        Q_EMIT restoreRequested(file);
}

void MaintenancePanel::runCheck()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<CheckReport> r = Maintenance::check(m_db, Access::user(m_session), true);
    QApplication::restoreOverrideCursor();
    if (!r) {
        m_checkResult->setPlainText(r.message());
        return;
    }
    QStringList lines;
    lines << (r->integrity.isEmpty() ? tr("File integrity: sound.") : tr("File integrity: %1").arg(r->integrity.join(u"; ")));
    lines << (r->foreignKeys.isEmpty() ? tr("References: sound.") : tr("References: %1").arg(r->foreignKeys.join(u"; ")));
    if (r->audit.ok()) {
        lines << tr("Audit trail: %n record(s), chain intact.", nullptr, static_cast<int>(r->audit.checked));
    } else {
        for (const AuditProblem &p : r->audit.problems)
            lines << tr("Audit trail: %1").arg(p.message);
    }
    if (r->rebuild) {
        lines << (r->rebuild->ok()
                      ? tr("Change log: %n record(s) match it.", nullptr, static_cast<int>(r->rebuild->rowsCompared))
                      : tr("Change log: %1").arg(r->rebuild->differences.join(u"; ")));
    }
    lines << (r->ok() ? tr("Result: everything is in order.") : tr("Result: problems found; restore a backup or call support."));
    m_checkResult->setPlainText(lines.join(u'\n'));
}

}  // namespace ui
}  // namespace sifa
