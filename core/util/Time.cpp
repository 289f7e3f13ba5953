#include "util/Time.h"

#include <QTimeZone>

namespace sifa {

namespace {
QDateTime g_pinned;
}

QString toStoredTimestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStoredTimestamp(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    return t;
}

QString nowTimestamp()
{
    return toStoredTimestamp(Clock::nowUtc());
}

QString toStoredDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate fromStoredDate(const QString &s)
{
    return QDate::fromString(s, Qt::ISODate);
}

int ageOn(const QDate &birth, const QDate &on)
{
    if (!birth.isValid() || !on.isValid() || birth > on)
        return 0;
    int years = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --years;
    return years;
}

QDateTime Clock::nowUtc()
{
    return g_pinned.isValid() ? g_pinned : QDateTime::currentDateTimeUtc();
}

QDate Clock::today()
{
    return nowUtc().toLocalTime().date();
}

void Clock::pinForTesting(const QDateTime &utc)
{
    g_pinned = utc.isValid() ? utc.toUTC() : QDateTime();
}

}  // namespace sifa
