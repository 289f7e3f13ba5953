#include "admin/AuditPage.h"

#include "security/AuditLog.h"
#include "storage/Database.h"
#include "util/Time.h"
#include "widgets/TableViewState.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

namespace {
constexpr int kLimit = 2000;
}

AuditPage::AuditPage(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_model(new QStandardItemModel(this))
{
    auto *v = new QVBoxLayout(this);
    v->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Audit trail")), this));
    auto *bar = new QHBoxLayout;
    m_actor = new QLineEdit(this);
    m_actor->setPlaceholderText(tr("User"));
    m_actor->setClearButtonEnabled(true);
    m_action = new QLineEdit(this);
    m_action->setPlaceholderText(tr("Action, e.g. auth or person"));
    m_action->setClearButtonEnabled(true);
    m_from = new QDateEdit(Clock::today().addDays(-30), this);
    m_to = new QDateEdit(Clock::today(), this);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto *show = new QPushButton(tr("&Show"), this);
    auto *check = new QPushButton(tr("&Verify the chain"), this);
    check->setObjectName(QStringLiteral("verify"));
    bar->addWidget(m_actor, 1);
    bar->addWidget(m_action, 1);
    bar->addWidget(new QLabel(tr("From"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    bar->addWidget(show);
    bar->addWidget(check);
    v->addLayout(bar);
    m_verification = new QLabel(this);
    m_verification->setObjectName(QStringLiteral("verification"));
    m_verification->setWordWrap(true);
    v->addWidget(m_verification);

    m_model->setHorizontalHeaderLabels({tr("No."), tr("Time"), tr("User"), tr("Role"), tr("Action"), tr("Record"),
                                        tr("Details")});
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    setUpLedgerTable(m_table, QStringLiteral("audit"));
    m_table->setSortingEnabled(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->addWidget(m_table, 1);
    m_count = new QLabel(this);
    v->addWidget(m_count);

    connect(show, &QPushButton::clicked, this, &AuditPage::refresh);
    connect(m_actor, &QLineEdit::returnPressed, this, &AuditPage::refresh);
    connect(m_action, &QLineEdit::returnPressed, this, &AuditPage::refresh);
    connect(check, &QPushButton::clicked, this, &AuditPage::verify);
    refresh();
}

void AuditPage::refresh()
{
    AuditFilter f;
    f.actor = m_actor->text().trimmed();
    f.actionPrefix = m_action->text().trimmed();
    f.from = QDateTime(m_from->date(), QTime(0, 0)).toUTC();
    f.to = QDateTime(m_to->date().addDays(1), QTime(0, 0)).toUTC();
    f.limit = kLimit;
    Result<QList<AuditEntry>> rows = AuditLog::list(m_db, m_session, f);
    m_model->removeRows(0, m_model->rowCount());
    if (!rows) {
        m_count->setText(rows.message());
        return;
    }
    for (const AuditEntry &e : *rows) {
        QList<QStandardItem *> cells{
            new QStandardItem(QString::number(e.seq)),
            new QStandardItem(fromStoredTimestamp(e.at).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
            new QStandardItem(e.actor),
            new QStandardItem(e.role),
            new QStandardItem(AuditLog::actionLabel(e.action)),
            new QStandardItem(e.entity.isEmpty() ? e.record : e.entity + QLatin1Char(' ') + e.record),
            new QStandardItem(e.detail),
        };
        cells[4]->setToolTip(e.action);
        m_model->appendRow(cells);
    }
    const Result<qint64> total = AuditLog::count(m_db, m_session, f);
    m_count->setText(total && *total > rows->size()
                         ? tr("Showing the newest %1 of %2 records; narrow the filter to see older ones.").arg(rows->size()).arg(*total)
                         : tr("%n record(s)", nullptr, static_cast<int>(rows->size())));
}

void AuditPage::verify()
{
    Result<AuditVerification> v = AuditLog::verify(m_db);
    if (!v) {
        m_verification->setText(v.message());
        return;
    }
    if (v->ok()) {
        m_verification->setStyleSheet(QStringLiteral("color: #1b5e20;"));
        m_verification->setText(tr("The chain of %n record(s) is intact: nothing was edited, removed or reordered.", nullptr,
                                   static_cast<int>(v->checked)));
        return;
    }
    QStringList lines;
    for (const AuditProblem &p : v->problems)
        lines << p.message;
    m_verification->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_verification->setText(tr("The audit trail was tampered with:") + QLatin1Char(' ') + lines.join(u' '));
}

}  // namespace ui
}  // namespace sifa
