// sifa report, run as an officer would from a shell: the 人民调解 report of the eight cases of
// tests/data/mediation/ledger-utf8.csv as JSON, CSV, XLSX and PDF, the records behind a figure,
// and the clear refusals of wrong arguments.
#include "CatchCompat.h"
#include "TestSupport.h"

#include "io/Csv.h"
#include "io/XlsxReader.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QFile>
#include <QFileInfo>
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
const QMap<QString, QString> kHead{{QStringLiteral("SIFA_PASSWORD"), QStringLiteral("Head-Pass-1")}};

// An office with the eight cases of the test ledger and a head of office "zhang".
QString officeWithLedger(const QTemporaryDir &dir)
{
    const QString db = dir.filePath(QStringLiteral("office.sqlite"));
    Run r = sifaCli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--office-code"),
                     QStringLiteral("330225101"), QStringLiteral("--office-name"), QString::fromUtf8("石浦镇司法所"),
                     QStringLiteral("--admin"), QStringLiteral("admin")},
                    kAdmin);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    QMap<QString, QString> env = kAdmin;
    env.insert(QStringLiteral("SIFA_NEW_PASSWORD"), QStringLiteral("Head-Pass-1"));
    r = sifaCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), db, QStringLiteral("--user"),
                 QStringLiteral("admin"), QStringLiteral("--name"), QStringLiteral("zhang"), QStringLiteral("--role"),
                 QStringLiteral("head")},
                env);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    r = sifaCli({QStringLiteral("dispute"), QStringLiteral("import"),
                 test::dataFile(QStringLiteral("mediation/ledger-utf8.csv")), QStringLiteral("--db"), db});
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.code == 0);
    return db;
}

QStringList report2024(const QString &db, const QStringList &extra = {})
{
    return QStringList{QStringLiteral("report"), QStringLiteral("mediation"),
                       QStringLiteral("--db"),   db,
                       QStringLiteral("--from"), QStringLiteral("2024-01-01"),
                       QStringLiteral("--to"),   QStringLiteral("2024-12-31")} +
           extra;
}

QJsonObject json(const Run &r)
{
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &e);
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(e.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

qint64 audited(const QString &db, const QString &action)
{
    Result<std::unique_ptr<Database>> opened = Database::open(db);
    REQUIRE(opened);
    Query q(**opened, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = :a"));
    q.bind(QStringLiteral(":a"), action);
    REQUIRE(q.exec(QStringLiteral("test")).ok());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("sifa report mediation: the year's totals as JSON, the same with --period and signed in", "[cli][stats]")
{
    QTemporaryDir dir;
    const QString db = officeWithLedger(dir);

    Run r = sifaCli(report2024(db, {QStringLiteral("--format"), QStringLiteral("json")}));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.err.isEmpty());
    const QJsonObject o = json(r);
    CHECK(o.value(QStringLiteral("report")).toString() == QStringLiteral("mediation"));
    CHECK(o.value(QStringLiteral("office")).toString() == QStringLiteral("330225101"));
    const QJsonObject t = o.value(QStringLiteral("totals")).toObject();
    CHECK(t.value(QStringLiteral("accepted")).toInteger() == 8);
    CHECK(t.value(QStringLiteral("succeeded")).toInteger() == 5);
    CHECK(t.value(QStringLiteral("success_rate")).toDouble() == Approx(62.5));
    CHECK(t.value(QStringLiteral("agreement_amount_yuan")).toDouble() == Approx(5300.0));
    CHECK(t.value(QStringLiteral("performed_rate")).toDouble() == Approx(40.0));
    CHECK(t.value(QStringLiteral("by_type")).toArray().size() >= 15);
    CHECK(o.value(QStringLiteral("checks")).isArray());
    CHECK_FALSE(o.value(QStringLiteral("rows")).toArray().isEmpty());

    // --period 2024 is the same year; signed in as the head of office, the same figures.
    Run period =
        sifaCli({QStringLiteral("report"), QStringLiteral("mediation"), QStringLiteral("--db"), db,
                 QStringLiteral("--period"), QStringLiteral("2024"), QStringLiteral("--user"), QStringLiteral("zhang")},
                kHead);
    INFO(period.err.toStdString());
    REQUIRE(period.code == 0);
    CHECK(json(period).value(QStringLiteral("totals")).toObject() == t);
    CHECK(json(period).value(QStringLiteral("period")).toString() == QStringLiteral("2024"));
}

TEST_CASE("sifa report mediation as CSV, XLSX and PDF files", "[cli][stats]")
{
    QTemporaryDir dir;
    const QString db = officeWithLedger(dir);

    // CSV on standard output: the table without a byte order mark.
    Run r = sifaCli(report2024(db, {QStringLiteral("--format"), QStringLiteral("csv")}));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK_FALSE(r.out.startsWith(QChar(0xFEFF)));
    bool accepted = false;
    for (const QStringList &row : Csv::parse(r.out)) {
        if (row.value(5) == QLatin1String("accepted")) {
            accepted = true;
            CHECK(row.value(3) == QStringLiteral("8"));
        }
    }
    CHECK(accepted);

    // Files: the format from --format or from the file's extension.
    const QString csv = dir.filePath(QStringLiteral("report.csv"));
    r = sifaCli(report2024(db, {QStringLiteral("--out"), csv}));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    CHECK(csvFile.readAll().startsWith("\xEF\xBB\xBF"));

    const QString xlsx = dir.filePath(QStringLiteral("report.xlsx"));
    r = sifaCli(report2024(db, {QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), xlsx}));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("report.xlsx")));
    Result<XlsxSheet> sheet = XlsxReader::read(xlsx);
    REQUIRE(sheet);
    bool succeeded = false;
    for (const QList<XlsxCell> &row : sheet->rows) {
        if (row.size() > 5 && row.at(5).text == QLatin1String("succeeded")) {
            succeeded = true;
            CHECK(row.at(3).number == 5);
        }
    }
    CHECK(succeeded);

    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    r = sifaCli(report2024(db, {QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf}));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(5) == QByteArrayLiteral("%PDF-"));
    CHECK(QFileInfo(pdf).size() > 10000);
}

