#pragma once

#include "security/Access.h"
#include "stats/StatPeriod.h"
#include "stats/StatReport.h"
#include "stats/StatSpec.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace sifa {

class Database;

// What a bar, point or slice of the overview stands for, so that clicking it lists its records:
// a figure of a statutory report (source: mediation, correction, placement) or of the
// overview's own population counts (correction.population, placement.population) for a period,
// or a group of to-do items (source todo, key a Todo bucket id).
struct DashboardTarget {
    QString source;
    QString key;
    StatPeriod period;
};

struct DashboardPoint {
    QString category;  // the bar's or slice's label
    double value = 0;
    DashboardTarget target;
};

struct DashboardSeries {
    QString name;  // translated: 2026年, 2025年
    QList<DashboardPoint> points;
};

// One chart of the overview: categories along the axis (bars, line) or slices (pie), one or
// more series of values that each drill.
struct DashboardChart {
    enum class Kind { Bar, HorizontalBar, Line, Pie };  // horizontal bars for long category names
    QString id;        // mediation.monthly, mediation.types, mediation.success, mediation.risk,
                       // correction.type, correction.grade, placement.category,
                       // placement.handover, todo.due
    QString module;    // mediation | correction | placement | todo
    Kind kind = Kind::Bar;
    QString title;     // translated
    QString unit;      // translated: 件, 人, %
    QString note;      // translated: what is counted and when
    QString axisTitle; // translated: what the categories are when it is not plain (月份)
    QStringList categories;
    QList<DashboardSeries> series;

    double total() const;  // the sum of every value (0: nothing to show)
};

// 工作概览: the charts of the overview page, computed from the database without widgets. Every
// value is a figure computed by StatEngine with the statutory report's own definitions (those
// in register at the end of a one-day period, today, for correction and resettlement; the
// overview's own population counts below where a report has no such breakdown), or a count of
// to-do items, so each one lists its records through drill().
class Dashboard {
    Q_DECLARE_TR_FUNCTIONS(Dashboard)
public:
    // The charts the role may see on `today`: mediation with reports.mediation (accepted by
    // month this year and last year, by type and risk this year, the success rate by month),
    // correction with reports.correction (under correction by type and grade), resettlement
    // with reports.placement (under assistance by category and hand-over), and the to-do
    // counts with any module's read permission.
    static Result<QList<DashboardChart>> build(Database &db, const Access &access, const QDate &today);
    // The records behind a value (the same rows the value counts).
    static Result<StatDrill> drill(Database &db, const Access &access, const DashboardTarget &target,
                                   const QDate &today);

    // The overview's own counts of the files open now (by type and grade; by category and
    // hand-over), for a chart whose breakdown the statutory report does not have.
    static StatSpec correctionPopulation();
    static StatSpec placementPopulation();
};

}  // namespace sifa
