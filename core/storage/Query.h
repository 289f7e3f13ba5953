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
    enum Caching { Once, Cached };
    // `Cached` reuses the connection's prepared statement for this SQL text: for statements
    // that run many times (inserts of the change log, lookups by key).
    Query(const Database &db, const QString &sql, Caching caching = Once);
    ~Query();
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;

    Query &bind(const QString &placeholder, const QVariant &value);
    // By position (0-based), for statements with many placeholders bound in order.
    Query &bind(int position, const QVariant &value);
    Status exec(const QString &doing);
    bool next() { return q().next(); }
    QVariant value(int column) const { return q().value(column); }
    QVariant value(const QString &name) const { return q().value(name); }
    QString text(int column) const { return q().value(column).toString(); }
    qint64 integer(int column) const { return q().value(column).toLongLong(); }
    int numRowsAffected() const { return q().numRowsAffected(); }
    QSqlQuery &raw() { return q(); }

    // Runs a query expected to return one value; `fallback` when there is no row.
    static Result<QVariant> scalar(const Database &db, const QString &sql,
                                   const QVariantMap &bindings, const QString &doing,
                                   const QVariant &fallback = QVariant());

private:
    QSqlQuery &q() { return m_borrowed ? *m_borrowed : m_query; }
    const QSqlQuery &q() const { return m_borrowed ? *m_borrowed : m_query; }

    const Database &m_db;
    QSqlQuery m_query;                 // our own statement, when not borrowed
    QSqlQuery *m_borrowed = nullptr;   // the connection's cached statement
    bool m_prepared = false;
};

}  // namespace sifa
