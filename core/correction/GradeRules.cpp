#include "correction/GradeRules.h"

#include "rules/JsonFields.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QMap>
#include <QMutex>

#include <algorithm>
#include <cmath>
#include <memory>

namespace sifa {

namespace {

const QString kFile = QStringLiteral("correction-grades.json");

struct Version {
    QString label;
    QDate effectiveFrom;
    QMap<QString, GradeExpectation> grades;
};

using Versions = QList<Version>;  // by effective date

const QStringList &gradeCodes()
{
    static const QStringList codes{QStringLiteral("strict"), QStringLiteral("normal"), QStringLiteral("lenient")};
    return codes;
}

const QStringList &items()
{
    static const QStringList i{QStringLiteral("in_person_reports"), QStringLiteral("written_reports"),
                               QStringLiteral("phone_reports"),     QStringLiteral("talks"),
                               QStringLiteral("visits"),            QStringLiteral("study_hours"),
                               QStringLiteral("service_hours")};
    return i;
}

bool parse(const QByteArray &bytes, Versions *out, QString *error)
{
    QJsonObject o;
    if (!JsonFields::parseDocument(bytes, &o, error))
        return false;
    JsonFields f(o, GradeRules::tr("the grade rules"));
    f.allowOnly({QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("note"), QStringLiteral("versions")});
    if (f.string(QStringLiteral("id")) != QLatin1String("correction-grades") && f.ok())
        f.fail(GradeRules::tr("\"id\" must be correction-grades"));
    (void)f.string(QStringLiteral("title"), false);
    (void)f.string(QStringLiteral("note"), false);
    const QJsonArray versions = f.array(QStringLiteral("versions"));
    if (f.ok() && versions.isEmpty())
        f.fail(GradeRules::tr("at least one version is needed"));
    Versions result;
    for (qsizetype v = 0; v < versions.size() && f.ok(); ++v) {
        JsonFields vf(versions.at(v).toObject(), GradeRules::tr("version %1").arg(v + 1));
        vf.allowOnly({QStringLiteral("version"), QStringLiteral("effective_from"), QStringLiteral("source"),
                      QStringLiteral("note"), QStringLiteral("grades")});
        Version version;
        version.label = vf.string(QStringLiteral("version"));
        version.effectiveFrom = vf.date(QStringLiteral("effective_from"));
        (void)vf.string(QStringLiteral("source"));
        (void)vf.string(QStringLiteral("note"), false);
        const QJsonObject grades = vf.object(QStringLiteral("grades"));
        for (const QString &code : gradeCodes()) {
            if (!vf.ok())
                break;
            if (!grades.contains(code)) {
                vf.fail(GradeRules::tr("%1: the grade \"%2\" is missing").arg(vf.where(), code));
                break;
            }
            JsonFields gf(grades.value(code).toObject(), GradeRules::tr("%1, grade %2").arg(vf.where(), code));
            gf.allowOnly(items() + QStringList{QStringLiteral("evidence")});
            GradeExpectation e;
            int *fields[] = {&e.inPersonReports, &e.writtenReports, &e.phoneReports, &e.talks,
                             &e.visits,          &e.studyHours,     &e.serviceHours};
            for (qsizetype i = 0; i < items().size(); ++i)
                *fields[i] = gf.integer(items().at(i), 0, 400).value_or(0);
            (void)gf.string(QStringLiteral("evidence"), false);
            if (!gf.ok())
                vf.fail(gf.error());
            version.grades.insert(code, e);
        }
        for (auto it = grades.constBegin(); it != grades.constEnd() && vf.ok(); ++it) {
            if (!gradeCodes().contains(it.key()))
                vf.fail(GradeRules::tr("%1: there is no grade \"%2\"").arg(vf.where(), it.key()));
        }
        for (const Version &other : std::as_const(result)) {
            if (vf.ok() && other.effectiveFrom == version.effectiveFrom)
                vf.fail(GradeRules::tr("%1: two versions take effect on the same day").arg(vf.where()));
        }
        if (!vf.ok())
            f.fail(vf.error());
        result << version;
    }
    if (!f.ok()) {
        *error = f.error();
        return false;
    }
    std::sort(result.begin(), result.end(),
              [](const Version &a, const Version &b) { return a.effectiveFrom < b.effectiveFrom; });
    *out = result;
    return true;
}

bool readFile(const QString &path, Versions *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    return parse(file.readAll(), out, error);
}

QMutex g_mutex;
std::shared_ptr<const Versions> g_versions;

std::shared_ptr<const Versions> current()
{
    QMutexLocker lock(&g_mutex);
    if (!g_versions) {
        lock.unlock();
        GradeRules::reload();
        lock.relock();
    }
    return g_versions;
}

}  // namespace

QStringList GradeRules::reload(const QString &overrideDir)
{
    QStringList problems;
    auto chosen = std::make_shared<Versions>();
    QString error;
    if (!readFile(QStringLiteral(":/rules/grades/") + kFile, chosen.get(), &error))
        problems << tr("The built-in grade rules could not be read (%1).").arg(error);
    const QString path = overrideDir.isEmpty() ? QString() : QDir(overrideDir).filePath(QStringLiteral("grades/") + kFile);
    if (!path.isEmpty() && QFile::exists(path)) {
        Versions replacement;
        if (!readFile(path, &replacement, &error)) {
            //: %1 file path, %2 what is wrong and where
            problems << tr("The grade rule file %1 could not be used (%2); the built-in rules are used.")
                            .arg(QDir::toNativeSeparators(path), error);
        } else {
            *chosen = replacement;
        }
    }
    QMutexLocker lock(&g_mutex);
    g_versions = chosen;
    return problems;
}

Result<GradeExpectation> GradeRules::expectation(const QString &grade, const QDate &on)
{
    const auto versions = current();
    const Version *inForce = nullptr;
    for (const Version &v : *versions) {
        if (v.effectiveFrom <= on)
            inForce = &v;
    }
    if (!inForce) {
        return Result<GradeExpectation>::failure(ErrorCode::NotFound,
                                                 tr("No grade rules are in force on %1.").arg(on.toString(Qt::ISODate)));
    }
    if (!inForce->grades.contains(grade))
        return Result<GradeExpectation>::failure(ErrorCode::InvalidInput, tr("There is no grade \"%1\".").arg(grade));
    return inForce->grades.value(grade);
}

QString GradeRules::itemName(const QString &item)
{
    if (item == QLatin1String("in_person_reports"))
        return tr("reports in person");
    if (item == QLatin1String("written_reports"))
        return tr("written reports");
    if (item == QLatin1String("phone_reports"))
        return tr("reports by phone");
    if (item == QLatin1String("talks"))
        return tr("individual talks");
    if (item == QLatin1String("visits"))
        return tr("home or workplace visits");
    if (item == QLatin1String("study_hours"))
        return tr("hours of study");
    if (item == QLatin1String("service_hours"))
        return tr("hours of community service");
    return item;
}

Result<QList<Shortfall>> GradeRules::shortfalls(const QString &grade, const QDate &month, const MonthActivity &done,
                                                int days, int daysInMonth)
{
    Result<GradeExpectation> e = expectation(grade, month);
    if (!e)
        return e.error();
    const double share = days > 0 && daysInMonth > 0 ? qMin(1.0, static_cast<double>(days) / daysInMonth) : 1.0;
    const QList<QPair<int, double>> pairs{
        {e->inPersonReports, done.inPersonReports}, {e->writtenReports, done.writtenReports},
        {e->phoneReports, done.phoneReports},       {e->talks, done.talks},
        {e->visits, done.visits},                   {e->studyHours, done.studyHours},
        {done.ableToWork ? e->serviceHours : 0, done.serviceHours}};
    QList<Shortfall> out;
    for (qsizetype i = 0; i < items().size(); ++i) {
        const double expected = std::floor(pairs.at(i).first * share);
        const double actual = pairs.at(i).second;
        if (actual + 1e-9 >= expected)
            continue;
        Shortfall s;
        s.item = items().at(i);
        s.expected = expected;
        s.actual = actual;
        //: %1 what (written reports), %2 how many were recorded, %3 how many the grade expects
        s.text = tr("%1: %2 of %3").arg(itemName(s.item)).arg(actual).arg(expected);
        out << s;
    }
    return out;
}

}  // namespace sifa
