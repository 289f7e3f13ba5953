#include "mediation/DisputeService.h"

#include "codes/CodeTables.h"
#include "mediation/DisputeWrite.h"
#include "mediation/MediationCodes.h"
#include "mediation/MediationEntities.h"
#include "people/PersonRepository.h"
#include "people/PersonService.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "sync/ChangeLog.h"
#include "util/Time.h"

#include <QSet>

namespace sifa {

using namespace mediation_detail;

namespace {

Error fieldError(const QString &field, const QString &message)
{
    return Error{ErrorCode::InvalidInput, message, field, {}};
}

bool exists(const Database &db, const QString &table, const QString &uuid)
{
    Result<QVariant> v = Query::scalar(db, QStringLiteral("SELECT 1 FROM %1 WHERE uuid = :u AND deleted = 0").arg(table),
                                       {{QStringLiteral(":u"), uuid}}, QString(), 0);
    return v && v->toInt() == 1;
}

// A person party is linked to the people index: an existing person, the person with the
// same ID number, or a new entry. Name, ID number and phone are kept on the party as given.
Result<DisputeParty> linkPerson(Database &db, const Access &access, DisputeParty party)
{
    if (party.kind != QLatin1String("person") || !party.personUuid.isEmpty()) {
        if (!party.personUuid.isEmpty()) {
            Result<Person> p = PersonRepository::get(db, party.personUuid);
            if (!p)
                return p.error();
            if (party.name.trimmed().isEmpty())
                party.name = p->name;
            if (party.idNumber.isEmpty())
                party.idNumber = p->idNumber;
            if (party.phone.isEmpty())
                party.phone = p->phone;
        }
        return party;
    }
    Person person;
    person.name = party.name;
    person.idNumber = party.idNumber;
    person.phone = party.phone;
    person.residenceAddress = party.address;
    const Person n = PersonService::normalized(person, Clock::today());
    if (!n.idNumber.isEmpty()) {
        Result<std::optional<Person>> found = PersonRepository::findByIdNumber(db, n.idType, n.idNumber);
        if (!found)
            return found.error();
        if (found->has_value()) {
            party.personUuid = found->value().uuid;
            party.idNumber = n.idNumber;
            return party;
        }
    }
    Result<PersonSaveResult> created = PersonService::create(db, access, person);
    if (!created) {
        Error e = created.error();
        e.message = DisputeService::tr("Party %1: %2").arg(party.name, e.message);
        return e;
    }
    party.personUuid = created->uuid;
    party.idNumber = n.idNumber;
    return party;
}

Status saveParties(Database &db, const Access &access, const QString &disputeUuid, const QList<DisputeParty> &parties)
{
    Result<QList<DisputeParty>> current = DisputeRepository::parties(db, disputeUuid);
    if (!current)
        return current.status();
    QSet<QString> kept;
    int seq = 0;
    for (DisputeParty p : parties) {
        Result<DisputeParty> linked = linkPerson(db, access, p);
        if (!linked)
            return linked.status();
        p = *linked;
        p.disputeUuid = disputeUuid;
        p.seq = ++seq;
        if (p.uuid.isEmpty())
            p.uuid = newUuid();
        kept.insert(p.uuid);
        QVariantMap fields = p.fields();
        fields.insert(QStringLiteral("office_code"), officeCode(db));
        if (Status s = save(db, access, MediationEntities::party(), p.uuid, fields); !s.ok())
            return s;
    }
    for (const DisputeParty &old : *current) {
        if (!kept.contains(old.uuid)) {
            Result<QString> op = ChangeLog::remove(db, access.actor(), MediationEntities::party(), old.uuid,
                                                   DisputeService::tr("removed from the case"));
            if (!op)
                return op.status();
        }
    }
    return {};
}

}  // namespace

QList<Error> DisputeService::validate(const Database &db, const Dispute &d, const QDate &today)
{
    QList<Error> errors;
    if (!MediationCodes::contains(MediationCodes::sources(), d.source))
        errors << fieldError(QStringLiteral("source"), tr("Choose where the dispute came from."));
    if (d.source == QLatin1String("referral") && d.referralKind.isEmpty())
        errors << fieldError(QStringLiteral("referral_kind"), tr("Name the body that referred the dispute."));
    if (d.source == QLatin1String("screening") && d.screeningUuid.isEmpty())
        errors << fieldError(QStringLiteral("screening_uuid"), tr("Choose the screening that found the dispute."));
    if (!d.screeningUuid.isEmpty() && !exists(db, QStringLiteral("screening"), d.screeningUuid))
        errors << fieldError(QStringLiteral("screening_uuid"), tr("The screening this dispute is linked to does not exist."));
    const CodeTable *types = CodeTables::instance().table(QStringLiteral("dispute_type"));
    if (d.disputeType.isEmpty() || (types && !types->contains(d.disputeType)))
        errors << fieldError(QStringLiteral("dispute_type"), tr("Choose the type of dispute."));
    if (!d.registeredDate.isValid())
        errors << fieldError(QStringLiteral("registered_date"), tr("Enter the registration date."));
    else if (d.registeredDate > today)
        errors << fieldError(QStringLiteral("registered_date"), tr("The registration date lies in the future."));
    if (d.summary.trimmed().isEmpty())
        errors << fieldError(QStringLiteral("summary"), tr("Describe the dispute briefly."));
    if (d.personsInvolved < 0 || d.amountInvolvedFen < 0)
        errors << fieldError(QStringLiteral("persons_involved"), tr("Numbers of persons and amounts cannot be negative."));
    if (!MediationCodes::contains(MediationCodes::riskLevels(), d.riskLevel))
        errors << fieldError(QStringLiteral("risk_level"), tr("Choose a risk level: red, orange, yellow or none."));
    if (d.isGroup && d.groupHeadcount < 2)
        errors << fieldError(QStringLiteral("group_headcount"), tr("A group dispute needs the number of people in it."));
    for (const auto &[cases, persons] : {std::pair{d.preventCriminalCases, d.preventCriminalPersons},
                                         std::pair{d.preventPetitionCases, d.preventPetitionPersons},
                                         std::pair{d.preventFightCases, d.preventFightPersons},
                                         std::pair{d.preventSuicideCases, d.preventSuicidePersons}}) {
        if (cases < 0 || cases > 1 || persons < 0 || (cases == 1 && persons < 1) || (cases == 0 && persons > 0)) {
            errors << fieldError(QStringLiteral("prevention"),
                                 tr("A prevented outcome counts this case once and at least one person; without the "
                                    "case there are no persons."));
            break;
        }
    }
    if (!d.committeeUuid.isEmpty() && !exists(db, QStringLiteral("committee"), d.committeeUuid))
        errors << fieldError(QStringLiteral("committee_uuid"), tr("The committee does not exist."));
    for (const QString &m : {d.leadMediatorUuid, d.assistMediatorUuid}) {
        if (!m.isEmpty() && !exists(db, QStringLiteral("mediator"), m))
            errors << fieldError(QStringLiteral("lead_mediator_uuid"), tr("The mediator does not exist."));
    }
    if (!d.leadMediatorUuid.isEmpty() && d.leadMediatorUuid == d.assistMediatorUuid)
        errors << fieldError(QStringLiteral("assist_mediator_uuid"), tr("The assisting mediator must be someone else."));

    int applicants = 0, respondents = 0;
    for (const DisputeParty &p : d.parties) {
        if (p.deleted)
            continue;
        if (!MediationCodes::contains(MediationCodes::partyRoles(), p.role))
            errors << fieldError(QStringLiteral("parties"), tr("Party %1 has no valid role.").arg(p.name));
        if (p.kind != QLatin1String("person") && p.kind != QLatin1String("org"))
            errors << fieldError(QStringLiteral("parties"), tr("Party %1 must be a person or an organisation.").arg(p.name));
        if (p.name.trimmed().isEmpty() && p.personUuid.isEmpty())
            errors << fieldError(QStringLiteral("parties"), tr("Every party needs a name."));
        applicants += p.role == QLatin1String("applicant") ? 1 : 0;
        respondents += p.role == QLatin1String("respondent") ? 1 : 0;
    }
    if (applicants == 0 && respondents == 0)
        errors << fieldError(QStringLiteral("parties"), tr("A dispute needs at least one party on each side, or at least one applicant."));
    else if (d.source == QLatin1String("application") && applicants == 0)
        errors << fieldError(QStringLiteral("parties"), tr("A dispute brought by application needs its applicant."));
    return errors;
}

Result<QString> DisputeService::registerDispute(Database &db, const Access &access, const Dispute &dispute)
{
    if (Status s = access.require(db, Permission::MediationWrite); !s.ok())
        return s.error();
    Dispute d = dispute;
    if (!d.registeredDate.isValid())
        d.registeredDate = Clock::today();
    if (d.registrar.isEmpty())
        d.registrar = access.username();
    const QList<Error> errors = validate(db, d, Clock::today());
    if (!errors.isEmpty())
        return errors.first();
    Transaction tx(db);
    if (!tx.ok())
        return tx.status().error();
    d.uuid = newUuid();
    QVariantMap fields = d.registrationFields();
    fields.insert(QStringLiteral("office_code"), officeCode(db));
    fields.insert(QStringLiteral("status"), DisputeStatus::Registered);
    if (!d.caseNo.isEmpty())
        fields.insert(QStringLiteral("case_no"), d.caseNo);
    if (Status s = save(db, access, MediationEntities::dispute(), d.uuid, fields); !s.ok())
        return s.error();
    if (Status s = saveParties(db, access, d.uuid, d.parties); !s.ok())
        return s.error();
    if (Status s = tx.commit(); !s.ok())
        return s.error();
    return d.uuid;
}

Status DisputeService::updateRegistration(Database &db, const Access &access, const Dispute &dispute)
{
    Result<Dispute> current = loadForAction(db, access, dispute.uuid, DisputeWorkflow::Action::EditRegistration);
    if (!current)
        return current.status();
    const QList<Error> errors = validate(db, dispute, Clock::today());
    if (!errors.isEmpty())
        return errors.first();
    Transaction tx(db);
    if (!tx.ok())
        return tx.status();
    if (Status s = save(db, access, MediationEntities::dispute(), dispute.uuid, dispute.registrationFields()); !s.ok())
        return s;
    if (Status s = saveParties(db, access, dispute.uuid, dispute.parties); !s.ok())
        return s;
    return tx.commit();
}

Result<DisputeFile> DisputeService::open(Database &db, const Access &access, const QString &uuid)
{
    if (Status s = access.require(db, Permission::MediationRead); !s.ok())
        return s.error();
    return DisputeRepository::file(db, uuid);
}

Result<QList<DisputeListItem>> DisputeService::ledger(Database &db, const Access &access, const LedgerQuery &query)
{
    if (Status s = access.require(db, Permission::MediationRead); !s.ok())
        return s.error();
    return DisputeRepository::list(db, query);
}

Result<qint64> DisputeService::ledgerCount(Database &db, const Access &access, const LedgerQuery &query)
{
    if (Status s = access.require(db, Permission::MediationRead); !s.ok())
        return s.error();
    return DisputeRepository::count(db, query);
}

}  // namespace sifa
