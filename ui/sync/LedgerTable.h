#pragma once

#include "sync/SyncState.h"

#include <QTableWidget>

namespace sifa {
namespace ui {

// Bundle ledger rows, newest first: when, sent or received, from and to, the log range, the
// number of changes, the status (refused and quarantined ones marked) and the reason.
class LedgerTable : public QTableWidget {
    Q_OBJECT
public:
    enum Column { When, Direction, From, To, Range, Ops, StatusCol, Who, Reason, ColumnCount };
    explicit LedgerTable(QWidget *parent = nullptr);
    void setEntries(const QList<LedgerEntry> &entries);
};

} // namespace ui
} // namespace sifa
