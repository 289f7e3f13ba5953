// The mediation ledger's queries: DisputeRepository::list, count and sortValue, and how each
// LedgerQuery is answered so that every page and every count the ledger asks for stays within
// a frame on a county's decade of cases (tests/bench/bench_mediation.cpp measures them).
//
// The criteria (search box and filters) become
//   words   one MATCH on dispute_fts_words: the search's words and pinyin, the filters as tags,
//           deleted cases excluded by their tag; the index intersects them by skipping;
//   digits  a MATCH on dispute_fts_digits (case numbers, ID numbers, phones);
//   checks  the same filters as SQL on the dispute row, applied to every row that is read.
// Plans:
//   Entered order   the index with the criteria drives in rid order and stops after the page;
//                   no criteria: the table backwards. With words and digits both, the smaller
//                   (estimated) drives.
//   another order   few matches (up to kFetchAll): all of them, sorted; more: the sort's index
//                   is walked in order and each rid tested against the matches (materialised
//                   once, up to kMaterialise of them; beyond that, one index probe per row, or
//                   the SQL checks alone for filters), so a page reads about
//                   page / (share of matching cases) index entries.
//   count           the index alone (no table rows); bounded: stops after `bound`.
// Keyset paging: after (key, rid), as (key = k AND rid past r), then (key past k): each part is
// a range of the sort's index, however many cases share a key (a status).
#include "mediation/DisputeRepository.h"

#include "mediation/DisputeSearch.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "util/Time.h"

