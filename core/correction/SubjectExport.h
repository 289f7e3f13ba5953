#pragma once

#include "correction/CcRecord.h"
#include "security/Access.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace sifa {

class Database;

// Exports the community-correction ledger (社区矫正对象台账): one row per file, the columns of
// SubjectColumns in their order (the canonical 姓名 … 解除类型, then 暂予监外执行情形, 生效日期,
// 入矫宣告日期 and 状态), values in the words SubjectImport reads back, so that an exported ledger
// imports again into an empty database as the same files.
//
// The files are those CorrectionService::list gives for `query` (ID numbers masked there), in its
// order: sealed files never, a minor's only for correction.minors. ID numbers are written in
// full: this is the office's own ledger. CSV is UTF-8 with a byte order mark; XLSX keeps the ID
// numbers as text and dates as Excel dates. The file is complete or untouched. Needs
// correction.read; the export is recorded in the audit trail ("correction.export": how many
// files, the format and the file).
class SubjectExport {
    Q_DECLARE_TR_FUNCTIONS(SubjectExport)
public:
    enum class Format { Csv, Xlsx };

    struct Table {
        QStringList header;
        QList<QList<QVariant>> rows;  // QString or QDate; null when empty
        QList<int> textColumns;       // 身份证号
    };

    static Result<Table> table(Database &db, const Access &access, const SubjectQuery &query = {});
    // Returns the number of files written.
    static Result<int> write(Database &db, const Access &access, const QString &path, Format format,
                             const SubjectQuery &query = {});
    // The format a file name asks for (.xlsx → XLSX, anything else CSV).
    static Format formatFor(const QString &path);
};

}  // namespace sifa
