#include "correction/RequestDialog.h"

#include "correction/CorrectionService.h"
#include "correction/CorrectionUi.h"
#include "util/Time.h"
#include "widgets/DateField.h"

#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

namespace {

QString titleOf(const QString &kind)
{
    if (kind == QLatin1String("leave"))
        return RequestDialog::tr("Request for leave of the city or county");
    if (kind == QLatin1String("frequent_travel"))
        return RequestDialog::tr("Request for frequent cross-county travel");
    if (kind == QLatin1String("visitor"))
        return RequestDialog::tr("Request to meet a visitor");
    if (kind == QLatin1String("place"))
        return RequestDialog::tr("Request to enter a restricted place");
    return RequestDialog::tr("Request for a change of residence");
}

QString introOf(const QString &kind)
{
    if (kind == QLatin1String("leave"))
        return RequestDialog::tr("Apply three days ahead with evidence. Up to seven days the office approves on the "
                                 "county's entrustment; longer leave goes to the county, more than thirty days (or "
                                 "more than thirty within two months) to the level above.");
    if (kind == QLatin1String("frequent_travel"))
        return RequestDialog::tr("For regular travel (work, family) between counties. The county approves; the "
                                 "approval is valid six months, the person reports by phone or WeChat while away.");
    if (kind == QLatin1String("visitor"))
        return RequestDialog::tr("Meeting victims, accusers, informants, co-offenders and others named in the rules "
                                 "needs approval.");
    if (kind == QLatin1String("place"))
        return RequestDialog::tr("Entering an area or place the prohibition order bans needs approval.");
    return RequestDialog::tr("Apply a month before the move. The office gives its opinion; the county consults the "
                             "new county and decides.");
}

} // namespace

RequestDialog::RequestDialog(Database &db, const Session &session, const SubjectFile &file, const QString &kind,
                             QWidget *parent)
    : FormDialog(titleOf(kind), QStringLiteral("<b>%1</b><br>%2").arg(file.person.name.toHtmlEscaped(), introOf(kind)),
                 parent),
      m_db(db), m_session(session), m_subject(file.uuid()), m_kind(kind)
{
    const QDate today = Clock::today();
    addDate(QStringLiteral("applied_date"), tr("Applied on *:"), today);
    if (kind == QLatin1String("leave")) {
        CorrectionUi::addEditable(*this, QStringLiteral("reason"), tr("Reason *:"),
                                  {tr("Medical treatment"), tr("Schooling"), tr("Taking part in legal proceedings"),
                                   tr("Important family matters"), tr("Important work matters")},
                                  QString());
        addLine(QStringLiteral("destination"), tr("Destination *:"));
    } else if (kind == QLatin1String("frequent_travel")) {
        addLine(QStringLiteral("destination"), tr("Destinations *:"));
        addLine(QStringLiteral("frequency"), tr("How often:"))->setPlaceholderText(tr("e.g. twice a week"));
        addText(QStringLiteral("reason"), tr("Reason *:"), QString(), 2);
    } else if (kind == QLatin1String("visitor")) {
        addLine(QStringLiteral("visitor_name"), tr("Whom to meet *:"));
        addChoice(QStringLiteral("visitor_identity"), tr("Who that is:"),
                  CorrectionUi::codeItems(QStringLiteral("correction_visitor_identity"), true));
        addLine(QStringLiteral("visitor_relation"), tr("Relation to the person:"))
            ->setPlaceholderText(tr("e.g. neighbour"));
        addChoice(QStringLiteral("visitor_sex"), tr("Their sex:"),
                  CorrectionUi::codeItems(QStringLiteral("sex"), true));
        addLine(QStringLiteral("visitor_id_number"), tr("Their ID number:"))
            ->setPlaceholderText(tr("fills their sex"));
        addLine(QStringLiteral("visitor_address"), tr("Their address:"));
        addLine(QStringLiteral("visitor_phone"), tr("Their phone:"));
        addLine(QStringLiteral("destination"), tr("Where:"));
        addText(QStringLiteral("reason"), tr("Reason *:"), QString(), 2);
    } else if (kind == QLatin1String("place")) {
        addLine(QStringLiteral("destination"), tr("Place or area *:"));
        addText(QStringLiteral("reason"), tr("Reason *:"), QString(), 2);
    } else {
        addLine(QStringLiteral("new_address"), tr("New residence *:"));
        addLine(QStringLiteral("new_agency"), tr("New county agency:"));
        addText(QStringLiteral("reason"), tr("Reason *:"), QString(), 2);
    }
    if (kind != QLatin1String("transfer")) {
        const bool leave = kind == QLatin1String("leave");
        addDate(QStringLiteral("start_date"), leave ? tr("Leaves on *:") : tr("From *:"), today.addDays(3), false,
                false);
        addDate(QStringLiteral("end_date"), leave ? tr("Back by *:") : tr("Until *:"),
                kind == QLatin1String("frequent_travel") ? today.addDays(3).addMonths(6).addDays(-1) : today.addDays(5),
                false, false);
    } else {
        addDate(QStringLiteral("start_date"), tr("Planned move:"), QDate(), true, false);
    }
    if (kind == QLatin1String("leave"))
        addLine(QStringLiteral("companion"), tr("Accompanied by:"));
    addLine(QStringLiteral("evidence"), tr("Evidence:"))
        ->setPlaceholderText(tr("e.g. hospital referral, court summons"));
    addLine(QStringLiteral("note"), tr("Note:"));

    if (kind == QLatin1String("leave")) {
        auto *panel = new QFrame(this);
        panel->setObjectName(QStringLiteral("approvalPanel"));
        panel->setFrameShape(QFrame::StyledPanel);
        panel->setStyleSheet(QStringLiteral("#approvalPanel { background: #f3f6fa; }"));
        auto *pv = new QVBoxLayout(panel);
        m_level = new QLabel(panel);
        m_level->setObjectName(QStringLiteral("approvalLevel"));
        m_level->setWordWrap(true);
        m_reasons = new QLabel(panel);
        m_reasons->setObjectName(QStringLiteral("approvalReasons"));
        m_reasons->setWordWrap(true);
        m_warnings = new QLabel(panel);
        m_warnings->setObjectName(QStringLiteral("approvalWarnings"));
        m_warnings->setWordWrap(true);
        m_warnings->setStyleSheet(QStringLiteral("color: #c62828;"));
        pv->addWidget(m_level);
        pv->addWidget(m_reasons);
        pv->addWidget(m_warnings);
        addWidget(tr("Approval:"), panel);
        for (const char *key : {"applied_date", "start_date", "end_date"})
            connect(qobject_cast<DateField *>(field(QString::fromLatin1(key))), &QDateEdit::dateChanged, this,
                    &RequestDialog::checkLeave);
        checkLeave();
    }
    setAction([this] { return submitRequest(); });
    setMinimumWidth(560);
}

