#pragma once

#include "sync/SyncState.h"

#include <QDialog>

namespace sifa {
namespace ui {

class LedgerTable;

// The bundles exchanged with one office, newest first.
class LedgerDialog : public QDialog {
    Q_OBJECT
public:
    LedgerDialog(const QString &office, const QList<LedgerEntry> &rows, const QString &error,
                 QWidget *parent = nullptr);
    LedgerTable *table() const { return m_table; }

private:
    LedgerTable *m_table;
};

} // namespace ui
} // namespace sifa
