#include "storage/Schema.h"

#include "storage/Database.h"
#include "storage/SchemaDdl.h"

namespace sifa {

Status Schema::create(Database &db)
{
    const QString doing = tr("creating the database");
    for (const ddl::Statements *group : {&ddl::coreTables(), &ddl::personSearch(), &ddl::appendOnlyGuards(),
                                          &ddl::mediationTables(), &ddl::disputeSearch(), &ddl::correctionTables(),
                                          &ddl::correctionAdditions(), &ddl::placementTables(), &ddl::statisticsTables(),
                                          &ddl::syncTables()}) {
        if (Status s = ddl::execAll(db, *group, doing); !s.ok())
            return s;
    }
    return db.exec(QStringLiteral("PRAGMA user_version = %1").arg(kLatestVersion));
}

}  // namespace sifa
