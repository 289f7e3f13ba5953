// A computed report (or the records behind one figure) as JSON, CSV, XLSX and PDF. The same
// visible figures in the same order everywhere; hidden figures (for the checks) never leave.
#include "stats/StatExport.h"

#include "codes/CodeTables.h"
#include "io/CsvWriter.h"
#include "io/FileErrors.h"
#include "io/XlsxWriter.h"
#include "print/FormTemplate.h"
#include "print/FormText.h"
#include "print/MediationForms.h"
#include "security/Access.h"
#include "security/AuditLog.h"
#include "storage/Database.h"

#include <QDate>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QVariant>

#include <cmath>

namespace sifa {

namespace {

const QString kTemplate = QStringLiteral("stats-report");

double rounded(double v, int decimals)
{
    const double p = std::pow(10.0, decimals);
    return std::round(v * p) / p;
}

bool isWhole(const StatFigure &f)
{
    return f.kind != StatFigure::Kind::Rate && f.decimals == 0;
}

// A figure's value as JSON: counts (and whole sums) as integers, rates to one decimal place,
// money to its decimals.
QJsonValue jsonNumber(const StatFigure &f)
{
    if (isWhole(f))
        return QJsonValue(qint64(std::llround(f.value)));
    return QJsonValue(rounded(f.value, f.kind == StatFigure::Kind::Rate ? 1 : f.decimals));
}

QVariant cellNumber(const StatFigure &f)
{
    if (isWhole(f))
        return QVariant(qint64(std::llround(f.value)));
    return QVariant(rounded(f.value, f.kind == StatFigure::Kind::Rate ? 1 : f.decimals));
}

QList<const StatFigure *> visible(const StatReportData &r)
{
    QList<const StatFigure *> out;
    for (const StatFigure &f : r.figures) {
        if (!f.hidden)
            out << &f;
    }
    return out;
}

// A figure for the totals: null when the report has no such (visible) figure.
QJsonValue total(const StatReportData &r, const QString &key)
{
    const StatFigure *f = r.figure(key);
    return f && !f->hidden ? jsonNumber(*f) : QJsonValue(QJsonValue::Null);
}

qint64 count(const StatReportData &r, const QString &key)
{
    return std::llround(r.value(key));
}

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString severityId(StatCheck::Severity s)
{
    return s == StatCheck::Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

QString severityName(StatCheck::Severity s)
{
    return s == StatCheck::Severity::Error ? StatExport::tr("Error") : StatExport::tr("Warning");
}

QString officeText(const StatReportData &r)
{
    if (r.officeName.isEmpty() || r.officeName == r.office)
        return r.office;
    return r.office.isEmpty() ? r.officeName : QStringLiteral("%1（%2）").arg(r.officeName, r.office);
}

QString periodText(const StatReportData &r)
{
    //: %1 the period (2024年第三季度), %2 and %3 its first and last day
    return StatExport::tr("%1 (%2 to %3)").arg(r.period.label(), iso(r.period.from), iso(r.period.to));
}

// The table every format shows: the report's heading, its figures under their sections, the
// counting rules and the checks.
QList<QList<QVariant>> tableRows(const StatReportData &r)
{
    QList<QList<QVariant>> rows;
    rows << QList<QVariant>{r.officeName.isEmpty() ? r.title : QStringLiteral("%1 %2").arg(r.officeName, r.title)};
    rows << QList<QVariant>{StatExport::tr("Reporting office"), officeText(r)};
    rows << QList<QVariant>{StatExport::tr("Period"), periodText(r)};
    rows << QList<QVariant>{StatExport::tr("Rule version"), r.ruleVersion};
    rows << QList<QVariant>{};
    rows << QList<QVariant>{StatExport::tr("No."),   StatExport::tr("Item"),       StatExport::tr("Unit"),
                            StatExport::tr("Value"), StatExport::tr("Definition"), StatExport::tr("Field")};
    QString section;
    int no = 0;
    for (const StatFigure *f : visible(r)) {
        if (f->section != section) {
            section = f->section;
            rows << QList<QVariant>{QVariant(), section};
        }
        rows << QList<QVariant>{++no, f->label, f->unit, cellNumber(*f), f->definition, f->key};
    }
    rows << QList<QVariant>{};
    rows << QList<QVariant>{StatExport::tr("Counting rules")};
    for (int i = 0; i < r.countingRules.size(); ++i)
        rows << QList<QVariant>{i + 1, r.countingRules.at(i)};
    rows << QList<QVariant>{};
    rows << QList<QVariant>{StatExport::tr("Checks")};
    if (r.checks.isEmpty())
        rows << QList<QVariant>{QVariant(), StatExport::tr("No problems found.")};
    // What each check found (the figures it names are in the JSON; some are the checks' own).
    for (const StatCheck &c : r.checks)
        rows << QList<QVariant>{severityName(c.severity), c.message};
    return rows;
}

QString cellText(const QVariant &v)
{
    if (v.typeId() == QMetaType::Double)
        return QString::number(v.toDouble(), 'f', 1);
    return v.toString();
}

QList<QStringList> csvRows(const StatReportData &r)
{
    QList<QStringList> out;
    const QList<QList<QVariant>> rows = tableRows(r);
    // Figures as shown (money with its decimals), everything else as text.
    QHash<QString, QString> shown;
    for (const StatFigure *f : visible(r))
        shown.insert(f->key, f->text());
    for (const QList<QVariant> &row : rows) {
        QStringList cells;
        for (const QVariant &v : row)
            cells << cellText(v);
        if (cells.size() == 6 && shown.contains(cells.at(5)) && row.at(0).typeId() != QMetaType::QString)
            cells[3] = shown.value(cells.at(5));
        out << cells;
    }
    return out;
}

// ----- drill-down lists ----------------------------------------------------------------------

QJsonValue rowValue(double v)
{
    if (v == std::floor(v) && std::fabs(v) < 1e15)
        return QJsonValue(qint64(v));
    return QJsonValue(rounded(v, 2));
}

QString valueText(double v)
{
    if (v == std::floor(v) && std::fabs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'f', 2);
}

bool isIsoDate(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return re.match(s).hasMatch() && QDate::fromString(s, Qt::ISODate).isValid();
}

QStringList drillHeader(const StatDrill &d)
{
    return d.headers + QStringList{StatExport::tr("Counts as"), StatExport::tr("Record id")};
}

Status saveBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return FileErrors::cannotCreate(path, out);
    const qint64 written = out.write(bytes);
    if (written != bytes.size()) {
        const Status failed = FileErrors::writeFailed(path, out, bytes.size() - std::max<qint64>(written, 0));
        out.cancelWriting();
        return failed;
    }
    if (!out.commit())
        return FileErrors::writeFailed(path, out, 0);
    return {};
}

QString sheetName(const QString &wanted, const QString &fallback)
{
    return XlsxWriter::sheetNameProblem(wanted).isEmpty() ? wanted : fallback;
}

Status unknownFormat(const QString &format, const QStringList &formats)
{
    return Status::failure(ErrorCode::InvalidInput,
                           StatExport::tr("There is no format \"%1\". The formats are: %2.")
                               .arg(format, formats.join(QStringLiteral(", "))),
                           QStringLiteral("format"));
}

} // namespace

QStringList StatExport::formats()
{
    return {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("pdf")};
}

QStringList StatExport::drillFormats()
{
    return {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("xlsx")};
}

QJsonObject StatExport::totals(const StatReportData &report)
{
    QJsonObject t;
    const auto put = [&](const char *name, const QString &key) { t.insert(QLatin1String(name), total(report, key)); };
    const auto same = [&](std::initializer_list<const char *> names) {
        for (const char *n : names)
            put(n, QString::fromLatin1(n));
    };
    if (report.reportId == QLatin1String("mediation")) {
        same({"accepted", "succeeded", "success_rate", "written", "oral"});
        put("agreement_amount_yuan", QStringLiteral("agreement_amount"));
        same({"performed_rate", "screenings", "prevented_criminal_cases", "prevented_criminal_persons"});
        // Every dispute type of the code table in its order, then any other code the records hold.
        QJsonArray byType;
        QStringList codes;
        if (const CodeTable *table = CodeTables::instance().table(QStringLiteral("dispute_type"))) {
            for (const CodeItem &item : table->items) {
                codes << item.code;
                byType.append(QJsonObject{
                    {QStringLiteral("type"), item.name},
                    {QStringLiteral("code"), item.code},
                    {QStringLiteral("accepted"), count(report, QStringLiteral("accepted.type.") + item.code)},
                    {QStringLiteral("succeeded"), count(report, QStringLiteral("succeeded.type.") + item.code)}});
            }
        }
        for (const QString &prefix : {QStringLiteral("accepted.type."), QStringLiteral("succeeded.type.")}) {
            for (const StatFigure &f : report.figures) {
                if (!f.key.startsWith(prefix))
                    continue;
                const QString stored = f.key.mid(prefix.size());
                const QString code = stored == QLatin1String("_") ? QString() : stored;
                if (codes.contains(code))
                    continue;
                codes << code;
                byType.append(QJsonObject{
                    {QStringLiteral("type"), code.isEmpty() ? tr("(not recorded)") : code},
                    {QStringLiteral("code"), code},
                    {QStringLiteral("accepted"), count(report, QStringLiteral("accepted.type.") + stored)},
                    {QStringLiteral("succeeded"), count(report, QStringLiteral("succeeded.type.") + stored)}});
            }
        }
        t.insert(QStringLiteral("by_type"), byType);
    } else if (report.reportId == QLatin1String("correction")) {
        same({"start_count", "received", "released", "terminated", "end_count", "assessments"});
        // Keyed by the official Chinese names, whatever the language of the report.
        QJsonObject byType;
        if (const CodeTable *table = CodeTables::instance().table(QStringLiteral("correction_type"))) {
            for (const CodeItem &item : table->items)
                byType.insert(item.name, total(report, QStringLiteral("end.type.") + item.code));
        }
        t.insert(QStringLiteral("by_type"), byType);
    } else if (report.reportId == QLatin1String("placement")) {
        same({"registered", "new", "key_subjects", "handed_over", "not_handed_over", "escorted", "placed", "reoffended",
              "handover_rate", "placement_rate", "assistance_rate", "reoffending_rate"});
    } else {
        for (const StatFigure *f : visible(report))
            t.insert(f->key, jsonNumber(*f));
    }
    return t;
}

QJsonObject StatExport::json(const StatReportData &report)
{
    QJsonArray rows;
    for (const StatFigure *f : visible(report)) {
        rows.append(QJsonObject{{QStringLiteral("field"), f->key},
                                {QStringLiteral("section"), f->section},
                                {QStringLiteral("label"), f->label},
                                {QStringLiteral("value"), jsonNumber(*f)},
                                {QStringLiteral("unit"), f->unit},
                                {QStringLiteral("definition"), f->definition},
                                {QStringLiteral("level"), f->level}});
    }
    QJsonArray checks;
    for (const StatCheck &c : report.checks) {
        checks.append(QJsonObject{{QStringLiteral("severity"), severityId(c.severity)},
                                  {QStringLiteral("id"), c.id},
                                  {QStringLiteral("message"), c.message},
                                  {QStringLiteral("fields"), QJsonArray::fromStringList(c.keys)}});
    }
    return QJsonObject{{QStringLiteral("report"), report.reportId},
                       {QStringLiteral("title"), report.title},
                       {QStringLiteral("from"), iso(report.period.from)},
                       {QStringLiteral("to"), iso(report.period.to)},
                       {QStringLiteral("office"), report.office},
                       {QStringLiteral("office_name"), report.officeName},
                       {QStringLiteral("period"), report.period.id()},
                       {QStringLiteral("period_label"), report.period.label()},
                       {QStringLiteral("rule_version"), report.ruleVersion},
                       {QStringLiteral("totals"), totals(report)},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("checks"), checks},
                       {QStringLiteral("counting_rules"), QJsonArray::fromStringList(report.countingRules)}};
}