namespace sifa {

namespace {

constexpr qint64 kDigitsDrive = 5000;   // digits matches up to which the digits index drives
constexpr qint64 kFetchAll = 2000;      // matches up to which a sorted page sorts them all
constexpr qint64 kMaterialise = 100000; // matches up to which a sorted page materialises them

const QString &words()
{
    static const QString s = QStringLiteral("dispute_fts_words");
    return s;
}

const QString &digitsTable()
{
    static const QString s = QStringLiteral("dispute_fts_digits");
    return s;
}

// Sort column and the index that orders by it (then by rid).
struct SortKey {
    QString column;  // empty: entry order (rid)
    QString index;
};

SortKey sortKey(LedgerQuery::Sort sort)
{
    switch (sort) {
    case LedgerQuery::Sort::Entered: return {};
    case LedgerQuery::Sort::Registered: return {QStringLiteral("registered_date"), QStringLiteral("dispute_by_registered")};
    case LedgerQuery::Sort::Accepted: return {QStringLiteral("accepted_date"), QStringLiteral("dispute_by_accepted")};
    case LedgerQuery::Sort::CaseNo: return {QStringLiteral("case_no"), QStringLiteral("dispute_by_case_no")};
    case LedgerQuery::Sort::Status: return {QStringLiteral("status"), QStringLiteral("dispute_by_status")};
    case LedgerQuery::Sort::Type: return {QStringLiteral("dispute_type"), QStringLiteral("dispute_by_type")};
    }
    return {};
}

struct Criteria {
    QString search;      // the search's own words (no tags), for dispute_fts_words
    QString words;       // search words and filter tags, deleted cases excluded: the words MATCH
    QString digits;      // the digits MATCH
    QStringList checks;  // SQL on `d`; '+' keeps them from choosing an index over the sort's
    QVariantMap bind;    // the checks' values
    bool nothing = false;
    bool hasFilters = false;
};

Criteria criteriaOf(const LedgerQuery &q)
{
    Criteria c;
    const DisputeSearch::Terms terms = DisputeSearch::parse(q.search);
    c.nothing = !q.search.trimmed().isEmpty() && terms.empty();  // nothing searchable in the text
    c.search = terms.words;
    c.digits = terms.digits;
    const QString filters = DisputeSearch::filterTerms(q);
    c.hasFilters = !filters.isEmpty();
    QStringList positive;
    for (const QString &part : {terms.words, filters}) {
        if (!part.isEmpty())
            positive << QLatin1Char('(') + part + QLatin1Char(')');
    }
    if (!positive.isEmpty()) {
        c.words = positive.join(QStringLiteral(" AND "));
        if (!q.includeDeleted)
            c.words = QStringLiteral("(%1) NOT tags : %2").arg(c.words, DisputeSearch::deletedTag());
    }

    if (!q.includeDeleted)
        c.checks << QStringLiteral("+d.deleted = 0");
    if (!q.statuses.isEmpty()) {
        QStringList marks;
        for (int i = 0; i < q.statuses.size(); ++i) {
            marks << QStringLiteral(":st%1").arg(i);
            c.bind.insert(marks.last(), q.statuses[i]);
        }
        c.checks << QStringLiteral("+d.status IN (%1)").arg(marks.join(u", "));
    }
    auto equals = [&c](const QString &column, const QString &mark, const QString &value) {
        if (value.isEmpty())
            return;
        c.checks << QStringLiteral("+d.%1 = %2").arg(column, mark);
        c.bind.insert(mark, value);
    };
    equals(QStringLiteral("dispute_type"), QStringLiteral(":type"), q.disputeType);
    equals(QStringLiteral("source"), QStringLiteral(":source"), q.source);
    equals(QStringLiteral("committee_uuid"), QStringLiteral(":committee"), q.committeeUuid);
    equals(QStringLiteral("risk_level"), QStringLiteral(":risk"), q.riskLevel);
    if (!q.mediatorUuid.isEmpty()) {
        c.checks << QStringLiteral("(+d.lead_mediator_uuid = :mediator OR +d.assist_mediator_uuid = :mediator)");
        c.bind.insert(QStringLiteral(":mediator"), q.mediatorUuid);
    }
    // The ledger date: acceptance, or registration while not accepted; undated cases never match.
    const QString day = QStringLiteral("(CASE WHEN d.accepted_date <> '' THEN d.accepted_date ELSE d.registered_date END)");
    if (q.from.isValid()) {
        c.checks << day + QStringLiteral(" >= :from");
        c.bind.insert(QStringLiteral(":from"), toStoredDate(q.from));
    }
    if (q.to.isValid()) {
        c.checks << QStringLiteral("%1 <> '' AND %1 <= :to").arg(day);
        c.bind.insert(QStringLiteral(":to"), toStoredDate(q.to));
    }
    return c;
}

// Where the rows of a plan come from: FROM and WHERE over `d` (the dispute), and the expression
// of the rid in the driving index's order.
struct Source {
    QString from;
    QStringList where;
    QVariantMap bind;
    QString rid;
};

QString matchIn(const QString &table, const QString &mark)
{
    return QStringLiteral("(SELECT rowid FROM %1 WHERE %1 MATCH %2)").arg(table, mark);
}

Result<qint64> scalar(const Database &db, const QString &sql, const QVariantMap &bind)
{
    Result<QVariant> v = Query::scalar(db, sql, bind, DisputeRepository::tr("counting the mediation ledger"), 0);
    if (!v)
        return v.error();
    return v->toLongLong();
}

// Matches of one FTS expression, counting no further than `bound`.
Result<qint64> matchesUpTo(const Database &db, const QString &table, const QString &match, qint64 bound)
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM %1 WHERE %1 MATCH :m LIMIT :n)").arg(table),
                  {{QStringLiteral(":m"), match}, {QStringLiteral(":n"), bound}});
}

// Does the digits index drive (rather than the words index)? Both exist: the smaller does; the
// words side is estimated only when the digits side is large.
Result<bool> digitsDrive(const Database &db, const Criteria &c)
{
    if (c.words.isEmpty())
        return true;
    if (c.digits.isEmpty())
        return false;
    Result<qint64> d = matchesUpTo(db, digitsTable(), c.digits, kDigitsDrive);
    if (!d)
        return d.error();
    return *d < kDigitsDrive;
}

