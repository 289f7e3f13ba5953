#pragma once

#include "security/Access.h"
#include "security/Roles.h"
#include "stats/StatReport.h"
#include "stats/StatSpec.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace sifa {

class Database;

// The entry point for reports: which exist, who may run them, their figures with the checks,
// and the records behind a figure. A township database reports its own office; a county
// database every office it holds, or one (`office`).
class Statistics {
    Q_DECLARE_TR_FUNCTIONS(Statistics)
public:
    static QStringList reportIds();  // mediation, correction, placement
    static std::optional<StatSpec> spec(const QString &reportId);
    static QString title(const QString &reportId);
    static Permission permission(const QString &reportId);

    // The report with its consistency checks; `office` empty: what the database holds (the
    // township's own office, or the county's whole area).
    static Result<StatReportData> run(Database &db, const Access &access, const QString &reportId,
                                      const StatPeriod &period, const QString &office = {});
    static Result<StatDrill> drill(Database &db, const Access &access, const QString &reportId, const QString &key,
                                   const StatPeriod &period, const QString &office = {});

    // Minors' correction files are confidential (社区矫正法第五十四条): in the rows of `drill` that
    // its "minor" column marks (not empty), the "name" column is masked unless `access` may read
    // minors' files. drill() does it; for other callers of StatEngine::drill.
    static void protectMinors(StatDrill &drill, const Access &access);

    // "unknown report" / bad office code checks, shared by the CLI and the GUI.
    static Status checkReportId(const QString &reportId);
    static Status checkOffice(const Database &db, const QString &office);
    // The office code a report of `office` is labelled with (the database's own when empty).
    static QString officeOf(const Database &db, const QString &office);
};

}  // namespace sifa