QJsonObject StatExport::drillJson(const StatDrill &drill)
{
    QJsonArray columns;
    for (int i = 0; i < drill.columnIds.size(); ++i) {
        columns.append(QJsonObject{{QStringLiteral("id"), drill.columnIds.at(i)},
                                   {QStringLiteral("header"), drill.headers.value(i)}});
    }
    QJsonArray rows;
    for (const StatDrill::Row &r : drill.rows) {
        QJsonObject o{{QStringLiteral("uuid"), r.uuid},
                      {QStringLiteral("entity"), r.entity},
                      {QStringLiteral("value"), rowValue(r.value)}};
        for (int i = 0; i < drill.columnIds.size(); ++i)
            o.insert(drill.columnIds.at(i), r.cells.value(i));
        rows.append(o);
    }
    QJsonObject out{{QStringLiteral("field"), drill.key},     {QStringLiteral("label"), drill.label},
                    {QStringLiteral("entity"), drill.entity}, {QStringLiteral("count"), qint64(drill.rows.size())},
                    {QStringLiteral("columns"), columns},     {QStringLiteral("rows"), rows}};
    if (!drill.note.isEmpty())
        out.insert(QStringLiteral("note"), drill.note);
    return out;
}

QJsonObject StatExport::drillJson(const StatDrill &drill, const QString &reportId, const StatPeriod &period,
                                  const QString &office)
{
    QJsonObject out = drillJson(drill);
    out.insert(QStringLiteral("report"), reportId);
    out.insert(QStringLiteral("from"), iso(period.from));
    out.insert(QStringLiteral("to"), iso(period.to));
    out.insert(QStringLiteral("period"), period.id());
    out.insert(QStringLiteral("office"), office);
    return out;
}

