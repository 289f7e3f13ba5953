// sifa transfer: moving a correction or resettlement file between townships through the county
// (SYNC.md §5). The township requests (and may cancel); the county forwards or refuses (reject on
// a county database); the receiving township accepts or rejects. The rows travel in bundles.
#include "Commands.h"
#include "Console.h"

#include "io/Csv.h"
#include "sync/Transfers.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sifa::cli {

namespace {

QString transferUsage()
{
    return Cli::tr("Usage: sifa transfer request|list|forward|accept|reject|cancel ... (--help on each)");
}

int request(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(userOption());
    p.addOption({QStringLiteral("kind"), Cli::tr("correction (社区矫正, the default) or placement (安置帮教)."),
                 QStringLiteral("KIND"), QStringLiteral("correction")});
    p.addOption({QStringLiteral("subject"), Cli::tr("The file to transfer (its uuid)."), QStringLiteral("UUID")});
    p.addOption(
        {QStringLiteral("to"), Cli::tr("The receiving township office (9-digit code)."), QStringLiteral("CODE")});
    p.addOption({QStringLiteral("reason"), Cli::tr("Why the file moves (e.g. the new place of residence)."),
                 QStringLiteral("TEXT")});
    if (std::optional<int> stop =
            parse(p, args,
                  Cli::tr("Ask for a file to be transferred to another township of the county; the county bureau "
                          "forwards it and the receiving office accepts it. Until then the file stays this "
                          "office's. Prints the transfer's id.")))
        return *stop;
    const QString kind = p.value(QStringLiteral("kind"));
    QString entity;
    if (kind == QLatin1String("correction"))
        entity = QStringLiteral("cc_subject");
    else if (kind == QLatin1String("placement"))
        entity = QStringLiteral("rp_subject");
    else
        return fail(Cli::tr("--kind must be correction or placement."), Usage);
    if (p.value(QStringLiteral("subject")).isEmpty() || p.value(QStringLiteral("to")).isEmpty())
        return fail(Cli::tr("Name the file with --subject UUID and the receiving office with --to CODE."), Usage);
    int code = Ok;
    std::optional<SignedIn> in = openAndSignIn(p, &code);
    if (!in)
        return code;
    Result<QString> t = Transfers::request(*in->db, in->session, entity, p.value(QStringLiteral("subject")),
                                           p.value(QStringLiteral("to")), p.value(QStringLiteral("reason")));
    if (!t)
        return fail(t.error());
    out() << *t << Qt::endl;
    return Ok;
}

int list(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(userOption());
    p.addOption(formatOption(QStringLiteral("csv, json"), QStringLiteral("csv")));
    p.addOption({QStringLiteral("open"), Cli::tr("Only the transfers under way (requested or forwarded).")});
    if (std::optional<int> stop = parse(p, args,
                                        Cli::tr("List the transfers this office sent or receives (a county: all of "
                                                "them), newest first.")))
        return *stop;
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return fail(Cli::tr("--format must be csv or json."), Usage);
    int code = Ok;
    std::optional<SignedIn> in = openAndSignIn(p, &code);
    if (!in)
        return code;
    Result<QList<TransferItem>> items = Transfers::list(*in->db, in->session, p.isSet(QStringLiteral("open")));
    if (!items)
        return fail(items.error());
    if (format == QLatin1String("json")) {
        QJsonArray arr;
        for (const TransferItem &i : std::as_const(*items)) {
            arr.append(QJsonObject{{QStringLiteral("uuid"), i.uuid},
                                   {QStringLiteral("subject_entity"), i.subjectEntity},
                                   {QStringLiteral("subject_uuid"), i.subjectUuid},
                                   {QStringLiteral("subject_name"), i.subjectName},
                                   {QStringLiteral("from_office"), i.fromOffice},
                                   {QStringLiteral("to_office"), i.toOffice},
                                   {QStringLiteral("reason"), i.reason},
                                   {QStringLiteral("requested_date"), i.requestedDate},
                                   {QStringLiteral("status"), i.status},
                                   {QStringLiteral("forwarded_date"), i.forwardedDate},
                                   {QStringLiteral("decided_date"), i.decidedDate},
                                   {QStringLiteral("decided_by"), i.decidedBy},
                                   {QStringLiteral("decision_note"), i.decisionNote}});
        }
        printJson(arr);
        return Ok;
    }
    QList<QStringList> rows{{QStringLiteral("uuid"), QStringLiteral("status"), QStringLiteral("subject_entity"),
                             QStringLiteral("subject_name"), QStringLiteral("from_office"), QStringLiteral("to_office"),
                             QStringLiteral("requested_date"), QStringLiteral("forwarded_date"),
                             QStringLiteral("decided_date"), QStringLiteral("decided_by"), QStringLiteral("reason"),
                             QStringLiteral("decision_note"), QStringLiteral("subject_uuid")}};
    for (const TransferItem &i : std::as_const(*items)) {
        rows << QStringList{i.uuid,     i.status,        i.subjectEntity, i.subjectName, i.fromOffice,
                            i.toOffice, i.requestedDate, i.forwardedDate, i.decidedDate, i.decidedBy,
                            i.reason,   i.decisionNote,  i.subjectUuid};
    }
    out() << Csv::format(rows);
    return Ok;
}

// forward, accept, reject, cancel: one transfer and a note.
using Step = Status (*)(Database &, const Session &, const QString &, const QString &);

int step(const QStringList &args, Step run, const QString &description)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(userOption());
    p.addOption({QStringLiteral("note"), Cli::tr("A note (the reason, for a rejection)."), QStringLiteral("TEXT")});
    p.addPositionalArgument(QStringLiteral("TRANSFER"), Cli::tr("The transfer's id (sifa transfer list)."));
    if (std::optional<int> stop = parse(p, args, description))
        return *stop;
    if (p.positionalArguments().size() != 1)
        return fail(Cli::tr("Name one transfer by its id."), Usage);
    int code = Ok;
    std::optional<SignedIn> in = openAndSignIn(p, &code);
    if (!in)
        return code;
    if (Status s = run(*in->db, in->session, p.positionalArguments().first(), p.value(QStringLiteral("note"))); !s.ok())
        return fail(s.error());
    return Ok;
}

} // namespace

int runTransfer(const QStringList &args)
{
    const QString sub = args.value(1);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("request"))
        return request(rest);
    if (sub == QLatin1String("list"))
        return list(rest);
    if (sub == QLatin1String("forward"))
        return step(rest, &Transfers::forward,
                    Cli::tr("County bureau: forward a requested transfer to the receiving township."));
    if (sub == QLatin1String("accept"))
        return step(rest, &Transfers::accept,
                    Cli::tr("Receiving township: accept a forwarded transfer; the file becomes this office's."));
    if (sub == QLatin1String("reject"))
        return step(rest, &Transfers::reject,
                    Cli::tr("Receiving township: reject a forwarded transfer; county bureau: refuse a requested "
                            "one. --note gives the reason."));
    if (sub == QLatin1String("cancel"))
        return step(rest, &Transfers::cancel, Cli::tr("Sending township: cancel a transfer not yet decided."));
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out() << transferUsage() << Qt::endl;
        return Ok;
    }
    return fail(transferUsage(), Usage);
}

} // namespace sifa::cli
