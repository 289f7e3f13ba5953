#include "mediation/LedgerLifecycle.h"

#include "mediation/Dispute.h"
#include "mediation/MediationCodes.h"
#include "util/Time.h"

namespace sifa {

namespace S = DisputeStatus;

namespace {

QString d(const QDate &date)
{
    return toStoredDate(date);
}

bool isClosed(const QString &status)
{
    return status == S::Performed || status == S::NotPerformed || status == S::Terminated
           || status == S::NotAccepted;
}

}  // namespace

std::optional<LedgerOutcome> LedgerLifecycle::decide(const LedgerFacts &f, QStringList *problems)
{
    const qsizetype before = problems->size();
    LedgerOutcome o;
    const QDate registered = f.registered.isValid() ? f.registered : f.accepted;
    if (!registered.isValid())
        *problems << tr("The row has neither a 受理日期 nor a 登记日期.");
    if (f.registered.isValid() && f.accepted.isValid() && f.registered > f.accepted) {
        *problems << tr("The 登记日期 (%1) is after the 受理日期 (%2).").arg(d(f.registered), d(f.accepted));
    }
    const bool success = f.result == QLatin1String("success");
    if (!success && (!f.form.isEmpty() || f.agreed.isValid() || f.agreedAmount || !f.performance.isEmpty())) {
        *problems << tr("The row records an agreement (协议形式, 协议日期, 协议金额 or 履行情况) but its 调解结果 is "
                        "not 成功.");
    }
    if (!f.accepted.isValid() && (success || f.result == QLatin1String("failed") || f.result == QLatin1String("terminated")))
        *problems << tr("A mediation result needs the 受理日期 of the case.");
    if (f.closed.isValid() && f.result.isEmpty())
        *problems << tr("The row has a 结案日期 (%1) but no 调解结果.").arg(d(f.closed));
    if (f.closed.isValid() && registered.isValid() && f.closed < registered)
        *problems << tr("The 结案日期 (%1) is before the case was registered (%2).").arg(d(f.closed), d(registered));
    else if (f.closed.isValid() && f.accepted.isValid() && f.closed < f.accepted)
        *problems << tr("The 结案日期 (%1) is before the 受理日期 (%2).").arg(d(f.closed), d(f.accepted));

    o.decided = f.accepted;
    if (f.result.isEmpty()) {
        o.status = f.accepted.isValid() ? S::Accepted : S::Registered;
    } else if (f.result == QLatin1String("not_accepted")) {
        if (f.accepted.isValid())
            *problems << tr("A case that was not accepted (不予受理) has no 受理日期.");
        if (!f.closed.isValid())
            *problems << tr("A case that was not accepted (不予受理) needs the date of that decision as its 结案日期.");
        o.status = S::NotAccepted;
        o.decided = f.closed;
        o.closed = f.closed;
    } else if (f.result == QLatin1String("failed") || f.result == QLatin1String("terminated")) {
        o.status = S::Terminated;
        o.result = f.result;
        o.resultDate = f.closed;
        o.closed = f.closed;
    } else {
        o.agreement = true;
        o.form = f.form.isEmpty() ? QStringLiteral("written") : f.form;
        o.result = o.form;
        o.agreedDate = f.agreed.isValid() ? f.agreed : f.closed;
        o.resultDate = o.agreedDate;
        if (!o.agreedDate.isValid())
            *problems << tr("A successful mediation needs its 协议日期 (or at least a 结案日期).");
        if (f.agreed.isValid() && f.accepted.isValid() && f.agreed < f.accepted)
            *problems << tr("The 协议日期 (%1) is before the 受理日期 (%2).").arg(d(f.agreed), d(f.accepted));
        if (f.agreed.isValid() && f.closed.isValid() && f.closed < f.agreed)
            *problems << tr("The 结案日期 (%1) is before the 协议日期 (%2).").arg(d(f.closed), d(f.agreed));
        if (f.performance == QLatin1String("partial")) {
            if (f.closed.isValid())
                *problems << tr("A case still being performed (部分履行) has no 结案日期 yet.");
            o.status = S::Performing;
            o.performanceStatus = QStringLiteral("partial");
        } else if (f.performance == QLatin1String("none")) {
            o.status = f.closed.isValid() ? S::NotPerformed : S::Agreed;
            o.performanceStatus = f.closed.isValid() ? QStringLiteral("failed") : QStringLiteral("pending");
        } else if (f.performance == QLatin1String("done") || f.closed.isValid()) {
            o.status = S::Performed;
            o.performanceStatus = QStringLiteral("done");
        } else {
            o.status = S::Agreed;
            o.performanceStatus = QStringLiteral("pending");
        }
        if (o.status == S::Performed || o.status == S::NotPerformed) {
            o.closed = f.closed;
            o.performanceDate = f.closed;
        }
    }

    // Archiving: by the 归档日期 column where the file has one, else every closed case with a date.
    if (f.archiveColumn) {
        if (f.archived.isValid()) {
            if (!isClosed(o.status))
                *problems << tr("The row has an 归档日期 but the case is not closed (%1).").arg(MediationCodes::statusLabel(o.status));
            else if (o.closed.isValid() && f.archived < o.closed)
                *problems << tr("The 归档日期 (%1) is before the 结案日期 (%2).").arg(d(f.archived), d(o.closed));
            o.status = S::Archived;
            o.archived = f.archived;
        }
    } else if (isClosed(o.status) && o.closed.isValid() && f.status != o.status) {
        o.status = S::Archived;
        o.archived = o.closed;
    }

    // The 状态 column refines what the columns cannot tell, and must not contradict them.
    if (!f.status.isEmpty() && f.status != o.status) {
        if (o.status == S::Accepted && (f.status == S::Investigating || f.status == S::Mediating)) {
            o.status = f.status;
        } else {
            *problems << tr("The 状态 says \"%1\" but the other columns describe a case that is \"%2\".")
                             .arg(MediationCodes::statusLabel(f.status), MediationCodes::statusLabel(o.status));
        }
    }
    if (problems->size() != before)
        return std::nullopt;
    return o;
}

}  // namespace sifa