QByteArray StatExport::csv(const StatReportData &report)
{
    return CsvWriter::encode(csvRows(report));
}

QByteArray StatExport::drillCsv(const StatDrill &drill)
{
    QList<QStringList> rows{drillHeader(drill)};
    for (const StatDrill::Row &r : drill.rows) {
        QStringList cells = r.cells;
        while (cells.size() < drill.headers.size())
            cells << QString();
        rows << cells + QStringList{valueText(r.value), r.uuid};
    }
    return CsvWriter::encode(rows);
}

Status StatExport::writeXlsx(const StatReportData &report, const QString &path)
{
    // The field column holds keys ("accepted.type.01"): text, and text if typed into later.
    return XlsxWriter::write(path, sheetName(report.title, tr("Statistics")), {}, tableRows(report), {5});
}

Status StatExport::writeDrillXlsx(const StatDrill &drill, const QString &path)
{
    const int columns = int(drill.headers.size());
    // Dates as Excel dates where a column holds nothing else; every other column stays text
    // (case numbers, ID numbers, phone numbers); what a row counts as is a number.
    QList<bool> dates(columns, true);
    for (const StatDrill::Row &r : drill.rows) {
        for (int c = 0; c < columns; ++c) {
            const QString v = r.cells.value(c);
            if (!v.isEmpty() && !isIsoDate(v))
                dates[c] = false;
        }
    }
    QList<int> text;
    for (int c = 0; c < columns; ++c) {
        if (!dates.at(c) || drill.rows.isEmpty())
            text << c;
    }
    text << columns + 1; // the record id
    QList<QList<QVariant>> rows;
    rows.reserve(drill.rows.size());
    for (const StatDrill::Row &r : drill.rows) {
        QList<QVariant> row;
        for (int c = 0; c < columns; ++c) {
            const QString v = r.cells.value(c);
            if (v.isEmpty())
                row << QVariant();
            else if (dates.at(c))
                row << QVariant(QDate::fromString(v, Qt::ISODate));
            else
                row << QVariant(v);
        }
        row << (r.value == std::floor(r.value) ? QVariant(qint64(r.value)) : QVariant(rounded(r.value, 2)));
        row << QVariant(r.uuid);
        rows << row;
    }
    return XlsxWriter::write(path, sheetName(drill.label, tr("Records")), drillHeader(drill), rows, text);
}

