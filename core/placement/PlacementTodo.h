#pragma once

#include "security/Access.h"
#include "todo/Todo.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace sifa {

class Database;

// The deadlines of 安置帮教 for the 待办 view (domain README §4.2–4.4), every date from the
// rules engine: prison notices to check and families to tell, releases to prepare for, people
// not handed over, police registration, the first visit, the assessment and its six-monthly
// review, the visits, the agreement and the group, and the end of the period. A user without
// PlacementRead sees none of them.
class PlacementTodo {
    Q_DECLARE_TR_FUNCTIONS(PlacementTodo)
public:
    static Result<QList<TodoItem>> items(Database &db, const Access &access, const QDate &today);
};

}  // namespace sifa
