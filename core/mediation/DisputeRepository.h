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

    // What the status bar shows: how many rows the query matches, or that more than a bound do.
    struct Count {
        qint64 rows = 0;    // exact when !more, else the bound
        bool more = false;  // more than the bound match: show "1000+"
    };
    // The exact number of matching rows: over a huge match set (a surname, a whole status) this
    // reads every match and can take longer than a frame; run it off the GUI thread.
    static Result<qint64> count(const Database &db, const LedgerQuery &query);
    // Counts no further than `bound`, which stays fast however many rows match: the ledger shows
    // "1000+" at once, then asks count() without a bound in the background to refine it.
    static Result<Count> count(const Database &db, const LedgerQuery &query, qint64 bound);
    // The sort value of a row, to continue after it (LedgerQuery::after).
    static QVariant sortValue(const DisputeListItem &item, LedgerQuery::Sort sort);

    static Dispute readDispute(const QVariantList &row);
};

}  // namespace sifa
