// Benchmark of the statutory statistics (core/stats): any annual report over a synthetic county
// — 1,000,000 disputes, 20,000 community correction subjects, 50,000 resettlement files — should
// take under 500 ms. For each report (人民调解, 社区矫正, 安置帮教), the whole county's year and one
// township's: Statistics::run (every figure and the checks) p50/p95 over several runs, first
// run included, beside raw SQLite computing the same counts with hand-written queries (fewer
// statements, no Qt Sql, no spec); then the drill-down behind a large figure, and the peak
// resident memory. Run by hand (never inside ctest):
//
//   build/tests/bench/sifa_bench_stats [DISPUTES=1000000] [SUBJECTS=20000] [FILES=50000] [DB]
//
// The county is the mediation benchmark's (BenchCounty: sifa-bench-mediation-DISPUTES.sqlite in
// the current folder, generated once if missing); the correction and resettlement caseload is
// added to that file once (meta "bench.caseload") and reused.
#include "BenchCounty.h"

#include "security/Access.h"
#include "stats/Statistics.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>
#include <time.h>
#include <unistd.h>

using namespace sifa;
using namespace sifa::bench;

namespace {

constexpr int kRuns = 7;

// ---------------------------------------------------------------------------------------------
// The same counts by hand: one statement per record set, its figures as SUM(CASE ...) columns.
// Each returns the report's headline figures (compared with SifaDesk's).

struct Raw {
    QList<QPair<QString, double>> values;
    int statements = 0;
};

class RawStats {
public:
    RawStats(sqlite3 *db, const QString &from, const QString &to, const QString &office)
        : m_db(db), m_from(from.toUtf8()), m_to(to.toUtf8()), m_office(office.toUtf8())
    {}

    Raw mediation();
    Raw correction();
    Raw placement();

private:
    // Runs `sql` (?1 from, ?2 to, ?3 office or '' for every office) and returns the first row's
    // numbers; a grouped statement is stepped through to its end.
    QList<double> run(const QByteArray &sql, Raw *raw)
    {
        ++raw->statements;
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &st, nullptr) != SQLITE_OK) {
            out() << "prepare failed: " << QString::fromUtf8(sqlite3_errmsg(m_db)) << "\n"
                  << QString::fromUtf8(sql) << Qt::endl;
            std::abort();
        }
        sqlite3_bind_text(st, 1, m_from.constData(), -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, m_to.constData(), -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 3, m_office.constData(), -1, SQLITE_STATIC);
        QList<double> first;
        bool firstRow = true;
        while (sqlite3_step(st) == SQLITE_ROW) {
            if (firstRow) {
                for (int c = 0; c < sqlite3_column_count(st); ++c)
                    first << sqlite3_column_double(st, c);
                firstRow = false;
            }
        }
        sqlite3_finalize(st);
        return first;
    }
    // "AND x.office_code = ?3" when one office is asked for.
    QByteArray office(const char *column) const
    {
        return m_office.isEmpty() ? QByteArray() : QByteArray(" AND ") + column + " = ?3";
    }

    sqlite3 *m_db;
    QByteArray m_from, m_to, m_office;
};

