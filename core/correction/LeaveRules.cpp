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
    Result<int> officeLimit = amountOf(QStringLiteral("leave_office_limit"), on);
    Result<int> perApproval = amountOf(QStringLiteral("leave_per_approval"), on);
    Result<int> windowMonths = amountOf(QStringLiteral("leave_window"), on);
    Result<int> windowTotal = amountOf(QStringLiteral("leave_window_total"), on);
    Result<int> ahead = amountOf(QStringLiteral("leave_apply_ahead"), on);
    for (const Result<int> *r : {&officeLimit, &perApproval, &windowMonths, &windowTotal, &ahead}) {
        if (!*r)
            return r->error();
    }

    LeaveCheck c;
    c.days = request.days();
    c.applyBy = request.from.addDays(-*ahead);
    // The window of leave_window months that ends on the request's last day.
    c.windowStart = request.to.addMonths(-*windowMonths).addDays(1);
    QSet<qint64> days;  // Julian days on leave within the window, each once
    const auto add = [&](const LeavePeriod &p) {
        for (QDate d = qMax(p.from, c.windowStart); d.isValid() && d <= qMin(p.to, request.to); d = d.addDays(1))
            days.insert(d.toJulianDay());
    };
    add(request);
    bool overlaps = false;
    for (const LeavePeriod &p : approved) {
        if (!p.from.isValid() || !p.to.isValid() || p.to < p.from)
            continue;
        overlaps = overlaps || (p.from <= request.to && request.from <= p.to);
        add(p);
    }
    c.daysInWindow = static_cast<int>(days.size());

    if (c.days > *perApproval) {
        c.level = ApprovalLevel::HigherAgency;
        c.reasons << tr("%n day(s) in one request: more than %1 days goes one level higher.", nullptr, c.days)
                         .arg(*perApproval);
    }
    if (c.daysInWindow > *windowTotal) {
        c.level = ApprovalLevel::HigherAgency;
        //: %1 first day of the window, %2 last day, %3 the limit in days
        c.reasons << tr("%n day(s) of leave from %1 to %2: more than %3 days within %4 month(s) goes one level "
                        "higher.",
                        nullptr, c.daysInWindow)
                         .arg(c.windowStart.toString(Qt::ISODate), request.to.toString(Qt::ISODate))
                         .arg(*windowTotal)
                         .arg(*windowMonths);
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
        c.warnings << tr("Applied on %1: the rule asks for the application by %2 (%n day(s) ahead).", nullptr, *ahead)
                          .arg(appliedOn.toString(Qt::ISODate), c.applyBy.toString(Qt::ISODate));
    }
    if (overlaps)
        c.warnings << tr("The dates overlap leave already approved.");
    return c;
}

}  // namespace sifa
