#pragma once

#include <QList>
#include <QString>

class QTableView;

namespace sifa {
namespace ui {

// Gives a ledger table the clerk's Excel habits: a header menu to show and hide columns,
// sortable columns, and column widths, order and visibility remembered under `key`.
// `widths` are the first-use widths in characters of the UI font (0: leave it); `stretch` the
// column that takes the remaining room.
void setUpLedgerTable(QTableView *view, const QString &key, const QList<int> &widths = {}, int stretch = -1);

}  // namespace ui
}  // namespace sifa
