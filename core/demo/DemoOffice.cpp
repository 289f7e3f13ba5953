#include "demo/DemoOffice.h"

#include "demo/DemoCorrection.h"
#include "demo/DemoMediation.h"
#include "demo/DemoPeople.h"
#include "demo/DemoPlacement.h"
#include "demo/DemoStatistics.h"
#include "demo/DemoRecipes.h"
#include "domain/Office.h"
#include "people/PersonService.h"
#include "security/Users.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "util/Time.h"

#include <QRandomGenerator>

namespace sifa {

namespace {

struct DemoAccount {
    const char *username;
    Role role;
};

// One account per role; the mediators are two, as in most offices.
const DemoAccount kAccounts[] = {
    {"head", Role::Head},       {"mediator", Role::Mediator},   {"mediator2", Role::Mediator},
    {"correction", Role::Correction}, {"placement", Role::Placement}, {"clerk", Role::Clerk},
    {"auditor", Role::Auditor},
};

}  // namespace

Result<DemoSummary> DemoOffice::create(const DemoOptions &options)
{
    const DemoRecipes recipes = DemoRecipes::load();
    if (recipes.surnames.isEmpty() || recipes.maleChars.isEmpty())
        return Result<DemoSummary>::failure(ErrorCode::Internal, tr("The demo recipes are missing from this build."));
    QRandomGenerator rng(options.seed);
    const QDate today = Clock::today();
    DemoPeople people(recipes, rng, options.officeCode, today);

    OfficeSetup setup;
    setup.code = options.officeCode;
    setup.name = options.officeName;
    setup.adminUser = QStringLiteral("admin");
    setup.adminDisplayName = people.fullName(true);
    setup.adminPassword = options.password;
    Result<std::unique_ptr<Database>> created = Office::createDatabase(options.path, setup);
    if (!created)
        return created.error();
    Database &db = **created;

    DemoSummary summary;
    summary.users << QStringLiteral("admin (%1)").arg(Roles::displayName(Role::Admin));
    Result<Session> admin = Users::signIn(db, setup.adminUser, options.password);
    if (!admin)
        return admin.error();
    for (const DemoAccount &a : kAccounts) {
        const QString name = QString::fromLatin1(a.username);
        const NewUser u{name, people.fullName(rng.bounded(2) == 0), a.role, options.password, false};
        if (Status s = Users::add(db, *admin, u); !s.ok())
            return s.error();
        summary.users << QStringLiteral("%1 (%2)").arg(name, Roles::displayName(a.role));
    }

    // Records are entered by the office head, as the clerks would have done.
    Result<Session> head = Users::signIn(db, QStringLiteral("head"), options.password);
    if (!head)
        return head.error();
    // Correction files are kept by the office's correction officer.
    Result<Session> correction = Users::signIn(db, QStringLiteral("correction"), options.password);
    if (!correction)
        return correction.error();
    // Resettlement files by the office's placement officer.
    Result<Session> placement = Users::signIn(db, QStringLiteral("placement"), options.password);
    if (!placement)
        return placement.error();
    Transaction tx(db);
    if (!tx.ok())
        return tx.status().error();
    for (const MinorityName &m : recipes.minorityNames) {
        if (PersonService::create(db, *head, people.minority(m)))
            ++summary.people;
    }
    int attempts = 0;
    while (summary.people < options.people && attempts < options.people * 3) {
        ++attempts;
        Result<PersonSaveResult> r = PersonService::create(db, *head, people.next());
        if (r)
            ++summary.people;
        else if (r.code() != ErrorCode::Duplicate)  // a generated ID number may collide: draw again
            return r.error();
    }
    Result<DemoMediationSummary> mediation = DemoMediation::create(db, *head, people, rng, today, options.disputes);
    if (!mediation)
        return mediation.error();
    summary.committees = mediation->committees;
    summary.mediators = mediation->mediators;
    summary.screenings = mediation->screenings;
    summary.disputes = mediation->disputes;
    Result<DemoCorrectionSummary> corr = DemoCorrection::create(db, *correction, people, rng, today, options.subjects);
    if (!corr)
        return corr.error();
    summary.subjects = corr->subjects;
    summary.subjectsAwaiting = corr->awaiting;
    summary.subjectsReceived = corr->received;
    summary.subjectsUnderCorrection = corr->underCorrection;
    summary.subjectsReleased = corr->released;
    summary.subjectsTerminated = corr->terminated;
    summary.subjectsTransferred = corr->transferred;
    summary.correctionActivities = corr->activities;
    summary.correctionRequests = corr->requests;
    summary.correctionSanctions = corr->sanctions;
    summary.assessments = corr->assessments;
    // After the correction caseload: its releases opened resettlement files, taken up here.
    Result<DemoPlacementSummary> rp =
        DemoPlacement::create(db, *placement, people, rng, today, options.placements);
    if (!rp)
        return rp.error();
    summary.placementFiles = rp->files;
    summary.placementFromCorrection = rp->fromCorrection;
    summary.placementAssisting = rp->assisting;
    summary.placementPending = rp->pending;
    summary.placementUnknown = rp->unknown;
    summary.placementKey = rp->keyPersons;
    summary.placementEnded = rp->ended;
    summary.placementNotices = rp->notices;
    summary.placementVisits = rp->visits;
    summary.placementPlacements = rp->placements;
    summary.placementAssistance = rp->assistance;
    summary.placementReviews = rp->reviews;
    Result<DemoStatisticsSummary> stats = DemoStatistics::create(db, *head, today);
    if (!stats)
        return stats.error();
    summary.submittedReports = stats->submitted;
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    return summary;
}

}  // namespace sifa
