#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlError>

namespace sifa {

// Turns a Qt/SQLite error into a message a clerk can act on. SQLite's extended result codes
// (SQLITE_FULL, SQLITE_READONLY, ...) become their own ErrorCode; `doing` says what failed.
class SqlErrors {
    Q_DECLARE_TR_FUNCTIONS(SqlErrors)
public:
    static Error fromSql(const QSqlError &e, const QString &doing);
    static Error fromSqliteCode(int code, const QString &detail, const QString &doing);
    static QString diskFullMessage();
};

}  // namespace sifa
