#include "CatchCompat.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace sifa;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run runSifa(const QStringList &args, const QMap<QString, QString> &env = {}, const QByteArray &stdinData = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("SIFA_PASSWORD"));
    e.remove(QStringLiteral("SIFA_NEW_PASSWORD"));
    e.insert(QStringLiteral("SIFA_LANG"), QStringLiteral("en"));
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(SIFA_CLI_PATH), args);
    REQUIRE(p.waitForStarted());
    p.write(stdinData);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

const QMap<QString, QString> kAdmin{{QStringLiteral("SIFA_PASSWORD"), QStringLiteral("Admin-Pass-1")}};

}  // namespace

TEST_CASE("sifa --version --help and --help on every subcommand", "[cli]")
{
    const Run v = runSifa({QStringLiteral("--version")});
    CHECK(v.code == 0);
    CHECK(v.out.startsWith(QStringLiteral("sifa ")));
    const Run h = runSifa({QStringLiteral("--help")});
    CHECK(h.code == 0);
    for (const char *cmd : {"init", "user", "person", "dispute", "todo", "settings", "check", "backup", "restore", "audit", "demo"})
        CHECK(h.out.contains(QString::fromLatin1(cmd)));
    const QList<QStringList> subcommands{
        {QStringLiteral("init")},          {QStringLiteral("user"), QStringLiteral("add")},
        {QStringLiteral("user"), QStringLiteral("list")}, {QStringLiteral("person"), QStringLiteral("add")},
        {QStringLiteral("person"), QStringLiteral("list")}, {QStringLiteral("person"), QStringLiteral("show")},
        {QStringLiteral("check")},         {QStringLiteral("backup")},
        {QStringLiteral("restore")},       {QStringLiteral("audit"), QStringLiteral("verify")},
        {QStringLiteral("demo")},          {QStringLiteral("settings"), QStringLiteral("list")},
        {QStringLiteral("dispute"), QStringLiteral("import")}, {QStringLiteral("dispute"), QStringLiteral("list")},
        {QStringLiteral("dispute"), QStringLiteral("export")}, {QStringLiteral("todo")},
    };
    for (QStringList args : subcommands) {
        args << QStringLiteral("--help");
        const Run r = runSifa(args);
        INFO(args.join(u' ').toStdString());
        CHECK(r.code == 0);
        CHECK(r.out.contains(QStringLiteral("--")));
    }
    const Run bad = runSifa({QStringLiteral("frobnicate")});
    CHECK(bad.code == 2);
    CHECK(bad.err.count(QLatin1Char('\n')) == 1);  // one line
}

