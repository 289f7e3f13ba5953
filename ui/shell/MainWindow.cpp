#include "shell/MainWindow.h"

#include "admin/AuditPage.h"
#include "admin/SettingsPage.h"
#include "admin/UsersPage.h"
#include "correction/CorrectionPage.h"
#include "dashboard/DashboardPage.h"
#include "domain/Office.h"
#include "mediation/MediationPage.h"
#include "mediation/LedgerPage.h"
#include "mediation/TodoPage.h"
#include "people/PeoplePage.h"
#include "placement/PlacementPage.h"
#include "shell/HomePage.h"
#include "shell/UiSettings.h"
#include "stats/ReportsPage.h"
#include "storage/Database.h"
#include "sync/CompletenessBoard.h"
#include "sync/ConflictInbox.h"
#include "sync/ExchangePage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace sifa {
namespace ui {

MainWindow::MainWindow(Database &db, const Session &session, QWidget *parent)
    : QMainWindow(parent), m_db(db), m_session(session)
{
    const OfficeInfo office = Office::info(db);
    setWindowTitle(tr("%1 — SifaDesk").arg(office.name));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sifadesk.svg")));

    auto *central = new QWidget(this);
    auto *h = new QHBoxLayout(central);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(0);
    m_nav = new QListWidget(central);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setAccessibleName(tr("Navigation"));
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setFixedWidth(168);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setStyleSheet(QStringLiteral(
        "QListWidget { background: #24364d; color: #e8eef5; font-size: 15px; padding-top: 8px; }"
        "QListWidget::item { padding: 9px 8px; }"
        "QListWidget::item:selected { background: #3d5a80; color: white; }"));
    m_stack = new QStackedWidget(central);
    h->addWidget(m_nav);
    h->addWidget(m_stack, 1);
    setCentralWidget(central);

    buildPages();
    buildMenus();
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_order.size())
            m_stack->setCurrentWidget(m_pages.value(m_order.at(row)));
    });
    m_nav->setCurrentRow(0);

    m_officeLabel = new QLabel(tr("%1 (%2)").arg(office.name, office.code), this);
    m_officeLabel->setObjectName(QStringLiteral("officeStatus"));
    const QString who = session.displayName.isEmpty() ? session.username
                                                      : tr("%1 (%2)").arg(session.displayName, session.username);
    m_userLabel = new QLabel(tr("Signed in: %1 · %2").arg(who, Roles::displayName(session.role)), this);
    m_userLabel->setObjectName(QStringLiteral("userStatus"));
    statusBar()->addPermanentWidget(m_officeLabel);
    statusBar()->addPermanentWidget(m_userLabel);

    const QByteArray geometry = UiSettings::windowGeometry(QStringLiteral("main"));
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1180, 760);
}

MainWindow::~MainWindow()
{
    UiSettings::setWindowGeometry(QStringLiteral("main"), saveGeometry());
}

void MainWindow::addPage(const QString &id, const QString &title, QWidget *page)
{
    page->setObjectName(id + QStringLiteral("Page"));
    m_pages.insert(id, page);
    m_order << id;
    m_stack->addWidget(page);
    auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(id)), title, m_nav);
    item->setData(Qt::UserRole, id);
}