Raw RawStats::mediation()
{
    Raw r;
    const QByteArray d = office("d.office_code");
    run("SELECT COUNT(*) FILTER (WHERE zero_report = 0), TOTAL(found_count), TOTAL(prevented_count), "
        "COUNT(*) FILTER (WHERE zero_report <> 0) FROM screening s WHERE deleted = 0 AND screening_date BETWEEN ?1 AND "
        "?2" +
            office("s.office_code"),
        &r);
    const QList<double> accepted =
        run("SELECT COUNT(*), SUM(d.is_group <> 0), SUM(d.is_major <> 0), TOTAL(d.prevent_criminal_cases), "
            "TOTAL(d.prevent_criminal_persons), TOTAL(d.prevent_petition_cases), TOTAL(d.prevent_petition_persons), "
            "TOTAL(d.prevent_fight_cases), TOTAL(d.prevent_fight_persons), TOTAL(d.prevent_suicide_cases), "
            "TOTAL(d.prevent_suicide_persons), SUM(c.uuid IS NULL) FROM dispute d LEFT JOIN committee c ON c.uuid = "
            "d.committee_uuid WHERE d.deleted = 0 AND d.accepted_date BETWEEN ?1 AND ?2" +
                d,
            &r);
    // The breakdowns of the accepted disputes in one pass.
    run("SELECT d.source, d.dispute_type, IFNULL(c.kind, ''), d.risk_level, COUNT(*) FROM dispute d LEFT JOIN "
        "committee c "
        "ON c.uuid = d.committee_uuid WHERE d.deleted = 0 AND d.accepted_date BETWEEN ?1 AND ?2" +
            d + " GROUP BY 1, 2, 3, 4",
        &r);
    const QList<double> agreed =
        run("SELECT COUNT(*), SUM(a.form = 'written'), SUM(a.form = 'oral'), TOTAL(a.amount) / 100.0, "
            "SUM(a.performance_status = 'done'), SUM(d.accepted_date = '' OR d.accepted_date > a.agreed_date) "
            "FROM agreement a JOIN dispute d ON d.uuid = a.dispute_uuid WHERE d.deleted = 0 AND a.deleted = 0 "
            "AND a.agreed_date BETWEEN ?1 AND ?2" +
                d,
            &r);
    run("SELECT d.dispute_type, COUNT(*) FROM agreement a JOIN dispute d ON d.uuid = a.dispute_uuid WHERE d.deleted = "
        "0 "
        "AND a.deleted = 0 AND a.agreed_date BETWEEN ?1 AND ?2" +
            d + " GROUP BY 1",
        &r);
    run("SELECT COUNT(*) FROM dispute d WHERE d.deleted = 0 AND d.result IN ('failed', 'terminated') AND d.result_date "
        "BETWEEN ?1 AND ?2" +
            d,
        &r);
    run("SELECT COUNT(*), SUM(a.jc_result = 'confirmed') FROM agreement a JOIN dispute d ON d.uuid = a.dispute_uuid "
        "WHERE d.deleted = 0 AND a.deleted = 0 AND a.jc_applied_date BETWEEN ?1 AND ?2" +
            d,
        &r);
    run("SELECT c.kind, COUNT(*) FROM committee c WHERE c.deleted = 0 AND substr(c.created_at, 1, 10) <= ?2" +
            office("c.office_code") + " GROUP BY 1",
        &r);
    run("SELECT COUNT(*), SUM(m.full_time <> 0) FROM mediator m WHERE m.deleted = 0 AND m.active <> 0 AND "
        "substr(m.created_at, 1, 10) <= ?2" +
            office("m.office_code"),
        &r);
    r.values = {{QStringLiteral("accepted"), accepted.value(0)},
                {QStringLiteral("succeeded"), agreed.value(0)},
                {QStringLiteral("agreement_amount"), agreed.value(3)}};
    return r;
}

