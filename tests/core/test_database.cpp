#include "CatchCompat.h"
#include "TestSupport.h"

#include "storage/BulkStatement.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Schema.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace sifa;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
}

}  // namespace

TEST_CASE("a new database uses WAL foreign keys and full synchronous writes", "[storage]")
{
    test::TestOffice office(false);
    Database &db = *office.db;
    CHECK(db.journalMode() == QStringLiteral("wal"));
    CHECK(Query::scalar(db, QStringLiteral("PRAGMA foreign_keys"), {}, QString())->toInt() == 1);
    CHECK(Query::scalar(db, QStringLiteral("PRAGMA synchronous"), {}, QString())->toInt() == 2);
    CHECK(db.schemaVersion() == Schema::kLatestVersion);
    const DbFileInfo info = Database::probe(office.path);
    CHECK(info.isSifaDesk);
    CHECK(info.schemaVersion == Schema::kLatestVersion);
}

TEST_CASE("a file that is not a SifaDesk database is refused and left alone", "[storage]")
{
    QTemporaryDir dir;
    SECTION("a text file")
    {
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("These are not the records you are looking for.\n");
        f.close();
        const QByteArray before = fileHash(path);
        Result<std::unique_ptr<Database>> db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK(db.code() == ErrorCode::NotSifaDatabase);
        CHECK(db.message().contains(QStringLiteral("not a SifaDesk database")));
        CHECK(fileHash(path) == before);
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        rawExec(path, "CREATE TABLE t(x); INSERT INTO t VALUES (1);");
        const QByteArray before = fileHash(path);
        Result<std::unique_ptr<Database>> db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK(db.code() == ErrorCode::NotSifaDatabase);
        CHECK(fileHash(path) == before);
    }
    SECTION("an empty file")
    {
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.close();
        CHECK(Database::open(path).code() == ErrorCode::NotSifaDatabase);
        CHECK(QFile(path).size() == 0);
    }
    SECTION("a missing file")
    {
        CHECK(Database::open(dir.filePath(QStringLiteral("nothing.sqlite"))).code() == ErrorCode::NotFound);
    }
}

TEST_CASE("a database from a newer SifaDesk is refused without touching it", "[storage]")
{
    test::TestOffice office(false);
    office.db.reset();
    rawExec(office.path, "PRAGMA user_version = 99; PRAGMA wal_checkpoint(TRUNCATE);");
    const QByteArray before = fileHash(office.path);
    Result<std::unique_ptr<Database>> db = Database::open(office.path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.code() == ErrorCode::NewerSchema);
    CHECK(db.message().contains(QStringLiteral("newer version")));
    CHECK(db.message().contains(QStringLiteral("99")));
    CHECK(fileHash(office.path) == before);
}

TEST_CASE("creating a database never overwrites and never leaves a half-made file", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    SECTION("an existing file is not overwritten")
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("keep me");
        f.close();
        CHECK(Database::create(path, nullptr).code() == ErrorCode::Duplicate);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.readAll() == QByteArray("keep me"));
    }
    SECTION("a failure while populating leaves no file behind")
    {
        Result<std::unique_ptr<Database>> db = Database::create(path, [](Database &) {
            return Status::failure(ErrorCode::InvalidInput, QStringLiteral("stop"));
        });
        CHECK_FALSE(db.ok());
        CHECK_FALSE(QFile::exists(path));
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
    SECTION("a folder that cannot be written gives a clear message")
    {
        Result<std::unique_ptr<Database>> db = Database::create(QStringLiteral("/proc/sifadesk-test.sqlite"), nullptr);
        REQUIRE_FALSE(db.ok());
        CHECK(db.code() == ErrorCode::ReadOnly);
        CHECK(db.message().contains(QStringLiteral("cannot be written")));
    }
}

