#include "Commands.h"
#include "Console.h"

#include "domain/Numbering.h"
#include "settings/DbSettings.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sifa::cli {

int runSettings(const QStringList &args)
{
    const QString sub = args.value(1);
    const QStringList rest = args.mid(1);
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(userOption());
    p.addOption(jsonOption());
    if (sub == QLatin1String("list")) {
        if (std::optional<int> stop = parse(p, rest, Cli::tr("List the office settings (administrators only).")))
            return *stop;
    } else if (sub == QLatin1String("set")) {
        p.addOption({QStringLiteral("key"), Cli::tr("The setting's key (see sifa settings list)."), QStringLiteral("KEY")});
        p.addOption({QStringLiteral("value"), Cli::tr("The new value."), QStringLiteral("VALUE")});
        if (std::optional<int> stop = parse(p, rest, Cli::tr("Change an office setting (administrators only).")))
            return *stop;
    } else {
        const QString usage = Cli::tr("Usage: sifa settings list|set --db FILE --user USER ... (--help on each)");
        if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
            out() << usage << Qt::endl;
            return Ok;
        }
        return fail(usage, Usage);
    }
    int code = Ok;
    auto in = openAndSignIn(p, &code);
    if (!in)
        return code;
    auto *db = &in->db;  // **db is the Database
    const Session *session = &in->session;
    if (Status s = requirePermission(**db, *session, Permission::SettingsManage); !s.ok())
        return fail(s.error());

    if (sub == QLatin1String("set")) {
        const QString key = p.value(QStringLiteral("key"));
        const QString value = p.value(QStringLiteral("value"));
        Status s;
        if (const SettingDef *def = DbSettings::find(key)) {
            s = DbSettings::set(**db, *session, *def, value);
        } else if (key.startsWith(QLatin1String("numbering.")) && Numbering::docType(key.mid(10))) {
            s = Numbering::setPattern(**db, *session, key.mid(10), value);
        } else {
            return fail(Cli::tr("There is no setting %1; see sifa settings list.").arg(key), Usage);
        }
        if (!s.ok())
            return fail(s.error());
        out() << Cli::tr("Done.") << Qt::endl;
        return Ok;
    }

    QJsonArray arr;
    for (const SettingDef *def : DbSettings::all()) {
        const QString value = DbSettings::value(**db, *def).toString();
        arr.append(QJsonObject{{QStringLiteral("key"), def->key}, {QStringLiteral("value"), value},
                               {QStringLiteral("label"), DbSettings::label(*def)}});
    }
    for (const DocType &t : Numbering::docTypes()) {
        arr.append(QJsonObject{{QStringLiteral("key"), QString(QStringLiteral("numbering.") + t.id)},
                               {QStringLiteral("value"), Numbering::pattern(**db, t.id)},
                               {QStringLiteral("label"), Numbering::label(t.id)}});
    }
    if (p.isSet(QStringLiteral("json"))) {
        printJson(arr);
        return Ok;
    }
    for (const QJsonValue &v : std::as_const(arr)) {
        const QJsonObject o = v.toObject();
        out() << o.value(QStringLiteral("key")).toString() << " = " << o.value(QStringLiteral("value")).toString()
              << "\t# " << o.value(QStringLiteral("label")).toString() << Qt::endl;
    }
    return Ok;
}

}  // namespace sifa::cli
