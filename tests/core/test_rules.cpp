#include "CatchCompat.h"

#include "rules/Duration.h"
#include "rules/Rules.h"
#include "rules/WorkCalendar.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>

#include <functional>

using namespace sifa;

namespace {

QDate day(int y, int m, int d)
{
    return QDate(y, m, d);
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(data) == data.size());
}

QJsonObject builtInMediation()
{
    QFile f(QStringLiteral(":/rules/mediation.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

// The built-in mediation file with one edit applied to version `index`.
QJsonObject editVersion(QJsonObject set, int index, const std::function<void(QJsonObject &)> &edit)
{
    QJsonArray versions = set.value(QStringLiteral("versions")).toArray();
    QJsonObject v = versions.at(index).toObject();
    edit(v);
    versions.replace(index, v);
    set.insert(QStringLiteral("versions"), versions);
    return set;
}

// The same, editing one rule of version `index`.
QJsonObject editRule(const QJsonObject &set, int index, const QString &key,
                     const std::function<void(QJsonObject &)> &edit)
{
    return editVersion(set, index, [&](QJsonObject &v) {
        QJsonObject rules = v.value(QStringLiteral("rules")).toObject();
        QJsonObject r = rules.value(key).toObject();
        edit(r);
        rules.insert(key, r);
        v.insert(QStringLiteral("rules"), rules);
    });
}

// Both engines back on the built-in data, whatever a test did.
struct RestoreBuiltIn {
    ~RestoreBuiltIn()
    {
        Rules::reload();
        WorkCalendar::reload();
    }
};

}  // namespace

TEST_CASE("working days across Spring Festival 2025 and 2026", "[rules]")
{
    RestoreBuiltIn restore;
    REQUIRE(WorkCalendar::reload().isEmpty());
    const WorkCalendar &cal = WorkCalendar::instance();

    // 2025: 1月28日(除夕)至2月4日 off; Sunday 1月26日 and Saturday 2月8日 are working days.
    CHECK(cal.isWorkday(day(2025, 1, 27)));
    CHECK(cal.isWorkday(day(2025, 1, 26)));  // Sunday, make-up
    for (QDate d = day(2025, 1, 28); d <= day(2025, 2, 4); d = d.addDays(1))
        CHECK_FALSE(cal.isWorkday(d));
    CHECK(cal.isWorkday(day(2025, 2, 8)));  // Saturday, make-up
    CHECK(cal.workdaysBetween(day(2025, 1, 24), day(2025, 2, 10)) == 7);
    CHECK(cal.addWorkdays(day(2025, 1, 27), 1) == day(2025, 2, 5));

    // 2026: 2月15日至23日 off (nine days); Saturdays 2月14日 and 2月28日 are working days.
    CHECK(cal.isWorkday(day(2026, 2, 14)));
    CHECK_FALSE(cal.isWorkday(day(2026, 2, 16)));  // Monday
    CHECK_FALSE(cal.isWorkday(day(2026, 2, 23)));  // Monday, the last day of the break
    CHECK(cal.addWorkdays(day(2026, 2, 13), 1) == day(2026, 2, 14));
    CHECK(cal.addWorkdays(day(2026, 2, 13), 2) == day(2026, 2, 24));
    CHECK(cal.workdaysBetween(day(2026, 2, 13), day(2026, 2, 28)) == 6);
    CHECK(cal.workdaysBetween(day(2026, 2, 28), day(2026, 2, 13)) == -6);
    CHECK(cal.workdaysBetween(day(2026, 2, 13), day(2026, 2, 13)) == 0);

    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(cal.holidayName(day(2026, 2, 17)) == QStringLiteral("Spring Festival"));
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    CHECK(cal.holidayName(day(2026, 2, 17)) == QStringLiteral("春节"));
    QLocale::setDefault(before);
    CHECK(cal.holidayName(day(2026, 2, 14)).isEmpty());  // a make-up working day is no holiday
    CHECK(cal.holidayName(day(2026, 3, 10)).isEmpty());
}

TEST_CASE("a make-up Sunday is a working day and a weekday holiday is not", "[rules]")
{
    RestoreBuiltIn restore;
    const WorkCalendar &cal = WorkCalendar::instance();
    CHECK(cal.isWorkday(day(2024, 2, 4)));    // Sunday before 春节 2024
    CHECK(cal.isWorkday(day(2024, 2, 9)));    // 除夕 2024 was not a public holiday
    CHECK(cal.isWorkday(day(2024, 10, 12)));  // Saturday after 国庆 2024
    CHECK_FALSE(cal.isWorkday(day(2024, 10, 3)));  // Thursday in 国庆
    CHECK_FALSE(cal.isWorkday(day(2025, 5, 2)));   // Friday in 劳动节
    CHECK_FALSE(cal.isWorkday(day(2026, 1, 2)));   // Friday after 元旦
    QString forHoliday;
    REQUIRE(cal.isMakeupWorkday(day(2026, 1, 4), &forHoliday));  // Sunday
    CHECK(forHoliday == QStringLiteral("元旦"));
    CHECK_FALSE(cal.isMakeupWorkday(day(2026, 1, 5)));  // an ordinary Monday
    CHECK(cal.workdaysBetween(day(2026, 1, 2), day(2026, 1, 5)) == 2);  // Sunday 4th and Monday 5th
    CHECK(cal.workdaysBetween(day(2025, 12, 31), day(2026, 1, 5)) == 2);
    CHECK(cal.addWorkdays(day(2025, 12, 31), 1) == day(2026, 1, 4));
}

TEST_CASE("addWorkdays goes forward and backward across National Day", "[rules]")
{
    RestoreBuiltIn restore;
    const WorkCalendar &cal = WorkCalendar::instance();
    // 2026: 10月1日至7日 off; Sunday 9月20日 and Saturday 10月10日 are working days.
    CHECK(cal.addWorkdays(day(2026, 9, 30), 1) == day(2026, 10, 8));
    CHECK(cal.addWorkdays(day(2026, 9, 30), 3) == day(2026, 10, 10));
    CHECK(cal.addWorkdays(day(2026, 9, 30), 4) == day(2026, 10, 12));
    CHECK(cal.addWorkdays(day(2026, 10, 8), -1) == day(2026, 9, 30));
    CHECK(cal.addWorkdays(day(2026, 10, 8), -2) == day(2026, 9, 29));
    CHECK(cal.addWorkdays(day(2026, 9, 21), -1) == day(2026, 9, 20));
    CHECK(cal.addWorkdays(day(2026, 10, 1), 0) == day(2026, 10, 8));
    CHECK(cal.addWorkdays(day(2026, 9, 30), 0) == day(2026, 9, 30));
    // 2025: 国庆节、中秋节 10月1日至8日 off; Sunday 9月28日 and Saturday 10月11日 work.
    CHECK(cal.addWorkdays(day(2025, 9, 30), 1) == day(2025, 10, 9));
    CHECK(cal.addWorkdays(day(2025, 10, 9), -1) == day(2025, 9, 30));
    CHECK(cal.addWorkdays(day(2025, 9, 29), -1) == day(2025, 9, 28));
    CHECK(cal.addWorkdays(day(2025, 10, 10), 1) == day(2025, 10, 11));
    // Forward and back again, and the count in between, agree from every working day.
    for (QDate d = day(2025, 9, 20); d <= day(2025, 10, 15); d = d.addDays(1)) {
        if (!cal.isWorkday(d))
            continue;
        for (int n = 1; n <= 12; ++n) {
            INFO(d.toString(Qt::ISODate).toStdString() << " n=" << n);
            const QDate ahead = cal.addWorkdays(d, n);
            CHECK(cal.addWorkdays(ahead, -n) == d);
            CHECK(cal.workdaysBetween(d, ahead) == n);
        }
    }
    CHECK_FALSE(cal.addWorkdays(QDate(), 3).isValid());
}

TEST_CASE("month arithmetic clamps to the end of the month", "[rules]")
{
    RestoreBuiltIn restore;
    CHECK(addMonthsClamped(day(2025, 1, 31), 1) == day(2025, 2, 28));
    CHECK(addMonthsClamped(day(2024, 1, 31), 1) == day(2024, 2, 29));
    CHECK(addMonthsClamped(day(2026, 3, 31), -1) == day(2026, 2, 28));
    CHECK(addMonthsClamped(day(2026, 1, 15), 1) == day(2026, 2, 15));
    CHECK(addMonthsClamped(day(2026, 8, 31), 1) == day(2026, 9, 30));
    CHECK(addMonthsClamped(day(2026, 12, 31), 2) == day(2027, 2, 28));
    CHECK(addMonthsClamped(day(2026, 1, 31), -2) == day(2025, 11, 30));
    CHECK(addMonthsClamped(day(2026, 2, 28), 1) == day(2026, 3, 28));  // not the end of March
    CHECK_FALSE(addMonthsClamped(QDate(), 1).isValid());

    const WorkCalendar &cal = WorkCalendar::instance();
    CHECK(applyDuration(Duration{1, Duration::Months}, day(2026, 1, 31), cal) == day(2026, 2, 28));
    CHECK(applyDuration(Duration{-5, Duration::CalendarDays}, day(2026, 3, 2), cal) == day(2026, 2, 25));
    // Counted from the month's last day: the 3rd working day of the next month.
    const Duration third{3, Duration::WorkingDays, Duration::MonthEnd};
    CHECK(applyDuration(third, day(2026, 1, 20), cal) == day(2026, 2, 4));
    CHECK(applyDuration(third, day(2026, 9, 15), cal) == day(2026, 10, 10));  // a make-up Saturday
    // An end date on a day off moved to the next working day when the rule asks for it.
    Duration rolled{30, Duration::CalendarDays};
    CHECK(applyDuration(rolled, day(2026, 1, 16), cal) == day(2026, 2, 15));
    rolled.roll = Duration::NextWorkday;
    CHECK(applyDuration(rolled, day(2026, 1, 16), cal) == day(2026, 2, 24));
}

TEST_CASE("the mediation rules resolve with the right units", "[rules]")
{
    RestoreBuiltIn restore;
    REQUIRE(Rules::reload().isEmpty());
    const Rules &rules = Rules::instance();
    const QDate on = day(2026, 3, 1);
    auto key = [](const char *k) { return QStringLiteral("mediation.") + QLatin1String(k); };

    REQUIRE(rules.set(QStringLiteral("mediation")));
    CHECK(rules.set(QStringLiteral("mediation"))->latest()->rules.size() == 8);
    CHECK(rules.versionOn(QStringLiteral("mediation"), on) == QStringLiteral("2026.1"));
    CHECK(rules.versionOn(QStringLiteral("mediation"), day(2010, 6, 1)).isEmpty());  // before the law

    CHECK(rules.duration(key("case_time_limit"), on) == Duration{1, Duration::Months});
    CHECK(rules.duration(key("acceptance_decision"), on) == Duration{3, Duration::WorkingDays});
    CHECK(rules.duration(key("case_time_warning"), on) == Duration{-5, Duration::CalendarDays});
    CHECK(rules.duration(key("judicial_confirmation_window"), on) == Duration{30, Duration::CalendarDays});
    CHECK(rules.duration(key("return_visit_due"), on) == Duration{15, Duration::WorkingDays});
    CHECK(rules.duration(key("performance_warning"), on) == Duration{-3, Duration::WorkingDays});
    CHECK(rules.duration(key("responsibility_default"), on) == Duration{30, Duration::CalendarDays});
    CHECK(rules.duration(key("screening_report_due"), on) == Duration{3, Duration::WorkingDays, Duration::MonthEnd});
    CHECK(rules.rule(key("case_time_limit"), on)->evidence == QStringLiteral("C"));
    CHECK(rules.rule(key("judicial_confirmation_window"), on)->evidence == QStringLiteral("C"));
    CHECK(rules.rule(key("case_time_warning"), on)->evidence == QStringLiteral("I"));
    CHECK(rules.rule(key("return_visit_due"), on)->evidence == QStringLiteral("I"));
    CHECK(rules.rule(key("screening_report_due"), on)->evidence == QStringLiteral("L"));

    CHECK(rules.due(key("case_time_limit"), day(2026, 1, 31)) == day(2026, 2, 28));
    CHECK(rules.warnFrom(key("case_time_limit"), key("case_time_warning"), day(2026, 1, 31), on) == day(2026, 2, 23));
    CHECK(rules.due(key("judicial_confirmation_window"), day(2026, 9, 10)) == day(2026, 10, 10));
    CHECK(rules.due(key("return_visit_due"), day(2026, 9, 25)) == day(2026, 10, 22));  // across 国庆
    CHECK(rules.due(key("performance_warning"), day(2026, 10, 9)) == day(2026, 9, 29));
    CHECK(rules.due(key("responsibility_default"), day(2026, 5, 6)) == day(2026, 6, 5));
    CHECK(rules.due(key("screening_report_due"), day(2026, 2, 10)) == day(2026, 3, 4));

    CHECK_FALSE(rules.duration(key("no_such_rule"), on).has_value());
    CHECK_FALSE(rules.due(QStringLiteral("nosuchset.case_time_limit"), on).isValid());
    CHECK_FALSE(rules.due(QStringLiteral("case_time_limit"), on).isValid());
    CHECK(rules.checkedDue(key("case_time_limit"), on, on).value() == day(2026, 4, 1));
    const Result<QDate> missing = rules.checkedDue(key("no_such_rule"), on, on);
    CHECK(missing.code() == ErrorCode::NotFound);
    CHECK(missing.message().contains(QStringLiteral("mediation.no_such_rule")));
    CHECK(rules.checkedDue(key("case_time_limit"), QDate(), on).code() == ErrorCode::InvalidInput);
}

TEST_CASE("rule versions are chosen by their effective date", "[rules]")
{
    RestoreBuiltIn restore;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // A later version, listed first: from 2027 the limit becomes 45 calendar days.
    QJsonObject set = builtInMediation();
    QJsonArray versions = set.value(QStringLiteral("versions")).toArray();
    QJsonObject next = versions.at(0).toObject();
    next.insert(QStringLiteral("version"), QStringLiteral("2027.1"));
    next.insert(QStringLiteral("effective_from"), QStringLiteral("2027-01-01"));
    QJsonObject rulesObject = next.value(QStringLiteral("rules")).toObject();
    QJsonObject limit = rulesObject.value(QStringLiteral("case_time_limit")).toObject();
    limit.insert(QStringLiteral("amount"), 45);
    limit.insert(QStringLiteral("unit"), QStringLiteral("calendar_days"));
    rulesObject.insert(QStringLiteral("case_time_limit"), limit);
    next.insert(QStringLiteral("rules"), rulesObject);
    versions.prepend(next);
    set.insert(QStringLiteral("versions"), versions);
    writeFile(dir.filePath(QStringLiteral("mediation.json")), toJson(set));

    const QStringList problems = Rules::reload(dir.path());
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(problems.isEmpty());
    const Rules &rules = Rules::instance();
    const QString key = QStringLiteral("mediation.case_time_limit");
    CHECK(rules.versionOn(QStringLiteral("mediation"), day(2026, 12, 31)) == QStringLiteral("2026.1"));
    CHECK(rules.versionOn(QStringLiteral("mediation"), day(2027, 1, 1)) == QStringLiteral("2027.1"));
    CHECK(rules.duration(key, day(2026, 12, 31)) == Duration{1, Duration::Months});
    CHECK(rules.duration(key, day(2027, 1, 1)) == Duration{45, Duration::CalendarDays});
    // A case keeps the rules in force on the day it was accepted.
    CHECK(rules.due(key, day(2026, 12, 20)) == day(2027, 1, 20));
    CHECK(rules.due(key, day(2027, 1, 5)) == day(2027, 2, 19));
    CHECK(rules.due(key, day(2026, 12, 20), day(2027, 1, 5)) == day(2027, 2, 3));
    // Other rules are unchanged in the new version.
    CHECK(rules.duration(QStringLiteral("mediation.return_visit_due"), day(2027, 6, 1)) ==
          Duration{15, Duration::WorkingDays});
}

TEST_CASE("a broken override rule file is reported and the built-in one kept", "[rules]")
{
    RestoreBuiltIn restore;
    const QJsonObject good = builtInMediation();
    struct Broken {
        const char *what;
        QByteArray data;
        QString mentions;  // besides the file name
    };
    const QString limit = QStringLiteral("case_time_limit");
    // The built-in file with one field of one rule set to `value` (undefined: removed).
    auto setField = [&](const QString &rule, const QString &field, const QJsonValue &value) {
        return toJson(editRule(good, 0, rule, [&](QJsonObject &r) {
            if (value.isUndefined())
                r.remove(field);
            else
                r.insert(field, value);
        }));
    };
    const QList<Broken> cases = {
        {"unknown unit", setField(limit, QStringLiteral("unit"), QStringLiteral("weeks")),
         QStringLiteral("weeks")},
        {"missing amount",
         setField(QStringLiteral("return_visit_due"), QStringLiteral("amount"), QJsonValue::Undefined),
         QStringLiteral("return_visit_due")},
        {"fractional amount", setField(limit, QStringLiteral("amount"), 1.5), limit},
        {"negative amount", setField(limit, QStringLiteral("amount"), -1), limit},
        {"misspelt field", setField(limit, QStringLiteral("anchr"), QStringLiteral("month_end")),
         QStringLiteral("anchr")},
        {"bad evidence", setField(limit, QStringLiteral("evidence"), QStringLiteral("X")), limit},
        {"bad anchor", setField(limit, QStringLiteral("anchor"), QStringLiteral("week_end")),
         QStringLiteral("week_end")},
        {"impossible date",
         toJson(editVersion(good, 0,
                            [](QJsonObject &v) {
                                v.insert(QStringLiteral("effective_from"), QStringLiteral("2026-02-30"));
                            })),
         QStringLiteral("2026-02-30")},
        {"two versions on one date",
         [&] {
             QJsonObject s = good;
             QJsonArray v = s.value(QStringLiteral("versions")).toArray();
             QJsonObject copy = v.at(0).toObject();
             copy.insert(QStringLiteral("version"), QStringLiteral("2026.2"));
             v.append(copy);
             s.insert(QStringLiteral("versions"), v);
             return toJson(s);
         }(),
         QStringLiteral("2026.2")},
        {"duplicate version label",
         [&] {
             QJsonObject s = good;
             QJsonArray v = s.value(QStringLiteral("versions")).toArray();
             QJsonObject copy = v.at(0).toObject();
             copy.insert(QStringLiteral("effective_from"), QStringLiteral("2027-01-01"));
             v.append(copy);
             s.insert(QStringLiteral("versions"), v);
             return toJson(s);
         }(),
         QStringLiteral("2026.1")},
        {"rule left out",
         toJson(editVersion(good, 0, [](QJsonObject &v) {
             QJsonObject r = v.value(QStringLiteral("rules")).toObject();
             r.remove(QStringLiteral("screening_report_due"));
             v.insert(QStringLiteral("rules"), r);
         })),
         QStringLiteral("screening_report_due")},
        {"wrong id",
         [&] {
             QJsonObject s = good;
             s.insert(QStringLiteral("id"), QStringLiteral("correction"));
             return toJson(s);
         }(),
         QStringLiteral("correction")},
        {"not JSON", QByteArray("{\"id\": \"mediation\",\n \"versions\": [\n"), QStringLiteral("line")},
    };
    for (const Broken &b : cases) {
        INFO(b.what);
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        writeFile(dir.filePath(QStringLiteral("mediation.json")), b.data);
        const QStringList problems = Rules::reload(dir.path());
        REQUIRE(problems.size() == 1);
        INFO(problems.first().toStdString());
        CHECK(problems.first().contains(QStringLiteral("mediation.json")));
        CHECK(problems.first().contains(b.mentions));
        const Rules &rules = Rules::instance();
        CHECK(rules.versionOn(QStringLiteral("mediation"), day(2026, 3, 1)) == QStringLiteral("2026.1"));
        CHECK(rules.duration(QStringLiteral("mediation.case_time_limit"), day(2026, 3, 1)) ==
              Duration{1, Duration::Months});
    }
}

TEST_CASE("a rule file of an unknown name is reported", "[rules]")
{
    RestoreBuiltIn restore;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    writeFile(dir.filePath(QStringLiteral("mediaton.json")), toJson(builtInMediation()));
    const QStringList problems = Rules::reload(dir.path());
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().contains(QStringLiteral("mediaton.json")));
    CHECK(problems.first().contains(QStringLiteral("mediation.json")));  // the names that work
    CHECK(Rules::instance().versionOn(QStringLiteral("mediation"), day(2026, 3, 1)) == QStringLiteral("2026.1"));
}

TEST_CASE("a county's calendar file replaces the built-in one and a broken one is refused", "[rules]")
{
    RestoreBuiltIn restore;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("calendar/cn-workdays.json"));
    // A made-up year, for the test only.
    writeFile(path, R"({"years": [{"year": 2030, "notice": "test", "verified": false,
        "holidays": [{"name": "元旦", "from": "2030-01-01", "to": "2030-01-01"}],
        "makeup_workdays": [{"date": "2030-01-05", "for": "元旦"}]}]})");
    REQUIRE(WorkCalendar::reload(dir.path()).isEmpty());
    {
        const WorkCalendar &cal = WorkCalendar::instance();
        CHECK(cal.covers(day(2030, 1, 1)));
        CHECK_FALSE(cal.isWorkday(day(2030, 1, 1)));
        CHECK(cal.isWorkday(day(2030, 1, 5)));  // Saturday
        CHECK_FALSE(cal.covers(day(2026, 2, 16)));  // the file replaces the built-in one
        REQUIRE(cal.years().size() == 1);
        CHECK_FALSE(cal.years().first().verified);
    }
    // A weekday cannot be a make-up working day: the file is refused, the built-in one used.
    writeFile(path, R"({"years": [{"year": 2030, "notice": "test", "verified": false,
        "holidays": [], "makeup_workdays": [{"date": "2030-01-07", "for": "元旦"}]}]})");
    const QStringList problems = WorkCalendar::reload(dir.path());
    REQUIRE(problems.size() == 1);
    INFO(problems.first().toStdString());
    CHECK(problems.first().contains(QStringLiteral("cn-workdays.json")));
    CHECK(problems.first().contains(QStringLiteral("2030-01-07")));
    const WorkCalendar &cal = WorkCalendar::instance();
    CHECK_FALSE(cal.covers(day(2030, 1, 1)));
    CHECK(cal.covers(day(2026, 2, 16)));
    CHECK_FALSE(cal.isWorkday(day(2026, 2, 16)));
}

