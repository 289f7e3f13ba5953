#include "Commands.h"
#include "Console.h"

#include "codes/CodeTables.h"
#include "correction/CorrectionService.h"
#include "correction/SubjectExport.h"
#include "correction/SubjectImport.h"
#include "io/Csv.h"
#include "mediation/LedgerColumns.h"
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

void printPlan(const SubjectImportPlan &plan)
{
    out() << Cli::tr("File: %1%2, header in line %3, %n data row(s).", nullptr, plan.dataRows)
                 .arg(plan.format, plan.encoding.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(plan.encoding))
                 .arg(plan.headerLine)
          << Qt::endl;
    QStringList columns;
    for (const SubjectColumn &c : plan.columns) {
        const QString canonical = SubjectColumns::canonical(c.field);
        columns << (c.header == canonical ? canonical : QStringLiteral("%1→%2").arg(c.header, canonical));
    }
    out() << Cli::tr("Columns: %1").arg(columns.join(QStringLiteral(", "))) << Qt::endl;
    for (const auto &[column, header] : plan.unknownColumns)
        out() << Cli::tr("Not imported: column %1 \"%2\"").arg(LedgerHeader::columnName(column), header) << Qt::endl;
    if (plan.effectiveFromJudgment)
        out() << Cli::tr("No 生效日期 column: the judgment is taken to have come into effect on 判决日期 (on "
                         "矫正起始日期 where that is empty).")
              << Qt::endl;
    for (auto it = plan.types.cbegin(); it != plan.types.cend(); ++it)
        out() << Cli::tr("  %1: %2").arg(codeName("correction_type", it.key())).arg(it.value()) << Qt::endl;
    for (auto it = plan.statuses.cbegin(); it != plan.statuses.cend(); ++it)
        out() << Cli::tr("  %1: %2").arg(CorrectionService::statusName(it.key())).arg(it.value()) << Qt::endl;
    out() << Cli::tr("People: %1 new in the people index, %2 linked to people already there.")
                 .arg(plan.newPeople)
                 .arg(plan.linkedPeople)
          << Qt::endl;
    for (const SubjectIssue &i : plan.issues)
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
            Cli::tr("Import an existing community correction ledger (社区矫正对象台账), one file per row. Columns: 姓名, "
                    "身份证号, 性别, 矫正类别, 罪名, 原判刑罚, 判决日期, 决定机关, 矫正起始日期, 矫正终止日期, 接收日期, 管理类别, "
                    "解除日期, 解除类型, and 暂予监外执行情形 for 暂予监外执行. Every bad value is listed as \"row N, "
                    "column: reason\"; the import is all-or-nothing and exits 1 if any row is bad.")))
        return *stop;
    if (p.positionalArguments().size() != 1)
        return fail(Cli::tr("Name one ledger file to import."), Usage);
    int code = Ok;
    std::optional<OpenedWithAccess> opened = openWithAccess(p, &code);
    if (!opened)
        return code;
    Database &db = *opened->db;
    const Access &access = opened->access;
    SubjectImportOptions options;
    options.dryRun = p.isSet(QStringLiteral("dry-run"));
    Result<SubjectImportResult> r = SubjectImport::run(db, access, p.positionalArguments().first(), options);
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

QJsonObject toJson(const SubjectListItem &s)
{
    return QJsonObject{{QStringLiteral("uuid"), s.uuid},
                       {QStringLiteral("person_uuid"), s.personUuid},
                       {QStringLiteral("name"), s.name},
                       {QStringLiteral("sex"), s.sex},
                       {QStringLiteral("id_number"), s.idNumber},
                       {QStringLiteral("birth_date"), toStoredDate(s.birthDate)},
                       {QStringLiteral("correction_type"), s.correctionType},
                       {QStringLiteral("correction_type_name"), codeName("correction_type", s.correctionType)},
                       {QStringLiteral("status"), s.status},
                       {QStringLiteral("status_name"), CorrectionService::statusName(s.status)},
                       {QStringLiteral("grade"), s.grade},
                       {QStringLiteral("grade_name"), codeName("supervision_grade", s.grade)},
                       {QStringLiteral("charge"), s.charge},
                       {QStringLiteral("period_from"), toStoredDate(s.periodFrom)},
                       {QStringLiteral("period_to"), toStoredDate(s.periodTo)},
                       {QStringLiteral("effective_date"), toStoredDate(s.effectiveDate)},
                       {QStringLiteral("reported_date"), toStoredDate(s.reportedDate)},
                       {QStringLiteral("minor"), s.minor},
                       {QStringLiteral("tags"), s.tags},
                       {QStringLiteral("officer"), s.officer}};
}

