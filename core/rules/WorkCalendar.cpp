#include "rules/WorkCalendar.h"

#include "rules/JsonFields.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QLoggingCategory>
#include <QMutex>

#include <memory>
#include <vector>

Q_LOGGING_CATEGORY(lcCalendar, "sifa.rules.calendar")

namespace sifa {

namespace {

QMutex g_mutex;
WorkCalendar *g_instance = nullptr;
// Every loaded generation stays alive until exit, so references handed out earlier stay valid.
std::vector<std::unique_ptr<WorkCalendar>> &generations()
{
    static std::vector<std::unique_ptr<WorkCalendar>> list;
    return list;
}

const QString kBuiltIn = QStringLiteral(":/rules/calendar/cn-workdays.json");

bool isWeekend(const QDate &d)
{
    return d.dayOfWeek() >= Qt::Saturday;
}

}  // namespace

// A whole year, checked; `days` gains its days off and make-up working days.
bool WorkCalendar::parseYear(const QJsonObject &o, int index, Year *year, QHash<QDate, Day> *days, QString *error)
{
    const int number = o.value(QStringLiteral("year")).toInt();
    JsonFields f(o, number > 0 ? tr("year %1").arg(number) : tr("year entry %1").arg(index + 1));
    f.allowOnly({QStringLiteral("year"), QStringLiteral("notice"), QStringLiteral("title"),
                 QStringLiteral("published"), QStringLiteral("source"), QStringLiteral("verified"),
                 QStringLiteral("note"), QStringLiteral("holidays"), QStringLiteral("makeup_workdays")});
    year->year = f.integer(QStringLiteral("year"), 1949, 9999).value_or(0);
    year->notice = f.string(QStringLiteral("notice"));
    year->title = f.string(QStringLiteral("title"), false);
    year->published = f.date(QStringLiteral("published"), false);
    year->source = f.string(QStringLiteral("source"), false);
    year->note = f.string(QStringLiteral("note"), false);
    year->verified = f.boolean(QStringLiteral("verified")).value_or(false);
    const QJsonArray holidays = f.array(QStringLiteral("holidays"));
    const QJsonArray makeups = f.array(QStringLiteral("makeup_workdays"));
    if (!f.ok()) {
        *error = f.error();
        return false;
    }
    const QString where = f.where();
    for (const QJsonValue &v : holidays) {
        const QString name = v.toObject().value(QStringLiteral("name")).toString();
        //: %1 "year 2026", %2 a holiday name
        JsonFields h(v.toObject(), tr("%1, holiday \"%2\"").arg(where, name));
        if (!v.isObject())
            h.fail(tr("%1: every holiday must be an object {\"name\", \"from\", \"to\"}").arg(where));
        h.allowOnly({QStringLiteral("name"), QStringLiteral("name_en"), QStringLiteral("from"), QStringLiteral("to")});
        h.string(QStringLiteral("name"));
        const QString nameEn = h.string(QStringLiteral("name_en"), false);
        const QDate from = h.date(QStringLiteral("from"));
        const QDate to = h.date(QStringLiteral("to"));
        if (h.ok() && (from.year() != year->year || to.year() != year->year))
            h.fail(tr("%1: the days must lie in %2 (list the days of another year under that year)")
                       .arg(h.where()).arg(year->year));
        if (h.ok() && (to < from || from.daysTo(to) > 30))
            h.fail(tr("%1: \"to\" must be on or after \"from\", at most 31 days in all").arg(h.where()));
        for (QDate d = from; h.ok() && d <= to; d = d.addDays(1)) {
            if (days->contains(d))
                h.fail(tr("%1: %2 is listed twice").arg(h.where(), d.toString(Qt::ISODate)));
            days->insert(d, Day{true, name.trimmed(), nameEn});
        }
        if (!h.ok()) {
            *error = h.error();
            return false;
        }
    }
    for (const QJsonValue &v : makeups) {
        const QString date = v.toObject().value(QStringLiteral("date")).toString();
        //: %1 "year 2026", %2 a date
        JsonFields m(v.toObject(), tr("%1, make-up working day %2").arg(where, date));
        if (!v.isObject())
            m.fail(tr("%1: every make-up working day must be an object {\"date\", \"for\"}").arg(where));
        m.allowOnly({QStringLiteral("date"), QStringLiteral("for")});
        const QDate d = m.date(QStringLiteral("date"));
        const QString forHoliday = m.string(QStringLiteral("for"), false);
        if (m.ok() && d.year() != year->year)
            m.fail(tr("%1: the day must lie in %2").arg(m.where()).arg(year->year));
        if (m.ok() && !isWeekend(d))
            m.fail(tr("%1: only a Saturday or a Sunday can be a make-up working day").arg(m.where()));
        if (m.ok() && days->contains(d))
            m.fail(tr("%1: the day is also listed as a holiday, or twice").arg(m.where()));
        if (!m.ok()) {
            *error = m.error();
            return false;
        }
        days->insert(d, Day{false, forHoliday, QString()});
    }
    return true;
}

bool WorkCalendar::load(const QByteArray &json, QString *error)
{
    QJsonObject root;
    if (!JsonFields::parseDocument(json, &root, error))
        return false;
    JsonFields f(root, tr("the calendar"));
    f.allowOnly({QStringLiteral("title"), QStringLiteral("note"), QStringLiteral("years")});
    f.string(QStringLiteral("title"), false);
    f.string(QStringLiteral("note"), false);
    const QJsonArray years = f.array(QStringLiteral("years"));
    if (!f.ok()) {
        *error = f.error();
        return false;
    }
    QMap<int, Year> parsedYears;
    QHash<QDate, Day> days;
    for (int i = 0; i < years.size(); ++i) {
        if (!years.at(i).isObject()) {
            *error = tr("year entry %1: must be an object { ... }").arg(i + 1);
            return false;
        }
        Year y;
        if (!parseYear(years.at(i).toObject(), i, &y, &days, error))
            return false;
        if (parsedYears.contains(y.year)) {
            *error = tr("year %1 is listed twice").arg(y.year);
            return false;
        }
        parsedYears.insert(y.year, y);
    }
    m_years = parsedYears;
    m_days = days;
    return true;
}

const WorkCalendar &WorkCalendar::instance()
{
    QMutexLocker lock(&g_mutex);
    if (!g_instance) {
        lock.unlock();
        reload(QString());
        lock.relock();
    }
    return *g_instance;
}

QStringList WorkCalendar::reload(const QString &overrideDir)
{
    auto *fresh = new WorkCalendar;
    fresh->m_overrideDir = overrideDir;
    QStringList problems;
    QString error;
    const QString overridePath = overrideDir.isEmpty()
        ? QString()
        : QDir(overrideDir).filePath(QStringLiteral("calendar/") + fileName());
    bool loaded = false;
    if (!overridePath.isEmpty() && QFile::exists(overridePath)) {
        QFile f(overridePath);
        if (f.open(QIODevice::ReadOnly) && fresh->load(f.readAll(), &error)) {
            loaded = true;
        } else {
            //: %1 file path, %2 what is wrong with it
            problems << tr("The working-day calendar %1 could not be used (%2); the built-in calendar is used.")
                            .arg(QDir::toNativeSeparators(overridePath), error.isEmpty() ? f.errorString() : error);
        }
    }
    if (!loaded) {
        QFile f(kBuiltIn);
        error.clear();
        if (!f.open(QIODevice::ReadOnly) || !fresh->load(f.readAll(), &error)) {
            problems << tr("The built-in working-day calendar could not be read (%1); Monday to Friday are "
                           "taken as working days.")
                            .arg(error.isEmpty() ? f.errorString() : error);
            *fresh = WorkCalendar();
            fresh->m_overrideDir = overrideDir;
        }
    }
    for (const QString &p : std::as_const(problems))
        qCWarning(lcCalendar) << p;
    QMutexLocker lock(&g_mutex);
    generations().emplace_back(fresh);
    g_instance = fresh;
    return problems;
}

bool WorkCalendar::isWorkday(const QDate &d) const
{
    if (!d.isValid())
        return false;
    const auto it = m_days.constFind(d);
    if (it != m_days.cend())
        return !it->off;
    return !isWeekend(d);
}

QDate WorkCalendar::addWorkdays(const QDate &from, int n) const
{
    if (!from.isValid())
        return QDate();
    QDate d = from;
    // isWorkday() is false for an invalid date, so every loop also stops at QDate's limits.
    if (n == 0) {
        while (d.isValid() && !isWorkday(d))
            d = d.addDays(1);
        return d;
    }
    const int step = n > 0 ? 1 : -1;
    for (long long left = n > 0 ? n : -static_cast<long long>(n); left > 0 && d.isValid();) {
        d = d.addDays(step);
        if (isWorkday(d))
            --left;
    }
    return d;
}

int WorkCalendar::workdaysBetween(const QDate &a, const QDate &b) const
{
    if (!a.isValid() || !b.isValid())
        return 0;
    if (b < a)
        return -workdaysBetween(b, a);
    int count = 0;
    for (QDate d = a.addDays(1); d <= b; d = d.addDays(1)) {
        if (isWorkday(d))
            ++count;
    }
    return count;
}

QString WorkCalendar::holidayName(const QDate &d) const
{
    const auto it = m_days.constFind(d);
    if (it == m_days.cend() || !it->off)
        return QString();
    if (!it->nameEn.isEmpty() && QLocale().language() == QLocale::English)
        return it->nameEn;
    return it->name;
}

bool WorkCalendar::isMakeupWorkday(const QDate &d, QString *forHoliday) const
{
    const auto it = m_days.constFind(d);
    if (it == m_days.cend() || it->off)
        return false;
    if (forHoliday)
        *forHoliday = it->name;
    return true;
}

}  // namespace sifa
