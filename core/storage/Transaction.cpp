#include "storage/Transaction.h"

#include "storage/Database.h"

namespace sifa {

Transaction::Transaction(Database &db) : m_db(db)
{
    if (m_db.transactionDepth() == 0) {
        m_begin = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"), QStringLiteral("BEGIN"));
    } else {
        m_savepoint = QStringLiteral("sp%1").arg(m_db.transactionDepth());
        m_begin = m_db.exec(QStringLiteral("SAVEPOINT ") + m_savepoint, QStringLiteral("SAVEPOINT"));
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
    Status s = m_savepoint.isEmpty()
        ? m_db.exec(QStringLiteral("COMMIT"), QStringLiteral("COMMIT"))
        : m_db.exec(QStringLiteral("RELEASE ") + m_savepoint, QStringLiteral("RELEASE"));
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
    if (m_savepoint.isEmpty()) {
        (void)m_db.exec(QStringLiteral("ROLLBACK"), QStringLiteral("ROLLBACK"));
    } else {
        (void)m_db.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint, QStringLiteral("ROLLBACK"));
        (void)m_db.exec(QStringLiteral("RELEASE ") + m_savepoint, QStringLiteral("RELEASE"));
    }
    m_active = false;
    m_db.adjustTransactionDepth(-1);
}

}  // namespace sifa
