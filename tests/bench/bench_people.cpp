// Benchmark of the people index: what a clerk waits for (saving a person, searching the
// ledger, opening and checking the database), beside raw SQLite doing the same work without
// SifaDesk's rules, change log and audit trail. Run by hand:
//
//   build/tests/bench/sifa_bench [people=20000]
//
// Figures are wall-clock medians on this machine; the ratio to raw SQLite is the cost of
// validation, the op log, the field clock, the search index and the audit chain.
#include "demo/DemoPeople.h"
#include "demo/DemoRecipes.h"
#include "domain/Maintenance.h"
#include "domain/Office.h"
#include "people/PersonService.h"
#include "security/Users.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace sifa;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

double medianMs(std::vector<qint64> ns)
{
    if (ns.empty())
        return 0;
    std::sort(ns.begin(), ns.end());
    return static_cast<double>(ns[ns.size() / 2]) / 1e6;
}

void row(const QString &what, double sifaMs, double rawMs)
{
    out() << QStringLiteral("%1 %2 ms %3 ms %4x")
                 .arg(what, -44)
                 .arg(sifaMs, 10, 'f', 3)
                 .arg(rawMs, 10, 'f', 3)
                 .arg(rawMs > 0 ? sifaMs / rawMs : 0, 7, 'f', 1)
          << Qt::endl;
}

