#include "stats/Dashboard.h"

#include "stats/StatEngine.h"
#include "stats/StatSpecs.h"
#include "stats/Statistics.h"
#include "todo/Todo.h"
#include "util/Time.h"

#include <QLocale>
#include <QSet>

#include <optional>

#include <algorithm>

namespace sifa {

using namespace statspec;

namespace {

const QString kCorrectionPopulation = QStringLiteral("correction.population");
const QString kPlacementPopulation = QStringLiteral("placement.population");
const QString kTodo = QStringLiteral("todo");

// The part of a report the overview needs: the measures, breakdowns (by prefix) and rates
// named, with their bases, in the report's order; no checks. The definitions are the report's
// own, so a value drills through the report.
StatSpec reduced(const StatSpec &full, const QStringList &keys)
{
    StatSpec s;
    s.id = full.id;
    s.title = full.title;
    s.ruleSet = full.ruleSet;
    QSet<QString> bases;
    for (const StatItem &item : full.order) {
        switch (item.kind) {
        case StatItem::Kind::Measure:
            if (keys.contains(full.measures[item.index].key)) {
                s.add(full.measures[item.index]);
                bases.insert(full.measures[item.index].base);
            }
            break;
        case StatItem::Kind::Breakdown:
            if (keys.contains(full.breakdowns[item.index].prefix)) {
                s.add(full.breakdowns[item.index]);
                bases.insert(full.breakdowns[item.index].base);
            }
            break;
        case StatItem::Kind::Rate:
            if (keys.contains(full.rates[item.index].key))
                s.add(full.rates[item.index]);
            break;
        }
    }
    for (const StatBase &b : full.bases) {
        if (bases.contains(b.id))
            s.bases.append(b);
    }
    return s;
}

// The breakdown's figures (key "<prefix>.<code>"), labelled by the code's name alone.
QList<DashboardPoint> breakdownPoints(const StatSpec &spec, const StatReportData &report, const QString &prefix,
                                      const QString &source, bool nonZeroOnly)
{
    QString labelPrefix;
    for (const StatBreakdown &b : spec.breakdowns) {
        if (b.prefix == prefix)
            labelPrefix = b.labelPrefix;
    }
    QList<DashboardPoint> out;
    for (const StatFigure &f : report.figures) {
        if (!f.key.startsWith(prefix + QLatin1Char('.')) || (nonZeroOnly && f.value == 0))
            continue;
        QString label = f.label;
        if (!labelPrefix.isEmpty() && label.startsWith(labelPrefix))
            label = label.mid(labelPrefix.size());
        out.append({label.trimmed(), f.value, {source, f.key, report.period}});
    }
    return out;
}

DashboardChart chartOf(const QString &id, const QString &module, DashboardChart::Kind kind, const QString &title,
                       const QString &unit, const QString &note, const QString &seriesName,
                       const QList<DashboardPoint> &points)
{
    DashboardChart c;
    c.id = id;
    c.module = module;
    c.kind = kind;
    c.title = title;
    c.unit = unit;
    c.note = note;
    DashboardSeries s;
    s.name = seriesName;
    s.points = points;
    for (const DashboardPoint &p : points)
        c.categories << p.category;
    c.series.append(s);
    return c;
}

// Months along an axis titled 月份: their numbers, short enough for twelve side by side.
QString monthName(int month)
{
    return QLocale().toString(month);
}

Status mediationCharts(Database &db, const QDate &today, QList<DashboardChart> *out)
{
    const StatSpec full = *Statistics::spec(QStringLiteral("mediation"));
    const QString source = full.id;
    const StatSpec monthly = reduced(full, {QStringLiteral("accepted"), QStringLiteral("succeeded"),
                                            QStringLiteral("success_rate")});
    const int year = today.year();
    DashboardChart accepted;
    accepted.id = QStringLiteral("mediation.monthly");
    accepted.module = source;
    accepted.kind = DashboardChart::Kind::Bar;
    accepted.title = Dashboard::tr("Disputes accepted by month, %1 and %2").arg(year - 1).arg(year);
    accepted.unit = MediationStats::tr("cases");
    accepted.note = Dashboard::tr("Disputes by the month of their acceptance date, this year beside last year.");
    accepted.axisTitle = Dashboard::tr("Month");
    DashboardSeries rates;
    rates.name = Dashboard::tr("Success rate %1").arg(year);
    for (int m = 1; m <= 12; ++m)
        accepted.categories << monthName(m);
    for (int y : {year - 1, year}) {
        DashboardSeries series;
        series.name = QString::number(y);
        for (int m = 1; m <= 12; ++m) {
            const StatPeriod period = StatPeriod::containing(StatPeriod::Kind::Month, QDate(y, m, 1));
            if (period.from > today) {
                series.points.append({monthName(m), 0, {}});  // still to come: nothing to count or list
                continue;
            }
            Result<StatReportData> r = StatEngine::compute(db, monthly, period, QString());
            if (!r)
                return r.error();
            series.points.append({monthName(m), r->value(QStringLiteral("accepted")),
                                  {source, QStringLiteral("accepted"), period}});
            if (y == year)
                rates.points.append({monthName(m), r->value(QStringLiteral("success_rate")),
                                     {source, QStringLiteral("success_rate"), period}});
        }
        accepted.series.append(series);
    }
    out->append(accepted);

    const StatSpec yearly = reduced(full, {QStringLiteral("accepted"), QStringLiteral("accepted.type"),
                                           QStringLiteral("accepted.risk")});
    const StatPeriod thisYear = StatPeriod::containing(StatPeriod::Kind::Year, today);
    Result<StatReportData> y = StatEngine::compute(db, yearly, thisYear, QString());
    if (!y)
        return y.error();
    QList<DashboardPoint> types = breakdownPoints(yearly, *y, QStringLiteral("accepted.type"), source, true);
    std::stable_sort(types.begin(), types.end(),
                     [](const DashboardPoint &a, const DashboardPoint &b) { return a.value > b.value; });
    out->append(chartOf(QStringLiteral("mediation.types"), source, DashboardChart::Kind::HorizontalBar,
                        Dashboard::tr("Disputes accepted in %1 by type").arg(year), MediationStats::tr("cases"),
                        Dashboard::tr("Disputes accepted this year, by dispute type."), QString(), types));

    DashboardChart success = chartOf(QStringLiteral("mediation.success"), source, DashboardChart::Kind::Line,
                                     Dashboard::tr("Mediation success rate by month, %1").arg(year),
                                     QStringLiteral("%"),
                                     Dashboard::tr("Successes in the month ÷ disputes accepted in the month × 100%."),
                                     rates.name, rates.points);
    success.axisTitle = accepted.axisTitle;
    out->append(success);

    out->append(chartOf(QStringLiteral("mediation.risk"), source, DashboardChart::Kind::Bar,
                        Dashboard::tr("Disputes accepted in %1 by risk level").arg(year), MediationStats::tr("cases"),
                        Dashboard::tr("Disputes accepted this year, by the risk level recorded on them."), QString(),
                        breakdownPoints(yearly, *y, QStringLiteral("accepted.risk"), source, false)));
    return {};
}

// A population chart: the statutory report's own breakdown (at the end of a one-day period,
// today) when the report defines it, so the bar is the report's figure and drills through the
// report; otherwise the overview's own count of the current files (`fallback`).
struct PopulationChart {
    QString id;
    DashboardChart::Kind kind;
    QString title;
    QString reportPrefix;    // the report's breakdown of those in register at the period's end
    QString fallbackPrefix;  // the same from the overview's own spec
};

bool hasBreakdown(const StatSpec &spec, const QString &prefix)
{
    return std::any_of(spec.breakdowns.cbegin(), spec.breakdowns.cend(),
                       [&prefix](const StatBreakdown &b) { return b.prefix == prefix; });
}

Status populationCharts(Database &db, const QDate &today, const QString &reportId, const StatSpec &fallback,
                        const QList<PopulationChart> &charts, const QString &note, QList<DashboardChart> *out)
{
    const StatPeriod day = StatPeriod::range(today, today);
    const StatSpec full = *Statistics::spec(reportId);
    QStringList fromReport;
    bool needFallback = false;
    for (const PopulationChart &c : charts) {
        if (hasBreakdown(full, c.reportPrefix))
            fromReport << c.reportPrefix;
        else
            needFallback = true;
    }
    std::optional<StatSpec> reportSpec;
    std::optional<StatReportData> report;
    if (!fromReport.isEmpty()) {
        reportSpec = reduced(full, fromReport);
        Result<StatReportData> r = StatEngine::compute(db, *reportSpec, day, QString());
        if (!r)
            return r.error();
        report = *r;
    }
    std::optional<StatReportData> own;
    if (needFallback) {
        Result<StatReportData> r = StatEngine::compute(db, fallback, day, QString());
        if (!r)
            return r.error();
        own = *r;
    }
    for (const PopulationChart &c : charts) {
        const bool statutory = fromReport.contains(c.reportPrefix);
        const StatSpec &spec = statutory ? *reportSpec : fallback;
        const StatReportData &data = statutory ? *report : *own;
        const QList<DashboardPoint> points = breakdownPoints(spec, data, statutory ? c.reportPrefix : c.fallbackPrefix,
                                                             statutory ? reportId : fallback.id, false);
        QString unit;
        for (const StatBreakdown &b : spec.breakdowns) {
            if (b.prefix == (statutory ? c.reportPrefix : c.fallbackPrefix))
                unit = b.unit;
        }
        out->append(chartOf(c.id, reportId, c.kind, c.title, unit, note, QString(), points));
    }
    return {};
}

Status todoChart(Database &db, const Access &access, const QDate &today, QList<DashboardChart> *out)
{
    Result<QList<TodoItem>> items = Todo::items(db, access, today);
    if (!items)
        return items.error();
    const TodoCounts c = Todo::counts(*items, today);
    QList<DashboardPoint> points;
    const StatPeriod day = StatPeriod::range(today, today);
    for (const auto &[bucket, n] : {std::pair{TodoItem::Bucket::Overdue, c.overdue},
                                    std::pair{TodoItem::Bucket::Today, c.today},
                                    std::pair{TodoItem::Bucket::ThisWeek, c.thisWeek},
                                    std::pair{TodoItem::Bucket::Upcoming, c.upcoming}})
        points.append({Todo::bucketLabel(bucket), static_cast<double>(n), {kTodo, Todo::bucketId(bucket), day}});
    out->append(chartOf(QStringLiteral("todo.due"), kTodo, DashboardChart::Kind::Bar, Dashboard::tr("To-do items"),
                        Dashboard::tr("items"), Dashboard::tr("Open deadlines of the modules you work in, by when they fall due."),
                        QString(), points));
    return {};
}

}  // namespace

double DashboardChart::total() const
{
    double sum = 0;
    for (const DashboardSeries &s : series) {
        for (const DashboardPoint &p : s.points)
            sum += p.value;
    }
    return sum;
}

Result<QList<DashboardChart>> Dashboard::build(Database &db, const Access &access, const QDate &today)
{
    QList<DashboardChart> out;
    if (access.can(Statistics::permission(QStringLiteral("mediation")))) {
        if (Status s = mediationCharts(db, today, &out); !s.ok())
            return s;
    }
    if (access.can(Statistics::permission(QStringLiteral("correction")))) {
        if (Status s = populationCharts(
                db, today, QStringLiteral("correction"), correctionPopulation(),
                {{QStringLiteral("correction.type"), DashboardChart::Kind::HorizontalBar, tr("Under community correction by type"), QStringLiteral("end.type"),
                  QStringLiteral("under.type")},
                 {QStringLiteral("correction.grade"), DashboardChart::Kind::Bar, tr("Under community correction by grade"),
                  QStringLiteral("end.grade"), QStringLiteral("under.grade")}},
                tr("Persons in the correction register today."), &out);
            !s.ok())
            return s;
    }
    if (access.can(Statistics::permission(QStringLiteral("placement")))) {
        if (Status s = populationCharts(
                db, today, QStringLiteral("placement"), placementPopulation(),
                {{QStringLiteral("placement.category"), DashboardChart::Kind::Pie, tr("Under assistance by category"),
                  QStringLiteral("registered.category"), QStringLiteral("assisting.category")},
                 {QStringLiteral("placement.handover"), DashboardChart::Kind::Bar, tr("Under assistance by hand-over"),
                  QStringLiteral("registered.handover"), QStringLiteral("assisting.handover")}},
                tr("Persons in the resettlement register today."), &out);
            !s.ok())
            return s;
    }
    if (access.can(Permission::MediationRead) || access.can(Permission::CorrectionRead) ||
        access.can(Permission::PlacementRead)) {
        if (Status s = todoChart(db, access, today, &out); !s.ok())
            return s;
    }
    return out;
}

Result<StatDrill> Dashboard::drill(Database &db, const Access &access, const DashboardTarget &target,
                                   const QDate &today)
{
    if (Statistics::reportIds().contains(target.source))
        return Statistics::drill(db, access, target.source, target.key, target.period);
    if (target.source == kCorrectionPopulation || target.source == kPlacementPopulation) {
        const bool correction = target.source == kCorrectionPopulation;
        if (Status s = access.require(db, Statistics::permission(correction ? QStringLiteral("correction")
                                                                            : QStringLiteral("placement")));
            !s.ok())
            return s;
        Result<StatDrill> d = StatEngine::drill(db, correction ? correctionPopulation() : placementPopulation(),
                                                target.key, target.period, QString());
        if (d.ok())
            Statistics::protectMinors(d.value(), access);
        return d;
    }
    if (target.source == kTodo) {
        Result<QList<TodoItem>> items = Todo::items(db, access, today);
        if (!items)
            return items.error();
        StatDrill d;
        d.key = target.key;
        for (TodoItem::Bucket b : {TodoItem::Bucket::Overdue, TodoItem::Bucket::Today, TodoItem::Bucket::ThisWeek,
                                   TodoItem::Bucket::Upcoming}) {
            if (Todo::bucketId(b) == target.key)
                d.label = Todo::bucketLabel(b);
        }
        d.headers = {tr("Due"), tr("Case or file"), tr("About"), tr("What is due")};
        d.columnIds = {QStringLiteral("due"), QStringLiteral("case_no"), QStringLiteral("title"), QStringLiteral("what")};
        for (const TodoItem &t : *items) {
            const TodoItem::Bucket b = Todo::bucket(t.due, today);
            if (Todo::bucketId(b) != target.key)
                continue;
            d.rows.append({t.uuid, t.entity, {toStoredDate(t.due), t.caseNo, t.title, t.what}, 1});
        }
        return d;
    }
    return Result<StatDrill>::failure(ErrorCode::NotFound, tr("There are no records behind this value."),
                                      QStringLiteral("drill"));
}

}  // namespace sifa
