#pragma once

#include "people/Person.h"

#include <QString>
#include <QVariantMap>

namespace sifa {

// How the people ledger's search box is turned into SQL.
class PersonSearch {
public:
    // " WHERE ..." over person aliased p (or empty), with bindings added to `bind`.
    static QString whereClause(const PersonQuery &query, QVariantMap *bind);
    // Escapes % _ and \ for LIKE ... ESCAPE '\'.
    static QString likeEscape(const QString &text);
};

}  // namespace sifa
