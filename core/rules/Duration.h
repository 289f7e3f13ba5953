#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace sifa {

class WorkCalendar;

// A period a rule gives: "1 month", "15 working days", "5 calendar days before".
struct Duration {
    enum Unit { CalendarDays, WorkingDays, Months };
    // Where counting starts: the start date itself, or the last day of its month (a monthly
    // report due "by the 3rd working day of the next month" is 3 working days from month end).
    enum Anchor { Start, MonthEnd };
    // On a day off the end date may move to the next working day ("if_not_workday").
    enum Roll { Keep, NextWorkday };

    int amount = 0;  // negative: before the start ("direction": "before")
    Unit unit = CalendarDays;
    Anchor anchor = Start;
    Roll roll = Keep;

    friend bool operator==(const Duration &, const Duration &) = default;

    // The names used in rule files: "calendar_days", "working_days", "months".
    static QString unitName(Unit unit);
    static std::optional<Unit> unitFromName(const QString &name);
};

// Calendar-month arithmetic with end-of-month clamping: Jan 31 + 1 month = Feb 28 (29 in a
// leap year), Mar 31 - 1 month = Feb 28/29. A day that exists in the target month is kept
// (Jan 15 + 1 month = Feb 15), which is how 《民法典》 Art. 202 counts a period of months.
QDate addMonthsClamped(const QDate &from, int months);

// The date `d` gives from `start`: calendar days are added as they are; working days are the
// n-th working day after (before, when negative) the anchor, 0 meaning the anchor itself when
// it is a working day, else the next one; months as in addMonthsClamped. Invalid in, invalid out.
QDate applyDuration(const Duration &d, const QDate &start, const WorkCalendar &calendar);

}  // namespace sifa
