#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace sifa {

// Conversions between what an .xlsx file stores and what SifaDesk shows.
class XlsxValues {
public:
    // The shortest decimal that reads back as `value`, without an exponent below 1e21.
    static QString numberText(double value);

    // The date and time of an Excel serial number (days since the epoch, the fraction being the
    // time of day) in the 1900 system (serial 1 = 1900-01-01, with Excel's phantom 1900-02-29 at
    // 60) or the 1904 system (serial 0 = 1904-01-01). The result is in UTC, rounded to the
    // millisecond. Nothing for a negative serial or one past 9999-12-31.
    static std::optional<QDateTime> dateFromSerial(double serial, bool date1904);
    static double serialFromDate(const QDateTime &dateTime, bool date1904);
    // "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss" or, for a serial below 1, "HH:mm:ss".
    static QString dateText(const QDateTime &dateTime, double serial);

    // Parses a cell reference such as "B12" into a zero-based column and row. A reference with
    // the row left out ("B") gives row -1.
    static bool parseReference(QStringView reference, int *column, int *row);
};

}  // namespace sifa
