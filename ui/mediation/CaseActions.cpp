#include "mediation/CaseActions.h"

#include "mediation/AgreementDialog.h"
#include "mediation/DisputeDialog.h"
#include "mediation/DisputeService.h"
#include "mediation/MediationCodes.h"
#include "mediation/MediationSetup.h"
#include "rules/Rules.h"
#include "util/Time.h"
#include "widgets/FormDialog.h"
#include "widgets/MessageBox.h"

#include <QCoreApplication>
#include <QLabel>
#include <QStringList>

namespace sifa {
namespace ui {

using A = DisputeWorkflow::Action;

namespace {

// The translation context of the case actions.
class CaseActions {
    Q_DECLARE_TR_FUNCTIONS(CaseActions)
};


QString leadName(const Database &db, const Dispute &d)
{
    Result<QList<Mediator>> list = MediationSetup::mediators(db);
    if (!list)
        return QString();
    QStringList names;
    for (const Mediator &m : *list) {
        if (m.uuid == d.leadMediatorUuid || m.uuid == d.assistMediatorUuid)
            names << m.name;
    }
    return names.join(QStringLiteral("、"));
}

QString partyNames(const Dispute &d)
{
    QStringList names;
    for (const DisputeParty &p : d.parties)
        names << p.name;
    return names.join(QStringLiteral("、"));
}

FormDialog::Items items(const MediationCodes::Items &codes)
{
    return codes;
}

bool recordDialog(QWidget *parent, Database &db, const Session &session, const DisputeFile &file, DisputeRecord r,
                  bool editing)
{
    const bool investigation = r.kind == QLatin1String("investigation");
    const QString title = investigation ? (editing ? CaseActions::tr("Correct the investigation record") : CaseActions::tr("Record an investigation"))
                                        : (editing ? CaseActions::tr("Correct the mediation session record") : CaseActions::tr("Record a mediation session"));
    FormDialog f(title, file.dispute.displayTitle(), parent);
    f.addDateTime(QStringLiteral("time"), CaseActions::tr("When:"), r.time.isValid() ? r.time : QDateTime(Clock::today(), QTime(9, 0)));
    f.addLine(QStringLiteral("place"), CaseActions::tr("Where:"), r.place);
    f.addLine(QStringLiteral("staff"), investigation ? CaseActions::tr("Investigated by *:") : CaseActions::tr("Mediators *:"),
              r.staff.isEmpty() ? leadName(db, file.dispute) : r.staff);
    f.addLine(QStringLiteral("subjects"), investigation ? CaseActions::tr("Persons questioned:") : CaseActions::tr("Parties present:"),
              r.subjects.isEmpty() && !investigation ? partyNames(file.dispute) : r.subjects);
    f.addLine(QStringLiteral("participants"), CaseActions::tr("Others taking part:"), r.participants);
    f.addLine(QStringLiteral("recorder"), CaseActions::tr("Recorded by:"), r.recorder.isEmpty() ? session.displayName : r.recorder);
    f.addText(QStringLiteral("content"), investigation ? CaseActions::tr("Findings *:") : CaseActions::tr("What was said and agreed *:"), r.content, 8);
    f.setAction([&] {
        r.time = f.dateTime(QStringLiteral("time"));
        r.place = f.text(QStringLiteral("place"));
        r.staff = f.text(QStringLiteral("staff"));
        r.subjects = f.text(QStringLiteral("subjects"));
        r.participants = f.text(QStringLiteral("participants"));
        r.recorder = f.text(QStringLiteral("recorder"));
        r.content = f.text(QStringLiteral("content"));
        return editing ? DisputeService::updateRecord(db, session, r) : DisputeService::addRecord(db, session, r).status();
    });
    return f.exec() == QDialog::Accepted;
}

}  // namespace

bool editRecord(QWidget *parent, Database &db, const Session &session, const DisputeFile &file, const DisputeRecord &record)
{
    return recordDialog(parent, db, session, file, record, true);
}

bool removeRecord(QWidget *parent, Database &db, const Session &session, const DisputeRecord &record)
{
    const std::optional<QString> reason = MessageBox::getText(parent, CaseActions::tr("Remove the record"),
                                                              CaseActions::tr("Why is this record removed? It stays in the change log."));
    if (!reason)
        return false;
    const Status s = DisputeService::removeRecord(db, session, record.uuid, *reason);
    if (!s.ok()) {
        MessageBox::warning(parent, CaseActions::tr("Mediation"), s.message());
        return false;
    }
    return true;
}

bool runCaseAction(QWidget *parent, Database &db, const Session &session, const DisputeFile &file, A action)
{
    const Dispute &d = file.dispute;
    const QString uuid = d.uuid;
    const QString who = session.displayName.isEmpty() ? session.username : session.displayName;
    switch (action) {
    case A::EditRegistration: {
        DisputeDialog dialog(db, session, parent);
        dialog.setDispute(d);
        return dialog.exec() == QDialog::Accepted;
    }
    case A::AddInvestigation:
    case A::AddSession: {
        DisputeRecord r;
        r.disputeUuid = uuid;
        r.kind = action == A::AddInvestigation ? QStringLiteral("investigation") : QStringLiteral("session");
        return recordDialog(parent, db, session, file, r, false);
    }
    case A::RecordAgreement: {
        AgreementDialog dialog(db, session, d, parent);
        return dialog.exec() == QDialog::Accepted;
    }
    default: break;
    }

    FormDialog f(DisputeWorkflow::actionLabel(action), d.caseNo.isEmpty() ? d.displayTitle()
                                                                           : CaseActions::tr("%1 %2").arg(d.caseNo, d.displayTitle()),
                 parent);
    switch (action) {
    case A::Accept:
        f.setWindowTitle(CaseActions::tr("Accept the case"));
        f.addDate(QStringLiteral("date"), CaseActions::tr("Accepted on:"), Clock::today());
        f.setAction([&] { return DisputeService::accept(db, session, uuid, f.date(QStringLiteral("date"))); });
        break;
    case A::NotAccept:
        f.setWindowTitle(CaseActions::tr("Do not accept the case"));
        f.addDate(QStringLiteral("date"), CaseActions::tr("Decided on:"), Clock::today());
        f.addText(QStringLiteral("reason"), CaseActions::tr("Reason *:"), QString(), 3);
        f.setAction([&] {
            return DisputeService::notAccept(db, session, uuid, f.date(QStringLiteral("date")), f.text(QStringLiteral("reason")));
        });
        break;
    case A::Terminate:
        f.setWindowTitle(CaseActions::tr("Terminate the mediation"));
        f.addDate(QStringLiteral("date"), CaseActions::tr("Terminated on:"), Clock::today());
        f.addText(QStringLiteral("reason"), CaseActions::tr("Reason *:"), QString(), 3);
        f.addCheck(QStringLiteral("routes"), CaseActions::tr("The parties were told of arbitration, administrative and court routes (Art. 26)"), true);
        f.setAction([&] {
            return DisputeService::terminate(db, session, uuid, f.date(QStringLiteral("date")), f.text(QStringLiteral("reason")),
                                             f.checked(QStringLiteral("routes")));
        });
        break;
    case A::RecordPerformance:
        f.setWindowTitle(CaseActions::tr("Record performance of the agreement"));
        f.addChoice(QStringLiteral("state"), CaseActions::tr("Performance:"), items(MediationCodes::performanceStates()),
                    QStringLiteral("done"));
        f.addDate(QStringLiteral("date"), CaseActions::tr("As of:"), Clock::today());
        f.setAction([&] {
            return DisputeService::recordPerformance(db, session, uuid, f.choice(QStringLiteral("state")),
                                                     f.date(QStringLiteral("date")));
        });
        break;
    case A::Archive:
        f.setWindowTitle(CaseActions::tr("Archive the case"));
        f.addDate(QStringLiteral("date"), CaseActions::tr("Archived on:"), Clock::today());
        f.addLine(QStringLiteral("filed_by"), CaseActions::tr("Filed by *:"), who);
        f.addChoice(QStringLiteral("retention"), CaseActions::tr("Retention:"),
                    {{QStringLiteral("永久"), CaseActions::tr("Permanent")}, {QStringLiteral("长期"), CaseActions::tr("Long term")},
                     {QStringLiteral("短期"), CaseActions::tr("Short term")}},
                    QStringLiteral("长期"));
        f.setAction([&] {
            return DisputeService::archive(db, session, uuid, f.date(QStringLiteral("date")), f.text(QStringLiteral("filed_by")),
                                           f.choice(QStringLiteral("retention")));
        });
        break;
    case A::Reopen:
        f.setWindowTitle(CaseActions::tr("Reopen the case"));
        f.addText(QStringLiteral("reason"), CaseActions::tr("Why is the case reopened? *"), QString(), 3);
        f.setAction([&] { return DisputeService::reopen(db, session, uuid, f.text(QStringLiteral("reason"))); });
        break;
    case A::Extend:
        f.setWindowTitle(CaseActions::tr("Extend the time limit"));
        f.addDate(QStringLiteral("until"), CaseActions::tr("New time limit:"), DisputeService::timeLimit(d).addDays(15), false, false);
        f.addText(QStringLiteral("note"), CaseActions::tr("Both parties agreed, and why *:"), QString(), 3);
        f.setAction([&] {
            return DisputeService::extend(db, session, uuid, f.date(QStringLiteral("until")), f.text(QStringLiteral("note")));
        });
        break;
    case A::AddReturnVisit:
        f.setWindowTitle(CaseActions::tr("Record a return visit"));
        f.addDate(QStringLiteral("date"), CaseActions::tr("Visited on:"), Clock::today());
        f.addLine(QStringLiteral("visitor"), CaseActions::tr("Visited by *:"), who);
        f.addLine(QStringLiteral("visited"), CaseActions::tr("Persons visited:"), partyNames(d));
        f.addChoice(QStringLiteral("performance"), CaseActions::tr("Performance:"), items(MediationCodes::performanceStates()),
                    QStringLiteral("done"));
        f.addChoice(QStringLiteral("satisfaction"), CaseActions::tr("Satisfaction:"), items(MediationCodes::satisfactions()),
                    QStringLiteral("satisfied"));
        f.addCheck(QStringLiteral("sued"), CaseActions::tr("A party has gone to court over the dispute"));
        f.addText(QStringLiteral("situation"), CaseActions::tr("What the visit found *:"), QString(), 4);
        f.addText(QStringLiteral("measures"), CaseActions::tr("Measures taken:"), QString(), 2);
        f.setAction([&] {
            ReturnVisit v;
            v.disputeUuid = uuid;
            v.visitDate = f.date(QStringLiteral("date"));
            v.visitor = f.text(QStringLiteral("visitor"));
            v.visited = f.text(QStringLiteral("visited"));
            v.performance = f.choice(QStringLiteral("performance"));
            v.satisfaction = f.choice(QStringLiteral("satisfaction"));
            v.sued = f.checked(QStringLiteral("sued"));
            v.situation = f.text(QStringLiteral("situation"));
            v.measures = f.text(QStringLiteral("measures"));
            return DisputeService::addReturnVisit(db, session, v).status();
        });
        break;
    case A::ApplyJudicialConfirmation: {
        f.setWindowTitle(CaseActions::tr("Application for judicial confirmation"));
        if (file.agreement) {
            const QDate effective = file.agreement->effectiveDate.isValid() ? file.agreement->effectiveDate
                                                                            : file.agreement->agreedDate;
            const QDate end = Rules::instance().due(QStringLiteral("mediation.judicial_confirmation_window"), effective);
            f.addWidget(QString(), new QLabel(CaseActions::tr("The parties may apply jointly until %1.").arg(toStoredDate(end)), &f));
        }
        f.addDate(QStringLiteral("date"), CaseActions::tr("Applied on:"), Clock::today());
        f.addLine(QStringLiteral("court"), CaseActions::tr("Court *:"));
        f.setAction([&] {
            return DisputeService::applyJudicialConfirmation(db, session, uuid, f.date(QStringLiteral("date")),
                                                             f.text(QStringLiteral("court")));
        });
        break;
    }
    case A::RecordCourtResult:
        f.setWindowTitle(CaseActions::tr("The court's decision"));
        f.addChoice(QStringLiteral("result"), CaseActions::tr("Decision:"),
                    {{QStringLiteral("confirmed"), MediationCodes::courtResultLabel(QStringLiteral("confirmed"))},
                     {QStringLiteral("rejected"), MediationCodes::courtResultLabel(QStringLiteral("rejected"))}});
        f.addLine(QStringLiteral("ruling"), CaseActions::tr("Ruling number:"));
        f.addDate(QStringLiteral("date"), CaseActions::tr("Ruled on:"), Clock::today());
        f.setAction([&] {
            return DisputeService::recordCourtResult(db, session, uuid, f.choice(QStringLiteral("result")),
                                                     f.text(QStringLiteral("ruling")), f.date(QStringLiteral("date")));
        });
        break;
    case A::AssignResponsibility:
        f.setWindowTitle(CaseActions::tr("Assign to a responsible leader (包案)"));
        f.addLine(QStringLiteral("leader"), CaseActions::tr("Responsible leader *:"), d.responsibleLeader);
        f.addDate(QStringLiteral("deadline"), CaseActions::tr("To be resolved by:"),
                  Rules::instance().due(QStringLiteral("mediation.responsibility_default"), Clock::today()), false, false);
        f.setAction([&] {
            return DisputeService::assignResponsibility(db, session, uuid, f.text(QStringLiteral("leader")),
                                                        f.date(QStringLiteral("deadline")));
        });
        break;
    case A::CloseResponsibility:
        f.setWindowTitle(CaseActions::tr("Close the responsibility assignment"));
        f.addDate(QStringLiteral("date"), CaseActions::tr("Closed on:"), Clock::today());
        f.setAction([&] { return DisputeService::closeResponsibility(db, session, uuid, f.date(QStringLiteral("date"))); });
        break;
    default: return false;
    }
    return f.exec() == QDialog::Accepted;
}

}  // namespace ui
}  // namespace sifa