Result<PrintJob> StatExport::printJob(const Database &db, const StatReportData &report)
{
    const FormTemplate *t = FormTemplates::find(kTemplate);
    if (!t) {
        return Result<PrintJob>::failure(ErrorCode::NotFound,
                                         tr("The statistics table's form (%1) is missing.").arg(kTemplate));
    }
    FormData data = MediationForms::officeValues(db);
    const QString office = report.officeName.isEmpty() ? report.office : report.officeName;
    data.set(QStringLiteral("report.id"), report.reportId);
    data.set(QStringLiteral("report.title"), report.title);
    data.set(QStringLiteral("report.heading"), office + report.title);
    data.set(QStringLiteral("report.office"), report.office);
    data.set(QStringLiteral("report.office_name"), office);
    data.set(QStringLiteral("report.rule_version"), report.ruleVersion);
    data.set(QStringLiteral("period.label"), report.period.label());
    const QString days =
        QStringLiteral("%1至%2").arg(FormText::date(iso(report.period.from)), FormText::date(iso(report.period.to)));
    data.set(QStringLiteral("period.text"), report.period.kind == StatPeriod::Kind::Range
                                                ? days
                                                : QStringLiteral("%1（%2）").arg(report.period.label(), days));
    data.set(QStringLiteral("period.from"), iso(report.period.from));
    data.set(QStringLiteral("period.to"), iso(report.period.to));

    // The figures under numbered section headings; a "其中" row indented under its figure, the
    // definition once for a run of figures that share it (a breakdown).
    const QString indent = QStringLiteral("\u3000\u3000");
    QString section;
    QString definition;
    int sections = 0;
    int no = 0;
    for (const StatFigure *f : visible(report)) {
        if (f->section != section) {
            section = f->section;
            definition.clear();
            FormData::Item heading;
            heading.insert(QStringLiteral("item"),
                           MediationForms::chineseNumber(++sections) + QStringLiteral("、") + section);
            data.append(QStringLiteral("rows"), heading);
        }
        FormData::Item row;
        row.insert(QStringLiteral("no"), QString::number(++no));
        row.insert(QStringLiteral("item"), f->level > 0 ? indent + f->label : f->label);
        row.insert(QStringLiteral("unit"), f->unit);
        row.insert(QStringLiteral("value"), f->text());
        row.insert(QStringLiteral("definition"), f->definition == definition ? QString() : f->definition);
        row.insert(QStringLiteral("field"), f->key);
        definition = f->definition;
        data.append(QStringLiteral("rows"), row);
    }
    for (int i = 0; i < report.countingRules.size(); ++i) {
        data.append(QStringLiteral("rules"), FormData::Item{{QStringLiteral("no"), QString::number(i + 1)},
                                                            {QStringLiteral("text"), report.countingRules.at(i)}});
    }
    if (report.checks.isEmpty())
        data.append(QStringLiteral("checks"), FormData::Item{{QStringLiteral("text"), tr("No problems found.")}});
    for (const StatCheck &c : report.checks) {
        //: %1 Error or Warning, %2 what the check found
        data.append(QStringLiteral("checks"),
                    FormData::Item{{QStringLiteral("text"), tr("%1: %2").arg(severityName(c.severity), c.message)}});
    }

    PrintJob job;
    job.title = QStringLiteral("%1%2 %3").arg(office, report.title, report.period.label());
    job.parts << PrintJob::Part{t, {data}, true};
    return job;
}

