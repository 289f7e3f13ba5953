#include "Commands.h"
#include "Console.h"

#include "domain/Maintenance.h"
#include "security/Users.h"
#include "storage/Database.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace sifa::cli {

namespace {

QJsonArray toArray(const QStringList &l)
{
    QJsonArray a;
    for (const QString &s : l)
        a.append(s);
    return a;
}

}  // namespace

int runCheck(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(userOption());
    p.addOption(jsonOption());
    p.addOption({QStringLiteral("rebuild-compare"),
                 Cli::tr("Also rebuild every synced table from the change log into a scratch database and "
                         "report any difference.")});
    if (std::optional<int> stop = parse(p, args, Cli::tr("Check a database: SQLite integrity, foreign keys, write-ahead "
                                                         "logging, the audit chain and, optionally, the change log. "
                                                         "Exit code 0 only if everything is sound.")))
        return *stop;
    int code = Ok;
    std::optional<OpenedWithAccess> opened = openWithAccess(p, &code);
    if (!opened)
        return code;
    Database &db = *opened->db;
    const Access &access = opened->access;
    Result<CheckReport> r = Maintenance::check(db, access, p.isSet(QStringLiteral("rebuild-compare")));
    if (!r)
        return fail(r.error());
    QStringList audit;
    for (const AuditProblem &a : r->audit.problems)
        audit << a.message;
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("ok"), r->ok()},
                      {QStringLiteral("integrity"), toArray(r->integrity)},
                      {QStringLiteral("foreign_keys"), toArray(r->foreignKeys)},
                      {QStringLiteral("journal_mode"), r->journalMode},
                      {QStringLiteral("audit_records"), r->audit.checked},
                      {QStringLiteral("audit_problems"), toArray(audit)}};
        if (r->rebuild) {
            o.insert(QStringLiteral("rebuild"), QJsonObject{{QStringLiteral("ops_replayed"), r->rebuild->opsReplayed},
                                                            {QStringLiteral("rows_compared"), r->rebuild->rowsCompared},
                                                            {QStringLiteral("differences"), toArray(r->rebuild->differences)}});
        }
        printJson(o);
        return r->ok() ? Ok : Failed;
    }
    out() << Cli::tr("Integrity: %1").arg(r->integrity.isEmpty() ? Cli::tr("ok") : r->integrity.join(u"; ")) << Qt::endl;
    out() << Cli::tr("Foreign keys: %1").arg(r->foreignKeys.isEmpty() ? Cli::tr("ok") : r->foreignKeys.join(u"; "))
          << Qt::endl;
    out() << Cli::tr("Journal mode: %1").arg(r->journalMode) << Qt::endl;
    out() << Cli::tr("Audit trail: %n record(s) checked, ", nullptr, static_cast<int>(r->audit.checked))
          << (audit.isEmpty() ? Cli::tr("chain intact") : audit.join(u" ")) << Qt::endl;
    if (r->rebuild) {
        out() << Cli::tr("Change log: %n op(s) replayed, ", nullptr, static_cast<int>(r->rebuild->opsReplayed))
              << Cli::tr("%n row(s) compared, ", nullptr, static_cast<int>(r->rebuild->rowsCompared))
              << (r->rebuild->ok() ? Cli::tr("no differences") : Cli::tr("%n difference(s):", nullptr,
                                                                          static_cast<int>(r->rebuild->differences.size())))
              << Qt::endl;
        for (const QString &d : r->rebuild->differences)
            out() << "  " << d << Qt::endl;
    }
    if (!r->ok())
        return fail(Cli::tr("The database has problems; see above."));
    return Ok;
}

int runBackup(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(userOption());
    p.addOption({QStringLiteral("out"), Cli::tr("The backup file to write."), QStringLiteral("FILE")});
    if (std::optional<int> stop = parse(p, args, Cli::tr("Back up a database with SQLite's online backup API (safe "
                                                         "while SifaDesk is running). The copy is verified before it "
                                                         "replaces FILE.")))
        return *stop;
    const QString outFile = p.value(QStringLiteral("out"));
    if (outFile.isEmpty())
        return fail(Cli::tr("Name the backup file with --out FILE."), Usage);
    int code = Ok;
    std::optional<OpenedWithAccess> opened = openWithAccess(p, &code);
    if (!opened)
        return code;
    Database &db = *opened->db;
    const Access &access = opened->access;
    if (Status s = Maintenance::backupTo(db, access, outFile); !s.ok())
        return fail(s.error());
    out() << Cli::tr("Backup written to %1.").arg(QDir::toNativeSeparators(outFile)) << Qt::endl;
    return Ok;
}

