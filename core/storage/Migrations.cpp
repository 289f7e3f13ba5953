// The steps from each earlier schema version to the next. Each runs in its own transaction
// (Database::migrate) after a safety copy; tests/data holds a database of every earlier version.
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/SchemaDdl.h"

namespace sifa {

namespace {

// 1 → 2: the people search index, backfilled; REPLACE guards on the append-only tables.
Status migrateTo2(Database &db)
{
    const QString doing = Schema::tr("adding the people search index");
    if (Status s = ddl::execAll(db, ddl::personSearch(), doing); !s.ok())
        return s;
    if (Status s = ddl::execAll(db, ddl::appendOnlyGuards(), doing); !s.ok())
        return s;
    // Version 2 still kept one row per changed field; its guard went with the table in 3.
    if (Status s = db.exec(QStringLiteral("CREATE TRIGGER op_field_no_replace BEFORE INSERT ON op_field"
                                          " WHEN EXISTS (SELECT 1 FROM op_field WHERE op_id = new.op_id AND field = new.field)"
                                          " BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END"),
                           doing);
        !s.ok())
        return s;
    return db.exec(QStringLiteral("INSERT INTO person_search(uuid, keys) "
                                  "SELECT uuid, sifa_search_keys(name, alias, id_number, phone) FROM person"),
                   doing);
}

// 2 → 3: each op's fields move into one JSON column ({"field": [value, base_op_id]}); the field
// clock no longer keeps rows for fields last set by the op that created the row; 人民调解 tables
// and the dispute search index.
Status migrateTo3(Database &db)
{
    const QString doing = Schema::tr("upgrading the change log and adding people's mediation");
    const char *const steps[] = {
        "ALTER TABLE op ADD COLUMN fields TEXT NOT NULL DEFAULT '{}'",
        // The append-only guard steps aside for this one conversion, inside the transaction.
        "DROP TRIGGER op_no_update",
        "UPDATE op SET fields = IFNULL((SELECT json_group_object(f.field, json_array(f.value, f.base_op_id))"
        " FROM op_field f WHERE f.op_id = op.op_id), '{}')",
        "CREATE TRIGGER op_no_update BEFORE UPDATE ON op"
        " BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END",
        "DROP TABLE op_field",
        "DELETE FROM field_clock WHERE last_op_id IN (SELECT o.op_id FROM op o WHERE o.kind = 'upsert'"
        " AND o.rowid = (SELECT MIN(p.rowid) FROM op p WHERE p.row_uuid = o.row_uuid))",
    };
    for (const char *sql : steps) {
        if (Status s = db.exec(QString::fromUtf8(sql), doing); !s.ok())
            return s;
    }
    if (Status s = ddl::execAll(db, ddl::mediationTables(), doing); !s.ok())
        return s;
    return ddl::execAll(db, ddl::disputeSearch(), doing);
}

// 3 → 4: 社区矫正.
Status migrateTo4(Database &db)
{
    return ddl::execAll(db, ddl::correctionTables(), Schema::tr("adding community correction"));
}

// 4 → 5: 安置帮教, and the columns the 社区矫正 forms needed.
Status migrateTo5(Database &db)
{
    const QString doing = Schema::tr("adding resettlement and assistance");
    if (Status s = ddl::execAll(db, ddl::correctionAdditions(), doing); !s.ok())
        return s;
    return ddl::execAll(db, ddl::placementTables(), doing);
}

// 5 → 6: submitted statistics, and what the reports count by.
Status migrateTo6(Database &db)
{
    return ddl::execAll(db, ddl::statisticsTables(), Schema::tr("adding statistics"));
}

// 6 → 7: sync with the county.
Status migrateTo7(Database &db)
{
    return ddl::execAll(db, ddl::syncTables(), Schema::tr("adding sync with the county"));
}

}  // namespace

const std::vector<Schema::Migration> &Schema::migrations()
{
    static const std::vector<Migration> list = {
        {2, "people search index (FTS5 trigram, names and pinyin initials); REPLACE guards", migrateTo2},
        {3, "compact change log (fields as JSON); people's mediation; dispute search index", migrateTo3},
        {4, "community correction (subjects, supervision, requests, sanctions, assessments)", migrateTo4},
        {5, "resettlement and assistance (安置帮教 files, notices, visits, placement); correction form fields", migrateTo5},
        {6, "statistics: submitted reports (stat_submission), agreement date index, re-offences under correction", migrateTo6},
        {7, "sync: keys, partners, bundle ledger, conflicts, transfers; op.skipped", migrateTo7},
    };
    return list;
}

}  // namespace sifa
