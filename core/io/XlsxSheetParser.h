#pragma once

#include "io/XlsxReader.h"

namespace sifa {

class XlsxStyles;
class ZipArchive;

// Reads the cells of one worksheet part (<sheetData>) into rows, as XlsxSheet::rows describes.
class XlsxSheetParser {
public:
    struct Workbook {
        const QStringList &sharedStrings;
        const XlsxStyles &styles;
        bool date1904 = false;
    };

    static Result<QList<QList<XlsxCell>>> parse(ZipArchive &zip, const QString &file, const QString &part,
                                               const Workbook &workbook);
};

}  // namespace sifa
