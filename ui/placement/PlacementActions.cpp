#include "placement/PlacementActions.h"

#include "correction/CorrectionUi.h"
#include "people/PersonDialog.h"
#include "placement/EditFileDialog.h"
#include "placement/PlacementService.h"
#include "placement/PlacementUi.h"
#include "placement/RiskDialog.h"
#include "util/Time.h"
#include "widgets/FormDialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace sifa {
namespace ui {

namespace {

using U = CorrectionUi;

QString handover(const PlacementFile &f)
{
    return f.subject.text(QStringLiteral("handover_status"));
}

// The end form shows the fields the chosen reason asks for.
void showEndFields(FormDialog &f)
{
    auto *form = f.findChild<QFormLayout *>();
    const QString type = f.choice(QStringLiteral("end_type"));
    const bool reoffended = type == QLatin1String("reoffended");
    const bool moved = type == QLatin1String("moved");
    form->setRowVisible(f.field(QStringLiteral("new_charge")), reoffended);
    form->setRowVisible(f.field(QStringLiteral("new_sentence")), reoffended);
    form->setRowVisible(f.field(QStringLiteral("moved_to")), moved);
    f.adjustSize();
}

bool end(QWidget *parent, Database &db, const Session &session, const PlacementFile &file)
{
    const Record &s = file.subject;
    FormDialog f(PlacementActions::tr("End the assistance"), file.person.name, parent);
    const QDate periodEnd = s.date(QStringLiteral("assist_end_date"));
    const QString suggested = periodEnd.isValid() && periodEnd <= Clock::today() ? QStringLiteral("expired")
                                                                                 : QString();
    f.addChoice(QStringLiteral("end_type"), PlacementActions::tr("Why *:"),
                U::codeItems(QStringLiteral("placement_end_type")), suggested);
    f.addDate(QStringLiteral("end_date"), PlacementActions::tr("On *:"),
              suggested.isEmpty() ? Clock::today() : periodEnd);
    f.addLine(QStringLiteral("new_charge"), PlacementActions::tr("New offence *:"));
    f.addLine(QStringLiteral("new_sentence"), PlacementActions::tr("New sentence:"));
    f.addLine(QStringLiteral("moved_to"), PlacementActions::tr("Moved to *:"));
    f.addText(QStringLiteral("end_reason"), PlacementActions::tr("Details:"), QString(), 2);
    f.addText(QStringLiteral("end_office_opinion"), PlacementActions::tr("The office's opinion:"), QString(), 2);
    f.addLine(QStringLiteral("end_approver"), PlacementActions::tr("Approved by:"));
    f.addDate(QStringLiteral("end_approved_date"), PlacementActions::tr("Approved on:"), QDate(), true);
    showEndFields(f);
    QObject::connect(qobject_cast<QComboBox *>(f.field(QStringLiteral("end_type"))), &QComboBox::currentIndexChanged,
                     &f, [&f] { showEndFields(f); });
    f.setAction([&] {
        const QString type = f.choice(QStringLiteral("end_type"));
        QVariantMap m{{QStringLiteral("end_reason"), f.text(QStringLiteral("end_reason"))},
                      {QStringLiteral("end_office_opinion"), f.text(QStringLiteral("end_office_opinion"))},
                      {QStringLiteral("end_approver"), f.text(QStringLiteral("end_approver"))},
                      {QStringLiteral("end_approved_date"), U::date(f.date(QStringLiteral("end_approved_date")))}};
        if (type == QLatin1String("reoffended")) {
            m.insert(QStringLiteral("new_charge"), f.text(QStringLiteral("new_charge")));
            m.insert(QStringLiteral("new_sentence"), f.text(QStringLiteral("new_sentence")));
        } else if (type == QLatin1String("moved")) {
            m.insert(QStringLiteral("moved_to"), f.text(QStringLiteral("moved_to")));
        }
        return PlacementService::endAssistance(db, session, file.uuid(), type, f.date(QStringLiteral("end_date")), m);
    });
    return f.exec() == QDialog::Accepted;
}

bool recordHandover(QWidget *parent, Database &db, const Session &session, const PlacementFile &file)
{
    const Record &s = file.subject;
    const bool redo = handover(file) == QLatin1String("done");
    FormDialog f(PlacementActions::tr("Hand-over"),
                 PlacementActions::tr("%1, released on %2 by %3. A key person is escorted from the prison gate "
                                      "(必接必送).")
                     .arg(file.person.name, U::date(s.date(QStringLiteral("release_date"))),
                          s.text(QStringLiteral("releasing_org"))),
                 parent);
    f.addChoice(QStringLiteral("handover_mode"), PlacementActions::tr("How *:"),
                U::codeItems(QStringLiteral("handover_mode"), true),
                redo ? s.text(QStringLiteral("handover_mode")) : QString());
    const QDate release = s.date(QStringLiteral("release_date"));
    f.addDate(QStringLiteral("handover_date"), PlacementActions::tr("On *:"),
              redo ? s.date(QStringLiteral("handover_date")) : (release.isValid() && release <= Clock::today()
                                                                    ? release
                                                                    : Clock::today()));
    f.addLine(QStringLiteral("handover_place"), PlacementActions::tr("Where:"),
              redo ? s.text(QStringLiteral("handover_place")) : s.text(QStringLiteral("releasing_org")));
    f.addLine(QStringLiteral("handover_staff"), PlacementActions::tr("Who went (for an escort):"),
              redo ? s.text(QStringLiteral("handover_staff")) : PlacementUi::who(session));
    f.addDate(QStringLiteral("reported_date"), PlacementActions::tr("Reported to the office on:"),
              s.date(QStringLiteral("reported_date")), true);
    f.addDate(QStringLiteral("police_registered_date"), PlacementActions::tr("Registered with the police on:"),
              s.date(QStringLiteral("police_registered_date")), true);
    f.setAction([&] {
        QVariantMap m{{QStringLiteral("handover_mode"), f.choice(QStringLiteral("handover_mode"))},
                      {QStringLiteral("handover_date"), U::date(f.date(QStringLiteral("handover_date")))},
                      {QStringLiteral("handover_place"), f.text(QStringLiteral("handover_place"))},
                      {QStringLiteral("handover_staff"), f.text(QStringLiteral("handover_staff"))}};
        for (const QString &k : {QStringLiteral("reported_date"), QStringLiteral("police_registered_date")}) {
            if (f.date(k).isValid())
                m.insert(k, U::date(f.date(k)));
        }
        return PlacementService::recordHandover(db, session, file.uuid(), m);
    });
    return f.exec() == QDialog::Accepted;
}

} // namespace

QString PlacementActions::title(Action a)
{
    switch (a) {
    case Handover:
        return tr("Hand-over…");
    case WhereaboutsUnknown:
        return tr("Whereabouts unknown…");
    case PoliceRegistration:
        return tr("Police registration…");
    case Assess:
        return tr("Risk assessment…");
    case End:
        return tr("End the assistance…");
    case Reopen:
        return tr("Reopen the file…");
    case EditFile:
        return tr("Correct the file's data…");
    case EditPerson:
        return tr("Correct the person's data…");
    }
    return QString();
}

QString PlacementActions::objectName(Action a)
{
    static const char *const names[] = {"actionHandover", "actionWhereabouts", "actionPolice", "actionAssess",
                                        "actionEnd",      "actionReopen",      "actionEditFile", "actionEditPerson"};
    return QString::fromLatin1(names[a]);
}

QString PlacementActions::whyNot(Action a, const PlacementFile &f, const Session &session)
{
    if (!session.can(Permission::PlacementWrite))
        return tr("Your role may not change resettlement files.");
    const QString ended = tr("The file has ended (%1).").arg(PlacementService::statusName(f.status()));
    switch (a) {
    case Handover:
        return f.isOpen() ? QString() : ended;
    case WhereaboutsUnknown:
        if (!f.isOpen())
            return ended;
        return handover(f) == QLatin1String("pending")
                   ? QString()
                   : (handover(f) == QLatin1String("done") ? tr("The person was handed over.")
                                                           : tr("The whereabouts are unknown already."));
    case PoliceRegistration:
        if (!f.isOpen())
            return ended;
        return f.subject.date(QStringLiteral("police_registered_date")).isValid()
                   ? tr("Registered with the police on %1.")
                         .arg(U::date(f.subject.date(QStringLiteral("police_registered_date"))))
                   : QString();
    case Assess:
    case End:
        return f.isOpen() ? QString() : ended;
    case Reopen:
        return f.isOpen() ? tr("The file is open.") : QString();
    case EditFile:
        return QString();
    case EditPerson:
        return session.can(Permission::PeopleWrite) ? QString() : tr("Your role may not change the people index.");
    }
    return QString();
}

bool PlacementActions::run(QWidget *parent, Database &db, const Session &session, const PlacementFile &file, Action a)
{
    const QString uuid = file.uuid();
    switch (a) {
    case Handover:
        return recordHandover(parent, db, session, file);
    case End:
        return end(parent, db, session, file);
    case Assess: {
        RiskDialog dialog(db, session, file, parent);
        return dialog.exec() == QDialog::Accepted;
    }
    case EditFile: {
        EditFileDialog dialog(db, session, file, parent);
        return dialog.exec() == QDialog::Accepted;
    }
    case EditPerson: {
        PersonDialog dialog(db, session, parent);
        dialog.setPerson(file.person);
        return dialog.exec() == QDialog::Accepted;
    }
    default:
        break;
    }
    FormDialog f(title(a).remove(QStringLiteral("…")), file.person.name, parent);
    switch (a) {
    case WhereaboutsUnknown:
        f.setWindowTitle(tr("Whereabouts unknown"));
        f.addText(QStringLiteral("whereabouts_note"), tr("What was done to find the person *:"),
                  file.subject.text(QStringLiteral("whereabouts_note")), 4)
            ->setPlaceholderText(tr("the family, the village committee and the police station asked, on which days"));
        f.setAction([&] {
            return PlacementService::markWhereaboutsUnknown(db, session, uuid,
                                                            f.text(QStringLiteral("whereabouts_note")));
        });
        break;
    case PoliceRegistration:
        f.setWindowTitle(tr("Police registration"));
        f.addDate(QStringLiteral("date"), tr("Household registered with the police on *:"), Clock::today());
        f.setAction(
            [&] { return PlacementService::recordPoliceRegistration(db, session, uuid, f.date(QStringLiteral("date"))); });
        break;
    case Reopen:
        f.setWindowTitle(tr("Reopen the file"));
        f.addText(QStringLiteral("reason"), tr("Why (a mistaken end) *:"), QString(), 3);
        f.setAction([&] { return PlacementService::reopen(db, session, uuid, f.text(QStringLiteral("reason"))); });
        break;
    default:
        return false;
    }
    return f.exec() == QDialog::Accepted;
}

} // namespace ui
} // namespace sifa
