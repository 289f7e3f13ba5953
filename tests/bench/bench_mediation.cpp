// Benchmark of the mediation ledger (人民调解台账) and its one search box on a synthetic county:
// every query kind the ledger issues (first page of a search, the status-bar count, opening,
// sorting and scrolling the ledger, filters), p50 and p95 of each, beside raw SQLite doing the
// same work on the same tables without SifaDesk's search index, query building and Qt Sql.
// Run by hand (never inside ctest):
//
//   build/tests/bench/sifa_bench_mediation [DISPUTES=1000000] [DB=sifa-bench-mediation-DISPUTES.sqlite]
//
// The synthetic county (象山县: 18 townships × 10 years, ~16 committees and ~50 mediators per
// township, parties drawn from the demo recipes' surname weights and given-name characters so
// 2-character names and common surnames are very frequent, valid ID numbers, mobiles, summaries
// from each dispute type's usual phrases, most cases archived) is written straight into the
// projection tables (committee, mediator, dispute, dispute_party, agreement) with prepared
// statements in one transaction (BenchCounty, shared with the statistics benchmark): going
// through the change log would take hours for a million cases. The search documents are then
// built by the production code, DisputeSearch::rebuildAll. The file is kept and reused while it
// holds the same number of disputes from the same generator version (delete it to regenerate).
//
// Figures are wall-clock on this machine with the file in the OS cache; each query kind runs
// several different search terms or keys a few times, first runs included.
#include "BenchCounty.h"

#include "mediation/DisputeRepository.h"
#include "people/Pinyin.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTextStream>

#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <functional>
#include <vector>

using namespace sifa;
using namespace sifa::bench;

namespace {

// ---------------------------------------------------------------------------------------------
// Measuring

void header()
{
    out() << QStringLiteral("%1 %2 %3 %4 %5")
                 .arg(QStringLiteral("query kind"), -48)
                 .arg(QStringLiteral("p50 ms"), 9)
                 .arg(QStringLiteral("p95 ms"), 9)
                 .arg(QStringLiteral("raw ms"), 9)
                 .arg(QStringLiteral("rows/matches"), 14)
          << Qt::endl;
}

void row(const QString &what, const Figures &sifa, const Figures &raw, const QString &note)
{
    out() << QStringLiteral("%1 %2 %3 %4 %5")
                 .arg(what, -48)
                 .arg(sifa.percentile(0.5), 9, 'f', 2)
                 .arg(sifa.percentile(0.95), 9, 'f', 2)
                 .arg(raw.ns.empty() ? QStringLiteral("-") : QString::number(raw.percentile(0.5), 'f', 2), 9)
                 .arg(note, 14)
          << Qt::endl;
}

// The raw-SQLite equivalent of a search: a LIKE scan over the same tables, newest first.
const char *const kRawSearch =
    "SELECT d.rowid, d.uuid, d.case_no, d.status FROM dispute d WHERE d.deleted = 0 AND (d.case_no LIKE ?1 OR "
    "d.summary LIKE ?1 OR d.title LIKE ?1 OR EXISTS (SELECT 1 FROM dispute_party p WHERE p.dispute_uuid = d.uuid AND "
    "(p.name LIKE ?1 OR p.id_number LIKE ?1 OR p.phone LIKE ?1))) ORDER BY d.rowid DESC LIMIT 200";


// What the ledger shows, run by the same SQL text through plain sqlite3 (the "raw" figure of the
// ledger queries: what Qt Sql, the query building and the value types cost on top).
QByteArray rawLedgerSql(LedgerQuery::Sort sort, bool descending, bool after)
{
    const char *col = sort == LedgerQuery::Sort::Registered ? "registered_date"
        : sort == LedgerQuery::Sort::Accepted              ? "accepted_date"
        : sort == LedgerQuery::Sort::CaseNo                ? "case_no"
        : sort == LedgerQuery::Sort::Status                ? "status"
        : sort == LedgerQuery::Sort::Type                  ? "dispute_type"
                                                           : nullptr;
    const QByteArray dir = descending ? "DESC" : "ASC";
    const QByteArray cmp = descending ? "<" : ">";
    QByteArray sql = "SELECT d.rowid, d.uuid, d.case_no, d.title, d.registered_date, d.accepted_date, d.dispute_type, d.source, "
                     "d.status, (SELECT group_concat(p.name, '、') FROM dispute_party p WHERE p.dispute_uuid = d.uuid AND "
                     "p.deleted = 0 AND p.role IN ('applicant', 'respondent')), (SELECT c.name FROM committee c WHERE c.uuid = "
                     "d.committee_uuid), (SELECT m.name FROM mediator m WHERE m.uuid = d.lead_mediator_uuid), d.risk_level, "
                     "d.result, d.closed_date FROM dispute d WHERE d.deleted = 0";
    if (col) {
        if (after)
            sql += " AND (d." + QByteArray(col) + ", d.rowid) " + cmp + " (?1, ?2)";
        sql += " ORDER BY d." + QByteArray(col) + " " + dir + ", d.rowid " + dir;
    } else {
        if (after)
            sql += " AND d.rowid " + cmp + " ?2";
        sql += " ORDER BY d.rowid " + dir;
    }
    return sql + " LIMIT 200";
}

QString sortName(LedgerQuery::Sort sort)
{
    switch (sort) {
    case LedgerQuery::Sort::Entered: return QStringLiteral("entered");
    case LedgerQuery::Sort::Registered: return QStringLiteral("registered");
    case LedgerQuery::Sort::Accepted: return QStringLiteral("accepted");
    case LedgerQuery::Sort::CaseNo: return QStringLiteral("case no");
    case LedgerQuery::Sort::Status: return QStringLiteral("status");
    case LedgerQuery::Sort::Type: return QStringLiteral("type");
    }
    return QString();
}

class Bench {
public:
    Bench(Database &db, sqlite3 *raw) : m_db(db), m_raw(raw) {}

