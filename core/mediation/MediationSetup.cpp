#include "mediation/MediationSetup.h"

#include "codes/CodeTables.h"
#include "mediation/DisputeWrite.h"
#include "mediation/MediationEntities.h"
#include "rules/Rules.h"
#include "security/Users.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "sync/ChangeLog.h"
#include "util/Time.h"

#include <QRegularExpression>

namespace sifa {

using namespace mediation_detail;

namespace {

Status invalid(const QString &message)
{
    return Status::failure(ErrorCode::InvalidInput, message);
}

// One change in its own transaction; returns the row's uuid.
Result<QString> saveRow(Database &db, const Access &access, const EntityDef &entity, QString uuid, QVariantMap fields)
{
    if (Status s = access.require(db, Permission::MediationWrite); !s.ok())
        return s.error();
    Transaction tx(db);
    if (!tx.ok())
        return tx.status().error();
    if (uuid.isEmpty()) {
        uuid = newUuid();
        fields.insert(QStringLiteral("office_code"), officeCode(db));
    }
    if (Status s = save(db, access, entity, uuid, fields); !s.ok())
        return s.error();
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    return uuid;
}

Status removeRow(Database &db, const Access &access, const EntityDef &entity, const QString &uuid, const QString &reason)
{
    if (Status s = access.require(db, Permission::MediationWrite); !s.ok())
        return s;
    if (reason.trimmed().isEmpty())
        return invalid(MediationSetup::tr("Give the reason for removing it."));
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    Result<QString> op = ChangeLog::remove(db, access.actor(), entity, uuid, reason.trimmed());
    if (!op)
        return op.status();
    return tx.commit();
}

bool validPeriod(const QString &period)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
    return re.match(period).hasMatch();
}

QDate periodStart(const QString &period)
{
    return QDate::fromString(period + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
}

}  // namespace

Result<QList<Committee>> MediationSetup::committees(const Database &db)
{
    Query q(db, QStringLiteral("SELECT uuid, name, kind, division_code, address, note FROM committee WHERE deleted = 0 "
                               "ORDER BY CASE kind WHEN 'township' THEN 0 ELSE 1 END, name"));
    if (Status s = q.exec(tr("reading the committees")); !s.ok())
        return s.error();
    QList<Committee> out;
    while (q.next())
        out << Committee{q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), false};
    return out;
}

Result<QString> MediationSetup::saveCommittee(Database &db, const Access &access, const Committee &c)
{
    if (c.name.trimmed().isEmpty())
        return invalid(tr("Enter the committee's name.")).error();
    const CodeTable *kinds = CodeTables::instance().table(QStringLiteral("committee_kind"));
    if (kinds && !kinds->contains(c.kind))
        return invalid(tr("Choose the kind of committee.")).error();
    Result<QVariant> clash = Query::scalar(db, QStringLiteral("SELECT uuid FROM committee WHERE name = :n AND deleted = 0 AND uuid <> :u"),
                                           {{QStringLiteral(":n"), c.name.trimmed()}, {QStringLiteral(":u"), c.uuid}},
                                           tr("reading the committees"));
    if (!clash)
        return clash.error();
    if (!clash->isNull())
        return Result<QString>::failure(ErrorCode::Conflict, tr("A committee of this name exists already."));
    return saveRow(db, access, MediationEntities::committee(), c.uuid,
                   {{QStringLiteral("name"), c.name.trimmed()},
                    {QStringLiteral("kind"), c.kind},
                    {QStringLiteral("division_code"), c.divisionCode},
                    {QStringLiteral("address"), c.address.trimmed()},
                    {QStringLiteral("note"), c.note.trimmed()}});
}

Status MediationSetup::removeCommittee(Database &db, const Access &access, const QString &uuid, const QString &reason)
{
    Result<QVariant> used = Query::scalar(db, QStringLiteral("SELECT count(*) FROM dispute WHERE committee_uuid = :u AND deleted = 0"),
                                          {{QStringLiteral(":u"), uuid}}, tr("reading the committees"));
    if (!used)
        return used.status();
    if (used->toLongLong() > 0) {
        return Status::failure(ErrorCode::Conflict,
                               tr("%n case(s) name this committee; it stays so that they keep their committee.", "",
                                  static_cast<int>(used->toLongLong())));
    }
    return removeRow(db, access, MediationEntities::committee(), uuid, reason);
}