TEST_CASE("sifa report --drill lists the records behind a figure; a file of them is audited", "[cli][stats]")
{
    QTemporaryDir dir;
    const QString db = officeWithLedger(dir);

    Run r = sifaCli(report2024(db, {QStringLiteral("--drill"), QStringLiteral("succeeded")}));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonObject o = json(r);
    CHECK(o.value(QStringLiteral("report")).toString() == QStringLiteral("mediation"));
    CHECK(o.value(QStringLiteral("field")).toString() == QStringLiteral("succeeded"));
    CHECK(o.value(QStringLiteral("from")).toString() == QStringLiteral("2024-01-01"));
    CHECK(o.value(QStringLiteral("to")).toString() == QStringLiteral("2024-12-31"));
    CHECK(o.value(QStringLiteral("office")).toString() == QStringLiteral("330225101"));
    CHECK(o.value(QStringLiteral("count")).toInteger() == 5);
    const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == 5);
    for (const QJsonValue v : rows) {
        CHECK_FALSE(v.toObject().value(QStringLiteral("uuid")).toString().isEmpty());
        CHECK(v.toObject().value(QStringLiteral("case_no")).toString().contains(QString::fromUtf8("人调字")));
    }

    // A rate lists its numerator's records; CSV on standard output.
    r = sifaCli(report2024(db, {QStringLiteral("--drill"), QStringLiteral("performed_rate"), QStringLiteral("--format"),
                                QStringLiteral("csv")}));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(Csv::parse(r.out).size() == 3); // the header and the two agreements performed

    // To a file: audited, whoever runs it.
    const qint64 before = audited(db, QStringLiteral("stats.drill_export"));
    const QString xlsx = dir.filePath(QStringLiteral("succeeded.xlsx"));
    r = sifaCli(
        report2024(db, {QStringLiteral("--drill"), QStringLiteral("succeeded"), QStringLiteral("--out"), xlsx}));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    Result<XlsxSheet> sheet = XlsxReader::read(xlsx);
    REQUIRE(sheet);
    CHECK(sheet->rows.size() == 6);
    CHECK(audited(db, QStringLiteral("stats.drill_export")) == before + 1);

    // An unknown figure: a usage error saying where the fields are.
    r = sifaCli(report2024(db, {QStringLiteral("--drill"), QStringLiteral("no_such_figure")}));
    CHECK(r.code != 0);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains(QStringLiteral("no_such_figure")));
    CHECK(r.err.contains(QStringLiteral("field")));
    CHECK(r.err.contains(QStringLiteral("--format json")));
    r = sifaCli(
        report2024(db, {QStringLiteral("--drill"), QStringLiteral("succeeded"), QStringLiteral("--format"),
                        QStringLiteral("pdf"), QStringLiteral("--out"), dir.filePath(QStringLiteral("x.pdf"))}));
    CHECK(r.code == 2);
}

