#include "storage/Query.h"

#include "storage/Database.h"
#include "storage/SqlError.h"

namespace sifa {

Query::Query(const Database &db, const QString &sql) : m_query(db.connection()), m_sql(sql)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

Query &Query::bind(const QString &placeholder, const QVariant &value)
{
    // Text columns are NOT NULL with '' for "nothing": a null QString binds as ''.
    if (value.metaType().id() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(placeholder, QStringLiteral(""));
    else
        m_query.bindValue(placeholder, value);
    return *this;
}

Status Query::exec(const QString &doing)
{
    if (!m_prepared)
        return SqlErrors::fromSql(m_query.lastError(), doing);
    if (!m_query.exec())
        return SqlErrors::fromSql(m_query.lastError(), doing);
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