int list(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(userOption());
    p.addOption(formatOption(QStringLiteral("csv, json"), QStringLiteral("csv")));
    p.addOption({QStringLiteral("search"), Cli::tr("A name or its pinyin initials, part of an ID or phone number, the "
                                                   "charge or the subject number."),
                 QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("status"), Cli::tr("Only files in this status: awaiting_report, received, "
                                                   "under_correction, transferred_out, released, terminated, or "
                                                   "active (received or under correction)."),
                 QStringLiteral("S")});
    if (std::optional<int> stop = parse(p, args, Cli::tr("List the community correction files (ID numbers masked). "
                                                         "Sealed files are never listed, a minor's only for a role "
                                                         "that may read them.")))
        return *stop;
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return fail(Cli::tr("--format must be csv or json."), Usage);
    SubjectQuery q;
    q.status = p.value(QStringLiteral("status")).trimmed();
    q.text = p.value(QStringLiteral("search"));
    if (!q.status.isEmpty() && q.status != QLatin1String("active")) {
        const CodeTable *statuses = CodeTables::instance().table(QStringLiteral("correction_status"));
        if (!statuses || !statuses->contains(q.status)) {
            QStringList known;
            if (statuses) {
                for (const CodeItem &item : statuses->items)
                    known << item.code;
            }
            known << QStringLiteral("active");
            return fail(Cli::tr("Unknown status \"%1\". Statuses: %2.").arg(q.status, known.join(QStringLiteral(", "))),
                        Usage);
        }
    }
    int code = Ok;
    std::optional<OpenedWithAccess> opened = openWithAccess(p, &code);
    if (!opened)
        return code;
    Result<QList<SubjectListItem>> items = CorrectionService::list(*opened->db, opened->access, q);
    if (!items)
        return fail(items.error());
    if (format == QLatin1String("json")) {
        QJsonArray arr;
        for (const SubjectListItem &s : std::as_const(*items))
            arr.append(toJson(s));
        printJson(arr);
        return Ok;
    }
    QList<QStringList> rows{{QStringLiteral("name"), QStringLiteral("id_number"), QStringLiteral("sex"),
                             QStringLiteral("correction_type"), QStringLiteral("status"), QStringLiteral("grade"),
                             QStringLiteral("charge"), QStringLiteral("period_from"), QStringLiteral("period_to"),
                             QStringLiteral("effective_date"), QStringLiteral("reported_date"),
                             QStringLiteral("officer"), QStringLiteral("uuid")}};
    for (const SubjectListItem &s : std::as_const(*items)) {
        rows << QStringList{s.name,
                            s.idNumber,
                            codeName("sex", s.sex),
                            codeName("correction_type", s.correctionType),
                            CorrectionService::statusName(s.status),
                            codeName("supervision_grade", s.grade),
                            s.charge,
                            toStoredDate(s.periodFrom),
                            toStoredDate(s.periodTo),
                            toStoredDate(s.effectiveDate),
                            toStoredDate(s.reportedDate),
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
    if (std::optional<int> stop = parse(p, args, Cli::tr("Export the community correction ledger with the columns of "
                                                         "an import and full ID numbers (CSV with a byte order mark, "
                                                         "or XLSX with ID numbers as text). Sealed files are never "
                                                         "exported, a minor's only for a role that may read them; the "
                                                         "export is recorded in the audit trail.")))
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
    Result<int> n = SubjectExport::write(*opened->db, opened->access, path,
                                         format == QLatin1String("xlsx") ? SubjectExport::Format::Xlsx
                                                                         : SubjectExport::Format::Csv);
    if (!n)
        return fail(n.error());
    out() << Cli::tr("%n file(s) written to %1.", nullptr, *n).arg(QDir::toNativeSeparators(path)) << Qt::endl;
    return Ok;
}

}  // namespace

int runCorrection(const QStringList &args)
{
    const QString sub = args.value(1);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("import"))
        return importLedger(rest);
    if (sub == QLatin1String("list"))
        return list(rest);
    if (sub == QLatin1String("export"))
        return exportLedger(rest);
    const QString usage = Cli::tr("Usage: sifa correction import|list|export ... (--help on each)");
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out() << usage << Qt::endl;
        return Ok;
    }
    return fail(usage, Usage);
}

}  // namespace sifa::cli