TEST_CASE("sifa report refuses wrong arguments with a clear message and a non-zero exit", "[cli][stats]")
{
    QTemporaryDir dir;
    const QString db = officeWithLedger(dir);
    struct Case {
        QStringList args;
        QString says;
    };
    const QList<Case> cases{
        {{QStringLiteral("report"), QStringLiteral("weather"), QStringLiteral("--db"), db}, QStringLiteral("weather")},
        {{QStringLiteral("report")}, QStringLiteral("Usage")},
        {{QStringLiteral("report"), QStringLiteral("mediation"), QStringLiteral("--db"), db, QStringLiteral("--from"),
          QStringLiteral("2024-13-01"), QStringLiteral("--to"), QStringLiteral("2024-12-31")},
         QStringLiteral("2024-13-01")},
        {{QStringLiteral("report"), QStringLiteral("mediation"), QStringLiteral("--db"), db, QStringLiteral("--from"),
          QStringLiteral("2024/01/01"), QStringLiteral("--to"), QStringLiteral("2024-12-31")},
         QStringLiteral("yyyy-mm-dd")},
        {{QStringLiteral("report"), QStringLiteral("mediation"), QStringLiteral("--db"), db, QStringLiteral("--from"),
          QStringLiteral("2024-12-31"), QStringLiteral("--to"), QStringLiteral("2024-01-01")},
         QStringLiteral("before it begins")},
        {{QStringLiteral("report"), QStringLiteral("mediation"), QStringLiteral("--db"), db}, QStringLiteral("--from")},
        {{QStringLiteral("report"), QStringLiteral("mediation"), QStringLiteral("--db"), db, QStringLiteral("--period"),
          QStringLiteral("2024-Q5")},
         QStringLiteral("2024-Q5")},
        {report2024(db, {QStringLiteral("--period"), QStringLiteral("2024")}), QStringLiteral("not both")},
        {report2024(db, {QStringLiteral("--format"), QStringLiteral("xlsx")}), QStringLiteral("--out")},
        {report2024(db, {QStringLiteral("--format"), QStringLiteral("pdf")}), QStringLiteral("--out")},
        {report2024(db, {QStringLiteral("--format"), QStringLiteral("docx")}), QStringLiteral("json")},
        {report2024(db, {QStringLiteral("--office"), QStringLiteral("33x")}), QStringLiteral("33x")},
        {report2024(db, {QStringLiteral("--office"), QStringLiteral("330225102")}), QStringLiteral("330225102")},
        {report2024(QStringLiteral("/nonexistent/office.sqlite")), QString()},
    };
    for (const Case &c : cases) {
        const Run r = sifaCli(c.args);
        INFO(c.args.join(QLatin1Char(' ')).toStdString() << " → " << r.code << " " << r.err.toStdString());
        CHECK(r.code != 0);
        CHECK(r.out.isEmpty());
        CHECK_FALSE(r.err.isEmpty());
        CHECK(r.err.contains(c.says));
    }
    // Chinese by default.
    const Run zh = sifaCli({QStringLiteral("report"), QStringLiteral("mediation"), QStringLiteral("--db"), db,
                            QStringLiteral("--from"), QStringLiteral("2024-12-31"), QStringLiteral("--to"),
                            QStringLiteral("2024-01-01")},
                           {{QStringLiteral("SIFA_LANG"), QStringLiteral("zh_CN")}});
    CHECK(zh.code == 2);
    // A wrong password is refused.
    const Run wrong = sifaCli(report2024(db, {QStringLiteral("--user"), QStringLiteral("zhang")}),
                              {{QStringLiteral("SIFA_PASSWORD"), QStringLiteral("wrong")}});
    CHECK(wrong.code == 1);
}
