#include "mediation/CaseViews.h"

#include "mediation/DisputeService.h"
#include "mediation/MediationCodes.h"
#include "mediation/MediationSetup.h"
#include "people/IdNumber.h"
#include "rules/Rules.h"
#include "sync/ChangeLog.h"
#include "util/Time.h"

#include <QDateTime>
#include <QStringList>

#include <algorithm>

namespace sifa {
namespace ui {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString row(const QString &label, const QString &value)
{
    if (value.trimmed().isEmpty())
        return QString();
    return QStringLiteral("<tr><td style='color:#555; padding-right:14px; white-space:nowrap' valign='top'>%1</td>"
                          "<td>%2</td></tr>")
        .arg(esc(label), esc(value));
}

QString table(const QString &rows)
{
    return QStringLiteral("<table cellspacing='0' cellpadding='3'>%1</table>").arg(rows);
}

QString heading(const QString &text)
{
    return QStringLiteral("<h3 style='margin-top:14px'>%1</h3>").arg(esc(text));
}

QString date(const QDate &d)
{
    return toStoredDate(d);
}

QString nameOf(const QList<Mediator> &list, const QString &uuid)
{
    for (const Mediator &m : list) {
        if (m.uuid == uuid)
            return m.name;
    }
    return QString();
}

QString yesNo(bool b)
{
    return b ? CaseViews::tr("yes") : QString();
}

QString prevented(int cases, int persons)
{
    return cases > 0 ? CaseViews::tr("%n person(s)", nullptr, persons) : QString();
}

}  // namespace

QString CaseViews::overviewHtml(const Database &db, const DisputeFile &file)
{
    const Dispute &d = file.dispute;
    QString committee;
    if (Result<QList<Committee>> list = MediationSetup::committees(db)) {
        for (const Committee &c : *list) {
            if (c.uuid == d.committeeUuid)
                committee = c.name;
        }
    }
    const QList<Mediator> mediators = MediationSetup::mediators(db).value_or(QList<Mediator>());
    QString source = MediationCodes::sourceLabel(d.source);
    if (d.source == QLatin1String("referral"))
        source = tr("%1: %2").arg(source, d.referralBody.isEmpty() ? d.referralKind : d.referralBody);

    QString html = heading(tr("Registration"));
    html += table(row(tr("Case number"), d.caseNo.isEmpty() ? tr("given on acceptance") : d.caseNo)
                  + row(tr("Registered"), date(d.registeredDate)) + row(tr("Accepted"), date(d.acceptedDate))
                  + row(tr("Source"), source) + row(tr("Type"), MediationCodes::disputeTypeLabel(d.disputeType))
                  + row(tr("Summary"), d.summary) + row(tr("Claims"), d.claims)
                  + row(tr("Persons involved"), d.personsInvolved ? QString::number(d.personsInvolved) : QString())
                  + row(tr("Amount involved"), d.amountInvolvedFen ? tr("%1 yuan").arg(formatYuan(d.amountInvolvedFen)) : QString())
                  + row(tr("Place"), d.place) + row(tr("Committee"), committee)
                  + row(tr("Lead mediator"), nameOf(mediators, d.leadMediatorUuid))
                  + row(tr("Assisting mediator"), nameOf(mediators, d.assistMediatorUuid))
                  + row(tr("Registered by"), d.registrar));

    html += heading(tr("Parties"));
    QString parties;
    for (const DisputeParty &p : d.parties) {
        QStringList detail;
        if (!p.idNumber.isEmpty())
            detail << IdNumbers::mask(p.idNumber);
        if (!p.legalRep.isEmpty())
            detail << tr("legal representative %1").arg(p.legalRep);
        if (!p.phone.isEmpty())
            detail << p.phone;
        if (!p.address.isEmpty())
            detail << p.address;
        parties += row(MediationCodes::roleLabel(p.role), p.name + (detail.isEmpty() ? QString() : QStringLiteral("　") + detail.join(QStringLiteral("，"))));
    }
    html += table(parties);

    const QString risk = (row(tr("Risk level"), d.riskLevel.isEmpty() ? QString() : MediationCodes::riskLabel(d.riskLevel))
                  + row(tr("Group dispute"), d.isGroup ? tr("%n person(s)", nullptr, d.groupHeadcount) : QString())
                  + row(tr("Major or difficult"), yesNo(d.isMajor)) + row(tr("Reported to the police"), yesNo(d.reportedToPolice))
                  + row(tr("Prevented turning criminal"), prevented(d.preventCriminalCases, d.preventCriminalPersons))
                  + row(tr("Prevented a group petition"), prevented(d.preventPetitionCases, d.preventPetitionPersons))
                  + row(tr("Prevented a group fight"), prevented(d.preventFightCases, d.preventFightPersons))
                  + row(tr("Prevented a suicide"), prevented(d.preventSuicideCases, d.preventSuicidePersons))
                  + row(tr("Responsible leader (包案)"),
                        d.responsibleLeader.isEmpty() ? QString()
                                                      : tr("%1, to be resolved by %2%3")
                                                            .arg(d.responsibleLeader, date(d.responsibleDeadline),
                                                                 d.responsibleClosed.isValid()
                                                                     ? tr(" (closed %1)").arg(date(d.responsibleClosed))
                                                                     : QString())));
    if (!risk.isEmpty())
        html += heading(tr("Risk and prevention")) + table(risk);

    if (d.status == DisputeStatus::NotAccepted || !d.result.isEmpty() || d.archivedDate.isValid() || d.extensionUntil.isValid()) {
        html += heading(tr("Outcome"));
        html += table(row(tr("Not accepted because"), d.notAcceptedReason)
                      + row(tr("Extended until"), d.extensionUntil.isValid()
                                                      ? tr("%1 (%2)").arg(date(d.extensionUntil), d.extensionNote)
                                                      : QString())
                      + row(tr("Result"), d.result.isEmpty() ? QString() : MediationCodes::resultLabel(d.result))
                      + row(tr("Result date"), date(d.resultDate)) + row(tr("Terminated because"), d.terminationReason)
                      + row(tr("Other routes explained"), d.result == QLatin1String("terminated") ? yesNo(d.routesExplained) : QString())
                      + row(tr("Closed"), date(d.closedDate)) + row(tr("Archived"), date(d.archivedDate))
                      + row(tr("Filed by"), d.filedBy) + row(tr("Retention"), d.retention));
    }
    return html;
}

QString CaseViews::agreementHtml(const DisputeFile &file)
{
    if (!file.agreement)
        return QStringLiteral("<p style='color:#666'>%1</p>").arg(esc(tr("No agreement has been recorded.")));
    const Agreement &a = *file.agreement;
    QString html = heading(a.form == QLatin1String("written") ? tr("Written agreement") : tr("Oral agreement"));
    html += table(row(tr("Agreement number"), a.agreementNo) + row(tr("Reached on"), date(a.agreedDate))
                  + row(tr("In force from"), date(a.effectiveDate)) + row(tr("Facts and liability"), a.facts)
                  + row(tr("Total amount"), a.amountFen ? tr("%1 yuan").arg(formatYuan(a.amountFen)) : QString())
                  + row(tr("Performance method"), a.performanceMethod)
                  + row(tr("Performance deadline"), date(a.performanceDeadline))
                  + row(tr("Copies"), a.copies ? QString::number(a.copies) : QString()));
    html += heading(tr("Terms"));
    QString terms = QStringLiteral("<table cellspacing='0' cellpadding='4' border='1' style='border-collapse:collapse'>"
                                   "<tr><th>%1</th><th align='left'>%2</th><th>%3</th><th>%4</th></tr>")
                        .arg(esc(tr("No.")), esc(tr("Term")), esc(tr("Amount (yuan)")), esc(tr("Due")));
    for (const AgreementClause &c : a.clauses) {
        terms += QStringLiteral("<tr><td align='center'>%1</td><td>%2</td><td align='right'>%3</td><td>%4</td></tr>")
                     .arg(c.seq)
                     .arg(esc(c.text), c.amountFen ? formatYuan(c.amountFen) : QString(), date(c.dueDate));
    }
    html += terms + QStringLiteral("</table>");
    html += heading(tr("Performance and judicial confirmation"));
    html += table(row(tr("Performance"), a.performanceStatus.isEmpty() ? QString()
                                                                        : tr("%1 (%2)").arg(MediationCodes::performanceLabel(a.performanceStatus),
                                                                                            date(a.performanceDate)))
                  + row(tr("Judicial confirmation applied"), a.jcAppliedDate.isValid()
                                                                 ? tr("%1 at %2").arg(date(a.jcAppliedDate), a.jcCourt)
                                                                 : QString())
                  + row(tr("Court's decision"), a.jcResult.isEmpty() ? QString() : MediationCodes::courtResultLabel(a.jcResult))
                  + row(tr("Ruling"), a.jcRulingNo.isEmpty() ? QString() : tr("%1 (%2)").arg(a.jcRulingNo, date(a.jcResultDate))));
    return html;
}

QString CaseViews::deadlineText(const DisputeFile &file, const QDate &today)
{
    const Dispute &d = file.dispute;
    QStringList parts;
    auto describe = [&today](const QString &what, const QDate &due) {
        const qint64 days = today.daysTo(due);
        QString when;
        QString colour = QStringLiteral("#2e7d32");
        if (days < 0) {
            when = tr("overdue by %n day(s)", nullptr, static_cast<int>(-days));
            colour = QStringLiteral("#c62828");
        } else if (days == 0) {
            when = tr("due today");
            colour = QStringLiteral("#e67e22");
        } else {
            when = tr("%n day(s) left", nullptr, static_cast<int>(days));
            if (days <= 5)
                colour = QStringLiteral("#e67e22");
        }
        return QStringLiteral("%1 %2 <span style='color:%3'>(%4)</span>")
            .arg(what.toHtmlEscaped(), toStoredDate(due), colour, when.toHtmlEscaped());
    };
    const QDate limit = DisputeService::timeLimit(d);
    if (limit.isValid())
        parts << describe(d.extensionUntil.isValid() ? tr("Extended time limit:") : tr("Time limit:"), limit);
    if (file.agreement && file.agreement->form == QLatin1String("written") && !file.agreement->jcAppliedDate.isValid()
        && (d.status == DisputeStatus::Agreed || d.status == DisputeStatus::Performing || d.status == DisputeStatus::Performed)) {
        const QDate effective = file.agreement->effectiveDate.isValid() ? file.agreement->effectiveDate : file.agreement->agreedDate;
        const QDate end = Rules::instance().due(QStringLiteral("mediation.judicial_confirmation_window"), effective);
        if (end >= today)
            parts << describe(tr("Judicial confirmation until:"), end);
    }
    if (!d.responsibleLeader.isEmpty() && !d.responsibleClosed.isValid() && d.responsibleDeadline.isValid())
        parts << describe(tr("包案 %1:").arg(d.responsibleLeader), d.responsibleDeadline);
    return parts.join(QStringLiteral("　·　"));
}

QString CaseViews::historyHtml(const Database &db, const DisputeFile &file)
{
    struct Line {
        QString when;
        QString actor;
        QString text;
    };
    QList<Line> lines;
    auto add = [&](const QString &rowUuid, const QString &what) {
        Result<QList<Op>> ops = ChangeLog::opsForRow(db, rowUuid);
        if (!ops)
            return;
        for (const Op &op : *ops) {
            QString text;
            if (op.kind == QLatin1String("delete")) {
                text = tr("%1 removed").arg(what);
            } else if (op.entity == QLatin1String("dispute")) {
                QString status;
                for (const OpField &f : op.fields) {
                    if (f.field == QLatin1String("status"))
                        status = MediationCodes::statusLabel(f.value.toString());
                }
                if (op.fields.size() > 0 && status.isEmpty())
                    text = tr("Case details changed (%n field(s))", nullptr, static_cast<int>(op.fields.size()));
                else
                    text = tr("Status: %1").arg(status);
            } else {
                text = op.fields.isEmpty() ? QString() : tr("%1 written").arg(what);
            }
            if (text.isEmpty())
                continue;
            if (!op.reason.isEmpty())
                text += tr(" — reason: %1").arg(op.reason);
            const QDateTime t = QDateTime::fromString(op.stamp.wallTime, Qt::ISODateWithMs).toLocalTime();
            lines << Line{t.toString(QStringLiteral("yyyy-MM-dd HH:mm")), op.actor, text};
        }
    };
    add(file.dispute.uuid, tr("Case"));
    for (const DisputeParty &p : file.dispute.parties)
        add(p.uuid, tr("Party %1").arg(p.name));
    for (const DisputeRecord &r : file.records)
        add(r.uuid, MediationCodes::recordKindLabel(r.kind));
    if (file.agreement)
        add(file.agreement->uuid, tr("Agreement"));
    for (const ReturnVisit &v : file.visits)
        add(v.uuid, tr("Return visit"));
    std::stable_sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) { return a.when < b.when; });
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    for (const Line &l : lines) {
        html += QStringLiteral("<tr><td style='color:#555; white-space:nowrap'>%1</td><td style='padding:0 10px'>%2</td><td>%3</td></tr>")
                    .arg(l.when.toHtmlEscaped(), l.actor.toHtmlEscaped(), l.text.toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

}  // namespace ui
}  // namespace sifa
