#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace sifa {

class ZipArchive;

// The shared string table of a workbook (xl/sharedStrings.xml): the text of string cells,
// which refer to it by index.
class XlsxSharedStrings {
public:
    static Result<QStringList> load(ZipArchive &zip, const QString &file, const QString &part);
};

}  // namespace sifa