Raw RawStats::correction()
{
    Raw r;
    const QByteArray s = office("s.office_code");
    const QByteArray live = "s.deleted = 0 AND s.sealed = 0";
    // The register: start, received, ended by kind, end — one pass over the files that touch the period.
    const QList<double> reg = run(
        "SELECT SUM(s.received_date < ?1 AND (s.end_date = '' OR s.end_date >= ?1)), "
        "SUM(s.received_date BETWEEN ?1 AND ?2), "
        "SUM(s.end_date BETWEEN ?1 AND ?2 AND s.end_type = 'expired'), "
        "SUM(s.end_date BETWEEN ?1 AND ?2 AND s.end_type IN "
        "('revoked_probation','revoked_parole','committed','death')), "
        "SUM(s.end_date BETWEEN ?1 AND ?2 AND s.status = 'transferred_out'), "
        "SUM(s.end_date = '' OR s.end_date > ?2), SUM(s.reoffence_date BETWEEN ?1 AND ?2) "
        "FROM cc_subject s JOIN person p ON p.uuid = s.person_uuid WHERE " +
            live + " AND s.received_date <> '' AND s.received_date <= ?2 AND (s.end_date = '' OR s.end_date >= ?1)" + s,
        &r);
    // 期末 by type, sex, grade (the grade in force at the end), minors.
    run("SELECT s.correction_type, p.sex, IFNULL((SELECT g.grade FROM cc_grade_change g WHERE g.subject_uuid = s.uuid "
        "AND g.deleted = 0 AND g.from_date <> '' AND g.from_date <= ?2 ORDER BY g.from_date DESC LIMIT 1), s.grade), "
        "s.is_minor <> 0, COUNT(*) FROM cc_subject s JOIN person p ON p.uuid = s.person_uuid WHERE " +
            live + " AND s.received_date <> '' AND s.received_date <= ?2 AND (s.end_date = '' OR s.end_date > ?2)" + s +
            " GROUP BY 1, 2, 3, 4",
        &r);
    run("SELECT s.correction_type, COUNT(*) FROM cc_subject s WHERE " + live +
            " AND s.received_date BETWEEN ?1 AND ?2" + s + " GROUP BY 1",
        &r);
    const QList<double> assessments =
        run("SELECT COUNT(*) FROM cc_assessment a WHERE a.deleted = 0 AND a.received_date BETWEEN ?1 AND ?2" +
                office("a.office_code"),
            &r);
    run("SELECT COUNT(*), SUM(a.opinion = 'suitable'), SUM(a.opinion = 'unsuitable') FROM cc_assessment a WHERE "
        "a.deleted = 0 AND a.completed_date BETWEEN ?1 AND ?2" +
            office("a.office_code"),
        &r);
    run("SELECT x.kind, COUNT(*) FROM cc_request x JOIN cc_subject s ON s.uuid = x.subject_uuid WHERE x.deleted = 0 "
        "AND " +
            live + " AND x.status = 'approved' AND x.kind IN ('leave','transfer') AND x.county_date BETWEEN ?1 AND ?2" +
            s + " GROUP BY 1",
        &r);
    run("SELECT x.kind, COUNT(*) FROM cc_sanction x JOIN cc_subject s ON s.uuid = x.subject_uuid WHERE x.deleted = 0 "
        "AND " +
            live +
            " AND ((x.status = 'approved' AND x.decision_date BETWEEN ?1 AND ?2) OR x.proposal_date BETWEEN ?1 AND "
            "?2)" +
            s + " GROUP BY 1",
        &r);
    run("SELECT COUNT(*) FROM cc_missing x JOIN cc_subject s ON s.uuid = x.subject_uuid WHERE x.deleted = 0 AND " +
            live + " AND x.lost_date BETWEEN ?1 AND ?2" + s,
        &r);
    run("SELECT COUNT(DISTINCT m.subject_uuid) FROM cc_monitoring m JOIN cc_subject s ON s.uuid = m.subject_uuid WHERE "
        "m.deleted = 0 AND " +
            live +
            " AND m.start_date <= ?2 AND COALESCE(NULLIF(m.ended_date, ''), NULLIF(m.end_date, ''), "
            "'9999-12-31') >= ?1" +
            s,
        &r);
    run("SELECT x.kind, COUNT(*), TOTAL(x.minutes) / 60.0 FROM cc_activity x JOIN cc_subject s ON s.uuid = "
        "x.subject_uuid "
        "WHERE x.deleted = 0 AND " +
            live + " AND x.kind IN ('education','welfare') AND x.activity_date BETWEEN ?1 AND ?2" + s + " GROUP BY 1",
        &r);
    r.values = {{QStringLiteral("start_count"), reg.value(0)},
                {QStringLiteral("received"), reg.value(1)},
                {QStringLiteral("end_count"), reg.value(5)},
                {QStringLiteral("assessments"), assessments.value(0)}};
    return r;
}

