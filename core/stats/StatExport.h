#pragma once

#include "print/FormPrinter.h"
#include "stats/StatReport.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace sifa {

class Access;
class Database;

// A report and a drill-down list as JSON, CSV, XLSX and PDF (the official table on the printing
// engine: resources/forms/stats-report.json). Hidden figures (for the checks) are left out.
//
// The JSON (the CLI's `sifa report`): {"report", "from", "to", "office", "office_name",
// "period", "rule_version", "totals": {...the report's summary keys...}, "rows": [{"field",
// "section", "label", "value", "unit", "definition"}...], "checks": [...], "counting_rules": [...]}.
// Rates are percentages rounded to one decimal place.
class StatExport {
    Q_DECLARE_TR_FUNCTIONS(StatExport)
public:
    static QStringList formats();  // json csv xlsx pdf
    static QJsonObject json(const StatReportData &report);
    static QJsonObject totals(const StatReportData &report);
    static QJsonObject drillJson(const StatDrill &drill);
    static QByteArray csv(const StatReportData &report);
    static QByteArray drillCsv(const StatDrill &drill);
    static Status writeXlsx(const StatReportData &report, const QString &path);
    static Status writeDrillXlsx(const StatDrill &drill, const QString &path);
    // The report as a print job (preview, printer, PDF).
    static Result<PrintJob> printJob(const Database &db, const StatReportData &report);
    static Status writePdf(const Database &db, const StatReportData &report, const QString &path);
    // By format id; a translated error for an unknown one.
    static Status write(const Database &db, const StatReportData &report, const QString &format, const QString &path);

    // A drill-down list with what it belongs to: {"report", "field", "label", "from", "to",
    // "office", "count", "rows": [{"uuid", "entity", "value", <column ids>...}], ...}.
    static QJsonObject drillJson(const StatDrill &drill, const QString &reportId, const StatPeriod &period,
                                 const QString &office);
    static QStringList drillFormats();  // json csv xlsx
    // A drill-down list to a file (json, csv or xlsx), not audited: exportDrill is for people.
    static Status writeDrill(const StatDrill &drill, const QString &reportId, const StatPeriod &period,
                             const QString &office, const QString &format, const QString &path);
    // writeDrill, then the audit trail records it ("stats.drill_export": the report, the figure,
    // the period, how many records, the format and the file): the list names people.
    static Status exportDrill(Database &db, const Access &access, const StatDrill &drill, const QString &reportId,
                              const StatPeriod &period, const QString &office, const QString &format,
                              const QString &path);
};

}  // namespace sifa
