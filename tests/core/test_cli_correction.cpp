// sifa correction import|list|export, run as an officer would from a shell.
#include "CatchCompat.h"
#include "CorrectionLedgerRows.h"
#include "TestSupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace sifa;
using namespace sifa::test::correction;

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

// A new office database with an officer "zhou" (correction) and a mediator "li".
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
         {std::tuple{"zhou", "correction", "Officer-Pass-1"}, std::tuple{"li", "mediator", "Mediator-Pass-1"}}) {
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

QJsonArray listJson(const QString &db, const QStringList &extra = {})
{
    const Run r = sifaCli(QStringList{QStringLiteral("correction"), QStringLiteral("list"), QStringLiteral("--db"), db,
                                      QStringLiteral("--format"), QStringLiteral("json")}
                              + as(QStringLiteral("zhou")) + extra,
                          kOfficer);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

}  // namespace

TEST_CASE("sifa correction import list export", "[cli][correction]")
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
    badRows[2][3] = u8("监禁");
    badRows[3][9] = QStringLiteral("2023-01-01");
    badRows[2][14] = QString();
    badRows[4][3] = u8("暂予监外执行");
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    writeCsv(bad, badRows);

    // A bad ledger: every bad value listed by row and column, exit 1, nothing written; a dry
    // run says the same.
    for (const bool dry : {true, false}) {
        QStringList args{QStringLiteral("correction"), QStringLiteral("import"), bad, QStringLiteral("--db"), db};
        args << as(QStringLiteral("zhou"));
        if (dry)
            args << QStringLiteral("--dry-run");
        const Run r = sifaCli(args, kOfficer);
        INFO(r.out.toStdString() + r.err.toStdString());
        CHECK(r.code == 1);
        CHECK(r.out.contains(u8("row 1, 身份证号 (column B): ")));
        CHECK(r.out.contains(u8("row 2, 矫正类别 (column D): ")));
        CHECK(r.out.contains(u8("row 3, 矫正终止日期 (column J): ")));
        CHECK(r.out.contains(u8("row 4, 暂予监外执行情形 (column O): ")));
        CHECK_FALSE(r.out.contains(QStringLiteral("row 5")));
        CHECK(r.err.contains(QStringLiteral("nothing was written")));
    }
    CHECK(listJson(db).isEmpty());

    // A good one: the dry run writes nothing, the import writes six files, a second import none.
    Run r = sifaCli({QStringLiteral("correction"), QStringLiteral("import"), good, QStringLiteral("--db"), db,
                     QStringLiteral("--dry-run")});
    INFO(r.out.toStdString() + r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Dry run: 6 file")));
    CHECK(listJson(db).isEmpty());
    r = sifaCli(QStringList{QStringLiteral("correction"), QStringLiteral("import"), good, QStringLiteral("--db"), db}
                    + as(QStringLiteral("zhou")),
                kOfficer);
    INFO(r.out.toStdString() + r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Imported 6 file")));
    r = sifaCli({QStringLiteral("correction"), QStringLiteral("import"), goodXlsx, QStringLiteral("--db"), db});
    CHECK(r.code == 1);
    CHECK(r.out.contains(QStringLiteral("already in the database")));

    // list: masked ID numbers, the fields scripts rely on, filters and search.
    const QJsonArray all = listJson(db);
    REQUIRE(all.size() == 6);
    for (const QJsonValue &v : all) {
        const QJsonObject o = v.toObject();
        for (const char *key : {"uuid", "name", "id_number", "correction_type", "status", "period_from", "period_to"})
            CHECK(o.contains(QLatin1String(key)));
        CHECK(o.value(QStringLiteral("id_number")).toString().contains(QStringLiteral("********")));
    }
    CHECK(all[0].toObject().value(QStringLiteral("name")).toString() == u8("张三"));
    CHECK(all[0].toObject().value(QStringLiteral("id_number")).toString()
          == zhangSanId().left(6) + QStringLiteral("********") + zhangSanId().right(4));
    CHECK(listJson(db, {QStringLiteral("--status"), QStringLiteral("active")}).size() == 4);
    QJsonArray found = listJson(db, {QStringLiteral("--status"), QStringLiteral("released")});
    REQUIRE(found.size() == 1);
    CHECK(found[0].toObject().value(QStringLiteral("name")).toString() == u8("王五"));
    found = listJson(db, {QStringLiteral("--status"), QStringLiteral("terminated")});
    REQUIRE(found.size() == 1);
    CHECK(found[0].toObject().value(QStringLiteral("name")).toString() == u8("钱七"));
    found = listJson(db, {QStringLiteral("--search"), QStringLiteral("zs")});
    REQUIRE(found.size() == 1);
    CHECK(found[0].toObject().value(QStringLiteral("name")).toString() == u8("张三"));
    CHECK(listJson(db, {QStringLiteral("--search"), u8("盗窃")}).size() == 2);
    CHECK(listJson(db, {QStringLiteral("--search"), u8("盗窃"), QStringLiteral("--status"),
                        QStringLiteral("awaiting_report")})
              .size()
          == 1);
    r = sifaCli({QStringLiteral("correction"), QStringLiteral("list"), QStringLiteral("--db"), db,
                 QStringLiteral("--status"), QStringLiteral("paroled")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("under_correction")));
    r = sifaCli({QStringLiteral("correction"), QStringLiteral("list"), QStringLiteral("--db"), db});
    REQUIRE(r.code == 0);
    CHECK(r.out.startsWith(QStringLiteral("name,id_number,")));
    CHECK(r.out.count(QLatin1Char('\n')) == 7);
    CHECK_FALSE(r.out.contains(zhangSanId()));

    // export: XLSX and CSV with full ID numbers, each importing again into a fresh office.
    const QString xlsx = dir.filePath(QStringLiteral("export.xlsx"));
    r = sifaCli(QStringList{QStringLiteral("correction"), QStringLiteral("export"), QStringLiteral("--db"), db,
                            QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), xlsx}
                    + as(QStringLiteral("zhou")),
                kOfficer);
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("6 file")));
    CHECK(QFileInfo(xlsx).size() > 1000);
    const QString csv = dir.filePath(QStringLiteral("export.csv"));
    r = sifaCli({QStringLiteral("correction"), QStringLiteral("export"), QStringLiteral("--db"), db,
                 QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csv});
    CHECK(r.code == 0);
    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    const QString csvText = QString::fromUtf8(csvFile.readAll());
    CHECK(csvText.contains(zhangSanId()));
    CHECK(csvText.contains(u8("期满解除")));
    r = sifaCli({QStringLiteral("correction"), QStringLiteral("export"), QStringLiteral("--db"), db,
                 QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), csv});
    CHECK(r.code == 2);

    for (const QString &file : {xlsx, csv}) {
        const QString fresh = newOffice(dir, QFileInfo(file).suffix() + QStringLiteral("-copy.sqlite"));
        r = sifaCli(QStringList{QStringLiteral("correction"), QStringLiteral("import"), file, QStringLiteral("--db"),
                                fresh}
                        + as(QStringLiteral("zhou")),
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
            for (const char *key : {"uuid", "person_uuid", "officer"}) {
                a.remove(QLatin1String(key));
                b.remove(QLatin1String(key));
            }
            CHECK(a == b);
        }
    }

    // The mediator may not touch correction files.
    for (const QStringList &args :
         {QStringList{QStringLiteral("correction"), QStringLiteral("list"), QStringLiteral("--db"), db},
          QStringList{QStringLiteral("correction"), QStringLiteral("import"), good, QStringLiteral("--db"), db},
          QStringList{QStringLiteral("correction"), QStringLiteral("export"), QStringLiteral("--db"), db,
                      QStringLiteral("--out"), dir.filePath(QStringLiteral("refused.xlsx"))}}) {
        r = sifaCli(args + as(QStringLiteral("li")), kMediator);
        INFO(args.join(QLatin1Char(' ')).toStdString() + "\n" + r.err.toStdString());
        CHECK(r.code == 1);
        CHECK(r.err.startsWith(QStringLiteral("sifa: ")));
        CHECK(r.out.isEmpty());
    }
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("refused.xlsx"))));
    CHECK(listJson(db).size() == 6);

    // Help.
    r = sifaCli({QStringLiteral("--help")});
    CHECK(r.out.contains(QStringLiteral("correction")));
    r = sifaCli({QStringLiteral("correction"), QStringLiteral("import"), QStringLiteral("--help")});
    CHECK(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("--dry-run")));
    r = sifaCli({QStringLiteral("correction"), QStringLiteral("sideways")});
    CHECK(r.code == 2);
}
