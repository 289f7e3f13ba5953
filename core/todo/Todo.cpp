#include "todo/Todo.h"

#include "correction/CorrectionTodo.h"
#include "mediation/MediationTodo.h"
#include "placement/PlacementTodo.h"
#include "stats/StatTodo.h"

#include <algorithm>

namespace sifa {

Result<QList<TodoItem>> Todo::items(Database &db, const Access &access, const QDate &today)
{
    QList<TodoItem> all;
    // Each module adds its own deadlines here.
    Result<QList<TodoItem>> mediation = MediationTodo::items(db, access, today);
    if (!mediation)
        return mediation.error();
    all << *mediation;
    Result<QList<TodoItem>> correction = CorrectionTodo::items(db, access, today);
    if (!correction)
        return correction.error();
    all << *correction;
    Result<QList<TodoItem>> placement = PlacementTodo::items(db, access, today);
    if (!placement)
        return placement.error();
    all << *placement;
    Result<QList<TodoItem>> reports = StatTodo::items(db, access, today);
    if (!reports)
        return reports.error();
    all << *reports;
    std::stable_sort(all.begin(), all.end(), [](const TodoItem &a, const TodoItem &b) {
        if (a.due != b.due)
            return a.due < b.due;
        return a.caseNo < b.caseNo;
    });
    return all;
}

TodoItem::Bucket Todo::bucket(const QDate &due, const QDate &today)
{
    if (due < today)
        return TodoItem::Bucket::Overdue;
    if (due == today)
        return TodoItem::Bucket::Today;
    const QDate sunday = today.addDays(7 - today.dayOfWeek());
    return due <= sunday ? TodoItem::Bucket::ThisWeek : TodoItem::Bucket::Upcoming;
}

TodoCounts Todo::counts(const QList<TodoItem> &items, const QDate &today)
{
    TodoCounts c;
    for (const TodoItem &t : items) {
        switch (bucket(t.due, today)) {
        case TodoItem::Bucket::Overdue: ++c.overdue; break;
        case TodoItem::Bucket::Today: ++c.today; break;
        case TodoItem::Bucket::ThisWeek: ++c.thisWeek; break;
        case TodoItem::Bucket::Upcoming: ++c.upcoming; break;
        }
    }
    return c;
}

QString Todo::bucketLabel(TodoItem::Bucket b)
{
    switch (b) {
    case TodoItem::Bucket::Overdue: return tr("Overdue");
    case TodoItem::Bucket::Today: return tr("Due today");
    case TodoItem::Bucket::ThisWeek: return tr("Due this week");
    case TodoItem::Bucket::Upcoming: return tr("Upcoming");
    }
    return QString();
}

QString Todo::bucketId(TodoItem::Bucket b)
{
    switch (b) {
    case TodoItem::Bucket::Overdue: return QStringLiteral("overdue");
    case TodoItem::Bucket::Today: return QStringLiteral("today");
    case TodoItem::Bucket::ThisWeek: return QStringLiteral("this_week");
    case TodoItem::Bucket::Upcoming: return QStringLiteral("upcoming");
    }
    return QString();
}

}  // namespace sifa
