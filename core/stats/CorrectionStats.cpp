// 社区矫正 statistics (domain README §3.9): the register (期初, received, released, terminated,
// transferred out, 期末 by type, grade and sex), pre-sentence assessments, supervision (leave,
// changes of residence, electronic monitoring, loss of contact), rewards, penalties and
// proposals, education and community service, and re-offences with their rate.
//
// A subject is in the register from its reception (received_date) until its file ends
// (end_date: release, termination or transfer out); a file ending on a day is still in the
// register that day. So with F and T the period's first and last day:
//   期初在册   received < F and (no end or end >= F)
//   本期接收   F <= received <= T
//   本期减少   F <= end <= T (released, terminated, transferred out)
//   期末在册   received <= T and (no end or end > T)
// and 期末 = 期初 + 接收 − 解除 − 终止 − 迁出 holds for every file whose end is not before its
// reception (a hidden figure finds the others). Sealed files (封存, minors only) are left out of
// every figure, as they are left out of lists and exports.
#include "stats/StatSpecs.h"

#include "codes/CodeTables.h"
#include "util/Time.h"

namespace sifa {

using namespace statspec;

namespace {

// The codes of a code table with their names (only `only` when given, in the table's order).
QList<QPair<QString, QString>> codesOf(const QString &table, const QStringList &only)
{
    QList<QPair<QString, QString>> out;
    if (const CodeTable *t = CodeTables::instance().table(table)) {
        for (const CodeItem &item : t->items) {
            if (only.isEmpty() || only.contains(item.code))
                out.append({item.code, t->displayName(item.code)});
        }
    }
    return out;
}

// Every live subject whose file is not sealed, with its person.
const QString kSubjectFrom = QStringLiteral("cc_subject s JOIN person p ON p.uuid = s.person_uuid");
const QString kSubjectLive = QStringLiteral("s.deleted = 0 AND s.sealed = 0");
// A record of a subject's file (alias x), with the subject and the person.
QString childFrom(const QString &table)
{
    return table +
           QStringLiteral(" x JOIN cc_subject s ON s.uuid = x.subject_uuid JOIN person p ON p.uuid = s.person_uuid");
}
QString childLive()
{
    return QStringLiteral("x.deleted = 0 AND ") + kSubjectLive;
}

// The grade in force on the period's last day: the latest dated grade change on or before it,
// else the file's grade (as SubjectFile::gradeOn).
const QString kGradeAtEnd = QStringLiteral(
    "IFNULL((SELECT g.grade FROM cc_grade_change g WHERE g.subject_uuid = s.uuid AND g.deleted = 0 "
    "AND g.from_date <> '' AND g.from_date <= :to ORDER BY g.from_date DESC, g.created_at DESC LIMIT 1), s.grade)");

// The end of an electronic-monitoring period: when it was ended, else its approved last day,
// else open.
const QString kMonitoringEnd =
    QStringLiteral("COALESCE(NULLIF(m.ended_date, ''), NULLIF(m.end_date, ''), '9999-12-31')");

// Leave days, both ends counted.
const QString kLeaveDays = QStringLiteral("(CAST(julianday(x.end_date) - julianday(x.start_date) AS INTEGER) + 1)");

const QStringList kDecisions{QStringLiteral("praise"), QStringLiteral("admonition"), QStringLiteral("warning")};
const QStringList kTerminations{QStringLiteral("revoked_probation"), QStringLiteral("revoked_parole"),
                                QStringLiteral("committed"), QStringLiteral("death")};

// The identity documents of foreigners and residents of Hong Kong, Macao and Taiwan (id_type).
const QStringList kForeignDocuments{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5"),
                                    QStringLiteral("6")};

// Marks a minor's row ("yes"), which Statistics::protectMinors looks for.
StatColumn minorColumn(const QString &flag)
{
    return labelled(QStringLiteral("minor"), CorrectionStats::tr("Minor"), flag,
                    [](const QString &v) { return v == QLatin1String("1") ? CorrectionStats::tr("yes") : QString(); });
}

// The columns every drill-down of subjects starts with; "name" and "minor" let Statistics::drill
// hide a minor's name from a role that may not read minors' files.
QList<StatColumn> personColumns()
{
    return {
        column(QStringLiteral("name"), CorrectionStats::tr("Name"), QStringLiteral("p.name")),
        minorColumn(QStringLiteral("s.is_minor")),
        column(QStringLiteral("type"), CorrectionStats::tr("Correction type"), QStringLiteral("s.correction_type"),
               QStringLiteral("correction_type")),
    };
}

QList<StatColumn> subjectColumns()
{
    QList<StatColumn> c = personColumns();
    c << column(QStringLiteral("received"), CorrectionStats::tr("Received"), QStringLiteral("s.received_date"))
      << column(QStringLiteral("period_to"), CorrectionStats::tr("Period ends"), QStringLiteral("s.period_to"))
      << column(QStringLiteral("grade"), CorrectionStats::tr("Grade at the period's end"), kGradeAtEnd,
                QStringLiteral("supervision_grade"))
      << column(QStringLiteral("status"), CorrectionStats::tr("Status"), QStringLiteral("s.status"),
                QStringLiteral("correction_status"))
      << column(QStringLiteral("end_date"), CorrectionStats::tr("Ended"), QStringLiteral("s.end_date"))
      << column(QStringLiteral("end_type"), CorrectionStats::tr("How it ended"), QStringLiteral("s.end_type"),
                QStringLiteral("correction_end_type"));
    return c;
}

StatBase subjectBase(const QString &id, const QString &where, const QString &order)
{
    return StatBase{id,
                    QStringLiteral("cc_subject"),
                    kSubjectFrom,
                    kSubjectLive + QStringLiteral(" AND ") + where,
                    QStringLiteral("s.office_code"),
                    QStringLiteral("s.uuid"),
                    order + QStringLiteral(", s.rid"),
                    subjectColumns()};
}

StatBase childBase(const QString &id, const QString &table, const QString &where, const QString &order,
                   const QList<StatColumn> &extra)
{
    // A row opens the subject's file.
    return StatBase{id,
                    QStringLiteral("cc_subject"),
                    childFrom(table),
                    childLive() + QStringLiteral(" AND ") + where,
                    QStringLiteral("s.office_code"),
                    QStringLiteral("s.uuid"),
                    order + QStringLiteral(", x.uuid"),
                    personColumns() + extra};
}

}  // namespace

StatSpec CorrectionStats::spec()
{
    StatSpec s;
    s.id = QStringLiteral("correction");
    s.title = tr("Community correction statistics");
    s.ruleSet = QStringLiteral("statistics");

    const QString inRegisterAtEnd =
        QStringLiteral("s.received_date <> '' AND s.received_date <= :to AND (s.end_date = '' OR s.end_date > :to)");
    const QString inRegisterDuring =
        QStringLiteral("s.received_date <> '' AND s.received_date <= :to AND (s.end_date = '' OR s.end_date >= :from)");
    s.bases = {
        subjectBase(QStringLiteral("start"),
                    QStringLiteral("s.received_date <> '' AND s.received_date < :from "
                                   "AND (s.end_date = '' OR s.end_date >= :from)"),
                    QStringLiteral("s.received_date")),
        subjectBase(QStringLiteral("received"), QStringLiteral("s.received_date BETWEEN :from AND :to"),
                    QStringLiteral("s.received_date")),
        // Files of the register that ended in the period: released, terminated, transferred out.
        subjectBase(QStringLiteral("ended"),
                    QStringLiteral("s.received_date <> '' AND s.end_date BETWEEN :from AND :to"),
                    QStringLiteral("s.end_date")),
        // Files that ended before the person was ever received (never reported in).
        subjectBase(QStringLiteral("ended_unreceived"),
                    QStringLiteral("s.received_date = '' AND s.end_date BETWEEN :from AND :to"),
                    QStringLiteral("s.end_date")),
        subjectBase(QStringLiteral("end"), inRegisterAtEnd, QStringLiteral("s.received_date")),
        subjectBase(QStringLiteral("during"), inRegisterDuring, QStringLiteral("s.received_date")),
        // Files whose end is dated before their reception, with either date in the period.
        subjectBase(QStringLiteral("misdated"),
                    QStringLiteral("s.received_date <> '' AND s.end_date <> '' AND s.end_date < s.received_date "
                                   "AND (s.received_date BETWEEN :from AND :to OR s.end_date BETWEEN :from AND :to)"),
                    QStringLiteral("s.received_date")),
    };
    StatBase reoffended =
        subjectBase(QStringLiteral("reoffended"), QStringLiteral("s.reoffence_date BETWEEN :from AND :to"),
                    QStringLiteral("s.reoffence_date"));
    reoffended.columns << column(QStringLiteral("reoffence_date"), tr("New offence established"),
                                 QStringLiteral("s.reoffence_date"));
    s.bases << reoffended;

    // 调查评估: the entrustment is the record (the person may never come under correction).
    const QList<StatColumn> assessmentColumns{
        column(QStringLiteral("name"), tr("Name"), QStringLiteral("a.name")),
        minorColumn(QStringLiteral("a.is_minor")),
        column(QStringLiteral("entrust_no"), tr("Entrustment no."), QStringLiteral("a.entrust_no")),
        column(QStringLiteral("entrusting_body"), tr("Entrusted by"), QStringLiteral("a.entrusting_body")),
        column(QStringLiteral("received"), tr("Received"), QStringLiteral("a.received_date")),
        column(QStringLiteral("completed"), tr("Opinion given"), QStringLiteral("a.completed_date")),
        labelled(QStringLiteral("opinion"), tr("Opinion"), QStringLiteral("a.opinion"),
                 [](const QString &v) {
                     if (v == QLatin1String("suitable"))
                         return tr("suitable");
                     if (v == QLatin1String("unsuitable"))
                         return tr("not suitable");
                     return v;
                 }),
    };
    s.bases << StatBase{QStringLiteral("assessments"),
                        QStringLiteral("cc_assessment"),
                        QStringLiteral("cc_assessment a"),
                        QStringLiteral("a.deleted = 0 AND a.received_date BETWEEN :from AND :to"),
                        QStringLiteral("a.office_code"),
                        QStringLiteral("a.uuid"),
                        QStringLiteral("a.received_date, a.uuid"),
                        assessmentColumns}
            << StatBase{QStringLiteral("assessed"),
                        QStringLiteral("cc_assessment"),
                        QStringLiteral("cc_assessment a"),
                        QStringLiteral("a.deleted = 0 AND a.completed_date BETWEEN :from AND :to"),
                        QStringLiteral("a.office_code"),
                        QStringLiteral("a.uuid"),
                        QStringLiteral("a.completed_date, a.uuid"),
                        assessmentColumns};

    // Requests decided in the period (the decision's date: the office's own within its limit, the
    // county's above it).
    const QList<StatColumn> requestColumns{
        column(QStringLiteral("decided"), tr("Approved on"), QStringLiteral("x.county_date")),
        column(QStringLiteral("from"), tr("From"), QStringLiteral("x.start_date")),
        column(QStringLiteral("to"), tr("To"), QStringLiteral("x.end_date")),
        column(QStringLiteral("destination"), tr("Destination"),
               QStringLiteral("CASE WHEN x.kind = 'transfer' THEN x.new_address ELSE x.destination END")),
        column(QStringLiteral("decision_no"), tr("Decision no."), QStringLiteral("x.decision_no")),
    };
    QList<StatColumn> leaveColumns = requestColumns;
    leaveColumns << column(QStringLiteral("days"), tr("Days"), kLeaveDays);
    s.bases << childBase(
                   QStringLiteral("leave"), QStringLiteral("cc_request"),
                   QStringLiteral("x.kind = 'leave' AND x.status = 'approved' AND x.county_date BETWEEN :from AND :to"),
                   QStringLiteral("x.county_date"), leaveColumns)
            << childBase(QStringLiteral("transfers"), QStringLiteral("cc_request"),
                         QStringLiteral("x.kind = 'transfer' AND x.status = 'approved' "
                                        "AND x.county_date BETWEEN :from AND :to"),
                         QStringLiteral("x.county_date"), requestColumns)
            << childBase(QStringLiteral("missing"), QStringLiteral("cc_missing"),
                         QStringLiteral("x.lost_date BETWEEN :from AND :to"), QStringLiteral("x.lost_date"),
                         {column(QStringLiteral("lost"), tr("Contact lost"), QStringLiteral("x.lost_date")),
                          column(QStringLiteral("found"), tr("Found"), QStringLiteral("x.found_date")),
                          labelled(QStringLiteral("police"), tr("Police told"), QStringLiteral("x.police_notified"),
                                   [](const QString &v) { return v == QLatin1String("1") ? tr("yes") : QString(); })})
            << childBase(QStringLiteral("sanctions"), QStringLiteral("cc_sanction"),
                         in(QStringLiteral("x.kind"), kDecisions) +
                             QStringLiteral(" AND x.status = 'approved' AND x.decision_date BETWEEN :from AND :to"),
                         QStringLiteral("x.decision_date"),
                         {column(QStringLiteral("kind"), tr("Kind"), QStringLiteral("x.kind"),
                                 QStringLiteral("correction_sanction")),
                          column(QStringLiteral("decided"), tr("Decided on"), QStringLiteral("x.decision_date")),
                          column(QStringLiteral("decision_no"), tr("Decision no."), QStringLiteral("x.decision_no"))})
            << childBase(QStringLiteral("proposals"), QStringLiteral("cc_sanction"),
                         QStringLiteral("NOT (") + in(QStringLiteral("x.kind"), kDecisions) +
                             QStringLiteral(") AND x.proposal_date BETWEEN :from AND :to"),
                         QStringLiteral("x.proposal_date"),
                         {column(QStringLiteral("kind"), tr("Kind"), QStringLiteral("x.kind"),
                                 QStringLiteral("correction_sanction")),
                          column(QStringLiteral("proposed"), tr("Proposed on"), QStringLiteral("x.proposal_date")),
                          column(QStringLiteral("status"), tr("Decision"), QStringLiteral("x.status"),
                                 QStringLiteral("correction_decision_status")),
                          column(QStringLiteral("decided"), tr("Decided on"), QStringLiteral("x.decision_date"))})
            << childBase(
                   QStringLiteral("activities"), QStringLiteral("cc_activity"),
                   QStringLiteral("x.kind IN ('education','welfare') AND x.activity_date BETWEEN :from AND :to"),
                   QStringLiteral("x.activity_date"),
                   {column(QStringLiteral("kind"), tr("Kind"), QStringLiteral("x.kind"),
                           QStringLiteral("correction_activity")),
                    column(QStringLiteral("date"), tr("Date"), QStringLiteral("x.activity_date")),
                    column(QStringLiteral("hours"), tr("Hours"), QStringLiteral("printf('%.1f', x.minutes / 60.0)")),
                    column(QStringLiteral("content"), tr("Content"), QStringLiteral("x.content"))});

    const QString persons = tr("persons");
    const QString times = tr("times");
    const QString piece = tr("cases");
    const QString hours = tr("hours");

    // --- the register
    const QString reg = tr("Persons under correction");
    s.add(StatMeasure{QStringLiteral("start_count"),
                      QStringLiteral("start"),
                      reg,
                      tr("In register at the start"),
                      persons,
                      tr("Persons received before the period's first day whose file had not ended before that day."),
                      {},
                      {}});
    s.add(StatMeasure{QStringLiteral("received"),
                      QStringLiteral("received"),
                      reg,
                      tr("Received"),
                      persons,
                      tr("Persons whose reception (接收) is dated in the period."),
                      {},
                      {}});
    {
        StatBreakdown b;
        b.prefix = QStringLiteral("received.type");
        b.base = QStringLiteral("received");
        b.section = reg;
        b.labelPrefix = tr("of which ");
        b.unit = persons;
        b.definition = tr("Persons received in the period by correction type.");
        b.column = QStringLiteral("s.correction_type");
        b.codeTable = QStringLiteral("correction_type");
        s.add(b);
    }
    s.add(StatMeasure{QStringLiteral("released"),
                      QStringLiteral("ended"),
                      reg,
                      tr("Released"),
                      persons,
                      tr("Files released (解除: the period completed, or an amnesty) with the release dated in the "
                         "period."),
                      QStringLiteral("s.end_type = 'expired'"),
                      {}});
    s.add(StatMeasure{QStringLiteral("terminated"),
                      QStringLiteral("ended"),
                      reg,
                      tr("Terminated"),
                      persons,
                      tr("Files terminated (终止: suspended sentence or parole revoked, committed to prison, death) "
                         "with the termination dated in the period."),
                      in(QStringLiteral("s.end_type"), kTerminations),
                      {}});
    {
        StatBreakdown b;
        b.prefix = QStringLiteral("terminated.reason");
        b.base = QStringLiteral("ended");
        b.section = reg;
        b.labelPrefix = tr("of which ");
        b.unit = persons;
        b.definition = tr("Terminations in the period by how correction ended.");
        b.column = QStringLiteral("s.end_type");
        b.condition = in(QStringLiteral("s.end_type"), kTerminations);
        b.codes = codesOf(QStringLiteral("correction_end_type"), kTerminations);
        s.add(b);
    }
    s.add(StatMeasure{QStringLiteral("transferred_out"),
                      QStringLiteral("ended"),
                      reg,
                      tr("Transferred out"),
                      persons,
                      tr("Files transferred to another county (变更执行地) with the new county's acceptance dated in "
                         "the period."),
                      QStringLiteral("s.status = 'transferred_out'"),
                      {}});
    s.add(StatMeasure{QStringLiteral("end_count"),
                      QStringLiteral("end"),
                      reg,
                      tr("In register at the end"),
                      persons,
                      tr("Persons received by the period's last day whose file had not ended by that day (a file "
                         "ending on the last day is no longer counted)."),
                      {},
                      {}});
    {
        StatBreakdown b;
        b.prefix = QStringLiteral("end.type");
        b.base = QStringLiteral("end");
        b.section = reg;
        b.labelPrefix = tr("at the end: ");
        b.unit = persons;
        b.definition = tr("Persons in register at the end of the period by correction type.");
        b.column = QStringLiteral("s.correction_type");
        b.codeTable = QStringLiteral("correction_type");
        s.add(b);
        b.prefix = QStringLiteral("end.grade");
        b.definition = tr("Persons in register at the end of the period by the grade in force on its last day.");
        b.column = kGradeAtEnd;
        b.codeTable = QStringLiteral("supervision_grade");
        s.add(b);
        b.prefix = QStringLiteral("end.sex");
        b.definition = tr("Persons in register at the end of the period by sex.");
        b.column = QStringLiteral("p.sex");
        b.codeTable.clear();
        b.codes = codesOf(QStringLiteral("sex"), {QStringLiteral("1"), QStringLiteral("2")});
        s.add(b);
    }
    s.add(StatMeasure{QStringLiteral("end.minors"),
                      QStringLiteral("end"),
                      reg,
                      tr("at the end: minors"),
                      persons,
                      tr("Persons in register at the end of the period recorded as minors (under 18 when the "
                         "judgment took effect)."),
                      QStringLiteral("s.is_minor <> 0"),
                      {},
                      1,
                      0,
                      1});
    s.add(StatMeasure{QStringLiteral("end.foreign_hmt"),
                      QStringLiteral("end"),
                      reg,
                      tr("at the end: foreigners and residents of Hong Kong, Macao and Taiwan"),
                      persons,
                      tr("Persons in register at the end of the period identified by a document other than a resident "
                         "identity card: a residence permit for Hong Kong, Macao or Taiwan residents, a foreigner's "
                         "permanent residence card, a passport or a travel permit."),
                      in(QStringLiteral("p.id_type"), kForeignDocuments),
                      {},
                      1,
                      0,
                      1});
    s.add(StatMeasure{QStringLiteral("in_register"),
                      QStringLiteral("during"),
                      reg,
                      tr("In register during the period"),
                      persons,
                      tr("Persons in register on at least one day of the period (in register at the start, or "
                         "received in it)."),
                      {},
                      {}});
    s.add(StatMeasure{QStringLiteral("ended_unreceived"),
                      QStringLiteral("ended_unreceived"),
                      reg,
                      tr("Files ended before reception"),
                      persons,
                      tr("Files ended in the period (revocation, commitment, death) for persons never received; they "
                         "were never in register and are not in the figures above."),
                      {},
                      {}});

    // --- 调查评估
    const QString assess = tr("Pre-sentence assessments");
    s.add(StatMeasure{QStringLiteral("assessments"),
                      QStringLiteral("assessments"),
                      assess,
                      tr("Entrusted"),
                      piece,
                      tr("Assessment entrustments received in the period."),
                      {},
                      {}});
    s.add(StatMeasure{QStringLiteral("assessments.completed"),
                      QStringLiteral("assessed"),
                      assess,
                      tr("Completed"),
                      piece,
                      tr("Assessments whose opinion is dated in the period, whenever they were entrusted."),
                      {},
                      {}});
    s.add(StatMeasure{QStringLiteral("assessments.suitable"),
                      QStringLiteral("assessed"),
                      assess,
                      tr("of which: correction suitable"),
                      piece,
                      tr("Assessments completed in the period with the opinion that community correction is "
                         "suitable (建议适用)."),
                      QStringLiteral("a.opinion = 'suitable'"),
                      {},
                      1,
                      0,
                      1});
    s.add(StatMeasure{QStringLiteral("assessments.unsuitable"),
                      QStringLiteral("assessed"),
                      assess,
                      tr("of which: correction not suitable"),
                      piece,
                      tr("Assessments completed in the period with the opinion that community correction is not "
                         "suitable (建议不适用)."),
                      QStringLiteral("a.opinion = 'unsuitable'"),
                      {},
                      1,
                      0,
                      1});

    // --- supervision
    const QString sup = tr("Supervision");
    s.add(StatMeasure{QStringLiteral("leave"),
                      QStringLiteral("leave"),
                      sup,
                      tr("Leave approved"),
                      piece,
                      tr("Requests for leave of the city or county approved, with the approval dated in the period "
                         "(by the office within its limit, else by the county)."),
                      {},
                      {}});
    s.add(StatMeasure{QStringLiteral("leave.up_to_7"),
                      QStringLiteral("leave"),
                      sup,
                      tr("of which up to 7 days"),
                      piece,
                      tr("Approved leave of at most 7 days, the first and last day both counted."),
                      kLeaveDays + QStringLiteral(" <= 7"),
                      {},
                      1,
                      0,
                      1});
    s.add(StatMeasure{QStringLiteral("leave.over_7"),
                      QStringLiteral("leave"),
                      sup,
                      tr("of which over 7 days"),
                      piece,
                      tr("Approved leave of more than 7 days, the first and last day both counted."),
                      kLeaveDays + QStringLiteral(" > 7"),
                      {},
                      1,
                      0,
                      1});
    s.add(StatMeasure{QStringLiteral("transfers"),
                      QStringLiteral("transfers"),
                      sup,
                      tr("Changes of residence approved (moving out)"),
                      piece,
                      tr("Requests to change the place of execution approved, with the approval dated in the period; "
                         "the file leaves the register when the new county accepts (transferred out)."),
                      {},
                      {}});
    s.add(StatMeasure{
        QStringLiteral("monitored"),
        QStringLiteral("during"),
        sup,
        tr("Under electronic monitoring"),
        persons,
        tr("Persons in register during the period with an electronic-monitoring period overlapping it "
           "(from its start to its end, or to its approved last day when not ended)."),
        QStringLiteral("EXISTS (SELECT 1 FROM cc_monitoring m WHERE m.subject_uuid = s.uuid AND m.deleted = 0 "
                       "AND m.start_date <> '' AND m.start_date <= :to AND ") +
            kMonitoringEnd + QStringLiteral(" >= :from)"),
        {}});
    s.add(StatMeasure{QStringLiteral("missing"),
                      QStringLiteral("missing"),
                      sup,
                      tr("Loss of contact"),
                      times,
                      tr("Losses of contact (失联) whose first day is in the period; one person may count more than "
                         "once."),
                      {},
                      {}});

    // --- rewards, penalties, proposals
    const QString rp = tr("Rewards, penalties and proposals");
    {
        StatBreakdown b;
        b.prefix = QStringLiteral("sanctions");
        b.base = QStringLiteral("sanctions");
        b.section = rp;
        b.unit = times;
        b.definition = tr("Praise, admonitions and warnings decided, with the decision dated in the period.");
        b.column = QStringLiteral("x.kind");
        b.codes = codesOf(QStringLiteral("correction_sanction"), kDecisions);
        b.level = 0;
        s.add(b);
        b.prefix = QStringLiteral("proposals");
        b.base = QStringLiteral("proposals");
        b.definition = tr("The office's proposals (public-order penalty, revocation, commitment, arrest, commutation) "
                          "dated in the period, whatever was decided on them.");
        b.labelPrefix.clear();
        QStringList proposals;
        for (const auto &c : codesOf(QStringLiteral("correction_sanction"), {})) {
            if (!kDecisions.contains(c.first))
                proposals << c.first;
        }
        b.codes = codesOf(QStringLiteral("correction_sanction"), proposals);
        s.add(b);
    }

    // --- education and community service
    const QString edu = tr("Education and community service");
    s.add(StatMeasure{QStringLiteral("education"),
                      QStringLiteral("activities"),
                      edu,
                      tr("Education"),
                      times,
                      tr("Education sessions (教育学习) recorded in the period, one per person and session (人次)."),
                      QStringLiteral("x.kind = 'education'"),
                      {}});
    s.add(StatMeasure{QStringLiteral("education_hours"), QStringLiteral("activities"), edu, tr("Education hours"),
                      hours, tr("Sum of the recorded minutes of those sessions ÷ 60, to one decimal."),
                      QStringLiteral("x.kind = 'education'"), QStringLiteral("x.minutes"), 60, 1, 1});
    s.add(StatMeasure{QStringLiteral("welfare"),
                      QStringLiteral("activities"),
                      edu,
                      tr("Community service"),
                      times,
                      tr("Community service (公益活动) recorded in the period, one per person and session (人次)."),
                      QStringLiteral("x.kind = 'welfare'"),
                      {}});
    s.add(StatMeasure{QStringLiteral("welfare_hours"), QStringLiteral("activities"), edu, tr("Community service hours"),
                      hours, tr("Sum of the recorded minutes of that service ÷ 60, to one decimal."),
                      QStringLiteral("x.kind = 'welfare'"), QStringLiteral("x.minutes"), 60, 1, 1});

    // --- re-offences
    const QString reo = tr("Re-offences");
    s.add(StatMeasure{QStringLiteral("reoffences"),
                      QStringLiteral("reoffended"),
                      reo,
                      tr("Re-offended under correction"),
                      persons,
                      tr("Persons whose new offence committed under correction was established (核实) on a date in "
                         "the period, as recorded on the file (usually with its termination)."),
                      {},
                      {}});
    s.add(StatRate{QStringLiteral("reoffending_rate"),
                   reo,
                   tr("Re-offending rate"),
                   tr("Re-offences in the period ÷ the average register ((at the start + at the end) ÷ 2) × 100%."),
                   QStringLiteral("reoffences"),
                   {{QStringLiteral("start_count"), 0.5}, {QStringLiteral("end_count"), 0.5}}});

    // For the checks only. A period still running is checked up to today (the spec is built for
    // each run, so today is the clock's, pinned in tests).
    const QString today = sqlQuote(Clock::today().toString(Qt::ISODate));
    s.add(StatMeasure{QStringLiteral("check.ended_before_received"),
                      QStringLiteral("misdated"),
                      reg,
                      tr("Files ending before their reception"),
                      persons,
                      {},
                      {},
                      {},
                      1,
                      0,
                      0,
                      true});
    s.add(StatMeasure{QStringLiteral("check.received_no_type"),
                      QStringLiteral("received"),
                      reg,
                      tr("Received without a correction type"),
                      persons,
                      {},
                      QStringLiteral("s.correction_type = ''"),
                      {},
                      1,
                      0,
                      0,
                      true});
    s.add(StatMeasure{QStringLiteral("check.open_after_period"),
                      QStringLiteral("end"),
                      reg,
                      tr("In register after the end of their correction period"),
                      persons,
                      {},
                      QStringLiteral("s.period_to <> '' AND s.period_to < MIN(:to, %1) AND s.pending_revocation = 0").arg(today),
                      {},
                      1,
                      0,
                      0,
                      true});

    s.countingRules = {
        tr("A person is in the register from the date of reception until the date the file ends (release, termination "
           "or transfer out); a file ending on a day still counts on that day. Persons awaiting report-in are not in "
           "the register."),
        tr("In register at the end = in register at the start + received − released − terminated − transferred out."),
        tr("Releases, terminations and transfers out count in the period of their date; a file ended before the "
           "person was received is counted apart."),
        tr("The grade at the end of the period is the one in force on its last day by the dated grade history; "
           "type, sex and the minor flag are as recorded when the report is made."),
        tr("Assessments count by the date the entrustment was received, and as completed by the date of the opinion."),
        tr("Leave and changes of residence count by the date of the approval; losses of contact by their first day; "
           "electronic monitoring when its period overlaps the report's."),
        tr("Praise, admonitions and warnings count by the date of the decision; the office's proposals by the date of "
           "the proposal."),
        tr("Education and community service count each session of each person (人次); hours are the recorded minutes "
           "÷ 60."),
        tr("A re-offence counts in the period of the date it was established; the rate divides by the average of the "
           "register at the start and at the end."),
        tr("Sealed files (封存) are left out of every figure."),
        tr("Rates are percentages rounded to one decimal place; a rate with nothing to divide by is shown as 0."),
    };

    using Sev = StatCheck::Severity;
    s.checks.append([](const StatReportData &r, QList<StatCheck> *out) {
        const double start = r.value(QStringLiteral("start_count"));
        const double received = r.value(QStringLiteral("received"));
        const double released = r.value(QStringLiteral("released"));
        const double terminated = r.value(QStringLiteral("terminated"));
        const double transferred = r.value(QStringLiteral("transferred_out"));
        const double end = r.value(QStringLiteral("end_count"));
        const double expected = start + received - released - terminated - transferred;
        if (end != expected) {
            out->append(
                {StatCheck::Severity::Error,
                 QStringLiteral("register_balance"),
                 tr("The register does not balance: at the start %1 + received %2 − released %3 − terminated "
                    "%4 − transferred out %5 = %6, but %7 are in register at the end. A file's end is dated "
                    "before its reception, or a date is missing.")
                     .arg(start)
                     .arg(received)
                     .arg(released)
                     .arg(terminated)
                     .arg(transferred)
                     .arg(expected)
                     .arg(end),
                 {QStringLiteral("start_count"), QStringLiteral("received"), QStringLiteral("released"),
                  QStringLiteral("terminated"), QStringLiteral("transferred_out"), QStringLiteral("end_count")}});
        }
        double byType = 0;
        QStringList typeKeys;
        for (const StatFigure &f : r.figures) {
            if (f.key.startsWith(QLatin1String("end.type."))) {
                byType += f.value;
                typeKeys << f.key;
            }
        }
        if (byType != end) {
            out->append({StatCheck::Severity::Error, QStringLiteral("end_type_sum"),
                         tr("The persons in register at the end by type (%1) do not add up to those in register (%2).")
                             .arg(byType)
                             .arg(end),
                         QStringList{QStringLiteral("end_count")} + typeKeys});
        }
        const double completed = r.value(QStringLiteral("assessments.completed"));
        const double opinions =
            r.value(QStringLiteral("assessments.suitable")) + r.value(QStringLiteral("assessments.unsuitable"));
        if (opinions != completed) {
            out->append({StatCheck::Severity::Warning,
                         QStringLiteral("assessment_opinions"),
                         tr("%1 assessments were completed in the period but %2 have an opinion (suitable or not); "
                            "record the missing opinions.")
                             .arg(completed)
                             .arg(opinions),
                         {QStringLiteral("assessments.completed"), QStringLiteral("assessments.suitable"),
                          QStringLiteral("assessments.unsuitable")}});
        }
    });
    noneOf(s, Sev::Error, QStringLiteral("ended_before_received"), QStringLiteral("check.ended_before_received"),
           tr("%1 files end before the date of their reception; correct the dates."));
    noneOf(s, Sev::Warning, QStringLiteral("received_no_type"), QStringLiteral("check.received_no_type"),
           tr("%1 persons received in the period have no correction type; they are missing from the figures by type."));
    noneOf(s, Sev::Warning, QStringLiteral("open_after_period"), QStringLiteral("check.open_after_period"),
           tr("%1 persons in register at the end of the period had reached the end of their correction period before "
              "its last day (or before today) with no revocation pending; record their release."));
    return s;
}

}  // namespace sifa
