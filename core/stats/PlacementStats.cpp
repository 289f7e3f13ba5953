// 安置帮教 statistics (domain README §4.7): the register by source and category, the period's
// releases and their hand-over (衔接, 必接必送), placement, assistance (帮教) and social
// assistance (救助), the end of files, re-offences, and the five rates.
//
// A file is in the register from the release (release_date) until its end (end_date); a file
// ending on a day still counts that day. With F and T the period's first and last day:
//   期初在册   release < F and (no end or end >= F)
//   本期新增   F <= release <= T
//   本期解除   F <= end <= T
//   期末在册   release <= T and (no end or end > T)
// so 期末 = 期初 + 新增 − 解除 for every file whose end is not before its release. A file
// withdrawn (a correction release taken back) is deleted and counts nowhere.
#include "stats/StatSpecs.h"

#include "codes/CodeTables.h"
#include "util/Time.h"

namespace sifa {

using namespace statspec;

namespace {

const QString kFrom = QStringLiteral("rp_subject s JOIN person p ON p.uuid = s.person_uuid");
const QString kLive = QStringLiteral("s.deleted = 0");

// The category (key or general) on the period's last day: the latest risk assessment on or
// before it, else the file's category.
const QString kCategoryAtEnd = QStringLiteral(
    "IFNULL((SELECT r.category FROM rp_risk_review r WHERE r.subject_uuid = s.uuid AND r.deleted = 0 "
    "AND r.review_date <> '' AND r.review_date <= :to ORDER BY r.review_date DESC, r.created_at DESC LIMIT 1), "
    "s.category)");
const QString kKey = kCategoryAtEnd + QStringLiteral(" = 'key'");

// Handed over by the period's last day (a hand-over without a date counts as recorded).
const QString kHandedOver =
    QStringLiteral("(s.handover_status = 'done' AND (s.handover_date = '' OR s.handover_date <= :to))");

// The placement in force on the period's last day (the latest begun and not ended by then).
const QString kPlacementAtEnd = QStringLiteral(
    "(SELECT pl.mode FROM rp_placement pl WHERE pl.subject_uuid = s.uuid AND pl.deleted = 0 AND pl.placed_date <> '' "
    "AND pl.placed_date <= :to AND (pl.ended_date = '' OR pl.ended_date > :to) "
    "ORDER BY pl.placed_date DESC, pl.created_at DESC LIMIT 1)");

// 帮教: an assistance group member entered, or an agreement signed, by the period's last day.
const QString kAssisted = QStringLiteral(
    "(EXISTS (SELECT 1 FROM rp_member m WHERE m.subject_uuid = s.uuid AND m.deleted = 0 "
    "AND substr(m.created_at, 1, 10) <= :to) "
    "OR EXISTS (SELECT 1 FROM rp_agreement a WHERE a.subject_uuid = s.uuid AND a.deleted = 0 AND a.signed_date <> '' "
    "AND a.signed_date <= :to))");

QString relievedBy(const QString &kind)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM rp_assistance x WHERE x.subject_uuid = s.uuid AND x.deleted = 0 "
                          "AND x.granted_date BETWEEN :from AND :to") +
           (kind.isEmpty() ? QString() : QStringLiteral(" AND x.kind = ") + sqlQuote(kind)) + QLatin1Char(')');
}

QList<StatColumn> fileColumns()
{
    using P = PlacementStats;
    return {
        column(QStringLiteral("name"), P::tr("Name"), QStringLiteral("p.name")),
        column(QStringLiteral("source"), P::tr("Source"), QStringLiteral("s.source_type"),
               QStringLiteral("placement_source")),
        column(QStringLiteral("release_date"), P::tr("Released"), QStringLiteral("s.release_date")),
        column(QStringLiteral("category"), P::tr("Category at the period's end"), kCategoryAtEnd,
               QStringLiteral("placement_category")),
        column(QStringLiteral("handover"), P::tr("Hand-over"), QStringLiteral("s.handover_status"),
               QStringLiteral("handover_status")),
        column(QStringLiteral("handover_mode"), P::tr("How"), QStringLiteral("s.handover_mode"),
               QStringLiteral("handover_mode")),
        column(QStringLiteral("handover_date"), P::tr("Handed over"), QStringLiteral("s.handover_date")),
        column(QStringLiteral("status"), P::tr("Status"), QStringLiteral("s.status"),
               QStringLiteral("placement_status")),
        column(QStringLiteral("end_date"), P::tr("Ended"), QStringLiteral("s.end_date")),
        column(QStringLiteral("end_type"), P::tr("Why"), QStringLiteral("s.end_type"),
               QStringLiteral("placement_end_type")),
    };
}