Status StatExport::writePdf(const Database &db, const StatReportData &report, const QString &path)
{
    Result<PrintJob> job = printJob(db, report);
    if (!job)
        return job.status();
    return FormPrinter::writePdf(*job, path);
}

Status StatExport::write(const Database &db, const StatReportData &report, const QString &format, const QString &path)
{
    if (format == QLatin1String("json"))
        return saveBytes(path, QJsonDocument(json(report)).toJson(QJsonDocument::Indented));
    if (format == QLatin1String("csv"))
        return CsvWriter::write(path, csvRows(report));
    if (format == QLatin1String("xlsx"))
        return writeXlsx(report, path);
    if (format == QLatin1String("pdf"))
        return writePdf(db, report, path);
    return unknownFormat(format, formats());
}

Status StatExport::writeDrill(const StatDrill &drill, const QString &reportId, const StatPeriod &period,
                              const QString &office, const QString &format, const QString &path)
{
    if (format == QLatin1String("json"))
        return saveBytes(path,
                         QJsonDocument(drillJson(drill, reportId, period, office)).toJson(QJsonDocument::Indented));
    if (format == QLatin1String("csv"))
        return saveBytes(path, drillCsv(drill));
    if (format == QLatin1String("xlsx"))
        return writeDrillXlsx(drill, path);
    return unknownFormat(format, drillFormats());
}

Status StatExport::exportDrill(Database &db, const Access &access, const StatDrill &drill, const QString &reportId,
                               const StatPeriod &period, const QString &office, const QString &format,
                               const QString &path)
{
    if (Status s = writeDrill(drill, reportId, period, office, format, path); !s.ok())
        return s;
    return AuditLog::append(db, access.actor(), QStringLiteral("stats.drill_export"), drill.entity, QString(),
                            QStringLiteral("%1 %2 %3..%4%5: %6 records, %7, %8")
                                .arg(reportId, drill.key, iso(period.from), iso(period.to),
                                     office.isEmpty() ? QString() : QStringLiteral(" ") + office)
                                .arg(drill.rows.size())
                                .arg(format.toUpper(), QFileInfo(path).fileName()));
}

} // namespace sifa
