// sifa placement import|list|export, run as an officer would from a shell.
#include "CatchCompat.h"
#include "PlacementLedgerRows.h"
#include "TestSupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace sifa;
using namespace sifa::test::placement;

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
    e.remove(QStringLiteral("SIFA_NEW_PASSWORD"));
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

const QMap<QString, QString> kAdmin{{QStringLiteral("SIFA_PASSWORD"), QStringLiteral("Admin-Pass-1")}};
const QMap<QString, QString> kOfficer{{QStringLiteral("SIFA_PASSWORD"), QStringLiteral("Officer-Pass-1")}};
const QMap<QString, QString> kMediator{{QStringLiteral("SIFA_PASSWORD"), QStringLiteral("Mediator-Pass-1")}};

// A new office database with a placement officer "wu" and a mediator "li".
QString newOffice(const QTemporaryDir &dir, const QString &name)
{
    const QString db = dir.filePath(name);
    Run r = sifaCli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--office-code"),
                     QStringLiteral("330225101"), QStringLiteral("--office-name"), u8("石浦镇司法所"),
                     QStringLiteral("--admin"), QStringLiteral("admin")},
                    kAdmin);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    for (const auto &[user, role, password] :
         {std::tuple{"wu", "placement", "Officer-Pass-1"}, std::tuple{"li", "mediator", "Mediator-Pass-1"}}) {
        QMap<QString, QString> env = kAdmin;
        env.insert(QStringLiteral("SIFA_NEW_PASSWORD"), QLatin1String(password));
        r = sifaCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("--user"),
                     QStringLiteral("admin"), QStringLiteral("--name"), QLatin1String(user), QStringLiteral("--role"),
                     QLatin1String(role)},
                    env);
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
    }
    return db;
}

QStringList as(const QString &user)
{
    return {QStringLiteral("--user"), user};
}

Run listRun(const QString &db, const QStringList &extra = {})
{
    return sifaCli(QStringList{QStringLiteral("placement"), QStringLiteral("list"), QStringLiteral("--db"), db,
                               QStringLiteral("--format"), QStringLiteral("json")}
                       + as(QStringLiteral("wu")) + extra,
                   kOfficer);
}

QJsonArray listJson(const QString &db, const QStringList &extra = {})
{
    const Run r = listRun(db, extra);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

QStringList names(const QJsonArray &a)
{
    QStringList out;
    for (const QJsonValue &v : a)
        out << v.toObject().value(QStringLiteral("name")).toString();
    out.sort();
    return out;
}

}  // namespace

