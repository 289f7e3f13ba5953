#include "people/PersonSearch.h"

#include <QStringList>

namespace sifa {

QString PersonSearch::likeEscape(const QString &text)
{
    QString s = text;
    s.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    s.replace(QLatin1Char('%'), QLatin1String("\\%"));
    s.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return s;
}

QString PersonSearch::whereClause(const PersonQuery &query, QVariantMap *bind)
{
    QStringList where;
    if (!query.includeDeleted)
        where << QStringLiteral("p.deleted = 0");
    const QString text = query.text.trimmed();
    if (!text.isEmpty()) {
        where << QStringLiteral("(p.name LIKE :q ESCAPE '\\' OR p.alias LIKE :q ESCAPE '\\' "
                                "OR p.id_number LIKE :q ESCAPE '\\' OR p.phone LIKE :q ESCAPE '\\')");
        bind->insert(QStringLiteral(":q"), QString(QLatin1Char('%') + likeEscape(text) + QLatin1Char('%')));
    }
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(u" AND ");
}

}  // namespace sifa