Raw RawStats::placement()
{
    Raw r;
    const QByteArray s = office("s.office_code");
    const QList<double> reg =
        run("SELECT SUM(s.release_date < ?1 AND (s.end_date = '' OR s.end_date >= ?1)), SUM(s.release_date BETWEEN ?1 "
            "AND ?2), "
            "SUM(s.end_date BETWEEN ?1 AND ?2), SUM(s.end_date = '' OR s.end_date > ?2), "
            "SUM(s.release_date BETWEEN ?1 AND ?2 AND s.handover_status = 'done' AND (s.handover_date = '' OR "
            "s.handover_date <= ?2)), "
            "SUM(s.release_date BETWEEN ?1 AND ?2 AND s.handover_mode = 'escort'), "
            "SUM(s.end_date BETWEEN ?1 AND ?2 AND s.end_type = 'reoffended') "
            "FROM rp_subject s JOIN person p ON p.uuid = s.person_uuid WHERE s.deleted = 0 AND s.release_date <> '' "
            "AND s.release_date <= ?2 AND (s.end_date = '' OR s.end_date >= ?1)" +
                s,
            &r);
    // 期末: by source, category (at the end), placement (at the end), assisted.
    run("SELECT s.source_type, IFNULL((SELECT r.category FROM rp_risk_review r WHERE r.subject_uuid = s.uuid AND "
        "r.deleted = 0 AND r.review_date <> '' AND r.review_date <= ?2 ORDER BY r.review_date DESC LIMIT 1), "
        "s.category), "
        "(SELECT pl.mode FROM rp_placement pl WHERE pl.subject_uuid = s.uuid AND pl.deleted = 0 AND pl.placed_date <> "
        "'' AND "
        "pl.placed_date <= ?2 AND (pl.ended_date = '' OR pl.ended_date > ?2) ORDER BY pl.placed_date DESC LIMIT 1), "
        "EXISTS (SELECT 1 FROM rp_member m WHERE m.subject_uuid = s.uuid AND m.deleted = 0 AND substr(m.created_at, 1, "
        "10) <= ?2) "
        "OR EXISTS (SELECT 1 FROM rp_agreement a WHERE a.subject_uuid = s.uuid AND a.deleted = 0 AND a.signed_date <> "
        "'' AND "
        "a.signed_date <= ?2), s.no_home AND s.no_job AND s.no_family, COUNT(*) FROM rp_subject s JOIN person p ON "
        "p.uuid = "
        "s.person_uuid WHERE s.deleted = 0 AND s.release_date <> '' AND s.release_date <= ?2 AND (s.end_date = '' OR "
        "s.end_date > ?2)" +
            s + " GROUP BY 1, 2, 3, 4, 5",
        &r);
    run("SELECT x.kind, COUNT(DISTINCT x.subject_uuid) FROM rp_assistance x JOIN rp_subject s ON s.uuid = "
        "x.subject_uuid "
        "WHERE x.deleted = 0 AND s.deleted = 0 AND x.granted_date BETWEEN ?1 AND ?2 AND s.release_date <> '' AND "
        "s.release_date <= ?2 AND (s.end_date = '' OR s.end_date > ?2)" +
            s + " GROUP BY 1",
        &r);
    r.values = {{QStringLiteral("start"), reg.value(0)},
                {QStringLiteral("new"), reg.value(1)},
                {QStringLiteral("registered"), reg.value(3)}};
    return r;
}

// ---------------------------------------------------------------------------------------------

// The CPU time this process has used (user and system): what a report costs on a machine
// that is not busy with anything else, whatever else this one is running.
qint64 cpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

void header()
{
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                 .arg(QStringLiteral("report"), -44)
                 .arg(QStringLiteral("p50 ms"), 9)
                 .arg(QStringLiteral("p95 ms"), 9)
                 .arg(QStringLiteral("cpu p50"), 9)
                 .arg(QStringLiteral("raw p50"), 9)
                 .arg(QStringLiteral("raw p95"), 9)
                 .arg(QStringLiteral("figures / statements, checked against raw"), 0)
          << Qt::endl;
}

void report(Database &db, sqlite3 *raw, const QString &reportId, const StatPeriod &period, const QString &office,
            const QString &label)
{
    const Access access = Access::fileLevel(QStringLiteral("os:bench"));
    Figures sifa, cpu, hand;
    StatReportData computed;
    for (int i = 0; i < kRuns; ++i) {
        const qint64 cpuBefore = cpuNs();
        sifa.ns.push_back(timed([&] {
            Result<StatReportData> r = Statistics::run(db, access, reportId, period, office);
            if (!r) {
                out() << r.message() << Qt::endl;
                std::abort();
            }
            computed = std::move(r).value();
        }));
        cpu.ns.push_back(cpuNs() - cpuBefore);
    }
    Raw counted;
    RawStats rawStats(raw, period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate), office);
    for (int i = 0; i < kRuns; ++i) {
        hand.ns.push_back(timed([&] {
            counted = reportId == QLatin1String("mediation")    ? rawStats.mediation()
                      : reportId == QLatin1String("correction") ? rawStats.correction()
                                                                : rawStats.placement();
        }));
    }
    QStringList compared;
    for (const auto &[key, value] : std::as_const(counted.values)) {
        const double mine = computed.value(key);
        compared << QStringLiteral("%1 %2%3")
                        .arg(key)
                        .arg(mine, 0, 'f', 0)
                        .arg(std::abs(mine - value) < 0.5 ? QString()
                                                          : QStringLiteral(" (raw %1!)").arg(value, 0, 'f', 0));
    }
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                 .arg(label, -44)
                 .arg(sifa.percentile(0.5), 9, 'f', 1)
                 .arg(sifa.percentile(0.95), 9, 'f', 1)
                 .arg(cpu.percentile(0.5), 9, 'f', 1)
                 .arg(hand.percentile(0.5), 9, 'f', 1)
                 .arg(hand.percentile(0.95), 9, 'f', 1)
                 .arg(QStringLiteral("%1 / %2; %3")
                          .arg(computed.figures.size())
                          .arg(counted.statements)
                          .arg(compared.join(QStringLiteral(", "))))
          << Qt::endl;
}

