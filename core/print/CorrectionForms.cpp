// The values of the 社区矫正 forms, read from a subject's file through CorrectionService (so a
// form is read with exactly the permission, the minors' rule and the audit that opening the file
// has) and the people index.
#include "print/CorrectionForms.h"

#include "codes/CodeTables.h"
#include "codes/Divisions.h"
#include "correction/CorrectionService.h"
#include "correction/ReportIn.h"
#include "domain/Office.h"
#include "people/IdNumber.h"
#include "people/PersonRepository.h"
#include "print/FormTemplate.h"
#include "print/MediationForms.h"
#include "security/Users.h"
#include "storage/Database.h"
#include "util/Time.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

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

QString codeName(const char *table, const QString &code)
{
    const CodeTable *t = CodeTables::instance().table(QString::fromLatin1(table));
    return t && t->contains(code) ? t->name(code) : code;
}

// An hour count as a form writes it: 8, 7.5.
QString hours(double h)
{
    return QString::number(std::round(h * 10) / 10, 'g', 6);
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

const QStringList &formIds()
{
    static const QStringList ids{
        QStringLiteral("correction-assessment"),         QStringLiteral("correction-basic-info"),
        QStringLiteral("correction-reception"),          QStringLiteral("correction-announcement"),
        QStringLiteral("correction-team"),               QStringLiteral("correction-plan"),
        QStringLiteral("correction-leave"),              QStringLiteral("correction-leave-certificate"),
        QStringLiteral("correction-frequent-travel"),    QStringLiteral("correction-visitor"),
        QStringLiteral("correction-restricted-place"),   QStringLiteral("correction-transfer"),
        QStringLiteral("correction-assessment-monthly"), QStringLiteral("correction-sanction"),
        QStringLiteral("correction-proposal"),           QStringLiteral("correction-summary"),
        QStringLiteral("correction-release-appraisal"),  QStringLiteral("correction-release-announcement"),
        QStringLiteral("correction-release-certificate")};
    return ids;
}

// The request kind a form is for, and the prefix of its values.
struct RequestForm {
    const char *form;
    const char *kind;
    const char *prefix;
};

const RequestForm kRequestForms[] = {
    {"correction-leave", "leave", "leave"},
    {"correction-leave-certificate", "leave", "leave"},
    {"correction-frequent-travel", "frequent_travel", "travel"},
    {"correction-visitor", "visitor", "visitor"},
    {"correction-restricted-place", "place", "place"},
    {"correction-transfer", "transfer", "transfer"},
};

const RequestForm *requestForm(const QString &formId)
{
    for (const RequestForm &r : kRequestForms) {
        if (formId == QLatin1String(r.form))
            return &r;
    }
    return nullptr;
}

// 表扬、训诫、警告 are decided on the approval form; the rest are proposals to another body.
bool onSanctionForm(const QString &kind)
{
    return kind == QLatin1String("praise") || kind == QLatin1String("admonition") || kind == QLatin1String("warning");
}

// Whether `formId` has a copy for the request or sanction `r`: the request forms for their kind
// of request (the leave certificate for approved leave only), the approval form for 表扬、训诫、
// 警告 and the proposal form for the rest.
bool copyFor(const QString &formId, const CcRecord &r)
{
    const QString kind = r.text(QStringLiteral("kind"));
    if (const RequestForm *rf = requestForm(formId)) {
        if (kind != QLatin1String(rf->kind))
            return false;
        return formId != QLatin1String("correction-leave-certificate") ||
               r.text(QStringLiteral("status")) == QLatin1String("approved");
    }
    if (formId == QLatin1String("correction-sanction"))
        return onSanctionForm(kind);
    if (formId == QLatin1String("correction-proposal"))
        return !onSanctionForm(kind);
    return false;
}

Result<SubjectFile> openFile(Database &db, const Access &access, const CorrectionFormQuery &query)
{
    if (query.subject.trimmed().isEmpty())
        return Result<SubjectFile>::failure(ErrorCode::InvalidInput,
                                            CorrectionForms::tr("Name the person under correction (the file's uuid)."));
    return CorrectionService::open(db, access, query.subject.trimmed(), query.sealApproval);
}

FormData::Item memberItem(const CcRecord &m)
{
    FormData::Item it;
    put(it, QStringLiteral("name"), m.text(QStringLiteral("name")));
    const QString sex = m.text(QStringLiteral("sex"));
    if (sex == QLatin1String("1") || sex == QLatin1String("2"))
        put(it, QStringLiteral("sex"), sex);
    // 工作单位或身份: the unit, else what the member is to the person.
    const QString unit = m.text(QStringLiteral("unit")).trimmed();
    put(it, QStringLiteral("unit"), unit.isEmpty() ? m.text(QStringLiteral("relation")) : unit);
    put(it, QStringLiteral("role"), m.text(QStringLiteral("role")));
    put(it, QStringLiteral("phone"), m.text(QStringLiteral("phone")));
    put(it, QStringLiteral("relation"), m.text(QStringLiteral("relation")));
    return it;
}

FormData::Item familyItem(const CcRecord &m)
{
    FormData::Item it;
    put(it, QStringLiteral("relation"), m.text(QStringLiteral("relation")));
    put(it, QStringLiteral("name"), m.text(QStringLiteral("name")));
    put(it, QStringLiteral("employer"), m.text(QStringLiteral("employer")));
    put(it, QStringLiteral("address"), m.text(QStringLiteral("address")));
    put(it, QStringLiteral("phone"), m.text(QStringLiteral("phone")));
    return it;
}

// The team for a sentence of the announcement, by role in the order of the team: "组长：王某；成员：
//李某、张某".
QString teamSentence(const QList<CcRecord> &team)
{
    QStringList roles;
    QHash<QString, QStringList> names;
    for (const CcRecord &m : team) {
        const QString role = m.text(QStringLiteral("role")).trimmed();
        if (!roles.contains(role))
            roles << role;
        names[role] << m.text(QStringLiteral("name")).trimmed();
    }
    QStringList out;
    for (const QString &role : std::as_const(roles)) {
        const QString list = names.value(role).join(listSeparator());
        out << (role.isEmpty() ? list : QStringLiteral("%1：%2").arg(role, list));
    }
    return out.join(QStringLiteral("；"));
}

void putRelease(const Database &db, const CcRecord &s, FormData &data)
{
    const bool released = s.text(QStringLiteral("end_type")) == QLatin1String("expired");
    if (released) {
        put(data, QStringLiteral("release.date"), s.text(QStringLiteral("end_date")));
        put(data, QStringLiteral("release.issued"), s.text(QStringLiteral("end_date")));
        put(data, QStringLiteral("release.issuer"), personName(db, s.text(QStringLiteral("officer"))));
    }
    put(data, QStringLiteral("release.announced"), s.text(QStringLiteral("release_announced_date")));
    put(data, QStringLiteral("release.place"), s.text(QStringLiteral("release_place")));
    put(data, QStringLiteral("release.certificate_no"), s.text(QStringLiteral("certificate_no")));
    put(data, QStringLiteral("release.appraisal"), s.text(QStringLiteral("appraisal_conduct")));
    put(data, QStringLiteral("release.conduct"), s.text(QStringLiteral("appraisal_conduct")));
    put(data, QStringLiteral("release.attitude"), s.text(QStringLiteral("appraisal_attitude")));
    put(data, QStringLiteral("release.skills"), s.text(QStringLiteral("appraisal_skills")));
    put(data, QStringLiteral("release.risk"), s.text(QStringLiteral("appraisal_risk")));
    put(data, QStringLiteral("release.family"), s.text(QStringLiteral("appraisal_family")));
    QStringList remarks;
    for (const char *field : {"appraisal_remarks", "appraisal_advice"}) {
        const QString v = s.text(QString::fromLatin1(field)).trimmed();
        if (!v.isEmpty())
            remarks << v;
    }
    put(data, QStringLiteral("release.remarks"), remarks.join(QLatin1Char('\n')));
    const QDate appraised = s.date(QStringLiteral("appraisal_date"));
    put(data, QStringLiteral("release.office_date"), isoDate(appraised));
    if (appraised.isValid())
        put(data, QStringLiteral("release.office_appraiser"), personName(db, s.text(QStringLiteral("officer"))));
    put(data, QStringLiteral("summary.text"), s.text(QStringLiteral("summary_text")));
    put(data, QStringLiteral("summary.date"), s.text(QStringLiteral("summary_date")));
}

// A request's copy: its values under the form's prefix.
FormData requestCopy(const FormData &base, const CcRecord &r, const QString &prefix)
{
    FormData data = base;
    const auto set = [&](const char *key, const QString &value) {
        put(data, prefix + QLatin1Char('.') + QLatin1String(key), value);
    };
    const QDate from = r.date(QStringLiteral("start_date"));
    const QDate to = r.date(QStringLiteral("end_date"));
    set("applied", r.text(QStringLiteral("applied_date")));
    set("from", isoDate(from));
    set("to", isoDate(to));
    if (from.isValid() && to.isValid() && to >= from)
        set("days", QString::number(from.daysTo(to) + 1));
    set("reason", r.text(QStringLiteral("reason")));
    set("evidence", r.text(QStringLiteral("evidence")));
    set("destination", r.text(QStringLiteral("destination")));
    set("companion", r.text(QStringLiteral("companion")));
    set("status", codeName("correction_request_status", r.text(QStringLiteral("status"))));
    set("office_opinion", r.text(QStringLiteral("office_opinion")));
    set("office_reviewer", r.text(QStringLiteral("office_reviewer")));
    set("office_date", r.text(QStringLiteral("office_date")));
    set("county_opinion", r.text(QStringLiteral("county_opinion")));
    set("county_approver", r.text(QStringLiteral("county_approver")));
    set("county_date", r.text(QStringLiteral("county_date")));
    set("decision_no", r.text(QStringLiteral("decision_no")));
    const QString kind = r.text(QStringLiteral("kind"));
    if (kind == QLatin1String("leave")) {
        // Leave within the office's entrusted limit is approved by the office itself.
        if (r.text(QStringLiteral("status")) == QLatin1String("approved"))
            set("approved_by", r.text(QStringLiteral("level")) == QLatin1String("office")
                                   ? base.value(QStringLiteral("office.name"))
                                   : base.value(QStringLiteral("county.agency")));
        set("certificate_no", r.text(QStringLiteral("certificate_no")));
        // The certificate is issued by whoever handled the request at the office.
        set("issuer", r.text(QStringLiteral("office_reviewer")));
        set("returned", r.text(QStringLiteral("returned_date")));
        set("return_staff", r.text(QStringLiteral("return_staff")));
    } else if (kind == QLatin1String("visitor")) {
        set("name", r.text(QStringLiteral("visitor_name")));
        set("relation", r.text(QStringLiteral("visitor_relation")));
        set("phone", r.text(QStringLiteral("visitor_phone")));
        set("time", isoDate(from));
        set("place", r.text(QStringLiteral("destination")));
    } else if (kind == QLatin1String("place")) {
        set("name", r.text(QStringLiteral("destination")));
    } else if (kind == QLatin1String("frequent_travel")) {
        set("destinations", r.text(QStringLiteral("destination")));
        set("frequency", r.text(QStringLiteral("frequency")));
    } else if (kind == QLatin1String("transfer")) {
        set("new_address", r.text(QStringLiteral("new_address")));
        set("new_agency", r.text(QStringLiteral("new_agency")));
        set("new_opinion", r.text(QStringLiteral("new_opinion")));
        set("new_reply_date", r.text(QStringLiteral("new_reply_date")));
        set("consulted", r.text(QStringLiteral("consulted_date")));
        set("files_sent", r.text(QStringLiteral("files_sent_date")));
        set("move", isoDate(from));
    }
    const CodeTable *kinds = CodeTables::instance().table(QStringLiteral("correction_request"));
    const QString name = kinds ? kinds->displayName(kind) : kind;
    //: A copy of a request form: %1 what (leave), %2 the date it was applied for
    data.label = from.isValid() ? CorrectionForms::tr("%1 from %2").arg(name, isoDate(from))
                                : CorrectionForms::tr("%1 applied for on %2").arg(name, r.text(QStringLiteral("applied_date")));
    return data;
}

// 提请撤销缓刑 → 撤销缓刑: what the proposal asks for, in the words of its code.
QString measureOf(const QString &kind)
{
    QString name = codeName("correction_sanction", kind);
    if (name.startsWith(QStringLiteral("提请")))
        name.remove(0, 2);
    return name;
}

FormData sanctionCopy(const FormData &base, const CcRecord &x, const CcRecord &subject)
{
    FormData data = base;
    const QString kind = x.text(QStringLiteral("kind"));
    const CodeTable *kinds = CodeTables::instance().table(QStringLiteral("correction_sanction"));
    if (onSanctionForm(kind)) {
        put(data, QStringLiteral("sanction.kind"), kind);
        put(data, QStringLiteral("sanction.kind_name"), codeName("correction_sanction", kind));
        put(data, QStringLiteral("sanction.facts"), x.text(QStringLiteral("facts")));
        put(data, QStringLiteral("sanction.basis"), x.text(QStringLiteral("basis")));
        put(data, QStringLiteral("sanction.evidence"), x.text(QStringLiteral("evidence")));
        put(data, QStringLiteral("sanction.office_opinion"), x.text(QStringLiteral("office_opinion")));
        put(data, QStringLiteral("sanction.office_reviewer"), x.text(QStringLiteral("proposer")));
        put(data, QStringLiteral("sanction.office_date"), x.text(QStringLiteral("proposal_date")));
        put(data, QStringLiteral("sanction.county_opinion"), x.text(QStringLiteral("county_opinion")));
        put(data, QStringLiteral("sanction.county_date"), x.text(QStringLiteral("decision_date")));
        put(data, QStringLiteral("sanction.decision_no"), x.text(QStringLiteral("decision_no")));
        put(data, QStringLiteral("sanction.announced"), x.text(QStringLiteral("announced_date")));
        put(data, QStringLiteral("sanction.status"), codeName("correction_decision_status", x.text(QStringLiteral("status"))));
    } else {
        put(data, QStringLiteral("proposal.kind"), kind);
        put(data, QStringLiteral("proposal.measure"), measureOf(kind));
        // Revocation, commitment and arrest go to the body that decided; the public-order penalty
        // to the police and commutation to the intermediate court are addressed by hand.
        if (kind == QLatin1String("revoke_probation") || kind == QLatin1String("revoke_parole")
            || kind == QLatin1String("commit_to_prison") || kind == QLatin1String("arrest"))
            put(data, QStringLiteral("proposal.addressee"), subject.text(QStringLiteral("decision_body")));
        put(data, QStringLiteral("proposal.facts"), x.text(QStringLiteral("facts")));
        put(data, QStringLiteral("proposal.grounds"), x.text(QStringLiteral("basis")));
        put(data, QStringLiteral("proposal.date"), x.text(QStringLiteral("proposal_date")));
        put(data, QStringLiteral("proposal.decision_no"), x.text(QStringLiteral("decision_no")));
        const QStringList evidence =
            x.text(QStringLiteral("evidence")).split(QRegularExpression(QStringLiteral("[、，,；;]")), Qt::SkipEmptyParts);
        if (!evidence.isEmpty())
            put(data, QStringLiteral("proposal.attachments"), QString::number(evidence.size()));
    }
    //: A copy of a sanction form: %1 what (训诫), %2 the date it was proposed
    data.label = CorrectionForms::tr("%1 of %2").arg(kinds ? kinds->displayName(kind) : kind,
                                                     x.text(QStringLiteral("proposal_date")));
    return data;
}

// The first and the last day under correction in the file, the last not after today.
QPair<QDate, QDate> correctionSpan(const CcRecord &s)
{
    QDate from = s.date(QStringLiteral("received_date"));
    if (!from.isValid())
        from = s.date(QStringLiteral("period_from"));
    QDate to = s.date(QStringLiteral("end_date"));
    if (!to.isValid())
        to = s.date(QStringLiteral("period_to"));
    if (!to.isValid() || to > Clock::today())
        to = Clock::today();
    return {from, to};
}

FormData monthCopy(const FormData &base, const SubjectFile &file, const QDate &month)
{
    FormData data = base;
    const MonthReview m = CorrectionService::monthReview(file, month);
    const QDate monthEnd = m.month.addDays(m.daysInMonth - 1);
    const CcRecord &s = file.subject;
    QDate from = s.date(QStringLiteral("received_date"));
    if (!from.isValid())
        from = s.date(QStringLiteral("period_from"));
    QDate to = s.date(QStringLiteral("end_date"));
    if (!to.isValid())
        to = s.date(QStringLiteral("period_to"));
    put(data, QStringLiteral("review.month"), m.month.toString(QStringLiteral("yyyy-MM")));
    put(data, QStringLiteral("review.from"), isoDate(from.isValid() ? std::max(from, m.month) : m.month));
    put(data, QStringLiteral("review.to"), isoDate(to.isValid() ? std::min(to, monthEnd) : monthEnd));
    if (!m.grade.isEmpty())
        data.set(QStringLiteral("subject.grade"), m.grade);

    int studies = 0;
    int services = 0;
    QStringList movement;
    for (const CcRecord &a : file.activities) {
        const QDate d = a.date(QStringLiteral("activity_date"));
        if (d < m.month || d > monthEnd)
            continue;
        const QString kind = a.text(QStringLiteral("kind"));
        studies += kind == QLatin1String("education") ? 1 : 0;
        services += kind == QLatin1String("welfare") ? 1 : 0;
    }
    put(data, QStringLiteral("review.study_count"), QString::number(studies));
    put(data, QStringLiteral("review.study_hours"), hours(m.done.studyHours));
    if (m.done.ableToWork || services > 0) {
        put(data, QStringLiteral("review.service_count"), QString::number(services));
        put(data, QStringLiteral("review.service_hours"), hours(m.done.serviceHours));
    } else {
        put(data, QStringLiteral("review.service"), CorrectionForms::tr("Not required: unable to work."));
    }
    // The person's reports as counted for the grade (talks and visits are the office's; their
    // shortfalls are in the result).
    QStringList reporting;
    const QList<QPair<const char *, int>> counts{{"report_in_person", m.done.inPersonReports},
                                                 {"report_written", m.done.writtenReports},
                                                 {"report_phone", m.done.phoneReports}};
    for (const auto &[kind, n] : counts) {
        if (n > 0)
            //: A count on the monthly assessment: %1 what (当面报告), %n how many times
            reporting << CorrectionForms::tr("%1: %n time(s)", nullptr, n).arg(codeName("correction_activity", QString::fromLatin1(kind)));
    }
    put(data, QStringLiteral("review.reporting"), reporting.join(QStringLiteral("；")));
    if (m.days > 0 && !m.grade.isEmpty()) {
        QStringList shortfalls;
        for (const Shortfall &sf : m.shortfalls)
            shortfalls << sf.text;
        put(data, QStringLiteral("review.result"),
            shortfalls.isEmpty() ? CorrectionForms::tr("Met the requirements of the grade.")
                                 : CorrectionForms::tr("Short of the grade's requirements: %1.").arg(shortfalls.join(QStringLiteral("；"))));
    }
    int points = 0;
    bool scored = false;
    for (const CcRecord &sc : file.scores) {
        const QDate d = sc.date(QStringLiteral("entry_date"));
        if (d >= m.month && d <= monthEnd) {
            points += sc.number(QStringLiteral("points"));
            scored = true;
        }
    }
    if (scored)
        put(data, QStringLiteral("review.score"), QString::number(points));
    QStringList sanctions;
    for (const CcRecord &x : file.sanctions) {
        const QDate d = x.date(QStringLiteral("decision_date"));
        if (x.text(QStringLiteral("status")) == QLatin1String("approved") && d >= m.month && d <= monthEnd)
            sanctions << QStringLiteral("%1（%2）").arg(codeName("correction_sanction", x.text(QStringLiteral("kind"))), isoDate(d));
    }
    put(data, QStringLiteral("review.sanctions"), sanctions.join(listSeparator()));
    for (const CcRecord &r : file.requests) {
        const QDate start = r.date(QStringLiteral("start_date"));
        const QDate end = r.date(QStringLiteral("end_date"));
        const QDate applied = r.date(QStringLiteral("applied_date"));
        const bool inMonth = (start.isValid() && start <= monthEnd && (end.isValid() ? end : start) >= m.month)
                             || (applied >= m.month && applied <= monthEnd);
        if (!inMonth)
            continue;
        QString line = codeName("correction_request", r.text(QStringLiteral("kind")));
        if (start.isValid())
            line += QStringLiteral(" %1—%2").arg(isoDate(start), isoDate(end.isValid() ? end : start));
        line += QStringLiteral("，") + codeName("correction_request_status", r.text(QStringLiteral("status")));
        movement << line;
    }
    put(data, QStringLiteral("review.movement"), movement.join(QStringLiteral("；")));
    QStringList supervision;
    for (const CcRecord &x : file.missing) {
        const QDate lost = x.date(QStringLiteral("lost_date"));
        const QDate found = x.date(QStringLiteral("found_date"));
        if (lost <= monthEnd && (!found.isValid() || found >= m.month)) {
            supervision << (found.isValid() ? CorrectionForms::tr("Out of contact from %1 to %2.").arg(isoDate(lost), isoDate(found))
                                            : CorrectionForms::tr("Out of contact since %1.").arg(isoDate(lost)));
        }
    }
    for (const CcRecord &x : file.monitoring) {
        const QDate start = x.date(QStringLiteral("start_date"));
        QDate end = x.date(QStringLiteral("ended_date"));
        if (!end.isValid())
            end = x.date(QStringLiteral("end_date"));
        if (start.isValid() && start <= monthEnd && (!end.isValid() || end >= m.month))
            supervision << CorrectionForms::tr("Electronic monitoring from %1 to %2.").arg(isoDate(start), isoDate(end));
    }
    put(data, QStringLiteral("review.supervision"), supervision.join(QStringLiteral(" ")));
    return data;
}

// A pre-sentence assessment's values; subject.* from the record and the person it names.
Result<FormData> assessmentValues(Database &db, const CcRecord &a)
{
    FormData data = CorrectionForms::officeValues(db);
    Person person;
    if (!a.text(QStringLiteral("person_uuid")).isEmpty()) {
        Result<Person> p = PersonRepository::get(db, a.text(QStringLiteral("person_uuid")));
        if (p)
            person = *p;
        else if (p.code() != ErrorCode::NotFound)
            return p.error();
    }
    const QString idNumber = a.text(QStringLiteral("id_number")).isEmpty() ? person.idNumber : a.text(QStringLiteral("id_number"));
    QString sex = a.text(QStringLiteral("sex"));
    if (sex != QLatin1String("1") && sex != QLatin1String("2"))
        sex = person.sex;
    QDate birth = person.birthDate;
    const IdCheck id = IdNumbers::checkResident(idNumber, Clock::today());
    if (id.ok()) {
        if (!birth.isValid())
            birth = id.birthDate;
        if (sex != QLatin1String("1") && sex != QLatin1String("2"))
            sex = id.sexCode;
    }
    put(data, QStringLiteral("subject.name"), a.text(QStringLiteral("name")));
    if (sex == QLatin1String("1") || sex == QLatin1String("2"))
        put(data, QStringLiteral("subject.sex"), sex);
    put(data, QStringLiteral("subject.ethnicity"), person.ethnicity);
    put(data, QStringLiteral("subject.birth"), isoDate(birth));
    put(data, QStringLiteral("subject.id_number"), idNumber);
    const QString residence = a.text(QStringLiteral("residence"));
    put(data, QStringLiteral("subject.address"),
        residence.isEmpty() ? homeAddress(person.residenceDivision, person.residenceAddress) : residence);
    put(data, QStringLiteral("subject.household_address"), homeAddress(person.hukouDivision, person.hukouAddress));
    put(data, QStringLiteral("subject.employer"),
        a.text(QStringLiteral("employer")).isEmpty() ? person.employer : a.text(QStringLiteral("employer")));
    put(data, QStringLiteral("subject.charge"), a.text(QStringLiteral("charge")));
    put(data, QStringLiteral("subject.original_sentence"), a.text(QStringLiteral("original_sentence")));
    put(data, QStringLiteral("subject.correction_type"), a.text(QStringLiteral("proposed_type")));

    put(data, QStringLiteral("assessment.no"), a.text(QStringLiteral("entrust_no")));
    put(data, QStringLiteral("assessment.entrusted_by"), a.text(QStringLiteral("entrusting_body")));
    put(data, QStringLiteral("assessment.subject_kind"), a.text(QStringLiteral("subject_kind")));
    put(data, QStringLiteral("assessment.from"), a.text(QStringLiteral("received_date")));
    put(data, QStringLiteral("assessment.to"), a.text(QStringLiteral("completed_date")));
    put(data, QStringLiteral("assessment.date"), a.text(QStringLiteral("completed_date")));
    put(data, QStringLiteral("assessment.due"), isoDate(CorrectionService::assessmentDue(a)));
    put(data, QStringLiteral("assessment.residence"), a.text(QStringLiteral("item_residence")));
    put(data, QStringLiteral("assessment.family"), a.text(QStringLiteral("item_family")));
    put(data, QStringLiteral("assessment.conduct"), a.text(QStringLiteral("item_conduct")));
    put(data, QStringLiteral("assessment.impact"), a.text(QStringLiteral("item_impact")));
    // The record keeps the committee's and the victim's opinions as one item.
    put(data, QStringLiteral("assessment.community_opinion"), a.text(QStringLiteral("item_opinions")));
    put(data, QStringLiteral("assessment.prohibition"), a.text(QStringLiteral("item_prohibition")));
    put(data, QStringLiteral("assessment.risk"), a.text(QStringLiteral("opinion_text")));
    put(data, QStringLiteral("assessment.reviewer"), a.text(QStringLiteral("reviewer")));
    const QString opinion = a.text(QStringLiteral("opinion"));
    if (opinion == QLatin1String("suitable"))
        //: The assessment's conclusion as printed in the opinion (建议适用社区矫正)
        put(data, QStringLiteral("assessment.opinion"), CorrectionForms::tr("community correction is suitable"));
    else if (opinion == QLatin1String("unsuitable"))
        //: The assessment's conclusion as printed in the opinion (不建议适用社区矫正)
        put(data, QStringLiteral("assessment.opinion"), CorrectionForms::tr("community correction is not suitable"));
    return data;
}

Result<QList<FormData>> fillAssessment(Database &db, const Access &access, const CorrectionFormQuery &query)
{
    Result<QList<CcRecord>> all = CorrectionService::assessments(db, access);
    if (!all)
        return all.error();
    const QString key = query.subject.trimmed();
    for (const CcRecord &a : *all) {
        if (a.uuid == key) {
            Result<FormData> d = assessmentValues(db, a);
            if (!d)
                return d.error();
            return QList<FormData>{*d};
        }
    }
    // A subject's file: the latest assessment of the same person.
    Result<SubjectFile> file = openFile(db, access, query);
    if (!file)
        return file.error();
    for (const CcRecord &a : *all) {  // newest first
        if (a.text(QStringLiteral("person_uuid")) == file->person.uuid) {
            Result<FormData> d = assessmentValues(db, a);
            if (!d)
                return d.error();
            return QList<FormData>{*d};
        }
    }
    return QList<FormData>();
}

}  // namespace

