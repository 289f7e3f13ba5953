#pragma once

#include "stats/StatSpec.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace sifa {

class Database;

// Computes a report defined by a StatSpec, and the records behind any of its figures. No
// permission checks here: Statistics is the entry point for people.
class StatEngine {
    Q_DECLARE_TR_FUNCTIONS(StatEngine)
public:
    // Every figure of `spec` for `period`; `office` empty: all offices in the database.
    static Result<StatReportData> compute(const Database &db, const StatSpec &spec, const StatPeriod &period,
                                          const QString &office);
    // The records counted by figure `key` (for a rate: its numerator's).
    static Result<StatDrill> drill(const Database &db, const StatSpec &spec, const QString &key,
                                   const StatPeriod &period, const QString &office);
    // Runs the spec's checks on computed figures.
    static QList<StatCheck> check(const StatSpec &spec, const StatReportData &report);
};

}  // namespace sifa
