#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <vector>

namespace sifa {

class Database;

// The one place that knows the schema version.
//
// create() builds the latest schema directly on an empty database. Older databases reach the
// latest version through migrations(), applied in order, each in its own transaction that also
// sets user_version. A committed database file for every earlier version lives in tests/data/.
class Schema {
    Q_DECLARE_TR_FUNCTIONS(Schema)
public:
    static constexpr int kLatestVersion = 7;

    struct Migration {
        int toVersion;
        const char *description;
        std::function<Status(Database &)> apply;
    };

    static Status create(Database &db);
    static const std::vector<Migration> &migrations();
};

}  // namespace sifa
