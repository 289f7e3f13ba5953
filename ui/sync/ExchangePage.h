#pragma once

#include "security/Session.h"
#include "sync/SyncState.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

class KeysPanel;
class LedgerTable;
class PartnerTable;
class TransfersPanel;

// 数据交换: what was sent to and received from each partner office, what it confirmed and what
// is still pending; writing a bundle (a county chooses the township), importing one or several
// (a dry run shown first), trying quarantined bundles again; the office's keys and the
// transfers in tabs of their own.
class ExchangePage : public QWidget {
    Q_OBJECT
public:
    ExchangePage(Database &db, const Session &session, QWidget *parent = nullptr);

    void refresh();
    // Empty arguments ask (the township in a county, the folder, the files).
    void exportBundle(const QString &toOffice = QString(), const QString &outPath = QString());
    void importBundles(const QStringList &paths = QStringList());
    void retryQuarantined();

    const std::optional<SyncStatus> &status() const { return m_status; }
    QLabel *summary() const { return m_summary; }
    PartnerTable *partners() const { return m_partners; }
    LedgerTable *ledger() const { return m_ledger; }
    KeysPanel *keys() const { return m_keys; }
    TransfersPanel *transfers() const { return m_transfers; } // nullptr for a role without exchange
    QTabWidget *tabs() const { return m_tabs; }
    QString lastMessage() const { return m_lastMessage; }

    // From the rule set (sync.bundle_overdue): days without a bundle after which a late
    // township is red; two exchange cycles when the rule is missing.
    static int overdueDays(int cycleDays);

Q_SIGNALS:
    // An import changed records (the conflict inbox, the to-do list and the board read again).
    void recordsChanged();
    // The ledger or the keys changed (the completeness board reads again).
    void stateChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QString chooseTownship();
    QString summaryText() const;
    void setBusy(bool busy);

    Database &m_db;
    Session m_session;
    bool m_county;
    std::optional<SyncStatus> m_status;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    PartnerTable *m_partners;
    LedgerTable *m_ledger;
    KeysPanel *m_keys;
    TransfersPanel *m_transfers;
    QPushButton *m_export;
    QPushButton *m_import;
    QPushButton *m_retry;
    QString m_lastMessage;
};

} // namespace ui
} // namespace sifa
