#include "stats/StatTodo.h"

#include "rules/Rules.h"
#include "stats/StatPeriod.h"
#include "stats/StatSubmissions.h"
#include "stats/Statistics.h"
#include "storage/Database.h"

namespace sifa {

QDate StatTodo::due(const QString &reportId, const StatPeriod &period)
{
    if (period.kind == StatPeriod::Kind::Range)
        return {};
    const QString key = QStringLiteral("statistics.%1_%2_due").arg(reportId, StatPeriod::kindId(period.kind));
    const QDate lastMonth(period.to.year(), period.to.month(), 1);
    return Rules::instance().due(key, lastMonth, period.to);
}

Result<QList<TodoItem>> StatTodo::items(Database &db, const Access &access, const QDate &today)
{
    QList<TodoItem> out;
    const QDate created = QDateTime::fromString(db.meta(QStringLiteral("created_at")), Qt::ISODate).date();
    QDate earliest = today.addYears(-1);
    if (created.isValid() && created > earliest)
        earliest = created;
    const QString office = Statistics::officeOf(db, QString());
    for (const QString &report : Statistics::reportIds()) {
        if (!access.can(Statistics::permission(report)))
            continue;
        for (StatPeriod::Kind kind :
             {StatPeriod::Kind::Month, StatPeriod::Kind::Quarter, StatPeriod::Kind::Half, StatPeriod::Kind::Year}) {
            for (StatPeriod p = StatPeriod::containing(kind, today.addDays(kLookAheadDays)); p.to >= earliest;
                 p = p.previous()) {
                const QDate d = due(report, p);
                if (!d.isValid())
                    break;  // the rules owe no such report
                if (d > today.addDays(kLookAheadDays))
                    continue;
                Result<std::optional<StatSubmission>> s = StatSubmissions::current(db, access, report, p, office);
                if (!s.ok())
                    return s.error();
                if (s->has_value())
                    continue;
                TodoItem t;
                t.module = QStringLiteral("statistics");
                t.kind = QStringLiteral("statistics.%1_%2").arg(report, StatPeriod::kindId(kind));
                t.entity = QStringLiteral("stat_report");
                t.uuid = report + QLatin1Char(':') + p.id();
                t.caseNo = p.id();
                t.title = tr("%1, %2").arg(Statistics::title(report), p.label());
                t.what = tr("Submit the %1 report to the county").arg(StatPeriod::kindName(kind));
                t.due = d;
                out << t;
            }
        }
    }
    return out;
}

}  // namespace sifa
