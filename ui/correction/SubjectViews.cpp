#include "correction/SubjectViews.h"

#include "correction/CorrectionService.h"
#include "correction/CorrectionUi.h"
#include "correction/ReportIn.h"
#include "rules/Rules.h"
#include "sync/ChangeLog.h"
#include "util/Time.h"

#include <QDateTime>

#include <algorithm>

namespace sifa {
namespace ui {

namespace {

using U = CorrectionUi;

QString text(const CcRecord &r, const char *field)
{
    return r.text(QString::fromLatin1(field));
}

QString date(const CcRecord &r, const char *field)
{
    return U::date(r.date(QString::fromLatin1(field)));
}

QString code(const char *table, const CcRecord &r, const char *field)
{
    return U::codeName(QString::fromLatin1(table), text(r, field));
}

QString range(const CcRecord &r, const char *from, const char *to)
{
    return U::period(r.date(QString::fromLatin1(from)), r.date(QString::fromLatin1(to)));
}

QString reportIn(const SubjectFile &file, const QDate &today)
{
    const Result<ReportInStatus> r = ReportIn::status(file.subject.date(QStringLiteral("effective_date")),
                                                      file.subject.date(QStringLiteral("reported_date")), today);
    return r ? ReportIn::describe(*r) : QString();
}

} // namespace

QString SubjectViews::headerFacts(const SubjectFile &file, const QDate &today)
{
    const CcRecord &s = file.subject;
    QStringList facts;
    QString type = code("correction_type", s, "correction_type");
    if (!text(s, "outside_reason").isEmpty())
        type = tr("%1 (%2)").arg(type, code("outside_execution_reason", s, "outside_reason"));
    facts << type;
    if (!text(s, "grade").isEmpty())
        facts << code("supervision_grade", s, "grade");
    facts << tr("period %1").arg(range(s, "period_from", "period_to"));
    const QString report = reportIn(file, today);
    if (!report.isEmpty())
        facts << report;
    if (s.flag(QStringLiteral("is_minor")))
        facts << tr("minor");
    return facts.join(QStringLiteral(" · "));
}

QString SubjectViews::overviewHtml(const Database &db, const SubjectFile &file)
{
    const CcRecord &s = file.subject;
    const Person &p = file.person;
    QString html = U::heading(tr("The person"));
    html += U::table(
        U::row(tr("Name"), p.alias.isEmpty() ? p.name : tr("%1 (formerly %2)").arg(p.name, p.alias)) +
        U::row(tr("Sex"), U::codeName(QStringLiteral("sex"), p.sex)) + U::row(tr("ID number"), p.idNumber) +
        U::row(tr("Born"), p.birthDate.isValid()
                               ? tr("%1 (age %2)").arg(U::date(p.birthDate)).arg(ageOn(p.birthDate, Clock::today()))
                               : QString()) +
        U::row(tr("Ethnicity"), U::codeName(QStringLiteral("ethnicity"), p.ethnicity)) +
        U::row(tr("Education"), U::codeName(QStringLiteral("education"), p.education)) + U::row(tr("Phone"), p.phone) +
        U::row(tr("Employer or school"), p.employer) + U::row(tr("Household registration"), p.hukouAddress) +
        U::row(tr("Residence"), p.residenceAddress));

    html += U::heading(tr("The judgment"));
    html += U::table(
        U::row(tr("Decided by"), text(s, "decision_body")) + U::row(tr("Handed over by"), text(s, "handing_body")) +
        U::row(tr("Judgment"),
               QStringList{text(s, "judgment_no"), date(s, "judgment_date")}.join(QLatin1Char(' ')).trimmed()) +
        U::row(tr("In force from"), date(s, "effective_date")) +
        U::row(tr("Notice of execution"),
               QStringList{text(s, "notice_no"), date(s, "notice_date")}.join(QLatin1Char(' ')).trimmed()) +
        U::row(tr("Charge"),
               QStringList{text(s, "charge"), text(s, "charge_category")}.join(QLatin1Char(' ')).trimmed()) +
        U::row(tr("Main facts"), text(s, "crime_facts")) +
        U::row(tr("Original sentence"),
               QStringList{text(s, "original_sentence"), text(s, "original_term")}.join(QLatin1Char(' ')).trimmed()) +
        U::row(tr("Term runs"), range(s, "term_from", "term_to")) +
        U::row(tr("Additional penalty"), text(s, "additional_penalty")) +
        U::row(tr("Prohibition order"),
               text(s, "prohibition").isEmpty()
                   ? QString()
                   : tr("%1 (%2)").arg(text(s, "prohibition"), range(s, "prohibition_from", "prohibition_to"))));

    html += U::heading(tr("Community correction"));
    html += U::table(
        U::row(tr("Subject number"), text(s, "subject_no")) +
        U::row(tr("Correction type"), code("correction_type", s, "correction_type")) +
        U::row(tr("Outside prison because"), code("outside_execution_reason", s, "outside_reason")) +
        U::row(tr("Period"), range(s, "period_from", "period_to")) +
        U::row(tr("Status"), CorrectionService::statusName(file.status())) +
        U::row(tr("Grade"), code("supervision_grade", s, "grade")) +
        U::row(tr("Officer in charge"), U::officerName(db, text(s, "officer"))) +
        U::row(tr("Report-in"), reportIn(file, Clock::today())) + U::row(tr("Reported in"), date(s, "reported_date")) +
        U::row(tr("Received"),
               QStringList{date(s, "received_date"), text(s, "reception_mode"), text(s, "reception_staff")}
                   .join(QLatin1Char(' '))
                   .trimmed()) +
        U::row(tr("Legal documents received"), date(s, "reception_documents_date")) +
        U::row(tr("Documents checked"), text(s, "reception_documents_check")) +
        U::row(tr("Identity verified"), text(s, "reception_identity_check")) +
        U::row(tr("Told of"), text(s, "reception_notified")) +
        U::row(tr("Announced"), date(s, "announced_date")) + U::row(tr("Household type"), text(s, "household_type")) +
        U::row(tr("Work or study"), text(s, "employment")) + U::row(tr("Employer's phone"), text(s, "employer_phone")) +
        U::row(tr("Community service"), s.flag(QStringLiteral("able_to_work")) ? QString() : tr("not able to work")) +
        U::row(tr("Attention tags"), U::tagNames(text(s, "tags"))) + U::row(tr("Note"), text(s, "note")));

    const QString plan =
        U::row(tr("Causes of the crime"), text(s, "plan_crime_cause")) +
        U::row(tr("Repentance"), text(s, "plan_repentance")) +
        U::row(tr("Psychological traits"), text(s, "plan_psychology")) + U::row(tr("Health"), text(s, "plan_health")) +
        U::row(tr("Focus of correction"), text(s, "plan_focus")) +
        U::row(tr("Supervision"), text(s, "plan_supervision")) + U::row(tr("Education"), text(s, "plan_education")) +
        U::row(tr("Assistance"), text(s, "plan_assistance")) + U::row(tr("Other measures"), text(s, "plan_other")) +
        U::row(tr("Evaluation"), text(s, "plan_evaluation")) +
        U::row(tr("Evaluated"),
               QStringList{date(s, "plan_evaluated_date"), text(s, "plan_evaluator")}.join(QLatin1Char(' ')).trimmed());
    html += U::heading(tr("Correction plan"));
    html += plan.isEmpty()
                ? QStringLiteral("<p style='color:#666'>%1</p>").arg(U::esc(tr("No plan has been written yet.")))
                : U::table(plan);

    if (!file.grades.isEmpty()) {
        html += U::heading(tr("Grades"));
        QString rows;
        for (const CcRecord &g : file.grades)
            rows += U::row(date(g, "from_date"), tr("%1 — %2%3")
                                                     .arg(code("supervision_grade", g, "grade"), text(g, "reason"),
                                                          text(g, "decided_by").isEmpty()
                                                              ? QString()
                                                              : tr(" (decided by %1)").arg(text(g, "decided_by"))));
        html += U::table(rows);
    }
    if (!file.keyPeriods.isEmpty()) {
        html += U::heading(tr("Key periods"));
        QString rows;
        for (const CcRecord &k : file.keyPeriods)
            rows += U::row(range(k, "start_date", "end_date"), text(k, "name"));
        html += U::table(rows);
    }
    return html;
}

QString SubjectViews::endHtml(const SubjectFile &file, const QDate &today)
{
    const CcRecord &s = file.subject;
    const QString status = file.status();
    QString html;
    if (status == QLatin1String("released") || status == QLatin1String("terminated") ||
        status == QLatin1String("transferred_out")) {
        html += U::heading(CorrectionService::statusName(status));
        html +=
            U::table(U::row(tr("How it ended"), code("correction_end_type", s, "end_type")) +
                     U::row(tr("On"), date(s, "end_date")) + U::row(tr("Decision or reason"), text(s, "end_reason")) +
                     U::row(tr("New offence established on"), date(s, "reoffence_date")));
    } else {
        const QDate end = s.date(QStringLiteral("period_to"));
        html += U::heading(tr("End of the period"));
        QString rows =
            U::row(tr("Period ends"),
                   end.isValid()
                       ? tr("%1 (%n day(s) from today)", nullptr, static_cast<int>(today.daysTo(end))).arg(U::date(end))
                       : QString());
        const QDate prepare = Rules::instance().due(QStringLiteral("correction.release_preparation"), end);
        if (prepare.isValid())
            rows +=
                U::row(tr("Release preparation from"),
                       tr("%1: the person's summary, the office's appraisal, the announcement").arg(U::date(prepare)));
        if (s.flag(QStringLiteral("pending_revocation")))
            rows += U::row(tr("Hold"), tr("A revocation or commitment proposal is pending: no release until the "
                                          "decision arrives (司办通〔2021〕94号)."));
        rows += U::row(tr("New offence established on"), date(s, "reoffence_date"));
        html += U::table(rows);
    }
    const QString appraisal =
        U::row(tr("Person's summary"), text(s, "summary_text")) + U::row(tr("Summary dated"), date(s, "summary_date")) +
        U::row(tr("Conduct under correction"), text(s, "appraisal_conduct")) +
        U::row(tr("Attitude to the crime"), text(s, "appraisal_attitude")) +
        U::row(tr("Skills and training"), text(s, "appraisal_skills")) +
        U::row(tr("Risk assessment"), text(s, "appraisal_risk")) +
        U::row(tr("Family relations"), text(s, "appraisal_family")) +
        U::row(tr("Advice for resettlement"), text(s, "appraisal_advice")) +
        U::row(tr("Special circumstances"), text(s, "appraisal_remarks")) +
        U::row(tr("Appraisal dated"), date(s, "appraisal_date")) +
        U::row(
            tr("Release announced"),
            QStringList{date(s, "release_announced_date"), text(s, "release_place")}.join(QLatin1Char(' ')).trimmed()) +
        U::row(tr("Certificate no."), text(s, "certificate_no"));
    if (!appraisal.isEmpty())
        html += U::heading(tr("Appraisal and release")) + U::table(appraisal);
    return html;
}

QString SubjectViews::historyHtml(const Database &db, const SubjectFile &file)
{
    struct Line {
        QString when;
        QString actor;
        QString text;
    };
    QList<Line> lines;
    auto add = [&](const CcRecord &row, const QString &what) {
        Result<QList<Op>> ops = ChangeLog::opsForRow(db, row.uuid);
        if (!ops)
            return;
        for (const Op &op : *ops) {
            QString line;
            if (op.kind == QLatin1String("delete")) {
                line = tr("%1 removed").arg(what);
            } else {
                QString status;
                for (const OpField &f : op.fields) {
                    if (f.field == QLatin1String("status") && op.entity == QLatin1String("cc_subject"))
                        status = CorrectionService::statusName(f.value.toString());
                }
                if (!status.isEmpty())
                    line = tr("Status: %1").arg(status);
                else if (!op.fields.isEmpty())
                    line = tr("%1 written (%n field(s))", nullptr, static_cast<int>(op.fields.size())).arg(what);
            }
            if (line.isEmpty())
                continue;
            if (!op.reason.isEmpty())
                line += tr(" — reason: %1").arg(op.reason);
            const QDateTime t = QDateTime::fromString(op.stamp.wallTime, Qt::ISODateWithMs).toLocalTime();
            lines << Line{t.toString(QStringLiteral("yyyy-MM-dd HH:mm")), op.actor, line};
        }
    };
    add(file.subject, tr("File"));
    for (const CcRecord &r : file.grades)
        add(r, tr("Grade"));
    for (const CcRecord &r : file.team)
        add(r, tr("Team member %1").arg(r.text(QStringLiteral("name"))));
    for (const CcRecord &r : file.family)
        add(r, tr("Relative %1").arg(r.text(QStringLiteral("name"))));
    for (const CcRecord &r : file.activities)
        add(r, U::codeName(QStringLiteral("correction_activity"), r.text(QStringLiteral("kind"))));
    for (const CcRecord &r : file.requests)
        add(r, U::codeName(QStringLiteral("correction_request"), r.text(QStringLiteral("kind"))));
    for (const CcRecord &r : file.sanctions)
        add(r, U::codeName(QStringLiteral("correction_sanction"), r.text(QStringLiteral("kind"))));
    for (const CcRecord &r : file.scores)
        add(r, tr("Score entry"));
    for (const CcRecord &r : file.monitoring)
        add(r, tr("Electronic monitoring"));
    for (const CcRecord &r : file.missing)
        add(r, tr("Loss of contact"));
    std::stable_sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) { return a.when > b.when; });
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    for (const Line &l : lines) {
        html +=
            QStringLiteral("<tr><td style='color:#555; white-space:nowrap'>%1</td><td style='padding:0 10px'>%2</td>"
                           "<td>%3</td></tr>")
                .arg(l.when.toHtmlEscaped(), l.actor.toHtmlEscaped(), l.text.toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

} // namespace ui
} // namespace sifa
