#include "Commands.h"
#include "Console.h"

#include "io/Csv.h"
#include "todo/Todo.h"
#include "util/Time.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sifa::cli {

int runTodo(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(userOption());
    p.addOption(formatOption(QStringLiteral("csv, json"), QStringLiteral("csv")));
    if (std::optional<int> stop = parse(p, args, Cli::tr("List the open deadlines (待办), earliest first: with --user "
                                                         "that user's list, without it the whole office's.")))
        return *stop;
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return fail(Cli::tr("--format must be csv or json."), Usage);
    int code = Ok;
    std::optional<OpenedWithAccess> opened = openWithAccess(p, &code);
    if (!opened)
        return code;
    Database &db = *opened->db;
    const Access &access = opened->access;
    const QDate today = Clock::today();
    Result<QList<TodoItem>> items = Todo::items(db, access, today);
    if (!items)
        return fail(items.error());
    if (format == QLatin1String("json")) {
        QJsonArray arr;
        for (const TodoItem &i : std::as_const(*items)) {
            arr.append(QJsonObject{{QStringLiteral("due"), toStoredDate(i.due)},
                                   {QStringLiteral("bucket"), Todo::bucketId(Todo::bucket(i.due, today))},
                                   {QStringLiteral("module"), i.module},
                                   {QStringLiteral("kind"), i.kind},
                                   {QStringLiteral("what"), i.what},
                                   {QStringLiteral("case_no"), i.caseNo},
                                   {QStringLiteral("title"), i.title},
                                   {QStringLiteral("assignee"), i.assignee},
                                   {QStringLiteral("entity"), i.entity},
                                   {QStringLiteral("uuid"), i.uuid}});
        }
        printJson(arr);
        return Ok;
    }
    QList<QStringList> rows{{QStringLiteral("due"), QStringLiteral("bucket"), QStringLiteral("kind"),
                             QStringLiteral("what"), QStringLiteral("case_no"), QStringLiteral("title"),
                             QStringLiteral("assignee"), QStringLiteral("uuid")}};
    for (const TodoItem &i : std::as_const(*items)) {
        rows << QStringList{toStoredDate(i.due), Todo::bucketLabel(Todo::bucket(i.due, today)), i.kind, i.what,
                            i.caseNo, i.title, i.assignee, i.uuid};
    }
    out() << Csv::format(rows);
    return Ok;
}

}  // namespace sifa::cli
