#pragma once

#include "util/Result.h"

#include <QString>

#include <vector>

namespace sifa {

class Database;

// The schema's statements in named groups. Schema::create() runs the groups of the latest
// version; the migrations run what each version added. A test compares a migrated database
// with a fresh one, so the two cannot drift apart unnoticed.
namespace ddl {

using Statements = std::vector<const char *>;

const Statements &coreTables();        // meta, replica, change log, users, audit, settings, person
const Statements &personSearch();      // version 2: the people search index
const Statements &appendOnlyGuards();  // version 2: REPLACE cannot overwrite op or audit rows
const Statements &mediationTables();   // version 3: 人民调解
const Statements &disputeSearch();     // version 3: the dispute search index
const Statements &correctionTables();  // version 4: 社区矫正
const Statements &correctionAdditions();  // version 5: columns added to the 社区矫正 tables
const Statements &placementTables();   // version 5: 安置帮教
const Statements &statisticsTables();  // version 6: submitted reports, report indexes, 再犯罪
const Statements &syncTables();        // version 7: keys, partners, bundle ledger, conflicts, transfers

Status execAll(Database &db, const Statements &statements, const QString &doing);

}  // namespace ddl
}  // namespace sifa