    void run();

private:
    QStringList column(const char *sql)
    {
        Stmt st(m_raw, sql);
        QStringList out;
        while (st.next())
            out << st.col(0);
        return out;
    }
    // Random rows' values of one column (non-empty ones).
    QStringList sample(const char *table, const char *col, int n)
    {
        const QByteArray max = QByteArray("SELECT MAX(rowid) FROM ") + table;
        Stmt m(m_raw, max.constData());
        m.next();
        const qint64 top = m.colInt(0);
        const QByteArray sql = QByteArray("SELECT ") + col + " FROM " + table + " WHERE rowid = ?1";
        Stmt st(m_raw, sql.constData());
        QStringList out;
        for (int guard = 0; out.size() < n && guard < n * 50; ++guard) {
            st.integer(1, 1 + static_cast<qint64>(m_rng.bounded(static_cast<quint64>(top))));
            if (st.next() && !st.col(0).isEmpty())
                out << st.col(0);
            st.reset();
        }
        return out;
    }
    QString mid(const QString &s, int len)
    {
        if (s.size() <= len)
            return s;
        return s.mid(static_cast<int>(m_rng.bounded(s.size() - len + 1)), len);
    }

    // One search kind: each term a few times through DisputeRepository::list (first page) and
    // the bounded count, the raw LIKE scan once per term (it can take seconds).
    void search(const QString &label, const QStringList &terms, bool rawToo, const LedgerQuery &base = LedgerQuery());
    void ledger(const QString &label, const QList<LedgerQuery> &queries, const QList<QByteArray> &rawSql = {},
                const QList<QVariantList> &rawArgs = {});
    qint64 bindRun(const QByteArray &sql, const QVariantList &args)
    {
        Stmt st(m_raw, sql.constData());
        for (int i = 0; i < args.size(); ++i) {
            if (args[i].typeId() == QMetaType::QString)
                st.text(i + 1, args[i].toString());
            else
                st.integer(i + 1, args[i].toLongLong());
        }
        return st.rows();
    }

