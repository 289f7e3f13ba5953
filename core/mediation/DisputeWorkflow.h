#pragma once

#include "mediation/Dispute.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace sifa {

// The lifecycle of a mediation case (domain README §2.2), decided here and nowhere else:
//
//   registered ─┬─ accept ──► accepted ─┬─ investigation ─► investigating ─┐
//               └─ not accept ─► not_accepted                               │
//   accepted / investigating ── session ──► mediating ◄─────────────────────┘
//   mediating ── agreement ──► agreed ── performance ──► performing ─► performed | not_performed
//   accepted / investigating / mediating ── terminate ──► terminated
//   performed / not_performed / terminated / not_accepted ── archive ──► archived
//   reopen: a closed case (not accepted, terminated, performed, not performed, archived) back to
//   mediating (registered if it was never accepted), explicitly and with a reason.
class DisputeWorkflow {
    Q_DECLARE_TR_FUNCTIONS(DisputeWorkflow)
public:
    enum class Action {
        EditRegistration,
        Accept,
        NotAccept,
        AddInvestigation,
        AddSession,
        RecordAgreement,
        Terminate,
        RecordPerformance,
        Archive,
        Reopen,
        Extend,
        AddReturnVisit,
        ApplyJudicialConfirmation,
        RecordCourtResult,
        AssignResponsibility,
        CloseResponsibility,
    };

    // Whether `action` is allowed in `status`; a refusal says why and what to do instead.
    static Status check(const QString &status, Action action);
    static QList<Action> available(const QString &status);
    static QString actionLabel(Action action);  // "accept the case": for sentences
    static QString actionTitle(Action action);  // "Accept the case": for buttons and menus

    // The status after `action` (unchanged for actions that do not move the case).
    static QString after(const QString &status, Action action);
    // The status a reopened case returns to.
    static QString reopenTarget(const Dispute &d);

    static bool isOpen(const QString &status);    // still to be decided or agreed
    static bool isClosed(const QString &status);  // a result is reached (incl. archived)
};

}  // namespace sifa
