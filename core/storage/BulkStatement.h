#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace sifa {

class Database;

// A statement run many times with positional values bound straight to SQLite (text as UTF-8,
// whole numbers as 64-bit integers): for bulk writes, where Qt's per-value binding costs more
// than SQLite's insert. Values bind as Query::bind binds them: a null string as '', an invalid
// QVariant as NULL. Lives in core only, within one transaction of one connection.
class BulkStatement {
public:
    BulkStatement(const Database &db, const QString &sql);
    ~BulkStatement();
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;

    // Binds values[from], values[from + 1], ... to the statement's parameters in order and runs
    // it to completion.
    Status run(const QVariantList &values, qsizetype from, const QString &doing);

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_parameters = 0;
    int m_prepareCode = 0;
    QString m_prepareMessage;
};

// Many rows into one table in multi-row INSERT statements of bound values (a few dozen rows per
// statement, the rest one by one). Fewer statements matter beyond their own cost: each statement
// that opens a statement journal makes SQLite 3.40's FTS5 flush its pending terms to a new
// segment, so a statement per row under a full-text index leaves a segment per row.
class BulkInsert {
public:
    // `tail` follows the list of VALUES (an ON CONFLICT clause, or nothing).
    BulkInsert(const Database &db, const QString &table, const QStringList &columns, const QString &tail = QString());
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    int width() const { return static_cast<int>(m_columns.size()); }
    // Rows laid end to end in `values`, width() values each.
    Status insert(const QVariantList &values, const QString &doing);

private:
    QString sql(int rows) const;

    const Database &m_db;
    QString m_table;
    QStringList m_columns;
    QString m_tail;
    int m_block = 1;
    std::unique_ptr<BulkStatement> m_many;
    std::unique_ptr<BulkStatement> m_one;
};

}  // namespace sifa
