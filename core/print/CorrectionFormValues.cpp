// The copies of the 社区矫正 forms filled per record: a request, a sanction or proposal, a
// month's assessment, and the pre-sentence assessment; with the helpers the forms share.
#include "print/CorrectionFormValues.h"

#include "codes/CodeTables.h"
#include "codes/Divisions.h"
#include "correction/CorrectionService.h"
#include "people/IdNumber.h"
#include "people/PersonRepository.h"
#include "print/CorrectionForms.h"
#include "security/Users.h"
#include "storage/Database.h"
#include "util/Time.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace sifa {
namespace correction_forms {

namespace {

// An hour count as a form writes it: 8, 7.5.
QString hours(double h)
{
    return QString::number(std::round(h * 10) / 10, 'g', 6);
}

}  // namespace

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
// 表扬、训诫、警告 are decided on the approval form; the rest are proposals to another body.
bool onSanctionForm(const QString &kind)
{
    return kind == QLatin1String("praise") || kind == QLatin1String("admonition") || kind == QLatin1String("warning");
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
    // The decision (county_* columns) is the county's box, unless the office decided within its
    // entrusted limit: then it is the office's, signed by who decided, and the county's box
    // stays empty.
    const QString review = r.text(QStringLiteral("office_opinion")).trimmed();
    const QString decision = r.text(QStringLiteral("county_opinion")).trimmed();
    const bool decided = r.date(QStringLiteral("county_date")).isValid();
    if (r.text(QStringLiteral("level")) == QLatin1String("office") && decided) {
        QStringList opinions{review};
        if (decision != review)
            opinions << decision;
        opinions.removeAll(QString());
        set("office_opinion", opinions.join(QStringLiteral("　")));
        set("office_reviewer", r.text(QStringLiteral("county_approver")));
        set("office_date", r.text(QStringLiteral("county_date")));
    } else {
        set("office_opinion", review);
        set("office_reviewer", r.text(QStringLiteral("office_reviewer")));
        set("office_date", r.text(QStringLiteral("office_date")));
        set("county_opinion", decision);
        set("county_approver", r.text(QStringLiteral("county_approver")));
        set("county_date", r.text(QStringLiteral("county_date")));
    }
    set("decision_no", r.text(QStringLiteral("decision_no")));
    const QString kind = r.text(QStringLiteral("kind"));
    if (kind == QLatin1String("leave")) {
        // Leave within the office's entrusted limit is approved by the office itself.
        if (r.text(QStringLiteral("status")) == QLatin1String("approved")) {
            set("approved_by", r.text(QStringLiteral("level")) == QLatin1String("office")
                                   ? base.value(QStringLiteral("office.name"))
                                   : base.value(QStringLiteral("county.agency")));
            set("approved_on", r.text(QStringLiteral("county_date")));
        }
        set("certificate_no", r.text(QStringLiteral("certificate_no")));
        // The certificate is issued by whoever handled the request at the office.
        set("issuer", r.text(QStringLiteral("office_reviewer")));
        set("returned", r.text(QStringLiteral("returned_date")));
        set("return_staff", r.text(QStringLiteral("return_staff")));
    } else if (kind == QLatin1String("visitor")) {
        set("name", r.text(QStringLiteral("visitor_name")));
        set("relation", r.text(QStringLiteral("visitor_relation")));
        set("identity", r.text(QStringLiteral("visitor_identity")));
        const QString sex = r.text(QStringLiteral("visitor_sex"));
        if (sex == QLatin1String("1") || sex == QLatin1String("2"))
            set("sex", sex);
        set("id_number", r.text(QStringLiteral("visitor_id_number")));
        set("address", r.text(QStringLiteral("visitor_address")));
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
    put(data, QStringLiteral("review.period"), QStringLiteral("month"));
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

}  // namespace correction_forms
}  // namespace sifa