// The rows matching the criteria, in the driving index's order (rid).
Result<Source> sourceOf(const Database &db, const Criteria &c)
{
    Source s;
    s.where = c.checks;
    s.bind = c.bind;
    if (c.nothing) {
        s.from = QStringLiteral("dispute d");
        s.rid = QStringLiteral("d.rid");
        s.where << QStringLiteral("0");
        return s;
    }
    if (c.words.isEmpty() && c.digits.isEmpty()) {
        s.from = QStringLiteral("dispute d");
        s.rid = QStringLiteral("d.rid");
        return s;
    }
    Result<bool> byDigits = digitsDrive(db, c);
    if (!byDigits)
        return byDigits.error();
    if (*byDigits) {
        // Few digit matches: they drive; the filters are the SQL checks, the words a set.
        s.from = QStringLiteral("dispute_fts_digits g CROSS JOIN dispute d ON d.rid = g.rowid");
        s.rid = QStringLiteral("g.rowid");
        s.where.prepend(QStringLiteral("dispute_fts_digits MATCH :digits"));
        s.bind.insert(QStringLiteral(":digits"), c.digits);
        if (!c.search.isEmpty()) {
            s.where << QStringLiteral("+g.rowid IN %1").arg(matchIn(words(), QStringLiteral(":search")));
            s.bind.insert(QStringLiteral(":search"), c.search);
        }
        return s;
    }
    s.from = QStringLiteral("dispute_fts_words f CROSS JOIN dispute d ON d.rid = f.rowid");
    s.rid = QStringLiteral("f.rowid");
    s.where.prepend(QStringLiteral("dispute_fts_words MATCH :words"));
    s.bind.insert(QStringLiteral(":words"), c.words);
    if (!c.digits.isEmpty()) {
        s.where << QStringLiteral("+f.rowid IN %1").arg(matchIn(digitsTable(), QStringLiteral(":digits")));
        s.bind.insert(QStringLiteral(":digits"), c.digits);
    }
    return s;
}

QString whereOf(const QStringList &where)
{
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(u" AND ");
}

// The criteria's matches counted by the indexes alone, up to `bound` (0: all).
Result<qint64> countMatches(const Database &db, const LedgerQuery &q, const Criteria &c, qint64 bound)
{
    const QString limit = bound > 0 ? QStringLiteral(" LIMIT %1").arg(bound) : QString();
    auto counted = [&](const QString &rows, const QVariantMap &bind) {
        return scalar(db, QStringLiteral("SELECT COUNT(*) FROM (%1%2)").arg(rows, limit), bind);
    };
    if (c.nothing)
        return 0;
    if (c.words.isEmpty() && c.digits.isEmpty()) {
        if (bound > 0 || q.includeDeleted)
            return counted(QStringLiteral("SELECT 1 FROM dispute%1").arg(q.includeDeleted ? QString() : QStringLiteral(" WHERE deleted = 0")), {});
        // All cases less the deleted ones: the smallest index and a partial one, no table rows.
        return scalar(db, QStringLiteral("SELECT (SELECT COUNT(*) FROM dispute) - (SELECT COUNT(*) FROM dispute WHERE deleted <> 0)"), {});
    }
    Result<bool> byDigits = digitsDrive(db, c);
    if (!byDigits)
        return byDigits.error();
    if (!*byDigits) {
        QVariantMap bind{{QStringLiteral(":words"), c.words}};
        QString rows = QStringLiteral("SELECT 1 FROM dispute_fts_words WHERE dispute_fts_words MATCH :words");
        if (!c.digits.isEmpty()) {
            rows += QStringLiteral(" AND rowid IN %1").arg(matchIn(digitsTable(), QStringLiteral(":digits")));
            bind.insert(QStringLiteral(":digits"), c.digits);
        }
        return counted(rows, bind);
    }
    if (!c.hasFilters && c.search.isEmpty()) {
        // Digits alone: the deleted cases are the few the words index tags.
        QString rows = QStringLiteral("SELECT 1 FROM dispute_fts_digits WHERE dispute_fts_digits MATCH :digits");
        if (!q.includeDeleted)
            rows += QStringLiteral(" AND rowid NOT IN %1").arg(matchIn(words(), QStringLiteral(":deleted")));
        QVariantMap bind{{QStringLiteral(":digits"), c.digits}};
        if (!q.includeDeleted)
            bind.insert(QStringLiteral(":deleted"), QStringLiteral("tags : %1").arg(DisputeSearch::deletedTag()));
        return counted(rows, bind);
    }
    // Few digit matches with filters: read them.
    Result<Source> s = sourceOf(db, c);
    if (!s)
        return s.error();
    return counted(QStringLiteral("SELECT 1 FROM %1%2").arg(s->from, whereOf(s->where)), s->bind);
}

// The output columns for the rids of a page (kept in `k`, with its sort key as `k.key`).
const char *const kPageColumns =
    "SELECT d.rid, d.uuid, d.case_no, d.title, d.registered_date, d.accepted_date, d.dispute_type, d.source, d.status, "
    "(SELECT group_concat(p.name, '、') FROM dispute_party p WHERE p.dispute_uuid = d.uuid AND p.deleted = 0 "
    "AND p.role IN ('applicant', 'respondent')), "
    "(SELECT c.name FROM committee c WHERE c.uuid = d.committee_uuid), "
    "(SELECT m.name FROM mediator m WHERE m.uuid = d.lead_mediator_uuid), "
    "d.risk_level, d.result, d.closed_date FROM (%1) k CROSS JOIN dispute d ON d.rid = k.rid ORDER BY %2";