const QStringList &CorrectionForms::forms()
{
    return formIds();
}

bool CorrectionForms::isCorrectionForm(const QString &formId)
{
    return forms().contains(formId);
}

QString CorrectionForms::recordKindOf(const QString &formId)
{
    if (requestForm(formId))
        return QStringLiteral("request");
    if (formId == QLatin1String("correction-sanction") || formId == QLatin1String("correction-proposal"))
        return QStringLiteral("sanction");
    return QString();
}

QList<CcRecord> CorrectionForms::copyRecords(const SubjectFile &file, const QString &formId)
{
    const QString kind = recordKindOf(formId);
    if (kind.isEmpty())
        return {};
    const QList<CcRecord> &records = kind == QLatin1String("request") ? file.requests : file.sanctions;
    QList<CcRecord> result;
    for (auto it = records.crbegin(); it != records.crend(); ++it) {
        if (copyFor(formId, *it))
            result << *it;
    }
    return result;
}

QPair<QDate, QDate> CorrectionForms::monthsCovered(const CcRecord &subject)
{
    return correctionSpan(subject);
}

QString CorrectionForms::countyAgency(const Database &db)
{
    const OfficeInfo office = Office::info(db);
    QString county = office.countyCode.isEmpty() ? office.code.left(6) : office.countyCode;
    const QString name = Divisions::instance().name(county);
    if (name.isEmpty())
        return QString();
    //: The county agency named on the correction forms; %1 the county (象山县): 象山县社区矫正管理局
    return tr("%1 Community Correction Bureau").arg(name);
}

