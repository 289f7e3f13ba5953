#pragma once

#include "security/Session.h"
#include "sync/SyncState.h"

#include <QWidget>

#include <memory>

class QLabel;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

class LedgerDialog;
class PartnerTable;

// 完整性看板 (county mode): one row per township — the last bundle received and how long ago,
// how far the county holds its log, how far it confirmed the county's, what is pending, late
// townships shaded by the exchange cycle (amber late, red overdue), unconfirmed exports,
// quarantined and refused bundles. Sortable; a double click lists that township's bundles.
class CompletenessBoard : public QWidget {
    Q_OBJECT
public:
    CompletenessBoard(Database &db, const Session &session, QWidget *parent = nullptr);

    void refresh();
    PartnerTable *table() const { return m_table; }
    QLabel *legend() const { return m_legend; }
    // The ledger rows of one township (what a double click shows).
    std::unique_ptr<LedgerDialog> ledgerDialog(const QString &officeCode);

protected:
    void showEvent(QShowEvent *event) override;

private:
    Database &m_db;
    Session m_session;
    QLabel *m_legend;
    PartnerTable *m_table;
    QList<PartnerStatus> m_townships;
};

} // namespace ui
} // namespace sifa