int runRestore(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(userOption());
    p.addOption({QStringLiteral("from"), Cli::tr("The backup file to restore."), QStringLiteral("FILE")});
    if (std::optional<int> stop = parse(p, args, Cli::tr("Restore a database from a backup. The backup is verified "
                                                         "first and the current database is kept as a safety copy "
                                                         "in its backup folder.")))
        return *stop;
    const QString dbPath = p.value(QStringLiteral("db"));
    const QString from = p.value(QStringLiteral("from"));
    if (dbPath.isEmpty() || from.isEmpty())
        return fail(Cli::tr("sifa restore needs --db FILE and --from FILE."), Usage);
    Access access = Access::fileLevel(osActorName());
    if (p.isSet(QStringLiteral("user"))) {
        int code = Ok;
        std::optional<OpenedWithAccess> opened = openWithAccess(p, &code);
        if (!opened)
            return code;
        access = opened->access;  // the database is closed again before the restore takes its lock
    }
    Result<RestoreReport> r = Maintenance::restore(dbPath, from, access);
    if (!r)
        return fail(r.error());
    out() << Cli::tr("Restored %1 from %2.").arg(QDir::toNativeSeparators(dbPath), QDir::toNativeSeparators(from))
          << Qt::endl;
    if (!r->safetyCopy.isEmpty())
        out() << Cli::tr("The database it replaced was kept as %1.").arg(QDir::toNativeSeparators(r->safetyCopy))
              << Qt::endl;
    return Ok;
}

int runAudit(const QStringList &args)
{
    const QString sub = args.value(1);
    const QStringList rest = args.mid(1);
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(userOption());
    p.addOption(jsonOption());
    if (sub == QLatin1String("verify")) {
        if (std::optional<int> stop = parse(p, rest, Cli::tr("Verify the audit trail's hash chain and report every "
                                                             "edited, deleted or reordered record.")))
            return *stop;
        int code = Ok;
        auto db = openDatabase(p, &code);
        if (!db)
            return code;
        Result<AuditVerification> v = AuditLog::verify(**db);
        if (!v)
            return fail(v.error());
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray problems;
            for (const AuditProblem &a : v->problems)
                problems.append(QJsonObject{{QStringLiteral("seq"), a.seq}, {QStringLiteral("message"), a.message}});
            printJson(QJsonObject{{QStringLiteral("ok"), v->ok()},
                                  {QStringLiteral("checked"), v->checked},
                                  {QStringLiteral("problems"), problems}});
            return v->ok() ? Ok : Failed;
        }
        if (v->ok()) {
            out() << Cli::tr("The audit trail is intact (%n record(s)).", nullptr, static_cast<int>(v->checked))
                  << Qt::endl;
            return Ok;
        }
        for (const AuditProblem &a : v->problems)
            out() << a.message << Qt::endl;
        return fail(Cli::tr("The audit trail has been tampered with; see above."));
    }
    if (sub == QLatin1String("list")) {
        p.addOption({QStringLiteral("limit"), Cli::tr("At most N records (default 100)."), QStringLiteral("N"),
                     QStringLiteral("100")});
        p.addOption({QStringLiteral("actor"), Cli::tr("Only records of this user."), QStringLiteral("USER")});
        p.addOption({QStringLiteral("action"), Cli::tr("Only actions starting with this, e.g. auth."), QStringLiteral("TEXT")});
        if (std::optional<int> stop = parse(p, rest, Cli::tr("List the audit trail, newest first (auditors only).")))
            return *stop;
        int code = Ok;
        auto in = openAndSignIn(p, &code);
        if (!in)
            return code;
        auto *db = &in->db;  // **db is the Database
        const Session *session = &in->session;
        AuditFilter f;
        f.limit = qBound(1, p.value(QStringLiteral("limit")).toInt(), 100000);
        f.actor = p.value(QStringLiteral("actor"));
        f.actionPrefix = p.value(QStringLiteral("action"));
        Result<QList<AuditEntry>> rows = AuditLog::list(**db, *session, f);
        if (!rows)
            return fail(rows.error());
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray arr;
            for (const AuditEntry &e : *rows) {
                arr.append(QJsonObject{{QStringLiteral("seq"), e.seq}, {QStringLiteral("at"), e.at},
                                       {QStringLiteral("actor"), e.actor}, {QStringLiteral("role"), e.role},
                                       {QStringLiteral("action"), e.action}, {QStringLiteral("entity"), e.entity},
                                       {QStringLiteral("record"), e.record}, {QStringLiteral("detail"), e.detail}});
            }
            printJson(arr);
            return Ok;
        }
        for (const AuditEntry &e : *rows)
            out() << e.seq << '\t' << e.at << '\t' << e.actor << '\t' << e.role << '\t' << e.action << '\t'
                  << e.entity << '\t' << e.record << '\t' << e.detail << Qt::endl;
        return Ok;
    }
    const QString usage = Cli::tr("Usage: sifa audit verify|list --db FILE ... (--help on each)");
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out() << usage << Qt::endl;
        return Ok;
    }
    return fail(usage, Usage);
}

}  // namespace sifa::cli
