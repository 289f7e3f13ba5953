#include "storage/Transaction.h"

#include "storage/Database.h"

#include <QCoreApplication>

namespace sifa {

namespace {
class TxText {
    Q_DECLARE_TR_FUNCTIONS(Transaction)
public:
    static QString starting() { return tr("starting to save"); }
    static QString saving() { return tr("saving"); }
    static QString undoing() { return tr("undoing an unfinished change"); }
    static QString rolledBack()
    {
        return tr("The database undid the change by itself after an error (for example a full disk); nothing "
                  "was saved. Try again.");
    }
};
}  // namespace

Transaction::Transaction(Database &db) : m_db(db)
{
    if (m_db.transactionDepth() == 0) {
        m_begin = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"), TxText::starting());
    } else {
        m_savepoint = QStringLiteral("sp%1").arg(m_db.transactionDepth());
        m_begin = m_db.exec(QStringLiteral("SAVEPOINT ") + m_savepoint, TxText::starting());
    }
    if (m_begin.ok()) {
        m_active = true;
        m_db.adjustTransactionDepth(+1);
    }
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_begin.ok() ? Status::failure(ErrorCode::Internal, QStringLiteral("commit twice"))
                            : m_begin;
    if (m_db.inAutocommit()) {
        // SQLite already rolled the whole transaction back; committing now would commit nothing
        // while reporting success.
        m_active = false;
        m_db.adjustTransactionDepth(-1);
        return Status::failure(ErrorCode::Storage, TxText::rolledBack());
    }
    Status s = m_savepoint.isEmpty()
        ? m_db.exec(QStringLiteral("COMMIT"), TxText::saving())
        : m_db.exec(QStringLiteral("RELEASE ") + m_savepoint, TxText::saving());
    if (!s.ok()) {
        rollback();
        return s;
    }
    m_active = false;
    m_db.adjustTransactionDepth(-1);
    return s;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    if (!m_db.inAutocommit()) {
        if (m_savepoint.isEmpty()) {
            (void)m_db.exec(QStringLiteral("ROLLBACK"), TxText::undoing());
        } else {
            (void)m_db.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint, TxText::undoing());
            (void)m_db.exec(QStringLiteral("RELEASE ") + m_savepoint, TxText::undoing());
        }
    }
    m_active = false;
    m_db.adjustTransactionDepth(-1);
}

}  // namespace sifa
