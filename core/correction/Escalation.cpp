#include "correction/Escalation.h"

#include "rules/Rules.h"

#include <QStringList>

#include <algorithm>

namespace sifa {

namespace {

QString dates(const QList<SanctionEntry> &entries)
{
    QStringList out;
    for (const SanctionEntry &e : entries)
        out << e.date.toString(Qt::ISODate);
    return out.join(QStringLiteral("、"));
}

}  // namespace

QString Escalation::revocationFor(const QString &correctionType)
{
    if (correctionType == QLatin1String("02"))
        return QStringLiteral("revoke_probation");
    if (correctionType == QLatin1String("03"))
        return QStringLiteral("revoke_parole");
    if (correctionType == QLatin1String("04"))
        return QStringLiteral("commit_to_prison");
    return QString();
}

QList<Suggestion> Escalation::suggest(const EscalationFacts &facts)
{
    QList<SanctionEntry> decided = facts.decided;
    std::sort(decided.begin(), decided.end(),
              [](const SanctionEntry &a, const SanctionEntry &b) { return a.date < b.date; });
    const QString revocation = revocationFor(facts.correctionType);
    QList<Suggestion> out;
    const auto add = [&out](const QString &kind, const QString &reason) {
        for (const Suggestion &s : std::as_const(out)) {
            if (s.kind == kind)
                return;  // one suggestion per step, the first reason found
        }
        out << Suggestion{kind, reason};
    };

    // Admonitions since the last warning, warnings since the last revocation proposal.
    QList<SanctionEntry> admonitions;
    QList<SanctionEntry> warnings;
    for (const SanctionEntry &e : std::as_const(decided)) {
        if (e.kind == QLatin1String("warning")) {
            admonitions.clear();
            warnings << e;
        } else if (e.kind == QLatin1String("admonition")) {
            admonitions << e;
        } else if (e.kind == revocation && !revocation.isEmpty()) {
            warnings.clear();
            admonitions.clear();
        }
    }
    if (warnings.size() >= 2 && !revocation.isEmpty()) {
        //: %1 the dates of the warnings
        add(revocation, tr("Two warnings (%1) and not corrected: eligible for the proposal.").arg(dates(warnings)));
    }
    if (admonitions.size() >= 2) {
        //: %1 the dates of the admonitions
        add(QStringLiteral("warning"),
            tr("Two admonitions (%1) since the last warning and not corrected: eligible for a warning.")
                .arg(dates(admonitions)));
    }

    if (facts.absentSince.isValid() && facts.today.isValid() && facts.absentSince <= facts.today) {
        const QDate on = facts.absentSince;
        const std::optional<Duration> shortAbsence =
            Rules::instance().duration(QStringLiteral("correction.absence_admonition"), on);
        const std::optional<Duration> longAbsence =
            Rules::instance().duration(QStringLiteral("correction.absence_revocation"), on);
        const qint64 days = facts.absentSince.daysTo(facts.today);
        const QDate revocationFrom = longAbsence ? Rules::instance().due(QStringLiteral("correction.absence_revocation"),
                                                                         facts.absentSince, on)
                                                 : QDate();
        if (revocationFrom.isValid() && facts.today > revocationFrom && !revocation.isEmpty()) {
            add(revocation, tr("Absent or not reported since %1, more than %2 month(s): eligible for the proposal.")
                                .arg(facts.absentSince.toString(Qt::ISODate))
                                .arg(longAbsence->amount));
        } else if (shortAbsence && days > shortAbsence->amount) {
            add(QStringLiteral("warning"), tr("Absent or not reported since %1, %n day(s), more than %2 days: "
                                              "eligible for a warning.",
                                              nullptr, static_cast<int>(days))
                                               .arg(facts.absentSince.toString(Qt::ISODate))
                                               .arg(shortAbsence->amount));
        } else if (days > 0) {
            add(QStringLiteral("admonition"), tr("Absent or not reported since %1, %n day(s): eligible for an "
                                                 "admonition.",
                                                 nullptr, static_cast<int>(days))
                                                  .arg(facts.absentSince.toString(Qt::ISODate)));
        }
    }
    return out;
}

}  // namespace sifa
