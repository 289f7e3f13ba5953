#pragma once

#include "placement/PlacementFile.h"
#include "security/Access.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace sifa {

class Database;

// Exports the resettlement ledger (安置帮教人员台账): one row per file, the columns of
// PlacementColumns in their order (姓名 … 解除原因), values in the words PlacementImport reads
// back, so that an exported ledger imports again into an empty database as the same files (the
// current placement, the category as an assessment from the ledger).
//
// The files are those PlacementService::list gives for `query`, in its order. ID numbers are
// written in full: this is the office's own ledger. CSV is UTF-8 with a byte order mark; XLSX
// keeps the ID numbers as text and dates as Excel dates. The file is complete or untouched.
// Needs placement.read; the export is recorded in the audit trail ("placement.export": how many
// files, the format and the file).
class PlacementExport {
    Q_DECLARE_TR_FUNCTIONS(PlacementExport)
public:
    enum class Format { Csv, Xlsx };

    struct Table {
        QStringList header;
        QList<QList<QVariant>> rows;  // QString or QDate; null when empty
        QList<int> textColumns;       // 身份证号
    };

    static Result<Table> table(Database &db, const Access &access, const PlacementQuery &query = {});
    // Returns the number of files written.
    static Result<int> write(Database &db, const Access &access, const QString &path, Format format,
                             const PlacementQuery &query = {});
};

}  // namespace sifa
