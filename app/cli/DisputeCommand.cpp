#include "Commands.h"
#include "Console.h"

#include "io/Csv.h"
#include "mediation/DisputeService.h"
#include "mediation/LedgerExport.h"
#include "mediation/LedgerImport.h"
#include "mediation/MediationCodes.h"
#include "util/Time.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace sifa::cli {

namespace {

void printPlan(const LedgerImportPlan &plan)
{
    out() << Cli::tr("File: %1%2, header in line %3, %n data row(s).", nullptr, plan.dataRows)
                 .arg(plan.format, plan.encoding.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(plan.encoding))
                 .arg(plan.headerLine)
          << Qt::endl;
    QStringList columns;
    for (const LedgerColumn &c : plan.columns) {
        const QString canonical = LedgerColumns::canonical(c.field);
        columns << (c.header == canonical ? canonical : QStringLiteral("%1→%2").arg(c.header, canonical));
    }
    out() << Cli::tr("Columns: %1").arg(columns.join(QStringLiteral(", "))) << Qt::endl;
    for (const auto &[column, header] : plan.unknownColumns)
        out() << Cli::tr("Not imported: column %1 \"%2\"").arg(LedgerHeader::columnName(column), header) << Qt::endl;
    for (auto it = plan.statuses.cbegin(); it != plan.statuses.cend(); ++it)
        out() << Cli::tr("  %1: %2").arg(MediationCodes::statusLabel(it.key())).arg(it.value()) << Qt::endl;
    if (!plan.newCommittees.isEmpty())
        out() << Cli::tr("New committees: %1").arg(plan.newCommittees.join(QStringLiteral("、"))) << Qt::endl;
    if (!plan.newMediators.isEmpty())
        out() << Cli::tr("New mediators: %1").arg(plan.newMediators.join(QStringLiteral("、"))) << Qt::endl;
    out() << Cli::tr("People: %1 new in the people index, %2 linked to people already there.")
                 .arg(plan.newPeople)
                 .arg(plan.linkedPeople)
          << Qt::endl;
    for (const LedgerIssue &i : plan.issues)
        out() << i.text() << Qt::endl;
}

int importLedger(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(userOption());
    p.addOption({QStringLiteral("dry-run"), Cli::tr("Check every row and report, but write nothing.")});
    p.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The ledger: .csv (UTF-8 or GB18030) or .xlsx."));
    if (std::optional<int> stop = parse(p, args, Cli::tr("Import an existing mediation ledger (人民调解台账). Every bad "
                                                         "row is listed as \"row N: reason\"; the import is "
                                                         "all-or-nothing and exits 1 if any row is bad.")))
        return *stop;
    if (p.positionalArguments().size() != 1)
        return fail(Cli::tr("Name one ledger file to import."), Usage);
    int code = Ok;
    std::optional<OpenedWithAccess> opened = openWithAccess(p, &code);
    if (!opened)
        return code;
    Database &db = *opened->db;
    const Access &access = opened->access;
    LedgerImportOptions options;
    options.dryRun = p.isSet(QStringLiteral("dry-run"));
    Result<LedgerImportResult> r = LedgerImport::run(db, access, p.positionalArguments().first(), options);
    if (!r)
        return fail(r.error());
    printPlan(r->plan);
    if (!r->plan.ok()) {
        err() << Cli::tr("sifa: %n row(s) cannot be imported; nothing was written.", nullptr,
                         static_cast<int>(r->plan.issues.size()))
              << Qt::endl;
        return Failed;
    }
    if (options.dryRun) {
        out() << Cli::tr("Dry run: every row can be imported; nothing was written.") << Qt::endl;
        return Ok;
    }
    out() << Cli::tr("Imported %n case(s).", nullptr, r->disputes) << Qt::endl;
    return Ok;
}

Result<LedgerQuery> queryFrom(const QCommandLineParser &p)
{
    LedgerQuery q;
    q.search = p.value(QStringLiteral("search"));
    for (const QString &s : p.values(QStringLiteral("status")))
        q.statuses << s.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &s : std::as_const(q.statuses)) {
        if (!MediationCodes::contains(MediationCodes::statuses(), s))
            return Status::failure(ErrorCode::InvalidInput,
                                   Cli::tr("Unknown status \"%1\". Statuses: registered, not_accepted, accepted, "
                                           "investigating, mediating, agreed, terminated, performing, performed, "
                                           "not_performed, archived.")
                                       .arg(s))
                .error();
    }
    for (const char *name : {"from", "to"}) {
        const QString v = p.value(QString::fromLatin1(name));
        const QDate d = fromStoredDate(v);
        if (!v.isEmpty() && !d.isValid())
            return Status::failure(ErrorCode::InvalidInput,
                                   Cli::tr("--%1 must be a date written yyyy-MM-dd.").arg(QLatin1String(name)))
                .error();
        (qstrcmp(name, "from") == 0 ? q.from : q.to) = d;
    }
    return q;
}

