#pragma once

#include "security/Session.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace sifa {

class Database;

struct DemoStatisticsSummary {
    QStringList submitted;  // "人民调解工作统计 2026年第三季度", ...
    int changedSince = 0;   // submissions whose figures a later edit changed
};

// The office's reporting history: the last month's, quarter's and half-year's reports submitted
// as the head would have (warnings accepted, as a clerk confirms them), then one dispute of the
// last quarter reclassified afterwards, so the reports page shows what changed since submission.
class DemoStatistics {
    Q_DECLARE_TR_FUNCTIONS(DemoStatistics)
public:
    static Result<DemoStatisticsSummary> create(Database &db, const Session &head, const QDate &today);
};

}  // namespace sifa