Result<QList<DisputeListItem>> readPage(const Database &db, const QString &ridsSql, const QVariantMap &bind,
                                        const QString &order)
{
    Query q(db, QString::fromUtf8(kPageColumns).arg(ridsSql, order));
    for (auto it = bind.cbegin(); it != bind.cend(); ++it)
        q.bind(it.key(), it.value());
    if (Status st = q.exec(DisputeRepository::tr("reading the mediation ledger")); !st.ok())
        return st.error();
    QList<DisputeListItem> out;
    while (q.next()) {
        DisputeListItem it;
        it.rowid = q.integer(0);
        it.uuid = q.text(1);
        it.caseNo = q.text(2);
        it.title = q.text(3);
        it.registeredDate = fromStoredDate(q.text(4));
        it.acceptedDate = fromStoredDate(q.text(5));
        it.disputeType = q.text(6);
        it.source = q.text(7);
        it.status = q.text(8);
        it.parties = q.text(9);
        it.committee = q.text(10);
        it.leadMediator = q.text(11);
        it.riskLevel = q.text(12);
        it.result = q.text(13);
        it.closedDate = fromStoredDate(q.text(14));
        out << it;
    }
    return out;
}

// Entry order: the driving index's own order, stopping after the page.
Result<QList<DisputeListItem>> enteredPage(const Database &db, const LedgerQuery &q, const Criteria &c)
{
    Result<Source> s = sourceOf(db, c);
    if (!s)
        return s.error();
    const QString dir = q.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    if (q.after) {
        s->where << QStringLiteral("%1 %2 :after_rid").arg(s->rid, q.descending ? QStringLiteral("<") : QStringLiteral(">"));
        s->bind.insert(QStringLiteral(":after_rid"), q.after->second);
    }
    s->bind.insert(QStringLiteral(":limit"), qMax(1, q.limit));
    const QString rids = QStringLiteral("SELECT %1 AS rid, %1 AS key FROM %2%3 ORDER BY %1 %4 LIMIT :limit")
                             .arg(s->rid, s->from, whereOf(s->where), dir);
    return readPage(db, rids, s->bind, QStringLiteral("k.rid %1").arg(dir));
}

// Another order, walking the sort's index: first the rest of the key the page continues in,
// then the keys after it.
Result<QList<DisputeListItem>> walkPage(const Database &db, const LedgerQuery &q, const SortKey &key,
                                        const QStringList &where, const QVariantMap &bind)
{
    const QString dir = q.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const QString cmp = q.descending ? QStringLiteral("<") : QStringLiteral(">");
    const QString order = QStringLiteral("k.key %1, k.rid %1").arg(dir);
    const int limit = qMax(1, q.limit);
    auto page = [&](const QStringList &more, const QString &orderBy, int n) {
        QVariantMap b = bind;
        b.insert(QStringLiteral(":limit"), n);
        const QString conditions = more.join(u' ');
        if (conditions.contains(QLatin1String(":after_key")))
            b.insert(QStringLiteral(":after_key"), q.after->first);
        if (conditions.contains(QLatin1String(":after_rid")))
            b.insert(QStringLiteral(":after_rid"), q.after->second);
        const QString rids = QStringLiteral("SELECT d.rid AS rid, d.%1 AS key FROM dispute d INDEXED BY %2%3 ORDER BY %4 LIMIT :limit")
                                 .arg(key.column, key.index, whereOf(where + more), orderBy);
        return readPage(db, rids, b, order);
    };
    if (!q.after)
        return page({}, QStringLiteral("d.%1 %2, d.rid %2").arg(key.column, dir), limit);
    Result<QList<DisputeListItem>> same = page({QStringLiteral("d.%1 = :after_key").arg(key.column),
                                                QStringLiteral("d.rid %1 :after_rid").arg(cmp)},
                                               QStringLiteral("d.rid %1").arg(dir), limit);
    if (!same || same->size() >= limit)
        return same;
    Result<QList<DisputeListItem>> rest = page({QStringLiteral("d.%1 %2 :after_key").arg(key.column, cmp)},
                                               QStringLiteral("d.%1 %2, d.rid %2").arg(key.column, dir),
                                               limit - static_cast<int>(same->size()));
    if (!rest)
        return rest;
    return *same + *rest;
}

