#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

namespace sifa {

class Database;
struct EntityDef;

// Who decides each field (SYNC.md §5), from resources/sync/authority.json: county-owned fields
// (the county bureau's decisions) and township-owned ones (everything else).
class SyncAuthority {
    Q_DECLARE_TR_FUNCTIONS(SyncAuthority)
public:
    static bool countyOwned(const QString &entity, const QString &field);
    static QString version();

    // A county database may create records for any office (decisions, notices), but may change a
    // township's existing record only in county-owned fields: it sees the rest read-only.
    static Status checkLocalWrite(const Database &db, const EntityDef &entity, const QString &rowOffice,
                                  const QList<QPair<QString, QVariant>> &changes);

    // This database's office code and whether it is a county (cached per database file).
    static QString officeCode(const Database &db);
    static bool isCounty(const Database &db);
};

}  // namespace sifa
