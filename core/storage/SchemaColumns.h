#pragma once

// Columns every synced record carries (SYNC.md §1): uuid key, owning office, who and when,
// and a tombstone instead of hard deletion. All of them are written by the projection of the
// change log, never directly. (Private to the schema's .cpp files.)
#define SIFA_SYNCED_META_COLUMNS                        \
    "uuid TEXT PRIMARY KEY NOT NULL,"                   \
    SIFA_SYNCED_META_TAIL

// The same for a table that other tables point at by its rowid (dispute_search → dispute): an
// explicit INTEGER PRIMARY KEY keeps the rowids through VACUUM, the uuid stays unique.
#define SIFA_SYNCED_META_COLUMNS_RID                    \
    "rid INTEGER PRIMARY KEY,"                          \
    "uuid TEXT NOT NULL UNIQUE,"                        \
    SIFA_SYNCED_META_TAIL

#define SIFA_SYNCED_META_TAIL                           \
    "office_code TEXT NOT NULL,"                        \
    "created_at TEXT NOT NULL,"                         \
    "created_by TEXT NOT NULL,"                         \
    "updated_at TEXT NOT NULL,"                         \
    "updated_by TEXT NOT NULL,"                         \
    "deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),"

#define SIFA_TEXT(name) " " name " TEXT NOT NULL DEFAULT '',"
#define SIFA_INT(name) " " name " INTEGER NOT NULL DEFAULT 0,"
