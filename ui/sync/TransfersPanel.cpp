#include "sync/TransfersPanel.h"

#include "domain/Office.h"
#include "sync/SyncLabels.h"
#include "sync/Transfers.h"
#include "widgets/MessageBox.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

namespace {

enum Column { Subject, Kind, From, To, Requested, StatusCol, Reason, Decision, ColumnCount };

} // namespace

TransfersPanel::TransfersPanel(Database &db, const Session &session, bool county, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_county(county)
{
    auto *v = new QVBoxLayout(this);
    auto *intro = new QLabel(county ? tr("Files a township asked to transfer: forward each to the receiving township "
                                         "(it travels in that township's next bundle).")
                                    : tr("Files transferred to or from this office. A file sent here is this office's "
                                         "once accepted; until then the sending office stays responsible."),
                             this);
    intro->setWordWrap(true);
    v->addWidget(intro);
    m_openOnly = new QCheckBox(tr("Undecided only"), this);
    m_openOnly->setChecked(true);
    v->addWidget(m_openOnly);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("transfers"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Person"), tr("File"), tr("From"), tr("To"), tr("Requested"), tr("Status"), tr("Reason"), tr("Decision")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    v->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    m_forward = new QPushButton(tr("&Forward…"), this);
    m_forward->setObjectName(QStringLiteral("forward"));
    m_accept = new QPushButton(tr("&Accept…"), this);
    m_accept->setObjectName(QStringLiteral("accept"));
    m_reject = new QPushButton(tr("&Reject…"), this);
    m_reject->setObjectName(QStringLiteral("reject"));
    m_forward->setVisible(county);
    m_accept->setVisible(!county);
    buttons->addWidget(m_forward);
    buttons->addWidget(m_accept);
    buttons->addWidget(m_reject);
    buttons->addStretch(1);
    v->addLayout(buttons);

    connect(m_openOnly, &QCheckBox::toggled, this, &TransfersPanel::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TransfersPanel::updateButtons);
    connect(m_forward, &QPushButton::clicked, this, [this] { decideSelected(QStringLiteral("forward")); });
    connect(m_accept, &QPushButton::clicked, this, [this] { decideSelected(QStringLiteral("accept")); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decideSelected(QStringLiteral("reject")); });
    refresh();
}

void TransfersPanel::refresh()
{
    Result<QList<TransferItem>> items = Transfers::list(m_db, m_session, m_openOnly->isChecked());
    const QList<TransferItem> list = items.value_or({});
    m_table->clearContents();
    m_table->setRowCount(static_cast<int>(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const TransferItem &t = list.at(row);
        const QString decision =
            t.decidedDate.isEmpty() ? QString() : tr("%1 by %2: %3").arg(t.decidedDate, t.decidedBy, t.decisionNote);
        const QStringList texts{t.subjectName,   SyncLabels::entity(t.subjectEntity),  t.fromOffice, t.toOffice,
                                t.requestedDate, SyncLabels::transferStatus(t.status), t.reason,     decision};
        for (int c = 0; c < ColumnCount; ++c)
            m_table->setItem(row, c, new QTableWidgetItem(texts.at(c)));
        m_table->item(row, Subject)->setData(Qt::UserRole, t.uuid);
        m_table->item(row, StatusCol)->setData(Qt::UserRole, t.status);
    }
    if (!items.ok()) {
        m_table->setRowCount(1);
        auto *e = new QTableWidgetItem(items.message());
        e->setForeground(QColor(0xb0, 0x00, 0x20));
        m_table->setItem(0, 0, e);
        m_table->setSpan(0, 0, 1, ColumnCount);
    }
    updateButtons();
}

void TransfersPanel::updateButtons()
{
    const QList<QTableWidgetItem *> s = m_table->selectedItems();
    const QTableWidgetItem *status = s.isEmpty() ? nullptr : m_table->item(s.first()->row(), StatusCol);
    const QString st = status ? status->data(Qt::UserRole).toString() : QString();
    m_forward->setEnabled(st == QLatin1String("requested"));
    m_accept->setEnabled(st == QLatin1String("forwarded"));
    m_reject->setEnabled(m_county ? st == QLatin1String("requested") : st == QLatin1String("forwarded"));
}

bool TransfersPanel::decide(int row, const QString &decision, const QString &note)
{
    const QTableWidgetItem *item = m_table->item(row, Subject);
    if (!item)
        return false;
    const QString uuid = item->data(Qt::UserRole).toString();
    Status s;
    if (decision == QLatin1String("forward"))
        s = Transfers::forward(m_db, m_session, uuid, note);
    else if (decision == QLatin1String("accept"))
        s = Transfers::accept(m_db, m_session, uuid, note);
    else
        s = Transfers::reject(m_db, m_session, uuid, note);
    if (!s.ok()) {
        MessageBox::warning(this, tr("Transfer"), s.message());
        return false;
    }
    refresh();
    Q_EMIT transfersChanged();
    return true;
}

void TransfersPanel::decideSelected(const QString &decision)
{
    const QList<QTableWidgetItem *> s = m_table->selectedItems();
    if (s.isEmpty())
        return;
    const int row = s.first()->row();
    const QString person = m_table->item(row, Subject)->text();
    QString question;
    if (decision == QLatin1String("forward"))
        question = tr("Forward the file of %1 to the receiving township. Note:").arg(person);
    else if (decision == QLatin1String("accept"))
        question = tr("Accept the file of %1: it becomes this office's. Note:").arg(person);
    else
        question = tr("Reject the transfer of %1. Why?").arg(person);
    std::optional<QString> note = MessageBox::getText(this, tr("Transfer"), question);
    if (note)
        decide(row, decision, *note);
}

} // namespace ui
} // namespace sifa
