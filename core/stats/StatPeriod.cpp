#include "stats/StatPeriod.h"

#include <QRegularExpression>
#include <QStringList>

namespace sifa {

namespace {

QDate monthEnd(const QDate &d) { return QDate(d.year(), d.month(), d.daysInMonth()); }

}  // namespace

StatPeriod StatPeriod::containing(Kind kind, const QDate &day)
{
    const int y = day.year();
    switch (kind) {
    case Kind::Month:
        return {kind, QDate(y, day.month(), 1), monthEnd(day)};
    case Kind::Quarter: {
        const int first = ((day.month() - 1) / 3) * 3 + 1;
        return {kind, QDate(y, first, 1), monthEnd(QDate(y, first + 2, 1))};
    }
    case Kind::Half:
        return day.month() <= 6 ? StatPeriod{kind, QDate(y, 1, 1), QDate(y, 6, 30)}
                                : StatPeriod{kind, QDate(y, 7, 1), QDate(y, 12, 31)};
    case Kind::Year:
        return {kind, QDate(y, 1, 1), QDate(y, 12, 31)};
    case Kind::Range:
        break;
    }
    return {Kind::Range, day, day};
}

StatPeriod StatPeriod::range(const QDate &from, const QDate &to)
{
    for (Kind k : {Kind::Month, Kind::Quarter, Kind::Half, Kind::Year}) {
        const StatPeriod p = containing(k, from);
        if (p.from == from && p.to == to)
            return p;
    }
    return {Kind::Range, from, to};
}

Result<StatPeriod> StatPeriod::parse(const QString &text)
{
    const QString t = text.trimmed().toUpper();
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{1,2})$"));
    static const QRegularExpression quarter(QStringLiteral("^(\\d{4})-Q([1-4])$"));
    static const QRegularExpression half(QStringLiteral("^(\\d{4})-H([12])$"));
    static const QRegularExpression year(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression span(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})$"));
    QRegularExpressionMatch m;
    if ((m = month.match(t)).hasMatch()) {
        const int mo = m.captured(2).toInt();
        if (mo >= 1 && mo <= 12)
            return containing(Kind::Month, QDate(m.captured(1).toInt(), mo, 1));
    } else if ((m = quarter.match(t)).hasMatch()) {
        return containing(Kind::Quarter, QDate(m.captured(1).toInt(), m.captured(2).toInt() * 3, 1));
    } else if ((m = half.match(t)).hasMatch()) {
        return containing(Kind::Half, QDate(m.captured(1).toInt(), m.captured(2).toInt() * 6, 1));
    } else if ((m = year.match(t)).hasMatch()) {
        return containing(Kind::Year, QDate(m.captured(1).toInt(), 1, 1));
    } else if ((m = span.match(t)).hasMatch()) {
        const QDate from = QDate::fromString(m.captured(1), Qt::ISODate);
        const QDate to = QDate::fromString(m.captured(2), Qt::ISODate);
        if (from.isValid() && to.isValid() && from <= to)
            return range(from, to);
    }
    return Result<StatPeriod>::failure(
        ErrorCode::InvalidInput,
        StatPeriods::tr("\"%1\" is not a report period. Write a month (2026-11), a quarter (2026-Q3), a half-year "
                        "(2026-H1), a year (2026) or two dates (2026-01-01..2026-03-31).")
            .arg(text),
        QStringLiteral("period"));
}

QString StatPeriod::id() const
{
    switch (kind) {
    case Kind::Month:
        return from.toString(QStringLiteral("yyyy-MM"));
    case Kind::Quarter:
        return QStringLiteral("%1-Q%2").arg(from.year()).arg((from.month() - 1) / 3 + 1);
    case Kind::Half:
        return QStringLiteral("%1-H%2").arg(from.year()).arg(from.month() == 1 ? 1 : 2);
    case Kind::Year:
        return QString::number(from.year());
    case Kind::Range:
        break;
    }
    return from.toString(Qt::ISODate) + QStringLiteral("..") + to.toString(Qt::ISODate);
}

StatPeriod StatPeriod::previous() const
{
    if (kind == Kind::Range) {
        const qint64 days = from.daysTo(to);
        return {Kind::Range, from.addDays(-days - 1), from.addDays(-1)};
    }
    return containing(kind, from.addDays(-1));
}

StatPeriod StatPeriod::yearEarlier() const
{
    if (kind == Kind::Range)
        return {Kind::Range, from.addYears(-1), to.addYears(-1)};
    return containing(kind, from.addYears(-1));
}

QString StatPeriod::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Month: return QStringLiteral("month");
    case Kind::Quarter: return QStringLiteral("quarter");
    case Kind::Half: return QStringLiteral("half");
    case Kind::Year: return QStringLiteral("year");
    case Kind::Range: break;
    }
    return QStringLiteral("range");
}

std::optional<StatPeriod::Kind> StatPeriod::kindFromId(const QString &id)
{
    for (Kind k : {Kind::Month, Kind::Quarter, Kind::Half, Kind::Year, Kind::Range}) {
        if (kindId(k) == id)
            return k;
    }
    return std::nullopt;
}

QString StatPeriod::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Month: return StatPeriods::tr("Monthly");
    case Kind::Quarter: return StatPeriods::tr("Quarterly");
    case Kind::Half: return StatPeriods::tr("Half-yearly");
    case Kind::Year: return StatPeriods::tr("Annual");
    case Kind::Range: break;
    }
    return StatPeriods::tr("Date range");
}

QString StatPeriod::label() const
{
    switch (kind) {
    case Kind::Month:
        return StatPeriods::tr("%1-%2").arg(from.year()).arg(from.month());
    case Kind::Quarter:
        return StatPeriods::tr("%1 Q%2").arg(from.year()).arg((from.month() - 1) / 3 + 1);
    case Kind::Half:
        return from.month() == 1 ? StatPeriods::tr("%1 first half").arg(from.year())
                                 : StatPeriods::tr("%1 second half").arg(from.year());
    case Kind::Year:
        return StatPeriods::tr("Year %1").arg(from.year());
    case Kind::Range:
        break;
    }
    return StatPeriods::tr("%1 to %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

}  // namespace sifa