TEST_CASE("a whole session on the command line", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.sqlite"));
    Run r = runSifa({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--office-code"), QStringLiteral("330225101"),
                  QStringLiteral("--office-name"), QStringLiteral("石浦镇司法所"), QStringLiteral("--admin"), QStringLiteral("admin")},
                 kAdmin);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    // init refuses to overwrite
    CHECK(runSifa({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--office-code"), QStringLiteral("330225101"),
                QStringLiteral("--office-name"), QStringLiteral("x"), QStringLiteral("--admin"), QStringLiteral("admin")},
               kAdmin)
              .code
          == 1);

    QMap<QString, QString> env = kAdmin;
    env.insert(QStringLiteral("SIFA_NEW_PASSWORD"), QStringLiteral("Clerk-Pass-1"));
    r = runSifa({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin"),
              QStringLiteral("--name"), QStringLiteral("xiaowang"), QStringLiteral("--role"), QStringLiteral("clerk")},
             env);
    REQUIRE(r.code == 0);
    r = runSifa({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin"),
              QStringLiteral("--json")},
             kAdmin);
    REQUIRE(r.code == 0);
    CHECK(QJsonDocument::fromJson(r.out.toUtf8()).array().size() == 2);

    const QMap<QString, QString> clerk{{QStringLiteral("SIFA_PASSWORD"), QStringLiteral("Clerk-Pass-1")}};
    const QStringList base{QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("xiaowang")};
    r = runSifa(QStringList{QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("张三"),
                         QStringLiteral("--id-number"), QStringLiteral("11010519491231002X"), QStringLiteral("--phone"),
                         QStringLiteral("13812345678")} + base,
             clerk);
    REQUIRE(r.code == 0);
    const QString uuid = r.out.trimmed();
    CHECK(uuid.size() == 36);

    // The same ID number again: exit code 3 and the existing person's id.
    r = runSifa(QStringList{QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("张叁"),
                         QStringLiteral("--id-number"), QStringLiteral("110105491231002")} + base,
             clerk);
    CHECK(r.code == 3);
    CHECK(r.err.contains(uuid));

    // Bad input: a clear one-line message.
    r = runSifa(QStringList{QStringLiteral("person"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("李四"),
                         QStringLiteral("--id-number"), QStringLiteral("110105194912310021")} + base,
             clerk);
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("should be X")));

    r = runSifa(QStringList{QStringLiteral("person"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--search"),
                         QStringLiteral("zs")} + base,
             clerk);
    REQUIRE(r.code == 0);
    const QJsonArray people = QJsonDocument::fromJson(r.out.toUtf8()).array();
    REQUIRE(people.size() == 1);
    CHECK(people.first().toObject().value(QStringLiteral("id_number")).toString() == QStringLiteral("110105********002X"));

    r = runSifa(QStringList{QStringLiteral("person"), QStringLiteral("show"), QStringLiteral("--uuid"), uuid, QStringLiteral("--json")} + base,
             clerk);
    REQUIRE(r.code == 0);
    CHECK(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("birth_date")).toString()
          == QStringLiteral("1949-12-31"));

    // Wrong password: refused.
    r = runSifa(QStringList{QStringLiteral("person"), QStringLiteral("list")} + base,
             {{QStringLiteral("SIFA_PASSWORD"), QStringLiteral("nope-nope")}});
    CHECK(r.code == 1);

    // Password from standard input when there is no terminal and no variable.
    r = runSifa(QStringList{QStringLiteral("person"), QStringLiteral("list")} + base, {}, QByteArray("Clerk-Pass-1\n"));
    CHECK(r.code == 0);

    // Check, backup, restore.
    r = runSifa({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--rebuild-compare"), QStringLiteral("--json")});
    REQUIRE(r.code == 0);
    const QJsonObject check = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(check.value(QStringLiteral("ok")).toBool());
    CHECK(check.value(QStringLiteral("journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(check.value(QStringLiteral("rebuild")).toObject().value(QStringLiteral("differences")).toArray().isEmpty());

    const QString backup = dir.filePath(QStringLiteral("b.sifabak"));
    CHECK(runSifa({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"), backup}).code == 0);
    CHECK(runSifa(QStringList{QStringLiteral("person"), QStringLiteral("delete"), QStringLiteral("--uuid"), uuid,
                           QStringLiteral("--reason"), QStringLiteral("test")} + base,
               clerk)
              .code
          == 0);
    CHECK(runSifa({QStringLiteral("restore"), QStringLiteral("--db"), db, QStringLiteral("--from"), backup}).code == 0);
    r = runSifa(QStringList{QStringLiteral("person"), QStringLiteral("list"), QStringLiteral("--json")} + base, clerk);
    CHECK(QJsonDocument::fromJson(r.out.toUtf8()).array().size() == 1);
    CHECK(runSifa({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db}).code == 0);

    // Missing arguments: exit code 2.
    CHECK(runSifa({QStringLiteral("backup"), QStringLiteral("--db"), db}).code == 2);
    CHECK(runSifa({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), db}).code == 2);
}

TEST_CASE("the CLI refuses foreign and newer files with one clear line", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("not-a-db.sqlite"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("hello");
    f.close();
    const Run r = runSifa({QStringLiteral("check"), QStringLiteral("--db"), path});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("not a SifaDesk database")));
    CHECK(r.err.count(QLatin1Char('\n')) == 1);
}
