// sifa report: the statutory statistics (人民调解, 社区矫正, 安置帮教) for a period as JSON, CSV,
// XLSX or PDF, and the records behind one figure (--drill). stdout carries only the data (or,
// with --out, one line naming the file); the consistency checks travel inside the output.
//
// `sifa report REPORT ...` computes a report; further subcommands (submit, submissions) go
// beside the report names in runReport().
#include "Commands.h"
#include "Console.h"

#include "print/FormFonts.h"
#include "stats/StatExport.h"
#include "stats/Statistics.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

namespace sifa::cli {

namespace {

QString reportUsage()
{
    return Cli::tr("Usage: sifa report %1 --db FILE (--from yyyy-mm-dd --to yyyy-mm-dd | --period 2026-Q3) "
                   "[--office CODE] [--format json|csv|xlsx|pdf] [--out FILE] [--drill FIELD] [--user USER]")
        .arg(Statistics::reportIds().join(QLatin1Char('|')));
}

// A date option written as yyyy-mm-dd.
std::optional<QDate> dateOption(const QCommandLineParser &p, const QString &name, int *code)
{
    const QString text = p.value(name).trimmed();
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate d = shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!d.isValid()) {
        *code = fail(Cli::tr("--%1: \"%2\" is not a date; write it as yyyy-mm-dd, e.g. 2026-01-01.").arg(name, text),
                     Usage);
        return std::nullopt;
    }
    return d;
}

std::optional<StatPeriod> periodOf(const QCommandLineParser &p, int *code)
{
    const bool from = p.isSet(QStringLiteral("from"));
    const bool to = p.isSet(QStringLiteral("to"));
    if (p.isSet(QStringLiteral("period"))) {
        if (from || to) {
            *code = fail(Cli::tr("Give the period either with --period or with --from and --to, not both."), Usage);
            return std::nullopt;
        }
        Result<StatPeriod> period = StatPeriod::parse(p.value(QStringLiteral("period")));
        if (!period) {
            *code = fail(period.message(), Usage);
            return std::nullopt;
        }
        return *period;
    }
    if (!from || !to) {
        *code = fail(Cli::tr("Give the period with --from yyyy-mm-dd and --to yyyy-mm-dd, or with --period (2026, "
                             "2026-H1, 2026-Q3, 2026-11)."),
                     Usage);
        return std::nullopt;
    }
    const std::optional<QDate> first = dateOption(p, QStringLiteral("from"), code);
    if (!first)
        return std::nullopt;
    const std::optional<QDate> last = dateOption(p, QStringLiteral("to"), code);
    if (!last)
        return std::nullopt;
    if (*first > *last) {
        *code = fail(Cli::tr("The period cannot end (--to %2) before it begins (--from %1).")
                         .arg(first->toString(Qt::ISODate), last->toString(Qt::ISODate)),
                     Usage);
        return std::nullopt;
    }
    return StatPeriod::range(*first, *last);
}

// stdout takes the text without the byte order mark a file gets for Excel.
void printBytes(QByteArray bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    out().flush();
    out() << QString::fromUtf8(bytes);
    out().flush();
}

int written(const QString &path, const QString &what = {})
{
    out() << (what.isEmpty() ? Cli::tr("Written: %1").arg(QDir::toNativeSeparators(path))
                             : Cli::tr("Written: %1 (%2)").arg(QDir::toNativeSeparators(path), what))
          << Qt::endl;
    return Ok;
}

int drill(Database &db, const Access &access, const QString &reportId, const QString &field, const StatPeriod &period,
          const QString &office, const QString &format, const QString &path)
{
    Result<StatDrill> d = Statistics::drill(db, access, reportId, field, period, office);
    if (!d) {
        if (d.code() == ErrorCode::NotFound) {
            return fail(Cli::tr("%1 The fields are the \"field\" of each row of the report: sifa report %2 --db FILE "
                                "--from ... --to ... --format json (or the last column of --format csv).")
                            .arg(d.message(), reportId),
                        Usage);
        }
        return fail(d.error());
    }
    const QString reported = Statistics::officeOf(db, office);
    if (!path.isEmpty()) {
        if (Status s = StatExport::exportDrill(db, access, *d, reportId, period, reported, format, path); !s.ok())
            return fail(s.error());
        return written(path, Cli::tr("%n record(s)", nullptr, int(d->rows.size())));
    }
    if (format == QLatin1String("json"))
        printJson(StatExport::drillJson(*d, reportId, period, reported));
    else
        printBytes(StatExport::drillCsv(*d));
    return Ok;
}

int figures(const QString &reportId, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(userOption());
    p.addOption({QStringLiteral("from"), Cli::tr("The first day of the period (yyyy-mm-dd)."), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("to"), Cli::tr("The last day of the period (yyyy-mm-dd)."), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("period"),
                 Cli::tr("The period instead of --from/--to: a year (2026), half (2026-H1), quarter (2026-Q3) or "
                         "month (2026-11)."),
                 QStringLiteral("PERIOD")});
    p.addOption({QStringLiteral("office"),
                 Cli::tr("A county database: the township office (9-digit code) to report; default the whole "
                         "county."),
                 QStringLiteral("CODE")});
    p.addOption({QStringLiteral("format"),
                 Cli::tr("json, csv, xlsx or pdf (default: from the --out file's extension, else json). xlsx and pdf "
                         "need --out."),
                 QStringLiteral("FORMAT")});
    p.addOption({QStringLiteral("out"), Cli::tr("The file to write; without it JSON or CSV goes to standard output."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("drill"),
                 Cli::tr("List the records behind one figure (its \"field\" in the JSON, e.g. succeeded) as json, csv "
                         "or xlsx; a list written to a file is recorded in the audit trail."),
                 QStringLiteral("FIELD")});
    if (std::optional<int> stop =
            parse(p, args,
                  Cli::tr("Compute the %1 for a period: every figure with what it counts, the counting rules and the "
                          "consistency checks (inside the output, never on the terminal).")
                      .arg(Statistics::title(reportId))))
        return *stop;
    if (!p.positionalArguments().isEmpty())
        return fail(Cli::tr("Unexpected argument \"%1\". %2").arg(p.positionalArguments().first(), reportUsage()),
                    Usage);

    int code = Ok;
    const std::optional<StatPeriod> period = periodOf(p, &code);
    if (!period)
        return code;

    const QString path = p.value(QStringLiteral("out")).trimmed();
    const QString field = p.value(QStringLiteral("drill")).trimmed();
    const bool drilling = p.isSet(QStringLiteral("drill"));
    if (drilling && field.isEmpty())
        return fail(Cli::tr("Name the figure to list with --drill FIELD."), Usage);
    const QStringList formats = drilling ? StatExport::drillFormats() : StatExport::formats();
    QString format = p.value(QStringLiteral("format")).trimmed().toLower();
    if (format.isEmpty()) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        format = !path.isEmpty() && formats.contains(suffix) ? suffix : QStringLiteral("json");
    }
    if (!formats.contains(format)) {
        if (drilling && format == QLatin1String("pdf"))
            return fail(Cli::tr("--drill lists records as json, csv or xlsx, not pdf."), Usage);
        return fail(Cli::tr("--format must be one of: %1.").arg(formats.join(QStringLiteral(", "))), Usage);
    }
    if (path.isEmpty() && (format == QLatin1String("xlsx") || format == QLatin1String("pdf")))
        return fail(Cli::tr("--format %1 writes a file: name it with --out FILE.").arg(format), Usage);

    const QString office = p.value(QStringLiteral("office")).trimmed();
    static const QRegularExpression officeShape(QStringLiteral("^(\\d{6}|\\d{9})$"));
    if (p.isSet(QStringLiteral("office")) && !officeShape.match(office).hasMatch()) {
        return fail(Cli::tr("--office \"%1\" is not an office code: a township office has 9 digits (330225101), a "
                            "county 6 (330225).")
                        .arg(office),
                    Usage);
    }

    std::optional<OpenedWithAccess> opened = openWithAccess(p, &code);
    if (!opened)
        return code;
    Database &db = *opened->db;
    const Access &access = opened->access;
    if (drilling)
        return drill(db, access, reportId, field, *period, office, format, path);

    Result<StatReportData> report = Statistics::run(db, access, reportId, *period, office);
    if (!report)
        return fail(report.error());
    if (path.isEmpty()) {
        if (format == QLatin1String("json"))
            printJson(StatExport::json(*report));
        else
            printBytes(StatExport::csv(*report));
        return Ok;
    }
    if (format == QLatin1String("pdf")) {
        for (const QString &w : FormFonts::warnings())
            err() << Cli::tr("sifa: note: %1").arg(w) << Qt::endl;
    }
    if (Status s = StatExport::write(db, *report, format, path); !s.ok())
        return fail(s.error());
    return written(path);
}

} // namespace

int runReport(const QStringList &args)
{
    const QString sub = args.value(1);
    if (sub.isEmpty())
        return fail(reportUsage(), Usage);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out() << reportUsage() << Qt::endl
              << Cli::tr("Reports: %1. sifa report REPORT --help for the options.")
                     .arg(Statistics::reportIds().join(QStringLiteral(", ")))
              << Qt::endl;
        return Ok;
    }
    if (Statistics::reportIds().contains(sub))
        return figures(sub, args.mid(1));
    return fail(QStringLiteral("%1 %2").arg(Statistics::checkReportId(sub).message(), reportUsage()), Usage);
}

} // namespace sifa::cli
