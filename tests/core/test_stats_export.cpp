// A report and a drill-down list as JSON, CSV, XLSX and PDF (StatExport), on the eight cases of
// tests/data/mediation/ledger-utf8.csv: the JSON's shape and totals, the CSV's table, an XLSX
// read back, a PDF with its pages, and hidden figures nowhere.
#include "CatchCompat.h"
#include "MediationFixture.h"

#include "codes/CodeTables.h"
#include "io/Csv.h"
#include "io/XlsxReader.h"
#include "mediation/LedgerImport.h"
#include "print/FormPrinter.h"
#include "print/FormTemplate.h"
#include "stats/StatExport.h"
#include "stats/Statistics.h"
#include "storage/Query.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace sifa;

namespace {

struct Fixture : test::MediationFixture {
    Fixture()
    {
        Result<LedgerImportResult> r =
            LedgerImport::run(db(), mediator, test::dataFile(QStringLiteral("mediation/ledger-utf8.csv")));
        REQUIRE(r);
        REQUIRE(r->written);
        head = office.signIn(QStringLiteral("head"));
    }
    Session head;
    StatPeriod year = *StatPeriod::parse(QStringLiteral("2024"));
    StatReportData report()
    {
        Result<StatReportData> r = Statistics::run(db(), head, QStringLiteral("mediation"), year);
        INFO(r.message().toStdString());
        REQUIRE(r);
        return *r;
    }
    StatDrill drill(const QString &key)
    {
        Result<StatDrill> d = Statistics::drill(db(), head, QStringLiteral("mediation"), key, year);
        INFO(d.message().toStdString());
        REQUIRE(d);
        return *d;
    }
    qint64 audited(const QString &action)
    {
        Query q(db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = :a"));
        q.bind(QStringLiteral(":a"), action);
        REQUIRE(q.exec(QStringLiteral("test")).ok());
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
};

QString tool(const QString &name, const QStringList &args)
{
    QProcess p;
    p.start(name, args);
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The XLSX row whose field column (F) holds `key`.
QList<XlsxCell> rowOf(const XlsxSheet &sheet, const QString &key)
{
    for (const QList<XlsxCell> &row : sheet.rows) {
        if (row.size() > 5 && row.at(5).text == key)
            return row;
    }
    return {};
}

} // namespace

TEST_CASE("a report as JSON: its shape, the totals as numbers and no hidden figure", "[stats]")
{
    Fixture f;
    const StatReportData r = f.report();
    const QJsonObject o = StatExport::json(r);
    for (const char *key : {"report", "from", "to", "office", "office_name", "period", "rule_version", "totals", "rows",
                            "checks", "counting_rules"}) {
        INFO(key);
        CHECK(o.contains(QLatin1String(key)));
    }
    CHECK(o.value(QStringLiteral("report")).toString() == QStringLiteral("mediation"));
    CHECK(o.value(QStringLiteral("from")).toString() == QStringLiteral("2024-01-01"));
    CHECK(o.value(QStringLiteral("to")).toString() == QStringLiteral("2024-12-31"));
    CHECK(o.value(QStringLiteral("office")).toString() == QStringLiteral("330225101"));
    CHECK(o.value(QStringLiteral("period")).toString() == QStringLiteral("2024"));
    CHECK_FALSE(o.value(QStringLiteral("rule_version")).toString().isEmpty());

    const QJsonObject t = o.value(QStringLiteral("totals")).toObject();
    for (const char *key :
         {"accepted", "succeeded", "success_rate", "written", "oral", "agreement_amount_yuan", "performed_rate",
          "screenings", "prevented_criminal_cases", "prevented_criminal_persons", "by_type"}) {
        INFO(key);
        CHECK(t.contains(QLatin1String(key)));
        CHECK_FALSE(t.value(QLatin1String(key)).isNull());
    }
    CHECK(t.value(QStringLiteral("accepted")).toInteger() == 8);
    CHECK(t.value(QStringLiteral("succeeded")).toInteger() == 5);
    CHECK(t.value(QStringLiteral("oral")).toInteger() == 1);
    CHECK(t.value(QStringLiteral("success_rate")).toDouble() == Approx(62.5));
    CHECK(t.value(QStringLiteral("performed_rate")).toDouble() == Approx(40.0));
    CHECK(t.value(QStringLiteral("agreement_amount_yuan")).toDouble() == Approx(5300.0));
    // Integers are written as integers.
    const QString text = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    CHECK(text.contains(QStringLiteral("\"accepted\":8,")));
    CHECK(text.contains(QStringLiteral("\"success_rate\":62.5")));

    // Every dispute type of the code table, in its order, with the Chinese name.
    const QJsonArray byType = t.value(QStringLiteral("by_type")).toArray();
    const CodeTable *types = CodeTables::instance().table(QStringLiteral("dispute_type"));
    REQUIRE(types);
    REQUIRE(byType.size() == types->items.size());
    qint64 accepted = 0;
    qint64 succeeded = 0;
    for (qsizetype i = 0; i < byType.size(); ++i) {
        const QJsonObject e = byType.at(i).toObject();
        CHECK(e.value(QStringLiteral("code")).toString() == types->items.at(i).code);
        CHECK(e.value(QStringLiteral("type")).toString() == types->items.at(i).name);
        accepted += e.value(QStringLiteral("accepted")).toInteger();
        succeeded += e.value(QStringLiteral("succeeded")).toInteger();
    }
    CHECK(accepted == 8);
    CHECK(succeeded == 5);
    for (const QJsonValue v : byType) {
        if (v.toObject().value(QStringLiteral("code")).toString() == QLatin1String("13"))
            CHECK(v.toObject().value(QStringLiteral("accepted")).toInteger() == 1);
    }

    // Rows: every visible figure in order, with what it counts; the checks' figures left out.
    const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
    int visible = 0;
    for (const StatFigure &fig : r.figures)
        visible += fig.hidden ? 0 : 1;
    CHECK(rows.size() == visible);
    bool acceptedRow = false;
    for (const QJsonValue v : rows) {
        const QJsonObject row = v.toObject();
        for (const char *key : {"field", "section", "label", "value", "unit", "definition"})
            CHECK(row.contains(QLatin1String(key)));
        CHECK_FALSE(row.value(QStringLiteral("field")).toString().startsWith(QStringLiteral("check.")));
        if (row.value(QStringLiteral("field")).toString() == QLatin1String("accepted")) {
            acceptedRow = true;
            CHECK(row.value(QStringLiteral("value")).toInteger() == 8);
            CHECK_FALSE(row.value(QStringLiteral("definition")).toString().isEmpty());
        }
    }
    CHECK(acceptedRow);
    CHECK(o.value(QStringLiteral("counting_rules")).toArray().size() == r.countingRules.size());
    const QJsonArray checks = o.value(QStringLiteral("checks")).toArray();
    CHECK(checks.size() == r.checks.size());
    for (const QJsonValue v : checks) {
        const QString severity = v.toObject().value(QStringLiteral("severity")).toString();
        CHECK((severity == QLatin1String("error") || severity == QLatin1String("warning")));
        CHECK_FALSE(v.toObject().value(QStringLiteral("message")).toString().isEmpty());
    }
}

TEST_CASE("the other reports' totals keep their keys whatever their figures", "[stats]")
{
    StatReportData correction;
    correction.reportId = QStringLiteral("correction");
    for (const QString &key :
         {QStringLiteral("start_count"), QStringLiteral("end_count"), QStringLiteral("end.type.02")}) {
        StatFigure f;
        f.key = key;
        f.value = 7;
        correction.figures << f;
    }
    const QJsonObject c = StatExport::totals(correction);
    for (const char *key : {"start_count", "received", "released", "terminated", "end_count", "assessments", "by_type"})
        CHECK(c.contains(QLatin1String(key)));
    CHECK(c.value(QStringLiteral("end_count")).toInteger() == 7);
    CHECK(c.value(QStringLiteral("received")).isNull()); // not a figure of this report (yet)
    const QJsonObject byType = c.value(QStringLiteral("by_type")).toObject();
    CHECK(byType.keys().size() == 4);
    CHECK(byType.value(QStringLiteral("缓刑")).toInteger() == 7);
    for (const QString &name : {QStringLiteral("管制"), QStringLiteral("假释"), QStringLiteral("暂予监外执行")})
        CHECK(byType.contains(name));

    StatReportData placement;
    placement.reportId = QStringLiteral("placement");
    StatFigure rate;
    rate.key = QStringLiteral("handover_rate");
    rate.kind = StatFigure::Kind::Rate;
    rate.decimals = 1;
    rate.value = 87.54;
    placement.figures << rate;
    StatFigure hidden;
    hidden.key = QStringLiteral("registered");
    hidden.hidden = true;
    hidden.value = 3;
    placement.figures << hidden;
    const QJsonObject p = StatExport::totals(placement);
    for (const char *key : {"registered", "new", "key_subjects", "handed_over", "not_handed_over", "escorted", "placed",
                            "reoffended", "handover_rate", "placement_rate", "assistance_rate", "reoffending_rate"})
        CHECK(p.contains(QLatin1String(key)));
    CHECK(p.value(QStringLiteral("handover_rate")).toDouble() == Approx(87.5));
    CHECK(p.value(QStringLiteral("registered")).isNull()); // hidden figures are never exported
}

TEST_CASE("a report as CSV: a byte order mark, the table with its sections, rules and checks", "[stats]")
{
    Fixture f;
    const StatReportData r = f.report();
    const QByteArray bytes = StatExport::csv(r);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = Csv::parse(QString::fromUtf8(bytes));
    REQUIRE(rows.size() > 20);
    CHECK(rows.at(0).value(0).contains(r.title));
    bool header = false;
    QHash<QString, QStringList> byKey;
    for (const QStringList &row : rows) {
        if (row.value(0) == QLatin1String("No.") && row.value(1) == QLatin1String("Item"))
            header = true;
        if (row.size() == 6 && !row.at(5).isEmpty())
            byKey.insert(row.at(5), row);
    }
    CHECK(header);
    REQUIRE(byKey.contains(QStringLiteral("accepted")));
    CHECK(byKey.value(QStringLiteral("accepted")).at(3) == QStringLiteral("8"));
    CHECK(byKey.value(QStringLiteral("success_rate")).at(3) == QStringLiteral("62.5"));
    CHECK(byKey.value(QStringLiteral("success_rate")).at(2) == QStringLiteral("%"));
    CHECK(byKey.value(QStringLiteral("agreement_amount")).at(3) == QStringLiteral("5300.00"));
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        CHECK_FALSE(it.key().startsWith(QStringLiteral("check.")));
    const QString text = QString::fromUtf8(bytes);
    CHECK(text.contains(QStringLiteral("Counting rules")));
    CHECK(text.contains(r.countingRules.first()));
    CHECK(text.contains(QStringLiteral("\r\nChecks\r\n")));
    // A section heading stands on a row of its own before its figures.
    CHECK(text.indexOf(QStringLiteral(",Results\r\n")) < text.indexOf(QStringLiteral(",succeeded\r\n")));
}

TEST_CASE("a report as XLSX reads back with its numbers as numbers and its keys as text", "[stats]")
{
    Fixture f;
    const StatReportData r = f.report();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.xlsx"));
    REQUIRE(StatExport::write(f.db(), r, QStringLiteral("xlsx"), path).ok());
    Result<XlsxSheet> sheet = XlsxReader::read(path);
    REQUIRE(sheet);
    CHECK(sheet->rows.first().first().text.contains(r.title));
    const QList<XlsxCell> accepted = rowOf(*sheet, QStringLiteral("accepted"));
    REQUIRE(accepted.size() >= 6);
    CHECK(accepted.at(3).type == XlsxCell::Number);
    CHECK(accepted.at(3).number == 8);
    CHECK(accepted.at(5).type == XlsxCell::Text);
    const QList<XlsxCell> rate = rowOf(*sheet, QStringLiteral("success_rate"));
    REQUIRE(rate.size() >= 6);
    CHECK(rate.at(3).number == Approx(62.5));
    const QList<XlsxCell> amount = rowOf(*sheet, QStringLiteral("agreement_amount"));
    REQUIRE(amount.size() >= 6);
    CHECK(amount.at(3).number == Approx(5300.0));
    // The field of a type ("accepted.type.01") stays text, not a number Excel reformats.
    CHECK(rowOf(*sheet, QStringLiteral("accepted.type.01")).value(5).type == XlsxCell::Text);
    CHECK(rowOf(*sheet, QStringLiteral("check.no_committee")).isEmpty());
}

TEST_CASE("a report as PDF: the statistics table on A4 pages with its rules and signatures", "[stats]")
{
    Fixture f;
    const StatReportData r = f.report();
    Result<PrintJob> job = StatExport::printJob(f.db(), r);
    REQUIRE(job);
    REQUIRE(job->parts.size() == 1);
    CHECK(job->parts.first().form->id == QStringLiteral("stats-report"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    REQUIRE(StatExport::writePdf(f.db(), r, path).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArrayLiteral("%PDF-"));
    REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()); // poppler-utils
    const QString info = tool(QStringLiteral("pdfinfo"), {path});
    CHECK(info.contains(QStringLiteral("(A4)")));
    const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
    CHECK(pages >= 2);
    QString text = tool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    text.remove(QRegularExpression(QStringLiteral("[ \\t\\n\\x{3000}]")));
    for (const QString &fixed : {QStringLiteral("填报单位"), QStringLiteral("序号"), QStringLiteral("项目"),
                                 QStringLiteral("数值"), QStringLiteral("统计口径"), QStringLiteral("校验"),
                                 QStringLiteral("填表人"), QStringLiteral("审核人"), QStringLiteral("填报日期")}) {
        INFO(fixed.toStdString());
        CHECK(text.contains(fixed));
    }
    CHECK(text.contains(QStringLiteral("石浦镇司法所")));
    CHECK(text.contains(QStringLiteral("62.5")));
    CHECK(text.contains(QStringLiteral("5300.00")));
    QString rule = r.countingRules.first();
    rule.remove(QRegularExpression(QStringLiteral("\\s")));
    CHECK(text.contains(rule.left(20)));
    // The heading of a page's table comes again on every page of the table.
    CHECK(text.count(QStringLiteral("序号项目单位数值说明")) >= 2);
    // The signatures come after the counting rules.
    CHECK(text.indexOf(QStringLiteral("填表人")) > text.indexOf(QStringLiteral("统计口径")));
}

TEST_CASE("a drill-down list as JSON, CSV and XLSX, audited when written to a file", "[stats]")
{
    Fixture f;
    const StatDrill d = f.drill(QStringLiteral("succeeded"));
    REQUIRE(d.rows.size() == 5);
    const QJsonObject o = StatExport::drillJson(d, QStringLiteral("mediation"), f.year, QStringLiteral("330225101"));
    CHECK(o.value(QStringLiteral("report")).toString() == QStringLiteral("mediation"));
    CHECK(o.value(QStringLiteral("field")).toString() == QStringLiteral("succeeded"));
    CHECK(o.value(QStringLiteral("from")).toString() == QStringLiteral("2024-01-01"));
    CHECK(o.value(QStringLiteral("count")).toInteger() == 5);
    const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == 5);
    for (const QJsonValue v : rows) {
        const QJsonObject row = v.toObject();
        CHECK_FALSE(row.value(QStringLiteral("uuid")).toString().isEmpty());
        CHECK(row.value(QStringLiteral("entity")).toString() == QStringLiteral("dispute"));
        CHECK(row.value(QStringLiteral("value")).toInteger() == 1);
        for (const QString &column : d.columnIds)
            CHECK(row.contains(column));
    }

    const QByteArray csv = StatExport::drillCsv(d);
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> lines = Csv::parse(QString::fromUtf8(csv));
    REQUIRE(lines.size() == 6);
    CHECK(lines.first().mid(0, d.headers.size()) == d.headers);
    CHECK(lines.at(1).last() == d.rows.first().uuid);

    // The amounts: what each agreement adds, in yuan.
    const StatDrill amount = f.drill(QStringLiteral("agreement_amount"));
    const QJsonArray amounts = StatExport::drillJson(amount).value(QStringLiteral("rows")).toArray();
    double yuan = 0;
    for (const QJsonValue v : amounts)
        yuan += v.toObject().value(QStringLiteral("value")).toDouble();
    CHECK(yuan == Approx(5300.0));

    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("drill.xlsx"));
    const qint64 before = f.audited(QStringLiteral("stats.drill_export"));
    REQUIRE(StatExport::exportDrill(f.db(), f.head, d, QStringLiteral("mediation"), f.year, QStringLiteral("330225101"),
                                    QStringLiteral("xlsx"), xlsx)
                .ok());
    CHECK(f.audited(QStringLiteral("stats.drill_export")) == before + 1);
    Result<XlsxSheet> sheet = XlsxReader::read(xlsx);
    REQUIRE(sheet);
    REQUIRE(sheet->rows.size() == 6);
    CHECK(sheet->rows.at(0).value(0).text == d.headers.value(0));
    // A case number stays text; the acceptance date is a date.
    const int caseNo = int(d.columnIds.indexOf(QStringLiteral("case_no")));
    const int acceptedOn = int(d.columnIds.indexOf(QStringLiteral("accepted_date")));
    REQUIRE(caseNo >= 0);
    CHECK(sheet->rows.at(1).value(caseNo).type == XlsxCell::Text);
    if (acceptedOn >= 0)
        CHECK(sheet->rows.at(1).value(acceptedOn).type == XlsxCell::Date);

    const QString csvPath = dir.filePath(QStringLiteral("drill.csv"));
    REQUIRE(StatExport::exportDrill(f.db(), f.head, d, QStringLiteral("mediation"), f.year, QString(),
                                    QStringLiteral("csv"), csvPath)
                .ok());
    CHECK(f.audited(QStringLiteral("stats.drill_export")) == before + 2);
    QFile written(csvPath);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.readAll() == csv);
    CHECK(StatExport::writeDrill(d, QStringLiteral("mediation"), f.year, QString(), QStringLiteral("pdf"),
                                 dir.filePath(QStringLiteral("x.pdf")))
              .code() == ErrorCode::InvalidInput);
    CHECK(
        StatExport::write(f.db(), f.report(), QStringLiteral("docx"), dir.filePath(QStringLiteral("x.docx"))).code() ==
        ErrorCode::InvalidInput);
}
