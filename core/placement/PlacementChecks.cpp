// The rules on a file: the period by source, when the next visit and re-assessment fall due,
// what the file lacks, and the monthly list of people not handed over.
#include "codes/CodeTables.h"
#include "placement/PlacementEntities.h"
#include "placement/PlacementRepository.h"
#include "placement/PlacementService.h"
#include "rules/Rules.h"
#include "sync/RecordStore.h"
#include "util/Time.h"

#include <QLocale>

#include <algorithm>

namespace sifa {

namespace {

QString rule(const char *key)
{
    return QStringLiteral("placement.") + QLatin1String(key);
}

QString day(const QDate &d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}

// Where the work after release counts from: the hand-over, else the release.
QDate startOfWork(const PlacementFile &f)
{
    const QDate handover = f.subject.date(QStringLiteral("handover_date"));
    return handover.isValid() ? handover : f.subject.date(QStringLiteral("release_date"));
}

}  // namespace

QDate PlacementService::assistEnd(const QString &source, const QDate &release)
{
    if (!release.isValid())
        return QDate();
    const char *key = source == QLatin1String("correction")    ? "assist_period_correction"
                      : source == QLatin1String("labour_camp") ? "assist_period_labour_camp"
                                                               : "assist_period_prison";
    return Rules::instance().due(rule(key), release);
}

QDate PlacementService::nextVisitDue(const PlacementFile &file)
{
    const QDate last = file.lastVisit();
    if (!last.isValid())
        return Rules::instance().due(rule("handover_visit"), file.subject.date(QStringLiteral("release_date")));
    return Rules::instance().due(rule(file.keyPerson() ? "visit_interval_key" : "visit_interval"), last);
}

QDate PlacementService::nextReviewDue(const PlacementFile &file)
{
    if (file.reviews.isEmpty())
        return Rules::instance().due(rule("initial_assessment"), startOfWork(file));
    return Rules::instance().due(rule("risk_review"), file.reviews.first().date(QStringLiteral("review_date")));
}

QList<PlacementCheck> PlacementService::checks(const PlacementFile &file, const QDate &today)
{
    QList<PlacementCheck> out;
    if (!file.isOpen())
        return out;
    const Rules &rules = Rules::instance();
    const QDate release = file.subject.date(QStringLiteral("release_date"));
    const QString handover = file.subject.text(QStringLiteral("handover_status"));
    if (handover == QLatin1String("pending")) {
        const QDate due = rules.due(rule("handover_escalation"), release);
        out << PlacementCheck{QStringLiteral("handover"),
                              due < today ? tr("Not handed over %n day(s) after release: report to the county bureau "
                                               "and ask the police to help find the person.",
                                               nullptr, int(release.daysTo(today)))
                                          : tr("Hand-over after release"),
                              due};
    } else if (handover == QLatin1String("unknown")) {
        out << PlacementCheck{QStringLiteral("handover"),
                              tr("Whereabouts unknown: keep searching with the family, the village and the police; "
                                 "the person is on the monthly list of people not handed over."),
                              rules.due(rule("handover_escalation"), release)};
    }
    if (file.source() == QLatin1String("prison") && !file.subject.date(QStringLiteral("police_registered_date")).isValid())
        out << PlacementCheck{QStringLiteral("police"), tr("Registration of the household with the police"),
                              rules.due(rule("police_registration_escalation"), release)};
    if (handover == QLatin1String("done")) {
        out << PlacementCheck{QStringLiteral("visit"),
                              file.lastVisit().isValid() ? tr("Visit and talk (last on %1)").arg(day(file.lastVisit()))
                                                         : tr("First visit after return; open the file and sign the "
                                                              "assistance agreement"),
                              nextVisitDue(file)};
        out << PlacementCheck{QStringLiteral("review"),
                              file.reviews.isEmpty() ? tr("Risk assessment and category (key or general)")
                                                     : tr("Six-monthly risk re-assessment"),
                              nextReviewDue(file)};
        if (file.agreements.isEmpty())
            out << PlacementCheck{QStringLiteral("agreement"), tr("The assistance agreement is not signed yet."),
                                  rules.due(rule("handover_visit"), release)};
        if (file.members.isEmpty())
            out << PlacementCheck{QStringLiteral("group"), tr("The assistance group has no members yet."),
                                  rules.due(rule("handover_visit"), release)};
    }
    if (file.sanwu() && file.assistance.isEmpty())
        out << PlacementCheck{QStringLiteral("assistance"),
                              tr("No home, no job, no family (三无) and no social assistance recorded."), QDate()};
    if (file.keyPerson() && file.source() == QLatin1String("prison") && handover == QLatin1String("done")
        && file.subject.text(QStringLiteral("handover_mode")) != QLatin1String("escort"))
        out << PlacementCheck{QStringLiteral("escort"),
                              tr("A key person is escorted from the prison (必接必送); this hand-over was not."),
                              QDate()};
    const QDate end = file.subject.date(QStringLiteral("assist_end_date"));
    if (end.isValid() && rules.due(rule("end_warning"), end) <= today)
        out << PlacementCheck{QStringLiteral("end"),
                              end <= today ? tr("The assistance period ended on %1: end the assistance.").arg(day(end))
                                           : tr("The assistance period ends on %1: prepare the approval to end it.")
                                                 .arg(day(end)),
                              end};
    return out;
}

Result<QList<UnmatchedPerson>> PlacementService::unmatched(Database &db, const Access &access, const QDate &month)
{
    if (Status s = access.require(db, Permission::PlacementRead); !s.ok())
        return s.error();
    const QDate first(month.year(), month.month(), 1);
    // As of the month's last day, or today while the month runs: a release still to come is not
    // a failed hand-over.
    const QDate last = std::min(first.addMonths(1).addDays(-1), Clock::today());
    QList<UnmatchedPerson> out;
    Result<QList<QPair<Record, Person>>> files = PlacementRepository::subjects(db);
    if (!files)
        return files.error();
    for (const auto &[s, p] : *files) {
        const QString handover = s.text(QStringLiteral("handover_status"));
        const QDate release = s.date(QStringLiteral("release_date"));
        if (handover == QLatin1String("done") || !release.isValid() || release > last)
            continue;
        const QDate ended = s.date(QStringLiteral("end_date"));
        if (ended.isValid() && ended < first)
            continue;
        UnmatchedPerson u;
        u.subjectUuid = s.uuid;
        u.name = p.name;
        u.sex = p.sex;
        u.idNumber = p.idNumber;
        u.prison = s.text(QStringLiteral("releasing_org"));
        u.charge = s.text(QStringLiteral("charge"));
        u.releaseDate = release;
        u.handoverStatus = handover;
        u.measures = s.text(QStringLiteral("whereabouts_note"));
        u.daysSinceRelease = int(release.daysTo(last));
        out << u;
    }
    Result<QList<Record>> notices = RecordStore::all(db, PlacementEntities::notice(), QStringLiteral("expected_date"));
    if (!notices)
        return notices.error();
    for (const Record &n : *notices) {
        const QString status = n.text(QStringLiteral("status"));
        const QDate expected = n.date(QStringLiteral("expected_date"));
        if (!expected.isValid() || expected > last)
            continue;
        if (status != QLatin1String("not_located") && status != QLatin1String("pending")
            && status != QLatin1String("located"))
            continue;
        UnmatchedPerson u;
        u.noticeUuid = n.uuid;
        u.name = n.text(QStringLiteral("name"));
        u.sex = n.text(QStringLiteral("sex"));
        u.idNumber = n.text(QStringLiteral("id_number"));
        u.prison = n.text(QStringLiteral("prison"));
        u.charge = n.text(QStringLiteral("charge"));
        u.releaseDate = expected;
        u.handoverStatus = status == QLatin1String("not_located") ? QStringLiteral("unknown") : QStringLiteral("pending");
        u.measures = n.text(QStringLiteral("check_note"));
        u.daysSinceRelease = int(expected.daysTo(last));
        out << u;
    }
    std::sort(out.begin(), out.end(),
              [](const UnmatchedPerson &a, const UnmatchedPerson &b) { return a.releaseDate < b.releaseDate; });
    return out;
}

}  // namespace sifa
