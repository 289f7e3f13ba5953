#pragma once

#include "demo/DemoPeople.h"
#include "security/Session.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QRandomGenerator>

namespace sifa {

class Database;

struct DemoMediationSummary {
    int committees = 0;
    int mediators = 0;
    int screenings = 0;
    int disputes = 0;
};

// The mediation part of the demo office: committees and mediators (two linked to the demo
// mediator accounts), a year of screening log, and disputes of the last two years in every
// state of the lifecycle — each run step by step through DisputeService, so the change log,
// the audit trail and every rule apply as if clerks had entered them.
class DemoMediation {
    Q_DECLARE_TR_FUNCTIONS(DemoMediation)
public:
    static Result<DemoMediationSummary> create(Database &db, const Session &head, DemoPeople &people,
                                               QRandomGenerator &rng, const QDate &today, int disputes);
};

}  // namespace sifa
