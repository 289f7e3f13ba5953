#pragma once

#include <QString>

class QTableView;

namespace sifa {
namespace ui {

// Gives a ledger table the clerk's Excel habits: a header menu to show and hide columns,
// sortable columns, and column widths, order and visibility remembered under `key`.
void setUpLedgerTable(QTableView *view, const QString &key);

}  // namespace ui
}  // namespace sifa
