#include "sync/Entities.h"

#include "correction/CorrectionEntities.h"
#include "placement/PlacementEntities.h"
#include "stats/StatEntities.h"
#include "sync/SyncEntities.h"
#include "mediation/MediationEntities.h"

namespace sifa {

const FieldDef *EntityDef::field(const QString &logicalName) const
{
    for (const FieldDef &f : fields) {
        if (f.name == logicalName)
            return &f;
    }
    return nullptr;
}

QStringList EntityDef::columns() const
{
    QStringList out;
    for (const FieldDef &f : fields)
        out << f.column;
    return out;
}

QStringList EntityDef::allColumns() const
{
    QStringList out{QStringLiteral("uuid"), QStringLiteral("created_at"), QStringLiteral("created_by"),
                    QStringLiteral("updated_at"), QStringLiteral("updated_by"), QStringLiteral("deleted")};
    out << columns();
    return out;
}

namespace {

FieldDef text(const char *name, bool required = false)
{
    const QString n = QString::fromLatin1(name);
    return FieldDef{n, n, FieldType::Text, required, QString()};
}

FieldDef textDefault(const char *name, const char *defaultValue)
{
    const QString n = QString::fromLatin1(name);
    return FieldDef{n, n, FieldType::Text, false, QString::fromLatin1(defaultValue)};
}

FieldDef date(const char *name)
{
    const QString n = QString::fromLatin1(name);
    return FieldDef{n, n, FieldType::Date, false, QString()};
}

}  // namespace

const EntityDef &Entities::person()
{
    static const EntityDef def{
        QStringLiteral("person"),
        QStringLiteral("person"),
        {
            text("office_code", true),
            text("name", true),
            text("alias"),
            textDefault("sex", "0"),
            text("ethnicity"),
            textDefault("id_type", "1"),
            text("id_number"),
            date("birth_date"),
            text("education"),
            text("marital_status"),
            text("political_status"),
            text("occupation"),
            text("employer"),
            text("phone"),
            text("hukou_division"),
            text("hukou_address"),
            text("residence_division"),
            text("residence_address"),
            text("note"),
        },
    };
    return def;
}

const QList<const EntityDef *> &Entities::all()
{
    static const QList<const EntityDef *> list = [] {
        QList<const EntityDef *> l{&person()};
        l << MediationEntities::all();
        l << CorrectionEntities::all();
        l << PlacementEntities::all();
        l << StatEntities::all();
        l << SyncEntities::all();
        return l;
    }();
    return list;
}

const EntityDef *Entities::find(const QString &name)
{
    for (const EntityDef *e : all()) {
        if (e->name == name)
            return e;
    }
    return nullptr;
}

}  // namespace sifa
