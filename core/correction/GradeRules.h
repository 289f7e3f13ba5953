#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace sifa {

// What each supervision grade (严管/普管/宽管) expects of a person every month: reports in
// person, written and by phone, individual talks, home or workplace visits, hours of study and
// of community service. Rule data with province defaults (resources/rules/grades/
// correction-grades.json), replaced by <override folder>/grades/correction-grades.json; versioned
// by effective date like the rule sets.
struct GradeExpectation {
    int inPersonReports = 0;
    int writtenReports = 0;
    int phoneReports = 0;
    int talks = 0;
    int visits = 0;
    int studyHours = 0;
    int serviceHours = 0;
};

// What a month's records hold for one person.
struct MonthActivity {
    int inPersonReports = 0;
    int writtenReports = 0;
    int phoneReports = 0;
    int talks = 0;
    int visits = 0;
    double studyHours = 0;
    double serviceHours = 0;
    bool ableToWork = true;  // community service is required only of those able to work
};

struct Shortfall {
    QString item;  // in_person_reports, written_reports, ...
    double expected = 0;
    double actual = 0;
    QString text;  // translated: "书面报告 1 次，应 4 次"
};

class GradeRules {
    Q_DECLARE_TR_FUNCTIONS(GradeRules)
public:
    // Loads again; returns the problems (translated), a refused file keeping the built-in one.
    static QStringList reload(const QString &overrideDir = QString());
    // The expectation of `grade` (supervision_grade code) in the version in force on `on`.
    static Result<GradeExpectation> expectation(const QString &grade, const QDate &on);
    // A month's records against the grade's expectation: what falls short, in a fixed order.
    // `days`/`daysInMonth` scale the expectation for a part month (the first or last month of
    // correction, a change of grade), rounding down.
    static Result<QList<Shortfall>> shortfalls(const QString &grade, const QDate &month, const MonthActivity &done,
                                               int days = 0, int daysInMonth = 0);
    static QString itemName(const QString &item);
};

}  // namespace sifa