Result<QList<DisputeListItem>> sortedPage(const Database &db, const LedgerQuery &q, const Criteria &c, const SortKey &key)
{
    if (c.words.isEmpty() && c.digits.isEmpty() && !c.nothing)
        return walkPage(db, q, key, c.checks, c.bind);

    Result<qint64> few = countMatches(db, q, c, kFetchAll + 1);
    if (!few)
        return few.error();
    if (*few <= kFetchAll) {
        // All the matches, sorted.
        Result<Source> s = sourceOf(db, c);
        if (!s)
            return s.error();
        const QString dir = q.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
        if (q.after) {
            s->where << QStringLiteral("(d.%1, d.rid) %2 (:after_key, :after_rid)")
                            .arg(key.column, q.descending ? QStringLiteral("<") : QStringLiteral(">"));
            s->bind.insert(QStringLiteral(":after_key"), q.after->first);
            s->bind.insert(QStringLiteral(":after_rid"), q.after->second);
        }
        s->bind.insert(QStringLiteral(":limit"), qMax(1, q.limit));
        const QString rids = QStringLiteral("SELECT d.rid AS rid, d.%1 AS key FROM %2%3 ORDER BY d.%1 %4, d.rid %4 LIMIT :limit")
                                 .arg(key.column, s->from, whereOf(s->where), dir);
        return readPage(db, rids, s->bind, QStringLiteral("k.key %1, k.rid %1").arg(dir));
    }

    // Many: walk the sort's index, testing each rid.
    QStringList where = c.checks;
    QVariantMap bind = c.bind;
    if (!c.words.isEmpty()) {
        Result<qint64> many = countMatches(db, q, c, kMaterialise + 1);
        if (!many)
            return many.error();
        if (*many <= kMaterialise) {
            where << QStringLiteral("+d.rid IN %1").arg(matchIn(words(), QStringLiteral(":words")));
            bind.insert(QStringLiteral(":words"), c.words);
        } else if (!c.search.isEmpty()) {
            // A large share of all cases: a probe per row reads fewer rows than the set has.
            where << QStringLiteral("EXISTS (SELECT 1 FROM dispute_fts_words WHERE dispute_fts_words MATCH :words "
                                    "AND rowid = d.rid)");
            bind.insert(QStringLiteral(":words"), c.words);
        }  // else filters alone over a large share: the SQL checks are the cheapest test
    }
    if (!c.digits.isEmpty()) {
        where << QStringLiteral("+d.rid IN %1").arg(matchIn(digitsTable(), QStringLiteral(":digits")));
        bind.insert(QStringLiteral(":digits"), c.digits);
    }
    return walkPage(db, q, key, where, bind);
}

}  // namespace

QVariant DisputeRepository::sortValue(const DisputeListItem &item, LedgerQuery::Sort sort)
{
    switch (sort) {
    case LedgerQuery::Sort::Entered: return item.rowid;
    case LedgerQuery::Sort::Registered: return toStoredDate(item.registeredDate);
    case LedgerQuery::Sort::Accepted: return toStoredDate(item.acceptedDate);
    case LedgerQuery::Sort::CaseNo: return item.caseNo;
    case LedgerQuery::Sort::Status: return item.status;
    case LedgerQuery::Sort::Type: return item.disputeType;
    }
    return QVariant();
}

Result<QList<DisputeListItem>> DisputeRepository::list(const Database &db, const LedgerQuery &query)
{
    const Criteria c = criteriaOf(query);
    const SortKey key = sortKey(query.sort);
    if (key.column.isEmpty())
        return enteredPage(db, query, c);
    return sortedPage(db, query, c, key);
}

Result<qint64> DisputeRepository::count(const Database &db, const LedgerQuery &query)
{
    return countMatches(db, query, criteriaOf(query), 0);
}

Result<DisputeRepository::Count> DisputeRepository::count(const Database &db, const LedgerQuery &query, qint64 bound)
{
    Result<qint64> n = countMatches(db, query, criteriaOf(query), qMax<qint64>(0, bound) + 1);
    if (!n)
        return n.error();
    Count c;
    c.more = *n > bound;
    c.rows = c.more ? bound : *n;
    return c;
}

}  // namespace sifa
