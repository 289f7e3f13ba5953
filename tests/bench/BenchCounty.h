#pragma once

// What the benchmarks share: raw SQLite helpers, timing, and the synthetic county (象山县: 18
// townships × 10 years) written straight into the projection tables — the mediation caseload
// (committees, mediators, disputes, parties, agreements) and, for the statistics, the community
// correction and resettlement caseloads (people, correction subjects with their records,
// resettlement files with theirs). Going through the change log would take hours for a million
// cases. A generated file is kept and reused while it holds the same county from the same
// generator version (see the meta stamps "bench.county" and "bench.caseload").

#include "util/Result.h"

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <memory>
#include <vector>

namespace sifa {

class Database;

namespace bench {

QTextStream &out();

// ---------------------------------------------------------------------------------------------
// Raw SQLite helpers

class Stmt {
public:
    Stmt(sqlite3 *db, const char *sql)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_st, nullptr) != SQLITE_OK) {
            out() << "prepare failed: " << QString::fromUtf8(sqlite3_errmsg(db)) << "\n" << QString::fromUtf8(sql) << Qt::endl;
            std::abort();
        }
    }
    ~Stmt() { sqlite3_finalize(m_st); }
    Stmt(const Stmt &) = delete;
    Stmt &operator=(const Stmt &) = delete;

    Stmt &text(int i, const QString &v)
    {
        const QByteArray b = v.toUtf8();
        sqlite3_bind_text(m_st, i, b.constData(), static_cast<int>(b.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Stmt &integer(int i, qint64 v)
    {
        sqlite3_bind_int64(m_st, i, v);
        return *this;
    }
    void run()
    {
        const int rc = sqlite3_step(m_st);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
            out() << "step failed: " << QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_st))) << Qt::endl;
            std::abort();
        }
        sqlite3_reset(m_st);
    }
    // Steps through all rows; returns how many.
    int rows()
    {
        int n = 0;
        while (sqlite3_step(m_st) == SQLITE_ROW)
            ++n;
        sqlite3_reset(m_st);
        return n;
    }
    bool next() { return sqlite3_step(m_st) == SQLITE_ROW; }
    void reset() { sqlite3_reset(m_st); }
    QString col(int i) const
    {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_st, i)), sqlite3_column_bytes(m_st, i));
    }
    qint64 colInt(int i) const { return sqlite3_column_int64(m_st, i); }

private:
    sqlite3_stmt *m_st = nullptr;
};

void rawExec(sqlite3 *db, const char *sql);

// ---------------------------------------------------------------------------------------------
// Measuring

struct Figures {
    std::vector<qint64> ns;
    double percentile(double p) const
    {
        if (ns.empty())
            return 0;
        std::vector<qint64> v = ns;
        std::sort(v.begin(), v.end());
        const size_t i = std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5));
        return static_cast<double>(v[i]) / 1e6;
    }
};

qint64 timed(const std::function<void()> &f);
// A line of /proc/self/status ("VmHWM:" → "123456 kB").
QString procStatus(const char *key);

// ---------------------------------------------------------------------------------------------
// The synthetic county

constexpr int kCountyGeneratorVersion = 2;  // 2: schema 6 with the statistics indexes
constexpr int kCaseloadGeneratorVersion = 2;  // 2: rows in date order

// Whether `path` holds the county of `disputes` disputes from this generator.
bool isCounty(const QString &path, int disputes);
// Generates the county into `path` (replacing the file): the mediation caseload, then the
// search documents by the production code (DisputeSearch::rebuildAll).
Status generateCounty(const QString &path, int disputes);

// Whether the county's file also holds the correction and resettlement caseload of this size.
bool hasCaseload(Database &db, int subjects, int files);
// Adds `subjects` community correction subjects received over the ten years (with their grade
// changes, education and community service, leave, transfers, rewards and penalties, loss of
// contact, electronic monitoring, re-offences) and the pre-sentence assessments, and `files`
// resettlement files released over the ten years (hand-over, risk assessments, assistance
// group, agreement, placements, social assistance, ends), each with a person of the people
// index, spread over the county's townships.
Status addCaseload(Database &db, int subjects, int files);

}  // namespace bench
}  // namespace sifa