FormData CorrectionForms::officeValues(const Database &db)
{
    FormData data = MediationForms::officeValues(db);
    put(data, QStringLiteral("county.agency"), countyAgency(db));
    return data;
}

FormData CorrectionForms::subjectValues(const Database &db, const SubjectFile &file)
{
    FormData data = officeValues(db);
    const CcRecord &s = file.subject;
    const Person &p = file.person;
    const auto field = [&](const char *key, const char *column) {
        put(data, QStringLiteral("subject.") + QLatin1String(key), s.text(QString::fromLatin1(column)));
    };
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
    put(data, QStringLiteral("subject.employer"), p.employer.isEmpty() ? s.text(QStringLiteral("employment")) : p.employer);
    field("employment", "employment");
    field("no", "subject_no");
    field("correction_type", "correction_type");
    field("outside_reason", "outside_reason");
    field("grade", "grade");
    field("status", "status");
    field("charge", "charge");
    // For sentences that add 罪 themselves ("因犯盗窃罪"): the charge without its last 罪.
    QString crime = s.text(QStringLiteral("charge")).trimmed();
    if (crime.endsWith(QStringLiteral("罪")))
        crime.chop(1);
    put(data, QStringLiteral("subject.crime"), crime);
    field("charge_category", "charge_category");
    field("court", "decision_body");
    field("handing_body", "handing_body");
    field("judgment_no", "judgment_no");
    field("judgment_date", "judgment_date");
    field("effective_date", "effective_date");
    field("notice_no", "notice_no");
    field("notice_date", "notice_date");
    field("original_sentence", "original_sentence");
    field("original_term", "original_term");
    field("term_from", "term_from");
    field("term_to", "term_to");
    field("additional_penalty", "additional_penalty");
    field("facts", "crime_facts");
    field("prohibition", "prohibition");
    field("prohibition_from", "prohibition_from");
    field("prohibition_to", "prohibition_to");
    field("period_from", "period_from");
    field("period_to", "period_to");
    const QString officer = personName(db, s.text(QStringLiteral("officer")));
    put(data, QStringLiteral("subject.officer"), officer);

    for (const CcRecord &m : file.team)
        data.append(QStringLiteral("team"), memberItem(m));
    for (const CcRecord &m : file.family)
        data.append(QStringLiteral("family"), familyItem(m));
    put(data, QStringLiteral("team.members"), teamSentence(file.team));
    const QDate announced = s.date(QStringLiteral("announced_date"));
    put(data, QStringLiteral("team.date"), isoDate(announced));
    put(data, QStringLiteral("announcement.date"), isoDate(announced));

    const QDate reported = s.date(QStringLiteral("reported_date"));
    put(data, QStringLiteral("reception.reported"), isoDate(reported));
    put(data, QStringLiteral("reception.signed"), s.text(QStringLiteral("received_date")));
    put(data, QStringLiteral("reception.staff"), s.text(QStringLiteral("reception_staff")));
    put(data, QStringLiteral("reception.office_staff"), officer);
    QStringList documents;
    for (const char *column : {"judgment_no", "notice_no"}) {
        const QString no = s.text(QString::fromLatin1(column)).trimmed();
        if (!no.isEmpty())
            documents << no;
    }
    put(data, QStringLiteral("reception.documents"), documents.join(listSeparator()));
    Result<ReportInStatus> in = ReportIn::status(s.date(QStringLiteral("effective_date")), reported, Clock::today());
    if (in)
        put(data, QStringLiteral("reception.note"), ReportIn::describe(*in));

    put(data, QStringLiteral("plan.supervision"), s.text(QStringLiteral("plan_supervision")));
    put(data, QStringLiteral("plan.education"), s.text(QStringLiteral("plan_education")));
    put(data, QStringLiteral("plan.assistance"), s.text(QStringLiteral("plan_assistance")));
    put(data, QStringLiteral("plan.other"), s.text(QStringLiteral("plan_other")));
    put(data, QStringLiteral("plan.evaluation"), s.text(QStringLiteral("plan_evaluation")));
    put(data, QStringLiteral("plan.evaluated_on"), s.text(QStringLiteral("plan_evaluated_date")));
    put(data, QStringLiteral("plan.evaluator"), s.text(QStringLiteral("plan_evaluator")));
    put(data, QStringLiteral("plan.drafter"), officer);
    put(data, QStringLiteral("plan.family"), s.text(QStringLiteral("family_summary")));
    put(data, QStringLiteral("plan.livelihood"), s.text(QStringLiteral("employment")));
    put(data, QStringLiteral("plan.crime_circumstances"), s.text(QStringLiteral("crime_facts")));

    putRelease(db, s, data);
    return data;
}

