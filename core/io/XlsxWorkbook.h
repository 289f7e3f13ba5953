#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>

namespace sifa {

class ZipArchive;

// The workbook part of an .xlsx package and what it points to: its sheets in tab order with
// the parts that hold them, found through the relationships (never assumed to be
// xl/worksheets/sheetN.xml), the date system, and the shared string and style parts.
class XlsxWorkbook {
public:
    struct Sheet {
        QString name;
        QString part;              // package path, e.g. xl/worksheets/sheet2.xml
        bool isWorksheet = false;  // not a chart sheet, dialog sheet or macro sheet
    };

    // Fails with InvalidInput when the package holds no workbook (not an .xlsx file) or its
    // workbook is encrypted, Damaged when a part or relationship the workbook needs is missing.
    static Result<XlsxWorkbook> load(ZipArchive &zip, const QString &file);

    QList<Sheet> sheets;
    bool date1904 = false;
    QString sharedStringsPart;  // empty when the workbook has no shared strings
    QString stylesPart;         // empty when the workbook has no styles
};

}  // namespace sifa
