#include "mediation/CaseWindow.h"

#include "mediation/AttachmentsPanel.h"
#include "mediation/AgreementDialog.h"
#include "mediation/CaseActions.h"
#include "mediation/CaseViews.h"
#include "mediation/DisputeService.h"
#include "mediation/MediationCodes.h"
#include "print/PrintDialog.h"
#include "util/Time.h"
#include "widgets/MessageBox.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

using A = DisputeWorkflow::Action;

namespace {

// The next steps, as buttons; the rest of what the lifecycle allows is under "More".
const QList<A> kPrimary{A::Accept,        A::NotAccept,         A::AddInvestigation, A::AddSession,
                        A::RecordAgreement, A::Terminate,       A::RecordPerformance, A::AddReturnVisit,
                        A::Archive,       A::Reopen};
const QList<A> kSecondary{A::EditRegistration, A::Extend, A::ApplyJudicialConfirmation, A::RecordCourtResult,
                          A::AssignResponsibility, A::CloseResponsibility};

QString statusColour(const QString &status)
{
    if (DisputeWorkflow::isOpen(status))
        return QStringLiteral("#1565c0");
    if (status == DisputeStatus::Archived)
        return QStringLiteral("#616161");
    if (status == DisputeStatus::Terminated || status == DisputeStatus::NotAccepted || status == DisputeStatus::NotPerformed)
        return QStringLiteral("#8d6e63");
    return QStringLiteral("#2e7d32");
}

QTableWidget *listTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

}  // namespace

