#pragma once

// Private to the ledger import (LedgerImport.cpp, LedgerImportWrite.cpp).

#include "io/ImportSupport.h"
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

using Progress = ImportProgress;

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
