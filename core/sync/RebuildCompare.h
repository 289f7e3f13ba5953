#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace sifa {

class Database;

struct RebuildReport {
    qint64 opsReplayed = 0;
    qint64 rowsCompared = 0;
    QStringList differences;  // one sentence per difference (record ids and column names only)
    bool ok() const { return differences.isEmpty(); }
};

// The test oracle "projection = replay(log)": replays every op into a scratch database built
// at the latest schema and compares each synced table and the field clock with the live ones.
class RebuildCompare {
    Q_DECLARE_TR_FUNCTIONS(RebuildCompare)
public:
    static Result<RebuildReport> run(Database &db);

private:
    static Result<RebuildReport> runOnce(Database &db);
};

}  // namespace sifa
