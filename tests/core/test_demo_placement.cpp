// The demo office's resettlement caseload: files in every state, the notices, the records, the
// to-do items they give and the files the correction releases opened.
#include "CatchCompat.h"

#include "demo/DemoOffice.h"
#include "placement/PlacementRepository.h"
#include "placement/PlacementService.h"
#include "security/Users.h"
#include "storage/Database.h"
#include "sync/RebuildCompare.h"
#include "util/Time.h"

#include <QSet>
#include <QTemporaryDir>

using namespace sifa;

TEST_CASE("demo: a resettlement caseload in every state", "[demo][placement]")
{
    QTemporaryDir dir;
    DemoOptions o;
    o.path = dir.filePath(QStringLiteral("demo.sqlite"));
    o.people = 10;
    o.disputes = 0;
    o.subjects = 30;
    o.placements = 25;
    Result<DemoSummary> summary = DemoOffice::create(o);
    INFO(summary.message().toStdString());
    REQUIRE(summary);
    CHECK(summary->placementFromCorrection >= 1);
    CHECK(summary->placementFiles == 25 + summary->placementFromCorrection);
    CHECK(summary->placementEnded == 4);
    CHECK(summary->placementPending == 2);
    CHECK(summary->placementUnknown == 1);
    CHECK(summary->placementKey >= 4);
    CHECK(summary->placementNotices == 5);
    CHECK(summary->placementVisits > 100);
    CHECK(summary->placementPlacements >= 12);
    CHECK(summary->placementAssistance >= 4);

    Result<std::unique_ptr<Database>> opened = Database::open(o.path);
    REQUIRE(opened);
    Database &db = **opened;
    Result<Session> officer = Users::signIn(db, QStringLiteral("placement"), o.password);
    REQUIRE(officer);
    const QDate today = Clock::today();

    Result<QList<QPair<Record, Person>>> all = PlacementRepository::subjects(db);
    REQUIRE(all);
    QSet<QString> statuses;
    QSet<QString> handovers;
    QSet<QString> modes;
    QSet<QString> categories;
    QSet<QString> placementModes;
    QSet<QString> ratings;
    QSet<QString> moves;
    QSet<QString> checks;
    int dual = 0;
    int minors = 0;
    int sanwuHelped = 0;
    int sanwuWaiting = 0;
    int reviewOverdue = 0;
    int reviewDueSoon = 0;
    int correctionTakenUp = 0;
    for (const auto &[s, p] : *all) {
        Result<PlacementFile> f = PlacementRepository::file(db, s.uuid);
        REQUIRE(f);
        statuses << f->status();
        if (f->isOpen()) {
            handovers << s.text(QStringLiteral("handover_status"));
            categories << s.text(QStringLiteral("category"));
            for (const PlacementCheck &c : PlacementService::checks(*f, today))
                checks << c.kind;
            if (!f->reviews.isEmpty()) {
                const QDate due = PlacementService::nextReviewDue(*f);
                reviewOverdue += due < today ? 1 : 0;
                reviewDueSoon += due >= today && due <= today.addDays(14) ? 1 : 0;
            }
            if (f->sanwu())
                ++(f->assistance.isEmpty() ? sanwuWaiting : sanwuHelped);
        }
        // (A correction release is handed over by the correction officer, without a mode.)
        if (s.text(QStringLiteral("handover_status")) == QLatin1String("done") && f->source() == QLatin1String("prison"))
            modes << s.text(QStringLiteral("handover_mode"));
        for (const Record &r : f->placements)
            placementModes << r.text(QStringLiteral("mode"));
        for (const Record &v : f->visits)
            ratings << v.text(QStringLiteral("rating"));
        for (const Record &m : f->moves)
            moves << m.text(QStringLiteral("kind"));
        dual += s.flag(QStringLiteral("dual_listed")) ? 1 : 0;
        minors += s.flag(QStringLiteral("is_minor")) ? 1 : 0;
        if (f->source() == QLatin1String("correction") && f->isOpen() && !f->reviews.isEmpty()
            && !f->agreements.isEmpty() && !f->members.isEmpty())
            ++correctionTakenUp;
    }
    CHECK(statuses == QSet<QString>{QStringLiteral("assisting"), QStringLiteral("expired"),
                                    QStringLiteral("reoffended"), QStringLiteral("dead"), QStringLiteral("moved")});
    CHECK(handovers == QSet<QString>{QStringLiteral("done"), QStringLiteral("pending"), QStringLiteral("unknown")});
    CHECK(modes == QSet<QString>{QStringLiteral("escort"), QStringLiteral("family"), QStringLiteral("self")});
    CHECK(categories.contains(QStringLiteral("key")));
    CHECK(categories.contains(QStringLiteral("general")));
    CHECK(placementModes == QSet<QString>{QStringLiteral("01"), QStringLiteral("02"), QStringLiteral("03"),
                                          QStringLiteral("04"), QStringLiteral("05"), QStringLiteral("06")});
    CHECK(ratings.contains(QStringLiteral("01")));
    CHECK(ratings.contains(QStringLiteral("02")));
    CHECK(moves.contains(QStringLiteral("move_within")));
    CHECK(moves.contains(QStringLiteral("move_out")));
    CHECK(moves.contains(QStringLiteral("reimprisoned")));
    CHECK(dual == 2);
    CHECK(minors >= 1);
    CHECK(sanwuHelped >= 1);
    CHECK(sanwuWaiting == 1);
    CHECK(reviewOverdue >= 1);
    CHECK(reviewDueSoon >= 1);
    CHECK(correctionTakenUp == summary->placementFromCorrection);
    for (const char *kind : {"handover", "police", "visit", "review", "assistance", "escort", "end"}) {
        INFO(kind);
        CHECK(checks.contains(QLatin1String(kind)));
    }

    // The prison notices in each state, one opened as a file.
    Result<QList<Record>> notices = PlacementService::notices(db, *officer);
    REQUIRE(notices);
    QSet<QString> noticeStatuses;
    for (const Record &n : *notices)
        noticeStatuses << n.text(QStringLiteral("status"));
    CHECK(noticeStatuses == QSet<QString>{QStringLiteral("pending"), QStringLiteral("located"),
                                          QStringLiteral("not_located"), QStringLiteral("elsewhere"),
                                          QStringLiteral("opened")});

    // The monthly list of people not handed over: files and a notice.
    Result<QList<UnmatchedPerson>> unmatched = PlacementService::unmatched(db, *officer, today);
    REQUIRE(unmatched);
    int files = 0;
    int fromNotices = 0;
    for (const UnmatchedPerson &u : *unmatched)
        ++(u.subjectUuid.isEmpty() ? fromNotices : files);
    CHECK(files == 3);
    CHECK(fromNotices >= 1);

    // Everything went through the change log: the tables rebuild from it unchanged.
    Result<RebuildReport> rebuilt = RebuildCompare::run(db);
    REQUIRE(rebuilt);
    CHECK(rebuilt->ok());
}

TEST_CASE("demo: --placements 0 makes no resettlement files", "[demo][placement]")
{
    QTemporaryDir dir;
    DemoOptions o;
    o.path = dir.filePath(QStringLiteral("demo.sqlite"));
    o.people = 0;
    o.disputes = 0;
    o.subjects = 0;
    o.placements = 0;
    Result<DemoSummary> summary = DemoOffice::create(o);
    REQUIRE(summary);
    CHECK(summary->placementFiles == 0);
    CHECK(summary->placementNotices == 0);
}
