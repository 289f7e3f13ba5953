#include "rules/Duration.h"

#include "rules/WorkCalendar.h"

#include <algorithm>

namespace sifa {

QString Duration::unitName(Unit unit)
{
    switch (unit) {
    case CalendarDays:
        return QStringLiteral("calendar_days");
    case WorkingDays:
        return QStringLiteral("working_days");
    case Months:
        return QStringLiteral("months");
    }
    return QString();
}

std::optional<Duration::Unit> Duration::unitFromName(const QString &name)
{
    for (Unit u : {CalendarDays, WorkingDays, Months}) {
        if (unitName(u) == name)
            return u;
    }
    return std::nullopt;
}

QDate addMonthsClamped(const QDate &from, int months)
{
    if (!from.isValid())
        return QDate();
    // Months counted from year 0 so that negative steps cross year boundaries correctly.
    const long long index = static_cast<long long>(from.year()) * 12 + (from.month() - 1) + months;
    const int year = static_cast<int>(index >= 0 ? index / 12 : -((-index + 11) / 12));
    const int month = static_cast<int>(index - static_cast<long long>(year) * 12) + 1;
    const QDate first(year, month, 1);
    if (!first.isValid())
        return QDate();
    return QDate(year, month, std::min(from.day(), first.daysInMonth()));
}

QDate applyDuration(const Duration &d, const QDate &start, const WorkCalendar &calendar)
{
    if (!start.isValid())
        return QDate();
    QDate base = start;
    if (d.anchor == Duration::MonthEnd)
        base = QDate(start.year(), start.month(), start.daysInMonth());
    QDate out;
    switch (d.unit) {
    case Duration::CalendarDays:
        out = base.addDays(d.amount);
        break;
    case Duration::WorkingDays:
        out = calendar.addWorkdays(base, d.amount);
        break;
    case Duration::Months:
        out = addMonthsClamped(base, d.amount);
        break;
    }
    if (out.isValid() && d.roll == Duration::NextWorkday && !calendar.isWorkday(out))
        out = calendar.addWorkdays(out, 0);
    return out;
}

}  // namespace sifa
