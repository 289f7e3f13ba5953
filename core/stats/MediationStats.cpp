// 人民调解 statistics (domain README §2.6): screening, acceptance, results, prevention, judicial
// confirmation and the committees, for one period.
#include "stats/StatSpecs.h"

#include "mediation/MediationCodes.h"

namespace sifa {

using namespace statspec;

namespace {

// Drill-down columns of a dispute.
QList<StatColumn> disputeColumns()
{
    return {
        column(QStringLiteral("case_no"), MediationStats::tr("Case number"), QStringLiteral("d.case_no")),
        column(QStringLiteral("accepted_date"), MediationStats::tr("Accepted"), QStringLiteral("d.accepted_date")),
        column(QStringLiteral("type"), MediationStats::tr("Type"), QStringLiteral("d.dispute_type"), QStringLiteral("dispute_type")),
        labelled(QStringLiteral("source"), MediationStats::tr("Source"), QStringLiteral("d.source"), &MediationCodes::sourceLabel),
        column(QStringLiteral("title"), MediationStats::tr("Dispute"), QStringLiteral("d.title")),
        labelled(QStringLiteral("status"), MediationStats::tr("Status"), QStringLiteral("d.status"), &MediationCodes::statusLabel),
    };
}

}  // namespace

StatSpec MediationStats::spec()
{
    StatSpec s;
    s.id = QStringLiteral("mediation");
    s.title = tr("People's mediation statistics");
    s.ruleSet = QStringLiteral("statistics");

    const QString dispute = QStringLiteral("d.deleted = 0");
    s.bases = {
        {QStringLiteral("screening"), QStringLiteral("screening"), QStringLiteral("screening s"),
         QStringLiteral("s.deleted = 0 AND s.screening_date BETWEEN :from AND :to"), QStringLiteral("s.office_code"),
         QStringLiteral("s.uuid"), QStringLiteral("s.screening_date, s.uuid"),
         {column(QStringLiteral("date"), tr("Date"), QStringLiteral("s.screening_date")),
          column(QStringLiteral("scope"), tr("Scope"), QStringLiteral("s.scope")),
          column(QStringLiteral("method"), tr("Method"), QStringLiteral("s.method")),
          column(QStringLiteral("found"), tr("Disputes found"), QStringLiteral("s.found_count")),
          column(QStringLiteral("prevented"), tr("Disputes prevented"), QStringLiteral("s.prevented_count")),
          labelled(QStringLiteral("zero_report"), tr("Zero report"), QStringLiteral("s.zero_report"),
                   [](const QString &v) { return v == QLatin1String("1") ? tr("yes") : QString(); }),
          column(QStringLiteral("reporter"), tr("By"), QStringLiteral("s.reporter"))}},
        {QStringLiteral("accepted"), QStringLiteral("dispute"),
         QStringLiteral("dispute d LEFT JOIN committee c ON c.uuid = d.committee_uuid"),
         dispute + QStringLiteral(" AND d.accepted_date BETWEEN :from AND :to"), QStringLiteral("d.office_code"),
         QStringLiteral("d.uuid"), QStringLiteral("d.accepted_date, d.rid"), disputeColumns()},
        {QStringLiteral("agreed"), QStringLiteral("dispute"),
         QStringLiteral("agreement a JOIN dispute d ON d.uuid = a.dispute_uuid"),
         dispute + QStringLiteral(" AND a.deleted = 0 AND a.agreed_date BETWEEN :from AND :to"),
         QStringLiteral("d.office_code"), QStringLiteral("d.uuid"), QStringLiteral("a.agreed_date, d.rid"),
         {column(QStringLiteral("case_no"), tr("Case number"), QStringLiteral("d.case_no")),
          column(QStringLiteral("agreement_no"), tr("Agreement number"), QStringLiteral("a.agreement_no")),
          column(QStringLiteral("agreed_date"), tr("Agreed"), QStringLiteral("a.agreed_date")),
          labelled(QStringLiteral("form"), tr("Form"), QStringLiteral("a.form"), &MediationCodes::formLabel),
          column(QStringLiteral("amount_yuan"), tr("Amount (yuan)"), QStringLiteral("printf('%.2f', a.amount / 100.0)")),
          labelled(QStringLiteral("performance"), tr("Performance"), QStringLiteral("a.performance_status"),
                   &MediationCodes::performanceLabel),
          column(QStringLiteral("title"), tr("Dispute"), QStringLiteral("d.title"))}},
        {QStringLiteral("ended"), QStringLiteral("dispute"), QStringLiteral("dispute d"),
         dispute + QStringLiteral(" AND d.result IN ('failed','terminated') AND d.result_date BETWEEN :from AND :to"),
         QStringLiteral("d.office_code"), QStringLiteral("d.uuid"), QStringLiteral("d.result_date, d.rid"), disputeColumns()},
        {QStringLiteral("jc_applied"), QStringLiteral("dispute"),
         QStringLiteral("agreement a JOIN dispute d ON d.uuid = a.dispute_uuid"),
         dispute + QStringLiteral(" AND a.deleted = 0 AND a.jc_applied_date BETWEEN :from AND :to"),
         QStringLiteral("d.office_code"), QStringLiteral("d.uuid"), QStringLiteral("a.jc_applied_date, d.rid"),
         {column(QStringLiteral("case_no"), tr("Case number"), QStringLiteral("d.case_no")),
          column(QStringLiteral("applied"), tr("Applied"), QStringLiteral("a.jc_applied_date")),
          column(QStringLiteral("court"), tr("Court"), QStringLiteral("a.jc_court")),
          labelled(QStringLiteral("result"), tr("Court result"), QStringLiteral("a.jc_result"), &MediationCodes::courtResultLabel),
          column(QStringLiteral("title"), tr("Dispute"), QStringLiteral("d.title"))}},
        {QStringLiteral("committees"), QStringLiteral("committee"), QStringLiteral("committee c"),
         QStringLiteral("c.deleted = 0 AND substr(c.created_at, 1, 10) <= :to"), QStringLiteral("c.office_code"),
         QStringLiteral("c.uuid"), QStringLiteral("c.name"),
         {column(QStringLiteral("name"), tr("Committee"), QStringLiteral("c.name")),
          column(QStringLiteral("kind"), tr("Kind"), QStringLiteral("c.kind"), QStringLiteral("committee_kind")),
          column(QStringLiteral("address"), tr("Address"), QStringLiteral("c.address"))}},
        {QStringLiteral("mediators"), QStringLiteral("mediator"),
         QStringLiteral("mediator m LEFT JOIN committee c ON c.uuid = m.committee_uuid"),
         QStringLiteral("m.deleted = 0 AND m.active <> 0 AND substr(m.created_at, 1, 10) <= :to"),
         QStringLiteral("m.office_code"), QStringLiteral("m.uuid"), QStringLiteral("m.name"),
         {column(QStringLiteral("name"), tr("Mediator"), QStringLiteral("m.name")),
          column(QStringLiteral("committee"), tr("Committee"), QStringLiteral("IFNULL(c.name, '')")),
          labelled(QStringLiteral("full_time"), tr("Full-time"), QStringLiteral("m.full_time"),
                   [](const QString &v) { return v == QLatin1String("1") ? tr("yes") : tr("no"); })}},
    };

    const QString piece = tr("cases");
    const QString persons = tr("persons");
    const QString times = tr("times");

    // 矛盾纠纷排查
    const QString screening = tr("Screening of disputes");
    s.add(StatMeasure{QStringLiteral("screenings"), QStringLiteral("screening"), screening, tr("Screenings"), times,
                      tr("Screening activities dated in the period (zero reports not included)."),
                      QStringLiteral("s.zero_report = 0"), {}});
    s.add(StatMeasure{QStringLiteral("screened_disputes"), QStringLiteral("screening"), screening,
                      tr("Disputes found by screening"), piece, tr("Sum of the disputes found in the period's screenings."),
                      {}, QStringLiteral("s.found_count"), 1, 0, 1});
    s.add(StatMeasure{QStringLiteral("prevented_disputes"), QStringLiteral("screening"), screening,
                      tr("Disputes prevented"), piece, tr("Sum of the disputes prevented in the period's screenings."),
                      {}, QStringLiteral("s.prevented_count"), 1, 0, 1});
    s.add(StatMeasure{QStringLiteral("zero_reports"), QStringLiteral("screening"), screening, tr("Zero reports"),
                      times, tr("Monthly zero reports dated in the period."), QStringLiteral("s.zero_report <> 0"), {}});

    // 受理
    const QString accepted = tr("Disputes accepted");
    s.add(StatMeasure{QStringLiteral("accepted"), QStringLiteral("accepted"), accepted, tr("Disputes accepted (cases)"), piece,
                      tr("Disputes whose acceptance date is in the period."), {}, {}});
    {
        StatBreakdown b;
        b.prefix = QStringLiteral("accepted.source");
        b.base = QStringLiteral("accepted");
        b.section = accepted;
        b.labelPrefix = tr("of which ");
        b.unit = piece;
        b.definition = tr("Accepted disputes by how they came to the committee.");
        b.column = QStringLiteral("d.source");
        b.codes = MediationCodes::sources();
        s.add(b);
        b.prefix = QStringLiteral("accepted.type");
        b.definition = tr("Accepted disputes by type.");
        b.column = QStringLiteral("d.dispute_type");
        b.codeTable = QStringLiteral("dispute_type");
        b.codes.clear();
        s.add(b);
        b.prefix = QStringLiteral("accepted.committee_kind");
        b.definition = tr("Accepted disputes by the kind of committee that mediates them.");
        b.column = QStringLiteral("c.kind");
        b.codeTable = QStringLiteral("committee_kind");
        s.add(b);
        b.prefix = QStringLiteral("accepted.risk");
        b.definition = tr("Accepted disputes by risk level.");
        b.column = QStringLiteral("d.risk_level");
        b.codeTable.clear();
        b.codes = MediationCodes::riskLevels();
        s.add(b);
    }
    s.add(StatMeasure{QStringLiteral("accepted.group"), QStringLiteral("accepted"), accepted, tr("of which group disputes"),
                      piece, tr("Accepted disputes marked as group disputes."), QStringLiteral("d.is_group <> 0"), {}, 1, 0, 1});
    s.add(StatMeasure{QStringLiteral("accepted.major"), QStringLiteral("accepted"), accepted,
                      tr("of which major or long-standing disputes"), piece,
                      tr("Accepted disputes marked as major or long-standing."), QStringLiteral("d.is_major <> 0"), {}, 1, 0, 1});

    // 调解结果
    const QString results = tr("Results");
    s.add(StatMeasure{QStringLiteral("succeeded"), QStringLiteral("agreed"), results, tr("Mediated successfully"), piece,
                      tr("Agreements (written or oral) whose agreement date is in the period."), {}, {}});
    s.add(StatMeasure{QStringLiteral("written"), QStringLiteral("agreed"), results, tr("of which written agreements"),
                      piece, tr("Successes with a written agreement."), QStringLiteral("a.form = 'written'"), {}, 1, 0, 1});
    s.add(StatMeasure{QStringLiteral("oral"), QStringLiteral("agreed"), results, tr("of which oral agreements"), piece,
                      tr("Successes with an oral agreement."), QStringLiteral("a.form = 'oral'"), {}, 1, 0, 1});
    s.add(StatRate{QStringLiteral("success_rate"), results, tr("Success rate"),
                   tr("Successes in the period ÷ disputes accepted in the period × 100%."), QStringLiteral("succeeded"),
                   {{QStringLiteral("accepted"), 1.0}}});
    s.add(StatMeasure{QStringLiteral("agreement_amount"), QStringLiteral("agreed"), results, tr("Amount agreed"),
                      tr("yuan"), tr("Sum of the amounts of the period's agreements."), {}, QStringLiteral("a.amount"), 100, 2});
    s.add(StatMeasure{QStringLiteral("performed"), QStringLiteral("agreed"), results, tr("Agreements performed"), piece,
                      tr("The period's agreements recorded as performed in full."),
                      QStringLiteral("a.performance_status = 'done'"), {}});
    s.add(StatRate{QStringLiteral("performed_rate"), results, tr("Performance rate"),
                   tr("Agreements of the period performed in full ÷ successes in the period × 100%."),
                   QStringLiteral("performed"), {{QStringLiteral("succeeded"), 1.0}}});
    {
        StatBreakdown b;
        b.prefix = QStringLiteral("succeeded.type");
        b.base = QStringLiteral("agreed");
        b.section = results;
        b.labelPrefix = tr("successes: ");
        b.unit = piece;
        b.definition = tr("Successes in the period by dispute type.");
        b.column = QStringLiteral("d.dispute_type");
        b.codeTable = QStringLiteral("dispute_type");
        s.add(b);
    }
    s.add(StatMeasure{QStringLiteral("failed"), QStringLiteral("ended"), results, tr("Not successful or terminated"),
                      piece, tr("Disputes whose mediation failed or was terminated, by the date of that result."), {}, {}});

    // 预防 (counted with the dispute, in the period of its acceptance)
    const QString prevention = tr("Prevention");
    const struct {
        const char *key;
        QString label;
    } prevent[] = {
        {"criminal", tr("criminal cases prevented")},
        {"petition", tr("group petitions prevented")},
        {"fight", tr("group fights prevented")},
        {"suicide", tr("suicides prevented")},
    };
    for (const auto &p : prevent) {
        const QString k = QString::fromLatin1(p.key);
        s.add(StatMeasure{QStringLiteral("prevented_%1_cases").arg(k), QStringLiteral("accepted"), prevention,
                          tr("Disputes: %1").arg(p.label), piece,
                          tr("Cases recorded on the disputes accepted in the period."),
                          QStringLiteral("d.prevent_%1_cases > 0").arg(k), QStringLiteral("d.prevent_%1_cases").arg(k)});
        s.add(StatMeasure{QStringLiteral("prevented_%1_persons").arg(k), QStringLiteral("accepted"), prevention,
                          tr("Persons: %1").arg(p.label), persons,
                          tr("Persons recorded on the disputes accepted in the period."),
                          QStringLiteral("d.prevent_%1_persons > 0").arg(k), QStringLiteral("d.prevent_%1_persons").arg(k), 1, 0, 1});
    }

    // 司法确认
    const QString jc = tr("Judicial confirmation");
    s.add(StatMeasure{QStringLiteral("jc_applied"), QStringLiteral("jc_applied"), jc, tr("Applications for confirmation"),
                      piece, tr("Agreements whose application to the court is dated in the period."), {}, {}});
    s.add(StatMeasure{QStringLiteral("jc_confirmed"), QStringLiteral("jc_applied"), jc, tr("of which confirmed"), piece,
                      tr("Of those applications, the ones the court confirmed."), QStringLiteral("a.jc_result = 'confirmed'"),
                      {}, 1, 0, 1});

    // 组织
    const QString org = tr("Committees and mediators");
    s.add(StatMeasure{QStringLiteral("committees"), QStringLiteral("committees"), org, tr("Committees"), tr("committees"),
                      tr("Committees on record at the end of the period."), {}, {}});
    {
        StatBreakdown b;
        b.prefix = QStringLiteral("committees.kind");
        b.base = QStringLiteral("committees");
        b.section = org;
        b.labelPrefix = tr("of which ");
        b.unit = tr("committees");
        b.definition = tr("Committees by kind.");
        b.column = QStringLiteral("c.kind");
        b.codeTable = QStringLiteral("committee_kind");
        s.add(b);
    }
    s.add(StatMeasure{QStringLiteral("mediators"), QStringLiteral("mediators"), org, tr("Mediators"), persons,
                      tr("Active mediators on record at the end of the period."), {}, {}});
    s.add(StatMeasure{QStringLiteral("mediators.full_time"), QStringLiteral("mediators"), org, tr("of which full-time"),
                      persons, tr("Active mediators recorded as full-time."), QStringLiteral("m.full_time <> 0"), {}, 1, 0, 1});

    // For the checks only.
    s.add(StatMeasure{QStringLiteral("check.agreed_before_acceptance"), QStringLiteral("agreed"), results,
                      tr("Agreements dated before the acceptance"), piece, {},
                      QStringLiteral("d.accepted_date = '' OR d.accepted_date > a.agreed_date"), {}, 1, 0, 0, true});
    s.add(StatMeasure{QStringLiteral("check.no_committee"), QStringLiteral("accepted"), accepted,
                      tr("Accepted disputes without a committee"), piece, {}, QStringLiteral("c.uuid IS NULL"), {}, 1, 0, 0, true});

    s.countingRules = {
        tr("A dispute counts in the period of its acceptance date; its source, type, committee, risk and the prevention "
           "figures recorded on it count with it."),
        tr("A success counts in the period of its agreement date, whenever the dispute was accepted; its amount and "
           "performance count with it (performance as recorded when the report is made)."),
        tr("A failed or terminated mediation counts in the period of that result."),
        tr("Screenings count by their date; zero reports are counted apart and not as screenings."),
        tr("Judicial confirmations count by the date of the application; \"confirmed\" is the court's result as recorded "
           "when the report is made."),
        tr("Committees and mediators are those on record (and active) at the end of the period."),
        tr("Rates are percentages rounded to one decimal place; a rate with nothing to divide by is shown as 0."),
    };

    using Sev = StatCheck::Severity;
    notMore(s, Sev::Warning, QStringLiteral("succeeded_le_accepted"), QStringLiteral("succeeded"), QStringLiteral("accepted"),
            tr("%1 exceeds %2. This happens when disputes accepted in an earlier period reached agreement in this one; "
               "check that no acceptance date is missing or wrong."));
    notMore(s, Sev::Error, QStringLiteral("performed_le_succeeded"), QStringLiteral("performed"), QStringLiteral("succeeded"),
            tr("%1 exceeds %2."));
    notMore(s, Sev::Warning, QStringLiteral("jc_confirmed_le_applied"), QStringLiteral("jc_confirmed"),
            QStringLiteral("jc_applied"), tr("%1 exceeds %2."));
    s.checks.append([](const StatReportData &r, QList<StatCheck> *out) {
        if (r.value(QStringLiteral("written")) + r.value(QStringLiteral("oral")) != r.value(QStringLiteral("succeeded"))) {
            out->append({StatCheck::Severity::Error, QStringLiteral("written_oral_sum"),
                         tr("Written (%1) and oral (%2) agreements do not add up to the successes (%3): an agreement has "
                            "no form recorded.")
                             .arg(r.value(QStringLiteral("written")))
                             .arg(r.value(QStringLiteral("oral")))
                             .arg(r.value(QStringLiteral("succeeded"))),
                         {QStringLiteral("succeeded"), QStringLiteral("written"), QStringLiteral("oral")}});
        }
        for (const char *k : {"criminal", "petition", "fight", "suicide"}) {
            const QString cases = QStringLiteral("prevented_%1_cases").arg(QLatin1String(k));
            const QString people = QStringLiteral("prevented_%1_persons").arg(QLatin1String(k));
            if (r.value(people) < r.value(cases)) {
                const StatFigure *f = r.figure(cases);
                out->append({StatCheck::Severity::Warning, QStringLiteral("prevented_persons_ge_cases"),
                             tr("%1: %2 cases but only %3 persons; every prevented case involves at least one person.")
                                 .arg(f ? f->label : cases)
                                 .arg(r.value(cases))
                                 .arg(r.value(people)),
                             {cases, people}});
            }
        }
        if (r.value(QStringLiteral("accepted.source.screening")) > r.value(QStringLiteral("screened_disputes"))) {
            out->append({StatCheck::Severity::Warning, QStringLiteral("screening_found"),
                         tr("%1 disputes were accepted from screening but the period's screenings record only %2 found.")
                             .arg(r.value(QStringLiteral("accepted.source.screening")))
                             .arg(r.value(QStringLiteral("screened_disputes"))),
                         {QStringLiteral("accepted.source.screening"), QStringLiteral("screened_disputes")}});
        }
    });
    noneOf(s, Sev::Error, QStringLiteral("agreed_before_acceptance"), QStringLiteral("check.agreed_before_acceptance"),
           tr("%1 agreements of the period are dated before their dispute's acceptance, or their dispute has no "
              "acceptance date."));
    noneOf(s, Sev::Warning, QStringLiteral("no_committee"), QStringLiteral("check.no_committee"),
           tr("%1 disputes accepted in the period have no committee; they are missing from the figures by committee."));
    return s;
}

}  // namespace sifa
