#pragma once

#include "rules/Duration.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace sifa {

// One rule of a version: a period and where it comes from.
struct Rule {
    QString key;       // "case_time_limit"
    QString title;     // short label for people, optional ("调解期限")
    Duration duration;
    QString from;      // what the period counts from: an event ("accepted") or another rule's key
    QString note;
    QString evidence;  // "C", "M", "L" or "I" (the evidence markers of the domain reference)
};

// The rules in force from one date on. A version is complete: it lists every rule of the set.
struct RuleVersion {
    QString version;  // "2026.1"
    QDate effectiveFrom;
    QString source;
    QString note;
    QMap<QString, Rule> rules;
};

// One rule file (resources/rules/<id>.json): a set of rules in dated versions. The format is
// documented in Rules.h and resources/rules/README.md.
class RuleSet {
    Q_DECLARE_TR_FUNCTIONS(RuleSet)
public:
    QString id;  // "mediation"; the file name without ".json"
    QString title;
    QList<RuleVersion> versions;  // ordered by effectiveFrom

    // The version with the latest effective_from on or before `on`; nullptr before the first.
    const RuleVersion *versionOn(const QDate &on) const;
    const RuleVersion *latest() const { return versions.isEmpty() ? nullptr : &versions.constLast(); }

    // Parses and checks a file strictly; `expectedId` is the file name without ".json".
    // On failure returns false with a translated reason naming the version and rule.
    static bool parse(const QByteArray &json, const QString &expectedId, RuleSet *out, QString *error);
};

}  // namespace sifa
