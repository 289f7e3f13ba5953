#pragma once

#include "stats/StatPeriod.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sifa {

// One figure of a report: a count, a sum or a rate, with what it counts written out.
struct StatFigure {
    enum class Kind { Count, Sum, Rate };

    QString key;         // stable: "accepted", "accepted.type.01", "success_rate" (CLI --drill)
    QString section;     // translated heading the figure is listed under
    QString label;       // translated: 受理纠纷
    QString unit;        // translated: 件, 人, 元, %, 小时
    QString definition;  // translated: what is counted, in which period
    Kind kind = Kind::Count;
    double value = 0;
    int decimals = 0;    // how to show it (rates and money: 1 or 2)
    int level = 0;       // 0 a main figure, 1 "其中" under the one before
    bool drillable = true;
    bool hidden = false;  // a figure for the checks only: not printed or exported

    QString text() const;  // the value as shown: "12", "85.7", "12,345.00"
};

// A check of a report's figures against each other before it is submitted.
struct StatCheck {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString id;       // stable: "succeeded_le_accepted"
    QString message;  // translated, with the figures
    QStringList keys; // the figures involved (their drill-downs show the records)
};

// A computed report: every figure, in order, for one period and office (or all offices).
struct StatReportData {
    QString reportId;      // mediation | correction | placement
    QString title;         // translated: 人民调解工作统计表
    StatPeriod period;
    QString office;        // the office code asked for; empty: every office in the database
    QString officeName;
    QString ruleVersion;   // the counting rules' version in force at the period's end
    QList<StatFigure> figures;
    QStringList countingRules;  // translated sentences printed under the table
    QList<StatCheck> checks;    // filled by Statistics::run

    const StatFigure *figure(const QString &key) const;
    double value(const QString &key) const;  // 0 when there is no such figure
    QHash<QString, double> values() const;
    bool hasErrors() const;
};

// The records behind one figure.
struct StatDrill {
    QString key;
    QString label;
    QString entity;           // what a row opens: dispute, cc_subject, rp_subject, screening, ...
    QStringList headers;      // translated column headings
    QStringList columnIds;    // stable column names for JSON and CSV
    struct Row {
        QString uuid;
        QString entity;
        QStringList cells;
        double value = 1;     // what the row adds to the figure (1 for a count)
    };
    QList<Row> rows;
    QString note;             // translated; e.g. for a rate: what the rows are
};

}  // namespace sifa
