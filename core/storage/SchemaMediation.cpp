// Version 3: 人民调解 (domain README §2.3) and the dispute search index.
#include "storage/SchemaColumns.h"
#include "storage/SchemaDdl.h"

namespace sifa {
namespace ddl {

const Statements &mediationTables()
{
    static const Statements list = {
        // 调委会: the committees that mediate (village/residents', township, enterprise, trade).
        "CREATE TABLE committee (" SIFA_SYNCED_META_COLUMNS
        " name TEXT NOT NULL,"
        SIFA_TEXT("kind") SIFA_TEXT("division_code") SIFA_TEXT("address")
        " note TEXT NOT NULL DEFAULT '')",

        // 调解员: a committee's mediators; `username` links one to a SifaDesk account (to-do list).
        "CREATE TABLE mediator (" SIFA_SYNCED_META_COLUMNS
        " name TEXT NOT NULL,"
        SIFA_TEXT("person_uuid") SIFA_TEXT("committee_uuid") SIFA_INT("full_time") SIFA_TEXT("phone")
        SIFA_TEXT("username") SIFA_TEXT("appointed_date")
        " active INTEGER NOT NULL DEFAULT 1)",

        // 矛盾纠纷排查: one row per screening activity, or a monthly zero report.
        "CREATE TABLE screening (" SIFA_SYNCED_META_COLUMNS
        " screening_date TEXT NOT NULL,"
        SIFA_TEXT("period") SIFA_TEXT("scope") SIFA_TEXT("method") SIFA_INT("found_count")
        SIFA_INT("prevented_count") SIFA_TEXT("reporter") SIFA_TEXT("committee_uuid") SIFA_INT("zero_report")
        " note TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX screening_by_date ON screening(screening_date)",

        // The dispute and the state of its case. Amounts are in fen (分). rid orders the ledger
        // by entry and is the rowid of the dispute's search document.
        "CREATE TABLE dispute (" SIFA_SYNCED_META_COLUMNS_RID
        SIFA_TEXT("case_no") SIFA_TEXT("title")
        SIFA_TEXT("source") SIFA_TEXT("referral_kind") SIFA_TEXT("referral_body") SIFA_TEXT("screening_uuid")
        SIFA_TEXT("dispute_type") SIFA_TEXT("summary") SIFA_TEXT("claims") SIFA_INT("persons_involved")
        SIFA_INT("amount_involved") SIFA_TEXT("place")
        SIFA_TEXT("committee_uuid") SIFA_TEXT("lead_mediator_uuid") SIFA_TEXT("assist_mediator_uuid")
        SIFA_TEXT("status") SIFA_TEXT("registered_date") SIFA_TEXT("accepted_date") SIFA_TEXT("decided_date")
        SIFA_TEXT("not_accepted_reason")
        SIFA_TEXT("risk_level") SIFA_INT("is_group") SIFA_INT("group_headcount") SIFA_INT("is_major")
        SIFA_INT("reported_to_police")
        SIFA_INT("prevent_criminal_cases") SIFA_INT("prevent_criminal_persons")
        SIFA_INT("prevent_petition_cases") SIFA_INT("prevent_petition_persons")
        SIFA_INT("prevent_fight_cases") SIFA_INT("prevent_fight_persons")
        SIFA_INT("prevent_suicide_cases") SIFA_INT("prevent_suicide_persons")
        SIFA_TEXT("extension_until") SIFA_TEXT("extension_note")
        SIFA_TEXT("result") SIFA_TEXT("result_date") SIFA_TEXT("termination_reason") SIFA_INT("routes_explained")
        SIFA_TEXT("closed_date") SIFA_TEXT("archived_date") SIFA_TEXT("filed_by") SIFA_TEXT("retention")
        SIFA_TEXT("responsible_leader") SIFA_TEXT("responsible_deadline") SIFA_TEXT("responsible_assigned")
        SIFA_TEXT("responsible_closed")
        " registrar TEXT NOT NULL DEFAULT '')",
        // One index per ledger sort, each ending in rid (implicitly) as the ledger's tie-break,
        // so that every sort, both ways, pages by walking its index. The ledger's filters are
        // answered by the tags of the search index (see disputeSearch() below).
        "CREATE INDEX dispute_by_case_no ON dispute(case_no)",
        "CREATE INDEX dispute_by_accepted ON dispute(accepted_date)",
        "CREATE INDEX dispute_by_registered ON dispute(registered_date)",
        "CREATE INDEX dispute_by_status ON dispute(status)",
        "CREATE INDEX dispute_by_type ON dispute(dispute_type)",
        "CREATE INDEX dispute_by_committee ON dispute(committee_uuid)",
        "CREATE INDEX dispute_by_leader ON dispute(responsible_leader) WHERE responsible_leader <> ''",
        "CREATE INDEX dispute_deleted ON dispute(rid) WHERE deleted <> 0",

        // 当事人: a person of the people index or an organisation; name, ID number and phone are
        // kept as they were on the application (the forms print them; the search finds them).
        "CREATE TABLE dispute_party (" SIFA_SYNCED_META_COLUMNS
        " dispute_uuid TEXT NOT NULL,"
        SIFA_INT("seq") SIFA_TEXT("role") SIFA_TEXT("kind") SIFA_TEXT("person_uuid")
        " name TEXT NOT NULL,"
        SIFA_TEXT("legal_rep") SIFA_TEXT("address") SIFA_TEXT("phone")
        " id_number TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX dispute_party_by_dispute ON dispute_party(dispute_uuid, seq)",
        "CREATE INDEX dispute_party_by_person ON dispute_party(person_uuid) WHERE person_uuid <> ''",

        // 调查记录 (kind 'investigation') and 调解记录 (kind 'session').
        "CREATE TABLE dispute_record (" SIFA_SYNCED_META_COLUMNS
        " dispute_uuid TEXT NOT NULL,"
        " kind TEXT NOT NULL,"
        " record_time TEXT NOT NULL,"
        SIFA_TEXT("place") SIFA_TEXT("staff") SIFA_TEXT("subjects") SIFA_TEXT("participants")
        SIFA_TEXT("recorder")
        " content TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX dispute_record_by_dispute ON dispute_record(dispute_uuid, record_time)",

        // 调解协议 (written or oral), with performance and judicial confirmation.
        "CREATE TABLE agreement (" SIFA_SYNCED_META_COLUMNS
        " dispute_uuid TEXT NOT NULL,"
        SIFA_TEXT("agreement_no")
        " form TEXT NOT NULL DEFAULT 'written',"
        SIFA_TEXT("agreed_date") SIFA_TEXT("effective_date") SIFA_TEXT("facts") SIFA_TEXT("performance_method")
        SIFA_TEXT("performance_deadline") SIFA_INT("copies") SIFA_INT("amount")
        SIFA_TEXT("performance_status") SIFA_TEXT("performance_date")
        SIFA_TEXT("jc_applied_date") SIFA_TEXT("jc_court") SIFA_TEXT("jc_result") SIFA_TEXT("jc_ruling_no")
        " jc_result_date TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX agreement_by_dispute ON agreement(dispute_uuid)",

        "CREATE TABLE agreement_clause (" SIFA_SYNCED_META_COLUMNS
        " agreement_uuid TEXT NOT NULL,"
        SIFA_INT("seq")
        " text TEXT NOT NULL,"
        SIFA_INT("amount")
        " due_date TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX agreement_clause_by_agreement ON agreement_clause(agreement_uuid, seq)",

        // 回访记录.
        "CREATE TABLE return_visit (" SIFA_SYNCED_META_COLUMNS
        " dispute_uuid TEXT NOT NULL,"
        " visit_date TEXT NOT NULL,"
        SIFA_TEXT("visitor") SIFA_TEXT("visited") SIFA_TEXT("performance") SIFA_TEXT("satisfaction")
        SIFA_INT("sued") SIFA_TEXT("situation")
        " measures TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX return_visit_by_dispute ON return_visit(dispute_uuid, visit_date)",

        // Attachments: the record syncs; the bytes live once per content in blob_store, keyed by
        // SHA-256 (bundles carry them content-addressed).
        "CREATE TABLE attachment (" SIFA_SYNCED_META_COLUMNS
        " owner_entity TEXT NOT NULL,"
        " owner_uuid TEXT NOT NULL,"
        SIFA_TEXT("kind")
        " file_name TEXT NOT NULL,"
        SIFA_TEXT("mime") SIFA_INT("size")
        " sha256 TEXT NOT NULL,"
        " note TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX attachment_by_owner ON attachment(owner_uuid)",
        "CREATE TABLE blob_store ("
        " sha256 TEXT PRIMARY KEY NOT NULL,"
        " size INTEGER NOT NULL,"
        " data BLOB NOT NULL"
        ") WITHOUT ROWID",
    };
    return list;
}

// The dispute search index. dispute_search holds one document per dispute, built in C++
// (DisputeSearch) whenever a dispute or one of its parties changes; its rid is the dispute's:
//   uni    single CJK characters of party names (a one-character query: a surname)
//   bi     overlapping CJK character pairs of names, title, summary and place (queries of two
//          characters and more match as a phrase of pairs)
//   py     full pinyin and pinyin initials of party names with their prefixes (wangwei, ww)
//   tags   the ledger's filter fields (status, type, source, risk, committee, mediators, the
//          ledger date from millennium to day, deleted): filters are terms of the same MATCH
//   digits case number, ID numbers and phones (substrings of three characters and more)
// dispute_fts_words has no prefix index: it would copy every bigram; pinyin prefixes are tokens.
// rid increases with registration, so "newest first" is the index's own order.
const Statements &disputeSearch()
{
    static const Statements list = {
        "CREATE TABLE dispute_search ("
        " rid INTEGER PRIMARY KEY,"
        " uni TEXT NOT NULL,"
        " bi TEXT NOT NULL,"
        " py TEXT NOT NULL,"
        " tags TEXT NOT NULL,"
        " digits TEXT NOT NULL"
        ")",
        "CREATE VIRTUAL TABLE dispute_fts_words USING fts5(uni, bi, py, tags, content='dispute_search', content_rowid='rid',"
        " tokenize='unicode61')",
        "CREATE VIRTUAL TABLE dispute_fts_digits USING fts5(digits, content='dispute_search', content_rowid='rid',"
        " tokenize='trigram')",
        "CREATE TRIGGER dispute_search_ai AFTER INSERT ON dispute_search BEGIN"
        " INSERT INTO dispute_fts_words(rowid, uni, bi, py, tags) VALUES (new.rid, new.uni, new.bi, new.py, new.tags);"
        " INSERT INTO dispute_fts_digits(rowid, digits) VALUES (new.rid, new.digits); END",
        "CREATE TRIGGER dispute_search_ad AFTER DELETE ON dispute_search BEGIN"
        " INSERT INTO dispute_fts_words(dispute_fts_words, rowid, uni, bi, py, tags)"
        " VALUES ('delete', old.rid, old.uni, old.bi, old.py, old.tags);"
        " INSERT INTO dispute_fts_digits(dispute_fts_digits, rowid, digits) VALUES ('delete', old.rid, old.digits); END",
        // Each index is rewritten only when its own columns changed (a status change: the tags).
        "CREATE TRIGGER dispute_search_au_words AFTER UPDATE ON dispute_search WHEN old.uni IS NOT new.uni"
        " OR old.bi IS NOT new.bi OR old.py IS NOT new.py OR old.tags IS NOT new.tags BEGIN"
        " INSERT INTO dispute_fts_words(dispute_fts_words, rowid, uni, bi, py, tags)"
        " VALUES ('delete', old.rid, old.uni, old.bi, old.py, old.tags);"
        " INSERT INTO dispute_fts_words(rowid, uni, bi, py, tags) VALUES (new.rid, new.uni, new.bi, new.py, new.tags); END",
        "CREATE TRIGGER dispute_search_au_digits AFTER UPDATE ON dispute_search WHEN old.digits IS NOT new.digits BEGIN"
        " INSERT INTO dispute_fts_digits(dispute_fts_digits, rowid, digits) VALUES ('delete', old.rid, old.digits);"
        " INSERT INTO dispute_fts_digits(rowid, digits) VALUES (new.rid, new.digits); END",
    };
    return list;
}

}  // namespace ddl
}  // namespace sifa
