#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace sifa {

// The period a report covers: a calendar month, quarter, half-year or year, or any range of
// days. Both ends are included.
struct StatPeriod {
    enum class Kind { Month, Quarter, Half, Year, Range };

    Kind kind = Kind::Range;
    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    // The calendar period of `kind` that contains `day` (Range gives the single day).
    static StatPeriod containing(Kind kind, const QDate &day);
    // A range; recognised as a month, quarter, half-year or year when it is exactly one.
    static StatPeriod range(const QDate &from, const QDate &to);
    // "2026-11", "2026-Q3", "2026-H1", "2026" or "2026-01-01..2026-03-31".
    static Result<StatPeriod> parse(const QString &text);
    QString id() const;  // the same spelling parse() reads
    // The period of the same kind before this one (a range: the same length just before it).
    StatPeriod previous() const;
    // The same period a year earlier.
    StatPeriod yearEarlier() const;

    static QString kindId(Kind kind);  // month | quarter | half | year | range
    static std::optional<Kind> kindFromId(const QString &id);
    static QString kindName(Kind kind);  // translated: 月度, 季度, ...
    QString label() const;               // translated: 2026年11月, 2026年第三季度, 2026年上半年 ...

    bool operator==(const StatPeriod &o) const { return kind == o.kind && from == o.from && to == o.to; }
};

class StatPeriods {
    Q_DECLARE_TR_FUNCTIONS(StatPeriods)
};

}  // namespace sifa
