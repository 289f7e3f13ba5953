#include "storage/SchemaDdl.h"

#include "storage/Database.h"
#include "storage/SchemaColumns.h"

namespace sifa {
namespace ddl {

const Statements &coreTables()
{
    static const Statements list = {
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
    // {"field": [value, base_op_id or null], ...}: what changed and what each change was based on
    " fields TEXT NOT NULL DEFAULT '{}',"
    " UNIQUE (origin_replica, origin_incarnation, origin_seq)"
    ")",
    "CREATE INDEX op_by_row ON op(row_uuid)",

    // Which op last set each field of each row, for fields changed after the row's creation (a
    // field without a row here was last set by the op that created the row).
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
    return list;
}

// Version 2: the people search index. person_search holds, per person, the text the search box
// looks in (name, former name, their pinyin initials, ID number, phone; see
// sifa_search_keys); person_fts indexes it with FTS5's trigram tokenizer for queries of three
// characters and more. Shorter queries (two-character names, "zs") scan person_search, which
// is small. Triggers keep both in step with person, whoever writes it.
const Statements &personSearch()
{
    static const Statements list = {
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
};
    return list;
}

const Statements &appendOnlyGuards()
{
    static const Statements list = {
    // REPLACE (or INSERT OR REPLACE) removes a row without firing the no-delete guards of
    // WITHOUT ROWID tables: refuse any insert whose key is already there.
    "CREATE TRIGGER op_no_replace BEFORE INSERT ON op"
    " WHEN EXISTS (SELECT 1 FROM op WHERE op_id = new.op_id)"
    " BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END",
    "CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log"
    " WHEN EXISTS (SELECT 1 FROM audit_log WHERE seq = new.seq)"
    " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
};
    return list;
}

Status execAll(Database &db, const Statements &statements, const QString &doing)
{
    for (const char *sql : statements) {
        if (Status s = db.exec(QString::fromUtf8(sql), doing); !s.ok())
            return s;
    }
    return {};
}

}  // namespace ddl
}  // namespace sifa
