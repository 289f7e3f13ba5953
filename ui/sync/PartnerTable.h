#pragma once

#include "sync/SyncState.h"

#include <QTableWidget>

namespace sifa {
namespace ui {

// The offices this one exchanges with, one row each: what was received from it and when, how
// far it confirmed this office's changes, what is still pending, bundles unconfirmed,
// quarantined or refused. Late partners are shaded (amber after the cycle, red when overdue).
// The exchange page and the completeness board both show it.
class PartnerTable : public QTableWidget {
    Q_OBJECT
public:
    enum Column {
        Office,
        LastReceived,
        DaysAgo,
        ReceivedUpTo,
        LastSent,
        Confirmed,
        Pending,
        Unconfirmed,
        Quarantined,
        Rejected,
        Key,
        ColumnCount
    };
    explicit PartnerTable(QWidget *parent = nullptr);

    // `overdueDays`: from this many days without a bundle a late row is red, else amber.
    void setPartners(const QList<PartnerStatus> &partners, int overdueDays);
    QString officeAt(int row) const;
    QString selectedOffice() const;
    int rowOf(const QString &officeCode) const;
    // The row's shade: "red", "amber" or empty (for tests).
    QString shadeOf(int row) const;

private:
    void setNumber(int row, int column, qint64 value, bool warn = false);
};

} // namespace ui
} // namespace sifa