Result<QList<Mediator>> MediationSetup::mediators(const Database &db, bool activeOnly)
{
    Query q(db, QStringLiteral("SELECT uuid, name, person_uuid, committee_uuid, full_time, phone, username, appointed_date, "
                               "active FROM mediator WHERE deleted = 0%1 ORDER BY active DESC, name")
                    .arg(activeOnly ? QStringLiteral(" AND active = 1") : QString()));
    if (Status s = q.exec(tr("reading the mediators")); !s.ok())
        return s.error();
    QList<Mediator> out;
    while (q.next()) {
        Mediator m;
        m.uuid = q.text(0);
        m.name = q.text(1);
        m.personUuid = q.text(2);
        m.committeeUuid = q.text(3);
        m.fullTime = q.integer(4) != 0;
        m.phone = q.text(5);
        m.username = q.text(6);
        m.appointedDate = fromStoredDate(q.text(7));
        m.active = q.integer(8) != 0;
        out << m;
    }
    return out;
}

Result<QString> MediationSetup::saveMediator(Database &db, const Access &access, const Mediator &m)
{
    if (m.name.trimmed().isEmpty())
        return invalid(tr("Enter the mediator's name.")).error();
    if (m.appointedDate.isValid() && m.appointedDate > Clock::today())
        return invalid(tr("The appointment date lies in the future.")).error();
    if (!m.username.isEmpty()) {
        if (!Users::find(db, m.username))
            return invalid(tr("There is no SifaDesk account named %1.").arg(m.username)).error();
        Result<QVariant> clash = Query::scalar(
            db, QStringLiteral("SELECT name FROM mediator WHERE username = :n AND deleted = 0 AND uuid <> :u"),
            {{QStringLiteral(":n"), m.username}, {QStringLiteral(":u"), m.uuid}}, tr("reading the mediators"));
        if (!clash)
            return clash.error();
        if (!clash->isNull()) {
            return Result<QString>::failure(ErrorCode::Conflict,
                                            tr("The account %1 belongs to the mediator %2 already.")
                                                .arg(m.username, clash->toString()));
        }
    }
    return saveRow(db, access, MediationEntities::mediator(), m.uuid,
                   {{QStringLiteral("name"), m.name.trimmed()},
                    {QStringLiteral("person_uuid"), m.personUuid},
                    {QStringLiteral("committee_uuid"), m.committeeUuid},
                    {QStringLiteral("full_time"), m.fullTime ? 1 : 0},
                    {QStringLiteral("phone"), m.phone.trimmed()},
                    {QStringLiteral("username"), m.username},
                    {QStringLiteral("appointed_date"), toStoredDate(m.appointedDate)},
                    {QStringLiteral("active"), m.active ? 1 : 0}});
}

Result<QString> MediationSetup::mediatorForUser(const Database &db, const QString &username)
{
    Result<QVariant> v = Query::scalar(db, QStringLiteral("SELECT uuid FROM mediator WHERE username = :n AND deleted = 0 LIMIT 1"),
                                       {{QStringLiteral(":n"), username}}, tr("reading the mediators"));
    if (!v)
        return v.error();
    return v->toString();
}

Result<QList<Screening>> MediationSetup::screenings(const Database &db, const QString &period)
{
    Query q(db, QStringLiteral("SELECT uuid, screening_date, period, scope, method, found_count, prevented_count, reporter, "
                               "committee_uuid, zero_report, note FROM screening WHERE deleted = 0%1 "
                               "ORDER BY screening_date DESC, created_at DESC")
                    .arg(period.isEmpty() ? QString() : QStringLiteral(" AND period = :p")));
    if (!period.isEmpty())
        q.bind(QStringLiteral(":p"), period);
    if (Status s = q.exec(tr("reading the screening log")); !s.ok())
        return s.error();
    QList<Screening> out;
    while (q.next()) {
        Screening s;
        s.uuid = q.text(0);
        s.date = fromStoredDate(q.text(1));
        s.period = q.text(2);
        s.scope = q.text(3);
        s.method = q.text(4);
        s.foundCount = static_cast<int>(q.integer(5));
        s.preventedCount = static_cast<int>(q.integer(6));
        s.reporter = q.text(7);
        s.committeeUuid = q.text(8);
        s.zeroReport = q.integer(9) != 0;
        s.note = q.text(10);
        out << s;
    }
    return out;
}

