#include "sync/LedgerTable.h"

#include "sync/SyncLabels.h"

#include <QHeaderView>

namespace sifa {
namespace ui {

LedgerTable::LedgerTable(QWidget *parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("ledger"));
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels({tr("When"), tr("Direction"), tr("From"), tr("To"), tr("Log entries"), tr("Changes"),
                               tr("Status"), tr("By"), tr("Reason")});
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    setWordWrap(false);
}

void LedgerTable::setEntries(const QList<LedgerEntry> &entries)
{
    clearContents();
    setRowCount(static_cast<int>(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const LedgerEntry &e = entries.at(row);
        const QString range = e.toOrder > 0 ? QStringLiteral("%1–%2").arg(e.fromOrder).arg(e.toOrder) : QString();
        const QStringList texts{
            SyncLabels::when(e.at), SyncLabels::direction(e.direction), e.senderOffice, e.recipientOffice, range,
            QString::number(e.ops), SyncLabels::ledgerStatus(e.status), e.who,          e.reason};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(texts.at(c));
            if (c == Ops || c == Range)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == When)
                item->setData(Qt::UserRole, e.bundleId);
            setItem(row, c, item);
        }
        item(row, When)->setToolTip(tr("Bundle %1").arg(e.bundleId));
        if (!e.keptFile.isEmpty())
            item(row, StatusCol)->setToolTip(tr("Kept as %1").arg(e.keptFile));
        if (e.status == QLatin1String("rejected") || e.status == QLatin1String("quarantined")) {
            const QColor color =
                e.status == QLatin1String("rejected") ? QColor(0xf8, 0xd0, 0xd0) : QColor(0xff, 0xe8, 0xb0);
            for (int c = 0; c < ColumnCount; ++c)
                item(row, c)->setBackground(color);
            item(row, Reason)->setToolTip(e.reason);
        }
    }
}

} // namespace ui
} // namespace sifa
