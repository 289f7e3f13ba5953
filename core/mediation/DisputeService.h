#pragma once

#include "mediation/Dispute.h"
#include "mediation/DisputeRepository.h"
#include "mediation/DisputeWorkflow.h"
#include "security/Access.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace sifa {

class Database;

// Running a mediation case, from registration to archive. Every operation checks the
// permission (MediationRead / MediationWrite), the workflow (DisputeWorkflow) and its own
// rules, then writes through the change log in one transaction; a refusal is a sentence.
class DisputeService {
    Q_DECLARE_TR_FUNCTIONS(DisputeService)
public:
    // --- registration (DisputeRegistration.cpp)
    // Registers a dispute with its parties. A person party without a link to the people index
    // is found there by ID number or entered into it. Returns the new case's uuid.
    static Result<QString> registerDispute(Database &db, const Access &access, const Dispute &dispute);
    // Corrects the registration and the parties (added, changed, removed).
    static Status updateRegistration(Database &db, const Access &access, const Dispute &dispute);
    static QList<Error> validate(const Database &db, const Dispute &dispute, const QDate &today);

    static Result<DisputeFile> open(Database &db, const Access &access, const QString &uuid);
    static Result<QList<DisputeListItem>> ledger(Database &db, const Access &access, const LedgerQuery &query);
    static Result<qint64> ledgerCount(Database &db, const Access &access, const LedgerQuery &query);

    // --- lifecycle (DisputeLifecycle.cpp)
    // Accepting gives the case its number (office settings: numbering.mediation.case).
    static Status accept(Database &db, const Access &access, const QString &uuid, const QDate &date);
    static Status notAccept(Database &db, const Access &access, const QString &uuid, const QDate &date,
                            const QString &reason);
    static Status terminate(Database &db, const Access &access, const QString &uuid, const QDate &date,
                            const QString &reason, bool routesExplained);
    static Status archive(Database &db, const Access &access, const QString &uuid, const QDate &date,
                          const QString &filedBy, const QString &retention);
    // Back to mediating (registered if never accepted); the reason is kept and audited.
    static Status reopen(Database &db, const Access &access, const QString &uuid, const QString &reason);
    // Both parties agreed to go beyond the time limit.
    static Status extend(Database &db, const Access &access, const QString &uuid, const QDate &until,
                         const QString &note);
    // 包案化解: a named leader answers for the case until a deadline.
    static Status assignResponsibility(Database &db, const Access &access, const QString &uuid,
                                       const QString &leader, const QDate &deadline);
    static Status closeResponsibility(Database &db, const Access &access, const QString &uuid, const QDate &date);

    // --- investigation and mediation sessions (DisputeRecords.cpp)
    static Result<QString> addRecord(Database &db, const Access &access, const DisputeRecord &record);
    static Status updateRecord(Database &db, const Access &access, const DisputeRecord &record);
    static Status removeRecord(Database &db, const Access &access, const QString &recordUuid, const QString &reason);

    // --- agreement, performance, judicial confirmation, return visits (DisputeAgreement.cpp)
    // Records the agreement (written or oral) and its clauses; the case becomes "agreed", or
    // "performed" at once when `performedAtOnce`. A written agreement gets its number.
    static Result<QString> recordAgreement(Database &db, const Access &access, const Agreement &agreement,
                                           bool performedAtOnce);
    static Status updateAgreement(Database &db, const Access &access, const Agreement &agreement);
    // pending | partial → performing; done → performed; failed → not performed.
    static Status recordPerformance(Database &db, const Access &access, const QString &uuid,
                                    const QString &performanceStatus, const QDate &date);
    static Status applyJudicialConfirmation(Database &db, const Access &access, const QString &uuid,
                                            const QDate &applied, const QString &court);
    static Status recordCourtResult(Database &db, const Access &access, const QString &uuid, const QString &result,
                                    const QString &rulingNo, const QDate &date);
    static Result<QString> addReturnVisit(Database &db, const Access &access, const ReturnVisit &visit);

    // When the time limit ends (acceptance + the rule, or the agreed extension); invalid when
    // the case is not running against it.
    static QDate timeLimit(const Dispute &dispute);
};

}  // namespace sifa
