#pragma once

#include "demo/DemoPeople.h"
#include "security/Session.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QRandomGenerator>

namespace sifa {

class Database;

struct DemoCorrectionSummary {
    int subjects = 0;
    int awaiting = 0;          // awaiting report-in
    int received = 0;          // received, not yet announced
    int underCorrection = 0;
    int released = 0;
    int terminated = 0;
    int transferred = 0;       // transferred out
    int minors = 0;
    int sealed = 0;
    int activities = 0;        // supervision records
    int requests = 0;          // leave, visitor, place, frequent travel, transfer
    int sanctions = 0;         // rewards, penalties and proposals
    int assessments = 0;       // pre-sentence assessments
    int keyPeriods = 0;
};

// The community-correction part of the demo office (domain README §3): a caseload of subjects
// in every state of the workflow — awaiting report-in (one overdue), received with the team
// still incomplete, under correction in each grade and each correction type (暂予监外执行 with
// medical parole and its health reports and medical re-examinations), released with their
// appraisals, two terminated by revocation (one for a new offence, with the date it was
// established), one transferred out; a minor sealed and a minor not;
// with months of supervision records by the grade's expectations (some months short), teams,
// families, grade changes, leave (returned, overdue, waiting for the county, refused), a
// visitor, a restricted place, frequent travel, a change of residence, admonitions, a warning,
// a praise, scores, electronic monitoring ending soon, a missing person, a release due,
// pre-sentence assessments and a key period. Every step runs through CorrectionService, so
// the change log, the audit trail and every rule apply. Deterministic for the generator's seed.
class DemoCorrection {
    Q_DECLARE_TR_FUNCTIONS(DemoCorrection)
public:
    // `count`: how many subjects (the scenarios first, then ordinary cases); 0 for none.
    static Result<DemoCorrectionSummary> create(Database &db, const Session &officer, DemoPeople &people,
                                                QRandomGenerator &rng, const QDate &today, int count);
};

}  // namespace sifa
