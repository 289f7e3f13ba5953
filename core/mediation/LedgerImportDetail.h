#pragma once

// Private to the ledger import (LedgerImport.cpp, LedgerImportWrite.cpp).

#include "mediation/LedgerColumns.h"
#include "mediation/LedgerImport.h"
#include "security/Access.h"
#include "util/Result.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace sifa {

class Database;
class LedgerSheet;

namespace ledger_detail {

// What the database holds already, loaded once so that rows are checked without a query each.
struct Known {
    QSet<QString> caseNos;                // live cases
    QHash<QString, QString> people;       // resident ID number → live person uuid
    QSet<QString> removedPeople;          // ID numbers of this office's removed persons
    QHash<QString, QString> mediators;    // name → uuid (live)
    QHash<QString, QString> committees;   // name → uuid (live)

    static Result<Known> load(const Database &db);
};

// The progress callback in steps of rows.
class Progress {
public:
    Progress(const std::function<bool(qint64, qint64)> &callback, qint64 total) : m_callback(callback), m_total(total) {}
    // Counts `n` more units; false once the caller cancelled.
    bool advance(qint64 n = 1);
    bool cancelled() const { return m_cancelled; }
    qint64 done() const { return m_done; }

private:
    const std::function<bool(qint64, qint64)> &m_callback;
    qint64 m_total = 0;
    qint64 m_done = 0;
    qint64 m_reported = -1;
    bool m_cancelled = false;
};

// What the checking pass found out for the writing pass.
struct Checked {
    LedgerHeader header;
    QHash<QString, QString> mediatorCommittee;  // new mediator → the committee of the first row naming them
};

// Writes every row of a checked ledger in one transaction; `disputes` receives the count.
// Returns a failure on any error; on cancellation returns success with progress.cancelled().
Status write(Database &db, const Access &access, const LedgerSheet &sheet, const Checked &checked,
             const LedgerImportPlan &plan, const Known &known, Progress &progress, int *disputes);

}  // namespace ledger_detail
}  // namespace sifa
