// The values of the 安置帮教 forms, read from a file through PlacementService (so a form is read
// with exactly the permission and the audit that opening the file has), and the office's monthly
// list of people not handed over.
#include "print/PlacementForms.h"

#include "codes/CodeTables.h"
#include "codes/Divisions.h"
#include "people/IdNumber.h"
#include "placement/PlacementService.h"
#include "print/FormTemplate.h"
#include "print/MediationForms.h"
#include "security/Users.h"
#include "util/Time.h"

#include <QHash>

#include <algorithm>

namespace sifa {

namespace {

const QString kUnmatched = QStringLiteral("placement-unmatched");

QString isoDate(const QDate &d)
{
    return d.isValid() ? toStoredDate(d) : QString();
}

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

// A flag as the tick boxes read it: "1" or "0", nothing when the file does not say.
QString flag(const Record &r, const QString &field)
{
    if (!r.fields.contains(field) || r.fields.value(field).toString().isEmpty())
        return QString();
    return r.flag(field) ? QStringLiteral("1") : QStringLiteral("0");
}

QString personName(const Database &db, const QString &username)
{
    if (username.isEmpty())
        return username;
    Result<UserInfo> user = Users::find(db, username);
    return user && !user->displayName.isEmpty() ? user->displayName : username;
}

QString homeAddress(const QString &division, const QString &address)
{
    if (address.trimmed().isEmpty())
        return QString();
    const QString place = Divisions::instance().localName(division);
    // An address written out in full already keeps its own.
    return address.startsWith(place) ? address.trimmed() : place + address.trimmed();
}

QString displayCode(const char *table, const QString &code)
{
    const CodeTable *t = CodeTables::instance().table(QString::fromLatin1(table));
    return t && t->contains(code) ? t->displayName(code) : code;
}

QString codeName(const char *table, const QString &code)
{
    const CodeTable *t = CodeTables::instance().table(QString::fromLatin1(table));
    return t && t->contains(code) ? t->name(code) : code;
}

const QStringList &formIds()
{
    static const QStringList ids{QStringLiteral("placement-handover"),  QStringLiteral("placement-register"),
                                 QStringLiteral("placement-agreement"), QStringLiteral("placement-group"),
                                 QStringLiteral("placement-visit"),     QStringLiteral("placement-risk"),
                                 QStringLiteral("placement-resettlement"), QStringLiteral("placement-end"),
                                 kUnmatched};
    return ids;
}

const QList<Record> &recordsOf(const PlacementFile &file, const QString &entity)
{
    static const QList<Record> none;
    if (entity == QLatin1String("rp_agreement"))
        return file.agreements;
    if (entity == QLatin1String("rp_visit"))
        return file.visits;
    if (entity == QLatin1String("rp_risk_review"))
        return file.reviews;
    return none;
}

FormData::Item memberItem(const Record &m)
{
    FormData::Item it;
    for (const char *field : {"name", "role", "unit", "relation", "phone", "duty"})
        put(it, QString::fromLatin1(field), m.text(QString::fromLatin1(field)));
    return it;
}

FormData::Item placementItem(const Record &p)
{
    FormData::Item it;
    put(it, QStringLiteral("mode"), p.text(QStringLiteral("mode")));
    put(it, QStringLiteral("date"), p.text(QStringLiteral("placed_date")));
    QStringList where;
    for (const char *field : {"employer", "position"}) {
        const QString v = p.text(QString::fromLatin1(field)).trimmed();
        if (!v.isEmpty())
            where << v;
    }
    put(it, QStringLiteral("employer"), where.join(QStringLiteral("，")));
    put(it, QStringLiteral("phone"), p.text(QStringLiteral("employer_phone")));
    put(it, QStringLiteral("insurance"), flag(p, QStringLiteral("social_insurance")));
    put(it, QStringLiteral("relief"), flag(p, QStringLiteral("relief_policy")));
    put(it, QStringLiteral("ended"), p.text(QStringLiteral("ended_date")));
    put(it, QStringLiteral("note"), p.text(QStringLiteral("note")));
    return it;
}

FormData::Item assistanceItem(const Record &a)
{
    FormData::Item it;
    put(it, QStringLiteral("kind"), a.text(QStringLiteral("kind")));
    put(it, QStringLiteral("date"), a.text(QStringLiteral("granted_date")));
    if (a.number(QStringLiteral("amount_fen")) > 0)
        put(it, QStringLiteral("amount"), a.text(QStringLiteral("amount_fen")));
    put(it, QStringLiteral("provider"), a.text(QStringLiteral("provider")));
    put(it, QStringLiteral("until"), a.text(QStringLiteral("until_date")));
    put(it, QStringLiteral("note"), a.text(QStringLiteral("note")));
    return it;
}

bool isVisit(const Record &v)
{
    const QString kind = v.text(QStringLiteral("kind"));
    return kind == QLatin1String("visit") || kind == QLatin1String("talk") || kind == QLatin1String("return_visit");
}

void putEnd(const Database &db, const PlacementFile &file, FormData &data)
{
    const Record &s = file.subject;
    put(data, QStringLiteral("end.visits"),
        QString::number(std::count_if(file.visits.cbegin(), file.visits.cend(), isVisit)));
    put(data, QStringLiteral("end.placements"), QString::number(file.placements.size()));
    put(data, QStringLiteral("end.assistance"), QString::number(file.assistance.size()));
    put(data, QStringLiteral("end.type"), s.text(QStringLiteral("end_type")));
    put(data, QStringLiteral("end.date"), s.text(QStringLiteral("end_date")));
    put(data, QStringLiteral("end.reason"), s.text(QStringLiteral("end_reason")));
    put(data, QStringLiteral("end.new_charge"), s.text(QStringLiteral("new_charge")));
    put(data, QStringLiteral("end.new_sentence"), s.text(QStringLiteral("new_sentence")));
    put(data, QStringLiteral("end.moved_to"), s.text(QStringLiteral("moved_to")));
    put(data, QStringLiteral("end.office_opinion"), s.text(QStringLiteral("end_office_opinion")));
    put(data, QStringLiteral("end.approver"), personName(db, s.text(QStringLiteral("end_approver"))));
    put(data, QStringLiteral("end.approved"), s.text(QStringLiteral("end_approved_date")));
}

FormData agreementCopy(const FormData &base, const PlacementFile &file, const Record &a)
{
    FormData data = base;
    put(data, QStringLiteral("agreement.signed"), a.text(QStringLiteral("signed_date")));
    put(data, QStringLiteral("agreement.parties"), a.text(QStringLiteral("parties")));
    put(data, QStringLiteral("agreement.village"), a.text(QStringLiteral("village")));
    put(data, QStringLiteral("agreement.family_signatory"), a.text(QStringLiteral("family_signatory")));
    put(data, QStringLiteral("agreement.obligations"), a.text(QStringLiteral("obligations")));
    const QString until = a.text(QStringLiteral("valid_until"));
    put(data, QStringLiteral("agreement.until"),
        until.isEmpty() ? file.subject.text(QStringLiteral("assist_end_date")) : until);
    data.label = PlacementForms::copyLabel(QStringLiteral("placement-agreement"), a);
    return data;
}

FormData visitCopy(const FormData &base, const Record &v)
{
    FormData data = base;
    put(data, QStringLiteral("visit.date"), v.text(QStringLiteral("visit_date")));
    for (const char *field : {"kind", "place", "participants", "content", "effect", "rating", "staff"})
        put(data, QStringLiteral("visit.") + QLatin1String(field), v.text(QString::fromLatin1(field)));
    data.label = PlacementForms::copyLabel(QStringLiteral("placement-visit"), v);
    return data;
}

// `next`: the assessment that followed, or for the latest the one due.
FormData reviewCopy(const FormData &base, const Record &r, const QDate &next)
{
    FormData data = base;
    put(data, QStringLiteral("review.date"), r.text(QStringLiteral("review_date")));
    for (const char *field : {"category", "risk_level", "factors", "reason", "reviewer", "approved_by"})
        put(data, QStringLiteral("review.") + QLatin1String(field), r.text(QString::fromLatin1(field)));
    put(data, QStringLiteral("review.next"), isoDate(next));
    data.label = PlacementForms::copyLabel(QStringLiteral("placement-risk"), r);
    return data;
}

Result<QList<FormData>> fillUnmatched(Database &db, const Access &access, const QDate &month)
{
    const QDate first = month.isValid() ? QDate(month.year(), month.month(), 1)
                                        : QDate(Clock::today().year(), Clock::today().month(), 1);
    Result<QList<UnmatchedPerson>> people = PlacementService::unmatched(db, access, first);
    if (!people)
        return people.error();
    Result<QList<Record>> notices = PlacementService::notices(db, access);
    if (!notices)
        return notices.error();
    QHash<QString, QString> status;
    for (const Record &n : *notices)
        status.insert(n.uuid, n.text(QStringLiteral("status")));
    return QList<FormData>{PlacementForms::unmatchedValues(db, *people, first, status)};
}

}  // namespace

const QStringList &PlacementForms::forms()
{
    return formIds();
}

bool PlacementForms::isPlacementForm(const QString &formId)
{
    return forms().contains(formId);
}

bool PlacementForms::isOfficeForm(const QString &formId)
{
    return formId == kUnmatched;
}

QString PlacementForms::recordEntity(const QString &formId)
{
    if (formId == QLatin1String("placement-agreement"))
        return QStringLiteral("rp_agreement");
    if (formId == QLatin1String("placement-visit"))
        return QStringLiteral("rp_visit");
    if (formId == QLatin1String("placement-risk"))
        return QStringLiteral("rp_risk_review");
    return QString();
}

QList<Record> PlacementForms::copyRecords(const PlacementFile &file, const QString &formId)
{
    const QList<Record> &records = recordsOf(file, recordEntity(formId));
    return QList<Record>(records.crbegin(), records.crend());  // the file keeps them newest first
}

QString PlacementForms::copyLabel(const QString &formId, const Record &record)
{
    const QString entity = recordEntity(formId);
    if (entity == QLatin1String("rp_agreement"))
        //: A copy of the assistance agreement: %1 the date it was signed
        return tr("Signed on %1").arg(record.text(QStringLiteral("signed_date")));
    if (entity == QLatin1String("rp_visit"))
        //: A copy of the visit record: %1 what (走访, 个别谈话), %2 the date
        return tr("%1 on %2").arg(displayCode("placement_visit", record.text(QStringLiteral("kind"))),
                                  record.text(QStringLiteral("visit_date")));
    if (entity == QLatin1String("rp_risk_review"))
        //: A copy of the risk assessment: %1 the date, %2 the category it came to (重点帮教对象)
        return tr("Assessed on %1: %2")
            .arg(record.text(QStringLiteral("review_date")),
                 displayCode("placement_category", record.text(QStringLiteral("category"))));
    return QString();
}

FormData PlacementForms::fileValues(const Database &db, const PlacementFile &file)
{
    FormData data = MediationForms::officeValues(db);
    const Record &s = file.subject;
    const Person &p = file.person;
    put(data, QStringLiteral("subject.name"), p.name);
    put(data, QStringLiteral("subject.former_name"), p.alias);
    QString sex = p.sex;
    QDate birth = p.birthDate;
    if ((sex != QLatin1String("1") && sex != QLatin1String("2")) || !birth.isValid()) {
        const IdCheck id = IdNumbers::checkResident(p.idNumber, Clock::today());
        if (id.ok()) {
            if (sex != QLatin1String("1") && sex != QLatin1String("2"))
                sex = id.sexCode;
            if (!birth.isValid())
                birth = id.birthDate;
        }
    }
    if (sex == QLatin1String("1") || sex == QLatin1String("2"))
        put(data, QStringLiteral("subject.sex"), sex);
    put(data, QStringLiteral("subject.birth"), isoDate(birth));
    put(data, QStringLiteral("subject.ethnicity"), p.ethnicity);
    put(data, QStringLiteral("subject.id_number"), p.idNumber);
    put(data, QStringLiteral("subject.education"), p.education);
    put(data, QStringLiteral("subject.marital_status"), p.maritalStatus);
    put(data, QStringLiteral("subject.political_status"), p.politicalStatus);
    put(data, QStringLiteral("subject.phone"), p.phone);
    put(data, QStringLiteral("subject.address"), homeAddress(p.residenceDivision, p.residenceAddress));
    put(data, QStringLiteral("subject.household_address"), homeAddress(p.hukouDivision, p.hukouAddress));
    put(data, QStringLiteral("subject.employer"), p.employer);

    // Values named as the file's fields, and those the forms name otherwise.
    for (const char *field :
         {"releasing_org", "release_cert_no", "notice_no", "charge", "crime_type", "original_sentence",
          "original_term", "additional_penalty", "prior_convictions", "drug_history", "early_release_reason",
          "reform_performance", "guilt_attitude", "skills", "training", "certificate", "psych", "health", "category",
          "risk_level", "handover_mode", "handover_status", "handover_date", "handover_place", "handover_staff",
          "reported_date", "whereabouts_note", "other_office", "conduct", "status", "note", "release_date"})
        put(data, QStringLiteral("subject.") + QLatin1String(field), s.text(QString::fromLatin1(field)));
    const QList<QPair<const char *, const char *>> renamed{{"no", "subject_no"},
                                                           {"source", "source_type"},
                                                           {"assist_end", "assist_end_date"},
                                                           {"police_registered", "police_registered_date"},
                                                           {"family_informed", "family_informed_date"}};
    for (const auto &[key, field] : renamed)
        put(data, QStringLiteral("subject.") + QLatin1String(key), s.text(QString::fromLatin1(field)));
    const QList<QPair<const char *, const char *>> flags{{"recidivist", "is_recidivist"},
                                                         {"early_release", "early_release"},
                                                         {"no_home", "no_home"},
                                                         {"no_job", "no_job"},
                                                         {"no_family", "no_family"},
                                                         {"dual_listed", "dual_listed"}};
    for (const auto &[key, field] : flags)
        put(data, QStringLiteral("subject.") + QLatin1String(key), flag(s, QString::fromLatin1(field)));
    put(data, QStringLiteral("subject.officer"), personName(db, s.text(QStringLiteral("officer"))));

    for (const Record &m : file.members)
        data.append(QStringLiteral("group"), memberItem(m));
    // Registers read oldest first; the file keeps these newest first.
    for (auto it = file.placements.crbegin(); it != file.placements.crend(); ++it)
        data.append(QStringLiteral("placements"), placementItem(*it));
    for (auto it = file.assistance.crbegin(); it != file.assistance.crend(); ++it)
        data.append(QStringLiteral("assistance"), assistanceItem(*it));
    putEnd(db, file, data);
    return data;
}

FormData PlacementForms::unmatchedValues(const Database &db, const QList<UnmatchedPerson> &people, const QDate &month,
                                         const QHash<QString, QString> &noticeStatus)
{
    FormData data = MediationForms::officeValues(db);
    const QDate first(month.year(), month.month(), 1);
    put(data, QStringLiteral("list.year"), QString::number(first.year()));
    put(data, QStringLiteral("list.month"), QString::number(first.month()));
    put(data, QStringLiteral("list.to"), isoDate(std::min(first.addMonths(1).addDays(-1), Clock::today())));
    put(data, QStringLiteral("list.count"), QString::number(people.size()));
    for (const UnmatchedPerson &u : people) {
        FormData::Item it;
        put(it, QStringLiteral("name"), u.name);
        if (u.sex == QLatin1String("1") || u.sex == QLatin1String("2"))
            put(it, QStringLiteral("sex"), u.sex);
        put(it, QStringLiteral("id_number"), u.idNumber);
        put(it, QStringLiteral("prison"), u.prison);
        put(it, QStringLiteral("charge"), u.charge);
        put(it, QStringLiteral("release_date"), isoDate(u.releaseDate));
        if (u.daysSinceRelease >= 0)
            put(it, QStringLiteral("days"), QString::number(u.daysSinceRelease));
        put(it, QStringLiteral("status"), u.handoverStatus);
        put(it, QStringLiteral("measures"), u.measures);
        // Where the line comes from, in the words of the notices' code table: the prison
        // notice's check, else 已建档 (a file is open).
        put(it, QStringLiteral("note"),
            codeName("placement_notice_status",
                     u.noticeUuid.isEmpty() ? QStringLiteral("opened") : noticeStatus.value(u.noticeUuid)));
        data.append(QStringLiteral("people"), it);
    }
    return data;
}

Result<QList<FormData>> PlacementForms::fill(Database &db, const Access &access, const QString &formId,
                                             const PlacementFormQuery &query)
{
    if (!isPlacementForm(formId))
        //: %1 the form's name
        return Result<QList<FormData>>::failure(ErrorCode::InvalidInput,
                                                tr("There is no resettlement form named \"%1\".").arg(formId));
    const QString record = query.record.trimmed();
    const QString entity = recordEntity(formId);
    if (!record.isEmpty() && entity.isEmpty())
        //: %1 the form's name
        return Result<QList<FormData>>::failure(
            ErrorCode::InvalidInput, tr("The form %1 is not filled for one agreement, visit or assessment.").arg(formId));
    if (isOfficeForm(formId))
        return fillUnmatched(db, access, query.month);
    if (query.file.trimmed().isEmpty())
        return Result<QList<FormData>>::failure(ErrorCode::InvalidInput,
                                                tr("Name the resettlement file (its uuid)."));
    Result<PlacementFile> opened = PlacementService::open(db, access, query.file.trimmed());
    if (!opened)
        return opened.error();
    const PlacementFile &file = *opened;
    const FormData base = fileValues(db, file);
    if (entity.isEmpty())
        return QList<FormData>{base};

    const QList<Record> records = copyRecords(file, formId);
    QList<FormData> copies;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const Record &r = records.at(i);
        if (!record.isEmpty() && r.uuid != record)
            continue;
        if (entity == QLatin1String("rp_agreement")) {
            copies << agreementCopy(base, file, r);
        } else if (entity == QLatin1String("rp_visit")) {
            copies << visitCopy(base, r);
        } else {
            const QDate next = i + 1 < records.size() ? records.at(i + 1).date(QStringLiteral("review_date"))
                               : file.isOpen()        ? PlacementService::nextReviewDue(file)
                                                      : QDate();
            copies << reviewCopy(base, r, next);
        }
    }
    if (!record.isEmpty() && copies.isEmpty()) {
        if (entity == QLatin1String("rp_agreement"))
            return Result<QList<FormData>>::failure(ErrorCode::NotFound, tr("This file has no agreement %1.").arg(record));
        if (entity == QLatin1String("rp_visit"))
            return Result<QList<FormData>>::failure(ErrorCode::NotFound, tr("This file has no visit record %1.").arg(record));
        return Result<QList<FormData>>::failure(ErrorCode::NotFound, tr("This file has no risk assessment %1.").arg(record));
    }
    return copies;
}

