#include "demo/DemoStatistics.h"

#include "mediation/DisputeRepository.h"
#include "mediation/DisputeService.h"
#include "stats/StatSubmissions.h"
#include "stats/Statistics.h"
#include "storage/Database.h"
#include "storage/Query.h"

namespace sifa {

namespace {

Status submit(Database &db, const Session &head, const QString &report, const StatPeriod &period,
              DemoStatisticsSummary &summary)
{
    Result<StatReportData> r = Statistics::run(db, head, report, period);
    if (!r.ok())
        return r.error();
    if (r->hasErrors())
        return {};  // a report with errors is not submitted (the to-do list keeps asking for it)
    Result<StatSubmission> s = StatSubmissions::submit(db, head, *r, QString(), true);
    if (!s.ok())
        return s.error();
    summary.submitted << r->title + QLatin1Char(' ') + period.label();
    return {};
}

}  // namespace

Result<DemoStatisticsSummary> DemoStatistics::create(Database &db, const Session &head, const QDate &today)
{
    DemoStatisticsSummary summary;
    const StatPeriod month = StatPeriod::containing(StatPeriod::Kind::Month, today).previous();
    const StatPeriod quarter = StatPeriod::containing(StatPeriod::Kind::Quarter, today).previous();
    const StatPeriod half = StatPeriod::containing(StatPeriod::Kind::Half, today).previous();
    const struct {
        const char *report;
        StatPeriod period;
    } owed[] = {
        {"mediation", month}, {"mediation", quarter}, {"correction", month}, {"correction", quarter},
        {"placement", half},
    };
    for (const auto &o : owed) {
        if (Status s = submit(db, head, QString::fromLatin1(o.report), o.period, summary); !s.ok())
            return s.error();
    }

    // After the quarter and the month were reported, a dispute of them still open turned out to be of another type.
    Result<QVariant> uuid = Query::scalar(
        db,
        QStringLiteral("SELECT uuid FROM dispute WHERE deleted = 0 AND accepted_date BETWEEN :f AND :t"
                       " AND dispute_type <> '01' AND status IN ('accepted','investigating','mediating','agreed','performing')"
                       " ORDER BY accepted_date LIMIT 1"),
        {{QStringLiteral(":f"), quarter.from.toString(Qt::ISODate)}, {QStringLiteral(":t"), month.to.toString(Qt::ISODate)}},
        tr("choosing a dispute to reclassify"), QString());
    if (!uuid.ok())
        return uuid.error();
    if (!uuid->toString().isEmpty()) {
        Result<Dispute> d = DisputeRepository::get(db, uuid->toString());
        if (!d.ok())
            return d.error();
        Dispute changed = *d;
        changed.disputeType = QStringLiteral("01");
        if (Status s = DisputeService::updateRegistration(db, head, changed); !s.ok())
            return s.error();
        ++summary.changedSince;
    }
    return summary;
}

}  // namespace sifa
