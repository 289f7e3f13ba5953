#pragma once

#include "security/Session.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace sifa {

class Database;

struct TransferItem {
    QString uuid;
    QString subjectEntity;  // cc_subject | rp_subject
    QString subjectUuid;
    QString subjectName;
    QString fromOffice;
    QString toOffice;
    QString reason;
    QString requestedDate;
    QString status;  // requested | forwarded | accepted | rejected | cancelled
    QString forwardedDate;
    QString decidedDate;
    QString decidedBy;
    QString decisionNote;
};

// A correction or resettlement file moving between townships through the county (SYNC.md §5):
// the sending township requests, the county forwards (or refuses), the receiving township accepts
// or rejects. Until it accepts, the sender stays responsible and the file stays the sender's.
class Transfers {
    Q_DECLARE_TR_FUNCTIONS(Transfers)
public:
    static Result<QString> request(Database &db, const Session &session, const QString &subjectEntity,
                                   const QString &subjectUuid, const QString &toOffice, const QString &reason);
    static Status cancel(Database &db, const Session &session, const QString &transferUuid, const QString &note);
    // County only.
    static Status forward(Database &db, const Session &session, const QString &transferUuid, const QString &note);
    // Receiving township only. Accepting makes the file this office's (its records' office code).
    static Status accept(Database &db, const Session &session, const QString &transferUuid, const QString &note);
    static Status reject(Database &db, const Session &session, const QString &transferUuid, const QString &note);
    static Result<QList<TransferItem>> list(const Database &db, const Session &session, bool openOnly = false);

    // For the county's export to `toOffice`: the uuids of the rows (the subject and every record
    // belonging to it) of transfers forwarded to that office and not yet decided; their ops go in
    // the bundle whatever their office code, so the receiving office sees the whole file.
    static Result<QStringList> packageRows(const Database &db, const QString &toOffice);
    // After a bundle was applied (inside its transaction): the effects of transfers decided
    // elsewhere (the sender's file marked as transferred out once the receiver accepted).
    static Status afterImport(Database &db, const QStringList &transferUuids);
};

}  // namespace sifa