Result<PrintJob> PlacementForms::job(Database &db, const Access &access, const QString &formId,
                                     const PlacementFormQuery &query, const FormOptions &options)
{
    const FormTemplate *t = FormTemplates::find(formId);
    if (!t || t->module != QLatin1String("placement") || !isPlacementForm(formId)) {
        //: %1 the name given, %2 the resettlement forms there are
        return Result<PrintJob>::failure(ErrorCode::NotFound, tr("There is no resettlement form called \"%1\". The "
                                                                 "resettlement forms are: %2.")
                                                                  .arg(formId, forms().join(QStringLiteral(", "))));
    }
    PrintJob job;
    job.options = options;
    job.title = t->title;
    QList<FormData> copies;
    if (options.blank) {
        copies << MediationForms::officeValues(db);
    } else {
        Result<QList<FormData>> filled = fill(db, access, formId, query);
        if (!filled)
            return filled.error();
        if (filled->isEmpty()) {
            //: %1 the form's title
            return Result<PrintJob>::failure(ErrorCode::NotFound,
                                             tr("The file has nothing for the form %1 yet; print it blank to fill in "
                                                "by hand.")
                                                 .arg(t->title));
        }
        copies = *filled;
        const FormData &first = copies.first();
        if (isOfficeForm(formId))
            job.title = QStringLiteral("%1 %2-%3")
                            .arg(t->title, first.value(QStringLiteral("list.year")),
                                 first.value(QStringLiteral("list.month")).rightJustified(2, QLatin1Char('0')));
        else if (const QString name = first.value(QStringLiteral("subject.name")); !name.isEmpty())
            job.title = QStringLiteral("%1 %2").arg(t->title, name);
    }
    job.parts << PrintJob::Part{t, copies, true};
    return job;
}

}  // namespace sifa
