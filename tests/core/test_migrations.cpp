#include "CatchCompat.h"
#include "TestSupport.h"

#include "domain/Maintenance.h"
#include "people/PersonRepository.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace sifa;

namespace {

// The shape of a schema: every table's columns (name, type, not null, default, pk), every
// index's columns and every trigger's name, independent of how the SQL text was written.
QStringList schemaShape(Database &db)
{
    QStringList shape;
    Query objects(db, QStringLiteral("SELECT type, name, tbl_name FROM sqlite_master "
                                     "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"));
    REQUIRE(objects.exec(QString()).ok());
    QList<QStringList> rows;
    while (objects.next())
        rows << QStringList{objects.text(0), objects.text(1), objects.text(2)};
    for (const QStringList &r : rows) {
        const QString &type = r[0];
        const QString &name = r[1];
        if (type == QLatin1String("table")) {
            Query cols(db, QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(:t) ORDER BY name"));
            cols.bind(QStringLiteral(":t"), name);
            REQUIRE(cols.exec(QString()).ok());
            while (cols.next())
                shape << QStringLiteral("table %1 column %2 %3 notnull=%4 default=%5 pk=%6")
                             .arg(name, cols.text(0), cols.text(1), cols.text(2), cols.text(3), cols.text(4));
        } else if (type == QLatin1String("index")) {
            Query cols(db, QStringLiteral("SELECT name FROM pragma_index_info(:i) ORDER BY seqno"));
            cols.bind(QStringLiteral(":i"), name);
            REQUIRE(cols.exec(QString()).ok());
            QStringList c;
            while (cols.next())
                c << cols.text(0);
            shape << QStringLiteral("index %1 on %2 (%3)").arg(name, r[2], c.join(u','));
        } else {
            shape << QStringLiteral("%1 %2 on %3").arg(type, name, r[2]);
        }
    }
    return shape;
}

}  // namespace

TEST_CASE("every committed database of an earlier schema migrates to the latest", "[storage][migration]")
{
    const QStringList files = QDir(test::dataFile(QString())).entryList({QStringLiteral("schema-v*.sqlite")}, QDir::Files);
    REQUIRE(files.size() == Schema::kLatestVersion - 1);  // one file for every earlier version

    test::TestOffice fresh(false);
    const QStringList expected = schemaShape(*fresh.db);

    for (const QString &name : files) {
        DYNAMIC_SECTION(name.toStdString())
        {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("office.sqlite"));
            REQUIRE(QFile::copy(test::dataFile(name), path));
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
            const int fromVersion = Database::probe(path).schemaVersion;
            REQUIRE(fromVersion < Schema::kLatestVersion);

            // Count what the old file holds before migrating.
            std::unique_ptr<Database> db;
            {
                Result<std::unique_ptr<Database>> old = Database::open(path, Database::OpenOptions{false, {}});
                REQUIRE(old.ok());
                CHECK((*old)->schemaVersion() == fromVersion);
            }
            Result<std::unique_ptr<Database>> migrated = Database::open(path);
            INFO(migrated.message());
            REQUIRE(migrated.ok());
            db = std::move(migrated).value();
            CHECK(db->schemaVersion() == Schema::kLatestVersion);
            CHECK(schemaShape(*db) == expected);

            // A safety copy was made before the migration.
            const QList<BackupInfo> backups = Backup::list(Backup::defaultDirectory(path), path);
            REQUIRE(backups.size() == 1);
            CHECK(backups.first().kind == QStringLiteral("pre-migration"));
            CHECK(Database::probe(backups.first().path).schemaVersion == fromVersion);

            // Nothing was lost, the log still rebuilds the tables, and the audit chain holds.
            Result<CheckReport> check = Maintenance::check(*db, Access::fileLevel(QStringLiteral("os:test")), true);
            REQUIRE(check.ok());
            CHECK(check->integrity.isEmpty());
            CHECK(check->audit.ok());
            REQUIRE(check->rebuild.has_value());
            CHECK(check->rebuild->differences.isEmpty());
            CHECK(check->rebuild->rowsCompared > 0);
            CHECK(check->ok());

            // The search index (version 2) covers the people the old file held.
            PersonQuery all;
            all.includeDeleted = true;
            const qint64 people = *PersonRepository::count(*db, all);
            CHECK(people > 0);
            CHECK(Query::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM person_search"), {}, QString())->toLongLong()
                  == people);
            Result<QList<PersonListItem>> some = PersonRepository::search(*db, PersonQuery{QStringLiteral("330225"), false, 5, 0});
            REQUIRE(some.ok());
            CHECK_FALSE(some->isEmpty());
        }
    }
}

TEST_CASE("a failed migration step leaves the old version intact", "[storage][migration]")
{
    // The migration runs in one transaction with user_version: if a step fails, the file keeps
    // its version and data. Simulate by making person_search exist already in a v1 copy.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.sqlite"));
    REQUIRE(QFile::copy(test::dataFile(QStringLiteral("schema-v1.sqlite")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        Result<std::unique_ptr<Database>> old = Database::open(path, Database::OpenOptions{false, {}});
        REQUIRE(old.ok());
        REQUIRE((*old)->exec(QStringLiteral("CREATE TABLE person_search (x)")).ok());
    }
    Result<std::unique_ptr<Database>> db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(Database::probe(path).schemaVersion == 1);
    Result<std::unique_ptr<Database>> again = Database::open(path, Database::OpenOptions{false, {}});
    REQUIRE(again.ok());
    CHECK(Query::scalar(**again, QStringLiteral("SELECT COUNT(*) FROM person"), {}, QString())->toInt() > 0);
}
