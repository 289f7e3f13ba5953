#include "Commands.h"
#include "Console.h"

#include "demo/DemoOffice.h"

#include <QDir>
#include <QFile>

namespace sifa::cli {

int runDemo(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption({QStringLiteral("people"), Cli::tr("How many people to generate (default 240)."), QStringLiteral("N"),
                 QStringLiteral("240")});
    p.addOption({QStringLiteral("disputes"), Cli::tr("How many mediation cases to generate (default 80)."),
                 QStringLiteral("N"), QStringLiteral("80")});
    p.addOption({QStringLiteral("subjects"),
                 Cli::tr("How many community correction subjects to generate (default 30)."), QStringLiteral("N"),
                 QStringLiteral("30")});
    p.addOption({QStringLiteral("placements"),
                 Cli::tr("How many files of people released from prison to generate (default 25)."),
                 QStringLiteral("N"), QStringLiteral("25")});
    p.addOption({QStringLiteral("seed"), Cli::tr("Random seed (the same seed gives the same office)."),
                 QStringLiteral("N"), QStringLiteral("20261122")});
    p.addOption({QStringLiteral("force"), Cli::tr("Replace FILE if it exists.")});
    if (std::optional<int> stop = parse(p, args, Cli::tr("Generate a demo office database (石浦镇司法所) with one "
                                                         "account per role, all with the password from "
                                                         "SIFA_PASSWORD or Demo-2026.")))
        return *stop;
    const QString path = p.value(QStringLiteral("db"));
    if (path.isEmpty())
        return fail(Cli::tr("Name the database with --db FILE."), Usage);
    if (QFile::exists(path)) {
        if (!p.isSet(QStringLiteral("force")))
            return fail(Cli::tr("%1 already exists; add --force to replace it.").arg(QDir::toNativeSeparators(path)));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    DemoOptions o;
    o.path = path;
    o.people = qBound(0, p.value(QStringLiteral("people")).toInt(), 100000);
    o.disputes = qBound(0, p.value(QStringLiteral("disputes")).toInt(), 100000);
    o.subjects = qBound(0, p.value(QStringLiteral("subjects")).toInt(), 1000);
    o.placements = qBound(0, p.value(QStringLiteral("placements")).toInt(), 1000);
    o.seed = p.value(QStringLiteral("seed")).toUInt();
    const QByteArray pw = qgetenv("SIFA_PASSWORD");
    if (!pw.isEmpty())
        o.password = QString::fromUtf8(pw);
    Result<DemoSummary> r = DemoOffice::create(o);
    if (!r)
        return fail(r.error());
    out() << Cli::tr("Demo office written to %1: %n person(s).", nullptr, r->people).arg(QDir::toNativeSeparators(path))
          << Qt::endl;
    out() << Cli::tr("Mediation: %1 committee(s), %2 mediator(s), %3 screening entries, %n case(s).", nullptr, r->disputes)
                 .arg(r->committees)
                 .arg(r->mediators)
                 .arg(r->screenings)
          << Qt::endl;
    out() << Cli::tr("Community correction: %n subject(s) (%1 awaiting report-in, %2 received, %3 under correction, "
                     "%4 released, %5 terminated, %6 transferred out), %7 supervision records, %8 requests, "
                     "%9 rewards and penalties, %10 pre-sentence assessment(s).",
                     nullptr, r->subjects)
                 .arg(r->subjectsAwaiting)
                 .arg(r->subjectsReceived)
                 .arg(r->subjectsUnderCorrection)
                 .arg(r->subjectsReleased)
                 .arg(r->subjectsTerminated)
                 .arg(r->subjectsTransferred)
                 .arg(r->correctionActivities)
                 .arg(r->correctionRequests)
                 .arg(r->correctionSanctions)
                 .arg(r->assessments)
          << Qt::endl;
    out() << Cli::tr("Resettlement: %n file(s) (%1 under assistance: %2 not handed over, %3 whereabouts unknown, "
                     "%4 key persons; %5 ended; %6 from community correction), %7 prison notice(s), %8 visits, "
                     "%9 placements, %10 social assistance records, %11 risk assessments.",
                     nullptr, r->placementFiles)
                 .arg(r->placementAssisting)
                 .arg(r->placementPending)
                 .arg(r->placementUnknown)
                 .arg(r->placementKey)
                 .arg(r->placementEnded)
                 .arg(r->placementFromCorrection)
                 .arg(r->placementNotices)
                 .arg(r->placementVisits)
                 .arg(r->placementPlacements)
                 .arg(r->placementAssistance)
                 .arg(r->placementReviews)
          << Qt::endl;
    out() << Cli::tr("Statistics submitted to the county: %1.").arg(r->submittedReports.join(u"; ")) << Qt::endl;
    out() << Cli::tr("Accounts (password %1): %2").arg(o.password, r->users.join(u", ")) << Qt::endl;
    return Ok;
}

}  // namespace sifa::cli
