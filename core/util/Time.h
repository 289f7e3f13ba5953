#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace sifa {

// Timestamps are stored as UTC ISO-8601 with milliseconds, e.g. 2026-11-22T08:15:30.123Z,
// so that text order is time order.
QString toStoredTimestamp(const QDateTime &t);
QDateTime fromStoredTimestamp(const QString &s);
QString nowTimestamp();

// Dates are stored as ISO yyyy-MM-dd.
QString toStoredDate(const QDate &d);
QDate fromStoredDate(const QString &s);

// Completed years between birth and `on` (0 for a birth date after `on`).
int ageOn(const QDate &birth, const QDate &on);

// The clock the core reads. Tests can pin it; production leaves it alone.
class Clock {
public:
    static QDateTime nowUtc();
    static QDate today();
    static void pinForTesting(const QDateTime &utc);  // invalid QDateTime unpins
};

}  // namespace sifa
