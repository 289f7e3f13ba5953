#pragma once

#include "stats/StatReport.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace sifa {

// How a report is defined: record sets ("bases"), and figures that count or sum the rows of a
// base meeting a condition. The count and the drill-down list of a figure come from the same
// SQL (the base's FROM and WHERE, plus the figure's condition), so they cannot disagree.
//
// SQL fragments may use :from and :to (the period's first and last day, ISO text) and name the
// base's tables by their aliases. They are written by the report definitions in this folder,
// never from user input; code values from code tables are quoted by sqlQuote().

// A drill-down column of a base: a heading and the SQL for its value; `codeTable` turns a code
// into its name.
struct StatColumn {
    QString id;
    QString header;  // translated
    QString sql;
    QString codeTable;
    std::function<QString(const QString &)> format;  // or a label function for fixed codes
};

struct StatBase {
    QString id;            // "accepted"
    QString entity;        // what a drill row opens: dispute, agreement, cc_subject, ...
    QString from;          // "dispute d JOIN ..."
    QString where;         // "d.deleted = 0 AND d.accepted_date BETWEEN :from AND :to"
    QString officeColumn;  // "d.office_code": restricted to one office when one is asked for
    QString uuidColumn;    // "d.uuid": the record a drill row opens
    QString order;         // drill order: "d.accepted_date, d.case_no"
    QList<StatColumn> columns;
};

// A count (value empty) or sum (value: an SQL number, divided by `scale`) of the base's rows
// meeting `condition` (empty: every row).
struct StatMeasure {
    QString key;
    QString base;
    QString section;
    QString label;
    QString unit;
    QString definition;
    QString condition;
    QString value;
    double scale = 1;
    int decimals = 0;
    int level = 0;
    bool hidden = false;  // for the checks: computed and drillable, not printed
};

// One measure per code of a code table (plus any other value found, and blanks): key
// "<prefix>.<code>", label "<labelPrefix><code name>"; `column` is the SQL of the code.
struct StatBreakdown {
    QString prefix;
    QString base;
    QString section;
    QString labelPrefix;
    QString unit;
    QString definition;
    QString column;
    QString codeTable;
    QString condition;
    QString value;
    double scale = 1;
    int decimals = 0;
    int level = 1;
    // Fixed codes and names instead of a code table (e.g. the risk levels).
    QList<QPair<QString, QString>> codes;
};

// numerator / denominator × 100 (a percentage), the denominator a weighted sum of figures
// (an average: {start 0.5, end 0.5}); drilling a rate lists the numerator's records.
struct StatRate {
    QString key;
    QString section;
    QString label;
    QString definition;
    QString numerator;
    QList<QPair<QString, double>> denominator;
    int level = 0;
};

using StatCheckFn = std::function<void(const StatReportData &, QList<StatCheck> *)>;

// An item of the report layout: a measure, a breakdown or a rate, in printing order.
struct StatItem {
    enum class Kind { Measure, Breakdown, Rate };
    Kind kind;
    int index;
};

struct StatSpec {
    QString id;
    QString title;
    QString ruleSet;  // the rule file whose version is recorded with the report ("statistics")
    QList<StatBase> bases;
    QList<StatMeasure> measures;
    QList<StatBreakdown> breakdowns;
    QList<StatRate> rates;
    QList<StatItem> order;
    QStringList countingRules;
    QList<StatCheckFn> checks;

    void add(const StatMeasure &m) { order.append({StatItem::Kind::Measure, int(measures.size())}); measures.append(m); }
    void add(const StatBreakdown &b) { order.append({StatItem::Kind::Breakdown, int(breakdowns.size())}); breakdowns.append(b); }
    void add(const StatRate &r) { order.append({StatItem::Kind::Rate, int(rates.size())}); rates.append(r); }
    const StatBase *base(const QString &id) const;
};

// 'text' as an SQL string literal.
QString sqlQuote(const QString &text);

}  // namespace sifa