    Database &m_db;
    sqlite3 *m_raw;
    QRandomGenerator m_rng{7};
    static constexpr int kRepeat = 3;
};

void Bench::search(const QString &label, const QStringList &terms, bool rawToo, const LedgerQuery &base)
{
    Figures list, count, exact, raw;
    qint64 rows = 0, matches = 0;
    bool more = false;
    for (const QString &term : terms) {
        LedgerQuery q = base;
        q.search = term;
        for (int i = 0; i < kRepeat; ++i) {
            list.ns.push_back(timed([&] {
                Result<QList<DisputeListItem>> r = DisputeRepository::list(m_db, q);
                rows += r ? r->size() : -1000000;
            }));
            count.ns.push_back(timed([&] {
                Result<DisputeRepository::Count> c = DisputeRepository::count(m_db, q, 1000);
                more = more || (c && c->more);
            }));
        }
        exact.ns.push_back(timed([&] {
            Result<qint64> c = DisputeRepository::count(m_db, q);
            matches += c ? *c : 0;
        }));
        if (rawToo && q.statuses.isEmpty() && q.disputeType.isEmpty() && !q.from.isValid() && q.committeeUuid.isEmpty()) {
            raw.ns.push_back(timed([&] {
                Stmt st(m_raw, kRawSearch);
                st.text(1, QLatin1Char('%') + term + QLatin1Char('%'));
                st.rows();
            }));
        }
    }
    const qint64 runs = static_cast<qint64>(terms.size()) * kRepeat;
    row(label + QStringLiteral(": first page"), list, raw, QStringLiteral("%1/%2").arg(runs ? rows / runs : 0).arg(terms.isEmpty() ? 0 : matches / terms.size()));
    row(label + QStringLiteral(": count (1000+)"), count, Figures(), more ? QStringLiteral("1000+") : QString());
    row(label + QStringLiteral(": exact count"), exact, Figures(), QString());
}

void Bench::ledger(const QString &label, const QList<LedgerQuery> &queries, const QList<QByteArray> &rawSql,
                   const QList<QVariantList> &rawArgs)
{
    Figures list, raw;
    qint64 rows = 0;
    for (int k = 0; k < queries.size(); ++k) {
        for (int i = 0; i < kRepeat; ++i) {
            list.ns.push_back(timed([&] {
                Result<QList<DisputeListItem>> r = DisputeRepository::list(m_db, queries[k]);
                rows += r ? r->size() : -1000000;
            }));
            if (k < rawSql.size())
                raw.ns.push_back(timed([&] { bindRun(rawSql[k], rawArgs.value(k)); }));
        }
    }
    row(label, list, raw, QString::number(queries.isEmpty() ? 0 : rows / (queries.size() * kRepeat)));
}

void Bench::run()
{
    out() << QStringLiteral("picking search terms from the data (not timed)") << Qt::endl;
    const QStringList common2 = column("SELECT name FROM dispute_party WHERE length(name) = 2 GROUP BY name "
                                       "ORDER BY COUNT(*) DESC LIMIT 8");
    const QStringList rare2 = column("SELECT name FROM (SELECT name, COUNT(*) AS n FROM dispute_party WHERE length(name) = 2 "
                                     "AND kind = 'person' GROUP BY name) WHERE n <= 3 ORDER BY name LIMIT 8");
    QStringList names3;
    for (const QString &n : sample("dispute_party", "name", 40)) {
        if (n.size() == 3 && names3.size() < 8)
            names3 << n;
    }
    const QStringList surnames{QStringLiteral("张"), QStringLiteral("王"), QStringLiteral("陈"), QStringLiteral("林"),
                               QStringLiteral("俞"), QStringLiteral("邓"), QStringLiteral("曾"), QStringLiteral("韩")};
    QStringList initials, fullPinyin;
    for (const QString &n : common2.mid(0, 4) + rare2.mid(0, 2) + names3.mid(0, 2)) {
        initials << pinyinInitials(n);
        fullPinyin << pinyinFull(n);
    }
    fullPinyin << QStringLiteral("zhang") << QStringLiteral("wang");
    QStringList idFragments, phoneFragments, caseFragments, caseNos;
    int len = 6;
    for (const QString &id : sample("dispute_party", "id_number", 8))
        idFragments << mid(id, len++ % 3 + 6);
    for (const QString &ph : sample("dispute_party", "phone", 8))
        phoneFragments << mid(ph, len++ % 4 + 5);
    caseNos = sample("dispute", "case_no", 4);
    for (const QString &c : caseNos) {
        caseFragments << c;
        caseFragments << c.mid(c.indexOf(QStringLiteral("人调字")));  // 人调字第123号
    }
    const QStringList words{QStringLiteral("宅基地"), QStringLiteral("工程款"), QStringLiteral("噪音"), QStringLiteral("赡养费"),
                            QStringLiteral("交通事故"), QStringLiteral("拖欠工资"), QStringLiteral("彩礼"), QStringLiteral("渔船")};
    const QStringList committees = sample("dispute", "committee_uuid", 4);
    const QStringList mediators = sample("dispute", "lead_mediator_uuid", 4);

    out() << QStringLiteral("common 2-character names: %1").arg(common2.join(u' ')) << Qt::endl;
    out() << QStringLiteral("rare 2-character names: %1").arg(rare2.join(u' ')) << Qt::endl;
    out() << Qt::endl;
    header();

    // --- The search box -------------------------------------------------------------------
    search(QStringLiteral("2-char name, common (王伟…)"), common2, true);
    search(QStringLiteral("2-char name, rare"), rare2, true);
    search(QStringLiteral("3-char name"), names3, true);
    search(QStringLiteral("single surname (张, 王, 邓…)"), surnames, true);
    search(QStringLiteral("pinyin initials (ww, zs…)"), initials, false);
    search(QStringLiteral("full pinyin (wangwei, zhang…)"), fullPinyin, false);
    search(QStringLiteral("ID number fragment (6–8 digits)"), idFragments, true);
    search(QStringLiteral("phone fragment (5–8 digits)"), phoneFragments, true);
    search(QStringLiteral("case number and fragment"), caseFragments, true);
    search(QStringLiteral("summary words (宅基地, 工程款…)"), words, true);
    {
        LedgerQuery f;
        f.statuses = {QStringLiteral("mediating")};
        search(QStringLiteral("search + status 调解中"), QStringList{surnames.mid(0, 4)} + common2.mid(0, 2) + words.mid(0, 2), false, f);
        f = LedgerQuery();
        f.statuses = {QStringLiteral("archived")};
        search(QStringLiteral("search + status 已归档"), surnames.mid(0, 4) + common2.mid(0, 2) + words.mid(0, 2), false, f);
        f = LedgerQuery();
        f.disputeType = QStringLiteral("12");
        search(QStringLiteral("search + type 医疗 (rare)"), surnames.mid(0, 4) + common2.mid(0, 2) + initials.mid(0, 2), false, f);
        f = LedgerQuery();
        f.from = QDate(2020, 3, 1);
        f.to = QDate(2020, 3, 31);
        search(QStringLiteral("search + one month"), surnames.mid(0, 4) + common2.mid(0, 2) + words.mid(0, 2), false, f);
        f = LedgerQuery();
        f.from = QDate(2023, 1, 1);
        f.to = QDate(2023, 12, 31);
        search(QStringLiteral("search + one year"), surnames.mid(0, 4) + common2.mid(0, 2) + fullPinyin.mid(0, 2), false, f);
        f = LedgerQuery();
        f.committeeUuid = committees.value(0);
        search(QStringLiteral("search + committee"), surnames.mid(0, 4) + common2.mid(0, 2) + words.mid(0, 2), false, f);
        f = LedgerQuery();
        f.mediatorUuid = mediators.value(0);
        search(QStringLiteral("search + mediator"), surnames.mid(0, 4) + common2.mid(0, 2) + words.mid(0, 2), false, f);
    }
    {
        // A search sorted by a column (the clerk clicks a header while searching).
        QList<LedgerQuery> qs;
        for (const QString &term : QStringList{surnames.value(0), common2.value(0), rare2.value(0), words.value(0)}) {
            for (LedgerQuery::Sort sort : {LedgerQuery::Sort::Accepted, LedgerQuery::Sort::CaseNo, LedgerQuery::Sort::Status}) {
                LedgerQuery q;
                q.search = term;
                q.sort = sort;
                qs << q;
            }
        }
        ledger(QStringLiteral("search sorted by accepted/case no/status"), qs);
    }

    // --- The ledger: opening, sorting, scrolling ---------------------------------------------
    out() << Qt::endl;
    for (LedgerQuery::Sort sort : {LedgerQuery::Sort::Entered, LedgerQuery::Sort::Registered, LedgerQuery::Sort::Accepted,
                                   LedgerQuery::Sort::CaseNo, LedgerQuery::Sort::Status, LedgerQuery::Sort::Type}) {
        for (bool descending : {true, false}) {
            LedgerQuery q;
            q.sort = sort;
            q.descending = descending;
            const QString name = QStringLiteral("%1 %2").arg(sortName(sort), descending ? QStringLiteral("desc") : QStringLiteral("asc"));
            ledger(QStringLiteral("open, sorted by %1").arg(name), {q}, {rawLedgerSql(sort, descending, false)});
            // Scrolling: 30 pages one after the other, each after the last row of the one before.
            QList<LedgerQuery> pages;
            QList<QVariantList> args;
            LedgerQuery page = q;
            for (int n = 0; n < 30; ++n) {
                Result<QList<DisputeListItem>> r = DisputeRepository::list(m_db, page);
                if (!r || r->isEmpty())
                    break;
                page.after = qMakePair(DisputeRepository::sortValue(r->last(), sort), r->last().rowid);
                pages << page;
                args << QVariantList{page.after->first, page.after->second};
            }
            QList<QByteArray> rawSql;
            for (int n = 0; n < pages.size(); ++n)
                rawSql << rawLedgerSql(sort, descending, true);
            ledger(QStringLiteral("  next pages, %1").arg(name), pages, rawSql, args);
            // Deep pages: after rows at 10 %, 30 %, 50 %, 70 % and 90 % of the ledger.
            QList<LedgerQuery> deep;
            QList<QVariantList> deepArgs;
            QList<QByteArray> deepSql;
            Stmt total(m_raw, "SELECT COUNT(*) FROM dispute WHERE deleted = 0");
            total.next();
            const qint64 all = total.colInt(0);
            for (int pct : {10, 30, 50, 70, 90}) {
                QByteArray sql = rawLedgerSql(sort, descending, false);
                sql.replace("LIMIT 200", "LIMIT 1 OFFSET " + QByteArray::number(all * pct / 100));
                Stmt st(m_raw, sql.constData());
                if (!st.next())
                    continue;
                DisputeListItem item;
                item.rowid = st.colInt(0);
                item.registeredDate = QDate::fromString(st.col(4), Qt::ISODate);
                item.acceptedDate = QDate::fromString(st.col(5), Qt::ISODate);
                item.caseNo = st.col(2);
                item.status = st.col(8);
                item.disputeType = st.col(6);
                LedgerQuery d = q;
                d.after = qMakePair(DisputeRepository::sortValue(item, sort), item.rowid);
                deep << d;
                deepArgs << QVariantList{d.after->first, d.after->second};
                deepSql << rawLedgerSql(sort, descending, true);
            }
            ledger(QStringLiteral("  deep pages, %1").arg(name), deep, deepSql, deepArgs);
        }
    }

    // --- Filters without a search ---------------------------------------------------------------
    out() << Qt::endl;
    auto filtered = [&](const QString &label, const std::function<void(LedgerQuery &)> &set) {
        LedgerQuery q;
        set(q);
        ledger(QStringLiteral("filter %1: first page").arg(label), {q});
        Figures c, e;
        bool more = false;
        qint64 n = 0;
        for (int i = 0; i < kRepeat; ++i) {
            c.ns.push_back(timed([&] {
                Result<DisputeRepository::Count> r = DisputeRepository::count(m_db, q, 1000);
                more = r && r->more;
            }));
            e.ns.push_back(timed([&] {
                Result<qint64> r = DisputeRepository::count(m_db, q);
                n = r ? *r : -1;
            }));
        }
        row(QStringLiteral("filter %1: count (1000+)").arg(label), c, Figures(), more ? QStringLiteral("1000+") : QString());
        row(QStringLiteral("filter %1: exact count").arg(label), e, Figures(), QString::number(n));
    };
    filtered(QStringLiteral("none (whole ledger)"), [](LedgerQuery &) {});
    filtered(QStringLiteral("status 调解中"), [](LedgerQuery &q) { q.statuses = {QStringLiteral("mediating")}; });
    filtered(QStringLiteral("status 已归档"), [](LedgerQuery &q) { q.statuses = {QStringLiteral("archived")}; });
    filtered(QStringLiteral("open cases (5 statuses)"), [](LedgerQuery &q) {
        q.statuses = {QStringLiteral("registered"), QStringLiteral("accepted"), QStringLiteral("investigating"),
                      QStringLiteral("mediating"), QStringLiteral("performing")};
    });
    filtered(QStringLiteral("type 宅基地"), [](LedgerQuery &q) { q.disputeType = QStringLiteral("03"); });
    filtered(QStringLiteral("type 医疗 (rare)"), [](LedgerQuery &q) { q.disputeType = QStringLiteral("12"); });
    filtered(QStringLiteral("source referral"), [](LedgerQuery &q) { q.source = QStringLiteral("referral"); });
    filtered(QStringLiteral("risk red"), [](LedgerQuery &q) { q.riskLevel = QStringLiteral("red"); });
    filtered(QStringLiteral("one month"), [](LedgerQuery &q) {
        q.from = QDate(2020, 3, 1);
        q.to = QDate(2020, 3, 31);
    });
    filtered(QStringLiteral("one year"), [](LedgerQuery &q) {
        q.from = QDate(2023, 1, 1);
        q.to = QDate(2023, 12, 31);
    });
    filtered(QStringLiteral("committee"), [&](LedgerQuery &q) { q.committeeUuid = committees.value(1); });
    filtered(QStringLiteral("mediator"), [&](LedgerQuery &q) { q.mediatorUuid = mediators.value(1); });
    filtered(QStringLiteral("archived + type + year"), [](LedgerQuery &q) {
        q.statuses = {QStringLiteral("archived")};
        q.disputeType = QStringLiteral("03");
        q.from = QDate(2019, 1, 1);
        q.to = QDate(2019, 12, 31);
    });
    {
        LedgerQuery q;
        q.committeeUuid = committees.value(2);
        q.sort = LedgerQuery::Sort::CaseNo;
        LedgerQuery r;
        r.statuses = {QStringLiteral("mediating")};
        r.sort = LedgerQuery::Sort::Accepted;
        LedgerQuery t;
        t.disputeType = QStringLiteral("12");
        t.sort = LedgerQuery::Sort::Registered;
        t.descending = false;
        ledger(QStringLiteral("filter + sort (committee/case no …)"), {q, r, t});
    }
}
}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int disputes = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2])
                                  : QDir::current().filePath(QStringLiteral("sifa-bench-mediation-%1.sqlite").arg(disputes));
    // The county: reuse the file if it holds the same county, else generate it.
    if (!isCounty(path, disputes)) {
        if (QFileInfo::exists(path))
            out() << QStringLiteral("%1 is not this county: regenerating").arg(path) << Qt::endl;
        if (Status s = generateCounty(path, disputes); !s.ok()) {
            out() << s.message() << Qt::endl;
            return 1;
        }
        // Measure in a fresh process: the loader's cache and heap would count against the queries.
        out().flush();
        execv("/proc/self/exe", argv);
    }
    out() << QStringLiteral("database file: %1 MiB").arg(static_cast<double>(QFileInfo(path).size()) / 1048576.0, 0, 'f', 1)
          << Qt::endl;
    QElapsedTimer t;
    t.start();
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    if (!opened) {
        out() << opened.message() << Qt::endl;
        return 1;
    }
    out() << QStringLiteral("opening the database: %1 ms").arg(static_cast<double>(t.nsecsElapsed()) / 1e6, 0, 'f', 1) << Qt::endl;
    sqlite3 *raw = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    {
        Bench bench(**opened, raw);
        bench.run();
    }
    sqlite3_close(raw);
    out() << Qt::endl
          << QStringLiteral("memory while querying: VmRSS %1, VmHWM %2").arg(procStatus("VmRSS:"), procStatus("VmHWM:")) << Qt::endl;
    return 0;
}
