#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace sifa {

// Writes ledgers as CSV files that Excel opens correctly: UTF-8 with a byte order mark (without
// it Chinese Excel reads the text as GB18030 and shows garbage), comma delimiters, CRLF line
// ends (see Csv::format). The file is written through QSaveFile: it is complete or untouched.
//
// Excel still turns long digit strings in a CSV file into numbers when it opens one (an ID
// number loses its last digits); export to .xlsx (XlsxWriter) where clerks will open the file in
// Excel.
class CsvWriter {
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
public:
    // Fails with ReadOnly when the file cannot be created (missing or read-only folder, a
    // folder of that name), DiskFull when the disk fills up, Io on any other write error.
    static Status write(const QString &path, const QList<QStringList> &rows);

    // The bytes write() puts in the file.
    static QByteArray encode(const QList<QStringList> &rows);
};

}  // namespace sifa
