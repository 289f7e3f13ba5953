#pragma once

#include "mediation/Dispute.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace sifa {

class Database;

// What the mediation ledger shows: filters, the search box, an order, and a page.
struct LedgerQuery {
    enum class Sort { Entered, Registered, Accepted, CaseNo, Status, Type };

    QString search;
    QStringList statuses;  // empty: any
    QString disputeType;
    QString source;
    QString committeeUuid;
    QString mediatorUuid;  // lead or assisting
    QString riskLevel;
    QDate from;  // on the acceptance date (registration date while not accepted)
    QDate to;
    bool includeDeleted = false;

    Sort sort = Sort::Entered;  // newest entered first
    bool descending = true;
    int limit = 200;
    // The page after the row with this sort value and rowid (keyset paging: no OFFSET scans).
    std::optional<QPair<QVariant, qint64>> after;
};

// Reads of mediation cases. Writes go through the services and the change log.
class DisputeRepository {
    Q_DECLARE_TR_FUNCTIONS(DisputeRepository)
public:
    static Result<Dispute> get(const Database &db, const QString &uuid);
    static Result<DisputeFile> file(const Database &db, const QString &uuid);
    static Result<QList<DisputeParty>> parties(const Database &db, const QString &disputeUuid);
    static Result<QList<DisputeRecord>> records(const Database &db, const QString &disputeUuid);
    static Result<std::optional<Agreement>> agreement(const Database &db, const QString &disputeUuid);
    static Result<QList<ReturnVisit>> visits(const Database &db, const QString &disputeUuid);
    // The live case with this number, if any.
    static Result<QString> findByCaseNo(const Database &db, const QString &caseNo);

    static Result<QList<DisputeListItem>> list(const Database &db, const LedgerQuery &query);
    static Result<qint64> count(const Database &db, const LedgerQuery &query);
    // The sort value of a row, to continue after it (LedgerQuery::after).
    static QVariant sortValue(const DisputeListItem &item, LedgerQuery::Sort sort);

    static Dispute readDispute(const QVariantList &row);
};

}  // namespace sifa
