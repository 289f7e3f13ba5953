#pragma once

#include "util/Result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace sifa {

class Database;

// A prepared statement with named bindings and translated errors. Lives in core only:
// repositories turn rows into value types and never hand a Query out.
class Query {
public:
    Query(const Database &db, const QString &sql);

    Query &bind(const QString &placeholder, const QVariant &value);
    Status exec(const QString &doing);
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString &name) const { return m_query.value(name); }
    QString text(int column) const { return m_query.value(column).toString(); }
    qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery &raw() { return m_query; }

    // Runs a query expected to return one value; `fallback` when there is no row.
    static Result<QVariant> scalar(const Database &db, const QString &sql,
                                   const QVariantMap &bindings, const QString &doing,
                                   const QVariant &fallback = QVariant());

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

}  // namespace sifa
