#pragma once

#include "security/Access.h"
#include "stats/StatReport.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace sifa {

class Database;

// A report as submitted: the figures frozen with the rule version (a stat_submission row).
struct StatSubmission {
    QString uuid;
    QString reportId;
    StatPeriod period;
    QString office;        // the office the report is of
    QString ruleVersion;
    QString title;
    QDate submittedDate;
    QString submittedBy;   // user name
    QString status;        // submitted | superseded (a later submission of the same period replaced it)
    QString note;
    QList<StatFigure> figures;
    QList<StatCheck> acceptedWarnings;
};

// A figure that differs between a submission and the report as computed now.
struct StatChange {
    QString key;
    QString label;
    QString unit;
    double submitted = 0;
    double current = 0;
    bool added = false;    // a figure the submission did not have
    bool removed = false;  // a figure no longer computed
};

// Submitting a period: the checks must pass (errors refuse; warnings need acceptWarnings),
// the figures are frozen, the audit trail records it and the report's to-do item closes.
// Submitting the same report, period and office again supersedes the earlier submission (kept).
class StatSubmissions {
    Q_DECLARE_TR_FUNCTIONS(StatSubmissions)
public:
    static Result<StatSubmission> submit(Database &db, const Access &access, const StatReportData &report,
                                         const QString &note, bool acceptWarnings);
    // Newest first; `reportId` / `office` empty: all.
    static Result<QList<StatSubmission>> list(Database &db, const Access &access, const QString &reportId = {},
                                              const QString &office = {});
    // The standing (not superseded) submission of a report, period and office.
    static Result<std::optional<StatSubmission>> current(Database &db, const Access &access, const QString &reportId,
                                                         const StatPeriod &period, const QString &office);
    // What changed since submission; empty when nothing did.
    static QList<StatChange> changes(const StatSubmission &submitted, const StatReportData &now);
};

}  // namespace sifa
