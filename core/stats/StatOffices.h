#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace sifa {

class Database;

// The township offices a county database holds records of, for choosing whose report to run.
class StatOffices {
    Q_DECLARE_TR_FUNCTIONS(StatOffices)
public:
    // The 9-digit office codes found in the records a report counts (every period), sorted;
    // for a township database its own code only.
    static Result<QStringList> inData(const Database &db, const QString &reportId);
};

}  // namespace sifa