TEST_CASE("outside the covered years Monday to Friday are the working days", "[rules]")
{
    RestoreBuiltIn restore;
    const WorkCalendar &cal = WorkCalendar::instance();
    CHECK(cal.covers(day(2024, 1, 1)));
    CHECK(cal.covers(day(2026, 12, 31)));
    CHECK_FALSE(cal.covers(day(2023, 12, 29)));
    CHECK_FALSE(cal.covers(day(2030, 1, 1)));
    CHECK(cal.isWorkday(day(2030, 1, 1)));  // a Tuesday; no arrangement is known for 2030
    CHECK_FALSE(cal.isWorkday(day(2030, 1, 5)));  // Saturday
    CHECK(cal.holidayName(day(2030, 1, 1)).isEmpty());
    CHECK(cal.addWorkdays(day(2030, 1, 4), 1) == day(2030, 1, 7));
    CHECK(cal.workdaysBetween(day(2030, 1, 4), day(2030, 1, 11)) == 5);
    // From the last covered day into an uncovered year: 2027-01-01 is a Friday, taken as a
    // working day until the 2027 arrangement is added to the calendar file.
    CHECK(cal.addWorkdays(day(2026, 12, 31), 1) == day(2027, 1, 1));
    CHECK(cal.years().size() >= 3);
    for (const WorkCalendar::Year &y : cal.years())
        CHECK_FALSE(y.notice.isEmpty());
}
