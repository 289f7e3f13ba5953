#include "correction/SubjectWindow.h"

#include "correction/CorrectionService.h"
#include "correction/CorrectionUi.h"
#include "correction/MonitoringTab.h"
#include "correction/ReleaseTab.h"
#include "correction/ReportIn.h"
#include "correction/RequestsTab.h"
#include "correction/SanctionsTab.h"
#include "correction/SubjectViews.h"
#include "correction/SupervisionTab.h"
#include "correction/TeamTab.h"
#include "print/PrintDialog.h"
#include "util/Time.h"
#include "widgets/MessageBox.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

using A = SubjectActions;

namespace {

// The steps as buttons (disabled, with the reason, when the file does not allow them now);
// reopening only when the file is closed; the rest under "More".
const QList<A::Action> kPrimary{A::Receive, A::Announce, A::ChangeGrade, A::Release, A::Terminate, A::Reopen};
const QList<A::Action> kSecondary{A::TransferOut, A::RevocationRefused, A::Seal, A::Unseal};

QLabel *banner(QWidget *parent, const QString &name, const QString &style)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setStyleSheet(style);
    return l;
}

} // namespace

SubjectWindow::SubjectWindow(Database &db, const Session &session, const QString &uuid, const QString &sealApproval,
                             QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_uuid(uuid), m_sealApproval(sealApproval)
{
    auto *v = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("subjectTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_title);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("subjectStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_status);
    m_warnings = banner(this, QStringLiteral("subjectWarnings"), QStringLiteral("color: #b00020;"));
    v->addWidget(m_warnings);
    m_suggestions = banner(this, QStringLiteral("subjectSuggestions"),
                           QStringLiteral("background: #fff8e1; border: 1px solid #ffcc80; padding: 4px;"));
    v->addWidget(m_suggestions);

    m_actionBar = new QWidget(this);
    buildActionBar(m_actionBar);
    // Printing only reads the file: offered without the permission to write too.
    auto *barRow = new QHBoxLayout;
    barRow->addWidget(m_actionBar, 1);
    auto *printButton = new QPushButton(tr("Print forms…"), this);
    printButton->setObjectName(QStringLiteral("printForms"));
    printButton->setToolTip(tr("The correction forms filled in from the file, or blank (Ctrl+P)"));
    printButton->setShortcut(QKeySequence::Print);
    connect(printButton, &QPushButton::clicked, this, &SubjectWindow::printForms);
    barRow->addWidget(printButton);
    v->addLayout(barRow);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("subjectTabs"));
    m_tabs->addTab(buildOverviewTab(), tr("Person and judgment"));
    auto addTab = [this](SubjectTab *tab, const QString &title) {
        m_subjectTabs << tab;
        m_tabs->addTab(tab, title);
        connect(tab, &SubjectTab::changed, this, &SubjectWindow::onChanged);
    };
    addTab(new TeamTab(db, session, this), tr("Team and family"));
    addTab(new SupervisionTab(db, session, this), tr("Supervision"));
    addTab(new RequestsTab(db, session, this), tr("Requests"));
    addTab(new SanctionsTab(db, session, this), tr("Rewards and penalties"));
    addTab(new MonitoringTab(db, session, this), tr("Monitoring and contact"));
    addTab(new ReleaseTab(db, session, this), tr("Release"));
    m_history = new QTextBrowser(this);
    m_history->setObjectName(QStringLiteral("history"));
    m_tabs->addTab(m_history, tr("History"));
    v->addWidget(m_tabs, 1);
    m_actionBar->setVisible(m_session.can(Permission::CorrectionWrite));
    reload();
    resize(1060, 760);
}

void SubjectWindow::buildActionBar(QWidget *barWidget)
{
    auto *bar = new QHBoxLayout(barWidget);
    bar->setContentsMargins(0, 4, 0, 4);
    for (A::Action a : kPrimary) {
        auto *b = new QPushButton(A::title(a), this);
        b->setObjectName(QStringLiteral("action%1").arg(static_cast<int>(a)));
        connect(b, &QPushButton::clicked, this, [this, a] { run(a); });
        m_buttons.insert(a, b);
        bar->addWidget(b);
    }
    m_more = new QToolButton(this);
    m_more->setObjectName(QStringLiteral("moreActions"));
    m_more->setText(tr("More"));
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_more->setMenu(new QMenu(m_more));
    bar->addWidget(m_more);
    bar->addStretch(1);
}

QWidget *SubjectWindow::buildOverviewTab()
{
    auto *page = new QWidget(this);
    auto *v = new QVBoxLayout(page);
    m_overview = new QTextBrowser(page);
    m_overview->setObjectName(QStringLiteral("overview"));
    v->addWidget(m_overview, 1);
    auto *h = new QHBoxLayout;
    for (A::Action a : {A::EditFile, A::EditReception, A::EditPlan, A::EditPerson}) {
        auto *b = new QPushButton(A::title(a), page);
        b->setObjectName(QStringLiteral("action%1").arg(static_cast<int>(a)));
        connect(b, &QPushButton::clicked, this, [this, a] { run(a); });
        m_buttons.insert(a, b);
        m_overviewButtons << b;
        h->addWidget(b);
    }
    h->addStretch(1);
    v->addLayout(h);
    return page;
}

QPushButton *SubjectWindow::actionButton(A::Action action) const
{
    QPushButton *b = m_buttons.value(action);
    return b && !b->isHidden() && (m_actionBar->isAncestorOf(b) ? !m_actionBar->isHidden() : true) ? b : nullptr;
}

