#include "mediation/MediationTodo.h"

#include "mediation/DisputeService.h"
#include "mediation/MediationSetup.h"
#include "rules/Rules.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "util/Time.h"

namespace sifa {

namespace {

QString rule(const char *key)
{
    return QStringLiteral("mediation.") + QLatin1String(key);
}

// Whose items a user sees: a mediator's own cases and assignments, or everything.
struct Scope {
    bool everything = true;
    QString mediatorUuid;
    QStringList leaderNames;  // the user's name(s) as a responsible leader is written
};

Result<Scope> scopeOf(const Database &db, const Access &access)
{
    Scope s;
    if (!access.isUser())
        return s;
    Result<QString> m = MediationSetup::mediatorForUser(db, access.username());
    if (!m)
        return m.error();
    if (!m->isEmpty()) {
        s.everything = false;
        s.mediatorUuid = *m;
    }
    s.leaderNames << access.username();
    if (!access.displayName().isEmpty())
        s.leaderNames << access.displayName();
    return s;
}

// The case columns every query reads, and the case's title from its parties.
const char *const kCaseColumns =
    "d.uuid, d.case_no, CASE WHEN d.title <> '' THEN d.title ELSE (SELECT group_concat(p.name, '与') FROM "
    "(SELECT name FROM dispute_party WHERE dispute_uuid = d.uuid AND deleted = 0 AND role IN ('applicant', "
    "'respondent') ORDER BY seq) p) END, (SELECT name FROM mediator WHERE uuid = d.lead_mediator_uuid)";

QString mineClause(const Scope &s)
{
    return s.everything ? QString() : QStringLiteral(" AND (d.lead_mediator_uuid = :me OR d.assist_mediator_uuid = :me)");
}

TodoItem caseItem(const Query &q, const QString &kind, const QString &what, const QDate &due)
{
    TodoItem t;
    t.module = QStringLiteral("mediation");
    t.kind = kind;
    t.entity = QStringLiteral("dispute");
    t.uuid = q.text(0);
    t.caseNo = q.text(1);
    t.title = q.text(2);
    t.assignee = q.text(3);
    t.what = what;
    t.due = due;
    return t;
}

Status exec(Query &q, const Scope &s)
{
    if (!s.everything)
        q.bind(QStringLiteral(":me"), s.mediatorUuid);
    return q.exec(MediationTodo::tr("reading the to-do list"));
}

Status openCases(const Database &db, const Scope &s, QList<TodoItem> &out)
{
    Query q(db, QStringLiteral("SELECT %1, d.status, d.registered_date, d.accepted_date, d.extension_until FROM dispute d "
                               "WHERE d.deleted = 0 AND d.status IN ('registered', 'accepted', 'investigating', 'mediating')%2")
                    .arg(QString::fromUtf8(kCaseColumns), mineClause(s)));
    if (Status st = exec(q, s); !st.ok())
        return st;
    const Rules &rules = Rules::instance();
    while (q.next()) {
        const QString status = q.text(4);
        if (status == DisputeStatus::Registered) {
            const QDate registered = fromStoredDate(q.text(5));
            out << caseItem(q, QStringLiteral("mediation.acceptance"), MediationTodo::tr("Decide whether to accept the case"),
                            rules.due(rule("acceptance_decision"), registered));
            continue;
        }
        Dispute d;
        d.status = status;
        d.acceptedDate = fromStoredDate(q.text(6));
        d.extensionUntil = fromStoredDate(q.text(7));
        const QDate limit = DisputeService::timeLimit(d);
        if (limit.isValid()) {
            out << caseItem(q, QStringLiteral("mediation.time_limit"),
                            d.extensionUntil.isValid() ? MediationTodo::tr("Extended time limit for mediation ends")
                                                       : MediationTodo::tr("One-month time limit for mediation ends"),
                            limit);
        }
    }
    return {};
}

Status agreedCases(const Database &db, const Scope &s, const QDate &today, QList<TodoItem> &out)
{
    Query q(db, QStringLiteral("SELECT %1, a.form, a.agreed_date, a.effective_date, a.performance_deadline, "
                               "a.jc_applied_date, d.status, "
                               "(SELECT max(c.due_date) FROM agreement_clause c WHERE c.agreement_uuid = a.uuid AND c.deleted = 0), "
                               "(SELECT count(*) FROM return_visit v WHERE v.dispute_uuid = d.uuid AND v.deleted = 0) "
                               "FROM dispute d JOIN agreement a ON a.dispute_uuid = d.uuid AND a.deleted = 0 "
                               "WHERE d.deleted = 0 AND d.status IN ('agreed', 'performing', 'performed', 'not_performed')%2")
                    .arg(QString::fromUtf8(kCaseColumns), mineClause(s)));
    if (Status st = exec(q, s); !st.ok())
        return st;
    const Rules &rules = Rules::instance();
    while (q.next()) {
        const QString form = q.text(4);
        const QDate agreed = fromStoredDate(q.text(5));
        QDate effective = fromStoredDate(q.text(6));
        if (!effective.isValid())
            effective = agreed;
        const QString status = q.text(9);
        if (status == DisputeStatus::Agreed || status == DisputeStatus::Performing) {
            QDate deadline = fromStoredDate(q.text(7));
            if (!deadline.isValid())
                deadline = fromStoredDate(q.text(10));
            if (deadline.isValid()) {
                out << caseItem(q, QStringLiteral("mediation.performance"),
                                MediationTodo::tr("Agreement to be performed; check and urge performance"), deadline);
            }
        }
        if (q.integer(11) == 0) {
            out << caseItem(q, QStringLiteral("mediation.return_visit"), MediationTodo::tr("First return visit due"),
                            rules.due(rule("return_visit_due"), effective));
        }
        // The judicial-confirmation window is the parties' to use: shown while it is open.
        if (form == QLatin1String("written") && q.text(8).isEmpty()) {
            const QDate end = rules.due(rule("judicial_confirmation_window"), effective);
            if (end.isValid() && end >= today) {
                out << caseItem(q, QStringLiteral("mediation.judicial_confirmation"),
                                MediationTodo::tr("Last day the parties may apply for judicial confirmation"), end);
            }
        }
    }
    return {};
}

Status responsibilities(const Database &db, const Scope &s, QList<TodoItem> &out)
{
    QString who;
    if (!s.everything) {
        QStringList marks;
        for (int i = 0; i < s.leaderNames.size(); ++i)
            marks << QStringLiteral(":leader%1").arg(i);
        who = QStringLiteral(" AND (d.responsible_leader IN (%1) OR d.lead_mediator_uuid = :me OR d.assist_mediator_uuid = :me)")
                  .arg(marks.join(u", "));
    }
    Query q(db, QStringLiteral("SELECT %1, d.responsible_leader, d.responsible_deadline FROM dispute d "
                               "WHERE d.responsible_leader <> '' AND d.responsible_closed = '' AND d.deleted = 0%2")
                    .arg(QString::fromUtf8(kCaseColumns), who));
    for (int i = 0; !s.everything && i < s.leaderNames.size(); ++i)
        q.bind(QStringLiteral(":leader%1").arg(i), s.leaderNames[i]);
    if (Status st = exec(q, s); !st.ok())
        return st;
    while (q.next()) {
        TodoItem t = caseItem(q, QStringLiteral("mediation.responsibility"),
                              MediationTodo::tr("Responsibility assignment (包案) due"), fromStoredDate(q.text(5)));
        t.assignee = q.text(4);
        out << t;
    }
    return {};
}

// The monthly screening report of last month (and of earlier months still missing, back to
// the first month the office recorded anything).
Status screeningReports(const Database &db, const QDate &today, QList<TodoItem> &out)
{
    Result<QVariant> first = Query::scalar(db, QStringLiteral("SELECT min(period) FROM screening WHERE deleted = 0"), {},
                                           MediationTodo::tr("reading the screening log"));
    if (!first)
        return first.status();
    const QDate lastMonth = QDate(today.year(), today.month(), 1).addMonths(-1);
    QDate from = first->isNull() ? lastMonth
                                 : QDate::fromString(first->toString() + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
    if (!from.isValid() || from < lastMonth.addMonths(-11))
        from = lastMonth.addMonths(-11);  // a year back at most
    for (QDate m = from; m <= lastMonth; m = m.addMonths(1)) {
        Result<MediationSetup::MonthReport> r = MediationSetup::month(db, m.toString(QStringLiteral("yyyy-MM")));
        if (!r)
            return r.status();
        if (r->reported())
            continue;
        TodoItem t;
        t.module = QStringLiteral("mediation");
        t.kind = QStringLiteral("mediation.screening_report");
        t.entity = QStringLiteral("screening");
        t.uuid = r->period;
        t.title = MediationTodo::tr("Screening report for %1").arg(r->period);
        t.what = MediationTodo::tr("File the month's screening, or its zero report");
        t.due = r->due;
        out << t;
    }
    return {};
}

}  // namespace

Result<QList<TodoItem>> MediationTodo::items(Database &db, const Access &access, const QDate &today)
{
    if (!access.can(Permission::MediationRead))
        return QList<TodoItem>();
    Result<Scope> scope = scopeOf(db, access);
    if (!scope)
        return scope.error();
    QList<TodoItem> out;
    if (Status s = openCases(db, *scope, out); !s.ok())
        return s.error();
    if (Status s = agreedCases(db, *scope, today, out); !s.ok())
        return s.error();
    if (Status s = responsibilities(db, *scope, out); !s.ok())
        return s.error();
    if (access.can(Permission::MediationWrite)) {
        if (Status s = screeningReports(db, today, out); !s.ok())
            return s.error();
    }
    return out;
}

}  // namespace sifa
