#include "placement/PlacementWindow.h"

#include "correction/CorrectionUi.h"
#include "placement/PlacementService.h"
#include "placement/PlacementTabs.h"
#include "placement/PlacementUi.h"
#include "placement/PlacementViews.h"
#include "print/PrintDialog.h"
#include "util/Time.h"
#include "widgets/MessageBox.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

using A = PlacementActions;

namespace {

// The steps as buttons (disabled, with the reason, when the file does not allow them now);
// reopening only when the file has ended.
const QList<A::Action> kPrimary{A::Handover, A::WhereaboutsUnknown, A::PoliceRegistration, A::Assess, A::End,
                                A::Reopen};

QLabel *label(QWidget *parent, const QString &name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

} // namespace

PlacementWindow::PlacementWindow(Database &db, const Session &session, const QString &uuid, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_uuid(uuid)
{
    auto *v = new QVBoxLayout(this);
    m_title = label(this, QStringLiteral("fileTitle"));
    v->addWidget(m_title);
    m_status = label(this, QStringLiteral("fileStatus"));
    v->addWidget(m_status);
    m_warnings = label(this, QStringLiteral("fileChecks"));
    m_warnings->setStyleSheet(QStringLiteral("background: #fff8e1; border: 1px solid #ffcc80; padding: 4px;"));
    v->addWidget(m_warnings);

    auto *barRow = new QHBoxLayout;
    m_actionBar = new QWidget(this);
    auto *bar = new QHBoxLayout(m_actionBar);
    bar->setContentsMargins(0, 4, 0, 4);
    for (A::Action a : kPrimary) {
        auto *b = new QPushButton(A::title(a), m_actionBar);
        b->setObjectName(A::objectName(a));
        connect(b, &QPushButton::clicked, this, [this, a] { run(a); });
        m_buttons.insert(a, b);
        bar->addWidget(b);
    }
    bar->addStretch(1);
    barRow->addWidget(m_actionBar, 1);
    // Printing only reads the file: offered without the permission to write too.
    auto *printButton = new QPushButton(tr("Print forms…"), this);
    printButton->setObjectName(QStringLiteral("printForms"));
    printButton->setToolTip(tr("The resettlement forms filled in from the file (Ctrl+P)"));
    printButton->setShortcut(QKeySequence::Print);
    connect(printButton, &QPushButton::clicked, this, &PlacementWindow::printForms);
    barRow->addWidget(printButton);
    v->addLayout(barRow);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("fileTabs"));
    auto addTab = [this](PlacementTab *tab, const QString &title) {
        m_fileTabs << tab;
        m_tabs->addTab(tab, title);
        connect(tab, &PlacementTab::changed, this, &PlacementWindow::onChanged);
    };
    addTab(new PersonTab(db, session, this), tr("Person and release"));
    addTab(new HandoverTab(db, session, this), tr("Hand-over"));
    addTab(new RiskTab(db, session, this), tr("Risk assessment"));
    addTab(new GroupTab(db, session, this), tr("Group and agreements"));
    addTab(new VisitsTab(db, session, this), tr("Visits"));
    addTab(new AssistTab(db, session, this), tr("Placement and assistance"));
    addTab(new EndTab(db, session, this), tr("Moves and end"));
    m_history = new QTextBrowser(this);
    m_history->setObjectName(QStringLiteral("history"));
    m_tabs->addTab(m_history, tr("History"));
    v->addWidget(m_tabs, 1);
    m_actionBar->setVisible(m_session.can(Permission::PlacementWrite));

    // Opened once, audited; every refresh after a change reads without an audit entry.
    Result<PlacementFile> file = PlacementService::open(m_db, m_session, m_uuid);
    if (!file) {
        m_loadError = file.message();
        return;
    }
    m_loaded = true;
    display(std::move(file).value());
    resize(1080, 780);
}

QPushButton *PlacementWindow::actionButton(A::Action action) const
{
    QPushButton *b = m_buttons.value(action);
    return b && !b->isHidden() && !m_actionBar->isHidden() ? b : nullptr;
}

void PlacementWindow::run(A::Action action)
{
    const QString why = A::whyNot(action, m_file, m_session);
    if (!why.isEmpty()) {
        MessageBox::information(this, PlacementUi::title(), why);
        return;
    }
    if (A::run(this, m_db, m_session, m_file, action))
        onChanged();
}

void PlacementWindow::printForms()
{
    PrintDialog dialog(m_db, m_session, PrintDialog::Placement{m_uuid}, this);
    dialog.exec();
}

void PlacementWindow::onChanged()
{
    m_changed = true;
    reload();
}

void PlacementWindow::reload()
{
    Result<PlacementFile> file = PlacementService::reload(m_db, m_session, m_uuid);
    if (!file) {
        MessageBox::warning(this, PlacementUi::title(), file.message());
        return;
    }
    display(std::move(file).value());
}

void PlacementWindow::display(PlacementFile file)
{
    m_file = std::move(file);
    setWindowTitle(tr("Resettlement file — %1").arg(m_file.person.name));
    showHeader();
    updateActions();
    for (PlacementTab *t : m_fileTabs)
        t->setFile(m_file);
    m_history->setHtml(PlacementViews::historyHtml(m_db, m_file));
}

void PlacementWindow::showHeader()
{
    const Record &s = m_file.subject;
    QString title = QStringLiteral("<h2 style='margin:0'>%1</h2>").arg(m_file.person.name.toHtmlEscaped());
    m_title->setText(title);
    const QString status = m_file.status();
    const QString handover = s.text(QStringLiteral("handover_status"));
    QString line = QStringLiteral("<span style='background:%1; color:white'>&nbsp;%2&nbsp;</span>")
                       .arg(PlacementUi::statusColour(status), PlacementService::statusName(status).toHtmlEscaped());
    if (m_file.isOpen())
        line += QStringLiteral("&nbsp;<span style='background:%1; color:white'>&nbsp;%2&nbsp;</span>")
                    .arg(PlacementUi::handoverColour(handover),
                         CorrectionUi::codeName(QStringLiteral("handover_status"), handover).toHtmlEscaped());
    if (m_file.keyPerson())
        line += QStringLiteral("&nbsp;<span style='background:#c62828; color:white'>&nbsp;%1&nbsp;</span>")
                    .arg(CorrectionUi::codeName(QStringLiteral("placement_category"), QStringLiteral("key"))
                             .toHtmlEscaped());
    line += QStringLiteral("&nbsp;&nbsp;") + PlacementViews::headerFacts(m_file).toHtmlEscaped();
    m_status->setText(line);

    QStringList lines;
    const QDate today = Clock::today();
    for (const PlacementCheck &c : PlacementService::checks(m_file, today)) {
        const bool overdue = c.due.isValid() && c.due < today;
        const QString text =
            (c.due.isValid() ? tr("%1 (due %2)").arg(c.text, CorrectionUi::date(c.due)) : c.text).toHtmlEscaped();
        lines << (overdue ? QStringLiteral("<span style='color:#b00020'>• %1</span>").arg(text)
                          : QStringLiteral("• %1").arg(text));
    }
    m_warnings->setText(lines.join(QStringLiteral("<br>")));
    m_warnings->setVisible(!lines.isEmpty());
}

void PlacementWindow::updateActions()
{
    for (A::Action a : kPrimary) {
        QPushButton *b = m_buttons.value(a);
        const QString why = A::whyNot(a, m_file, m_session);
        b->setEnabled(why.isEmpty());
        b->setToolTip(why);
        if (a == A::Reopen)
            b->setVisible(why.isEmpty());
        else
            b->setVisible(m_file.isOpen());
    }
}

} // namespace ui
} // namespace sifa