Result<QList<FormData>> CorrectionForms::fill(Database &db, const Access &access, const QString &formId,
                                              const CorrectionFormQuery &query)
{
    if (!isCorrectionForm(formId))
        return Result<QList<FormData>>::failure(ErrorCode::InvalidInput,
                                                tr("There is no correction form named \"%1\".").arg(formId));
    if (!query.record.trimmed().isEmpty() && recordKindOf(formId).isEmpty())
        //: %1 the form's name
        return Result<QList<FormData>>::failure(ErrorCode::InvalidInput,
                                                tr("The form %1 is not filled for one request or sanction.").arg(formId));
    if (formId == QLatin1String("correction-assessment"))
        return fillAssessment(db, access, query);

    Result<SubjectFile> opened = openFile(db, access, query);
    if (!opened)
        return opened.error();
    const SubjectFile &file = *opened;
    const FormData base = subjectValues(db, file);
    const QString record = query.record.trimmed();
    QList<FormData> copies;

    if (const RequestForm *rf = requestForm(formId)) {
        bool found = false;
        // Oldest first, as the file is read.
        for (auto it = file.requests.crbegin(); it != file.requests.crend(); ++it) {
            const CcRecord &r = *it;
            if (!record.isEmpty() && r.uuid != record)
                continue;
            found = true;
            if (!copyFor(formId, r))
                continue;
            copies << requestCopy(base, r, QString::fromLatin1(rf->prefix));
        }
        if (!record.isEmpty() && copies.isEmpty()) {
            return Result<QList<FormData>>::failure(
                found ? ErrorCode::InvalidInput : ErrorCode::NotFound,
                found ? tr("The request %1 is not one this form is for.").arg(record)
                      : tr("This file has no request %1.").arg(record));
        }
        return copies;
    }
    if (formId == QLatin1String("correction-sanction") || formId == QLatin1String("correction-proposal")) {
        bool found = false;
        for (auto it = file.sanctions.crbegin(); it != file.sanctions.crend(); ++it) {
            const CcRecord &x = *it;
            if (!record.isEmpty() && x.uuid != record)
                continue;
            found = true;
            if (!copyFor(formId, x))
                continue;
            copies << sanctionCopy(base, x, file.subject);
        }
        if (!record.isEmpty() && copies.isEmpty()) {
            return Result<QList<FormData>>::failure(
                found ? ErrorCode::InvalidInput : ErrorCode::NotFound,
                found ? tr("The sanction %1 is not one this form is for.").arg(record)
                      : tr("This file has no sanction %1.").arg(record));
        }
        return copies;
    }
    if (formId == QLatin1String("correction-assessment-monthly")) {
        const auto [from, to] = correctionSpan(file.subject);
        if (query.month.isValid()) {
            const QDate month(query.month.year(), query.month.month(), 1);
            if (!from.isValid() || month > to || month.addMonths(1) <= from)
                //: %1 the month (2026-03)
                return Result<QList<FormData>>::failure(ErrorCode::InvalidInput,
                                                        tr("The person was not under correction in %1.")
                                                            .arg(month.toString(QStringLiteral("yyyy-MM"))));
            copies << monthCopy(base, file, month);
            return copies;
        }
        if (!file.subject.date(QStringLiteral("received_date")).isValid())
            return copies;
        for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1))
            copies << monthCopy(base, file, month);
        return copies;
    }
    if (formId == QLatin1String("correction-release-announcement")
        || formId == QLatin1String("correction-release-certificate")) {
        if (file.subject.text(QStringLiteral("end_type")) == QLatin1String("expired"))
            copies << base;
        return copies;
    }
    copies << base;
    return copies;
}

Result<PrintJob> CorrectionForms::job(Database &db, const Access &access, const QString &formId,
                                      const CorrectionFormQuery &query, const FormOptions &options)
{
    const FormTemplate *t = FormTemplates::find(formId);
    if (!t || t->module != QLatin1String("correction") || !isCorrectionForm(formId)) {
        //: %1 the name given, %2 the correction forms there are
        return Result<PrintJob>::failure(ErrorCode::NotFound, tr("There is no correction form called \"%1\". The "
                                                                 "correction forms are: %2.")
                                                                  .arg(formId, forms().join(QStringLiteral(", "))));
    }
    PrintJob job;
    job.options = options;
    job.title = t->title;
    QList<FormData> copies;
    if (options.blank) {
        copies << officeValues(db);
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
        const QString name = copies.first().value(QStringLiteral("subject.name"));
        if (!name.isEmpty())
            job.title = QStringLiteral("%1 %2").arg(t->title, name);
    }
    job.parts << PrintJob::Part{t, copies, true};
    return job;
}

}  // namespace sifa