QJsonObject toJson(const DisputeListItem &d)
{
    return QJsonObject{{QStringLiteral("uuid"), d.uuid},
                       {QStringLiteral("case_no"), d.caseNo},
                       {QStringLiteral("title"), d.title},
                       {QStringLiteral("registered_date"), toStoredDate(d.registeredDate)},
                       {QStringLiteral("accepted_date"), toStoredDate(d.acceptedDate)},
                       {QStringLiteral("type"), d.disputeType},
                       {QStringLiteral("type_name"), MediationCodes::disputeTypeLabel(d.disputeType)},
                       {QStringLiteral("source"), d.source},
                       {QStringLiteral("status"), d.status},
                       {QStringLiteral("status_label"), MediationCodes::statusLabel(d.status)},
                       {QStringLiteral("parties"), d.parties},
                       {QStringLiteral("committee"), d.committee},
                       {QStringLiteral("mediator"), d.leadMediator},
                       {QStringLiteral("risk_level"), d.riskLevel},
                       {QStringLiteral("result"), d.result},
                       {QStringLiteral("closed_date"), toStoredDate(d.closedDate)}};
}

int list(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(userOption());
    p.addOption(formatOption(QStringLiteral("csv, json"), QStringLiteral("csv")));
    p.addOption({QStringLiteral("search"), Cli::tr("A party's name or its pinyin, a case number, part of an ID or "
                                                   "phone number, words of the summary."),
                 QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("status"), Cli::tr("Only cases in this status (repeat or separate with commas)."),
                 QStringLiteral("S")});
    p.addOption({QStringLiteral("from"), Cli::tr("Accepted (registered, if not accepted) on or after DATE."),
                 QStringLiteral("DATE")});
    p.addOption({QStringLiteral("to"), Cli::tr("Accepted (registered, if not accepted) on or before DATE."),
                 QStringLiteral("DATE")});
    if (std::optional<int> stop = parse(p, args, Cli::tr("List the mediation ledger, newest first.")))
        return *stop;
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return fail(Cli::tr("--format must be csv or json."), Usage);
    Result<LedgerQuery> q = queryFrom(p);
    if (!q)
        return fail(q.message(), Usage);
    int code = Ok;
    std::optional<OpenedWithAccess> opened = openWithAccess(p, &code);
    if (!opened)
        return code;
    Database &db = *opened->db;
    const Access &access = opened->access;
    QList<DisputeListItem> all;
    q->limit = 1000;
    for (;;) {
        Result<QList<DisputeListItem>> page = DisputeService::ledger(db, access, *q);
        if (!page)
            return fail(page.error());
        all << *page;
        if (page->size() < q->limit)
            break;
        q->after = qMakePair(DisputeRepository::sortValue(page->last(), q->sort), page->last().rowid);
    }
    if (format == QLatin1String("json")) {
        QJsonArray arr;
        for (const DisputeListItem &d : std::as_const(all))
            arr.append(toJson(d));
        printJson(arr);
        return Ok;
    }
    QList<QStringList> rows{{QStringLiteral("case_no"), QStringLiteral("registered_date"),
                             QStringLiteral("accepted_date"), QStringLiteral("type"), QStringLiteral("status"),
                             QStringLiteral("parties"), QStringLiteral("title"), QStringLiteral("committee"),
                             QStringLiteral("mediator"), QStringLiteral("closed_date"), QStringLiteral("uuid")}};
    for (const DisputeListItem &d : std::as_const(all)) {
        rows << QStringList{d.caseNo, toStoredDate(d.registeredDate), toStoredDate(d.acceptedDate),
                            MediationCodes::disputeTypeLabel(d.disputeType), MediationCodes::statusLabel(d.status),
                            d.parties, d.title, d.committee, d.leadMediator, toStoredDate(d.closedDate), d.uuid};
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
    if (std::optional<int> stop = parse(p, args, Cli::tr("Export the whole mediation ledger with the columns of "
                                                         "an import (CSV with a byte order mark, or XLSX with ID "
                                                         "numbers as text).")))
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
    Database &db = *opened->db;
    const Access &access = opened->access;
    Result<int> n = LedgerExport::write(db, access, LedgerQuery(), path,
                                        format == QLatin1String("xlsx") ? LedgerExport::Format::Xlsx
                                                                        : LedgerExport::Format::Csv);
    if (!n)
        return fail(n.error());
    out() << Cli::tr("%n case(s) written to %1.", nullptr, *n).arg(QDir::toNativeSeparators(path)) << Qt::endl;
    return Ok;
}

}  // namespace

int runDispute(const QStringList &args)
{
    const QString sub = args.value(1);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("import"))
        return importLedger(rest);
    if (sub == QLatin1String("list"))
        return list(rest);
    if (sub == QLatin1String("export"))
        return exportLedger(rest);
    const QString usage = Cli::tr("Usage: sifa dispute import|list|export ... (--help on each)");
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out() << usage << Qt::endl;
        return Ok;
    }
    return fail(usage, Usage);
}

}  // namespace sifa::cli
