#include "stats/StatSubmissions.h"

#include "domain/Office.h"
#include "stats/StatEntities.h"
#include "stats/Statistics.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "sync/ChangeLog.h"
#include "util/Time.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

#include <cmath>

namespace sifa {

namespace {

QString figuresJson(const QList<StatFigure> &figures)
{
    QJsonArray a;
    for (const StatFigure &f : figures) {
        if (f.hidden)
            continue;
        a.append(QJsonObject{{QStringLiteral("key"), f.key},
                             {QStringLiteral("section"), f.section},
                             {QStringLiteral("label"), f.label},
                             {QStringLiteral("unit"), f.unit},
                             {QStringLiteral("kind"), int(f.kind)},
                             {QStringLiteral("value"), f.value},
                             {QStringLiteral("decimals"), f.decimals},
                             {QStringLiteral("level"), f.level}});
    }
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<StatFigure> figuresFrom(const QString &json)
{
    QList<StatFigure> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        StatFigure f;
        f.key = o.value(QStringLiteral("key")).toString();
        f.section = o.value(QStringLiteral("section")).toString();
        f.label = o.value(QStringLiteral("label")).toString();
        f.unit = o.value(QStringLiteral("unit")).toString();
        f.kind = StatFigure::Kind(o.value(QStringLiteral("kind")).toInt());
        f.value = o.value(QStringLiteral("value")).toDouble();
        f.decimals = o.value(QStringLiteral("decimals")).toInt();
        f.level = o.value(QStringLiteral("level")).toInt();
        out.append(f);
    }
    return out;
}

QString checksJson(const QList<StatCheck> &checks)
{
    QJsonArray a;
    for (const StatCheck &c : checks) {
        a.append(QJsonObject{{QStringLiteral("id"), c.id},
                             {QStringLiteral("severity"),
                              c.severity == StatCheck::Severity::Error ? QStringLiteral("error") : QStringLiteral("warning")},
                             {QStringLiteral("message"), c.message},
                             {QStringLiteral("keys"), QJsonArray::fromStringList(c.keys)}});
    }
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<StatCheck> checksFrom(const QString &json)
{
    QList<StatCheck> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        StatCheck c;
        c.id = o.value(QStringLiteral("id")).toString();
        c.severity = o.value(QStringLiteral("severity")).toString() == QLatin1String("error") ? StatCheck::Severity::Error
                                                                                             : StatCheck::Severity::Warning;
        c.message = o.value(QStringLiteral("message")).toString();
        for (const QJsonValue &k : o.value(QStringLiteral("keys")).toArray())
            c.keys << k.toString();
        out.append(c);
    }
    return out;
}

const char *const kColumns = "uuid, report, period_kind, period_from, period_to, reported_office, rule_version, title, "
                             "submitted_date, submitted_by, status, note, checks, figures";

StatSubmission fromRow(const Query &q)
{
    StatSubmission s;
    s.uuid = q.text(0);
    s.reportId = q.text(1);
    s.period.kind = StatPeriod::kindFromId(q.text(2)).value_or(StatPeriod::Kind::Range);
    s.period.from = QDate::fromString(q.text(3), Qt::ISODate);
    s.period.to = QDate::fromString(q.text(4), Qt::ISODate);
    s.office = q.text(5);
    s.ruleVersion = q.text(6);
    s.title = q.text(7);
    s.submittedDate = QDate::fromString(q.text(8), Qt::ISODate);
    s.submittedBy = q.text(9);
    s.status = q.text(10);
    s.note = q.text(11);
    s.acceptedWarnings = checksFrom(q.text(12));
    s.figures = figuresFrom(q.text(13));
    return s;
}

Result<QList<StatSubmission>> select(const Database &db, const QString &where, const QVariantMap &bindings)
{
    const QString sql = QStringLiteral("SELECT %1 FROM stat_submission WHERE deleted = 0%2"
                                       " ORDER BY submitted_date DESC, created_at DESC")
                            .arg(QLatin1String(kColumns), where);
    Query q(db, sql);
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it)
        q.bind(it.key(), it.value());
    if (Status s = q.exec(StatSubmissions::tr("reading the submitted reports")); !s.ok())
        return s;
    QList<StatSubmission> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Result<QList<StatSubmission>> standing(const Database &db, const QString &reportId, const StatPeriod &period,
                                       const QString &office)
{
    return select(db,
                  QStringLiteral(" AND report = :r AND period_from = :f AND period_to = :t AND reported_office = :o"
                                 " AND status = 'submitted'"),
                  {{QStringLiteral(":r"), reportId},
                   {QStringLiteral(":f"), period.from.toString(Qt::ISODate)},
                   {QStringLiteral(":t"), period.to.toString(Qt::ISODate)},
                   {QStringLiteral(":o"), office}});
}

}  // namespace

Result<StatSubmission> StatSubmissions::submit(Database &db, const Access &access, const StatReportData &report,
                                               const QString &note, bool acceptWarnings)
{
    if (Status s = access.require(db, Statistics::permission(report.reportId)); !s.ok())
        return s;
    QStringList errors;
    QStringList warnings;
    QList<StatCheck> accepted;
    for (const StatCheck &c : report.checks) {
        if (c.severity == StatCheck::Severity::Error) {
            errors << c.message;
        } else {
            warnings << c.message;
            accepted << c;
        }
    }
    if (!errors.isEmpty()) {
        return Result<StatSubmission>::failure(
            ErrorCode::Conflict,
            tr("The report cannot be submitted until these are corrected: %1").arg(errors.join(QStringLiteral(" "))),
            QStringLiteral("checks"));
    }
    if (!warnings.isEmpty() && !acceptWarnings) {
        return Result<StatSubmission>::failure(
            ErrorCode::Conflict,
            tr("The report has %n warning(s); look at them and confirm to submit anyway: %1", nullptr, int(warnings.size()))
                .arg(warnings.join(QStringLiteral(" "))),
            QStringLiteral("warnings"));
    }
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<QList<StatSubmission>> earlier = standing(db, report.reportId, report.period, report.office);
    if (!earlier.ok())
        return earlier.error();
    const Actor actor = access.actor();
    for (const StatSubmission &e : *earlier) {
        Result<QString> r = ChangeLog::upsert(db, actor, StatEntities::submission(), e.uuid,
                                              {{QStringLiteral("status"), QStringLiteral("superseded")}},
                                              tr("submitted again"));
        if (!r.ok())
            return r.error();
    }
    StatSubmission s;
    s.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.reportId = report.reportId;
    s.period = report.period;
    s.office = report.office;
    s.ruleVersion = report.ruleVersion;
    s.title = report.title;
    s.submittedDate = Clock::today();
    s.submittedBy = actor.name;
    s.status = QStringLiteral("submitted");
    s.note = note.trimmed();
    s.acceptedWarnings = accepted;
    for (const StatFigure &f : report.figures) {
        if (!f.hidden)
            s.figures.append(f);
    }
    const QVariantMap fields{{QStringLiteral("office_code"), Office::info(db).code},
                             {QStringLiteral("report"), s.reportId},
                             {QStringLiteral("period_kind"), StatPeriod::kindId(s.period.kind)},
                             {QStringLiteral("period_from"), s.period.from.toString(Qt::ISODate)},
                             {QStringLiteral("period_to"), s.period.to.toString(Qt::ISODate)},
                             {QStringLiteral("reported_office"), s.office},
                             {QStringLiteral("rule_version"), s.ruleVersion},
                             {QStringLiteral("title"), s.title},
                             {QStringLiteral("submitted_date"), s.submittedDate.toString(Qt::ISODate)},
                             {QStringLiteral("submitted_by"), s.submittedBy},
                             {QStringLiteral("status"), s.status},
                             {QStringLiteral("note"), s.note},
                             {QStringLiteral("checks"), checksJson(accepted)},
                             {QStringLiteral("figures"), figuresJson(s.figures)}};
    Result<QString> op = ChangeLog::create(db, actor, StatEntities::submission(), s.uuid, fields,
                                           tr("report submitted: %1 %2").arg(s.title, s.period.label()));
    if (!op.ok())
        return op.error();
    if (Status c = tx.commit(); !c.ok())
        return c;
    return s;
}

Result<QList<StatSubmission>> StatSubmissions::list(Database &db, const Access &access, const QString &reportId,
                                                    const QString &office)
{
    QString where;
    QVariantMap bindings;
    if (!reportId.isEmpty()) {
        if (Status s = access.require(db, Statistics::permission(reportId)); !s.ok())
            return s;
        where += QStringLiteral(" AND report = :r");
        bindings.insert(QStringLiteral(":r"), reportId);
    }
    if (!office.isEmpty()) {
        where += QStringLiteral(" AND reported_office = :o");
        bindings.insert(QStringLiteral(":o"), office);
    }
    Result<QList<StatSubmission>> all = select(db, where, bindings);
    if (!all.ok() || !reportId.isEmpty())
        return all;
    QList<StatSubmission> allowed;  // only the reports the role may see
    for (const StatSubmission &s : *all) {
        if (access.can(Statistics::permission(s.reportId)))
            allowed.append(s);
    }
    return allowed;
}

Result<std::optional<StatSubmission>> StatSubmissions::current(Database &db, const Access &access,
                                                               const QString &reportId, const StatPeriod &period,
                                                               const QString &office)
{
    if (Status s = access.require(db, Statistics::permission(reportId)); !s.ok())
        return s;
    Result<QList<StatSubmission>> r = standing(db, reportId, period, Statistics::officeOf(db, office));
    if (!r.ok())
        return r.error();
    if (r->isEmpty())
        return std::optional<StatSubmission>();
    return std::optional<StatSubmission>(r->first());
}

QList<StatChange> StatSubmissions::changes(const StatSubmission &submitted, const StatReportData &now)
{
    QList<StatChange> out;
    QSet<QString> seen;
    for (const StatFigure &was : submitted.figures) {
        seen.insert(was.key);
        const StatFigure *is = now.figure(was.key);
        if (!is) {
            out.append({was.key, was.label, was.unit, was.value, 0, false, true});
        } else if (std::abs(is->value - was.value) > 1e-9) {
            out.append({was.key, is->label, is->unit, was.value, is->value, false, false});
        }
    }
    for (const StatFigure &is : now.figures) {
        if (!is.hidden && !seen.contains(is.key) && is.value != 0)
            out.append({is.key, is.label, is.unit, 0, is.value, true, false});
    }
    return out;
}

}  // namespace sifa
