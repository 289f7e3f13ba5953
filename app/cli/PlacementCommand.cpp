#include "Commands.h"
#include "Console.h"

#include "codes/CodeTables.h"
#include "io/Csv.h"
#include "mediation/LedgerColumns.h"
#include "placement/PlacementExport.h"
#include "placement/PlacementImport.h"
#include "placement/PlacementService.h"
#include "util/Time.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace sifa::cli {

namespace {

QString codeName(const char *table, const QString &code)
{
    if (code.isEmpty())
        return QString();
    const CodeTable *t = CodeTables::instance().table(QString::fromLatin1(table));
    const QString name = t ? t->displayName(code) : QString();
    return name.isEmpty() ? code : name;
}

void printPlan(const PlacementImportPlan &plan)
{
    out() << Cli::tr("File: %1%2, header in line %3, %n data row(s).", nullptr, plan.dataRows)
                 .arg(plan.format, plan.encoding.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(plan.encoding))
                 .arg(plan.headerLine)
          << Qt::endl;
    QStringList columns;
    for (const PlacementColumn &c : plan.columns) {
        const QString canonical = PlacementColumns::canonical(c.field);
        columns << (c.header == canonical ? canonical : QStringLiteral("%1→%2").arg(c.header, canonical));
    }
    out() << Cli::tr("Columns: %1").arg(columns.join(QStringLiteral(", "))) << Qt::endl;
    for (const auto &[column, header] : plan.unknownColumns)
        out() << Cli::tr("Not imported: column %1 \"%2\"").arg(LedgerHeader::columnName(column), header) << Qt::endl;
    if (plan.sourceAssumed)
        out() << Cli::tr("No 人员来源 column: every row is taken to be a release from prison (刑满释放).") << Qt::endl;
    for (auto it = plan.sources.cbegin(); it != plan.sources.cend(); ++it)
        out() << Cli::tr("  %1: %2").arg(codeName("placement_source", it.key())).arg(it.value()) << Qt::endl;
    for (auto it = plan.statuses.cbegin(); it != plan.statuses.cend(); ++it)
        out() << Cli::tr("  %1: %2").arg(PlacementService::statusName(it.key())).arg(it.value()) << Qt::endl;
    for (auto it = plan.handovers.cbegin(); it != plan.handovers.cend(); ++it)
        out() << Cli::tr("  %1: %2").arg(codeName("handover_status", it.key())).arg(it.value()) << Qt::endl;
    out() << Cli::tr("Placements: %1; categories recorded as assessments: %2.").arg(plan.placements).arg(plan.reviews)
          << Qt::endl;
    out() << Cli::tr("People: %1 new in the people index, %2 linked to people already there.")
                 .arg(plan.newPeople)
                 .arg(plan.linkedPeople)
          << Qt::endl;
    for (const PlacementIssue &i : plan.issues)
        out() << i.text() << Qt::endl;
}

int importLedger(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(userOption());
    p.addOption({QStringLiteral("dry-run"), Cli::tr("Check every row and report, but write nothing.")});
    p.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The ledger: .csv (UTF-8 or GB18030) or .xlsx."));
    if (std::optional<int> stop = parse(
            p, args,
            Cli::tr("Import an existing resettlement ledger (安置帮教人员台账), one file per row. Columns: 姓名, 身份证号, "
                    "性别, 人员来源, 释放日期, 释放单位, 罪名, 原判刑期, 衔接方式, 衔接日期, 衔接状态, 是否三无, 帮教类别, "
                    "安置方式, 安置日期, 帮教期满日期, 解除日期, 解除原因. Every bad value is listed as \"row N, column: "
                    "reason\"; the import is all-or-nothing and exits 1 if any row is bad.")))
        return *stop;
    if (p.positionalArguments().size() != 1)
        return fail(Cli::tr("Name one ledger file to import."), Usage);
    int code = Ok;
    std::optional<OpenedWithAccess> opened = openWithAccess(p, &code);
    if (!opened)
        return code;
    PlacementImportOptions options;
    options.dryRun = p.isSet(QStringLiteral("dry-run"));
    Result<PlacementImportResult> r =
        PlacementImport::run(*opened->db, opened->access, p.positionalArguments().first(), options);
    if (!r)
        return fail(r.error());
    printPlan(r->plan);
    if (!r->plan.ok()) {
        err() << Cli::tr("sifa: %n problem(s) found; nothing was written.", nullptr,
                         static_cast<int>(r->plan.issues.size()))
              << Qt::endl;
        return Failed;
    }
    if (options.dryRun) {
        out() << Cli::tr("Dry run: %n file(s) can be imported; nothing was written.", nullptr, r->subjects)
              << Qt::endl;
        return Ok;
    }
    out() << Cli::tr("Imported %n file(s).", nullptr, r->subjects) << Qt::endl;
    return Ok;
}

QJsonObject toJson(const PlacementListItem &s)
{
    return QJsonObject{{QStringLiteral("uuid"), s.uuid},
                       {QStringLiteral("person_uuid"), s.personUuid},
                       {QStringLiteral("name"), s.name},
                       {QStringLiteral("sex"), s.sex},
                       {QStringLiteral("id_number"), s.idNumber},
                       {QStringLiteral("birth_date"), toStoredDate(s.birthDate)},
                       {QStringLiteral("source"), s.source},
                       {QStringLiteral("source_name"), codeName("placement_source", s.source)},
                       {QStringLiteral("status"), s.status},
                       {QStringLiteral("status_name"), PlacementService::statusName(s.status)},
                       {QStringLiteral("category"), s.category},
                       {QStringLiteral("category_name"), codeName("placement_category", s.category)},
                       {QStringLiteral("handover_mode"), s.handoverMode},
                       {QStringLiteral("handover_status"), s.handoverStatus},
                       {QStringLiteral("handover_status_name"), codeName("handover_status", s.handoverStatus)},
                       {QStringLiteral("release_date"), toStoredDate(s.releaseDate)},
                       {QStringLiteral("assist_end_date"), toStoredDate(s.assistEnd)},
                       {QStringLiteral("charge"), s.charge},
                       {QStringLiteral("releasing_org"), s.releasingOrg},
                       {QStringLiteral("placement_mode"), s.placementMode},
                       {QStringLiteral("last_visit"), toStoredDate(s.lastVisit)},
                       {QStringLiteral("sanwu"), s.sanwu},
                       {QStringLiteral("dual_listed"), s.dualListed},
                       {QStringLiteral("minor"), s.minor},
                       {QStringLiteral("officer"), s.officer}};
}

// A code of `table` given on the command line, or the usage error naming the codes.
std::optional<int> checkCode(const char *table, const QString &option, const QString &value)
{
    if (value.isEmpty())
        return std::nullopt;
    const CodeTable *t = CodeTables::instance().table(QString::fromLatin1(table));
    if (t && t->contains(value))
        return std::nullopt;
    QStringList known;
    if (t) {
        for (const CodeItem &item : t->items)
            known << item.code;
    }
    return fail(Cli::tr("Unknown %1 \"%2\". Choose one of: %3.").arg(option, value, known.join(QStringLiteral(", "))),
                Usage);
}

int list(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(userOption());
    p.addOption(formatOption(QStringLiteral("csv, json"), QStringLiteral("csv")));
    p.addOption({QStringLiteral("search"), Cli::tr("A name or its pinyin initials, part of an ID or phone number, the "
                                                   "charge, the file number or the prison."),
                 QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("status"), Cli::tr("Only files in this status: assisting, expired, reoffended, dead "
                                                   "or moved."),
                 QStringLiteral("S")});
    p.addOption({QStringLiteral("category"), Cli::tr("Only key or general persons."), QStringLiteral("C")});
    p.addOption({QStringLiteral("handover"), Cli::tr("Only files whose hand-over is done, pending or unknown."),
                 QStringLiteral("H")});
    p.addOption({QStringLiteral("show-id"), Cli::tr("Show ID numbers in full (recorded in the audit trail).")});
    if (std::optional<int> stop = parse(p, args, Cli::tr("List the resettlement files (安置帮教). ID numbers are masked "
                                                         "unless --show-id.")))
        return *stop;
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return fail(Cli::tr("--format must be csv or json."), Usage);
    PlacementQuery q;
    q.status = p.value(QStringLiteral("status")).trimmed();
    q.category = p.value(QStringLiteral("category")).trimmed();
    q.handoverStatus = p.value(QStringLiteral("handover")).trimmed();
    q.text = p.value(QStringLiteral("search"));
    q.revealIdNumbers = p.isSet(QStringLiteral("show-id"));
    if (std::optional<int> bad = checkCode("placement_status", QStringLiteral("status"), q.status))
        return *bad;
    if (std::optional<int> bad = checkCode("placement_category", QStringLiteral("category"), q.category))
        return *bad;
    if (std::optional<int> bad = checkCode("handover_status", QStringLiteral("hand-over status"), q.handoverStatus))
        return *bad;
    int code = Ok;
    std::optional<OpenedWithAccess> opened = openWithAccess(p, &code);
    if (!opened)
        return code;
    Result<QList<PlacementListItem>> items = PlacementService::list(*opened->db, opened->access, q);
    if (!items)
        return fail(items.error());
    if (format == QLatin1String("json")) {
        QJsonArray arr;
        for (const PlacementListItem &s : std::as_const(*items))
            arr.append(toJson(s));
        printJson(arr);
        return Ok;
    }
    QList<QStringList> rows{{QStringLiteral("name"), QStringLiteral("id_number"), QStringLiteral("sex"),
                             QStringLiteral("source"), QStringLiteral("status"), QStringLiteral("category"),
                             QStringLiteral("handover_status"), QStringLiteral("release_date"),
                             QStringLiteral("assist_end_date"), QStringLiteral("charge"),
                             QStringLiteral("releasing_org"), QStringLiteral("placement_mode"),
                             QStringLiteral("last_visit"), QStringLiteral("officer"), QStringLiteral("uuid")}};
    for (const PlacementListItem &s : std::as_const(*items)) {
        rows << QStringList{s.name,
                            s.idNumber,
                            codeName("sex", s.sex),
                            codeName("placement_source", s.source),
                            PlacementService::statusName(s.status),
                            codeName("placement_category", s.category),
                            codeName("handover_status", s.handoverStatus),
                            toStoredDate(s.releaseDate),
                            toStoredDate(s.assistEnd),
                            s.charge,
                            s.releasingOrg,
                            codeName("placement_mode", s.placementMode),
                            toStoredDate(s.lastVisit),
                            s.officer,
                            s.uuid};
    }
    out() << Csv::format(rows);
    return Ok;
}

int exportLedger(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(userOption());
    p.addOption(formatOption(QStringLiteral("csv, xlsx"), QStringLiteral("xlsx")));
    p.addOption({QStringLiteral("out"), Cli::tr("The file to write."), QStringLiteral("FILE")});
    if (std::optional<int> stop = parse(p, args, Cli::tr("Export the resettlement ledger with the columns of an import "
                                                         "and full ID numbers (CSV with a byte order mark, or XLSX "
                                                         "with ID numbers as text); the export is recorded in the "
                                                         "audit trail.")))
        return *stop;
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("xlsx"))
        return fail(Cli::tr("--format must be csv or xlsx."), Usage);
    const QString path = p.value(QStringLiteral("out"));
    if (path.isEmpty())
        return fail(Cli::tr("Name the file to write with --out FILE."), Usage);
    int code = Ok;
    std::optional<OpenedWithAccess> opened = openWithAccess(p, &code);
    if (!opened)
        return code;
    Result<int> n = PlacementExport::write(*opened->db, opened->access, path,
                                           format == QLatin1String("xlsx") ? PlacementExport::Format::Xlsx
                                                                           : PlacementExport::Format::Csv);
    if (!n)
        return fail(n.error());
    out() << Cli::tr("%n file(s) written to %1.", nullptr, *n).arg(QDir::toNativeSeparators(path)) << Qt::endl;
    return Ok;
}

}  // namespace

int runPlacement(const QStringList &args)
{
    const QString sub = args.value(1);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("import"))
        return importLedger(rest);
    if (sub == QLatin1String("list"))
        return list(rest);
    if (sub == QLatin1String("export"))
        return exportLedger(rest);
    const QString usage = Cli::tr("Usage: sifa placement import|list|export ... (--help on each)");
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out() << usage << Qt::endl;
        return Ok;
    }
    return fail(usage, Usage);
}

}  // namespace sifa::cli
