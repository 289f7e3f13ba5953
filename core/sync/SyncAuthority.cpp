#include "sync/SyncAuthority.h"

#include "storage/Database.h"
#include "sync/Entities.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSet>

namespace sifa {

namespace {

struct AuthorityData {
    QString version;
    QHash<QString, QSet<QString>> countyOwned;
};

const AuthorityData &data()
{
    static const AuthorityData d = [] {
        AuthorityData out;
        QFile f(QStringLiteral(":/sync/authority.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("resources/sync/authority.json is missing from the build");
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        out.version = o.value(QStringLiteral("version")).toString();
        const QJsonObject owned = o.value(QStringLiteral("county_owned")).toObject();
        for (auto it = owned.begin(); it != owned.end(); ++it) {
            QSet<QString> fields;
            for (const QJsonValue &v : it.value().toArray())
                fields.insert(v.toString());
            out.countyOwned.insert(it.key(), fields);
        }
        return out;
    }();
    return d;
}

struct OfficeFacts {
    QString code;
    bool county = false;
};

OfficeFacts facts(const Database &db)
{
    static QMutex mutex;
    static QHash<QString, OfficeFacts> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.constFind(db.path());
    if (it != cache.cend() && !it->code.isEmpty())
        return *it;
    OfficeFacts f{db.meta(QStringLiteral("office_code")),
                  db.meta(QStringLiteral("office_mode")) == QLatin1String("county")};
    if (!f.code.isEmpty())
        cache.insert(db.path(), f);
    return f;
}

}  // namespace

bool SyncAuthority::countyOwned(const QString &entity, const QString &field)
{
    const auto it = data().countyOwned.constFind(entity);
    return it != data().countyOwned.cend() && it->contains(field);
}

QString SyncAuthority::version()
{
    return data().version;
}

QString SyncAuthority::officeCode(const Database &db)
{
    return facts(db).code;
}

bool SyncAuthority::isCounty(const Database &db)
{
    return facts(db).county;
}

Status SyncAuthority::checkLocalWrite(const Database &db, const EntityDef &entity, const QString &rowOffice,
                                      const QList<QPair<QString, QVariant>> &changes)
{
    const OfficeFacts f = facts(db);
    if (!f.county || rowOffice.isEmpty() || rowOffice == f.code)
        return {};
    for (const auto &change : changes) {
        if (change.first == Entities::deletedField() || !countyOwned(entity.name, change.first)) {
            return Status::failure(ErrorCode::PermissionDenied,
                                   tr("This record belongs to office %1: the county bureau sees it read-only "
                                      "except for the decisions it owns (the field %2 is the township's).")
                                       .arg(rowOffice, change.first));
        }
    }
    return {};
}

}  // namespace sifa