TEST_CASE("a full disk rolls the whole transaction back with a clear message", "[storage]")
{
    test::TestOffice office(false);
    Database &db = *office.db;
    const qint64 pages = Query::scalar(db, QStringLiteral("PRAGMA page_count"), {}, QString())->toLongLong();
    REQUIRE(db.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)).ok());
    const qint64 before = Query::scalar(db, QStringLiteral("SELECT COUNT(*) FROM meta"), {}, QString())->toLongLong();
    Status failure;
    {
        Transaction tx(db);
        REQUIRE(tx.ok());
        for (int i = 0; i < 2000 && failure.ok(); ++i)
            failure = db.setMeta(QStringLiteral("filler%1").arg(i), QString(200, QLatin1Char('x')));
    }
    REQUIRE_FALSE(failure.ok());
    CHECK(failure.code() == ErrorCode::DiskFull);
    CHECK(failure.message().contains(QStringLiteral("disk is full")));
    CHECK(Query::scalar(db, QStringLiteral("SELECT COUNT(*) FROM meta"), {}, QString())->toLongLong() == before);
    CHECK(db.integrityCheck()->isEmpty());
}

TEST_CASE("nested transactions use savepoints and roll back independently", "[storage]")
{
    test::TestOffice office(false);
    Database &db = *office.db;
    Transaction outer(db);
    REQUIRE(outer.ok());
    REQUIRE(db.setMeta(QStringLiteral("a"), QStringLiteral("1")).ok());
    {
        Transaction inner(db);
        REQUIRE(inner.ok());
        REQUIRE(db.setMeta(QStringLiteral("b"), QStringLiteral("2")).ok());
    }  // inner rolled back
    REQUIRE(outer.commit().ok());
    CHECK(db.meta(QStringLiteral("a")) == QStringLiteral("1"));
    CHECK(db.meta(QStringLiteral("b")).isEmpty());
    CHECK(db.transactionDepth() == 0);
}

TEST_CASE("BulkInsert writes every row, in blocks and singly, binding values as Query does", "[storage]")
{
    test::TestOffice office(false);
    Database &db = *office.db;
    REQUIRE(db.exec(QStringLiteral("CREATE TABLE bulk_t(k INTEGER PRIMARY KEY, t TEXT NOT NULL, n, r REAL)")).ok());
    // 64 rows go in one statement: 150 rows are two blocks and 22 single rows.
    QVariantList values;
    for (int i = 1; i <= 150; ++i)
        values << i << (i % 3 == 0 ? QVariant(QString()) : QVariant(QStringLiteral("行%1").arg(i)))
               << (i % 5 == 0 ? QVariant() : QVariant(qint64(i) * 1000000000LL)) << 0.5 * i;
    Transaction tx(db);
    BulkInsert insert(db, QStringLiteral("bulk_t"),
                      {QStringLiteral("k"), QStringLiteral("t"), QStringLiteral("n"), QStringLiteral("r")});
    REQUIRE(insert.insert(values, QStringLiteral("testing")).ok());
    REQUIRE(tx.commit().ok());
    CHECK(Query::scalar(db, QStringLiteral("SELECT COUNT(*) FROM bulk_t"), {}, QString())->toInt() == 150);
    CHECK(Query::scalar(db, QStringLiteral("SELECT t FROM bulk_t WHERE k = 149"), {}, QString())->toString()
          == QStringLiteral("行149"));
    CHECK(Query::scalar(db, QStringLiteral("SELECT typeof(t) || length(t) FROM bulk_t WHERE k = 3"), {}, QString())
              ->toString()
          == QStringLiteral("text0"));
    CHECK(Query::scalar(db, QStringLiteral("SELECT typeof(n) FROM bulk_t WHERE k = 10"), {}, QString())->toString()
          == QStringLiteral("null"));
    CHECK(Query::scalar(db, QStringLiteral("SELECT n FROM bulk_t WHERE k = 7"), {}, QString())->toLongLong()
          == 7000000000LL);
    CHECK(Query::scalar(db, QStringLiteral("SELECT r FROM bulk_t WHERE k = 150"), {}, QString())->toDouble() == 75.0);
}

