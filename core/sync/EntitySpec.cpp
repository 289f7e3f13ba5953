#include "sync/EntitySpec.h"

namespace sifa {

EntityDef entityFromSpec(const char *name, std::initializer_list<const char *> spec)
{
    const QString n = QString::fromLatin1(name);
    EntityDef def{n, n, {FieldDef{QStringLiteral("office_code"), QStringLiteral("office_code"), FieldType::Text, true,
                                  QString()}}};
    for (const char *s : spec) {
        QString f = QString::fromLatin1(s);
        FieldDef field;
        field.required = f.endsWith(QLatin1Char('!'));
        if (field.required)
            f.chop(1);
        if (f.startsWith(QLatin1Char('@'))) {
            field.type = FieldType::Date;
            f.remove(0, 1);
        } else if (f.startsWith(QLatin1Char('#'))) {
            field.type = FieldType::Integer;
            f.remove(0, 1);
            const qsizetype eq = f.indexOf(QLatin1Char('='));
            field.defaultValue = eq < 0 ? 0 : f.mid(eq + 1).toInt();
            if (eq >= 0)
                f.truncate(eq);
        }
        field.name = f;
        field.column = f;
        def.fields << field;
    }
    return def;
}

}  // namespace sifa
