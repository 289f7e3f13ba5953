#include "correction/SubjectActions.h"

#include "correction/CorrectionService.h"
#include "correction/CorrectionUi.h"
#include "correction/ReleaseDialog.h"
#include "correction/ReportIn.h"
#include "correction/SubjectDialog.h"
#include "people/PersonDialog.h"
#include "util/Time.h"
#include "widgets/DateField.h"
#include "widgets/FormDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace sifa {
namespace ui {

namespace {

bool isStatus(const SubjectFile &f, std::initializer_list<const char *> statuses)
{
    for (const char *s : statuses) {
        if (f.status() == QLatin1String(s))
            return true;
    }
    return false;
}

bool isOpen(const SubjectFile &f)
{
    return isStatus(f, {"awaiting_report", "received", "under_correction"});
}

bool hasApprovedTransfer(const SubjectFile &f)
{
    for (const CcRecord &r : f.requests) {
        if (r.text(QStringLiteral("kind")) == QLatin1String("transfer") &&
            r.text(QStringLiteral("status")) == QLatin1String("approved"))
            return true;
    }
    return false;
}

QString who(const Session &s)
{
    return s.displayName.isEmpty() ? s.username : s.displayName;
}

QString statusName(const SubjectFile &f)
{
    return CorrectionService::statusName(f.status());
}

// The checks and the notice the reception form records (接收登记表), as they stand in the file.
void addReceptionChecks(FormDialog &f, const CcRecord &s)
{
    f.addDate(QStringLiteral("reception_documents_date"), SubjectActions::tr("Legal documents received on:"),
              s.date(QStringLiteral("reception_documents_date")), true);
    f.addLine(QStringLiteral("reception_documents_check"), SubjectActions::tr("Documents checked:"),
              s.text(QStringLiteral("reception_documents_check")))
        ->setPlaceholderText(SubjectActions::tr("e.g. complete and consistent"));
    f.addLine(QStringLiteral("reception_identity_check"), SubjectActions::tr("Identity verified:"),
              s.text(QStringLiteral("reception_identity_check")))
        ->setPlaceholderText(SubjectActions::tr("e.g. ID card checked against the judgment"));
    f.addText(QStringLiteral("reception_notified"), SubjectActions::tr("Told of:"),
              s.text(QStringLiteral("reception_notified")), 2)
        ->setPlaceholderText(SubjectActions::tr("e.g. the obligations under correction and the rules on reporting"));
}

QVariantMap receptionChecks(const FormDialog &f)
{
    QVariantMap m;
    m.insert(QStringLiteral("reception_documents_date"),
             CorrectionUi::date(f.date(QStringLiteral("reception_documents_date"))));
    for (const char *key : {"reception_documents_check", "reception_identity_check", "reception_notified"})
        m.insert(QString::fromLatin1(key), f.text(QString::fromLatin1(key)));
    return m;
}

} // namespace

QString SubjectActions::title(Action a)
{
    switch (a) {
    case Receive:
        return tr("Reception…");
    case Announce:
        return tr("Announcement…");
    case ChangeGrade:
        return tr("Change the grade…");
    case Release:
        return tr("Release…");
    case Terminate:
        return tr("Terminate…");
    case TransferOut:
        return tr("Transferred out…");
    case RevocationRefused:
        return tr("Revocation not granted…");
    case Reopen:
        return tr("Reopen the file…");
    case Seal:
        return tr("Seal the file…");
    case Unseal:
        return tr("Lift the seal…");
    case EditFile:
        return tr("Correct the judgment and correction data…");
    case EditPerson:
        return tr("Correct the person's data…");
    case EditPlan:
        return tr("Correction plan…");
    case EditReception:
        return tr("Reception record…");
    case Reoffence:
        return tr("New offence…");
    }
    return QString();
}

QString SubjectActions::whyNot(Action a, const SubjectFile &f, const Session &session)
{
    if (!session.can(Permission::CorrectionWrite))
        return tr("Your role may not change correction files.");
    const CcRecord &s = f.subject;
    switch (a) {
    case Receive:
        return isStatus(f, {"awaiting_report"}) ? QString()
                                                : tr("The person was received on %1.")
                                                      .arg(CorrectionUi::date(s.date(QStringLiteral("received_date"))));
    case Announce: {
        if (isStatus(f, {"awaiting_report"}))
            return tr("Record the reception first.");
        if (!isStatus(f, {"received"}))
            return s.date(QStringLiteral("announced_date")).isValid()
                       ? tr("Announced on %1.").arg(CorrectionUi::date(s.date(QStringLiteral("announced_date"))))
                       : tr("A file that is “%1” is not announced.").arg(statusName(f));
        const QStringList problems = CorrectionService::teamProblems(f);
        return problems.isEmpty() ? QString()
                                  : tr("Complete the correction team first: %1").arg(problems.join(QLatin1Char(' ')));
    }
    case ChangeGrade:
    case Terminate:
        return isOpen(f) ? QString() : tr("The file is “%1”.").arg(statusName(f));
    case Release:
        if (!isStatus(f, {"received", "under_correction"}))
            return tr("The file is “%1”.").arg(statusName(f));
        return s.flag(QStringLiteral("pending_revocation"))
                   ? tr("A revocation or commitment proposal is pending: no release until the decision arrives.")
                   : QString();
    case TransferOut:
        if (!isStatus(f, {"received", "under_correction"}))
            return tr("The file is “%1”.").arg(statusName(f));
        return hasApprovedTransfer(f) ? QString() : tr("There is no approved change of residence.");
    case RevocationRefused:
        return isOpen(f) && s.flag(QStringLiteral("pending_revocation")) ? QString()
                                                                         : tr("No revocation proposal is pending.");
    case Reopen:
        return isOpen(f) ? tr("The file is open.") : QString();
    case Seal:
        if (!session.can(Permission::CorrectionMinors))
            return tr("Your role may not seal files.");
        if (!s.flag(QStringLiteral("is_minor")))
            return tr("Only the file of a minor is sealed.");
        return s.flag(QStringLiteral("sealed")) ? tr("The file is sealed.") : QString();
    case Unseal:
        if (!session.can(Permission::CorrectionMinors))
            return tr("Your role may not lift a seal.");
        return s.flag(QStringLiteral("sealed")) ? QString() : tr("The file is not sealed.");
    case EditFile:
    case EditPlan:
        return QString();
    case EditReception:
        return s.date(QStringLiteral("received_date")).isValid() ? QString() : tr("Record the reception first.");
    case EditPerson:
        return session.can(Permission::PeopleWrite) ? QString() : tr("Your role may not change the people index.");
    case Reoffence:
        return isStatus(f, {"received", "under_correction", "terminated"}) ? QString()
                                                                          : tr("The file is “%1”.").arg(statusName(f));
    }
    return QString();
}

bool SubjectActions::run(QWidget *parent, Database &db, const Session &session, const SubjectFile &file, Action a)
{
    const QString uuid = file.uuid();
    const CcRecord &s = file.subject;
    const QString name = file.person.name;
    switch (a) {
    case EditFile: {
        SubjectDialog dialog(db, session, parent);
        dialog.setFile(file);
        return dialog.exec() == QDialog::Accepted;
    }
    case EditPerson: {
        PersonDialog dialog(db, session, parent);
        dialog.setPerson(file.person);
        return dialog.exec() == QDialog::Accepted;
    }
    case Release: {
        ReleaseDialog dialog(db, session, file, parent);
        return dialog.exec() == QDialog::Accepted;
    }
    default:
        break;
    }

    FormDialog f(title(a).remove(QStringLiteral("…")), name, parent);
    switch (a) {
    case Receive: {
        const Result<ReportInStatus> r =
            ReportIn::status(s.date(QStringLiteral("effective_date")), QDate(), Clock::today());
        f.setWindowTitle(tr("Reception"));
        f.addDate(QStringLiteral("reported"), tr("Reported in on *:"), Clock::today());
        f.addDate(QStringLiteral("received"), tr("Received on *:"), Clock::today());
        CorrectionUi::addEditable(
            f, QStringLiteral("mode"), tr("How:"),
            {tr("Reported in person"), tr("Handed over by the prison"), tr("Handed over by the detention centre"),
             tr("Handed over by the police"), tr("Handed over by the court")},
            file.correctionType() == QLatin1String("04") ? tr("Handed over by the prison") : tr("Reported in person"));
        f.addLine(QStringLiteral("staff"), tr("Received by:"), who(session));
        addReceptionChecks(f, s);
        if (r) {
            auto *label = new QLabel(
                tr("Report-in was due by %1: %2").arg(CorrectionUi::date(r->due), ReportIn::describe(*r)), &f);
            label->setWordWrap(true);
            f.addWidget(QString(), label);
        }
        f.setAction([&] {
            return CorrectionService::recordReception(
                db, session, uuid, f.date(QStringLiteral("reported")), f.date(QStringLiteral("received")),
                CorrectionUi::typed(f, QStringLiteral("mode")), f.text(QStringLiteral("staff")), receptionChecks(f));
        });
        break;
    }
    case EditReception: {
        f.setWindowTitle(tr("Reception record"));
        CorrectionUi::addEditable(
            f, QStringLiteral("reception_mode"), tr("How:"),
            {tr("Reported in person"), tr("Handed over by the prison"), tr("Handed over by the detention centre"),
             tr("Handed over by the police"), tr("Handed over by the court")},
            s.text(QStringLiteral("reception_mode")));
        f.addLine(QStringLiteral("reception_staff"), tr("Received by:"), s.text(QStringLiteral("reception_staff")));
        addReceptionChecks(f, s);
        f.setAction([&] {
            QVariantMap m = receptionChecks(f);
            m.insert(QStringLiteral("reception_mode"), CorrectionUi::typed(f, QStringLiteral("reception_mode")));
            m.insert(QStringLiteral("reception_staff"), f.text(QStringLiteral("reception_staff")));
            return CorrectionService::update(db, session, uuid, m);
        });
        break;
    }
    case Announce:
        f.setWindowTitle(tr("Announcement of community correction"));
        f.addDate(QStringLiteral("date"), tr("Announced on *:"), Clock::today());
        f.setAction([&] { return CorrectionService::announce(db, session, uuid, f.date(QStringLiteral("date"))); });
        break;
    case ChangeGrade:
        f.setWindowTitle(tr("Change the grade"));
        f.addChoice(QStringLiteral("grade"), tr("Grade *:"),
                    CorrectionUi::codeItems(QStringLiteral("supervision_grade")), s.text(QStringLiteral("grade")));
        f.addDate(QStringLiteral("from"), tr("Applies from *:"), Clock::today(), false, false);
        f.addText(QStringLiteral("reason"), tr("Reason *:"), QString(), 2);
        f.addLine(QStringLiteral("decided_by"), tr("Decided by:"))
            ->setPlaceholderText(tr("the county agency's decision"));
        f.setAction([&] {
            return CorrectionService::changeGrade(db, session, uuid, f.choice(QStringLiteral("grade")),
                                                  f.date(QStringLiteral("from")), f.text(QStringLiteral("reason")),
                                                  f.text(QStringLiteral("decided_by")));
        });
        break;
    case Terminate: {
        f.setWindowTitle(tr("Terminate community correction"));
        FormDialog::Items ends;
        const QString type = file.correctionType();
        for (const auto &[code, label] : CorrectionUi::codeItems(QStringLiteral("correction_end_type"))) {
            if (code != QLatin1String("expired") && CorrectionService::endingFits(code, type))
                ends << qMakePair(code, label);
        }
        f.addChoice(QStringLiteral("end_type"), tr("How *:"), ends);
        f.addDate(QStringLiteral("date"), tr("On *:"), Clock::today());
        f.addText(QStringLiteral("reason"), tr("Decision (court or authority and number) *:"), QString(), 2);
        // 因重新违法犯罪: the day the new offence was established counts in the statistics.
        QCheckBox *reoffended = f.addCheck(QStringLiteral("reoffended"), tr("Because of a new offence"),
                                           s.date(QStringLiteral("reoffence_date")).isValid());
        DateField *established = f.addDate(QStringLiteral("reoffence_date"), tr("New offence established on:"),
                                           s.date(QStringLiteral("reoffence_date")), true);
        established->setEnabled(reoffended->isChecked());
        QObject::connect(reoffended, &QCheckBox::toggled, established, &QWidget::setEnabled);
        f.setAction([&] {
            QDate reoffence;
            if (f.checked(QStringLiteral("reoffended"))) {
                reoffence = f.date(QStringLiteral("reoffence_date"));
                if (!reoffence.isValid())
                    return Status::failure(ErrorCode::InvalidInput,
                                           tr("Enter the date the new offence was established."),
                                           QStringLiteral("reoffence_date"));
            }
            return CorrectionService::terminate(db, session, uuid, f.choice(QStringLiteral("end_type")),
                                                f.date(QStringLiteral("date")), f.text(QStringLiteral("reason")),
                                                reoffence);
        });
        break;
    }
    case Reoffence:
        f.setWindowTitle(tr("New offence under correction"));
        f.addDate(QStringLiteral("reoffence_date"), tr("Established on:"), s.date(QStringLiteral("reoffence_date")),
                  true)
            ->setToolTip(tr("The date a new offence committed under correction was established; leave it empty to "
                            "clear a date recorded by mistake."));
        f.setAction([&] {
            return CorrectionService::recordReoffence(db, session, uuid, f.date(QStringLiteral("reoffence_date")));
        });
        break;
    case TransferOut:
        f.setWindowTitle(tr("Transferred out"));
        f.addDate(QStringLiteral("date"), tr("The new county accepted on *:"), Clock::today());
        f.setAction([&] { return CorrectionService::transferOut(db, session, uuid, f.date(QStringLiteral("date"))); });
        break;
    case RevocationRefused:
        f.setWindowTitle(tr("Revocation not granted"));
        f.addText(QStringLiteral("ruling"), tr("The ruling (court or authority and number) *:"), QString(), 2);
        f.setAction(
            [&] { return CorrectionService::revocationRefused(db, session, uuid, f.text(QStringLiteral("ruling"))); });
        break;
    case Reopen:
        f.setWindowTitle(tr("Reopen the file"));
        f.addText(QStringLiteral("reason"), tr("Why (a mistaken release, termination or transfer) *:"), QString(), 3);
        f.setAction([&] { return CorrectionService::reopen(db, session, uuid, f.text(QStringLiteral("reason"))); });
        break;
    case Seal:
        f.setWindowTitle(tr("Seal the file"));
        f.addText(QStringLiteral("reason"), tr("Decision or rule *:"), QString(), 2);
        f.setAction([&] { return CorrectionService::seal(db, session, uuid, f.text(QStringLiteral("reason"))); });
        break;
    case Unseal:
        f.setWindowTitle(tr("Lift the seal"));
        f.addLine(QStringLiteral("approval"), tr("Approval no. *:"));
        f.setAction([&] { return CorrectionService::unseal(db, session, uuid, f.text(QStringLiteral("approval"))); });
        break;
    case EditPlan: {
        f.setWindowTitle(tr("Correction plan"));
        // The analysis the plan rests on, then the measures and their evaluation.
        const QStringList keys{QStringLiteral("plan_crime_cause"), QStringLiteral("plan_repentance"),
                               QStringLiteral("plan_psychology"),  QStringLiteral("plan_health"),
                               QStringLiteral("plan_focus"),       QStringLiteral("plan_supervision"),
                               QStringLiteral("plan_education"),   QStringLiteral("plan_assistance"),
                               QStringLiteral("plan_other"),       QStringLiteral("plan_evaluation")};
        const QStringList labels{tr("Causes of the crime:"), tr("Repentance:"),   tr("Psychological traits:"),
                                 tr("Health:"),              tr("Focus of correction:"), tr("Supervision:"),
                                 tr("Education:"),           tr("Assistance:"),   tr("Other measures:"),
                                 tr("Evaluation of the effect:")};
        for (int i = 0; i < keys.size(); ++i)
            f.addText(keys.at(i), labels.at(i), s.text(keys.at(i)), keys.at(i) == QLatin1String("plan_health") ? 1 : 2);
        f.addDate(QStringLiteral("plan_evaluated_date"), tr("Evaluated on:"),
                  s.date(QStringLiteral("plan_evaluated_date")), true);
        f.addLine(QStringLiteral("plan_evaluator"), tr("Evaluated by:"), s.text(QStringLiteral("plan_evaluator")));
        f.setAction([&] {
            QVariantMap m;
            for (const QString &k : keys)
                m.insert(k, f.text(k));
            m.insert(QStringLiteral("plan_evaluated_date"),
                     CorrectionUi::date(f.date(QStringLiteral("plan_evaluated_date"))));
            m.insert(QStringLiteral("plan_evaluator"), f.text(QStringLiteral("plan_evaluator")));
            return CorrectionService::update(db, session, uuid, m);
        });
        break;
    }
    default:
        return false;
    }
    return f.exec() == QDialog::Accepted;
}

} // namespace ui
} // namespace sifa
