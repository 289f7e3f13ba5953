#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace sifa {

// The escalation ladder of domain README §3.3, as suggestions with the facts behind them. The
// office proposes and the county decides: nothing here is applied, it is shown to the officer.
//   two 训诫 (since the last 警告) → eligible for a 警告;
//   two 警告 → eligible for a proposal to revoke the suspended sentence or parole, or to commit
//     a person outside prison (暂予监外执行) back to prison;
//   absence or late reporting: up to absence_admonition days (10) → 训诫; more → 警告; more than
//     absence_revocation (1 month) → the revocation or commitment proposal.
// 管制 has nothing to revoke: its ladder ends with the 警告.
struct SanctionEntry {
    QString kind;  // a code of the correction_sanction table (admonition, warning, ...)
    QDate date;    // of the county's decision
};

struct EscalationFacts {
    QString correctionType;  // correction_type: 01 管制, 02 缓刑, 03 假释, 04 暂予监外执行
    QList<SanctionEntry> decided;
    QDate absentSince;  // an unexplained absence or overdue report-in still open; invalid if none
    QDate today;
};

struct Suggestion {
    QString kind;    // correction_sanction code
    QString reason;  // translated, naming the facts and dates
};

class Escalation {
    Q_DECLARE_TR_FUNCTIONS(Escalation)
public:
    static QList<Suggestion> suggest(const EscalationFacts &facts);
    // The proposal that revokes or ends correction for the type: revoke_probation, revoke_parole,
    // commit_to_prison; empty for 管制.
    static QString revocationFor(const QString &correctionType);
};

}  // namespace sifa