void SubjectWindow::run(A::Action action)
{
    const QString why = A::whyNot(action, m_file, m_session);
    if (!why.isEmpty()) {
        MessageBox::information(this, tr("Community correction"), why);
        return;
    }
    if (!A::run(this, m_db, m_session, m_file, action))
        return;
    if (action == A::Seal && m_sealApproval.isEmpty()) {
        // A sealed file leaves the lists; it is opened again only with an approval.
        m_changed = true;
        MessageBox::information(this, tr("Community correction"),
                                tr("The file is sealed. It no longer appears in lists, searches, statistics or "
                                   "exports; opening it needs the number of an approval."));
        accept();
        return;
    }
    onChanged();
}

void SubjectWindow::printForms()
{
    PrintDialog dialog(m_db, m_session, PrintDialog::Subject{m_uuid, m_sealApproval, m_loaded}, this);
    dialog.exec();
}

void SubjectWindow::onChanged()
{
    m_changed = true;
    reload();
}

void SubjectWindow::reload()
{
    // The window's opening is audited once; its refreshes read the file again with the same checks.
    Result<SubjectFile> file = m_loaded ? CorrectionService::reread(m_db, m_session, m_uuid, m_sealApproval)
                                        : CorrectionService::open(m_db, m_session, m_uuid, m_sealApproval);
    if (!file) {
        m_loadError = file.message();
        if (m_loaded)
            MessageBox::warning(this, tr("Community correction"), m_loadError);
        return;
    }
    m_loaded = true;
    m_file = std::move(file).value();
    setWindowTitle(tr("Correction file — %1").arg(m_file.person.name));
    showHeader();
    updateActions();
    m_overview->setHtml(SubjectViews::overviewHtml(m_db, m_file));
    for (SubjectTab *t : m_subjectTabs)
        t->setFile(m_file);
    m_history->setHtml(SubjectViews::historyHtml(m_db, m_file));
}

void SubjectWindow::showHeader()
{
    const QDate today = Clock::today();
    const CcRecord &s = m_file.subject;
    QString title = QStringLiteral("<h2 style='margin:0'>%1</h2>").arg(m_file.person.name.toHtmlEscaped());
    if (s.flag(QStringLiteral("sealed")))
        title += QStringLiteral("<span style='color:#8e24aa'>%1</span>").arg(tr("Sealed file").toHtmlEscaped());
    m_title->setText(title);
    const QString status = m_file.status();
    m_status->setText(QStringLiteral("<span style='background:%1; color:white; padding:2px 8px'>&nbsp;%2&nbsp;</span>"
                                     "&nbsp;&nbsp;%3")
                          .arg(CorrectionUi::statusColour(status),
                               CorrectionService::statusName(status).toHtmlEscaped(),
                               SubjectViews::headerFacts(m_file, today).toHtmlEscaped()));

    QStringList warnings;
    const bool open = status == QLatin1String("awaiting_report") || status == QLatin1String("received") ||
                      status == QLatin1String("under_correction");
    if (open) {
        if (status != QLatin1String("awaiting_report"))
            warnings << CorrectionService::teamProblems(m_file);
        if (status == QLatin1String("awaiting_report")) {
            const Result<ReportInStatus> r = ReportIn::status(s.date(QStringLiteral("effective_date")), QDate(), today);
            if (r && r->state == ReportInStatus::NotReported)
                warnings << tr("Not reported in: search for the person and tell the county agency.");
        }
        if (s.flag(QStringLiteral("pending_revocation")))
            warnings << tr("A revocation or commitment proposal is pending: no release until the decision arrives.");
        for (const CcRecord &m : m_file.missing) {
            if (!m.date(QStringLiteral("found_date")).isValid())
                warnings << tr("Contact lost since %1.").arg(CorrectionUi::date(m.date(QStringLiteral("lost_date"))));
        }
    }
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());

    QStringList lines;
    for (const Suggestion &sg : CorrectionService::suggestions(m_file, today))
        lines << tr("• %1: %2").arg(CorrectionUi::codeName(QStringLiteral("correction_sanction"), sg.kind), sg.reason);
    m_suggestions->setText(lines.isEmpty() ? QString()
                                           : tr("Suggestions from the rules — the county correction agency decides; "
                                                "propose them under Rewards and penalties:") +
                                                 QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    m_suggestions->setVisible(!lines.isEmpty());
}

void SubjectWindow::updateActions()
{
    for (A::Action a : kPrimary) {
        QPushButton *b = m_buttons.value(a);
        const QString why = A::whyNot(a, m_file, m_session);
        b->setEnabled(why.isEmpty());
        b->setToolTip(why);
        if (a == A::Reopen)
            b->setVisible(why.isEmpty());
    }
    QMenu *menu = m_more->menu();
    menu->clear();
    for (A::Action a : kSecondary) {
        const QString why = A::whyNot(a, m_file, m_session);
        if (!why.isEmpty())
            continue;
        QAction *act = menu->addAction(A::title(a));
        act->setObjectName(QStringLiteral("action%1").arg(static_cast<int>(a)));
        connect(act, &QAction::triggered, this, [this, a] { run(a); });
    }
    m_more->setVisible(!menu->isEmpty());
    const bool write = m_session.can(Permission::CorrectionWrite);
    for (QPushButton *b : m_overviewButtons)
        b->setVisible(write);
    for (A::Action a : {A::EditPerson, A::EditReception})
        m_buttons.value(a)->setVisible(write && A::whyNot(a, m_file, m_session).isEmpty());
}

} // namespace ui
} // namespace sifa