void RequestDialog::checkLeave()
{
    const QDate from = date(QStringLiteral("start_date"));
    const QDate to = date(QStringLiteral("end_date"));
    if (!from.isValid() || !to.isValid() || to < from) {
        m_level->setText(tr("Enter the first and the last day."));
        m_reasons->clear();
        m_warnings->clear();
        return;
    }
    const Result<LeaveCheck> check =
        CorrectionService::checkLeave(m_db, m_session, m_subject, from, to, date(QStringLiteral("applied_date")));
    if (!check) {
        m_level->setText(check.message());
        m_reasons->clear();
        m_warnings->clear();
        return;
    }
    const QString colour =
        check->level == ApprovalLevel::Office ? QStringLiteral("#2e7d32") : QStringLiteral("#1565c0");
    m_level->setText(QStringLiteral("<span style='font-size:large'>%1 · <b style='color:%2'>%3</b></span>")
                         .arg(tr("%n day(s)", nullptr, check->days).toHtmlEscaped(), colour,
                              tr("approved by %1").arg(LeaveRules::levelName(check->level)).toHtmlEscaped()));
    QStringList reasons = check->reasons;
    if (check->daysInWindow > check->days)
        reasons << tr("Leave days in the two months from %1: %2.")
                       .arg(CorrectionUi::date(check->windowStart))
                       .arg(check->daysInWindow);
    if (check->applyBy.isValid())
        reasons << tr("Apply by %1.").arg(CorrectionUi::date(check->applyBy));
    m_reasons->setText(reasons.join(QLatin1Char('\n')));
    m_warnings->setText(check->warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!check->warnings.isEmpty());
}

QVariantMap RequestDialog::fields() const
{
    QVariantMap m{{QStringLiteral("subject_uuid"), m_subject}, {QStringLiteral("kind"), m_kind}};
    for (const char *key : {"applied_date", "start_date", "end_date"}) {
        const QString k = QString::fromLatin1(key);
        if (field(k))
            m.insert(k, CorrectionUi::date(date(k)));
    }
    for (const char *key : {"destination", "frequency", "visitor_name", "visitor_identity", "visitor_relation",
                            "visitor_sex", "visitor_id_number", "visitor_address", "visitor_phone", "new_address",
                            "new_agency", "companion", "evidence", "note"}) {
        const QString k = QString::fromLatin1(key);
        if (field(k))
            m.insert(k, text(k));
    }
    m.insert(QStringLiteral("reason"), m_kind == QLatin1String("leave")
                                           ? CorrectionUi::typed(*this, QStringLiteral("reason"))
                                           : text(QStringLiteral("reason")));
    return m;
}

Status RequestDialog::submitRequest()
{
    QStringList notes;
    const Result<QString> uuid = CorrectionService::submitRequest(m_db, m_session, fields(), &notes);
    if (!uuid)
        return uuid.status();
    m_savedUuid = *uuid;
    m_notes = notes;
    return Status();
}

} // namespace ui
} // namespace sifa
