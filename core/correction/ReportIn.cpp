#include "correction/ReportIn.h"

#include "rules/Rules.h"

namespace sifa {

Result<ReportInStatus> ReportIn::status(const QDate &effective, const QDate &reported, const QDate &today)
{
    if (!effective.isValid())
        return Result<ReportInStatus>::failure(ErrorCode::InvalidInput,
                                               tr("Enter the day the judgment or decision took effect."));
    if (reported.isValid() && reported < effective) {
        return Result<ReportInStatus>::failure(ErrorCode::InvalidInput,
                                               tr("The person cannot report in before the judgment takes effect."));
    }
    Result<QDate> due = Rules::instance().checkedDue(QStringLiteral("correction.report_in"), effective, effective);
    if (!due)
        return due.error();
    ReportInStatus s;
    s.due = *due;
    if (reported.isValid()) {
        s.late = static_cast<int>(qMax<qint64>(0, s.due.daysTo(reported)));
        s.state = s.late > 0 ? ReportInStatus::Late : ReportInStatus::OnTime;
    } else if (today > s.due) {
        s.late = static_cast<int>(s.due.daysTo(today));
        s.state = ReportInStatus::NotReported;
    }
    return s;
}

QString ReportIn::describe(const ReportInStatus &s)
{
    switch (s.state) {
    case ReportInStatus::OnTime:
        return tr("Reported on time");
    case ReportInStatus::Late:
        return tr("Reported late (%n day(s))", nullptr, s.late);
    case ReportInStatus::NotReported:
        return tr("Not reported (%n day(s) overdue)", nullptr, s.late);
    case ReportInStatus::Waiting:
        return tr("Due to report by %1").arg(s.due.toString(Qt::ISODate));
    }
    return QString();
}

}  // namespace sifa
