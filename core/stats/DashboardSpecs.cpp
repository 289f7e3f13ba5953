// The overview's own population counts (Dashboard): the files open now, for a chart whose
// breakdown the statutory report does not have.
#include "stats/Dashboard.h"

#include "stats/StatSpecs.h"

namespace sifa {

using namespace statspec;

StatSpec Dashboard::correctionPopulation()
{
    StatSpec s;
    s.id = QStringLiteral("correction.population");
    s.title = tr("Persons under community correction");
    s.bases = {
        {QStringLiteral("under"), QStringLiteral("cc_subject"),
         QStringLiteral("cc_subject s JOIN person p ON p.uuid = s.person_uuid"),
         QStringLiteral("s.deleted = 0 AND s.sealed = 0 AND s.status IN ('received','under_correction')"),
         QStringLiteral("s.office_code"), QStringLiteral("s.uuid"), QStringLiteral("s.subject_no, s.rid"),
         {column(QStringLiteral("subject_no"), tr("File number"), QStringLiteral("s.subject_no")),
          column(QStringLiteral("name"), tr("Name"), QStringLiteral("p.name")),
          // Marks a minor's row, whose name Statistics::protectMinors hides from other roles.
          labelled(QStringLiteral("minor"), tr("Minor"), QStringLiteral("s.is_minor"),
                   [](const QString &v) { return v == QLatin1String("1") ? tr("yes") : QString(); }),
          column(QStringLiteral("type"), tr("Correction type"), QStringLiteral("s.correction_type"),
                 QStringLiteral("correction_type")),
          column(QStringLiteral("grade"), tr("Grade"), QStringLiteral("s.grade"), QStringLiteral("supervision_grade")),
          column(QStringLiteral("period_from"), tr("From"), QStringLiteral("s.period_from")),
          column(QStringLiteral("period_to"), tr("To"), QStringLiteral("s.period_to")),
          column(QStringLiteral("officer"), tr("Officer"), QStringLiteral("s.officer"))}},
    };
    const QString persons = tr("persons");
    const QString section = tr("Under correction");
    s.add(StatMeasure{QStringLiteral("under"), QStringLiteral("under"), section, tr("Under correction"), persons,
                      tr("Files received or under correction now (sealed files left out)."), {}, {}});
    StatBreakdown b;
    b.prefix = QStringLiteral("under.type");
    b.base = QStringLiteral("under");
    b.section = section;
    b.unit = persons;
    b.definition = tr("Files under correction now, by correction type.");
    b.column = QStringLiteral("s.correction_type");
    b.codeTable = QStringLiteral("correction_type");
    s.add(b);
    b.prefix = QStringLiteral("under.grade");
    b.definition = tr("Files under correction now, by supervision grade.");
    b.column = QStringLiteral("s.grade");
    b.codeTable = QStringLiteral("supervision_grade");
    s.add(b);
    return s;
}

StatSpec Dashboard::placementPopulation()
{
    StatSpec s;
    s.id = QStringLiteral("placement.population");
    s.title = tr("Persons under resettlement assistance");
    s.bases = {
        {QStringLiteral("assisting"), QStringLiteral("rp_subject"),
         QStringLiteral("rp_subject r JOIN person p ON p.uuid = r.person_uuid"),
         QStringLiteral("r.deleted = 0 AND r.status = 'assisting'"), QStringLiteral("r.office_code"),
         QStringLiteral("r.uuid"), QStringLiteral("r.release_date, r.rid"),
         {column(QStringLiteral("subject_no"), tr("File number"), QStringLiteral("r.subject_no")),
          column(QStringLiteral("name"), tr("Name"), QStringLiteral("p.name")),
          column(QStringLiteral("release_date"), tr("Released"), QStringLiteral("r.release_date")),
          column(QStringLiteral("category"), tr("Category"), QStringLiteral("r.category"),
                 QStringLiteral("placement_category")),
          column(QStringLiteral("handover"), tr("Hand-over"), QStringLiteral("r.handover_status"),
                 QStringLiteral("handover_status")),
          column(QStringLiteral("assist_end"), tr("Assistance ends"), QStringLiteral("r.assist_end_date")),
          column(QStringLiteral("officer"), tr("Officer"), QStringLiteral("r.officer"))}},
    };
    const QString persons = tr("persons");
    const QString section = tr("Under assistance");
    s.add(StatMeasure{QStringLiteral("assisting"), QStringLiteral("assisting"), section, tr("Under assistance"),
                      persons, tr("Resettlement files open (under assistance) now."), {}, {}});
    StatBreakdown b;
    b.prefix = QStringLiteral("assisting.category");
    b.base = QStringLiteral("assisting");
    b.section = section;
    b.unit = persons;
    b.definition = tr("Files under assistance now, by category.");
    b.column = QStringLiteral("r.category");
    b.codeTable = QStringLiteral("placement_category");
    s.add(b);
    b.prefix = QStringLiteral("assisting.handover");
    b.definition = tr("Files under assistance now, by the state of their hand-over.");
    b.column = QStringLiteral("r.handover_status");
    b.codeTable = QStringLiteral("handover_status");
    s.add(b);
    return s;
}

}  // namespace sifa