TEST_CASE("sifa placement import list export", "[cli][placement]")
{
    QTemporaryDir dir;
    const QString db = newOffice(dir, QStringLiteral("office.sqlite"));
    const QString good = dir.filePath(QStringLiteral("ledger.csv"));
    writeCsv(good, goodRows());
    const QString goodXlsx = dir.filePath(QStringLiteral("ledger.xlsx"));
    writeXlsx(goodXlsx, goodRows());
    QList<QStringList> badRows = goodRows();
    badRows[1][1] = badRows[1][1].left(17) + (badRows[1][1].endsWith(QLatin1Char('1')) ? QStringLiteral("2")
                                                                                         : QStringLiteral("1"));
    badRows[3][17] = u8("升天");
    badRows[3][16] = QStringLiteral("2026-11-01");
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    writeCsv(bad, badRows);

    // A bad ledger: every bad value listed by row and column, exit 1, nothing written; a dry
    // run says the same.
    for (const bool dry : {true, false}) {
        QStringList args{QStringLiteral("placement"), QStringLiteral("import"), bad, QStringLiteral("--db"), db};
        args << as(QStringLiteral("wu"));
        if (dry)
            args << QStringLiteral("--dry-run");
        const Run r = sifaCli(args, kOfficer);
        INFO(r.out.toStdString() + r.err.toStdString());
        CHECK(r.code == 1);
        CHECK(r.out.contains(u8("row 1, 身份证号 (column B): ")));
        CHECK(r.out.contains(u8("row 3, 解除原因 (column R): \"升天\" is not one of")));
        CHECK_FALSE(r.out.contains(QStringLiteral("row 2")));
        CHECK(r.err.contains(QStringLiteral("nothing was written")));
    }
    CHECK(listJson(db).isEmpty());

    // A good one: the dry run writes nothing, the import writes six files, a second import none.
    Run r = sifaCli(QStringList{QStringLiteral("placement"), QStringLiteral("import"), good, QStringLiteral("--db"), db,
                                QStringLiteral("--dry-run")}
                        + as(QStringLiteral("wu")),
                    kOfficer);
    INFO(r.out.toStdString() + r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Dry run: 6 file")));
    CHECK(r.out.contains(QStringLiteral("Placements: 3; categories recorded as assessments: 4.")));
    CHECK(listJson(db).isEmpty());
    r = sifaCli(QStringList{QStringLiteral("placement"), QStringLiteral("import"), good, QStringLiteral("--db"), db}
                    + as(QStringLiteral("wu")),
                kOfficer);
    INFO(r.out.toStdString() + r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Imported 6 file")));
    r = sifaCli(QStringList{QStringLiteral("placement"), QStringLiteral("import"), goodXlsx, QStringLiteral("--db"), db}
                    + as(QStringLiteral("wu")),
                kOfficer);
    CHECK(r.code == 1);
    CHECK(r.out.contains(QStringLiteral("already in the database")));

    // list: masked ID numbers unless --show-id (audited), the fields scripts rely on, filters.
    const QJsonArray all = listJson(db);
    REQUIRE(all.size() == 6);
    for (const QJsonValue &v : all) {
        const QJsonObject o = v.toObject();
        for (const char *key : {"uuid", "name", "id_number", "source", "status", "category", "handover_status",
                                "release_date", "assist_end_date"})
            CHECK(o.contains(QLatin1String(key)));
        CHECK(o.value(QStringLiteral("id_number")).toString().contains(QStringLiteral("********")));
    }
    CHECK(names(listJson(db, {QStringLiteral("--status"), QStringLiteral("assisting")}))
          == QStringList{u8("张三"), u8("李四"), u8("王五"), u8("赵六")});
    CHECK(names(listJson(db, {QStringLiteral("--status"), QStringLiteral("reoffended")})) == QStringList{u8("孙八")});
    CHECK(names(listJson(db, {QStringLiteral("--search"), u8("盗窃")})) == QStringList{u8("孙八"), u8("张三")});
    CHECK(names(listJson(db, {QStringLiteral("--search"), u8("盗窃"), QStringLiteral("--status"),
                              QStringLiteral("assisting")}))
          == QStringList{u8("张三")});
    CHECK(names(listJson(db, {QStringLiteral("--category"), QStringLiteral("key")})) == QStringList{u8("张三")});
    CHECK(names(listJson(db, {QStringLiteral("--handover"), QStringLiteral("pending")})) == QStringList{u8("王五")});
    const QJsonArray revealed = listJson(db, {QStringLiteral("--show-id"), QStringLiteral("--search"), u8("张三")});
    REQUIRE(revealed.size() == 1);
    CHECK(revealed[0].toObject().value(QStringLiteral("id_number")).toString() == zhangSanId());
    r = listRun(db, {QStringLiteral("--status"), QStringLiteral("paroled")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("assisting")));
    r = sifaCli(QStringList{QStringLiteral("placement"), QStringLiteral("list"), QStringLiteral("--db"), db}
                    + as(QStringLiteral("wu")),
                kOfficer);
    REQUIRE(r.code == 0);
    CHECK(r.out.startsWith(QStringLiteral("name,id_number,")));
    CHECK(r.out.count(QLatin1Char('\n')) == 7);
    CHECK_FALSE(r.out.contains(zhangSanId()));

    // export: XLSX and CSV with full ID numbers, each importing again into a fresh office.
    const QString xlsx = dir.filePath(QStringLiteral("export.xlsx"));
    r = sifaCli(QStringList{QStringLiteral("placement"), QStringLiteral("export"), QStringLiteral("--db"), db,
                            QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), xlsx}
                    + as(QStringLiteral("wu")),
                kOfficer);
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("6 file")));
    CHECK(QFileInfo(xlsx).size() > 1000);
    const QString csv = dir.filePath(QStringLiteral("export.csv"));
    r = sifaCli(QStringList{QStringLiteral("placement"), QStringLiteral("export"), QStringLiteral("--db"), db,
                            QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csv}
                    + as(QStringLiteral("wu")),
                kOfficer);
    CHECK(r.code == 0);
    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    const QString csvText = QString::fromUtf8(csvFile.readAll());
    CHECK(csvText.contains(zhangSanId()));
    CHECK(csvText.contains(u8("期满解除")));
    r = sifaCli(QStringList{QStringLiteral("placement"), QStringLiteral("export"), QStringLiteral("--db"), db,
                            QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), csv}
                    + as(QStringLiteral("wu")),
                kOfficer);
    CHECK(r.code == 2);
    r = sifaCli(QStringList{QStringLiteral("placement"), QStringLiteral("export"), QStringLiteral("--db"), db}
                    + as(QStringLiteral("wu")),
                kOfficer);
    CHECK(r.code == 2);

    for (const QString &file : {xlsx, csv}) {
        const QString fresh = newOffice(dir, QFileInfo(file).suffix() + QStringLiteral("-copy.sqlite"));
        r = sifaCli(QStringList{QStringLiteral("placement"), QStringLiteral("import"), file, QStringLiteral("--db"),
                                fresh}
                        + as(QStringLiteral("wu")),
                    kOfficer);
        INFO(file.toStdString() + "\n" + r.out.toStdString() + r.err.toStdString());
        CHECK(r.code == 0);
        CHECK(r.out.contains(QStringLiteral("Imported 6 file")));
        CHECK_FALSE(r.out.contains(QStringLiteral("Not imported")));
        const QJsonArray copy = listJson(fresh);
        REQUIRE(copy.size() == all.size());
        for (int i = 0; i < copy.size(); ++i) {
            QJsonObject a = all[i].toObject();
            QJsonObject b = copy[i].toObject();
            for (const char *key : {"uuid", "person_uuid", "officer", "last_visit"}) {
                a.remove(QLatin1String(key));
                b.remove(QLatin1String(key));
            }
            CHECK(a == b);
        }
    }

    // The mediator may not touch resettlement files.
    for (const QStringList &args :
         {QStringList{QStringLiteral("placement"), QStringLiteral("list"), QStringLiteral("--db"), db},
          QStringList{QStringLiteral("placement"), QStringLiteral("import"), good, QStringLiteral("--db"), db},
          QStringList{QStringLiteral("placement"), QStringLiteral("export"), QStringLiteral("--db"), db,
                      QStringLiteral("--out"), dir.filePath(QStringLiteral("refused.xlsx"))}}) {
        r = sifaCli(args + as(QStringLiteral("li")), kMediator);
        INFO(args.join(QLatin1Char(' ')).toStdString() + "\n" + r.err.toStdString());
        CHECK(r.code == 1);
        CHECK(r.err.startsWith(QStringLiteral("sifa: ")));
        CHECK(r.out.isEmpty());
    }
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("refused.xlsx"))));
    CHECK(listJson(db).size() == 6);

    // Help and usage.
    r = sifaCli({QStringLiteral("--help")});
    CHECK(r.out.contains(QStringLiteral("placement")));
    r = sifaCli({QStringLiteral("placement"), QStringLiteral("import"), QStringLiteral("--help")});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("--dry-run")));
    r = sifaCli({QStringLiteral("placement"), QStringLiteral("sideways")});
    CHECK(r.code == 2);
    r = sifaCli({QStringLiteral("placement"), QStringLiteral("import"), QStringLiteral("--db"), db});
    CHECK(r.code == 2);
}