void drill(Database &db, const QString &reportId, const QString &key, const StatPeriod &period)
{
    const Access access = Access::fileLevel(QStringLiteral("os:bench"));
    Figures f;
    qsizetype rows = 0;
    for (int i = 0; i < 3; ++i) {
        f.ns.push_back(timed([&] {
            Result<StatDrill> d = Statistics::drill(db, access, reportId, key, period);
            rows = d ? d->rows.size() : -1;
        }));
    }
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                 .arg(QStringLiteral("  drill %1 %2").arg(reportId, key), -44)
                 .arg(f.percentile(0.5), 9, 'f', 1)
                 .arg(f.percentile(0.95), 9, 'f', 1)
                 .arg(QStringLiteral("-"), 9)
                 .arg(QStringLiteral("-"), 9)
                 .arg(QStringLiteral("-"), 9)
                 .arg(QStringLiteral("%1 rows").arg(rows))
          << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int disputes = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;
    const int subjects = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 20000;
    const int files = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 50000;
    const QString path = argc > 4
                             ? QString::fromLocal8Bit(argv[4])
                             : QDir::current().filePath(QStringLiteral("sifa-bench-mediation-%1.sqlite").arg(disputes));
    bool generated = false;
    if (!isCounty(path, disputes)) {
        if (Status s = generateCounty(path, disputes); !s.ok()) {
            out() << s.message() << Qt::endl;
            return 1;
        }
        generated = true;
    }
    {
        Result<std::unique_ptr<Database>> db = Database::open(path);
        if (!db) {
            out() << db.message() << Qt::endl;
            return 1;
        }
        if (!hasCaseload(**db, subjects, files)) {
            if (Status s = addCaseload(**db, subjects, files); !s.ok()) {
                out() << s.message() << Qt::endl;
                return 1;
            }
            generated = true;
        }
    }
    if (generated) {
        // Measure in a fresh process: the loader's cache and heap would count against the reports.
        out().flush();
        execv("/proc/self/exe", argv);
    }

    out() << QStringLiteral("database file: %1 MiB, %2 disputes, %3 correction subjects, %4 resettlement files")
                 .arg(static_cast<double>(QFileInfo(path).size()) / 1048576.0, 0, 'f', 1)
                 .arg(disputes)
                 .arg(subjects)
                 .arg(files)
          << Qt::endl;
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    if (!opened) {
        out() << opened.message() << Qt::endl;
        return 1;
    }
    Database &db = **opened;
    // SIFA_BENCH_PRAGMAS="PRAGMA cache_size = -65536; PRAGMA mmap_size = 268435456": what a
    // connection setting would change (SifaDesk's own connections keep SQLite's defaults).
    for (const QString &pragma :
         qEnvironmentVariable("SIFA_BENCH_PRAGMAS").split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (Status s = db.exec(pragma.trimmed()); !s.ok())
            out() << s.message() << Qt::endl;
        else
            out() << QStringLiteral("with %1").arg(pragma.trimmed()) << Qt::endl;
    }
    sqlite3 *raw = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    // The last whole year of the county (it runs to 2026-06-30) and a quarter.
    const StatPeriod year = *StatPeriod::parse(QStringLiteral("2025"));
    const StatPeriod quarter = *StatPeriod::parse(QStringLiteral("2025-Q4"));
    const QString township = QStringLiteral("330225101");
    out() << QStringLiteral(
                 "%1 runs each, the first included; raw: the same counts by hand-written SQL through sqlite3")
                 .arg(kRuns)
          << Qt::endl
          << Qt::endl;
    header();
    for (const QString &id : Statistics::reportIds()) {
        report(db, raw, id, year, QString(), QStringLiteral("%1, county, year 2025").arg(id));
        report(db, raw, id, year, township, QStringLiteral("%1, one township, year 2025").arg(id));
        report(db, raw, id, quarter, QString(), QStringLiteral("%1, county, 2025-Q4").arg(id));
    }
    out() << Qt::endl;
    drill(db, QStringLiteral("mediation"), QStringLiteral("accepted"), year);
    drill(db, QStringLiteral("correction"), QStringLiteral("end_count"), year);
    drill(db, QStringLiteral("placement"), QStringLiteral("registered"), year);
    sqlite3_close(raw);
    out() << Qt::endl
          << QStringLiteral("memory: VmRSS %1, peak VmHWM %2").arg(procStatus("VmRSS:"), procStatus("VmHWM:"))
          << Qt::endl;
    return 0;
}
