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
    // By date; on the same day an admonition before the warning that follows it.
    const auto rank = [](const SanctionEntry &e) { return e.kind == QLatin1String("admonition") ? 0 : 1; };
    std::stable_sort(decided.begin(), decided.end(), [&rank](const SanctionEntry &a, const SanctionEntry &b) {
        return a.date != b.date ? a.date < b.date : rank(a) < rank(b);
    });
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
        // The thresholds as dates, whatever unit the rule file gives them in.
        const QDate on = facts.absentSince;
        const QDate admonitionUntil = Rules::instance().due(QStringLiteral("correction.absence_admonition"), on, on);
        const QDate revocationUntil = Rules::instance().due(QStringLiteral("correction.absence_revocation"), on, on);
        const qint64 days = facts.absentSince.daysTo(facts.today);
        if (revocationUntil.isValid() && facts.today > revocationUntil && !revocation.isEmpty()) {
            //: %2 the last day of the allowed absence
            add(revocation, tr("Absent or not reported since %1, beyond %2: eligible for the proposal.")
                                .arg(facts.absentSince.toString(Qt::ISODate), revocationUntil.toString(Qt::ISODate)));
        } else if (admonitionUntil.isValid() && facts.today > admonitionUntil) {
            add(QStringLiteral("warning"), tr("Absent or not reported since %1, %n day(s), beyond %2: eligible for a "
                                              "warning.",
                                              nullptr, static_cast<int>(days))
                                               .arg(facts.absentSince.toString(Qt::ISODate),
                                                    admonitionUntil.toString(Qt::ISODate)));
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