Result<QString> MediationSetup::saveScreening(Database &db, const Access &access, const Screening &s)
{
    if (!s.date.isValid())
        return invalid(tr("Enter the date of the screening.")).error();
    if (s.date > Clock::today())
        return invalid(tr("The screening date lies in the future.")).error();
    if (!s.zeroReport && s.scope.trimmed().isEmpty())
        return invalid(tr("Describe where and among whom the screening took place.")).error();
    if (s.foundCount < 0 || s.preventedCount < 0)
        return invalid(tr("Counts cannot be negative.")).error();
    if (s.preventedCount > s.foundCount)
        return invalid(tr("More disputes cannot be prevented than were found.")).error();
    if (s.zeroReport && s.foundCount > 0)
        return invalid(tr("A zero report finds no disputes.")).error();
    if (s.reporter.trimmed().isEmpty())
        return invalid(tr("Name who screened.")).error();
    const QString period = s.period.isEmpty() ? s.date.toString(QStringLiteral("yyyy-MM")) : s.period;
    if (!validPeriod(period))
        return invalid(tr("A reporting month is written as yyyy-mm.")).error();
    return saveRow(db, access, MediationEntities::screening(), s.uuid,
                   {{QStringLiteral("screening_date"), toStoredDate(s.date)},
                    {QStringLiteral("period"), period},
                    {QStringLiteral("scope"), s.scope.trimmed()},
                    {QStringLiteral("method"), s.method.trimmed()},
                    {QStringLiteral("found_count"), s.foundCount},
                    {QStringLiteral("prevented_count"), s.preventedCount},
                    {QStringLiteral("reporter"), s.reporter.trimmed()},
                    {QStringLiteral("committee_uuid"), s.committeeUuid},
                    {QStringLiteral("zero_report"), s.zeroReport ? 1 : 0},
                    {QStringLiteral("note"), s.note.trimmed()}});
}

Status MediationSetup::removeScreening(Database &db, const Access &access, const QString &uuid, const QString &reason)
{
    Result<QVariant> used = Query::scalar(db, QStringLiteral("SELECT count(*) FROM dispute WHERE screening_uuid = :u AND deleted = 0"),
                                          {{QStringLiteral(":u"), uuid}}, tr("reading the screening log"));
    if (!used)
        return used.status();
    if (used->toLongLong() > 0)
        return Status::failure(ErrorCode::Conflict, tr("Cases found by this screening are linked to it; it stays."));
    return removeRow(db, access, MediationEntities::screening(), uuid, reason);
}

Result<QString> MediationSetup::fileZeroReport(Database &db, const Access &access, const QString &period,
                                               const QString &reporter, const QDate &date)
{
    if (!validPeriod(period))
        return invalid(tr("A reporting month is written as yyyy-mm.")).error();
    if (periodStart(period) > Clock::today())
        return invalid(tr("A month that has not begun cannot be reported.")).error();
    Result<MonthReport> m = month(db, period);
    if (!m)
        return m.error();
    if (m->zeroReport)
        return Result<QString>::failure(ErrorCode::Conflict, tr("The zero report of %1 is filed already.").arg(period));
    if (m->found > 0) {
        return Result<QString>::failure(ErrorCode::Conflict,
                                        tr("Screening in %1 found %2 dispute(s); a zero report is for a month without any.")
                                            .arg(period)
                                            .arg(m->found));
    }
    Screening s;
    s.date = date.isValid() ? date : Clock::today();
    s.period = period;
    s.zeroReport = true;
    s.reporter = reporter;
    s.scope = tr("Zero report: no disputes found in %1").arg(period);
    return saveScreening(db, access, s);
}

Result<MediationSetup::MonthReport> MediationSetup::month(const Database &db, const QString &period)
{
    if (!validPeriod(period))
        return invalid(tr("A reporting month is written as yyyy-mm.")).error();
    Query q(db, QStringLiteral("SELECT count(*) FILTER (WHERE zero_report = 0), coalesce(sum(found_count), 0), "
                               "coalesce(sum(prevented_count), 0), coalesce(max(zero_report), 0) "
                               "FROM screening WHERE deleted = 0 AND period = :p"),
            Query::Cached);
    q.bind(QStringLiteral(":p"), period);
    if (Status s = q.exec(tr("reading the screening log")); !s.ok())
        return s.error();
    MonthReport r;
    r.period = period;
    if (q.next()) {
        r.screenings = static_cast<int>(q.integer(0));
        r.found = static_cast<int>(q.integer(1));
        r.prevented = static_cast<int>(q.integer(2));
        r.zeroReport = q.integer(3) != 0;
    }
    r.due = Rules::instance().due(QStringLiteral("mediation.screening_report_due"), periodStart(period));
    return r;
}

}  // namespace sifa
