// sifa dispute import|list|export and sifa todo, run as a clerk would from a shell.
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

Run sifaCli(const QStringList &args, const QMap<QString, QString> &env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("SIFA_PASSWORD"));
    e.insert(QStringLiteral("SIFA_LANG"), QStringLiteral("en"));
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(SIFA_CLI_PATH), args);
    REQUIRE(p.waitForStarted());
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(180000));
    return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString ledger(const char *name)
{
    return test::dataFile(QStringLiteral("mediation/") + QLatin1String(name));
}

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

}  // namespace

TEST_CASE("sifa dispute import list export and sifa todo", "[cli][mediation]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.sqlite"));
    const QMap<QString, QString> admin{{QStringLiteral("SIFA_PASSWORD"), QStringLiteral("Admin-Pass-1")}};
    Run r = sifaCli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--office-code"),
                     QStringLiteral("330225101"), QStringLiteral("--office-name"), u8("石浦镇司法所"),
                     QStringLiteral("--admin"), QStringLiteral("admin")},
                    admin);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);

    // A bad ledger: every bad row listed, exit 1, nothing written; a dry run says the same.
    for (const bool dry : {true, false}) {
        QStringList args{QStringLiteral("dispute"), QStringLiteral("import"), ledger("ledger-bad.csv"),
                         QStringLiteral("--db"), db};
        if (dry)
            args << QStringLiteral("--dry-run");
        r = sifaCli(args);
        CHECK(r.code == 1);
        for (int n = 2; n <= 16; ++n)
            CHECK(r.out.contains(QStringLiteral("row %1: ").arg(n)));
        CHECK_FALSE(r.out.contains(QStringLiteral("row 1: ")));
        CHECK(r.err.contains(QStringLiteral("nothing was written")));
    }

    // A good one: the dry run writes nothing, the import writes 8 cases.
    r = sifaCli({QStringLiteral("dispute"), QStringLiteral("import"), ledger("ledger-utf8.csv"), QStringLiteral("--db"),
                 db, QStringLiteral("--dry-run")});
    INFO(r.out.toStdString() + r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Dry run")));
    r = sifaCli({QStringLiteral("dispute"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                 QStringLiteral("json")});
    REQUIRE(r.code == 0);
    CHECK(QJsonDocument::fromJson(r.out.toUtf8()).array().isEmpty());
    r = sifaCli({QStringLiteral("dispute"), QStringLiteral("import"), ledger("ledger-utf8.csv"), QStringLiteral("--db"), db});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Imported 8 case")));
    // A second time: every row is a duplicate.
    r = sifaCli({QStringLiteral("dispute"), QStringLiteral("import"), ledger("ledger-utf8.csv"), QStringLiteral("--db"), db});
    CHECK(r.code == 1);
    CHECK(r.out.contains(QStringLiteral("already in the database")));

    // list: JSON with the fields scripts rely on, filters, search.
    r = sifaCli({QStringLiteral("dispute"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                 QStringLiteral("json")});
    REQUIRE(r.code == 0);
    const QJsonArray all = QJsonDocument::fromJson(r.out.toUtf8()).array();
    REQUIRE(all.size() == 8);
    for (const char *key : {"case_no", "accepted_date", "type", "status", "parties"})
        CHECK(all[0].toObject().contains(QLatin1String(key)));
    r = sifaCli({QStringLiteral("dispute"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                 QStringLiteral("json"), QStringLiteral("--search"), QStringLiteral("zs")});
    REQUIRE(r.code == 0);
    QJsonArray found = QJsonDocument::fromJson(r.out.toUtf8()).array();
    REQUIRE(found.size() >= 1);
    CHECK(found[0].toObject().value(QStringLiteral("parties")).toString().contains(u8("张三")));
    r = sifaCli({QStringLiteral("dispute"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                 QStringLiteral("json"), QStringLiteral("--status"), QStringLiteral("archived"), QStringLiteral("--from"),
                 QStringLiteral("2024-01-01"), QStringLiteral("--to"), QStringLiteral("2024-04-30")});
    REQUIRE(r.code == 0);
    found = QJsonDocument::fromJson(r.out.toUtf8()).array();
    REQUIRE(found.size() == 1);
    CHECK(found[0].toObject().value(QStringLiteral("case_no")).toString() == u8("（2024）石人调字第1号"));
    r = sifaCli({QStringLiteral("dispute"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--status"),
                 QStringLiteral("solved")});
    CHECK(r.code == 2);
    r = sifaCli({QStringLiteral("dispute"), QStringLiteral("list"), QStringLiteral("--db"), db});
    REQUIRE(r.code == 0);
    CHECK(r.out.startsWith(QStringLiteral("case_no,")));
    CHECK(r.out.count(QLatin1Char('\n')) == 9);

    // export: XLSX and CSV, each with a header and 8 rows.
    const QString xlsx = dir.filePath(QStringLiteral("ledger.xlsx"));
    r = sifaCli({QStringLiteral("dispute"), QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                 QStringLiteral("xlsx"), QStringLiteral("--out"), xlsx});
    CHECK(r.code == 0);
    CHECK(QFileInfo(xlsx).size() > 1000);
    const QString csv = dir.filePath(QStringLiteral("ledger.csv"));
    r = sifaCli({QStringLiteral("dispute"), QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                 QStringLiteral("csv"), QStringLiteral("--out"), csv});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("8 case")));

    // todo: the imported open cases have deadlines.
    r = sifaCli({QStringLiteral("todo"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(r.code == 0);
    const QJsonArray todo = QJsonDocument::fromJson(r.out.toUtf8()).array();
    CHECK_FALSE(todo.isEmpty());
    for (const QJsonValue &v : todo) {
        CHECK_FALSE(v.toObject().value(QStringLiteral("due")).toString().isEmpty());
        CHECK_FALSE(v.toObject().value(QStringLiteral("kind")).toString().isEmpty());
    }
    r = sifaCli({QStringLiteral("todo"), QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin"),
                 QStringLiteral("--format"), QStringLiteral("json")},
                admin);
    // The administrator works in no module: nothing is theirs to do.
    CHECK(r.code == 0);
    CHECK(QJsonDocument::fromJson(r.out.toUtf8()).array().isEmpty());
}