TEST_CASE("BulkInsert reports a broken rule and leaves the rollback to its transaction", "[storage]")
{
    test::TestOffice office(false);
    Database &db = *office.db;
    REQUIRE(db.exec(QStringLiteral("CREATE TABLE bulk_u(k INTEGER PRIMARY KEY, t TEXT NOT NULL)")).ok());
    QVariantList values;
    for (int i = 1; i <= 70; ++i)
        values << (i == 70 ? 1 : i) << QStringLiteral("x");
    {
        Transaction tx(db);
        BulkInsert insert(db, QStringLiteral("bulk_u"), {QStringLiteral("k"), QStringLiteral("t")});
        const Status s = insert.insert(values, QStringLiteral("testing"));
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == ErrorCode::Conflict);
    }
    CHECK(Query::scalar(db, QStringLiteral("SELECT COUNT(*) FROM bulk_u"), {}, QString())->toInt() == 0);
}

TEST_CASE("A staged BulkInsert moves its rows in at finish, through the table's triggers and its upsert",
          "[storage]")
{
    test::TestOffice office(false);
    Database &db = *office.db;
    REQUIRE(db.exec(QStringLiteral("CREATE TABLE staged_t(k INTEGER PRIMARY KEY, t TEXT NOT NULL)")).ok());
    REQUIRE(db.exec(QStringLiteral("CREATE VIRTUAL TABLE staged_fts USING fts5(t, content='staged_t', "
                                   "content_rowid='k')"))
                .ok());
    REQUIRE(db.exec(QStringLiteral("CREATE TRIGGER staged_ai AFTER INSERT ON staged_t BEGIN "
                                   "INSERT INTO staged_fts(rowid, t) VALUES (new.k, new.t); END"))
                .ok());
    CHECK(*BulkInsert::hasInsertTriggers(db, QStringLiteral("staged_t")));
    CHECK_FALSE(*BulkInsert::hasInsertTriggers(db, QStringLiteral("meta")));
    REQUIRE(db.exec(QStringLiteral("INSERT INTO staged_t(k, t) VALUES (5, 'old')")).ok());

    QVariantList values;
    for (int i = 1; i <= 100; ++i)
        values << i << QStringLiteral("word%1").arg(i);
    Transaction tx(db);
    BulkInsert insert(db, QStringLiteral("staged_t"), {QStringLiteral("k"), QStringLiteral("t")},
                      QStringLiteral("ON CONFLICT(k) DO UPDATE SET t = excluded.t"), BulkInsert::Mode::Staged);
    REQUIRE(insert.staged());
    REQUIRE(insert.insert(values, QStringLiteral("testing")).ok());
    // Staged: not in the table yet.
    CHECK(Query::scalar(db, QStringLiteral("SELECT COUNT(*) FROM staged_t"), {}, QString())->toInt() == 1);
    REQUIRE(insert.finish(QStringLiteral("testing")).ok());
    CHECK(Query::scalar(db, QStringLiteral("SELECT COUNT(*) FROM staged_t"), {}, QString())->toInt() == 100);
    CHECK(Query::scalar(db, QStringLiteral("SELECT t FROM staged_t WHERE k = 5"), {}, QString())->toString()
          == QStringLiteral("word5"));
    CHECK(Query::scalar(db, QStringLiteral("SELECT rowid FROM staged_fts WHERE staged_fts MATCH 'word77'"), {},
                        QString())
              ->toInt()
          == 77);
    // A second round starts from an empty stage.
    REQUIRE(insert.insert({101, QStringLiteral("word101")}, QStringLiteral("testing")).ok());
    REQUIRE(insert.finish(QStringLiteral("testing")).ok());
    REQUIRE(tx.commit().ok());
    CHECK(Query::scalar(db, QStringLiteral("SELECT COUNT(*) FROM staged_t"), {}, QString())->toInt() == 101);
}
