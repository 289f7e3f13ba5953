#pragma once

#include "mediation/LedgerMetaTypes.h"
#include "security/Session.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

// Runs the ledger's queries on a thread of its own, over its own read-only connection, so
// that searching, sorting and scrolling a county's decade of cases never holds up the window.
// Each request carries a generation number; answers to an older generation are dropped by
// the model.
class LedgerWorker : public QObject {
    Q_OBJECT
public:
    using Generation = std::shared_ptr<std::atomic<quint64>>;
    // `latest` is the model's current generation: requests older than it are skipped.
    LedgerWorker(QString databasePath, Session session, Generation latest);
    ~LedgerWorker() override;

public Q_SLOTS:
    void fetch(quint64 generation, const sifa::LedgerQuery &query);
    void count(quint64 generation, const sifa::LedgerQuery &query);

Q_SIGNALS:
    void pageReady(quint64 generation, const QList<sifa::DisputeListItem> &rows, bool more);
    void countReady(quint64 generation, qint64 count);
    void failed(quint64 generation, const QString &message);

private:
    Database *connection();

    QString m_path;
    Session m_session;
    std::unique_ptr<Database> m_db;
    QString m_openError;
    Generation m_latest;
};

}  // namespace ui
}  // namespace sifa
