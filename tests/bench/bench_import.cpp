// Benchmark of the ledger import (人民调解台账): a realistic ledger of N rows written as CSV and
// as XLSX, checked (dry run) and imported into fresh office databases, beside raw SQLite
// inserting the same cases, parties, people and agreements without SifaDesk's rules, change
// log, audit trail and search index. Run by hand:
//
//   build/tests/bench/sifa_bench_import [rows=100000]
//
// The issue's target: importing 100,000 ledger rows in under 20 s.
#include "demo/DemoPeople.h"
#include "demo/DemoRecipes.h"
#include "domain/Office.h"
#include "io/CsvWriter.h"
#include "io/XlsxWriter.h"
#include "mediation/LedgerImport.h"
#include "mediation/LedgerSheet.h"
#include "storage/Database.h"
#include "sync/RebuildCompare.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

using namespace sifa;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

void row(const QString &what, double sifaMs, double rawMs)
{
    out() << QStringLiteral("%1 %2 ms %3 ms %4x")
                 .arg(what, -44)
                 .arg(sifaMs, 10, 'f', 1)
                 .arg(rawMs, 10, 'f', 1)
                 .arg(rawMs > 0 ? sifaMs / rawMs : 0, 7, 'f', 1)
          << Qt::endl;
}

double ms(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

// Peak resident memory of this process so far, in MiB.
double peakRssMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

// A ledger of `rows` cases over six years: most mediated successfully and archived, some
// failed, some still open; two parties each, most with ID numbers, some people in several cases.
QList<QStringList> makeLedger(int rows)
{
    QRandomGenerator rng(7);
    const DemoRecipes recipes = DemoRecipes::load();
    DemoPeople gen(recipes, rng, QStringLiteral("330225101"), QDate(2026, 1, 1));
    QList<Person> people;
    for (int i = 0; i < rows; ++i)
        people << gen.next();
    const QStringList mediators = u8("王建国 李秀英 张伟 刘洋 陈静 杨帆 赵敏 黄磊 周丽 吴强 徐芳 孙杰").split(QLatin1Char(' '));
    const QStringList committees = u8("东门村人民调解委员会 番西村人民调解委员会 石浦镇人民调解委员会 昌国居民区人民调解委员会")
                                       .split(QLatin1Char(' '));
    const QStringList types = u8("婚姻家庭 邻里纠纷 房屋宅基地 合同 损害赔偿 山林土地 劳动争议 道路交通事故 物业 其他").split(QLatin1Char(' '));
    const QStringList sources = u8("当事人申请 当事人申请 当事人申请 调委会主动调解 公安移送 法院委托 排查发现").split(QLatin1Char(' '));
    const QStringList summaries{
        u8("双方因宅基地边界的围墙发生争执，多次协商未果，申请调解。"),
        u8("申请人与被申请人系邻居，因排水沟堵塞导致申请人家中进水，要求赔偿损失。"),
        u8("双方因车辆刮擦发生纠纷，对维修费用的承担有争议。"),
        u8("申请人在被申请人处务工，被拖欠工资若干，要求支付。"),
        u8("夫妻双方因家庭琐事矛盾激化，一方提出离婚，就财产分割和子女抚养发生争议。"),
        u8("双方就承包山林的界址发生争议，均主张对争议地块享有经营权。"),
    };
    QList<QStringList> ledger;
    ledger << (u8("石浦镇人民调解台账（2019—2025年）").split(QLatin1Char('|')));
    ledger << u8("案号|受理日期|案件来源|纠纷类型|申请人|申请人身份证号|被申请人|被申请人身份证号|纠纷简要情况|涉及人数|"
                 "涉及金额|调委会|调解员|调解结果|协议形式|协议日期|协议金额|履行情况|结案日期")
                  .split(QLatin1Char('|'));
    const QDate start(2019, 1, 2);
    for (int i = 0; i < rows; ++i) {
        const QDate accepted = start.addDays(static_cast<qint64>(i) * 2190 / rows);
        const Person &a = people[static_cast<int>(rng.bounded(rows))];
        const Person &b = people[static_cast<int>(rng.bounded(rows))];
        const bool aId = rng.bounded(10) < 8;
        const bool bId = rng.bounded(10) < 6 && b.idNumber != a.idNumber;
        const int outcome = static_cast<int>(rng.bounded(100));
        QString result, form, agreed, amount, performance, closed;
        if (outcome < 80) {
            result = u8("成功");
            form = rng.bounded(4) == 0 ? u8("口头") : u8("书面");
            agreed = toStoredDate(accepted.addDays(rng.bounded(3, 25)));
            amount = QString::number(rng.bounded(0, 200) * 100);
            const int p = static_cast<int>(rng.bounded(10));
            performance = p < 8 ? u8("履行完毕") : p < 9 ? u8("部分履行") : u8("未履行");
            if (p < 8)
                closed = toStoredDate(accepted.addDays(rng.bounded(26, 40)));
        } else if (outcome < 92) {
            result = rng.bounded(2) ? u8("不成功") : u8("终止");
            closed = toStoredDate(accepted.addDays(rng.bounded(5, 30)));
        }
        ledger << QStringList{
            u8("（%1）石人调字第%2号").arg(accepted.year()).arg(i + 1),
            toStoredDate(accepted),
            sources[static_cast<int>(rng.bounded(sources.size()))],
            types[static_cast<int>(rng.bounded(types.size()))],
            a.name,
            aId ? a.idNumber : QString(),
            b.name,
            bId ? b.idNumber : QString(),
            summaries[static_cast<int>(rng.bounded(summaries.size()))],
            QString::number(rng.bounded(2, 6)),
            QString::number(rng.bounded(0, 50000)),
            committees[static_cast<int>(rng.bounded(committees.size()))],
            mediators[static_cast<int>(rng.bounded(mediators.size()))],
            result, form, agreed, amount, performance, closed,
        };
    }
    return ledger;
}

std::unique_ptr<Database> office(const QString &path, const QString &password)
{
    OfficeSetup setup{QStringLiteral("330225101"), u8("石浦镇司法所"), OfficeMode::Township,
                      QStringLiteral("admin"), QString(), password};
    Result<std::unique_ptr<Database>> created = Office::createDatabase(path, setup);
    if (!created) {
        out() << created.message() << Qt::endl;
        return nullptr;
    }
    return std::move(created).value();
}

// Raw SQLite: the same cases in plain tables, one transaction, prepared statements, no rules;
// with `withLog`, every row also gets a change-log record holding its values as JSON (what
// SifaDesk's op table keeps), as the floor for an import that keeps a change log.
double rawInsert(const QString &path, const QList<QStringList> &ledger, bool withLog)
{
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    sqlite3_exec(db,
                 "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                 "CREATE TABLE dispute(uuid TEXT PRIMARY KEY, case_no TEXT, accepted_date TEXT, source TEXT, type TEXT,"
                 " summary TEXT, persons INTEGER, amount INTEGER, committee TEXT, mediator TEXT, result TEXT, status TEXT,"
                 " closed_date TEXT); CREATE INDEX dispute_case_no ON dispute(case_no);"
                 "CREATE TABLE party(uuid TEXT PRIMARY KEY, dispute_uuid TEXT, seq INTEGER, role TEXT, name TEXT,"
                 " id_number TEXT, person_uuid TEXT); CREATE INDEX party_dispute ON party(dispute_uuid);"
                 "CREATE TABLE person(uuid TEXT PRIMARY KEY, name TEXT, id_number TEXT UNIQUE);"
                 "CREATE TABLE agreement(uuid TEXT PRIMARY KEY, dispute_uuid TEXT, form TEXT, agreed_date TEXT,"
                 " amount INTEGER, performance TEXT);"
                 "CREATE TABLE op(op_id TEXT NOT NULL UNIQUE, seq INTEGER NOT NULL UNIQUE, entity TEXT NOT NULL,"
                 " row_uuid TEXT NOT NULL, fields TEXT NOT NULL); CREATE INDEX op_by_row ON op(row_uuid);",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt *d = nullptr, *p = nullptr, *pe = nullptr, *a = nullptr, *o = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO op VALUES (?,?,?,?,?)", -1, &o, nullptr);
    qint64 seq = 0;
    sqlite3_prepare_v2(db, "INSERT INTO dispute VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", -1, &d, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO party VALUES (?,?,?,?,?,?,?)", -1, &p, nullptr);
    sqlite3_prepare_v2(db, "INSERT OR IGNORE INTO person VALUES (?,?,?)", -1, &pe, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO agreement VALUES (?,?,?,?,?,?)", -1, &a, nullptr);
    auto bind = [&](sqlite3_stmt *st, std::initializer_list<QString> values) {
        int i = 0;
        QJsonArray fields;
        for (const QString &v : values) {
            const QByteArray b = v.toUtf8();
            sqlite3_bind_text(st, ++i, b.constData(), static_cast<int>(b.size()), SQLITE_TRANSIENT);
            if (withLog)
                fields.append(v);
        }
        sqlite3_step(st);
        sqlite3_reset(st);
        if (!withLog)
            return;
        const QByteArray id = QByteArray::number(++seq).toHex().rightJustified(32, '0');
        const QByteArray row = values.begin()->toUtf8();
        const QByteArray json = QJsonDocument(fields).toJson(QJsonDocument::Compact);
        sqlite3_bind_text(o, 1, id.constData(), static_cast<int>(id.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(o, 2, seq);
        sqlite3_bind_text(o, 3, sqlite3_sql(st), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(o, 4, row.constData(), static_cast<int>(row.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(o, 5, json.constData(), static_cast<int>(json.size()), SQLITE_TRANSIENT);
        sqlite3_step(o);
        sqlite3_reset(o);
    };
    QElapsedTimer t;
    t.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    for (int i = 2; i < ledger.size(); ++i) {
        const QStringList &r = ledger.at(i);
        const QString uuid = QStringLiteral("d%1").arg(i);
        bind(d, {uuid, r[0], r[1], r[2], r[3], r[8], r[9], r[10], r[11], r[12], r[13], QStringLiteral("archived"), r[18]});
        for (int k = 0; k < 2; ++k) {
            const QString id = r[5 + 2 * k];
            if (!id.isEmpty())
                bind(pe, {QStringLiteral("p") + id, r[4 + 2 * k], id});
            bind(p, {QStringLiteral("%1-%2").arg(uuid).arg(k), uuid, QString::number(k + 1),
                     k == 0 ? QStringLiteral("applicant") : QStringLiteral("respondent"), r[4 + 2 * k], id,
                     id.isEmpty() ? QString() : QStringLiteral("p") + id});
        }
        if (!r[13].isEmpty() && r[14].size() > 0)
            bind(a, {QStringLiteral("a%1").arg(i), uuid, r[14], r[15], r[16], r[17]});
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double elapsed = ms(t);
    for (sqlite3_stmt *st : {d, p, pe, a, o})
        sqlite3_finalize(st);
    sqlite3_close(db);
    return elapsed;
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    // SIFA_BENCH_KEEP=1 keeps the files and databases for a look afterwards.
    if (qEnvironmentVariableIsSet("SIFA_BENCH_KEEP")) {
        dir.setAutoRemove(false);
        out() << QStringLiteral("files kept in %1").arg(dir.path()) << Qt::endl;
    }
    const QString password = QStringLiteral("Bench-Pass-1");

    QElapsedTimer t;
    t.start();
    const QList<QStringList> ledger = makeLedger(rows);
    const QString csv = dir.filePath(QStringLiteral("ledger.csv"));
    const QString xlsx = dir.filePath(QStringLiteral("ledger.xlsx"));
    (void)CsvWriter::write(csv, ledger);
    QList<QList<QVariant>> cells;
    for (int i = 1; i < ledger.size(); ++i) {
        QList<QVariant> r;
        for (const QString &v : ledger.at(i))
            r << v;
        cells << r;
    }
    (void)XlsxWriter::write(xlsx, QStringLiteral("台账"), ledger.first(), cells, {0, 5, 7});
    cells.clear();
    out() << QStringLiteral("SifaDesk ledger-import benchmark, %1 rows (%2 MiB CSV, %3 MiB XLSX, made in %4 s)")
                 .arg(rows)
                 .arg(static_cast<double>(QFile(csv).size()) / 1048576.0, 0, 'f', 1)
                 .arg(static_cast<double>(QFile(xlsx).size()) / 1048576.0, 0, 'f', 1)
                 .arg(ms(t) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    out() << QStringLiteral("%1 %2    %3    %4").arg(QStringLiteral("operation"), -44).arg(QStringLiteral("SifaDesk"), 10)
                 .arg(QStringLiteral("raw SQLite"), 10).arg(QStringLiteral("ratio"), 7)
          << Qt::endl;

    const double raw = rawInsert(dir.filePath(QStringLiteral("raw.sqlite")), ledger, false);
    const double rawLog = rawInsert(dir.filePath(QStringLiteral("raw-log.sqlite")), ledger, true);
    const Access os = Access::fileLevel(QStringLiteral("os:bench"));
    bool allOk = true;
    for (const QString &file : {csv, xlsx}) {
        const QString kind = file == csv ? QStringLiteral("CSV") : QStringLiteral("XLSX");
        std::unique_ptr<Database> db = office(dir.filePath(kind + QStringLiteral(".sqlite")), password);
        if (!db)
            return 1;
        t.restart();
        Result<LedgerSheet> sheet = LedgerSheet::read(file);
        const double readMs = ms(t);
        if (!sheet) {
            out() << sheet.message() << Qt::endl;
            return 1;
        }
        row(QStringLiteral("read %1 file").arg(kind), readMs, 0);
        t.restart();
        Result<LedgerImportResult> dry = LedgerImport::run(*db, os, *sheet, LedgerImportOptions{true, {}});
        row(QStringLiteral("dry run (check every row) %1").arg(kind), ms(t), 0);
        if (!dry || !dry->plan.ok()) {
            out() << (dry ? dry->plan.issues.first().text() : dry.message()) << Qt::endl;
            return 1;
        }
        t.restart();
        Result<LedgerImportResult> real = LedgerImport::run(*db, os, *sheet, LedgerImportOptions{false, {}});
        const double realMs = ms(t);
        row(QStringLiteral("import %1 rows %2 (check + write)").arg(rows).arg(kind), realMs, raw);
        row(QStringLiteral("import %1 incl. reading the file").arg(kind), realMs + readMs, raw);
        row(QStringLiteral("  the same, raw SQLite with a change log"), realMs + readMs, rawLog);
        if (!real || !real->written) {
            out() << (real ? QStringLiteral("not written") : real.message()) << Qt::endl;
            return 1;
        }
        if (file == csv) {
            t.restart();
            Result<RebuildReport> rebuild = RebuildCompare::run(*db);
            row(QStringLiteral("rebuild-compare after the import"), ms(t), 0);
            const bool clean = rebuild && rebuild->ok();
            allOk = allOk && clean;
            out() << QStringLiteral("rebuild-compare: %1, %2 ops replayed")
                         .arg(clean ? QStringLiteral("clean") : QStringLiteral("DIFFERENCES"))
                         .arg(rebuild ? rebuild->opsReplayed : 0)
                  << Qt::endl;
        }
    }
    out() << QStringLiteral("peak resident memory: %1 MiB").arg(peakRssMiB(), 0, 'f', 0) << Qt::endl;
    return allOk ? 0 : 1;
}