void MainWindow::buildPages()
{
    const Session &s = m_session;
    auto *home = new HomePage(m_db, s, this);
    connect(home, &HomePage::openPage, this, &MainWindow::showPage);
    addPage(QStringLiteral("home"), tr("Home"), home);
    // 待办 gathers the deadlines of every module the role may read.
    TodoPage *todo = nullptr;
    if (s.can(Permission::MediationRead) || s.can(Permission::CorrectionRead) || s.can(Permission::PlacementRead)) {
        todo = new TodoPage(m_db, s, this);
        addPage(QStringLiteral("todo"), tr("To do"), todo);
        auto updateNav = [this](const TodoCounts &counts) {
            const int row = static_cast<int>(m_order.indexOf(QStringLiteral("todo")));
            if (QListWidgetItem *item = m_nav->item(row))
                item->setText(TodoPage::navigationLabel(counts));
        };
        connect(todo, &TodoPage::countsChanged, this, updateNav);
        updateNav(todo->counts());
    }
    if (s.can(Permission::MediationRead)) {
        auto *mediation = new MediationPage(m_db, s, this);
        addPage(QStringLiteral("mediation"), tr("Mediation"), mediation);
        connect(mediation, &MediationPage::changed, todo, &TodoPage::refresh);
        connect(todo, &TodoPage::openCaseRequested, this, [mediation, todo](const QString &uuid) {
            mediation->ledger()->openCase(uuid);
            todo->refresh();
        });
        connect(todo, &TodoPage::openScreeningRequested, this, [this, mediation](const QString &period) {
            showPage(QStringLiteral("mediation"));
            mediation->showScreening(period);
        });
    }
    if (s.can(Permission::CorrectionRead)) {
        auto *correction = new CorrectionPage(m_db, s, this);
        addPage(QStringLiteral("correction"), tr("Community correction"), correction);
        connect(correction, &CorrectionPage::subjectsChanged, todo, &TodoPage::refresh);
        connect(todo, &TodoPage::openSubjectRequested, this, [correction, todo](const QString &uuid) {
            correction->openSubject(uuid);
            todo->refresh();
        });
        connect(todo, &TodoPage::openAssessmentRequested, this, [correction, todo](const QString &uuid) {
            correction->showAssessments(uuid);
            todo->refresh();
        });
    }
    if (s.can(Permission::PlacementRead)) {
        auto *placement = new PlacementPage(m_db, s, this);
        addPage(QStringLiteral("placement"), tr("Resettlement"), placement);
        connect(placement, &PlacementPage::filesChanged, todo, &TodoPage::refresh);
        connect(todo, &TodoPage::openPlacementRequested, this, [placement, todo](const QString &uuid) {
            placement->openFile(uuid);
            todo->refresh();
        });
        connect(todo, &TodoPage::openNoticeRequested, this, [placement, todo](const QString &uuid) {
            placement->showNotices(uuid);
            todo->refresh();
        });
    }
    if (s.can(Permission::ReportsMediation) || s.can(Permission::ReportsCorrection) || s.can(Permission::ReportsPlacement)) {
        auto *dashboard = new DashboardPage(m_db, s, this);
        addPage(QStringLiteral("dashboard"), tr("Overview"), dashboard);
        auto *reports = new ReportsPage(m_db, s, this);
        addPage(QStringLiteral("reports"), tr("Statistics"), reports);
        if (todo) {
            connect(dashboard, &DashboardPage::recordsChanged, todo, &TodoPage::refresh);
            connect(reports, &ReportsPage::recordsChanged, todo, &TodoPage::refresh);
            connect(todo, &TodoPage::openReportRequested, this,
                    [this, reports](const QString &reportId, const QString &period) {
                        showPage(QStringLiteral("reports"));
                        reports->setReport(reportId);
                        if (Result<StatPeriod> p = StatPeriod::parse(period); p.ok())
                            reports->setPeriod(*p);
                    });
        }
    }
    // The office's keys are held by roles that may not read case files (an administrator):
    // they see the exchange page for its keys and bundles, not the conflict inbox.
    if (s.can(Permission::ExchangeRun) || s.can(Permission::SyncKeys))
        buildSyncPages(todo);
    if (s.can(Permission::PeopleRead))
        addPage(QStringLiteral("people"), tr("People"), new PeoplePage(m_db, s, this));
    if (s.can(Permission::UsersManage))
        addPage(QStringLiteral("users"), tr("Users"), new UsersPage(m_db, s, this));
    if (s.can(Permission::AuditRead))
        addPage(QStringLiteral("audit"), tr("Audit trail"), new AuditPage(m_db, s, this));
    auto *settings = new SettingsPage(m_db, s, this);
    connect(settings, &SettingsPage::changePasswordRequested, this, &MainWindow::changePasswordRequested);
    connect(settings, &SettingsPage::restoreRequested, this, &MainWindow::restoreRequested);
    addPage(QStringLiteral("settings"), tr("Settings"), settings);
}

