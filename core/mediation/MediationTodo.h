#pragma once

#include "security/Access.h"
#include "todo/Todo.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace sifa {

class Database;

// The deadlines of mediation for the 待办 view: cases awaiting acceptance, time limits,
// performance deadlines, return visits, the judicial-confirmation window, 包案 assignments and
// the monthly screening report. Every date comes from the rules engine.
class MediationTodo {
    Q_DECLARE_TR_FUNCTIONS(MediationTodo)
public:
    static Result<QList<TodoItem>> items(Database &db, const Access &access, const QDate &today);
};

}  // namespace sifa
