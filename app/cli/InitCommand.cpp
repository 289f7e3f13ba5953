#include "Commands.h"
#include "Console.h"

#include "domain/Office.h"
#include "storage/Database.h"

#include <QDir>

namespace sifa::cli {

int runInit(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption({QStringLiteral("office-code"),
                 Cli::tr("9-digit township code (GB/T 2260 + GB/T 10114), or the 6-digit county code with "
                         "--mode county."),
                 QStringLiteral("CODE")});
    p.addOption({QStringLiteral("office-name"), Cli::tr("The office's name, e.g. 石浦镇司法所."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("admin"), Cli::tr("User name of the first administrator (password from "
                                                  "SIFA_PASSWORD or a prompt)."),
                 QStringLiteral("USER")});
    p.addOption({QStringLiteral("admin-name"), Cli::tr("The administrator's full name."), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("mode"), Cli::tr("township (default) or county."), QStringLiteral("MODE"),
                 QStringLiteral("township")});
    if (std::optional<int> stop = parse(p, args, Cli::tr("Create a new office database.")))
        return *stop;

    const QString path = p.value(QStringLiteral("db"));
    if (path.isEmpty() || !p.isSet(QStringLiteral("office-code")) || !p.isSet(QStringLiteral("office-name"))
        || !p.isSet(QStringLiteral("admin"))) {
        return fail(Cli::tr("sifa init needs --db, --office-code, --office-name and --admin."), Usage);
    }
    const std::optional<OfficeMode> mode = Office::modeFromId(p.value(QStringLiteral("mode")));
    if (!mode)
        return fail(Cli::tr("--mode is township or county."), Usage);

    OfficeSetup setup;
    setup.code = p.value(QStringLiteral("office-code"));
    setup.name = p.value(QStringLiteral("office-name"));
    setup.mode = *mode;
    setup.adminUser = p.value(QStringLiteral("admin"));
    setup.adminDisplayName = p.value(QStringLiteral("admin-name"));
    QStringList notices;
    if (Status s = Office::validate(setup, &notices); !s.ok())
        return fail(s.error());
    if (Database::probe(path).exists)
        return fail(Cli::tr("%1 already exists; choose another file name.").arg(QDir::toNativeSeparators(path)));

    const std::optional<QString> pw =
        readPassword("SIFA_PASSWORD", Cli::tr("Password for the administrator %1:").arg(setup.adminUser), true);
    if (!pw)
        return fail(Cli::tr("No password was given (set SIFA_PASSWORD or type it at the prompt)."));
    setup.adminPassword = *pw;

    Result<std::unique_ptr<Database>> db = Office::createDatabase(path, setup);
    if (!db)
        return fail(db.error());
    for (const QString &n : std::as_const(notices))
        err() << Cli::tr("note: %1").arg(n) << Qt::endl;
    const OfficeInfo info = Office::info(**db);
    out() << Cli::tr("Created %1 for %2 (%3, %4); administrator: %5.")
                 .arg(QDir::toNativeSeparators(path), info.name, info.code,
                      info.isCounty() ? Cli::tr("county bureau") : Cli::tr("township office"), setup.adminUser)
          << Qt::endl;
    return Ok;
}

}  // namespace sifa::cli
