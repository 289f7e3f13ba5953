#include "storage/Schema.h"

#include "storage/Database.h"

namespace sifa {

namespace {

// Columns every synced record carries (SYNC.md §1): uuid key, owning office, who and when,
// and a tombstone instead of hard deletion. All of them are written by the projection of the
// change log, never directly.
#define SIFA_SYNCED_META_COLUMNS                        \
    "uuid TEXT PRIMARY KEY NOT NULL,"                   \
    "office_code TEXT NOT NULL,"                        \
    "created_at TEXT NOT NULL,"                         \
    "created_by TEXT NOT NULL,"                         \
    "updated_at TEXT NOT NULL,"                         \
    "updated_by TEXT NOT NULL,"                         \
    "deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),"

// The tables of the latest schema, created directly (with kPersonSearch below). Migrations bring older files to the same shape; a test
// compares a migrated file with a fresh one table by table.
const char *const kCreateLatest[] = {
    // Facts about this database: office, mode, creation.
    "CREATE TABLE meta ("
    " key TEXT PRIMARY KEY NOT NULL,"
    " value TEXT NOT NULL"
    ") WITHOUT ROWID",

    // This installation as a replica (SYNC.md §1). Exactly one row.
    "CREATE TABLE replica_state ("
    " id INTEGER PRIMARY KEY CHECK (id = 1),"
    " replica_id TEXT NOT NULL,"
    " incarnation INTEGER NOT NULL,"
    " next_seq INTEGER NOT NULL,"
    " last_hlc INTEGER NOT NULL"
    ")",

    // The change log. rowid is the local order in which ops were applied.
    "CREATE TABLE op ("
    " op_id TEXT NOT NULL UNIQUE,"
    " origin_replica TEXT NOT NULL,"
    " origin_incarnation INTEGER NOT NULL,"
    " origin_seq INTEGER NOT NULL,"
    " hlc INTEGER NOT NULL,"
    " wall_time TEXT NOT NULL,"
    " actor TEXT NOT NULL,"
    " actor_role TEXT NOT NULL,"
    " reason TEXT NOT NULL DEFAULT '',"
    " entity TEXT NOT NULL,"
    " row_uuid TEXT NOT NULL,"
    " kind TEXT NOT NULL CHECK (kind IN ('upsert','delete','undelete','merge','purge','transfer')),"
    " schema_version INTEGER NOT NULL,"
    " UNIQUE (origin_replica, origin_incarnation, origin_seq)"
    ")",
    "CREATE INDEX op_by_row ON op(row_uuid)",

    "CREATE TABLE op_field ("
    " op_id TEXT NOT NULL REFERENCES op(op_id),"
    " field TEXT NOT NULL,"
    " value,"
    " base_op_id TEXT,"
    " PRIMARY KEY (op_id, field)"
    ") WITHOUT ROWID",

    // Which op last set each field of each row.
    "CREATE TABLE field_clock ("
    " row_uuid TEXT NOT NULL,"
    " field TEXT NOT NULL,"
    " entity TEXT NOT NULL,"
    " last_op_id TEXT NOT NULL,"
    " hlc INTEGER NOT NULL,"
    " PRIMARY KEY (row_uuid, field)"
    ") WITHOUT ROWID",

    // Ops are immutable once written.
    "CREATE TRIGGER op_no_update BEFORE UPDATE ON op"
    " BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END",
    "CREATE TRIGGER op_no_delete BEFORE DELETE ON op"
    " BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END",
    "CREATE TRIGGER op_field_no_update BEFORE UPDATE ON op_field"
    " BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END",
    "CREATE TRIGGER op_field_no_delete BEFORE DELETE ON op_field"
    " BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END",

    // Local user accounts. They do not sync: each installation signs in its own staff.
    "CREATE TABLE app_user ("
    " uuid TEXT PRIMARY KEY NOT NULL,"
    " username TEXT NOT NULL UNIQUE COLLATE NOCASE,"
    " display_name TEXT NOT NULL DEFAULT '',"
    " role TEXT NOT NULL,"
    " password_hash TEXT NOT NULL,"
    " must_change INTEGER NOT NULL DEFAULT 0,"
    " disabled INTEGER NOT NULL DEFAULT 0,"
    " failed_count INTEGER NOT NULL DEFAULT 0,"
    " locked_until TEXT NOT NULL DEFAULT '',"
    " last_sign_in TEXT NOT NULL DEFAULT '',"
    " password_changed_at TEXT NOT NULL,"
    " created_at TEXT NOT NULL,"
    " created_by TEXT NOT NULL,"
    " updated_at TEXT NOT NULL,"
    " updated_by TEXT NOT NULL"
    ")",

    // Hash-chained, append-only audit trail. seq runs 1, 2, 3, ... without gaps.
    "CREATE TABLE audit_log ("
    " seq INTEGER PRIMARY KEY,"
    " at TEXT NOT NULL,"
    " actor TEXT NOT NULL,"
    " role TEXT NOT NULL,"
    " action TEXT NOT NULL,"
    " entity TEXT NOT NULL DEFAULT '',"
    " record TEXT NOT NULL DEFAULT '',"
    " detail TEXT NOT NULL DEFAULT '',"
    " prev_hash TEXT NOT NULL,"
    " hash TEXT NOT NULL"
    ")",
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
    " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
    " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",

    // Human-readable numbers, allocated inside the transaction that uses them.
    "CREATE TABLE doc_sequence ("
    " office_code TEXT NOT NULL,"
    " doc_type TEXT NOT NULL,"
    " year INTEGER NOT NULL,"
    " last_no INTEGER NOT NULL,"
    " PRIMARY KEY (office_code, doc_type, year)"
    ") WITHOUT ROWID",

    // Office-wide settings (typed registry in core/settings).
    "CREATE TABLE setting ("
    " key TEXT PRIMARY KEY NOT NULL,"
    " value TEXT NOT NULL,"
    " updated_at TEXT NOT NULL,"
    " updated_by TEXT NOT NULL"
    ") WITHOUT ROWID",

    // The shared people index (domain §1.1). Synced.
    "CREATE TABLE person (" SIFA_SYNCED_META_COLUMNS
    " name TEXT NOT NULL,"
    " alias TEXT NOT NULL DEFAULT '',"
    " sex TEXT NOT NULL DEFAULT '0',"
    " ethnicity TEXT NOT NULL DEFAULT '',"
    " id_type TEXT NOT NULL DEFAULT '1',"
    " id_number TEXT NOT NULL DEFAULT '',"
    " birth_date TEXT NOT NULL DEFAULT '',"
    " education TEXT NOT NULL DEFAULT '',"
    " marital_status TEXT NOT NULL DEFAULT '',"
    " political_status TEXT NOT NULL DEFAULT '',"
    " occupation TEXT NOT NULL DEFAULT '',"
    " employer TEXT NOT NULL DEFAULT '',"
    " phone TEXT NOT NULL DEFAULT '',"
    " hukou_division TEXT NOT NULL DEFAULT '',"
    " hukou_address TEXT NOT NULL DEFAULT '',"
    " residence_division TEXT NOT NULL DEFAULT '',"
    " residence_address TEXT NOT NULL DEFAULT '',"
    " note TEXT NOT NULL DEFAULT ''"
    ")",
    "CREATE UNIQUE INDEX person_id_number ON person(office_code, id_type, id_number)"
    " WHERE deleted = 0 AND id_number <> ''",
    "CREATE INDEX person_name ON person(name)",
};

#undef SIFA_SYNCED_META_COLUMNS

// Version 2: the people search index, and guards against REPLACE on the append-only tables. person_search holds, per person, the text the search box
// looks in (name, former name, their pinyin initials, ID number, phone; see
// sifa_search_keys); person_fts indexes it with FTS5's trigram tokenizer for queries of three
// characters and more. Shorter queries (two-character names, "zs") scan person_search, which
// is small. Triggers keep both in step with person, whoever writes it.
const char *const kPersonSearch[] = {
    "CREATE TABLE person_search ("
    " rid INTEGER PRIMARY KEY,"
    " uuid TEXT NOT NULL UNIQUE,"
    " keys TEXT NOT NULL"
    ")",
    "CREATE VIRTUAL TABLE person_fts USING fts5(keys, content='person_search', content_rowid='rid',"
    " tokenize='trigram')",
    "CREATE TRIGGER person_search_ai AFTER INSERT ON person_search BEGIN"
    " INSERT INTO person_fts(rowid, keys) VALUES (new.rid, new.keys); END",
    "CREATE TRIGGER person_search_ad AFTER DELETE ON person_search BEGIN"
    " INSERT INTO person_fts(person_fts, rowid, keys) VALUES ('delete', old.rid, old.keys); END",
    "CREATE TRIGGER person_search_au AFTER UPDATE ON person_search BEGIN"
    " INSERT INTO person_fts(person_fts, rowid, keys) VALUES ('delete', old.rid, old.keys);"
    " INSERT INTO person_fts(rowid, keys) VALUES (new.rid, new.keys); END",
    "CREATE TRIGGER person_index_ai AFTER INSERT ON person BEGIN"
    " INSERT INTO person_search(uuid, keys)"
    " VALUES (new.uuid, sifa_search_keys(new.name, new.alias, new.id_number, new.phone)); END",
    "CREATE TRIGGER person_index_au AFTER UPDATE OF name, alias, id_number, phone ON person BEGIN"
    " UPDATE person_search SET keys = sifa_search_keys(new.name, new.alias, new.id_number, new.phone)"
    " WHERE uuid = new.uuid; END",
    "CREATE TRIGGER person_index_ad AFTER DELETE ON person BEGIN"
    " DELETE FROM person_search WHERE uuid = old.uuid; END",
    // The duplicate check on saving looks people up by number.
    "CREATE INDEX person_by_id_number ON person(id_number) WHERE id_number <> ''",
    // REPLACE (or INSERT OR REPLACE) removes a row without firing the no-delete guards of
    // WITHOUT ROWID tables: refuse any insert whose key is already there.
    "CREATE TRIGGER op_no_replace BEFORE INSERT ON op"
    " WHEN EXISTS (SELECT 1 FROM op WHERE op_id = new.op_id)"
    " BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END",
    "CREATE TRIGGER op_field_no_replace BEFORE INSERT ON op_field"
    " WHEN EXISTS (SELECT 1 FROM op_field WHERE op_id = new.op_id AND field = new.field)"
    " BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END",
    "CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log"
    " WHEN EXISTS (SELECT 1 FROM audit_log WHERE seq = new.seq)"
    " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
};

Status execAll(Database &db, const char *const *begin, const char *const *end, const QString &doing)
{
    for (const char *const *sql = begin; sql != end; ++sql) {
        if (Status s = db.exec(QString::fromUtf8(*sql), doing); !s.ok())
            return s;
    }
    return {};
}

Status migrateTo2(Database &db)
{
    const QString doing = Schema::tr("adding the people search index");
    if (Status s = execAll(db, std::begin(kPersonSearch), std::end(kPersonSearch), doing); !s.ok())
        return s;
    return db.exec(QStringLiteral("INSERT INTO person_search(uuid, keys) "
                                  "SELECT uuid, sifa_search_keys(name, alias, id_number, phone) FROM person"),
                   doing);
}

}  // namespace

Status Schema::create(Database &db)
{
    const QString doing = tr("creating the database");
    if (Status s = execAll(db, std::begin(kCreateLatest), std::end(kCreateLatest), doing); !s.ok())
        return s;
    if (Status s = execAll(db, std::begin(kPersonSearch), std::end(kPersonSearch), doing); !s.ok())
        return s;
    return db.exec(QStringLiteral("PRAGMA user_version = %1").arg(kLatestVersion));
}

const std::vector<Schema::Migration> &Schema::migrations()
{
    static const std::vector<Migration> list = {
        {2, "people search index (FTS5 trigram, names and pinyin initials); REPLACE guards", migrateTo2},
    };
    return list;
}

}  // namespace sifa
