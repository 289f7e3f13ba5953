// Version 7: sync with the county — keys, partners, the bundle ledger, conflicts, transfers.
#include "storage/SchemaColumns.h"
#include "storage/SchemaDdl.h"

namespace sifa {
namespace ddl {

const Statements &syncTables()
{
    static const Statements list = {
        // Fields an incoming op carried but that lost a conflict: the projection of that op
        // leaves them out (a rebuild from the log does the same). Comma-separated names.
        "ALTER TABLE op ADD COLUMN skipped TEXT NOT NULL DEFAULT ''",
        "CREATE INDEX op_by_origin ON op(origin_replica, origin_incarnation, origin_seq)",

        // This office's key pairs (SYNC.md §6). The secret halves are sealed with the office key
        // (KEK), which only holders (key_holder) can open with their password. generation goes
        // up on rotation; the older ones stay to read bundles sealed to them.
        "CREATE TABLE own_key ("
        " key_id TEXT PRIMARY KEY NOT NULL,"
        " generation INTEGER NOT NULL,"
        " purpose TEXT NOT NULL CHECK (purpose IN ('office','escrow')),"
        " sign_pk BLOB NOT NULL,"
        " box_pk BLOB NOT NULL,"
        " sealed_secret BLOB NOT NULL,"
        " created_at TEXT NOT NULL,"
        " created_by TEXT NOT NULL,"
        " retired_at TEXT NOT NULL DEFAULT '',"
        " revoked_at TEXT NOT NULL DEFAULT ''"
        ") WITHOUT ROWID",
        // A user who may open the office key: their own X25519 pair (secret wrapped with a key
        // derived from their password) and the KEK sealed to their public key (empty until a
        // holder grants it).
        "CREATE TABLE key_holder ("
        " user_uuid TEXT PRIMARY KEY NOT NULL,"
        " box_pk BLOB NOT NULL,"
        " wrapped_sk BLOB NOT NULL,"
        " sealed_kek BLOB,"
        " updated_at TEXT NOT NULL"
        ") WITHOUT ROWID",
        // Other offices' public keys, trusted after their fingerprint was confirmed.
        "CREATE TABLE trusted_key ("
        " key_id TEXT PRIMARY KEY NOT NULL,"
        " office_code TEXT NOT NULL,"
        " office_name TEXT NOT NULL DEFAULT '',"
        " mode TEXT NOT NULL,"
        " replica_id TEXT NOT NULL,"
        " generation INTEGER NOT NULL DEFAULT 1,"
        " sign_pk BLOB NOT NULL,"
        " box_pk BLOB NOT NULL,"
        " escrow_pk BLOB,"
        " fingerprint TEXT NOT NULL,"
        " trusted_at TEXT NOT NULL,"
        " trusted_by TEXT NOT NULL,"
        " revoked_at TEXT NOT NULL DEFAULT '',"
        " revoked_reason TEXT NOT NULL DEFAULT '',"
        " superseded_by TEXT NOT NULL DEFAULT ''"
        ") WITHOUT ROWID",
        "CREATE INDEX trusted_key_by_office ON trusted_key(office_code)",

        // Each office this one exchanges bundles with, and how far each side has come.
        // recv_*: how far this office has received the partner's log (its local order);
        // acked_*: how far the partner says it has received ours (from its last bundle);
        // their_have: what the partner holds of its own log, {"incarnation": seq} (to send back
        // ops a restored partner lost).
        "CREATE TABLE sync_partner ("
        " replica_id TEXT PRIMARY KEY NOT NULL,"
        " office_code TEXT NOT NULL,"
        " office_name TEXT NOT NULL DEFAULT '',"
        " mode TEXT NOT NULL,"
        " recv_incarnation INTEGER NOT NULL DEFAULT 0,"
        " recv_order INTEGER NOT NULL DEFAULT 0,"
        " acked_incarnation INTEGER NOT NULL DEFAULT 0,"
        " acked_order INTEGER NOT NULL DEFAULT 0,"
        " their_have TEXT NOT NULL DEFAULT '{}',"
        " last_bundle_id TEXT NOT NULL DEFAULT '',"
        " last_bundle_created TEXT NOT NULL DEFAULT '',"
        " last_received_at TEXT NOT NULL DEFAULT '',"
        " last_export_at TEXT NOT NULL DEFAULT '',"
        " last_export_order INTEGER NOT NULL DEFAULT 0,"
        " recv_audit_seq INTEGER NOT NULL DEFAULT 0,"
        " acked_audit_seq INTEGER NOT NULL DEFAULT 0"
        ") WITHOUT ROWID",
        // The audit trail of each township as received in its bundles (county side): the
        // segment's hash chain is checked on arrival and continues across bundles.
        "CREATE TABLE partner_audit ("
        " replica_id TEXT NOT NULL,"
        " seq INTEGER NOT NULL,"
        " at TEXT NOT NULL,"
        " actor TEXT NOT NULL,"
        " role TEXT NOT NULL,"
        " action TEXT NOT NULL,"
        " entity TEXT NOT NULL DEFAULT '',"
        " record TEXT NOT NULL DEFAULT '',"
        " detail TEXT NOT NULL DEFAULT '',"
        " prev_hash TEXT NOT NULL,"
        " hash TEXT NOT NULL,"
        " PRIMARY KEY (replica_id, seq)"
        ") WITHOUT ROWID",
        "CREATE INDEX sync_partner_by_office ON sync_partner(office_code)",
        // After a restore from backup: the highest local order the restored log held, so that an
        // acknowledgement of the lost incarnation does not hide what was written since.
        "CREATE TABLE sync_restore_point ("
        " incarnation INTEGER PRIMARY KEY NOT NULL,"
        " max_order INTEGER NOT NULL"
        ")",

        // Every bundle written or read (SYNC.md §3): the import ledger and the export record.
        "CREATE TABLE bundle_ledger ("
        " bundle_id TEXT NOT NULL,"
        " direction TEXT NOT NULL CHECK (direction IN ('in','out')),"
        " file_hash TEXT NOT NULL DEFAULT '',"
        " sender_replica TEXT NOT NULL DEFAULT '',"
        " sender_office TEXT NOT NULL DEFAULT '',"
        " recipient_office TEXT NOT NULL DEFAULT '',"
        " range_incarnation INTEGER NOT NULL DEFAULT 0,"
        " range_from INTEGER NOT NULL DEFAULT 0,"
        " range_to INTEGER NOT NULL DEFAULT 0,"
        " op_count INTEGER NOT NULL DEFAULT 0,"
        " status TEXT NOT NULL CHECK (status IN ('exported','applied','rejected','quarantined','retried')),"
        " at TEXT NOT NULL,"
        " who TEXT NOT NULL,"
        " reason TEXT NOT NULL DEFAULT '',"
        " kept_file TEXT NOT NULL DEFAULT '',"
        " summary TEXT NOT NULL DEFAULT '',"
        " PRIMARY KEY (bundle_id, direction, at)"
        ") WITHOUT ROWID",
        "CREATE INDEX bundle_ledger_by_status ON bundle_ledger(status, direction)",

        // A field two offices changed concurrently to different values (SYNC.md §5), or a
        // record deleted at one office while another edited it. competitors: [{op, value,
        // replica, office, actor, role, hlc, wall}]; the provisional winner is shown until a
        // person resolves it with a reason (a merge op every replica applies).
        "CREATE TABLE sync_conflict ("
        " id TEXT PRIMARY KEY NOT NULL,"
        " kind TEXT NOT NULL CHECK (kind IN ('field','delete_edit')),"
        " entity TEXT NOT NULL,"
        " row_uuid TEXT NOT NULL,"
        " field TEXT NOT NULL,"
        " office_code TEXT NOT NULL DEFAULT '',"
        " competitors TEXT NOT NULL,"
        " winner_op TEXT NOT NULL,"
        " status TEXT NOT NULL CHECK (status IN ('open','resolved')),"
        " detected_at TEXT NOT NULL,"
        " bundle_id TEXT NOT NULL DEFAULT '',"
        " resolved_op TEXT NOT NULL DEFAULT '',"
        " resolved_by TEXT NOT NULL DEFAULT '',"
        " resolved_at TEXT NOT NULL DEFAULT '',"
        " resolution TEXT NOT NULL DEFAULT ''"
        ") WITHOUT ROWID",
        "CREATE INDEX sync_conflict_by_row ON sync_conflict(row_uuid, field, status)",
        "CREATE INDEX sync_conflict_by_status ON sync_conflict(status, detected_at)",

        // A correction or resettlement file moving from one township to another through the
        // county (synced). Until the receiving office accepts, the sender stays responsible.
        "CREATE TABLE sync_transfer (" SIFA_SYNCED_META_COLUMNS
        SIFA_TEXT("subject_entity") SIFA_TEXT("subject_uuid") SIFA_TEXT("subject_name")
        SIFA_TEXT("from_office") SIFA_TEXT("to_office") SIFA_TEXT("reason") SIFA_TEXT("requested_date")
        SIFA_TEXT("status") SIFA_TEXT("forwarded_date") SIFA_TEXT("decided_date") SIFA_TEXT("decided_by")
        " decision_note TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX sync_transfer_by_subject ON sync_transfer(subject_uuid)",
    };
    return list;
}

}  // namespace ddl
}  // namespace sifa
