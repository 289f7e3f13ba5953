#include "storage/Query.h"

#include "storage/Database.h"
#include "storage/SqlError.h"

namespace sifa {

Query::Query(const Database &db, const QString &sql, Caching caching) : m_db(db)
{
    if (caching == Cached)
        m_borrowed = db.borrowStatement(sql);
    if (m_borrowed) {
        m_prepared = true;
        return;
    }
    m_query = QSqlQuery(db.connection());
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

Query::~Query()
{
    if (m_borrowed)
        m_db.returnStatement(m_borrowed);
}

Query &Query::bind(const QString &placeholder, const QVariant &value)
{
    // Text columns are NOT NULL with '' for "nothing": a null QString binds as ''.
    if (value.metaType().id() == QMetaType::QString && value.toString().isNull())
        q().bindValue(placeholder, QStringLiteral(""));
    else
        q().bindValue(placeholder, value);
    return *this;
}

Query &Query::bind(int position, const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QString && value.toString().isNull())
        q().bindValue(position, QStringLiteral(""));
    else
        q().bindValue(position, value);
    return *this;
}

Status Query::exec(const QString &doing)
{
    if (!m_prepared)
        return SqlErrors::fromSql(q().lastError(), doing);
    if (!q().exec())
        return SqlErrors::fromSql(q().lastError(), doing);
    return {};
}

Result<QVariant> Query::scalar(const Database &db, const QString &sql, const QVariantMap &bindings,
                               const QString &doing, const QVariant &fallback)
{
    Query q(db, sql);
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it)
        q.bind(it.key(), it.value());
    if (Status s = q.exec(doing); !s.ok())
        return s.error();
    if (q.next())
        return q.value(0);
    return fallback;
}

}  // namespace sifa
