#include "placement/PlacementViews.h"

#include "correction/CorrectionUi.h"
#include "placement/PlacementService.h"
#include "placement/PlacementUi.h"
#include "sync/ChangeLog.h"
#include "util/Time.h"

#include <QDateTime>

#include <algorithm>

namespace sifa {
namespace ui {

namespace {

using U = CorrectionUi;

QString text(const Record &r, const char *field)
{
    return r.text(QString::fromLatin1(field));
}

QString date(const Record &r, const char *field)
{
    return U::date(r.date(QString::fromLatin1(field)));
}

QString code(const char *table, const Record &r, const char *field)
{
    return U::codeName(QString::fromLatin1(table), text(r, field));
}

QString joined(const QStringList &parts)
{
    QStringList kept;
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            kept << p.trimmed();
    }
    return kept.join(QLatin1Char(' '));
}

QString yes(const Record &r, const char *field, const QString &label)
{
    return r.flag(QString::fromLatin1(field)) ? label : QString();
}

} // namespace

QString PlacementViews::headerFacts(const PlacementFile &file)
{
    const Record &s = file.subject;
    QStringList facts;
    facts << code("placement_source", s, "source_type");
    if (!text(s, "category").isEmpty())
        facts << code("placement_category", s, "category");
    facts << tr("released %1").arg(date(s, "release_date"));
    if (!date(s, "assist_end_date").isEmpty())
        facts << tr("assistance until %1").arg(date(s, "assist_end_date"));
    if (file.sanwu())
        facts << tr("no home, job or family");
    if (s.flag(QStringLiteral("dual_listed")))
        facts << tr("dual-listed");
    if (s.flag(QStringLiteral("is_minor")))
        facts << tr("minor");
    return facts.join(QStringLiteral(" · "));
}

QString PlacementViews::overviewHtml(const Database &db, const PlacementFile &file)
{
    const Record &s = file.subject;
    const Person &p = file.person;
    QString html = U::heading(tr("The person"));
    html += U::table(
        U::row(tr("Name"), p.alias.isEmpty() ? p.name : tr("%1 (formerly %2)").arg(p.name, p.alias)) +
        U::row(tr("Sex"), U::codeName(QStringLiteral("sex"), p.sex)) + U::row(tr("ID number"), p.idNumber) +
        U::row(tr("Born"), p.birthDate.isValid()
                               ? tr("%1 (age %2)").arg(U::date(p.birthDate)).arg(ageOn(p.birthDate, Clock::today()))
                               : QString()) +
        U::row(tr("Education"), U::codeName(QStringLiteral("education"), p.education)) + U::row(tr("Phone"), p.phone) +
        U::row(tr("Household registration"), p.hukouAddress) + U::row(tr("Residence"), p.residenceAddress));

    html += U::heading(tr("The release"));
    html += U::table(
        U::row(tr("Source"), code("placement_source", s, "source_type")) + U::row(tr("File number"), text(s, "subject_no")) +
        U::row(tr("Released on"), date(s, "release_date")) + U::row(tr("Released by"), text(s, "releasing_org")) +
        U::row(tr("Release certificate"), text(s, "release_cert_no")) +
        U::row(tr("Prison notice"), text(s, "notice_no")) +
        U::row(tr("Released early"), s.flag(QStringLiteral("early_release"))
                                         ? joined({tr("yes"), text(s, "early_release_reason")})
                                         : QString()) +
        U::row(tr("Assistance period"), U::period(s.date(QStringLiteral("release_date")),
                                                  s.date(QStringLiteral("assist_end_date")))) +
        U::row(tr("Status"), PlacementService::statusName(file.status())) +
        U::row(tr("Officer in charge"), U::officerName(db, text(s, "officer"))));

    html += U::heading(tr("The offence"));
    html += U::table(U::row(tr("Charge"), joined({text(s, "charge"), text(s, "crime_type")})) +
                     U::row(tr("Original sentence"), joined({text(s, "original_sentence"), text(s, "original_term")})) +
                     U::row(tr("Additional penalty"), text(s, "additional_penalty")) +
                     U::row(tr("Prior convictions"), joined({text(s, "prior_convictions"),
                                                             yes(s, "is_recidivist", tr("recidivist"))})) +
                     U::row(tr("Drug history"), text(s, "drug_history")) +
                     U::row(tr("Conduct in prison"), text(s, "reform_performance")) +
                     U::row(tr("Attitude to the crime"), text(s, "guilt_attitude")));

    QStringList sanwu;
    for (const auto &[field, label] : {qMakePair("no_home", tr("no home")), qMakePair("no_job", tr("no job")),
                                       qMakePair("no_family", tr("no family to rely on"))}) {
        if (s.flag(QString::fromLatin1(field)))
            sanwu << label;
    }
    html += U::heading(tr("The person now"));
    html += U::table(U::row(tr("Skills"), joined({text(s, "skills"), text(s, "training"), text(s, "certificate")})) +
                     U::row(tr("State of mind"), text(s, "psych")) + U::row(tr("Health"), text(s, "health")) +
                     U::row(tr("Situation"), sanwu.join(QStringLiteral("、"))) +
                     U::row(tr("Risk category"), joined({code("placement_category", s, "category"),
                                                         code("placement_risk", s, "risk_level")})) +
                     U::row(tr("Listed in two places"),
                            s.flag(QStringLiteral("dual_listed")) ? joined({tr("yes"), text(s, "other_office")})
                                                                  : QString()) +
                     U::row(tr("Note"), text(s, "note")));

    const QString appraisal =
        U::row(tr("Conduct"), text(s, "appraisal_conduct")) + U::row(tr("Attitude"), text(s, "appraisal_attitude")) +
        U::row(tr("Skills"), text(s, "appraisal_skills")) + U::row(tr("Risk"), text(s, "appraisal_risk")) +
        U::row(tr("Family"), text(s, "appraisal_family")) + U::row(tr("Advice"), text(s, "appraisal_advice"));
    if (!appraisal.isEmpty())
        html += U::heading(tr("Appraisal on release from community correction")) + U::table(appraisal);
    return html;
}

QString PlacementViews::handoverHtml(const PlacementFile &file)
{
    const Record &s = file.subject;
    const QString status = text(s, "handover_status");
    QString html = QStringLiteral("<p><span style='color:%1; font-weight:bold'>%2</span></p>")
                       .arg(PlacementUi::handoverColour(status), U::esc(code("handover_status", s, "handover_status")));
    html += U::table(U::row(tr("How"), code("handover_mode", s, "handover_mode")) +
                     U::row(tr("On"), date(s, "handover_date")) + U::row(tr("Where"), text(s, "handover_place")) +
                     U::row(tr("Who went"), text(s, "handover_staff")) +
                     U::row(tr("Family told of the release"), date(s, "family_informed_date")) +
                     U::row(tr("Reported to the office"), date(s, "reported_date")) +
                     U::row(tr("Registered with the police"), date(s, "police_registered_date")) +
                     U::row(tr("Search for the person"), text(s, "whereabouts_note")));
    return html;
}

QString PlacementViews::endHtml(const PlacementFile &file, const QDate &today)
{
    const Record &s = file.subject;
    if (file.isOpen()) {
        const QDate end = s.date(QStringLiteral("assist_end_date"));
        QString html = U::heading(tr("End of the period"));
        html += U::table(U::row(
            tr("Assistance ends"),
            end.isValid() ? tr("%1 (%n day(s) from today)", nullptr, static_cast<int>(today.daysTo(end))).arg(U::date(end))
                          : QString()));
        return html;
    }
    QString html = U::heading(PlacementService::statusName(file.status()));
    html += U::table(U::row(tr("Why"), code("placement_end_type", s, "end_type")) + U::row(tr("On"), date(s, "end_date")) +
                     U::row(tr("New offence"), joined({text(s, "new_charge"), text(s, "new_sentence")})) +
                     U::row(tr("Moved to"), text(s, "moved_to")) + U::row(tr("Details"), text(s, "end_reason")) +
                     U::row(tr("The office's opinion"), text(s, "end_office_opinion")) +
                     U::row(tr("Approved"), joined({text(s, "end_approver"), date(s, "end_approved_date")})));
    return html;
}

QString PlacementViews::historyHtml(const Database &db, const PlacementFile &file)
{
    struct Line {
        QString when;
        QString actor;
        QString text;
    };
    QList<Line> lines;
    auto add = [&](const Record &row, const QString &what) {
        Result<QList<Op>> ops = ChangeLog::opsForRow(db, row.uuid);
        if (!ops)
            return;
        for (const Op &op : *ops) {
            QString line;
            if (op.kind == QLatin1String("delete")) {
                line = tr("%1 removed").arg(what);
            } else {
                QStringList steps;
                for (const OpField &f : op.fields) {
                    if (op.entity != QLatin1String("rp_subject"))
                        continue;
                    if (f.field == QLatin1String("status"))
                        steps << tr("Status: %1").arg(PlacementService::statusName(f.value.toString()));
                    else if (f.field == QLatin1String("handover_status"))
                        steps << tr("Hand-over: %1")
                                     .arg(U::codeName(QStringLiteral("handover_status"), f.value.toString()));
                    else if (f.field == QLatin1String("category"))
                        steps << tr("Category: %1")
                                     .arg(U::codeName(QStringLiteral("placement_category"), f.value.toString()));
                }
                if (!steps.isEmpty())
                    line = steps.join(QStringLiteral("; "));
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
    for (const Record &r : file.members)
        add(r, tr("Group member %1").arg(r.text(QStringLiteral("name"))));
    for (const Record &r : file.agreements)
        add(r, tr("Agreement"));
    for (const Record &r : file.visits)
        add(r, U::codeName(QStringLiteral("placement_visit"), r.text(QStringLiteral("kind"))));
    for (const Record &r : file.placements)
        add(r, tr("Placement"));
    for (const Record &r : file.assistance)
        add(r, U::codeName(QStringLiteral("placement_assistance"), r.text(QStringLiteral("kind"))));
    for (const Record &r : file.reviews)
        add(r, tr("Risk assessment"));
    for (const Record &r : file.moves)
        add(r, U::codeName(QStringLiteral("placement_move"), r.text(QStringLiteral("kind"))));
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
