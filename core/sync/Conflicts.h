#pragma once

#include "security/Session.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

namespace sifa {

class Database;

struct ConflictCompetitor {
    QString opId;
    QVariant value;
    QString replicaId;
    QString officeCode;
    QString actor;
    QString role;
    QString wallTime;
    qint64 hlc = 0;
    bool winner = false;  // the provisional winner, shown until a person decides
};

struct ConflictItem {
    QString id;
    QString kind;  // field | delete_edit
    QString entity;
    QString rowUuid;
    QString field;     // the logical field ("deleted" for delete_edit)
    QString officeCode;
    QString status;    // open | resolved
    QString detectedAt;
    QString bundleId;
    QVariant currentValue;  // what the record holds now
    QList<ConflictCompetitor> competitors;
    QString resolvedBy;
    QString resolvedAt;
    QString resolution;  // the reason given
};

// The conflict inbox (SYNC.md §5). A conflict keeps every competing value; resolving writes a
// merge op based on all competitors, so every replica that applies it converges and closes its
// own copy of the conflict.
class Conflicts {
    Q_DECLARE_TR_FUNCTIONS(Conflicts)
public:
    static Result<QList<ConflictItem>> list(const Database &db, const Session &session, bool openOnly = true);
    static Result<ConflictItem> get(const Database &db, const Session &session, const QString &id);
    static Result<int> openCount(const Database &db);
    // `value`: the value to keep (one of the competitors' or another); for delete_edit, 1 keeps
    // the deletion and 0 restores the record. A reason is required.
    static Status resolve(Database &db, const Session &session, const QString &id, const QVariant &value,
                          const QString &reason);
};

}  // namespace sifa
