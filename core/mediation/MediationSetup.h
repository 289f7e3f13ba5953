#pragma once

#include "mediation/Dispute.h"
#include "security/Access.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace sifa {

class Database;

// The standing data of mediation: 调委会 and 调解员, kept by the office; and the screening log
// (矛盾纠纷排查) with its monthly zero report (零报告).
class MediationSetup {
    Q_DECLARE_TR_FUNCTIONS(MediationSetup)
public:
    static Result<QList<Committee>> committees(const Database &db);
    static Result<QString> saveCommittee(Database &db, const Access &access, const Committee &committee);
    static Status removeCommittee(Database &db, const Access &access, const QString &uuid, const QString &reason);

    static Result<QList<Mediator>> mediators(const Database &db, bool activeOnly = false);
    static Result<QString> saveMediator(Database &db, const Access &access, const Mediator &mediator);
    // The mediator linked to a SifaDesk account, if any.
    static Result<QString> mediatorForUser(const Database &db, const QString &username);

    // Screenings of a period (yyyy-MM), newest first; all when `period` is empty.
    static Result<QList<Screening>> screenings(const Database &db, const QString &period = QString());
    static Result<QString> saveScreening(Database &db, const Access &access, const Screening &screening);
    static Status removeScreening(Database &db, const Access &access, const QString &uuid, const QString &reason);
    // Files the zero report of a month in which screening found nothing.
    static Result<QString> fileZeroReport(Database &db, const Access &access, const QString &period,
                                          const QString &reporter, const QDate &date);

    // How a month stands: what screening found and whether its report is in.
    struct MonthReport {
        QString period;
        int screenings = 0;
        int found = 0;
        int prevented = 0;
        bool zeroReport = false;
        QDate due;  // when the month's report (or zero report) is due
        bool reported() const { return screenings > 0 || zeroReport; }
    };
    static Result<MonthReport> month(const Database &db, const QString &period);
};

}  // namespace sifa