CaseWindow::CaseWindow(Database &db, const Session &session, const QString &uuid, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_uuid(uuid)
{
    auto *v = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("caseTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_title);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("caseStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_status);
    m_deadlines = new QLabel(this);
    m_deadlines->setObjectName(QStringLiteral("caseDeadlines"));
    v->addWidget(m_deadlines);

    m_actionBar = new QWidget(this);
    auto *bar = new QHBoxLayout(m_actionBar);
    bar->setContentsMargins(0, 4, 0, 4);
    for (A a : kPrimary) {
        auto *b = new QPushButton(this);
        b->setObjectName(QStringLiteral("action%1").arg(static_cast<int>(a)));
        connect(b, &QPushButton::clicked, this, [this, a] { run(a); });
        m_buttons.insert(a, b);
        bar->addWidget(b);
    }
    m_more = new QToolButton(this);
    m_more->setObjectName(QStringLiteral("moreActions"));
    m_more->setText(tr("More…"));
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_more->setMenu(new QMenu(m_more));
    bar->addWidget(m_more);
    auto *printButton = new QPushButton(tr("Print forms…"), this);
    printButton->setObjectName(QStringLiteral("printForms"));
    printButton->setToolTip(tr("The case's forms, filled in or blank, and the whole case file (Ctrl+P)"));
    printButton->setShortcut(QKeySequence::Print);
    connect(printButton, &QPushButton::clicked, this, [this] {
        PrintDialog dialog(m_db, m_session, m_file.dispute.caseNo.isEmpty() ? m_uuid : m_file.dispute.caseNo, this);
        dialog.exec();
        reload();  // a PDF kept with the case is a new attachment
    });
    bar->addWidget(printButton);
    bar->addStretch(1);
    v->addWidget(m_actionBar);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_overview = new QTextBrowser(this);
    m_overview->setObjectName(QStringLiteral("overview"));
    m_tabs->addTab(m_overview, tr("Registration"));

    auto *recordsPage = new QWidget(this);
    auto *rv = new QVBoxLayout(recordsPage);
    m_records = listTable(recordsPage, QStringLiteral("records"),
                          {tr("When"), tr("Kind"), tr("Where"), tr("Mediators / investigators"), tr("Content")});
    rv->addWidget(m_records, 1);
    auto *rh = new QHBoxLayout;
    auto *editRecordButton = new QPushButton(tr("Correct the record…"), recordsPage);
    auto *removeRecordButton = new QPushButton(tr("Remove the record…"), recordsPage);
    rh->addWidget(editRecordButton);
    rh->addWidget(removeRecordButton);
    rh->addStretch(1);
    rv->addLayout(rh);
    m_tabs->addTab(recordsPage, tr("Investigation and sessions"));

    m_agreement = new QTextBrowser(this);
    m_agreement->setObjectName(QStringLiteral("agreement"));
    auto *agreementPage = new QWidget(this);
    auto *av = new QVBoxLayout(agreementPage);
    av->addWidget(m_agreement, 1);
    auto *editAgreement = new QPushButton(tr("Correct the agreement…"), agreementPage);
    editAgreement->setObjectName(QStringLiteral("editAgreement"));
    auto *ah = new QHBoxLayout;
    ah->addWidget(editAgreement);
    ah->addStretch(1);
    av->addLayout(ah);
    m_tabs->addTab(agreementPage, tr("Agreement"));

    m_visits = listTable(this, QStringLiteral("visits"),
                         {tr("Date"), tr("Visited by"), tr("Performance"), tr("Satisfaction"), tr("Findings")});
    m_tabs->addTab(m_visits, tr("Return visits"));
    m_attachments = new AttachmentsPanel(db, session, this);
    m_tabs->addTab(m_attachments, tr("Attachments"));
    m_history = new QTextBrowser(this);
    m_history->setObjectName(QStringLiteral("history"));
    m_tabs->addTab(m_history, tr("History"));
    v->addWidget(m_tabs, 1);

    const bool canWrite = m_session.can(Permission::MediationWrite);
    editRecordButton->setVisible(canWrite);
    removeRecordButton->setVisible(canWrite);
    editAgreement->setVisible(canWrite);
    m_actionBar->setVisible(canWrite);
    auto currentRecord = [this]() -> std::optional<DisputeRecord> {
        const int row = m_records->currentRow();
        if (row < 0 || row >= m_file.records.size())
            return std::nullopt;
        return m_file.records.at(row);
    };
    connect(editRecordButton, &QPushButton::clicked, this, [this, currentRecord] {
        if (const auto r = currentRecord(); r && editRecord(this, m_db, m_session, m_file, *r)) {
            m_changed = true;
            reload();
        }
    });
    connect(m_records, &QTableWidget::cellActivated, editRecordButton, &QPushButton::click);
    connect(removeRecordButton, &QPushButton::clicked, this, [this, currentRecord] {
        if (const auto r = currentRecord(); r && removeRecord(this, m_db, m_session, *r)) {
            m_changed = true;
            reload();
        }
    });
    connect(editAgreement, &QPushButton::clicked, this, [this] {
        if (!m_file.agreement)
            return;
        if (Status s = DisputeWorkflow::check(m_file.dispute.status, A::EditRegistration); !s.ok()) {
            MessageBox::warning(this, tr("Mediation"), s.message());
            return;
        }
        AgreementDialog dialog(m_db, m_session, m_file.dispute, this);
        dialog.setAgreement(*m_file.agreement);
        if (dialog.exec() == QDialog::Accepted) {
            m_changed = true;
            reload();
        }
    });
    connect(m_attachments, &AttachmentsPanel::changed, this, [this] { m_changed = true; });
    reload();
    resize(980, 720);
}

QPushButton *CaseWindow::actionButton(A action) const
{
    QPushButton *b = m_buttons.value(action);
    return b && !b->isHidden() ? b : nullptr;
}

void CaseWindow::run(A action)
{
    if (runCaseAction(this, m_db, m_session, m_file, action)) {
        m_changed = true;
        reload();
    }
}

void CaseWindow::reload()
{
    Result<DisputeFile> file = DisputeService::open(m_db, m_session, m_uuid);
    if (!file) {
        m_loadError = file.message();
        return;
    }
    m_loaded = true;
    m_file = std::move(file).value();
    const Dispute &d = m_file.dispute;
    setWindowTitle(d.caseNo.isEmpty() ? d.displayTitle() : tr("%1 — %2").arg(d.caseNo, d.displayTitle()));
    m_title->setText(QStringLiteral("<h2 style='margin:0'>%1</h2>").arg(d.displayTitle().toHtmlEscaped()));
    QStringList facts;
    facts << (d.caseNo.isEmpty() ? tr("No case number yet") : d.caseNo) << MediationCodes::disputeTypeLabel(d.disputeType)
          << MediationCodes::sourceLabel(d.source);
    m_status->setText(QStringLiteral("<span style='background:%1; color:white; padding:2px 8px'>&nbsp;%2&nbsp;</span>"
                                     "&nbsp;&nbsp;%3")
                          .arg(statusColour(d.status), MediationCodes::statusLabel(d.status).toHtmlEscaped(),
                               facts.join(QStringLiteral(" · ")).toHtmlEscaped()));
    const QString deadlines = CaseViews::deadlineText(m_file, Clock::today());
    m_deadlines->setText(deadlines);
    m_deadlines->setVisible(!deadlines.isEmpty());
    buildActions();
    m_overview->setHtml(CaseViews::overviewHtml(m_db, m_file));
    showRecords();
    m_agreement->setHtml(CaseViews::agreementHtml(m_file));
    showVisits();
    m_attachments->setOwner(QStringLiteral("dispute"), d.uuid);
    m_history->setHtml(CaseViews::historyHtml(m_db, m_file));
}

void CaseWindow::buildActions()
{
    const Dispute &d = m_file.dispute;
    const QList<A> allowed = DisputeWorkflow::available(d.status);
    const bool written = m_file.agreement && m_file.agreement->form == QLatin1String("written");
    auto offered = [&](A a) {
        if (!allowed.contains(a))
            return false;
        switch (a) {
        case A::AddReturnVisit: return m_file.agreement.has_value();
        case A::ApplyJudicialConfirmation: return written && !m_file.agreement->jcAppliedDate.isValid();
        case A::RecordCourtResult:
            return m_file.agreement && m_file.agreement->jcAppliedDate.isValid() && !m_file.agreement->jcResultDate.isValid();
        case A::CloseResponsibility: return !d.responsibleLeader.isEmpty() && !d.responsibleClosed.isValid();
        default: return true;
        }
    };
    for (A a : kPrimary) {
        QPushButton *b = m_buttons.value(a);
        b->setText(DisputeWorkflow::actionTitle(a));
        b->setVisible(offered(a));
    }
    QMenu *menu = m_more->menu();
    menu->clear();
    for (A a : kSecondary) {
        if (!offered(a))
            continue;
        QAction *act = menu->addAction(DisputeWorkflow::actionTitle(a));
        act->setObjectName(QStringLiteral("action%1").arg(static_cast<int>(a)));
        connect(act, &QAction::triggered, this, [this, a] { run(a); });
    }
    m_more->setVisible(!menu->isEmpty());
}

void CaseWindow::showRecords()
{
    m_records->setRowCount(static_cast<int>(m_file.records.size()));
    for (int i = 0; i < m_file.records.size(); ++i) {
        const DisputeRecord &r = m_file.records.at(i);
        QString content = r.content;
        content.replace(QLatin1Char('\n'), QLatin1Char(' '));
        const QStringList cells{r.time.toString(QStringLiteral("yyyy-MM-dd HH:mm")), MediationCodes::recordKindLabel(r.kind),
                                r.place, r.staff, content};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == 4)
                item->setToolTip(r.content);
            m_records->setItem(i, c, item);
        }
    }
    m_records->resizeColumnsToContents();
    m_records->horizontalHeader()->setStretchLastSection(true);
}

void CaseWindow::showVisits()
{
    m_visits->setRowCount(static_cast<int>(m_file.visits.size()));
    for (int i = 0; i < m_file.visits.size(); ++i) {
        const ReturnVisit &v = m_file.visits.at(i);
        const QStringList cells{toStoredDate(v.visitDate), v.visitor, MediationCodes::performanceLabel(v.performance),
                                MediationCodes::satisfactionLabel(v.satisfaction), v.situation};
        for (int c = 0; c < cells.size(); ++c)
            m_visits->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_visits->resizeColumnsToContents();
    m_visits->horizontalHeader()->setStretchLastSection(true);
}

}  // namespace ui
}  // namespace sifa
