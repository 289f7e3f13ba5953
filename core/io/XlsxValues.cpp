#include "io/XlsxValues.h"

#include "io/XlsxReader.h"

#include <QLocale>
#include <QTimeZone>

#include <cmath>

namespace sifa {

namespace {

constexpr qint64 kMsPerDay = 24 * 60 * 60 * 1000;

QDate epoch(double serial, bool date1904)
{
    if (date1904)
        return QDate(1904, 1, 1);
    // Excel counts a 29 February 1900 that never was (serial 60, read as 28 February here):
    // the serials before it count from one day later.
    return serial < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30);
}

}  // namespace

QString XlsxValues::numberText(double value)
{
    if (value == 0)
        return QStringLiteral("0");  // also for -0
    const double magnitude = std::fabs(value);
    const char format = magnitude < 1e21 && magnitude >= 1e-9 ? 'f' : 'g';
    return QString::number(value, format, QLocale::FloatingPointShortest);
}

std::optional<QDateTime> XlsxValues::dateFromSerial(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial >= 2958466)  // 2958465 is 9999-12-31
        return std::nullopt;
    qint64 days = qint64(std::floor(serial));
    qint64 ms = std::llround((serial - double(days)) * double(kMsPerDay));
    if (ms >= kMsPerDay) {
        ++days;
        ms -= kMsPerDay;
    }
    const QDate date = epoch(serial, date1904).addDays(days);
    if (!date.isValid() || date.year() > 9999)
        return std::nullopt;
    return QDateTime(date, QTime::fromMSecsSinceStartOfDay(int(ms)), QTimeZone::utc());
}

double XlsxValues::serialFromDate(const QDateTime &dateTime, bool date1904)
{
    const QDate date = dateTime.date();
    QDate base = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
    if (!date1904 && date < QDate(1900, 3, 1))
        base = QDate(1899, 12, 31);
    return double(base.daysTo(date)) + double(dateTime.time().msecsSinceStartOfDay()) / double(kMsPerDay);
}

QString XlsxValues::dateText(const QDateTime &dateTime, double serial)
{
    const QTime time = dateTime.time();
    const QString timeFormat = time.msec() ? QStringLiteral("HH:mm:ss.zzz") : QStringLiteral("HH:mm:ss");
    if (serial < 1)
        return time.toString(timeFormat);
    if (time.msecsSinceStartOfDay() == 0)
        return dateTime.date().toString(QStringLiteral("yyyy-MM-dd"));
    return dateTime.date().toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char(' ') + time.toString(timeFormat);
}

bool XlsxValues::parseReference(QStringView reference, int *column, int *row)
{
    qsizetype i = 0;
    int col = 0;
    while (i < reference.size() && reference.at(i).isLetter() && reference.at(i).unicode() < 128) {
        col = col * 26 + (reference.at(i).toUpper().unicode() - u'A' + 1);
        if (col > XlsxReader::kMaxColumns || ++i > 3)
            return false;
    }
    if (col == 0)
        return false;
    int r = -1;
    if (i < reference.size()) {
        bool ok = false;
        r = reference.sliced(i).toInt(&ok) - 1;
        if (!ok || r < 0 || reference.at(i) < QLatin1Char('0') || reference.at(i) > QLatin1Char('9'))
            return false;
    }
    *column = col - 1;
    *row = r;
    return true;
}

}  // namespace sifa
