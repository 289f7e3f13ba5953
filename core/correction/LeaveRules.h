#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace sifa {

// Leave of the city or county (外出) for a person under community correction: who approves a
// request, by the limits of the rule set "correction" (domain README §3.2): up to
// leave_office_limit days (7) the entrusted office; longer the county agency; more than
// leave_per_approval days (30) in one request, or more than leave_window_total days (30) within
// leave_window (2 months), the agency one level higher. Days count both ends (the 1st to the
// 7th is 7 days). The office records the request and its review; the decision is recorded when
// it arrives.
struct LeavePeriod {
    QDate from;
    QDate to;
    int days() const { return from.isValid() && to.isValid() ? static_cast<int>(from.daysTo(to)) + 1 : 0; }
};

enum class ApprovalLevel { Office, County, HigherAgency };

struct LeaveCheck {
    int days = 0;          // of this request
    int daysInWindow = 0;  // leave days in the busiest leave_window period sharing a day with the request
    QDate windowStart;     // the first day of that period
    ApprovalLevel level = ApprovalLevel::Office;
    QStringList reasons;   // translated: why this level
    QStringList warnings;  // translated: applied late, overlaps an approved leave
    QDate applyBy;         // the latest day to apply
};

class LeaveRules {
    Q_DECLARE_TR_FUNCTIONS(LeaveRules)
public:
    // `approved`: the person's leave already approved (any order; overlapping days count once).
    static Result<LeaveCheck> check(const LeavePeriod &request, const QList<LeavePeriod> &approved,
                                    const QDate &appliedOn);
    static QString levelName(ApprovalLevel level);
};

}  // namespace sifa
