#pragma once

#include "rules/Duration.h"
#include "rules/RuleSet.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace sifa {

// Deadlines, warnings and intervals are data: versioned rule files in resources/rules/, one
// per area ("mediation.json"), loaded at run time. A county can put a corrected file of the
// same name into the override folder without a new binary (resources/rules/README.md).
//
// File format (strict: an unknown field, unit or value makes the whole file refused):
//
//   {
//     "id": "mediation",                 // must equal the file name without .json
//     "title": "...", "note": "...",     // optional
//     "versions": [                      // at least one; no two with the same effective_from
//       { "version": "2026.1",           // unique label
//         "effective_from": "2011-01-01",// yyyy-mm-dd; in force until the next version's date
//         "source": "...",               // the law or document the version follows
//         "note": "...",                 // optional
//         "rules": {                     // every rule of the set (a version is complete)
//           "case_time_limit": {
//             "title": "调解期限",        // optional short label
//             "amount": 1,               // whole number, 0..3660
//             "unit": "months",          // "calendar_days" | "working_days" | "months"
//             "direction": "after",      // optional: "after" (default) | "before"
//             "anchor": "start",         // optional: "start" (default) | "month_end": count
//                                        //   from the last day of the start date's month
//             "if_not_workday": "keep",  // optional: "keep" (default) | "next_workday": an end
//                                        //   date on a day off moves to the next working day
//             "from": "accepted",        // what the start date is: an event or a rule's key
//             "note": "...",             // optional: the source article, what may change it
//             "evidence": "C" } } } ] }  // C confirmed, M recalled, L local practice, I inferred
//
// Counting: calendar days and months exclude the start day (start + 30 days); "months" is
// calendar-month arithmetic clamped to the month's end (Jan 31 + 1 month = Feb 28/29);
// working days follow WorkCalendar: n working days after the start is the n-th working day
// after it, 0 working days is the start itself if a working day, else the next one.
//
// Rules are addressed as "<set id>.<rule key>", e.g. "mediation.case_time_limit". `on` picks
// the version: the one with the latest effective_from on or before `on` — usually the date the
// matter started (the acceptance date of a case), so a case keeps the rules it began under.
class Rules {
    Q_DECLARE_TR_FUNCTIONS(Rules)
public:
    static const Rules &instance();
    // Loads again: every ":/rules/<name>.json", replaced by <overrideDir>/<name>.json when that
    // file exists and is valid. Returns the problems, as translated sentences naming the file
    // and the place in it; a refused file is ignored and the built-in one kept. A .json file in
    // the override folder that names no built-in set is reported too. The working-day calendar
    // has its own reload (WorkCalendar::reload).
    static QStringList reload(const QString &overrideDir = QString());

    // The period of `key` in the version in force on `on`; nullopt for an unknown key or a
    // date before the set's first version.
    std::optional<Duration> duration(const QString &key, const QDate &on) const;
    std::optional<Rule> rule(const QString &key, const QDate &on) const;
    // The version label in force on `on` ("2026.1"); empty before the first version.
    QString versionOn(const QString &setId, const QDate &on) const;

    // start + the rule's period (see "Counting" above); invalid for an unknown key or date.
    QDate due(const QString &key, const QDate &start, const QDate &on) const;
    QDate due(const QString &key, const QDate &start) const { return due(key, start, start); }
    // The same, with a sentence for the clerk when there is no such rule on that date.
    Result<QDate> checkedDue(const QString &key, const QDate &start, const QDate &on) const;
    // When to start warning about a deadline: the deadline `limitKey` gives from `start`, then
    // `warningKey` applied to it (a warning rule has "direction": "before").
    QDate warnFrom(const QString &limitKey, const QString &warningKey, const QDate &start, const QDate &on) const;

    const RuleSet *set(const QString &id) const;
    QStringList setIds() const { return m_sets.keys(); }
    QString overrideDir() const { return m_overrideDir; }

private:
    const RuleVersion *versionFor(const QString &key, const QDate &on, QString *ruleKey) const;

    QMap<QString, RuleSet> m_sets;
    QString m_overrideDir;
};

}  // namespace sifa
