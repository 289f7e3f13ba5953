#pragma once

#include "mediation/DisputeRepository.h"
#include "security/Access.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace sifa {

class Database;

// Exports the mediation ledger as clerks keep it in Excel: one row per case, the canonical
// columns of LedgerColumns (案号 … 状态) in their order, values in the words LedgerValues reads
// back, so that an exported ledger imports again into an empty database as the same cases.
//
// The cases are those of a LedgerQuery (the ledger's search box and filters) in its order,
// every page of it. CSV is UTF-8 with a byte order mark (Excel reads it); XLSX keeps 案号 and
// the ID number columns as text (Excel would turn an 18-digit ID number into 3.30225E+17),
// dates as Excel dates and amounts as numbers. The file is complete or untouched. Needs
// mediation.read; the export is recorded in the audit trail ("dispute.export": how many cases,
// the format and the file).
class LedgerExport {
    Q_DECLARE_TR_FUNCTIONS(LedgerExport)
public:
    enum class Format { Csv, Xlsx };

    struct Table {
        QStringList header;
        QList<QList<QVariant>> rows;  // QString, QDate, double (yuan) or int; null when empty
        QList<int> textColumns;       // 案号 and the ID number columns
    };

    // `progress` gets (cases read, cases in all) now and then; returning false cancels
    // (Conflict, nothing written).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static Result<Table> table(Database &db, const Access &access, LedgerQuery query, const Progress &progress = {});
    // Returns the number of cases written.
    static Result<int> write(Database &db, const Access &access, const LedgerQuery &query, const QString &path,
                             Format format, const Progress &progress = {});
    // The format a file name asks for (.xlsx → XLSX, anything else CSV).
    static Format formatFor(const QString &path);
};

}  // namespace sifa
