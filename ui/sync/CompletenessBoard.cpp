#include "sync/CompletenessBoard.h"

#include "sync/ExchangePage.h"
#include "sync/LedgerDialog.h"
#include "sync/PartnerTable.h"
#include "sync/SyncLabels.h"
#include "util/Time.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

CompletenessBoard::CompletenessBoard(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session)
{
    auto *v = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("boardLegend"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    top->addWidget(m_legend, 1);
    auto *refreshButton = new QPushButton(tr("Re&fresh"), this);
    top->addWidget(refreshButton, 0, Qt::AlignTop);
    v->addLayout(top);
    m_table = new PartnerTable(this);
    m_table->setObjectName(QStringLiteral("completeness"));
    m_table->setSortingEnabled(true);
    m_table->setToolTip(tr("Double-click a township to list its bundles."));
    v->addWidget(m_table, 1);
    connect(refreshButton, &QPushButton::clicked, this, &CompletenessBoard::refresh);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (std::unique_ptr<LedgerDialog> d = ledgerDialog(m_table->officeAt(row)))
            d->exec();
    });
    refresh();
}

void CompletenessBoard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void CompletenessBoard::refresh()
{
    Result<SyncStatus> status = SyncState::status(m_db, m_session, 0);
    m_townships.clear();
    if (!status) {
        m_legend->setText(
            QStringLiteral("<span style='color:#b00020'>%1</span>").arg(status.message().toHtmlEscaped()));
        m_table->setPartners({}, 0);
        return;
    }
    for (const PartnerStatus &p : status->partners) {
        if (p.mode != QLatin1String("county"))
            m_townships << p;
    }
    const int overdue = ExchangePage::overdueDays(status->cycleDays);
    m_table->setPartners(m_townships, overdue);
    int late = 0;
    int red = 0;
    int quarantined = 0;
    int rejected = 0;
    int unconfirmed = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        late += m_table->shadeOf(row).isEmpty() ? 0 : 1;
        red += m_table->shadeOf(row) == QLatin1String("red") ? 1 : 0;
    }
    for (const PartnerStatus &p : std::as_const(m_townships)) {
        quarantined += p.quarantined;
        rejected += p.rejected;
        unconfirmed += p.unconfirmedExports;
    }
    const QString amberBox = QStringLiteral("<span style='background:#ffe8b0'>&nbsp;%1&nbsp;</span>");
    const QString redBox = QStringLiteral("<span style='background:#f8d0d0'>&nbsp;%1&nbsp;</span>");
    QStringList lines;
    lines << tr("<b>%n township(s)</b> as of %1. A township sends a bundle every %2 days.", nullptr,
                static_cast<int>(m_townships.size()))
                 .arg(Clock::today().toString(QStringLiteral("yyyy-MM-dd")))
                 .arg(status->cycleDays);
    lines << tr("%1 late (no bundle within the cycle): %2 · %3 overdue (%4 days or more, or never): %5")
                 .arg(amberBox.arg(tr("amber").toHtmlEscaped()))
                 .arg(late - red)
                 .arg(redBox.arg(tr("red").toHtmlEscaped()))
                 .arg(overdue)
                 .arg(red);
    lines << tr("Bundles sent and not confirmed: %1 · quarantined: %2 · refused: %3")
                 .arg(unconfirmed)
                 .arg(quarantined)
                 .arg(rejected);
    m_legend->setText(lines.join(QStringLiteral("<br>")));
}

std::unique_ptr<LedgerDialog> CompletenessBoard::ledgerDialog(const QString &officeCode)
{
    if (officeCode.isEmpty())
        return nullptr;
    QString name = officeCode;
    for (const PartnerStatus &p : std::as_const(m_townships)) {
        if (p.officeCode == officeCode)
            name = SyncLabels::office(p.officeCode, p.officeName);
    }
    Result<QList<LedgerEntry>> ledger = SyncState::ledger(m_db, m_session, 5000);
    QList<LedgerEntry> rows;
    for (const LedgerEntry &e : ledger.value_or({})) {
        if (e.senderOffice == officeCode || e.recipientOffice == officeCode)
            rows << e;
    }
    return std::make_unique<LedgerDialog>(name, rows, ledger.ok() ? QString() : ledger.message(), this);
}

} // namespace ui
} // namespace sifa