// Raw SQLite: the same person rows in a plain table with an index on name, no rules.
class Raw {
public:
    explicit Raw(const QString &path)
    {
        sqlite3_open(QFile::encodeName(path).constData(), &m_db);
        exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
             "CREATE TABLE person(uuid TEXT PRIMARY KEY, name TEXT, id_number TEXT, phone TEXT, birth_date TEXT,"
             " residence TEXT); CREATE INDEX person_name ON person(name); CREATE INDEX person_id ON person(id_number);");
        sqlite3_prepare_v2(m_db, "INSERT INTO person VALUES (?,?,?,?,?,?)", -1, &m_insert, nullptr);
    }
    ~Raw()
    {
        sqlite3_finalize(m_insert);
        sqlite3_close(m_db);
    }
    void exec(const char *sql) { sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr); }
    void insert(const Person &p, const QString &uuid)
    {
        const QByteArray fields[] = {uuid.toUtf8(), p.name.toUtf8(), p.idNumber.toUtf8(), p.phone.toUtf8(),
                                     toStoredDate(p.birthDate).toUtf8(), p.residenceAddress.toUtf8()};
        for (int i = 0; i < 6; ++i)
            sqlite3_bind_text(m_insert, i + 1, fields[i].constData(), static_cast<int>(fields[i].size()), SQLITE_TRANSIENT);
        sqlite3_step(m_insert);
        sqlite3_reset(m_insert);
    }
    int count(const char *sql, const QString &arg)
    {
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(m_db, sql, -1, &st, nullptr);
        const QByteArray a = arg.toUtf8();
        sqlite3_bind_text(st, 1, a.constData(), static_cast<int>(a.size()), SQLITE_TRANSIENT);
        int n = 0;
        while (sqlite3_step(st) == SQLITE_ROW)
            ++n;
        sqlite3_finalize(st);
        return n;
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
};

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int people = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 20000;
    QTemporaryDir dir;
    const QString password = QStringLiteral("Bench-Pass-1");
    OfficeSetup setup{QStringLiteral("330225101"), QStringLiteral("石浦镇司法所"), OfficeMode::Township,
                      QStringLiteral("admin"), QString(), password};
    Result<std::unique_ptr<Database>> created = Office::createDatabase(dir.filePath(QStringLiteral("office.sqlite")), setup);
    if (!created) {
        out() << created.message() << Qt::endl;
        return 1;
    }
    Database &db = **created;
    const Session admin = *Users::signIn(db, QStringLiteral("admin"), password);
    (void)Users::add(db, admin, NewUser{QStringLiteral("clerk"), QString(), Role::Clerk, password, false});
    const Session clerk = *Users::signIn(db, QStringLiteral("clerk"), password);
    Raw raw(dir.filePath(QStringLiteral("raw.sqlite")));

    const DemoRecipes recipes = DemoRecipes::load();
    QRandomGenerator rng(42);
    DemoPeople gen(recipes, rng, QStringLiteral("330225101"), Clock::today());
    std::vector<Person> pool;
    pool.reserve(static_cast<size_t>(people));
    for (int i = 0; i < people; ++i)
        pool.push_back(gen.next());

    out() << QStringLiteral("SifaDesk people-index benchmark, %1 people (median of repeated runs)").arg(people) << Qt::endl;
    out() << QStringLiteral("%1 %2    %3    %4").arg(QStringLiteral("operation"), -44).arg(QStringLiteral("SifaDesk"), 10)
                 .arg(QStringLiteral("raw SQLite"), 10).arg(QStringLiteral("ratio"), 7)
          << Qt::endl;

    // Bulk load: one transaction each (an import), then per-save timings (a clerk saving).
    QElapsedTimer t;
    t.start();
    {
        Transaction tx(db);
        for (int i = 0; i < people - 200; ++i)
            (void)PersonService::create(db, clerk, pool[static_cast<size_t>(i)]);
        (void)tx.commit();
    }
    const double loadSifa = static_cast<double>(t.nsecsElapsed()) / 1e6;
    t.restart();
    raw.exec("BEGIN");
    for (int i = 0; i < people - 200; ++i)
        raw.insert(pool[static_cast<size_t>(i)], QStringLiteral("u%1").arg(i));
    raw.exec("COMMIT");
    const double loadRaw = static_cast<double>(t.nsecsElapsed()) / 1e6;
    row(QStringLiteral("load %1 people in one transaction").arg(people - 200), loadSifa, loadRaw);

    std::vector<qint64> saveSifa, saveRaw;
    for (int i = people - 200; i < people; ++i) {
        t.restart();
        (void)PersonService::create(db, clerk, pool[static_cast<size_t>(i)]);
        saveSifa.push_back(t.nsecsElapsed());
        t.restart();
        raw.exec("BEGIN");
        raw.insert(pool[static_cast<size_t>(i)], QStringLiteral("u%1").arg(i));
        raw.exec("COMMIT");
        saveRaw.push_back(t.nsecsElapsed());
    }
    row(QStringLiteral("save one new person (own transaction)"), medianMs(saveSifa), medianMs(saveRaw));

    struct Search {
        QString label;
        QString text;
        const char *rawSql;
    };
    const Person &sample = pool[static_cast<size_t>(people / 2)];
    const QList<Search> searches{
        {QStringLiteral("search a 2-character name"), sample.name.left(2),
         "SELECT uuid FROM person WHERE name LIKE '%' || ?1 || '%' ORDER BY name LIMIT 500"},
        {QStringLiteral("search a full name"), sample.name,
         "SELECT uuid FROM person WHERE name LIKE '%' || ?1 || '%' ORDER BY name LIMIT 500"},
        {QStringLiteral("search 8 digits of an ID number"), sample.idNumber.mid(6, 8),
         "SELECT uuid FROM person WHERE id_number LIKE '%' || ?1 || '%' ORDER BY name LIMIT 500"},
        {QStringLiteral("list everyone (first 500, by name)"), QString(),
         "SELECT uuid FROM person WHERE ?1 = '' ORDER BY name LIMIT 500"},
    };
    for (const Search &s : searches) {
        std::vector<qint64> a, b;
        for (int i = 0; i < 25; ++i) {
            t.restart();
            (void)PersonService::search(db, clerk, PersonQuery{s.text, false, 500, 0});
            a.push_back(t.nsecsElapsed());
            t.restart();
            raw.count(s.rawSql, s.text);
            b.push_back(t.nsecsElapsed());
        }
        row(s.label, medianMs(a), medianMs(b));
    }
    {
        std::vector<qint64> a;
        for (int i = 0; i < 25; ++i) {
            t.restart();
            (void)PersonService::search(db, clerk, PersonQuery{QStringLiteral("zs"), false, 500, 0});
            a.push_back(t.nsecsElapsed());
        }
        row(QStringLiteral("search pinyin initials \"zs\" (no raw equivalent)"), medianMs(a), 0);
    }
    t.restart();
    Result<CheckReport> check = Maintenance::check(db, Access::fileLevel(QStringLiteral("os:bench")), true);
    row(QStringLiteral("check with rebuild-compare of every op"), static_cast<double>(t.nsecsElapsed()) / 1e6, 0);
    out() << QStringLiteral("check result: %1, %2 ops replayed")
                 .arg(check && check->ok() ? QStringLiteral("ok") : QStringLiteral("PROBLEMS"))
                 .arg(check && check->rebuild ? check->rebuild->opsReplayed : 0)
          << Qt::endl;
    (void)db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    raw.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    out() << QStringLiteral("database file after checkpoint: %1 MiB (raw: %2 MiB)")
                 .arg(static_cast<double>(QFile(db.path()).size() + QFile(db.path() + QStringLiteral("-wal")).size()) / 1048576.0, 0, 'f', 1)
                 .arg(static_cast<double>(QFile(dir.filePath(QStringLiteral("raw.sqlite"))).size()
                                          + QFile(dir.filePath(QStringLiteral("raw.sqlite-wal"))).size()) / 1048576.0, 0, 'f', 1)
          << Qt::endl;
    return 0;
}
