#pragma once

#include "security/Access.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace sifa {

class Database;

// One thing with a deadline: a case to decide, a time limit running out, a return visit due.
struct TodoItem {
    enum class Bucket { Overdue, Today, ThisWeek, Upcoming };

    QString module;   // mediation, ...
    QString kind;     // e.g. mediation.time_limit (stable, for the CLI and tests)
    QString entity;   // what opening the item shows: dispute, screening
    QString uuid;     // its row; empty for office-level items such as a monthly report
    QString caseNo;
    QString title;    // the case as a clerk names it: 张三与李四邻里纠纷
    QString what;     // translated: 调解期限届满
    QDate due;
    QString assignee; // who answers for it (mediator or leader), for the list
};

struct TodoCounts {
    int overdue = 0;
    int today = 0;
    int thisWeek = 0;
    int upcoming = 0;
    int total() const { return overdue + today + thisWeek + upcoming; }
};

// The 待办 view: every open deadline of the signed-in user, from all modules. A user linked to
// a mediator sees the cases they handle, the assignments they lead and the office's own duties;
// anyone else with the module's permission (the head, a clerk, the command line) sees all.
class Todo {
    Q_DECLARE_TR_FUNCTIONS(Todo)
public:
    // Sorted by due date, earliest first.
    static Result<QList<TodoItem>> items(Database &db, const Access &access, const QDate &today);
    static TodoItem::Bucket bucket(const QDate &due, const QDate &today);
    static TodoCounts counts(const QList<TodoItem> &items, const QDate &today);
    static QString bucketLabel(TodoItem::Bucket b);
    static QString bucketId(TodoItem::Bucket b);  // overdue | today | this_week | upcoming
};

}  // namespace sifa
