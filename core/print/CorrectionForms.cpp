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
#include "print/CorrectionFormValues.h"
#include "print/FormTemplate.h"
#include "print/MediationForms.h"
#include "settings/DbSettings.h"
#include "util/Time.h"

#include <QHash>

namespace sifa {

using namespace correction_forms;

namespace {

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
    if (query.opened)
        return CorrectionService::reread(db, access, query.subject.trimmed(), query.sealApproval);
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
        // Released before the period's end: pardoned (the reason is the amnesty).
        put(data, QStringLiteral("release.ground"),
            s.text(QStringLiteral("end_reason")).trimmed().isEmpty() ? QStringLiteral("expired")
                                                                     : QStringLiteral("pardoned"));
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

// The tick box of the reception form's 报到情况 for a report-in state; empty while waiting.
QString reportInCode(ReportInStatus::State state)
{
    switch (state) {
    case ReportInStatus::OnTime: return QStringLiteral("on_time");
    case ReportInStatus::Late: return QStringLiteral("late");
    case ReportInStatus::NotReported: return QStringLiteral("not_reported");
    case ReportInStatus::Waiting: break;
    }
    return QString();
}

// The reception form's 报到方式 (本人报到 or 移送) from the way of reception as recorded: the
// reception dialog's own choices, in Chinese or English, or the codes themselves; empty for
// anything else (the box is ticked by hand).
QString receptionWay(const QString &mode)
{
    const QString m = mode.trimmed();
    if (m == QLatin1String("in_person") || m.contains(QStringLiteral("本人"))
        || m.contains(QLatin1String("in person"), Qt::CaseInsensitive))
        return QStringLiteral("in_person");
    if (m == QLatin1String("handed_over") || m.contains(QStringLiteral("移交")) || m.contains(QStringLiteral("移送"))
        || m.contains(QLatin1String("handed over"), Qt::CaseInsensitive))
        return QStringLiteral("handed_over");
    return QString();
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

FormData CorrectionForms::officeValues(const Database &db)
{
    FormData data = MediationForms::officeValues(db);
    put(data, QStringLiteral("county.agency"), Office::countyCorrectionAgency(db));
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
    if (in) {
        put(data, QStringLiteral("reception.note"), ReportIn::describe(*in));
        put(data, QStringLiteral("reception.report_in"), reportInCode(in->state));
    }
    put(data, QStringLiteral("reception.way"), receptionWay(s.text(QStringLiteral("reception_mode"))));
    put(data, QStringLiteral("reception.documents_date"), s.text(QStringLiteral("reception_documents_date")));
    put(data, QStringLiteral("reception.documents_check"), s.text(QStringLiteral("reception_documents_check")));
    put(data, QStringLiteral("reception.identity_check"), s.text(QStringLiteral("reception_identity_check")));
    put(data, QStringLiteral("reception.notified"), s.text(QStringLiteral("reception_notified")));

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
    for (const char *key : {"crime_cause", "repentance", "psychology", "health", "focus"})
        put(data, QStringLiteral("plan.") + QLatin1String(key), s.text(QStringLiteral("plan_") + QLatin1String(key)));

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
