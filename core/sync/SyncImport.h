#pragma once

#include "security/Session.h"
#include "sync/SyncTypes.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace sifa {

class Database;
class UnlockedKeys;

// Reads a bundle (SYNC.md §4): verifies everything before the database is touched, then
// applies it in one transaction — ops with per-field conflict detection, the audit segment,
// blobs, acknowledgements, the ledger row. Fails closed with a message for each fault.
class SyncImport {
    Q_DECLARE_TR_FUNCTIONS(SyncImport)
public:
    static Result<ImportReport> import(Database &db, const Session &session, const UnlockedKeys &keys,
                                       const QString &path, bool dryRun = false, const SyncProgress &progress = {});
    // Several bundles in one go (a county's 20 townships): each on its own, a failure of one
    // does not stop the others. The results in the order given; failures as a report whose
    // status is "rejected" with the message in notes.
    static QList<Result<ImportReport>> importMany(Database &db, const Session &session, const UnlockedKeys &keys,
                                                  const QStringList &paths, bool dryRun = false,
                                                  const SyncProgress &progress = {});
    // Bundles quarantined because they needed a newer version: tried again (after an upgrade).
    static QList<Result<ImportReport>> retryQuarantined(Database &db, const Session &session,
                                                        const UnlockedKeys &keys);
};

}  // namespace sifa