void MainWindow::buildSyncPages(TodoPage *todo)
{
    // 数据交换 for both ends; 完整性看板 in a county; 冲突收件箱 with its open count.
    auto *exchange = new ExchangePage(m_db, m_session, this);
    addPage(QStringLiteral("exchange"), tr("Data exchange"), exchange);
    CompletenessBoard *board = nullptr;
    if (Office::info(m_db).isCounty()) {
        board = new CompletenessBoard(m_db, m_session, this);
        addPage(QStringLiteral("completeness"), tr("Completeness"), board);
        connect(exchange, &ExchangePage::stateChanged, board, &CompletenessBoard::refresh);
    }
    if (!m_session.can(Permission::ExchangeRun))
        return;
    auto *conflicts = new ConflictInbox(m_db, m_session, this);
    addPage(QStringLiteral("conflicts"), ConflictInbox::navigationLabel(conflicts->openCount()), conflicts);
    auto updateNav = [this](int count) {
        const int row = static_cast<int>(m_order.indexOf(QStringLiteral("conflicts")));
        if (QListWidgetItem *item = m_nav->item(row))
            item->setText(ConflictInbox::navigationLabel(count));
    };
    connect(conflicts, &ConflictInbox::openCountChanged, this, updateNav);
    connect(exchange, &ExchangePage::stateChanged, conflicts, &ConflictInbox::refresh);
    connect(exchange, &ExchangePage::recordsChanged, conflicts, &ConflictInbox::refresh);
    connect(exchange, &ExchangePage::recordsChanged, this, &MainWindow::refreshOverview);
    connect(conflicts, &ConflictInbox::recordsChanged, exchange, &ExchangePage::refresh);
    if (todo) {
        connect(exchange, &ExchangePage::recordsChanged, todo, &TodoPage::refresh);
        connect(conflicts, &ConflictInbox::recordsChanged, todo, &TodoPage::refresh);
    }
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    if (m_session.can(Permission::BackupRun)) {
        QAction *backups = file->addAction(tr("&Backups and checks…"));
        connect(backups, &QAction::triggered, this, [this] { showPage(QStringLiteral("settings")); });
        file->addSeparator();
    }
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &MainWindow::close);

    QMenu *account = menuBar()->addMenu(tr("&Account"));
    QAction *password = account->addAction(tr("Change &password…"));
    connect(password, &QAction::triggered, this, &MainWindow::changePasswordRequested);
    QAction *lock = account->addAction(tr("&Lock the screen"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lock, &QAction::triggered, this, &MainWindow::lockRequested);
    QAction *signOut = account->addAction(tr("&Sign out"));
    connect(signOut, &QAction::triggered, this, &MainWindow::signOutRequested);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = help->addAction(tr("&About SifaDesk"));
    connect(aboutAction, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About SifaDesk"),
                       tr("<h3>SifaDesk %1</h3><p>Case management for township judicial offices (司法所工作台).</p>"
                          "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

QStringList MainWindow::pageIds() const
{
    return m_order;
}

bool MainWindow::showPage(const QString &id)
{
    const int row = static_cast<int>(m_order.indexOf(id));
    if (row < 0)
        return false;
    m_nav->setCurrentRow(row);
    return true;
}

QString MainWindow::currentPageId() const
{
    const int row = m_nav->currentRow();
    return row >= 0 && row < m_order.size() ? m_order.at(row) : QString();
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, 8000);
}

void MainWindow::refreshOverview()
{
    if (auto *home = qobject_cast<HomePage *>(m_pages.value(QStringLiteral("home"))))
        home->refresh();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    event->ignore();
    Q_EMIT quitRequested();
}

}  // namespace ui
}  // namespace sifa