StatBase fileBase(const QString &id, const QString &where, const QString &order)
{
    return StatBase{id,
                    QStringLiteral("rp_subject"),
                    kFrom,
                    kLive + QStringLiteral(" AND ") + where,
                    QStringLiteral("s.office_code"),
                    QStringLiteral("s.uuid"),
                    order + QStringLiteral(", s.rid"),
                    fileColumns()};
}

}  // namespace

StatSpec PlacementStats::spec()
{
    StatSpec s;
    s.id = QStringLiteral("placement");
    s.title = tr("Resettlement and assistance statistics");
    s.ruleSet = QStringLiteral("statistics");

    const QString registeredWhere =
        QStringLiteral("s.release_date <> '' AND s.release_date <= :to AND (s.end_date = '' OR s.end_date > :to)");
    StatBase registered = fileBase(QStringLiteral("registered"), registeredWhere, QStringLiteral("s.release_date"));
    registered.columns << column(QStringLiteral("placement"), tr("Placement at the period's end"), kPlacementAtEnd,
                                 QStringLiteral("placement_mode"));
    s.bases = {
        fileBase(QStringLiteral("start"),
                 QStringLiteral(
                     "s.release_date <> '' AND s.release_date < :from AND (s.end_date = '' OR s.end_date >= :from)"),
                 QStringLiteral("s.release_date")),
        fileBase(QStringLiteral("new"), QStringLiteral("s.release_date BETWEEN :from AND :to"),
                 QStringLiteral("s.release_date")),
        registered,
        fileBase(QStringLiteral("ended"), QStringLiteral("s.end_date BETWEEN :from AND :to"),
                 QStringLiteral("s.end_date")),
        fileBase(QStringLiteral("during"),
                 QStringLiteral(
                     "s.release_date <> '' AND s.release_date <= :to AND (s.end_date = '' OR s.end_date >= :from)"),
                 QStringLiteral("s.release_date")),
        // Files whose end is dated before their release, with either date in the period.
        fileBase(QStringLiteral("misdated"),
                 QStringLiteral("s.end_date <> '' AND s.end_date < s.release_date "
                                "AND (s.release_date BETWEEN :from AND :to OR s.end_date BETWEEN :from AND :to)"),
                 QStringLiteral("s.release_date")),
        // Social assistance granted in the period to persons in register at its end.
        StatBase{QStringLiteral("assistance"),
                 QStringLiteral("rp_subject"),
                 QStringLiteral("rp_assistance x JOIN rp_subject s ON s.uuid = x.subject_uuid "
                                "JOIN person p ON p.uuid = s.person_uuid"),
                 QStringLiteral("x.deleted = 0 AND ") + kLive + QStringLiteral(" AND ") + registeredWhere +
                     QStringLiteral(" AND x.granted_date BETWEEN :from AND :to"),
                 QStringLiteral("s.office_code"),
                 QStringLiteral("s.uuid"),
                 QStringLiteral("x.granted_date, x.uuid"),
                 {column(QStringLiteral("name"), tr("Name"), QStringLiteral("p.name")),
                  column(QStringLiteral("kind"), tr("Kind"), QStringLiteral("x.kind"),
                         QStringLiteral("placement_assistance")),
                  column(QStringLiteral("granted"), tr("Granted"), QStringLiteral("x.granted_date")),
                  column(QStringLiteral("amount_yuan"), tr("Amount (yuan)"),
                         QStringLiteral("printf('%.2f', x.amount_fen / 100.0)")),
                  column(QStringLiteral("provider"), tr("Provided by"), QStringLiteral("x.provider"))}},
    };

    const QString persons = tr("persons");

    // --- the register
    const QString reg = tr("Persons in register");
    s.add(StatMeasure{QStringLiteral("start"),
                      QStringLiteral("start"),
                      reg,
                      tr("In register at the start"),
                      persons,
                      tr("Files released before the period's first day and not ended before that day."),
                      {},
                      {}});
    s.add(StatMeasure{QStringLiteral("registered"),
                      QStringLiteral("registered"),
                      reg,
                      tr("In register at the end"),
                      persons,
                      tr("Files released by the period's last day and not ended by that day (a file ending on the last "
                         "day is no longer counted), whatever their hand-over."),
                      {},
                      {}});
    {
        StatBreakdown b;
        b.prefix = QStringLiteral("registered.source");
        b.base = QStringLiteral("registered");
        b.section = reg;
        b.labelPrefix = tr("of which ");
        b.unit = persons;
        b.definition = tr("Persons in register at the end of the period by where they come from.");
        b.column = QStringLiteral("s.source_type");
        b.codeTable = QStringLiteral("placement_source");
        s.add(b);
        b.prefix = QStringLiteral("registered.category");
        b.definition =
            tr("Persons in register at the end of the period by category, as the latest risk assessment on or "
               "before the period's last day decided.");
        b.column = kCategoryAtEnd;
        b.codeTable = QStringLiteral("placement_category");
        s.add(b);
        b.prefix = QStringLiteral("registered.handover");
        b.definition = tr("Persons in register at the end of the period by their hand-over on its last day (a hand-over "
                          "recorded later counts as not handed over).");
        b.column = QStringLiteral("CASE WHEN ") + kHandedOver +
                   QStringLiteral(" THEN 'done' WHEN s.handover_status = 'done' THEN 'pending' "
                                  "ELSE s.handover_status END");
        b.codeTable = QStringLiteral("handover_status");
        s.add(b);
    }
    s.add(StatMeasure{QStringLiteral("key_subjects"),
                      QStringLiteral("registered"),
                      reg,
                      tr("Key persons"),
                      persons,
                      tr("Persons in register at the end of the period who were key persons (重点帮教对象) on its last "
                         "day."),
                      kKey,
                      {},
                      1,
                      0,
                      1});
    s.add(StatMeasure{QStringLiteral("registered.sanwu"),
                      QStringLiteral("registered"),
                      reg,
                      tr("of which with no home, job or family (三无)"),
                      persons,
                      tr("Persons in register at the end of the period recorded with no home, no job and no family to "
                         "rely on."),
                      QStringLiteral("s.no_home <> 0 AND s.no_job <> 0 AND s.no_family <> 0"),
                      {},
                      1,
                      0,
                      1});
    s.add(StatMeasure{QStringLiteral("registered.dual_listed"),
                      QStringLiteral("registered"),
                      reg,
                      tr("of which listed in two places (双列管)"),
                      persons,
                      tr("Persons in register at the end of the period whose household and residence lie in different "
                         "townships; the other township lists them too."),
                      QStringLiteral("s.dual_listed <> 0"),
                      {},
                      1,
                      0,
                      1});
    s.add(StatMeasure{QStringLiteral("in_register"),
                      QStringLiteral("during"),
                      reg,
                      tr("In register during the period"),
                      persons,
                      tr("Files in register on at least one day of the period."),
                      {},
                      {}});

    // --- releases and hand-over
    const QString handover = tr("Releases and hand-over");
    s.add(StatMeasure{QStringLiteral("new"),
                      QStringLiteral("new"),
                      handover,
                      tr("Newly released"),
                      persons,
                      tr("Files whose release (from prison or from community correction) is dated in the period."),
                      {},
                      {}});
    s.add(StatMeasure{QStringLiteral("new.key"),
                      QStringLiteral("new"),
                      handover,
                      tr("of which key persons"),
                      persons,
                      tr("Persons released in the period who were key persons on the period's last day."),
                      kKey,
                      {},
                      1,
                      0,
                      1});
    s.add(StatMeasure{QStringLiteral("new.key_prison"),
                      QStringLiteral("new"),
                      handover,
                      tr("of which key persons released from prison"),
                      persons,
                      tr("Key persons released from prison in the period: the persons to be escorted (必接必送)."),
                      kKey + QStringLiteral(" AND s.source_type = 'prison'"),
                      {},
                      1,
                      0,
                      1});
    s.add(StatMeasure{QStringLiteral("handed_over"),
                      QStringLiteral("new"),
                      handover,
                      tr("Handed over"),
                      persons,
                      tr("Persons released in the period whose hand-over (衔接) is recorded as done by the period's "
                         "last day."),
                      kHandedOver,
                      {}});
    s.add(StatMeasure{QStringLiteral("handed_over.key"),
                      QStringLiteral("new"),
                      handover,
                      tr("of which key persons"),
                      persons,
                      tr("Key persons released in the period and handed over by its last day."),
                      kHandedOver + QStringLiteral(" AND ") + kKey,
                      {},
                      1,
                      0,
                      1});
    s.add(
        StatMeasure{QStringLiteral("not_handed_over"),
                    QStringLiteral("new"),
                    handover,
                    tr("Not handed over"),
                    persons,
                    tr("Persons released in the period not handed over by its last day (未衔接, including those whose "
                       "whereabouts are unknown)."),
                    QStringLiteral("NOT ") + kHandedOver,
                    {}});
    s.add(StatMeasure{QStringLiteral("whereabouts_unknown"),
                      QStringLiteral("new"),
                      handover,
                      tr("of which whereabouts unknown"),
                      persons,
                      tr("Persons released in the period recorded as not found (下落不明)."),
                      QStringLiteral("s.handover_status = 'unknown'"),
                      {},
                      1,
                      0,
                      1});
    s.add(StatMeasure{QStringLiteral("escorted"),
                      QStringLiteral("new"),
                      handover,
                      tr("Escorted from prison"),
                      persons,
                      tr("Persons released in the period handed over by an escort from the prison gate (必接必送) by "
                         "its last day."),
                      kHandedOver + QStringLiteral(" AND s.handover_mode = 'escort'"),
                      {}});
    s.add(StatMeasure{QStringLiteral("escorted.key"),
                      QStringLiteral("new"),
                      handover,
                      tr("of which key persons"),
                      persons,
                      tr("Key persons released from prison in the period and escorted from the prison gate."),
                      kHandedOver +
                          QStringLiteral(" AND s.handover_mode = 'escort' AND s.source_type = 'prison' AND ") + kKey,
                      {},
                      1,
                      0,
                      1});
    s.add(StatRate{QStringLiteral("handover_rate"),
                   handover,
                   tr("Hand-over rate"),
                   tr("Handed over ÷ newly released in the period × 100%."),
                   QStringLiteral("handed_over"),
                   {{QStringLiteral("new"), 1.0}}});
    s.add(StatRate{QStringLiteral("handover_rate.key"),
                   handover,
                   tr("Hand-over rate of key persons"),
                   tr("Key persons handed over ÷ key persons newly released in the period × 100%."),
                   QStringLiteral("handed_over.key"),
                   {{QStringLiteral("new.key"), 1.0}},
                   1});
    s.add(StatRate{QStringLiteral("escort_rate"),
                   handover,
                   tr("Escort rate (必接必送率)"),
                   tr("Key persons released from prison in the period and escorted ÷ key persons released from "
                      "prison in the period × 100%. Escorting is for releases from prison; a release from community "
                      "correction is handed over by the correction officer."),
                   QStringLiteral("escorted.key"),
                   {{QStringLiteral("new.key_prison"), 1.0}}});

    // --- placement and assistance
    const QString work = tr("Placement and assistance");
    s.add(StatMeasure{QStringLiteral("placed"),
                      QStringLiteral("registered"),
                      work,
                      tr("Placed"),
                      persons,
                      tr("Persons in register at the end of the period with a placement (安置) begun by its last day "
                         "and not ended by then."),
                      QStringLiteral("(") + kPlacementAtEnd + QStringLiteral(") IS NOT NULL"),
                      {}});
    {
        StatBreakdown b;
        b.prefix = QStringLiteral("placed.mode");
        b.base = QStringLiteral("registered");
        b.section = work;
        b.labelPrefix = tr("of which ");
        b.unit = persons;
        b.definition = tr("Placed persons by the mode of the latest placement in force on the period's last day.");
        b.column = kPlacementAtEnd;
        b.codeTable = QStringLiteral("placement_mode");
        b.condition = QStringLiteral("(") + kPlacementAtEnd + QStringLiteral(") IS NOT NULL");
        s.add(b);
    }
    s.add(StatRate{QStringLiteral("placement_rate"),
                   work,
                   tr("Placement rate"),
                   tr("Placed ÷ in register at the end of the period × 100%."),
                   QStringLiteral("placed"),
                   {{QStringLiteral("registered"), 1.0}}});
    s.add(StatMeasure{QStringLiteral("assisted"),
                      QStringLiteral("registered"),
                      work,
                      tr("Under assistance (帮教)"),
                      persons,
                      tr("Persons in register at the end of the period with an assistance group member entered or an "
                         "assistance agreement signed by its last day."),
                      kAssisted,
                      {}});
    s.add(StatRate{QStringLiteral("assistance_rate"),
                   work,
                   tr("Assistance rate"),
                   tr("Under assistance ÷ in register at the end of the period × 100%."),
                   QStringLiteral("assisted"),
                   {{QStringLiteral("registered"), 1.0}}});
    s.add(StatMeasure{QStringLiteral("relieved"),
                      QStringLiteral("registered"),
                      work,
                      tr("Given social assistance"),
                      persons,
                      tr("Persons in register at the end of the period granted social assistance (救助: 低保, aid, "
                         "papers, training, ...) dated in the period."),
                      relievedBy(QString()),
                      {}});
    if (const CodeTable *t = CodeTables::instance().table(QStringLiteral("placement_assistance"))) {
        for (const CodeItem &item : t->items) {
            s.add(StatMeasure{QStringLiteral("relieved.kind.") + item.code,
                              QStringLiteral("registered"),
                              work,
                              tr("of which: %1").arg(t->displayName(item.code)),
                              persons,
                              tr("Persons given social assistance of this kind in the period (one person may have "
                                 "several kinds)."),
                              relievedBy(item.code),
                              {},
                              1,
                              0,
                              1});
        }
    }
    s.add(StatMeasure{QStringLiteral("relief_amount"),
                      QStringLiteral("assistance"),
                      work,
                      tr("Amount of social assistance"),
                      tr("yuan"),
                      tr("Sum of the amounts of social assistance granted in the period to persons in "
                         "register at its end."),
                      {},
                      QStringLiteral("x.amount_fen"),
                      100,
                      2,
                      1});

    // --- the end of files
    const QString end = tr("End of assistance");
    s.add(StatMeasure{QStringLiteral("ended"),
                      QStringLiteral("ended"),
                      end,
                      tr("Ended"),
                      persons,
                      tr("Files whose end is dated in the period."),
                      {},
                      {}});
    {
        StatBreakdown b;
        b.prefix = QStringLiteral("ended.type");
        b.base = QStringLiteral("ended");
        b.section = end;
        b.labelPrefix = tr("of which ");
        b.unit = persons;
        b.definition = tr("Files ended in the period by why they ended.");
        b.column = QStringLiteral("s.end_type");
        b.codeTable = QStringLiteral("placement_end_type");
        s.add(b);
    }
    s.add(StatMeasure{QStringLiteral("reoffended"),
                      QStringLiteral("ended"),
                      end,
                      tr("Re-offended"),
                      persons,
                      tr("Files ended in the period because the person offended again (a new sentence)."),
                      QStringLiteral("s.end_type = 'reoffended'"),
                      {}});
    s.add(StatRate{QStringLiteral("reoffending_rate"),
                   end,
                   tr("Re-offending rate"),
                   tr("Re-offended in the period ÷ files in register on at least one day of the period × 100%."),
                   QStringLiteral("reoffended"),
                   {{QStringLiteral("in_register"), 1.0}}});

    // For the checks only. A period still running is checked up to today (the spec is built for
    // each run, so today is the clock's, pinned in tests).
    const QString today = sqlQuote(Clock::today().toString(Qt::ISODate));
    s.add(StatMeasure{QStringLiteral("check.ended_before_release"),
                      QStringLiteral("misdated"),
                      end,
                      tr("Files ending before the release"),
                      persons,
                      {},
                      {},
                      {},
                      1,
                      0,
                      0,
                      true});
    s.add(StatMeasure{QStringLiteral("check.period_over"),
                      QStringLiteral("registered"),
                      reg,
                      tr("In register after the end of the assistance period"),
                      persons,
                      {},
                      QStringLiteral("s.assist_end_date <> '' AND s.assist_end_date < MIN(:to, %1)").arg(today),
                      {},
                      1,
                      0,
                      0,
                      true});

    s.countingRules = {
        tr("A file is in the register from the release until the date it ends; a file ending on a day still counts on "
           "that day. In register at the end = in register at the start + newly released − ended."),
        tr("Newly released persons count in the period of their release; their hand-over counts as done when it is "
           "recorded as done by the period's last day (a hand-over recorded without a date counts as recorded)."),
        tr("Key or general is the category of the latest risk assessment on or before the period's last day (the "
           "file's category when it has none)."),
        tr("Placed: a placement begun by the period's last day and not ended by then. Under assistance: an assistance "
           "group member entered or an agreement signed by that day."),
        tr("Social assistance counts by the date it was granted, for persons in register at the end of the period."),
        tr("Ends count in the period of their date; a file taken back (a correction release withdrawn) counts "
           "nowhere."),
        tr("Rates are percentages rounded to one decimal place; a rate with nothing to divide by is shown as 0."),
    };

    using Sev = StatCheck::Severity;
    s.checks.append([](const StatReportData &r, QList<StatCheck> *out) {
        const double start = r.value(QStringLiteral("start"));
        const double added = r.value(QStringLiteral("new"));
        const double ended = r.value(QStringLiteral("ended"));
        const double atEnd = r.value(QStringLiteral("registered"));
        if (atEnd != start + added - ended) {
            out->append({StatCheck::Severity::Error,
                         QStringLiteral("register_balance"),
                         tr("The register does not balance: at the start %1 + newly released %2 − ended %3 = %4, but "
                            "%5 are in register at the end. A file's end is dated before its release.")
                             .arg(start)
                             .arg(added)
                             .arg(ended)
                             .arg(start + added - ended)
                             .arg(atEnd),
                         {QStringLiteral("start"), QStringLiteral("new"), QStringLiteral("ended"),
                          QStringLiteral("registered")}});
        }
        const double done = r.value(QStringLiteral("handed_over"));
        const double notDone = r.value(QStringLiteral("not_handed_over"));
        if (done + notDone != added) {
            out->append({StatCheck::Severity::Error,
                         QStringLiteral("handover_sum"),
                         tr("Handed over (%1) and not handed over (%2) do not add up to the newly released (%3).")
                             .arg(done)
                             .arg(notDone)
                             .arg(added),
                         {QStringLiteral("new"), QStringLiteral("handed_over"), QStringLiteral("not_handed_over")}});
        }
        const double toEscort = r.value(QStringLiteral("new.key_prison"));
        const double escorted = r.value(QStringLiteral("escorted.key"));
        if (escorted < toEscort) {
            out->append({StatCheck::Severity::Warning,
                         QStringLiteral("key_not_escorted"),
                         tr("%1 of the %2 key persons released from prison in the period were not escorted from the "
                            "prison gate (必接必送 is due for every key person).")
                             .arg(toEscort - escorted)
                             .arg(toEscort),
                         {QStringLiteral("new.key_prison"), QStringLiteral("escorted.key")}});
        }
    });
    notMore(s, Sev::Error, QStringLiteral("key_le_registered"), QStringLiteral("key_subjects"),
            QStringLiteral("registered"), tr("%1 exceeds %2."));
    notMore(s, Sev::Error, QStringLiteral("placed_le_registered"), QStringLiteral("placed"),
            QStringLiteral("registered"), tr("%1 exceeds %2."));
    noneOf(s, Sev::Error, QStringLiteral("ended_before_release"), QStringLiteral("check.ended_before_release"),
           tr("%1 files end before the date of the release; correct the dates."));
    noneOf(s, Sev::Warning, QStringLiteral("period_over"), QStringLiteral("check.period_over"),
           tr("%1 persons in register at the end of the period had reached the end of their assistance period before "
              "its last day (or before today); end their assistance."));
    return s;
}

}  // namespace sifa
