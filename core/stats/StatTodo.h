#pragma once

#include "security/Access.h"
#include "todo/Todo.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace sifa {

class Database;

// Reports owed to the county (rule data: rules/statistics.json, "<report>_<period>_due") whose
// due date is past or within the next weeks and that have not been submitted. Only periods that
// end on or after the day the office's database was set up, and at most a year back.
// Items: entity "stat_report", uuid "<report>:<period id>" (mediation:2026-Q3).
class StatTodo {
    Q_DECLARE_TR_FUNCTIONS(StatTodo)
public:
    static constexpr int kLookAheadDays = 31;
    static Result<QList<TodoItem>> items(Database &db, const Access &access, const QDate &today);
    // The due date of a report for a period; invalid when the rules owe no such report.
    static QDate due(const QString &reportId, const struct StatPeriod &period);
};

}  // namespace sifa
