#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sifa {

// China's working-day calendar: Monday to Friday, minus the public holidays, plus the
// make-up working days (调休上班) the State Council fixes each year. The data is a file, not
// code (resources/rules/calendar/cn-workdays.json, format in resources/rules/README.md):
//
//   {"years": [{"year": 2026, "notice": "国办发明电〔2025〕7号", "verified": true,
//               "holidays": [{"name": "春节", "name_en": "Spring Festival",
//                             "from": "2026-02-15", "to": "2026-02-23"}, ...],
//               "makeup_workdays": [{"date": "2026-02-14", "for": "春节"}, ...]}, ...]}
//
// A year the file does not list falls back to Monday to Friday, and covers() is false for it,
// so a caller can say "the holiday arrangement for 2027 is not known yet".
class WorkCalendar {
    Q_DECLARE_TR_FUNCTIONS(WorkCalendar)
public:
    struct Year {
        int year = 0;
        QString notice;     // 国办发明电〔2025〕7号
        QString title;      // 国务院办公厅关于2026年部分节假日安排的通知
        QDate published;
        QString source;     // where the arrangement was checked
        QString note;
        bool verified = false;
    };

    static const WorkCalendar &instance();
    // Loads again: the built-in ":/rules/calendar/cn-workdays.json", replaced by
    // <overrideDir>/calendar/cn-workdays.json when that file exists and is valid. Returns the
    // problems found, as translated sentences (a broken override file is named and ignored).
    static QStringList reload(const QString &overrideDir = QString());
    static QString fileName() { return QStringLiteral("cn-workdays.json"); }

    // Parses and checks a calendar file; on failure returns false with a translated reason.
    bool load(const QByteArray &json, QString *error);

    bool isWorkday(const QDate &d) const;
    // n > 0: the n-th working day after `from`; n < 0: the |n|-th working day before it;
    // n == 0: `from` itself if it is a working day, else the next working day.
    QDate addWorkdays(const QDate &from, int n) const;
    // Working days in (a, b]; negative (the count in (b, a]) when b is before a.
    int workdaysBetween(const QDate &a, const QDate &b) const;
    // Whether the year of `d` is in the file; outside, isWorkday() is Monday to Friday.
    bool covers(const QDate &d) const { return m_years.contains(d.year()); }
    // The holiday a day off belongs to ("春节"; English where the file has it and the UI is
    // English); empty for any other day, make-up working days included.
    QString holidayName(const QDate &d) const;
    // A Saturday or Sunday made a working day (调休上班); `forHoliday` receives the name of
    // the holiday it makes up for, as the file gives it.
    bool isMakeupWorkday(const QDate &d, QString *forHoliday = nullptr) const;

    QList<Year> years() const { return m_years.values(); }
    QString overrideDir() const { return m_overrideDir; }

private:
    struct Day {
        bool off = false;  // a holiday day off; otherwise a make-up working day
        QString name;
        QString nameEn;
    };
    static bool parseYear(const QJsonObject &o, int index, Year *year, QHash<QDate, Day> *days, QString *error);

    QMap<int, Year> m_years;
    QHash<QDate, Day> m_days;
    QString m_overrideDir;
};

}  // namespace sifa
