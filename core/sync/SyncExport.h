#pragma once

#include "security/Session.h"
#include "sync/SyncTypes.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace sifa {

class Database;
class UnlockedKeys;

// Writes a bundle (SYNC.md §3): a township to its county, with every op after the county's last
// acknowledgement, the audit segment and the attachments they need; a county to one township,
// with the ops that concern it (its records, county decisions, transfers to it, its own ops it
// lost in a restore). Export never moves a watermark; only an acknowledgement received does.
class SyncExport {
    Q_DECLARE_TR_FUNCTIONS(SyncExport)
public:
    // `toOffice`: empty for a township (its county); a township's code for a county.
    // `outPath`: a file, or a directory to write the informational file name into.
    static Result<ExportReport> write(Database &db, const Session &session, const UnlockedKeys &keys,
                                      const QString &toOffice, const QString &outPath,
                                      const SyncProgress &progress = {});
    // <from>_<to>_<seqfrom>-<seqto>_<date>.sifabundle
    static QString fileName(const QString &fromOffice, const QString &toOffice, qint64 from, qint64 to);
};

}  // namespace sifa
