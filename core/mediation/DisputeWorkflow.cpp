#include "mediation/DisputeWorkflow.h"

#include "mediation/MediationCodes.h"

namespace sifa {

namespace S = DisputeStatus;
using A = DisputeWorkflow::Action;

namespace {

bool in(const QString &status, std::initializer_list<QString> states)
{
    for (const QString &s : states) {
        if (s == status)
            return true;
    }
    return false;
}

// Where each action is allowed.
bool allowed(const QString &st, A action)
{
    switch (action) {
    case A::EditRegistration: return st != S::Archived;
    case A::Accept:
    case A::NotAccept: return st == S::Registered;
    case A::AddInvestigation: return in(st, {S::Accepted, S::Investigating, S::Mediating});
    case A::AddSession: return in(st, {S::Accepted, S::Investigating, S::Mediating});
    case A::RecordAgreement: return st == S::Mediating;
    case A::Terminate: return in(st, {S::Accepted, S::Investigating, S::Mediating});
    case A::RecordPerformance: return in(st, {S::Agreed, S::Performing});
    case A::Archive: return in(st, {S::Performed, S::NotPerformed, S::Terminated, S::NotAccepted});
    case A::Reopen: return in(st, {S::NotAccepted, S::Terminated, S::Performed, S::NotPerformed, S::Archived});
    case A::Extend: return in(st, {S::Accepted, S::Investigating, S::Mediating});
    case A::AddReturnVisit:
    case A::ApplyJudicialConfirmation:
    case A::RecordCourtResult: return in(st, {S::Agreed, S::Performing, S::Performed, S::NotPerformed, S::Archived});
    case A::AssignResponsibility: return in(st, {S::Registered, S::Accepted, S::Investigating, S::Mediating, S::Agreed, S::Performing});
    case A::CloseResponsibility: return st != S::Registered;
    }
    return false;
}

}  // namespace

QString DisputeWorkflow::actionLabel(Action action)
{
    switch (action) {
    case A::EditRegistration: return tr("change the registration");
    case A::Accept: return tr("accept the case");
    case A::NotAccept: return tr("decline the case");
    case A::AddInvestigation: return tr("record an investigation");
    case A::AddSession: return tr("record a mediation session");
    case A::RecordAgreement: return tr("record an agreement");
    case A::Terminate: return tr("terminate the mediation");
    case A::RecordPerformance: return tr("record how the agreement is performed");
    case A::Archive: return tr("archive the case");
    case A::Reopen: return tr("reopen the case");
    case A::Extend: return tr("extend the time limit");
    case A::AddReturnVisit: return tr("record a return visit");
    case A::ApplyJudicialConfirmation: return tr("record the application for judicial confirmation");
    case A::RecordCourtResult: return tr("record the court's decision");
    case A::AssignResponsibility: return tr("assign the case to a responsible leader");
    case A::CloseResponsibility: return tr("close the responsibility assignment");
    }
    return QString();
}

QString DisputeWorkflow::actionTitle(Action action)
{
    switch (action) {
    case A::EditRegistration: return tr("Correct the registration…");
    case A::Accept: return tr("Accept…");
    case A::NotAccept: return tr("Decline…");
    case A::AddInvestigation: return tr("Investigation record…");
    case A::AddSession: return tr("Mediation session…");
    case A::RecordAgreement: return tr("Agreement…");
    case A::Terminate: return tr("Terminate…");
    case A::RecordPerformance: return tr("Performance…");
    case A::Archive: return tr("Archive…");
    case A::Reopen: return tr("Reopen…");
    case A::Extend: return tr("Extend the time limit…");
    case A::AddReturnVisit: return tr("Return visit…");
    case A::ApplyJudicialConfirmation: return tr("Judicial confirmation applied…");
    case A::RecordCourtResult: return tr("Court's decision…");
    case A::AssignResponsibility: return tr("Assign a responsible leader (包案)…");
    case A::CloseResponsibility: return tr("Close the assignment…");
    }
    return QString();
}

Status DisputeWorkflow::check(const QString &status, Action action)
{
    if (allowed(status, action))
        return {};
    const QString now = MediationCodes::statusLabel(status);
    QString hint;
    if (status == S::Archived)
        hint = tr("Reopen the case first.");
    else if (status == S::Registered)
        hint = tr("Accept the case first.");
    else if (action == A::RecordAgreement)
        hint = tr("An agreement follows at least one mediation session.");
    else if (in(status, {S::Terminated, S::NotAccepted, S::Performed, S::NotPerformed}))
        hint = tr("The case is closed; archive it or reopen it.");
    return Status::failure(ErrorCode::Conflict,
                           tr("A case that is \"%1\" cannot %2.").arg(now, actionLabel(action))
                               + (hint.isEmpty() ? QString() : QLatin1Char(' ') + hint));
}

QList<DisputeWorkflow::Action> DisputeWorkflow::available(const QString &status)
{
    QList<Action> out;
    for (Action a : {A::EditRegistration, A::Accept, A::NotAccept, A::AddInvestigation, A::AddSession,
                     A::RecordAgreement, A::Terminate, A::RecordPerformance, A::Archive, A::Reopen, A::Extend,
                     A::AddReturnVisit, A::ApplyJudicialConfirmation, A::RecordCourtResult,
                     A::AssignResponsibility, A::CloseResponsibility}) {
        if (allowed(status, a))
            out << a;
    }
    return out;
}

QString DisputeWorkflow::after(const QString &st, Action action)
{
    switch (action) {
    case A::Accept: return S::Accepted;
    case A::NotAccept: return S::NotAccepted;
    case A::AddInvestigation: return st == S::Accepted ? S::Investigating : st;
    case A::AddSession: return S::Mediating;
    case A::RecordAgreement: return S::Agreed;
    case A::Terminate: return S::Terminated;
    case A::Archive: return S::Archived;
    default: return st;
    }
}

QString DisputeWorkflow::reopenTarget(const Dispute &d)
{
    return d.acceptedDate.isValid() ? S::Mediating : S::Registered;
}

bool DisputeWorkflow::isOpen(const QString &st)
{
    return in(st, {S::Registered, S::Accepted, S::Investigating, S::Mediating});
}

bool DisputeWorkflow::isClosed(const QString &st)
{
    return !isOpen(st);
}

}  // namespace sifa
