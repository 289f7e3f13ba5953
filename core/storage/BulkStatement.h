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
//
// Staged, the rows first go to a temporary table and finish() moves them all into the table
// with one INSERT ... SELECT: for a table whose insert triggers feed a full-text index, whose
// terms then reach it in one statement (one segment per few thousand rows, not per block), and
// whose savepoint is not paid by every later statement of the transaction.
class BulkInsert {
public:
    enum class Mode { Direct, Staged };
    // `tail` follows the list of VALUES (an ON CONFLICT clause, or nothing).
    BulkInsert(Database &db, const QString &table, const QStringList &columns, const QString &tail = QString(),
               Mode mode = Mode::Direct);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    int width() const { return static_cast<int>(m_columns.size()); }
    // Rows laid end to end in `values`, width() values each.
    // Staged: the rows are in the table only after finish().
    Status insert(const QVariantList &values, const QString &doing);
    // Staged: moves the staged rows into the table (nothing to do for Direct).
    Status finish(const QString &doing);
    bool staged() const { return m_mode == Mode::Staged; }

    // Whether the table has AFTER INSERT triggers (the tables that feed a full-text index).
    static Result<bool> hasInsertTriggers(const Database &db, const QString &table);

private:
    QString sql(int rows) const;
    QString target() const;

    Database &m_db;
    QString m_table;
    QStringList m_columns;
    QString m_tail;
    Mode m_mode = Mode::Direct;
    bool m_stageReady = false;
    int m_block = 1;
    std::unique_ptr<BulkStatement> m_many;
    std::unique_ptr<BulkStatement> m_one;
};

}  // namespace sifa
