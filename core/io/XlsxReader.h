#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace sifa {

// One cell of a worksheet as the workbook stores it (not as Excel would format it for display).
struct XlsxCell {
    enum Type { Empty, Text, Number, Bool, Date };
    Type type = Empty;
    // Text: the string. Number: the shortest decimal that reads back as the same double, never
    // in exponent form for |number| < 1e21 ("110105194912310020", "0.1", "-3"). Bool: "TRUE" or
    // "FALSE". Date: "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss" with a time of day, "HH:mm:ss" for a
    // time alone. An error value (#N/A, #DIV/0!) is Text holding the error.
    QString text;
    double number = 0;  // Number, Bool (1 or 0) and Date (the serial number as stored)
    // Date: the wall-clock value written in the workbook (Excel has no time zones), as UTC so
    // that no daylight-saving gap can move it. Use date() and time().
    QDateTime date;
    // A Number of 1e15 or more in magnitude: Excel keeps 15 significant digits, so an 18-digit
    // ID number typed into a numeric cell has already lost its last digits. Refuse such a cell
    // where an exact value is needed and ask the clerk to store the column as text.
    bool precisionLost = false;

    bool isEmpty() const { return type == Empty; }
};

struct XlsxSheet {
    QString name;
    // Row by row from A1. A row holds its cells up to the last one with a value; cells skipped
    // in between are Empty, and a row with no value is an empty list. Rows after the last one
    // with a value are left out, so a sheet with no value has no rows.
    QList<QList<XlsxCell>> rows;
};

// Reads worksheets of Excel 2007+ workbooks (.xlsx, also written by WPS and LibreOffice) with
// libzip and QXmlStreamReader. Cell values come with their stored type: shared and inline
// strings (rich text joined to plain text), numbers, booleans, cached results of formulas
// (a formula is never evaluated) and dates (numbers whose cell format is a date or time
// format, in the 1900 or 1904 date system as the workbook says).
//
// Errors: a file that is not an .xlsx workbook, including an old .xls file (InvalidInput); a
// workbook protected with a password (InvalidInput); a truncated or corrupt file, a missing
// part or malformed XML, named in the message (Damaged); no such sheet (NotFound); more than
// 1,048,576 rows, a part over 500 MiB uncompressed or more than kMaxCells cells
// (InvalidInput); a missing or unreadable file (NotFound, Io).
class XlsxReader {
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
public:
    static constexpr int kMaxRows = 1048576;
    static constexpr int kMaxColumns = 16384;
    static constexpr qint64 kMaxPartBytes = qint64(500) * 1024 * 1024;
    static constexpr qint64 kMaxCells = 10'000'000;  // cells held, counting the Empty ones

    // The sheet at `sheetIndex` in the workbook's tab order (hidden sheets included).
    static Result<XlsxSheet> read(const QString &path, int sheetIndex = 0);
    // The sheet named `sheetName` (compared as Excel does, ignoring case).
    static Result<XlsxSheet> read(const QString &path, const QString &sheetName);
    // The names of the sheets in tab order.
    static Result<QStringList> sheetNames(const QString &path);
};

}  // namespace sifa
