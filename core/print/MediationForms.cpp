// The values of the mediation forms, read from a case through the mediation services (so a form
// is read with exactly the permission that opens the case) and the people index.
#include "print/MediationForms.h"

#include "codes/CodeTables.h"
#include "codes/Divisions.h"
#include "domain/Office.h"
#include "mediation/DisputeRepository.h"
#include "mediation/DisputeService.h"
#include "mediation/MediationCodes.h"
#include "mediation/MediationSetup.h"
#include "people/IdNumber.h"
#include "people/PersonRepository.h"
#include "security/Users.h"
#include "settings/DbSettings.h"
#include "storage/Database.h"
#include "util/Time.h"

#include <QHash>

#include <limits>

namespace sifa {

namespace {

const QString &listSeparator()
{
    static const QString s = QStringLiteral("、");
    return s;
}

QString isoDate(const QDate &d)
{
    return d.isValid() ? toStoredDate(d) : QString();
}

QString positive(qint64 n)
{
    return n > 0 ? QString::number(n) : QString();
}

// Only what is known is set: a missing value keeps its room on the form.
void put(FormData &data, const QString &key, const QString &value)
{
    if (!value.trimmed().isEmpty())
        data.set(key, value.trimmed());
}

void put(FormData::Item &item, const QString &key, const QString &value)
{
    if (!value.trimmed().isEmpty())
        item.insert(key, value.trimmed());
}

// Item values under a prefix, as the form's own values (the copy of one record or visit).
void putAll(FormData &data, const QString &prefix, const FormData::Item &item)
{
    for (auto it = item.cbegin(); it != item.cend(); ++it)
        data.set(prefix + QLatin1Char('.') + it.key(), it.value());
}

bool isCaseForm(const QString &id)
{
    return MediationForms::caseForms().contains(id);
}

// What a case's forms read besides the case file: names behind the uuids.
struct CaseContext {
    DisputeFile file;
    QHash<QString, QString> mediators;  // uuid → name
    Committee committee;
};

Result<CaseContext> contextOf(const Database &db, DisputeFile file)
{
    CaseContext c;
    c.file = std::move(file);
    Result<QList<Mediator>> mediators = MediationSetup::mediators(db);
    if (!mediators)
        return mediators.error();
    for (const Mediator &m : *mediators)
        c.mediators.insert(m.uuid, m.name);
    Result<QList<Committee>> committees = MediationSetup::committees(db);
    if (!committees)
        return committees.error();
    for (const Committee &committee : *committees) {
        if (committee.uuid == c.file.dispute.committeeUuid)
            c.committee = committee;
    }
    return c;
}

// The registrar is kept as the account that registered the case; the form names the person.
QString personName(const Database &db, const QString &username)
{
    if (username.isEmpty())
        return username;
    Result<UserInfo> user = Users::find(db, username);
    return user && !user->displayName.isEmpty() ? user->displayName : username;
}

QString caseTitle(const Dispute &d)
{
    if (!d.title.trimmed().isEmpty())
        return d.title.trimmed();
    const QString names = d.displayTitle();
    const CodeTable *types = CodeTables::instance().table(QStringLiteral("dispute_type"));
    const QString type = types ? types->name(d.disputeType) : QString();
    return names.isEmpty() ? type : names + type;
}

QString address(const Person &p)
{
    if (!p.residenceAddress.trimmed().isEmpty())
        return Divisions::instance().localName(p.residenceDivision) + p.residenceAddress.trimmed();
    if (!p.hukouAddress.trimmed().isEmpty())
        return Divisions::instance().localName(p.hukouDivision) + p.hukouAddress.trimmed();
    return QString();
}

// A party as the forms print it: the party's own record (name, phone, address as given on the
// application), completed from the people index (sex, ethnicity, age, occupation).
Result<FormData::Item> partyItem(const Database &db, const DisputeParty &p, const QDate &on)
{
    FormData::Item it;
    put(it, QStringLiteral("name"), p.name);
    put(it, QStringLiteral("kind"), p.kind);
    put(it, QStringLiteral("role"), MediationCodes::roleLabel(p.role));
    put(it, QStringLiteral("legal_rep"), p.legalRep);
    put(it, QStringLiteral("phone"), p.phone);
    put(it, QStringLiteral("address"), p.address);
    put(it, QStringLiteral("id_number"), p.idNumber);
    if (p.kind != QLatin1String("person"))
        return it;

    Person person;
    if (!p.personUuid.isEmpty()) {
        Result<Person> found = PersonRepository::get(db, p.personUuid);
        if (found)
            person = *found;
        else if (found.code() != ErrorCode::NotFound)
            return found.error();
    }
    QString sex = person.sex;
    QDate birth = person.birthDate;
    const QString idNumber = p.idNumber.isEmpty() ? person.idNumber : p.idNumber;
    if ((sex != QLatin1String("1") && sex != QLatin1String("2")) || !birth.isValid()) {
        const IdCheck id = IdNumbers::checkResident(idNumber, Clock::today());
        if (id.ok()) {
            if (sex != QLatin1String("1") && sex != QLatin1String("2"))
                sex = id.sexCode;
            if (!birth.isValid())
                birth = id.birthDate;
        }
    }
    if (sex == QLatin1String("1") || sex == QLatin1String("2"))
        put(it, QStringLiteral("sex"), sex);
    put(it, QStringLiteral("ethnicity"), person.ethnicity);
    put(it, QStringLiteral("birth"), isoDate(birth));
    if (birth.isValid() && on.isValid() && birth <= on)
        put(it, QStringLiteral("age"), QString::number(ageOn(birth, on)));
    put(it, QStringLiteral("occupation"), person.occupation);
    put(it, QStringLiteral("employer"), person.employer);
    if (!it.contains(QStringLiteral("phone")))
        put(it, QStringLiteral("phone"), person.phone);
    if (!it.contains(QStringLiteral("address"))) {
        const QString home = address(person);
        put(it, QStringLiteral("address"), home.isEmpty() ? person.employer : home);
    }
    put(it, QStringLiteral("id_number"), idNumber);
    return it;
}

// The parties in their lists, and the summary values for sentences ("调解张三、李四之间的纠纷").
Status putParties(const Database &db, const Dispute &d, const QDate &on, FormData &data)
{
    QStringList applicants;
    QStringList respondents;
    QStringList thirds;
    for (const DisputeParty &p : d.parties) {
        if (p.deleted)
            continue;
        Result<FormData::Item> item = partyItem(db, p, on);
        if (!item)
            return item.status();
        if (p.role == QLatin1String("applicant")) {
            applicants << p.name;
            data.append(QStringLiteral("applicants"), *item);
        } else if (p.role == QLatin1String("respondent")) {
            respondents << p.name;
            data.append(QStringLiteral("respondents"), *item);
        } else if (p.role == QLatin1String("third")) {
            thirds << p.name;
            data.append(QStringLiteral("thirds"), *item);
        } else {
            data.append(QStringLiteral("agents"), *item);
            continue;
        }
        data.append(QStringLiteral("parties"), *item);
    }
    put(data, QStringLiteral("parties.names"), (applicants + respondents).join(listSeparator()));
    put(data, QStringLiteral("parties.applicants"), applicants.join(listSeparator()));
    put(data, QStringLiteral("parties.respondents"), respondents.join(listSeparator()));
    put(data, QStringLiteral("parties.thirds"), thirds.join(listSeparator()));
    put(data, QStringLiteral("parties.count"), positive(applicants.size() + respondents.size() + thirds.size()));
    return {};
}

QString clauseHeading(int seq)
{
    return MediationForms::chineseNumber(seq) + QStringLiteral("、");
}

void putAgreement(const Agreement &a, int parties, FormData &data)
{
    put(data, QStringLiteral("agreement.no"), a.agreementNo);
    put(data, QStringLiteral("agreement.form"), MediationCodes::formLabel(a.form));
    put(data, QStringLiteral("agreement.date"), isoDate(a.agreedDate));
    put(data, QStringLiteral("agreement.effective"), isoDate(a.effectiveDate));
    put(data, QStringLiteral("agreement.facts"), a.facts);
    put(data, QStringLiteral("agreement.method"), a.performanceMethod);
    put(data, QStringLiteral("agreement.deadline"), isoDate(a.performanceDeadline));
    // One for each party and one kept by the committee (人民调解法 Art. 29), unless recorded.
    const int copies = a.copies > 0 ? a.copies : (a.form == QLatin1String("written") ? parties + 1 : 0);
    put(data, QStringLiteral("agreement.copies"), positive(copies));
    put(data, QStringLiteral("agreement.copies_cn"), copies > 0 ? MediationForms::chineseNumber(copies) : QString());
    put(data, QStringLiteral("agreement.amount"), positive(a.amountFen));
    if (!a.performanceStatus.isEmpty())
        put(data, QStringLiteral("agreement.performance"), MediationCodes::performanceLabel(a.performanceStatus));
    put(data, QStringLiteral("agreement.performance_date"), isoDate(a.performanceDate));
    QStringList terms;
    int seq = 0;
    for (const AgreementClause &c : a.clauses) {
        if (c.deleted)
            continue;
        ++seq;
        FormData::Item it;
        put(it, QStringLiteral("seq"), QString::number(seq));
        put(it, QStringLiteral("heading"), clauseHeading(seq));
        put(it, QStringLiteral("text"), c.text);
        put(it, QStringLiteral("amount"), positive(c.amountFen));
        put(it, QStringLiteral("due"), isoDate(c.dueDate));
        data.append(QStringLiteral("clauses"), it);
        terms << clauseHeading(seq) + c.text.trimmed();
    }
    put(data, QStringLiteral("agreement.terms"), terms.join(QLatin1Char('\n')));
}

FormData::Item recordItem(const DisputeRecord &r, int seq)
{
    FormData::Item it;
    put(it, QStringLiteral("seq"), QString::number(seq));
    put(it, QStringLiteral("time"), r.time.isValid() ? r.time.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString());
    put(it, QStringLiteral("date"), r.time.isValid() ? isoDate(r.time.date()) : QString());
    put(it, QStringLiteral("place"), r.place);
    put(it, QStringLiteral("staff"), r.staff);
    put(it, QStringLiteral("subjects"), r.subjects);
    put(it, QStringLiteral("participants"), r.participants);
    put(it, QStringLiteral("recorder"), r.recorder);
    put(it, QStringLiteral("content"), r.content);
    return it;
}

FormData::Item visitItem(const ReturnVisit &v, int seq)
{
    FormData::Item it;
    put(it, QStringLiteral("seq"), QString::number(seq));
    put(it, QStringLiteral("date"), isoDate(v.visitDate));
    put(it, QStringLiteral("visitor"), v.visitor);
    put(it, QStringLiteral("visited"), v.visited);
    if (!v.performance.isEmpty())
        put(it, QStringLiteral("performance"), MediationCodes::performanceLabel(v.performance));
    if (!v.satisfaction.isEmpty())
        put(it, QStringLiteral("satisfaction"), MediationCodes::satisfactionLabel(v.satisfaction));
    put(it, QStringLiteral("sued"), v.sued ? MediationForms::tr("Yes") : MediationForms::tr("No"));
    put(it, QStringLiteral("situation"), v.situation);
    put(it, QStringLiteral("measures"), v.measures);
    return it;
}

bool terminated(const Dispute &d)
{
    return d.result == QLatin1String("terminated") || d.result == QLatin1String("failed")
           || d.status == DisputeStatus::Terminated;
}

QString mediatorsOf(const CaseContext &c)
{
    QStringList names;
    for (const QString &uuid : {c.file.dispute.leadMediatorUuid, c.file.dispute.assistMediatorUuid}) {
        const QString name = c.mediators.value(uuid);
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    return names.join(listSeparator());
}

// Everything of the case that any of its forms prints. `on`: the day ages are counted to.
Result<FormData> caseValues(const Database &db, const CaseContext &c, const QDate &on)
{
    const Dispute &d = c.file.dispute;
    FormData data = MediationForms::officeValues(db);
    put(data, QStringLiteral("committee.name"), c.committee.name);
    put(data, QStringLiteral("committee.address"), c.committee.address);

    put(data, QStringLiteral("case.no"), d.caseNo);
    put(data, QStringLiteral("case.title"), caseTitle(d));
    put(data, QStringLiteral("case.registered"), isoDate(d.registeredDate));
    put(data, QStringLiteral("case.accepted"), isoDate(d.acceptedDate));
    put(data, QStringLiteral("case.source"), MediationCodes::sourceLabel(d.source));
    put(data, QStringLiteral("case.referral_kind"), d.referralKind);
    put(data, QStringLiteral("case.referral_body"), d.referralBody);
    put(data, QStringLiteral("case.type"), d.disputeType);
    put(data, QStringLiteral("case.summary"), d.summary);
    put(data, QStringLiteral("case.claims"), d.claims);
    put(data, QStringLiteral("case.amount"), positive(d.amountInvolvedFen));
    put(data, QStringLiteral("case.place"), d.place);
    put(data, QStringLiteral("case.persons"), positive(d.personsInvolved));
    put(data, QStringLiteral("case.lead_mediator"), c.mediators.value(d.leadMediatorUuid));
    put(data, QStringLiteral("case.assist_mediator"), c.mediators.value(d.assistMediatorUuid));
    put(data, QStringLiteral("case.mediators"), mediatorsOf(c));
    put(data, QStringLiteral("case.registrar"), personName(db, d.registrar));
    put(data, QStringLiteral("case.status"), MediationCodes::statusLabel(d.status));
    if (!d.result.isEmpty())
        put(data, QStringLiteral("case.result"), MediationCodes::resultLabel(d.result));
    put(data, QStringLiteral("case.result_date"), isoDate(d.resultDate));
    put(data, QStringLiteral("case.closed"), isoDate(d.closedDate));
    put(data, QStringLiteral("case.archived"), isoDate(d.archivedDate));
    put(data, QStringLiteral("case.filed_by"), d.filedBy);
    put(data, QStringLiteral("case.retention"), d.retention);
    put(data, QStringLiteral("case.termination_reason"), d.terminationReason);
    put(data, QStringLiteral("case.not_accepted_reason"), d.notAcceptedReason);
    // 调解日期 on the cover: from acceptance to the agreement or the end of mediation.
    put(data, QStringLiteral("case.mediation_from"), isoDate(d.acceptedDate.isValid() ? d.acceptedDate : d.registeredDate));
    QDate until = d.resultDate;
    if (!until.isValid() && c.file.agreement)
        until = c.file.agreement->agreedDate;
    put(data, QStringLiteral("case.mediation_to"), isoDate(until));

    if (Status s = putParties(db, d, on, data); !s.ok())
        return s.error();
    if (c.file.agreement) {
        const int parties = static_cast<int>(data.list(QStringLiteral("parties")).size());
        putAgreement(*c.file.agreement, parties, data);
    }
    int sessions = 0;
    int investigations = 0;
    for (const DisputeRecord &r : c.file.records) {
        const bool investigation = r.kind == QLatin1String("investigation");
        data.append(investigation ? QStringLiteral("investigations") : QStringLiteral("sessions"),
                    recordItem(r, investigation ? ++investigations : ++sessions));
    }
    int visits = 0;
    for (const ReturnVisit &v : c.file.visits)
        data.append(QStringLiteral("visits"), visitItem(v, ++visits));
    return data;
}

// The case with this number (full-width or ASCII brackets), or with this uuid.
Result<QString> findCase(const Database &db, const QString &caseNo)
{
    const QString no = caseNo.trimmed();
    if (no.isEmpty())
        return Result<QString>::failure(ErrorCode::InvalidInput, MediationForms::tr("Enter the case number."));
    QString wide = no;
    wide.replace(QLatin1Char('('), QChar(0xFF08)).replace(QLatin1Char(')'), QChar(0xFF09));
    for (const QString &candidate : {no, wide}) {
        Result<QString> uuid = DisputeRepository::findByCaseNo(db, candidate);
        if (!uuid)
            return uuid.error();
        if (!uuid->isEmpty())
            return *uuid;
    }
    Result<Dispute> byUuid = DisputeRepository::get(db, no);
    if (byUuid && !byUuid->deleted)
        return byUuid->uuid;
    if (!byUuid && byUuid.code() != ErrorCode::NotFound)
        return byUuid.error();
    return Result<QString>::failure(ErrorCode::NotFound, MediationForms::tr("There is no case numbered %1.").arg(no));
}

}  // namespace

Result<QString> MediationForms::caseUuid(const Database &db, const QString &caseNo)
{
    return findCase(db, caseNo);
}

const QStringList &MediationForms::caseForms()
{
    static const QStringList ids{
        QStringLiteral("cover"),         QStringLiteral("contents"),      QStringLiteral("application"),
        QStringLiteral("registration"),  QStringLiteral("rights-notice"), QStringLiteral("investigation"),
        QStringLiteral("session"),       QStringLiteral("agreement"),     QStringLiteral("oral-agreement"),
        QStringLiteral("visit"),         QStringLiteral("closing-report"), QStringLiteral("termination-notice"),
        QStringLiteral("back-cover")};
    return ids;
}

Result<QList<FormData>> MediationForms::fill(Database &db, const Access &access, const QString &caseNo,
                                             const QString &formId)
{
    if (!isCaseForm(formId)) {
        return Result<QList<FormData>>::failure(ErrorCode::InvalidInput,
                                                tr("There is no case form named \"%1\".").arg(formId));
    }
    // The permission first, so that a refused role does not learn which case numbers exist.
    if (Status s = access.require(db, Permission::MediationRead); !s.ok())
        return s.error();
    Result<QString> uuid = findCase(db, caseNo);
    if (!uuid)
        return uuid.error();
    Result<DisputeFile> file = DisputeService::open(db, access, *uuid);
    if (!file)
        return file.error();
    Result<CaseContext> context = contextOf(db, *file);
    if (!context)
        return context.error();
    const CaseContext &c = *context;
    const Dispute &d = c.file.dispute;
    const std::optional<Agreement> &agreement = c.file.agreement;

    // Ages as on the day the form was made: the agreement's day for agreements.
    QDate on = d.registeredDate.isValid() ? d.registeredDate : Clock::today();
    if ((formId == QLatin1String("agreement") || formId == QLatin1String("oral-agreement")) && agreement
        && agreement->agreedDate.isValid()) {
        on = agreement->agreedDate;
    }
    Result<FormData> values = caseValues(db, c, on);
    if (!values)
        return values.error();
    const FormData &data = *values;

    QList<FormData> copies;
    if (formId == QLatin1String("session") || formId == QLatin1String("investigation")) {
        const QList<FormData::Item> records =
            data.list(formId == QLatin1String("session") ? QStringLiteral("sessions") : QStringLiteral("investigations"));
        for (const FormData::Item &r : records) {
            FormData copy = data;
            putAll(copy, QStringLiteral("record"), r);
            copy.label = formId == QLatin1String("session")
                             ? tr("Session %1, %2").arg(r.value(QStringLiteral("seq")), r.value(QStringLiteral("time")))
                             : tr("Investigation %1, %2").arg(r.value(QStringLiteral("seq")), r.value(QStringLiteral("time")));
            copies << copy;
        }
    } else if (formId == QLatin1String("visit")) {
        for (const FormData::Item &v : data.list(QStringLiteral("visits"))) {
            FormData copy = data;
            putAll(copy, QStringLiteral("visit"), v);
            copy.label = tr("Return visit %1, %2").arg(v.value(QStringLiteral("seq")), v.value(QStringLiteral("date")));
            copies << copy;
        }
    } else if (formId == QLatin1String("agreement")) {
        if (agreement && agreement->form == QLatin1String("written")) {
            for (const FormData::Item &p : data.list(QStringLiteral("parties"))) {
                FormData copy = data;
                //: The copy of an agreement a party keeps; %1 the party's name (当事人 张三 执)
                copy.label = tr("Copy held by party %1").arg(p.value(QStringLiteral("name")));
                copies << copy;
            }
            FormData kept = data;
            //: The copy of an agreement kept in the committee's file (调委会留存)
            kept.label = tr("Copy kept by the committee");
            copies << kept;
        }
    } else if (formId == QLatin1String("oral-agreement")) {
        if (agreement && agreement->form == QLatin1String("oral"))
            copies << data;
    } else if (formId == QLatin1String("termination-notice")) {
        if (terminated(d))
            copies << data;
    } else {
        copies << data;
    }
    return copies;
}

Result<FormData> MediationForms::registerData(Database &db, const Access &access, const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || from > to)
        return Result<FormData>::failure(ErrorCode::InvalidInput, tr("Choose a period whose start is not after its end."));
    FormData data = officeValues(db);
    put(data, QStringLiteral("period.from"), isoDate(from));
    put(data, QStringLiteral("period.to"), isoDate(to));

