#include "sync/PartnerTable.h"

#include "sync/SyncLabels.h"

#include <QHeaderView>

#include <limits>

namespace sifa {
namespace ui {

namespace {

const QColor kRed(0xf8, 0xd0, 0xd0);
const QColor kAmber(0xff, 0xe8, 0xb0);
const QColor kWarnText(0xa0, 0x40, 0x00);
constexpr int kShadeRole = Qt::UserRole + 1;

// Sorts by number (or by the hidden sort key) instead of by text.
class SortItem : public QTableWidgetItem {
public:
    using QTableWidgetItem::QTableWidgetItem;
    bool operator<(const QTableWidgetItem &other) const override
    {
        const QVariant a = data(Qt::UserRole);
        const QVariant b = other.data(Qt::UserRole);
        if (a.isValid() && b.isValid())
            return a.toLongLong() < b.toLongLong() || (a.toLongLong() == b.toLongLong() && text() < other.text());
        return QTableWidgetItem::operator<(other);
    }
};

} // namespace

PartnerTable::PartnerTable(QWidget *parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("partners"));
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels({tr("Office"), tr("Last bundle received"), tr("Days since"), tr("Received up to"),
                               tr("Last bundle sent"), tr("Confirmed up to"), tr("Pending changes"),
                               tr("Unconfirmed bundles"), tr("Quarantined"), tr("Refused"), tr("Key")});
    horizontalHeaderItem(ReceivedUpTo)->setToolTip(tr("How far this office holds the partner's change log."));
    horizontalHeaderItem(Confirmed)->setToolTip(tr("How far the partner confirmed having this office's changes."));
    horizontalHeaderItem(Pending)->setToolTip(tr("This office's changes the partner has not confirmed yet: the next "
                                                 "bundle carries them."));
    horizontalHeaderItem(Unconfirmed)->setToolTip(tr("Bundles written to the partner after its last confirmation."));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(false);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSortIndicatorShown(true);
    setWordWrap(false);
}

void PartnerTable::setNumber(int row, int column, qint64 value, bool warn)
{
    auto *item = new SortItem(QString::number(value));
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (warn && value > 0) {
        item->setForeground(kWarnText);
        QFont f = item->font();
        f.setBold(true);
        item->setFont(f);
    }
    setItem(row, column, item);
}

void PartnerTable::setPartners(const QList<PartnerStatus> &partners, int overdueDays)
{
    const bool sorting = isSortingEnabled();
    setSortingEnabled(false);
    clearContents();
    setRowCount(static_cast<int>(partners.size()));
    for (int row = 0; row < partners.size(); ++row) {
        const PartnerStatus &p = partners.at(row);
        auto *office = new SortItem(SyncLabels::office(p.officeCode, p.officeName));
        office->setData(Qt::UserRole + 2, p.officeCode);
        office->setToolTip(SyncLabels::mode(p.mode));
        setItem(row, Office, office);
        setItem(row, LastReceived,
                new SortItem(p.lastReceivedAt.isEmpty() ? tr("nothing yet") : SyncLabels::when(p.lastReceivedAt)));
        if (!p.lastBundleCreated.isEmpty())
            item(row, LastReceived)->setToolTip(tr("Written %1").arg(SyncLabels::when(p.lastBundleCreated)));
        auto *days = new SortItem(SyncLabels::daysAgo(p.daysSinceLast));
        // Never received sorts as the longest wait.
        days->setData(Qt::UserRole, p.daysSinceLast < 0 ? std::numeric_limits<int>::max() : p.daysSinceLast);
        days->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setItem(row, DaysAgo, days);
        setNumber(row, ReceivedUpTo, p.receivedOrder);
        setItem(row, LastSent,
                new SortItem(p.lastExportAt.isEmpty() ? tr("nothing yet") : SyncLabels::when(p.lastExportAt)));
        setNumber(row, Confirmed, p.ackedOrder);
        setNumber(row, Pending, p.pendingOps);
        setNumber(row, Unconfirmed, p.unconfirmedExports, true);
        setNumber(row, Quarantined, p.quarantined, true);
        setNumber(row, Rejected, p.rejected, true);
        auto *key = new SortItem(p.keyRevoked ? tr("%1 (revoked)").arg(p.keyId) : p.keyId);
        if (p.keyRevoked)
            key->setForeground(QColor(0xb0, 0x00, 0x20));
        setItem(row, Key, key);

        QString shade;
        if (p.late) {
            const bool overdue = p.daysSinceLast < 0 || (overdueDays > 0 && p.daysSinceLast >= overdueDays);
            shade = overdue ? QStringLiteral("red") : QStringLiteral("amber");
            const QColor color = overdue ? kRed : kAmber;
            const QString tip = p.daysSinceLast < 0
                                    ? tr("No bundle received from this office yet.")
                                    : (overdue ? tr("Overdue: no bundle for %n day(s).", nullptr, p.daysSinceLast)
                                               : tr("Late: no bundle within the exchange cycle (%n day(s)).", nullptr,
                                                    p.daysSinceLast));
            for (int c = 0; c < ColumnCount; ++c) {
                item(row, c)->setBackground(color);
                if (c == Office || c == DaysAgo || c == LastReceived)
                    item(row, c)->setToolTip(tip);
            }
        }
        office->setData(kShadeRole, shade);
    }
    setSortingEnabled(sorting);
}

QString PartnerTable::officeAt(int row) const
{
    const QTableWidgetItem *it = item(row, Office);
    return it ? it->data(Qt::UserRole + 2).toString() : QString();
}

QString PartnerTable::selectedOffice() const
{
    const QList<QTableWidgetItem *> selected = selectedItems();
    return selected.isEmpty() ? QString() : officeAt(selected.first()->row());
}

int PartnerTable::rowOf(const QString &officeCode) const
{
    for (int r = 0; r < rowCount(); ++r) {
        if (officeAt(r) == officeCode)
            return r;
    }
    return -1;
}

QString PartnerTable::shadeOf(int row) const
{
    const QTableWidgetItem *it = item(row, Office);
    return it ? it->data(kShadeRole).toString() : QString();
}

} // namespace ui
} // namespace sifa
