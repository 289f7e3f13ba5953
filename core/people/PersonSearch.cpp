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
    const QString text = query.text.simplified().toLower();
    if (text.size() >= 3) {
        // FTS5 trigram: substring match through the index; the phrase quotes keep the
        // query's characters literal.
        QString phrase = text;
        phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
        where << QStringLiteral("p.uuid IN (SELECT s.uuid FROM person_fts f JOIN person_search s ON s.rid = f.rowid "
                                "WHERE person_fts MATCH :q)");
        bind->insert(QStringLiteral(":q"), QString(QLatin1Char('"') + phrase + QLatin1Char('"')));
    } else if (!text.isEmpty()) {
        // Trigrams cannot match one or two characters (张三, "zs"): scan the small key table.
        where << QStringLiteral("p.uuid IN (SELECT uuid FROM person_search WHERE keys LIKE :q ESCAPE '\\')");
        bind->insert(QStringLiteral(":q"), QString(QLatin1Char('%') + likeEscape(text) + QLatin1Char('%')));
    }
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(u" AND ");
}

}  // namespace sifa
