#include "stats/Statistics.h"

#include "domain/Office.h"
#include "rules/Rules.h"
#include "stats/StatEngine.h"
#include "stats/StatSpecs.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "util/Time.h"

namespace sifa {

QStringList Statistics::reportIds()
{
    return {QStringLiteral("mediation"), QStringLiteral("correction"), QStringLiteral("placement")};
}

std::optional<StatSpec> Statistics::spec(const QString &reportId)
{
    if (reportId == QLatin1String("mediation"))
        return MediationStats::spec();
    if (reportId == QLatin1String("correction"))
        return CorrectionStats::spec();
    if (reportId == QLatin1String("placement"))
        return PlacementStats::spec();
    return std::nullopt;
}

QString Statistics::title(const QString &reportId)
{
    if (reportId == QLatin1String("mediation"))
        return tr("People's mediation statistics");
    if (reportId == QLatin1String("correction"))
        return tr("Community correction statistics");
    if (reportId == QLatin1String("placement"))
        return tr("Resettlement and assistance statistics");
    return reportId;
}

Permission Statistics::permission(const QString &reportId)
{
    if (reportId == QLatin1String("correction"))
        return Permission::ReportsCorrection;
    if (reportId == QLatin1String("placement"))
        return Permission::ReportsPlacement;
    return Permission::ReportsMediation;
}

Status Statistics::checkReportId(const QString &reportId)
{
    if (reportIds().contains(reportId))
        return {};
    return Status::failure(ErrorCode::InvalidInput,
                           tr("There is no report \"%1\". The reports are: %2.")
                               .arg(reportId, reportIds().join(QStringLiteral(", "))),
                           QStringLiteral("report"));
}

Status Statistics::checkOffice(const Database &db, const QString &office)
{
    if (office.isEmpty())
        return {};
    const OfficeInfo info = Office::info(db);
    if (office == info.code)
        return {};
    if (info.isCounty()) {
        // Any township of the county (its code starts with the county's) whose records the
        // database holds, or one that has not sent anything yet.
        if (office.size() == 9 && office.startsWith(info.code))
            return {};
    }
    return Status::failure(ErrorCode::InvalidInput,
                           info.isCounty()
                               ? tr("\"%1\" is not a township office of this county (%2); a township code has 9 digits "
                                    "and begins with the county's code.")
                                     .arg(office, info.code)
                               : tr("This database holds office %1 only; it cannot report office \"%2\".")
                                     .arg(info.code, office),
                           QStringLiteral("office"));
}

QString Statistics::officeOf(const Database &db, const QString &office)
{
    return office.isEmpty() ? Office::info(db).code : office;
}

Result<StatReportData> Statistics::run(Database &db, const Access &access, const QString &reportId,
                                       const StatPeriod &period, const QString &office)
{
    if (Status s = checkReportId(reportId); !s.ok())
        return s;
    if (Status s = access.require(db, permission(reportId)); !s.ok())
        return s;
    if (Status s = checkOffice(db, office); !s.ok())
        return s;
    const OfficeInfo info = Office::info(db);
    // The database's own office code needs no filter: a township holds only its own records,
    // and the county's code stands for its whole area.
    const QString filter = office == info.code ? QString() : office;
    const StatSpec s = *spec(reportId);
    Result<StatReportData> r = StatEngine::compute(db, s, period, filter);
    if (!r.ok())
        return r;
    StatReportData report = std::move(r).value();
    report.office = officeOf(db, office);
    report.officeName = office.isEmpty() || office == info.code ? info.name : office;
    report.ruleVersion = Rules::instance().versionOn(s.ruleSet, period.to);
    report.checks = StatEngine::check(s, report);
    if (period.to >= Clock::today()) {
        report.checks.append({StatCheck::Severity::Warning, QStringLiteral("period_not_over"),
                              tr("The period ends on %1, so its figures can still change; a report submitted now is "
                                 "a snapshot of today.")
                                  .arg(period.to.toString(Qt::ISODate)),
                              {}});
    }
    return report;
}

Result<StatDrill> Statistics::drill(Database &db, const Access &access, const QString &reportId, const QString &key,
                                    const StatPeriod &period, const QString &office)
{
    if (Status s = checkReportId(reportId); !s.ok())
        return s;
    if (Status s = access.require(db, permission(reportId)); !s.ok())
        return s;
    if (Status s = checkOffice(db, office); !s.ok())
        return s;
    const QString filter = office == Office::info(db).code ? QString() : office;
    Result<StatDrill> d = StatEngine::drill(db, *spec(reportId), key, period, filter);
    if (d.ok())
        protectMinors(d.value(), access);
    return d;
}

void Statistics::protectMinors(StatDrill &drill, const Access &access)
{
    const qsizetype minor = drill.columnIds.indexOf(QStringLiteral("minor"));
    const qsizetype name = drill.columnIds.indexOf(QStringLiteral("name"));
    if (minor < 0 || name < 0 || access.can(Permission::CorrectionMinors))
        return;
    for (StatDrill::Row &row : drill.rows) {
        const QString mark = row.cells.value(minor);
        if (!mark.isEmpty() && mark != QLatin1String("0") && name < row.cells.size())
            row.cells[name] = tr("(minor)");
    }
}

}  // namespace sifa
