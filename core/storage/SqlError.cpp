#include "storage/SqlError.h"

#include <QLoggingCategory>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcSql, "sifa.storage.sql")

namespace sifa {

QString SqlErrors::diskFullMessage()
{
    return tr("The disk is full. Nothing was saved; free some space and try again.");
}

Error SqlErrors::fromSqliteCode(int code, const QString &detail, const QString &doingText)
{
    const QString doing = doingText.isEmpty() ? tr("working with the database") : doingText;
    qCWarning(lcSql) << "sqlite error" << code << detail << "while" << doing;
    switch (code & 0xff) {
    case SQLITE_FULL:
        return {ErrorCode::DiskFull, diskFullMessage(), {}, {}};
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return {ErrorCode::ReadOnly,
                tr("The database cannot be written (%1). Check that the folder and file are "
                   "writable and not on a read-only medium.")
                    .arg(doing),
                {}, {}};
    case SQLITE_CORRUPT:
        return {ErrorCode::Damaged,
                tr("The database file is damaged (%1). Restore it from a backup.").arg(doing), {},
                {}};
    case SQLITE_NOTADB:
        return {ErrorCode::NotSifaDatabase,
                tr("The file is not a SifaDesk database or is encrypted."), {}, {}};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {ErrorCode::Busy,
                tr("Another program is writing to the database right now (%1). Try again in a "
                   "moment.")
                    .arg(doing),
                {}, {}};
    case SQLITE_IOERR:
        return {ErrorCode::Io,
                tr("The disk reported an error while %1. Nothing was saved.").arg(doing), {}, {}};
    case SQLITE_CONSTRAINT:
        return {ErrorCode::Conflict,
                tr("The change breaks a rule of the database (%1): %2").arg(doing, detail), {},
                {}};
    default:
        return {ErrorCode::Storage,
                tr("A database error occurred while %1: %2").arg(doing, detail), {}, {}};
    }
}

Error SqlErrors::fromSql(const QSqlError &e, const QString &doing)
{
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    const QString detail = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    return fromSqliteCode(ok ? code : SQLITE_ERROR, detail, doing);
}

}  // namespace sifa
