#pragma once

#include "demo/DemoPeople.h"
#include "security/Session.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QRandomGenerator>

namespace sifa {

class Database;

struct DemoPlacementSummary {
    int files = 0;           // every resettlement file, those of the correction releases too
    int fromCorrection = 0;  // opened by the correction demo's releases
    int assisting = 0;       // under assistance
    int pending = 0;         // of which not handed over yet
    int unknown = 0;         // of which whereabouts unknown
    int keyPersons = 0;      // of which key persons
    int ended = 0;           // expired, re-offended, dead, moved
    int notices = 0;         // prison notices (pending, located, not located, opened)
    int visits = 0;
    int placements = 0;
    int assistance = 0;      // social assistance records
    int reviews = 0;         // risk assessments
};

// The resettlement part of the demo office (domain README §4): prison notices waiting for the
// check on the ground, located (family told), not located, and one a file was opened from;
// files waiting for the hand-over (one overdue), whereabouts unknown, handed over by each mode
// (escorted from the prison, collected by the family, returned alone); key and general persons
// with their risk assessments, some due for the six-monthly review; 三无 persons with social
// assistance (one without yet); groups, agreements, visits over the months with ratings;
// placements of each mode; moves within the area and a person listed in two places (双列管);
// a minor; periods ending soon or over; files ended by every reason (expired, re-offended, dead,
// moved). The files the correction demo's releases opened are taken up too: assessed, a group,
// an agreement and visits. Every step runs through PlacementService as the placement officer,
// dates relative to `today`; deterministic for the generator's seed.
class DemoPlacement {
    Q_DECLARE_TR_FUNCTIONS(DemoPlacement)
public:
    // `count`: how many files of released prisoners to make (the scenarios first, then ordinary
    // ones); 0 for none (the correction releases' files are still taken up).
    static Result<DemoPlacementSummary> create(Database &db, const Session &officer, DemoPeople &people,
                                               QRandomGenerator &rng, const QDate &today, int count);
};

}  // namespace sifa