    // The ledger in registration order, from the day before the period (keyset paging), until
    // past its end.
    LedgerQuery query;
    query.sort = LedgerQuery::Sort::Registered;
    query.descending = false;
    query.limit = 500;
    query.after = qMakePair(QVariant(toStoredDate(from.addDays(-1))), std::numeric_limits<qint64>::max());
    QHash<QString, QString> mediators;
    bool more = true;
    while (more) {
        Result<QList<DisputeListItem>> page = DisputeService::ledger(db, access, query);
        if (!page)
            return page.error();
        more = page->size() >= query.limit;
        for (const DisputeListItem &item : *page) {
            if (item.registeredDate > to) {
                more = false;
                break;
            }
            if (item.registeredDate < from)
                continue;
            Result<Dispute> d = DisputeRepository::get(db, item.uuid);
            if (!d)
                return d.error();
            if (mediators.isEmpty()) {
                Result<QList<Mediator>> all = MediationSetup::mediators(db);
                if (!all)
                    return all.error();
                for (const Mediator &m : *all)
                    mediators.insert(m.uuid, m.name);
            }
            QStringList names;
            for (const QString &uuid : {d->leadMediatorUuid, d->assistMediatorUuid}) {
                if (!mediators.value(uuid).isEmpty())
                    names << mediators.value(uuid);
            }
            FormData::Item it;
            put(it, QStringLiteral("no"), item.caseNo);
            put(it, QStringLiteral("registered"), isoDate(item.registeredDate));
            put(it, QStringLiteral("accepted"), isoDate(item.acceptedDate));
            put(it, QStringLiteral("parties"), item.parties);
            put(it, QStringLiteral("type"), item.disputeType);
            put(it, QStringLiteral("source"), MediationCodes::sourceLabel(item.source));
            put(it, QStringLiteral("summary"), d->summary);
            put(it, QStringLiteral("lead_mediator"), item.leadMediator);
            put(it, QStringLiteral("mediators"), names.join(listSeparator()));
            put(it, QStringLiteral("status"), MediationCodes::statusLabel(item.status));
            if (!item.result.isEmpty())
                put(it, QStringLiteral("result"), MediationCodes::resultLabel(item.result));
            else if (item.status == DisputeStatus::NotAccepted)
                put(it, QStringLiteral("result"), MediationCodes::statusLabel(item.status));
            put(it, QStringLiteral("closed"), isoDate(item.closedDate));
            put(it, QStringLiteral("note"), d->terminationReason.isEmpty() ? d->notAcceptedReason : d->terminationReason);
            data.append(QStringLiteral("cases"), it);
        }
        if (!page->isEmpty())
            query.after = qMakePair(DisputeRepository::sortValue(page->last(), query.sort), page->last().rowid);
    }
    return data;
}

FormData MediationForms::officeValues(const Database &db)
{
    const OfficeInfo office = Office::info(db);
    FormData data;
    put(data, QStringLiteral("office.name"), office.name);
    put(data, QStringLiteral("office.code"), office.code);
    put(data, QStringLiteral("office.abbreviation"), DbSettings::get(db, DbSettings::OfficeAbbreviation));
    put(data, QStringLiteral("office.division"), office.divisionName);
    put(data, QStringLiteral("today"), isoDate(Clock::today()));
    return data;
}

QString MediationForms::chineseNumber(int n)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (n < 0 || n > 99)
        return QString::number(n);
    if (n < 10)
        return QString(digits.at(n));
    const int tens = n / 10;
    const int ones = n % 10;
    QString out = tens == 1 ? QString() : QString(digits.at(tens));
    out += QStringLiteral("十");
    if (ones > 0)
        out += digits.at(ones);
    return out;
}

}  // namespace sifa
