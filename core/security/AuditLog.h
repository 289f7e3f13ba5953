#pragma once

#include "security/Actor.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace sifa {

class Database;
struct Session;

struct AuditEntry {
    qint64 seq = 0;
    QString at;  // stored UTC timestamp
    QString actor;
    QString role;
    QString action;  // e.g. person.update, auth.sign_in, auth.sign_in_failed, backup.create
    QString entity;
    QString record;  // uuid or user name the action is about
    QString detail;  // field names, reasons: never the sensitive values themselves
    QString prevHash;
    QString hash;
};

struct AuditFilter {
    QString actor;
    QString actionPrefix;
    QString record;
    QDateTime from;  // inclusive, UTC
    QDateTime to;    // exclusive, UTC
    int limit = 1000;
    int offset = 0;
    bool newestFirst = true;
};

struct AuditProblem {
    enum class Kind { Edited, Missing, OutOfOrder, Truncated };
    Kind kind;
    qint64 seq;
    QString message;
};

struct AuditVerification {
    qint64 checked = 0;
    QList<AuditProblem> problems;
    bool ok() const { return problems.isEmpty(); }
};

// The audit trail: every write, sign-in, lockout, export, print and opening of a sensitive file.
// Records are hash-chained (SHA-256 over the previous hash and the record), protected by
// triggers against UPDATE and DELETE, and the head of the chain is kept in meta so that a
// trail cut short is noticed too.
class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    static Status append(Database &db, const Actor &actor, const QString &action,
                         const QString &entity = QString(), const QString &record = QString(),
                         const QString &detail = QString());

    // Reading the trail is the auditor's (AuditRead); verifying it reveals nothing and is open.
    static Result<QList<AuditEntry>> list(Database &db, const Session &session, const AuditFilter &filter);
    static Result<qint64> count(Database &db, const Session &session, const AuditFilter &filter);

    static Result<AuditVerification> verify(const Database &db);

    static QString computeHash(const AuditEntry &e);
    // A translated label for an action id (auth.sign_in → "Signed in"); the id itself if unknown.
    static QString actionLabel(const QString &action);
    static QString genesisHash() { return QString(64, QLatin1Char('0')); }
};

}  // namespace sifa
