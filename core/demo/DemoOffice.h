#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sifa {

struct DemoOptions {
    QString path;
    QString officeCode = QStringLiteral("330225101");  // 浙江省宁波市象山县石浦镇
    QString officeName = QStringLiteral("石浦镇司法所");
    QString password = QStringLiteral("Demo-2026");     // every demo account's password
    int people = 240;
    int disputes = 80;
    int subjects = 30;  // community correction subjects
    int placements = 25;  // files of people released from prison (安置帮教)
    quint32 seed = 20261122;
};

struct DemoSummary {
    QStringList users;  // "name (role)"
    int people = 0;
    int committees = 0;
    int mediators = 0;
    int screenings = 0;
    int disputes = 0;
    // Community correction.
    int subjects = 0;
    int subjectsAwaiting = 0;
    int subjectsReceived = 0;
    int subjectsUnderCorrection = 0;
    int subjectsReleased = 0;
    int subjectsTerminated = 0;
    int subjectsTransferred = 0;
    int correctionActivities = 0;
    int correctionRequests = 0;
    int correctionSanctions = 0;
    int assessments = 0;
    // Resettlement (安置帮教): every file, those the correction releases opened too.
    int placementFiles = 0;
    int placementFromCorrection = 0;
    int placementAssisting = 0;
    int placementPending = 0;   // not handed over yet
    int placementUnknown = 0;   // whereabouts unknown
    int placementKey = 0;       // key persons under assistance
    int placementEnded = 0;
    int placementNotices = 0;   // prison notices
    QStringList submittedReports;  // statistics already reported to the county
    int placementVisits = 0;
    int placementPlacements = 0;
    int placementAssistance = 0;
    int placementReviews = 0;
};

// A generated, realistic office database for trying SifaDesk out: the office, one account per
// role and the records each module contributes: people, mediation cases, community correction
// files, resettlement files. Everything is written through the core services, from the recipes in
// resources/demo, with a fixed seed so the same options give the same office.
class DemoOffice {
    Q_DECLARE_TR_FUNCTIONS(DemoOffice)
public:
    static Result<DemoSummary> create(const DemoOptions &options);
};

}  // namespace sifa
