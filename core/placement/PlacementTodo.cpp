#include "placement/PlacementTodo.h"

#include "codes/CodeTables.h"
#include "placement/PlacementEntities.h"
#include "placement/PlacementRepository.h"
#include "placement/PlacementService.h"
#include "rules/Rules.h"
#include "sync/RecordStore.h"

#include <QLocale>

namespace sifa {

namespace {

TodoItem item(const QString &kind, const QString &entity, const QString &uuid, const QString &title,
              const QString &what, const QDate &due)
{
    TodoItem t;
    t.module = QStringLiteral("placement");
    t.kind = QStringLiteral("placement.") + kind;
    t.entity = entity;
    t.uuid = uuid;
    t.title = title;
    t.what = what;
    t.due = due;
    return t;
}

void notice(QList<TodoItem> &out, const Record &n, const QDate &today)
{
    const QString status = n.text(QStringLiteral("status"));
    if (status == QLatin1String("opened") || status == QLatin1String("elsewhere"))
        return;
    const Rules &rules = Rules::instance();
    const QDate received = n.date(QStringLiteral("received_date"));
    const QDate expected = n.date(QStringLiteral("expected_date"));
    const QString title = PlacementTodo::tr("%1 (release expected %2)")
                              .arg(n.text(QStringLiteral("name")), QLocale().toString(expected, QLocale::ShortFormat));
    const QString entity = QStringLiteral("rp_notice");
    if (!n.date(QStringLiteral("family_informed_date")).isValid() && status != QLatin1String("not_located"))
        out << item(QStringLiteral("notice_family"), entity, n.uuid, title,
                    PlacementTodo::tr("Tell the family of the release"), rules.due(QStringLiteral("placement.notice_family_inform"), received));
    if (status == QLatin1String("pending")) {
        QDate due = rules.due(QStringLiteral("placement.handover_prepare"), expected);
        if (due < received)
            due = received;
        out << item(QStringLiteral("notice_check"), entity, n.uuid, title,
                    PlacementTodo::tr("Check the person on the ground and prepare the hand-over"), due);
    } else if (status == QLatin1String("located")) {
        out << item(QStringLiteral("notice_open"), entity, n.uuid, title,
                    expected <= today ? PlacementTodo::tr("Released: record the hand-over and open the file")
                                      : PlacementTodo::tr("Hand-over on the day of release"),
                    expected);
    } else if (status == QLatin1String("not_located")) {
        out << item(QStringLiteral("notice_not_located"), entity, n.uuid, title,
                    PlacementTodo::tr("Not located: keep searching; on the monthly list of people not handed over"),
                    rules.due(QStringLiteral("placement.handover_escalation"), expected));
    }
}

}  // namespace

Result<QList<TodoItem>> PlacementTodo::items(Database &db, const Access &access, const QDate &today)
{
    QList<TodoItem> out;
    if (!access.can(Permission::PlacementRead))
        return out;
    Result<QList<QPair<Record, Person>>> subjects = PlacementRepository::subjects(db);
    if (!subjects)
        return subjects.error();
    const CodeTable *sources = CodeTables::instance().table(QStringLiteral("placement_source"));
    for (const auto &[s, p] : *subjects) {
        if (s.text(QStringLiteral("status")) != QLatin1String("assisting"))
            continue;
        Result<PlacementFile> f = PlacementRepository::file(db, s.uuid);
        if (!f)
            return f.error();
        const QString title = QStringLiteral("%1（%2）").arg(p.name, sources ? sources->displayName(f->source()) : f->source());
        for (const PlacementCheck &c : PlacementService::checks(*f, today)) {
            if (!c.due.isValid())
                continue;
            TodoItem t = item(c.kind, QStringLiteral("rp_subject"), s.uuid, title, c.text, c.due);
            t.caseNo = s.text(QStringLiteral("subject_no"));
            t.assignee = s.text(QStringLiteral("officer"));
            out << t;
        }
    }
    Result<QList<Record>> notices = RecordStore::all(db, PlacementEntities::notice(), QStringLiteral("expected_date"));
    if (!notices)
        return notices.error();
    for (const Record &n : *notices)
        notice(out, n, today);
    return out;
}

}  // namespace sifa
