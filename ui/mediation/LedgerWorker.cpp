#include "mediation/LedgerWorker.h"

#include "mediation/DisputeService.h"
#include "storage/Database.h"

namespace sifa {
namespace ui {

LedgerWorker::LedgerWorker(QString databasePath, Session session, Generation latest)
    : m_path(std::move(databasePath)), m_session(std::move(session)), m_latest(std::move(latest))
{
}

LedgerWorker::~LedgerWorker() = default;

Database *LedgerWorker::connection()
{
    if (m_db)
        return m_db.get();
    Database::OpenOptions options;
    options.migrate = false;  // the window's own connection migrated it already
    Result<std::unique_ptr<Database>> db = Database::open(m_path, options);
    if (!db) {
        m_openError = db.message();
        return nullptr;
    }
    m_db = std::move(db).value();
    (void)m_db->exec(QStringLiteral("PRAGMA query_only = ON"));
    return m_db.get();
}

void LedgerWorker::fetch(quint64 generation, const LedgerQuery &query)
{
    if (generation != m_latest->load())
        return;  // the clerk has moved on
    Database *db = connection();
    if (!db) {
        Q_EMIT failed(generation, m_openError);
        return;
    }
    LedgerQuery q = query;
    q.limit = query.limit + 1;  // one more tells whether another page follows
    Result<QList<DisputeListItem>> rows = DisputeService::ledger(*db, m_session, q);
    if (!rows) {
        Q_EMIT failed(generation, rows.message());
        return;
    }
    QList<DisputeListItem> list = std::move(rows).value();
    const bool more = list.size() > query.limit;
    if (more)
        list.removeLast();
    Q_EMIT pageReady(generation, list, more);
}

void LedgerWorker::count(quint64 generation, const LedgerQuery &query)
{
    if (generation != m_latest->load())
        return;
    Database *db = connection();
    if (!db) {
        Q_EMIT failed(generation, m_openError);
        return;
    }
    Result<qint64> n = DisputeService::ledgerCount(*db, m_session, query);
    if (!n) {
        Q_EMIT failed(generation, n.message());
        return;
    }
    Q_EMIT countReady(generation, *n);
}

}  // namespace ui
}  // namespace sifa
