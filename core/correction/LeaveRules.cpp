#include "correction/LeaveRules.h"

#include "rules/Rules.h"

#include <QSet>

namespace sifa {

namespace {

// The whole-day amount of a rule, or an error naming it.
Result<int> amountOf(const QString &key, const QDate &on)
{
    const std::optional<Duration> d = Rules::instance().duration(QStringLiteral("correction.") + key, on);
    if (!d) {
        return Result<int>::failure(ErrorCode::NotFound,
                                    LeaveRules::tr("The rule correction.%1 is missing for %2; check the rule files.")
                                        .arg(key, on.toString(Qt::ISODate)));
    }
    return qAbs(d->amount);
}

}  // namespace

QString LeaveRules::levelName(ApprovalLevel level)
{
    switch (level) {
    case ApprovalLevel::Office:
        return tr("the judicial office (filed with the county)");
    case ApprovalLevel::County:
        return tr("the county correction agency");
    case ApprovalLevel::HigherAgency:
        return tr("the correction agency one level above the county");
    }
    return QString();
}

Result<LeaveCheck> LeaveRules::check(const LeavePeriod &request, const QList<LeavePeriod> &approved,
                                     const QDate &appliedOn)
{
    if (!request.from.isValid() || !request.to.isValid())
        return Result<LeaveCheck>::failure(ErrorCode::InvalidInput, tr("Enter the first and the last day of the leave."));
    if (request.to < request.from) {
        return Result<LeaveCheck>::failure(ErrorCode::InvalidInput,
                                           tr("The leave ends before it starts; check the dates."));
    }
    const QDate on = request.from;
    // Counts of days, and two periods taken as dates (whatever unit the rule file uses).
    Result<int> officeLimit = amountOf(QStringLiteral("leave_office_limit"), on);
    Result<int> perApproval = amountOf(QStringLiteral("leave_per_approval"), on);
    Result<int> windowTotal = amountOf(QStringLiteral("leave_window_total"), on);
    for (const Result<int> *r : {&officeLimit, &perApproval, &windowTotal}) {
        if (!*r)
            return r->error();
    }
    Result<QDate> applyBy = Rules::instance().checkedDue(QStringLiteral("correction.leave_apply_ahead"), on, on);
    if (!applyBy)
        return applyBy.error();
    const auto windowEnd = [on](const QDate &start) {
        return Rules::instance().due(QStringLiteral("correction.leave_window"), start, on).addDays(-1);
    };
    if (!windowEnd(on).isValid()) {
        return Result<LeaveCheck>::failure(ErrorCode::NotFound,
                                           tr("The rule correction.%1 is missing for %2; check the rule files.")
                                               .arg(QStringLiteral("leave_window"), on.toString(Qt::ISODate)));
    }

    LeaveCheck c;
    c.days = request.days();
    c.applyBy = *applyBy;
    // Every day on leave, the request's and the approved ones', each once.
    QSet<qint64> days;
    const auto add = [&days](const LeavePeriod &p) {
        for (QDate d = p.from; d.isValid() && d <= p.to; d = d.addDays(1))
            days.insert(d.toJulianDay());
    };
    add(request);
    bool overlaps = false;
    for (const LeavePeriod &p : approved) {
        if (!p.from.isValid() || !p.to.isValid() || p.to < p.from || p.days() > 3660)
            continue;
        overlaps = overlaps || (p.from <= request.to && request.from <= p.to);
        add(p);
    }
    // The busiest window of leave_window that shares a day with the request, leave approved
    // after the request included.
    c.windowStart = request.from;
    for (QDate start = request.to; windowEnd(start) >= request.from; start = start.addDays(-1)) {
        const QDate end = windowEnd(start);
        int n = 0;
        for (QDate d = start; d <= end; d = d.addDays(1))
            n += days.contains(d.toJulianDay()) ? 1 : 0;
        if (n > c.daysInWindow) {
            c.daysInWindow = n;
            c.windowStart = start;
        }
        if (start.daysTo(request.to) > 3660)
            break;  // a window rule of years: enough
    }
    const QDate windowLast = windowEnd(c.windowStart);

    if (c.days > *perApproval) {
        c.level = ApprovalLevel::HigherAgency;
        c.reasons << tr("%n day(s) in one request: more than %1 days goes one level higher.", nullptr, c.days)
                         .arg(*perApproval);
    }
    if (c.daysInWindow > *windowTotal) {
        c.level = ApprovalLevel::HigherAgency;
        //: %1 first day of the window, %2 last day, %3 the limit in days
        c.reasons << tr("%n day(s) of leave from %1 to %2: more than %3 days within that period goes one level "
                        "higher.",
                        nullptr, c.daysInWindow)
                         .arg(c.windowStart.toString(Qt::ISODate), windowLast.toString(Qt::ISODate))
                         .arg(*windowTotal);
    }
    if (c.level != ApprovalLevel::HigherAgency) {
        if (c.days > *officeLimit) {
            c.level = ApprovalLevel::County;
            c.reasons << tr("%n day(s): more than %1 days is approved by the county correction agency.", nullptr,
                            c.days)
                             .arg(*officeLimit);
        } else {
            c.level = ApprovalLevel::Office;
            c.reasons << tr("%n day(s): up to %1 days the entrusted judicial office may approve.", nullptr, c.days)
                             .arg(*officeLimit);
        }
    }
    if (appliedOn.isValid() && appliedOn > c.applyBy) {
        c.warnings << tr("Applied on %1: the rule asks for the application by %2.")
                          .arg(appliedOn.toString(Qt::ISODate), c.applyBy.toString(Qt::ISODate));
    }
    if (overlaps)
        c.warnings << tr("The dates overlap leave already approved.");
    return c;
}

}  // namespace sifa
