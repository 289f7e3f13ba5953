#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace sifa {

// Reporting in after the judgment (社区矫正法第二十一条): within correction.report_in days (10)
// of the judgment or ruling taking effect. For 暂予监外执行 the handing-over body has the same ten
// days from the decision; the same count applies.
struct ReportInStatus {
    enum State { Waiting, OnTime, Late, NotReported };
    State state = Waiting;
    QDate due;     // the last day to report
    int late = 0;  // days after the due day (reported late, or still not reported)
};

class ReportIn {
    Q_DECLARE_TR_FUNCTIONS(ReportIn)
public:
    // `reported` invalid while the person has not reported.
    static Result<ReportInStatus> status(const QDate &effective, const QDate &reported, const QDate &today);
    // 按时报到 / 超时报到（3日） / 未报到（逾期5日） / 报到期限内（至 2026-05-11）
    static QString describe(const ReportInStatus &s);
};

}  // namespace sifa
