#include "correction/CorrectionTodo.h"

#include "codes/CodeTables.h"
#include "correction/CorrectionEntities.h"
#include "correction/CorrectionRepository.h"
#include "correction/CorrectionService.h"
#include "correction/ReportIn.h"
#include "rules/Rules.h"

#include <QLocale>

namespace sifa {

namespace {

QString rule(const char *key)
{
    return QStringLiteral("correction.") + QLatin1String(key);
}

struct Collector {
    QList<TodoItem> &out;
    const QDate today;

    TodoItem base(const SubjectFile &f, const QString &kind, const QString &what, const QDate &due) const
    {
        TodoItem t;
        t.module = QStringLiteral("correction");
        t.kind = QStringLiteral("correction.") + kind;
        t.entity = QStringLiteral("cc_subject");
        t.uuid = f.uuid();
        t.caseNo = f.subject.text(QStringLiteral("subject_no"));
        const CodeTable *types = CodeTables::instance().table(QStringLiteral("correction_type"));
        t.title = types ? QStringLiteral("%1（%2）").arg(f.person.name, types->displayName(f.correctionType()))
                        : f.person.name;
        t.what = what;
        t.due = due;
        t.assignee = f.subject.text(QStringLiteral("officer"));
        return t;
    }
    void add(const SubjectFile &f, const char *kind, const QString &what, const QDate &due) const
    {
        if (due.isValid())
            out << base(f, QString::fromLatin1(kind), what, due);
    }
};

QDate lastActivity(const SubjectFile &f, const char *kind)
{
    QDate last;
    for (const CcRecord &a : f.activities) {
        if (a.text(QStringLiteral("kind")) == QLatin1String(kind)) {
            const QDate d = a.date(QStringLiteral("activity_date"));
            if (!last.isValid() || d > last)
                last = d;
        }
    }
    return last;
}

void reportIn(const Collector &c, const SubjectFile &f)
{
    Result<ReportInStatus> r = ReportIn::status(f.subject.date(QStringLiteral("effective_date")), QDate(), c.today);
    if (r)
        c.add(f, "report_in", CorrectionTodo::tr("Report-in: %1").arg(ReportIn::describe(*r)), r->due);
}

void monthlySupervision(const Collector &c, const SubjectFile &f)
{
    const MonthReview m = CorrectionService::monthReview(f, c.today);
    if (m.shortfalls.isEmpty())
        return;
    QStringList parts;
    for (const Shortfall &s : m.shortfalls)
        parts << s.text;
    c.add(f, "monthly",
          CorrectionTodo::tr("This month's supervision (%1): %2")
              .arg(CodeTables::instance().table(QStringLiteral("supervision_grade"))->displayName(m.grade),
                   parts.join(QStringLiteral("；"))),
          m.month.addDays(m.daysInMonth - 1));
}

void health(const Collector &c, const SubjectFile &f)
{
    if (f.correctionType() != QLatin1String("04"))
        return;
    const QDate received = f.subject.date(QStringLiteral("received_date"));
    QDate last = lastActivity(f, "health_report");
    if (!last.isValid())
        last = received;
    c.add(f, "health_report", CorrectionTodo::tr("Monthly report on health"),
          Rules::instance().due(rule("health_report"), last));
    if (f.subject.text(QStringLiteral("outside_reason")) == QLatin1String("medical")) {
        QDate exam = lastActivity(f, "medical_exam");
        if (!exam.isValid())
            exam = received;
        c.add(f, "medical_recheck", CorrectionTodo::tr("Medical re-examination (every three months)"),
              Rules::instance().due(rule("medical_recheck"), exam));
    }
}

void requests(const Collector &c, const SubjectFile &f)
{
    const CodeTable *kinds = CodeTables::instance().table(QStringLiteral("correction_request"));
    for (const CcRecord &r : f.requests) {
        const QString status = r.text(QStringLiteral("status"));
        const QString kind = r.text(QStringLiteral("kind"));
        const QString name = kinds ? kinds->displayName(kind) : kind;
        if (status == QLatin1String("pending") || status == QLatin1String("reviewed")) {
            QDate due = r.date(QStringLiteral("start_date"));
            if (!due.isValid())
                due = r.date(QStringLiteral("applied_date"));
            c.add(f, status == QLatin1String("pending") ? "request_review" : "request_decision",
                  status == QLatin1String("pending") ? CorrectionTodo::tr("%1: the office's review").arg(name)
                                                     : CorrectionTodo::tr("%1: awaiting the decision").arg(name),
                  due);
            if (status == QLatin1String("reviewed") && kind == QLatin1String("transfer")) {
                // The county asks the new county within five days of the office's review; the new
                // county answers within five days.
                const QDate consulted = r.date(QStringLiteral("consulted_date"));
                if (!consulted.isValid())
                    c.add(f, "transfer_consult", CorrectionTodo::tr("Change of residence: the new county to be consulted"),
                          Rules::instance().due(rule("transfer_consult"), r.date(QStringLiteral("office_date"))));
                else if (!r.date(QStringLiteral("new_reply_date")).isValid())
                    c.add(f, "transfer_reply", CorrectionTodo::tr("Change of residence: the new county's reply"),
                          Rules::instance().due(rule("transfer_reply"), consulted));
            }
            continue;
        }
        if (status != QLatin1String("approved"))
            continue;
        if (kind == QLatin1String("leave") && !r.date(QStringLiteral("returned_date")).isValid())
            c.add(f, "leave_return", CorrectionTodo::tr("Return from leave (%1) to be reported")
                                         .arg(r.text(QStringLiteral("destination"))),
                  r.date(QStringLiteral("end_date")));
        if (kind == QLatin1String("transfer") && f.status() != QLatin1String("transferred_out")) {
            const QDate decided = r.date(QStringLiteral("county_date"));
            if (!r.date(QStringLiteral("files_sent_date")).isValid())
                c.add(f, "transfer_files", CorrectionTodo::tr("Change of residence: send the files"),
                      Rules::instance().due(rule("transfer_files"), decided));
            c.add(f, "transfer_report", CorrectionTodo::tr("Change of residence: report to the new county"),
                  Rules::instance().due(rule("transfer_report"), decided));
        }
    }
}

void monitoringAndMissing(const Collector &c, const SubjectFile &f)
{
    for (const CcRecord &m : f.monitoring) {
        if (m.date(QStringLiteral("ended_date")).isValid())
            continue;
        const QDate end = m.date(QStringLiteral("end_date"));
        const QDate warn = Rules::instance().due(rule("e_tag_warning"), end);
        if (end.isValid() && (!warn.isValid() || c.today >= warn))
            c.add(f, "monitoring_end", CorrectionTodo::tr("Electronic monitoring ends: end it or extend it"), end);
    }
    for (const CcRecord &m : f.missing) {
        if (!m.date(QStringLiteral("found_date")).isValid())
            c.add(f, "missing", CorrectionTodo::tr("Contact lost: search for the person"), m.date(QStringLiteral("lost_date")));
    }
    for (const CcRecord &s : f.sanctions) {
        const QString kind = s.text(QStringLiteral("kind"));
        if (s.text(QStringLiteral("status")) != QLatin1String("proposed"))
            continue;
        const bool revocation = kind == QLatin1String("revoke_probation") || kind == QLatin1String("revoke_parole");
        const bool commitment = kind == QLatin1String("commit_to_prison");
        if (revocation || commitment)
            c.add(f, "proposal_decision", CorrectionTodo::tr("Decision on the proposal awaited"),
                  Rules::instance().due(rule(revocation ? "revocation_decision" : "commitment_decision"),
                                        s.date(QStringLiteral("proposal_date"))));
    }
}

void release(const Collector &c, const SubjectFile &f)
{
    const QDate end = f.subject.date(QStringLiteral("period_to"));
    const QDate from = Rules::instance().due(rule("release_preparation"), end);
    if (end.isValid() && from.isValid() && c.today >= from) {
        c.add(f, "release",
              f.subject.flag(QStringLiteral("pending_revocation"))
                  ? CorrectionTodo::tr("Correction period ends with a revocation pending: hold the release")
                  : CorrectionTodo::tr("Correction period ends: summary, appraisal and release announcement"),
              end);
    }
}

void keyPeriods(const Collector &c, const SubjectFile &f)
{
    for (const CcRecord &p : f.keyPeriods) {
        if (c.today < p.date(QStringLiteral("start_date")) || c.today > p.date(QStringLiteral("end_date")))
            continue;
        bool reported = false;
        for (const CcRecord &a : f.activities)
            reported = reported
                || (a.date(QStringLiteral("activity_date")) == c.today
                    && a.text(QStringLiteral("kind")).startsWith(QLatin1String("report_")));
        if (!reported)
            c.add(f, "key_period", CorrectionTodo::tr("Key period “%1”: today's report").arg(p.text(QStringLiteral("name"))),
                  c.today);
    }
}

}  // namespace

Result<QList<TodoItem>> CorrectionTodo::items(Database &db, const Access &access, const QDate &today)
{
    QList<TodoItem> out;
    if (!access.can(Permission::CorrectionRead))
        return out;
    const bool minors = access.can(Permission::CorrectionMinors);
    Result<QList<QPair<CcRecord, Person>>> subjects = CorrectionRepository::subjects(db);
    if (!subjects)
        return subjects.error();
    const Collector c{out, today};
    for (const auto &[s, p] : *subjects) {
        const QString status = s.text(QStringLiteral("status"));
        if (s.flag(QStringLiteral("sealed")) || (s.flag(QStringLiteral("is_minor")) && !minors))
            continue;
        if (status != QLatin1String("awaiting_report") && status != QLatin1String("received")
            && status != QLatin1String("under_correction"))
            continue;
        Result<SubjectFile> f = CorrectionRepository::file(db, s.uuid);
        if (!f)
            return f.error();
        if (status == QLatin1String("awaiting_report")) {
            reportIn(c, *f);
            continue;
        }
        monthlySupervision(c, *f);
        health(c, *f);
        requests(c, *f);
        monitoringAndMissing(c, *f);
        release(c, *f);
        keyPeriods(c, *f);
    }
    Result<QList<CcRecord>> assessments = CorrectionService::assessments(db, access);
    if (!assessments)
        return assessments.error();
    for (const CcRecord &a : *assessments) {
        if (a.date(QStringLiteral("completed_date")).isValid())
            continue;
        TodoItem t;
        t.module = QStringLiteral("correction");
        t.kind = QStringLiteral("correction.assessment");
        t.entity = QStringLiteral("cc_assessment");
        t.uuid = a.uuid;
        t.caseNo = a.text(QStringLiteral("entrust_no"));
        t.title = a.text(QStringLiteral("name"));
        t.what = tr("Pre-sentence assessment for %1 due").arg(a.text(QStringLiteral("entrusting_body")));
        t.due = CorrectionService::assessmentDue(a);
        if (t.due.isValid())
            out << t;
    }
    return out;
}

}  // namespace sifa
