#include "CatchCompat.h"
#include "MediationFixture.h"

#include "mediation/AgreementDialog.h"
#include "mediation/CaseWindow.h"
#include "mediation/DisputeDialog.h"
#include "mediation/DisputeRepository.h"
#include "mediation/ImportDialog.h"
#include "mediation/LedgerModel.h"
#include "mediation/LedgerPage.h"
#include "mediation/MediationPage.h"
#include "mediation/PartyDialog.h"
#include "mediation/TodoPage.h"
#include "shell/MainWindow.h"
#include "util/Time.h"
#include "widgets/FormDialog.h"
#include "widgets/MessageBox.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace sifa;
using namespace sifa::ui;
using A = DisputeWorkflow::Action;

namespace {

const bool g_nonInteractive = [] {
    MessageBox::setNonInteractive(true);
    return true;
}();

// The visible top-level widget of type T (a dialog opened with exec()), if any.
template <typename T>
T *shown(const std::function<bool(T *)> &also = nullptr)
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        auto *t = qobject_cast<T *>(w);
        if (t && t->isVisible() && (!also || also(t)))
            return t;
    }
    return nullptr;
}

// A clerk's steps through nested modal dialogs: each step waits until its dialog is up, then
// acts. Started before the click that opens the first dialog; the click returns when all the
// dialogs it led to are closed.
class Script {
public:
    using Step = std::function<bool()>;  // true when done; false to try again later

    void then(const QString &what, Step step) { m_steps << qMakePair(what, std::move(step)); }
    void start()
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (m_next >= m_steps.size() || ++m_ticks > 1500) {
                m_timer.stop();
                return;
            }
            if (m_steps[m_next].second()) {
                ++m_next;
                m_ticks = 0;
            }
        });
        m_timer.start();
    }
    bool finished() const { return m_next == m_steps.size(); }
    QString stuckAt() const { return m_next < m_steps.size() ? m_steps[m_next].first : QString(); }

private:
    QList<QPair<QString, Step>> m_steps;
    int m_next = 0;
    int m_ticks = 0;
    QTimer m_timer;
};

void waitForLedger(LedgerModel *model)
{
    QElapsedTimer t;
    t.start();
    while ((model->isLoading() || model->total() < 0) && t.elapsed() < 10000)
        QTest::qWait(10);
    REQUIRE_FALSE(model->isLoading());
}

// Clicks OK in the form dialog whose title is `title`, after `fill`.
Script::Step formStep(const QString &title, const std::function<void(FormDialog *)> &fill = nullptr)
{
    return [title, fill] {
        FormDialog *f = shown<FormDialog>([&](FormDialog *d) { return d->windowTitle() == title; });
        if (!f)
            return false;
        if (fill)
            fill(f);
        QTest::mouseClick(f->findChild<QPushButton *>(QStringLiteral("ok")), Qt::LeftButton);
        return true;
    };
}

Script::Step caseAction(A action, const QString &expectStatus)
{
    return [action, expectStatus] {
        CaseWindow *w = shown<CaseWindow>();
        if (!w || w->file().dispute.status != expectStatus)
            return false;
        QPushButton *b = w->actionButton(action);
        REQUIRE(b);
        QTimer::singleShot(0, b, [b] { QTest::mouseClick(b, Qt::LeftButton); });
        return true;
    };
}

}  // namespace

TEST_CASE("a clerk registers a dispute and runs the case to the archive in the GUI", "[gui][mediation]")
{
    test::MediationFixture f;
    MainWindow main(f.db(), f.mediator);
    REQUIRE(main.showPage(QStringLiteral("mediation")));
    auto *page = qobject_cast<MediationPage *>(main.page(QStringLiteral("mediation")));
    REQUIRE(page);
    LedgerPage *ledger = page->ledger();
    QAbstractItemModelTester tester(ledger->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    waitForLedger(ledger->model());
    CHECK(ledger->model()->rowCount() == 0);

    Script script;
    script.then(QStringLiteral("registration dialog"), [] {
        DisputeDialog *d = shown<DisputeDialog>();
        if (!d)
            return false;
        // A refusal first: nothing filled in.
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
        CHECK_FALSE(d->errorText().isEmpty());
        d->findChild<QPlainTextEdit *>(QStringLiteral("summary"))->setPlainText(QStringLiteral("两家因宅基地边界的围墙发生争执"));
        auto *type = d->findChild<QComboBox *>(QStringLiteral("dispute_type"));
        type->setCurrentIndex(type->findData(QStringLiteral("03")));
        QTimer::singleShot(0, d, [d] { QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("addParty")), Qt::LeftButton); });
        return true;
    });
    script.then(QStringLiteral("party dialog"), [] {
        PartyDialog *p = shown<PartyDialog>();
        if (!p)
            return false;
        p->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("张三"));
        p->findChild<QLineEdit *>(QStringLiteral("idNumber"))->setText(test::makeId(QStringLiteral("330225"), QDate(1970, 3, 4), true, 31));
        p->findChild<QLineEdit *>(QStringLiteral("phone"))->setText(QStringLiteral("13905741234"));
        QTest::mouseClick(p->findChild<QPushButton *>(QStringLiteral("ok")), Qt::LeftButton);
        return true;
    });
    script.then(QStringLiteral("save the registration"), [] {
        DisputeDialog *d = shown<DisputeDialog>();
        if (!d || shown<PartyDialog>() || d->partiesTable()->rowCount() != 1)
            return false;
        DisputeParty b;
        b.role = QStringLiteral("respondent");
        b.name = QStringLiteral("李四");
        d->addParty(b);
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
        CHECK(d->errorText().isEmpty());
        return true;
    });
    script.then(QStringLiteral("accept"), caseAction(A::Accept, DisputeStatus::Registered));
    script.then(QStringLiteral("accept form"), formStep(QStringLiteral("Accept the case")));
    script.then(QStringLiteral("session"), caseAction(A::AddSession, DisputeStatus::Accepted));
    script.then(QStringLiteral("session form"), formStep(QStringLiteral("Record a mediation session"), [](FormDialog *d) {
        d->findChild<QPlainTextEdit *>(QStringLiteral("content"))->setPlainText(QStringLiteral("双方陈述意见，同意按原界址重建围墙。"));
    }));
    script.then(QStringLiteral("agreement"), caseAction(A::RecordAgreement, DisputeStatus::Mediating));
    script.then(QStringLiteral("agreement dialog"), [] {
        AgreementDialog *d = shown<AgreementDialog>();
        if (!d)
            return false;
        d->findChild<QPlainTextEdit *>(QStringLiteral("facts"))->setPlainText(QStringLiteral("围墙越界约三十厘米。"));
        d->addClause(QStringLiteral("李四于二十日内拆除越界部分围墙。"), 0, QDate());
        d->addClause(QStringLiteral("张三补偿李四砌墙费用五百元。"), 50000, QDate());
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
        CHECK(d->errorText().isEmpty());
        return true;
    });
    script.then(QStringLiteral("performance"), caseAction(A::RecordPerformance, DisputeStatus::Agreed));
    script.then(QStringLiteral("performance form"), formStep(QStringLiteral("Record performance of the agreement")));
    script.then(QStringLiteral("archive"), caseAction(A::Archive, DisputeStatus::Performed));
    script.then(QStringLiteral("archive form"), formStep(QStringLiteral("Archive the case")));
    script.then(QStringLiteral("archived: only reopening is offered"), [] {
        CaseWindow *w = shown<CaseWindow>();
        if (!w || w->file().dispute.status != DisputeStatus::Archived)
            return false;
        CHECK(w->actionButton(A::Reopen));
        CHECK_FALSE(w->actionButton(A::Accept));
        CHECK_FALSE(w->actionButton(A::AddSession));
        CHECK(w->file().records.size() == 1);
        CHECK(w->file().agreement.has_value());
        CHECK(w->findChild<QLabel *>(QStringLiteral("caseTitle"))->text().contains(QStringLiteral("张三与李四")));
        w->reject();
        return true;
    });
    script.start();
    QTest::mouseClick(ledger->findChild<QPushButton *>(QStringLiteral("registerDispute")), Qt::LeftButton);
    INFO("stuck at " << script.stuckAt().toStdString());
    REQUIRE(script.finished());

    waitForLedger(ledger->model());
    REQUIRE(ledger->model()->rowCount() == 1);
    const DisputeListItem *row = ledger->model()->item(0);
    CHECK(row->status == DisputeStatus::Archived);
    CHECK(row->parties == QStringLiteral("张三、李四"));
    CHECK_FALSE(row->caseNo.isEmpty());

    // The search box finds the case by pinyin initials and by a fragment of the phone number.
    QTest::keyClicks(ledger->searchBox(), QStringLiteral("zs"));
    QTest::qWait(300);
    waitForLedger(ledger->model());
    CHECK(ledger->model()->rowCount() == 1);
    ledger->searchBox()->clear();
    QTest::keyClicks(ledger->searchBox(), QStringLiteral("wangwu"));
    QTest::qWait(300);
    waitForLedger(ledger->model());
    CHECK(ledger->model()->rowCount() == 0);
    CHECK(ledger->countLabel()->text().contains(QLatin1Char('0')));
}

TEST_CASE("the ledger pages in as the clerk scrolls and sorts in the database", "[gui][mediation]")
{
    test::MediationFixture f;
    for (int i = 0; i < 450; ++i)
        f.registerSample(QDate(2026, 1, 1).addDays(i % 300));
    LedgerPage page(f.db(), f.mediator);
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    waitForLedger(page.model());
    CHECK(page.model()->rowCount() == LedgerModel::kPageSize);
    CHECK(page.model()->total() == 450);
    CHECK(page.model()->canFetchMore(QModelIndex()));
    page.model()->fetchMore(QModelIndex());
    waitForLedger(page.model());
    CHECK(page.model()->rowCount() == 2 * LedgerModel::kPageSize);
    page.model()->fetchMore(QModelIndex());
    waitForLedger(page.model());
    CHECK(page.model()->rowCount() == 450);
    CHECK_FALSE(page.model()->canFetchMore(QModelIndex()));

    page.model()->sort(LedgerModel::Registered, Qt::AscendingOrder);
    waitForLedger(page.model());
    REQUIRE(page.model()->rowCount() == LedgerModel::kPageSize);
    CHECK(page.model()->item(0)->registeredDate == QDate(2026, 1, 1));
    for (int i = 1; i < page.model()->rowCount(); ++i)
        CHECK(page.model()->item(i - 1)->registeredDate <= page.model()->item(i)->registeredDate);

    // A status filter.
    auto *status = page.findChild<QComboBox *>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findData(DisputeStatus::Archived));
    waitForLedger(page.model());
    CHECK(page.model()->rowCount() == 0);
    CHECK(page.model()->total() == 0);
}

TEST_CASE("the to-do page lists the user's deadlines and the navigation shows the pressing ones", "[gui][mediation][todo]")
{
    test::MediationFixture f;
    // Registered a week ago and not yet decided: overdue.
    f.registerSample(Clock::today().addDays(-7));
    MainWindow main(f.db(), f.mediator);
    REQUIRE(main.pageIds().contains(QStringLiteral("todo")));
    auto *todo = qobject_cast<TodoPage *>(main.page(QStringLiteral("todo")));
    REQUIRE(todo);
    CHECK(todo->counts().overdue >= 1);
    const int row = static_cast<int>(main.pageIds().indexOf(QStringLiteral("todo")));
    CHECK(main.navigation()->item(row)->text() == TodoPage::navigationLabel(todo->counts()));
    CHECK(main.navigation()->item(row)->text().contains(QString::number(todo->counts().overdue + todo->counts().today)));
    QTreeWidget *tree = todo->tree();
    REQUIRE(tree->topLevelItemCount() == 4);
    QTreeWidgetItem *overdue = tree->topLevelItem(0);
    REQUIRE(overdue->childCount() >= 1);
    bool found = false;
    for (int i = 0; i < overdue->childCount(); ++i)
        found = found || overdue->child(i)->text(2) == QStringLiteral("张三与李四");
    CHECK(found);
}

TEST_CASE("the import dialog checks a ledger lists bad rows and imports a good one", "[gui][mediation][import]")
{
    test::MediationFixture f;
    ImportDialog dialog(f.db(), f.mediator);
    QSignalSpy checked(&dialog, &ImportDialog::checked);

    // A bad ledger: every bad row in the table, Import disabled, nothing written.
    dialog.loadFile(test::dataFile(QStringLiteral("mediation/ledger-bad.csv")));
    REQUIRE(checked.wait(20000));
    CHECK(dialog.issuesTable()->rowCount() >= 15);
    CHECK(dialog.issuesTable()->item(0, 0)->text() == QStringLiteral("2"));
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK(dialog.findChild<QTableWidget *>(QStringLiteral("columns"))->rowCount() == 18);

    // A ledger with variant headers: the unknown columns are named, Import is enabled.
    dialog.loadFile(test::dataFile(QStringLiteral("mediation/ledger-variants.csv")));
    REQUIRE(checked.wait(20000));
    CHECK(dialog.issuesTable()->rowCount() == 0);
    const auto *columns = dialog.findChild<QTableWidget *>(QStringLiteral("columns"));
    QStringList unknown;
    for (int r = 0; r < columns->rowCount(); ++r) {
        if (columns->item(r, 2)->text().contains(QStringLiteral("not imported")))
            unknown << columns->item(r, 1)->text();
    }
    CHECK(unknown.size() == 2);
    REQUIRE(dialog.importButton()->isEnabled());

    // A file that is no ledger: one clear sentence.
    QTemporaryDir dir;
    const QString junk = dir.filePath(QStringLiteral("junk.xlsx"));
    QFile out(junk);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write("PK\x03\x04 not really a workbook");
    out.close();
    dialog.loadFile(junk);
    REQUIRE(checked.wait(20000));
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK_FALSE(dialog.findChild<QLabel *>(QStringLiteral("state"))->text().isEmpty());

    // The good one again, imported.
    dialog.loadFile(test::dataFile(QStringLiteral("mediation/ledger-utf8.csv")));
    REQUIRE(checked.wait(20000));
    REQUIRE(dialog.importButton()->isEnabled());
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    REQUIRE(imported.count() == 1);
    CHECK(imported.at(0).at(0).toInt() == 8);
    CHECK(*DisputeRepository::count(f.db(), LedgerQuery()) == 8);
    CHECK_FALSE(dialog.importButton()->isEnabled());
}

TEST_CASE("the ledger exports what it shows", "[gui][mediation][export]")
{
    test::MediationFixture f;
    f.registerSample(QDate(2024, 3, 1));
    f.mediatingCase(QDate(2024, 3, 2), QDate(2024, 3, 3), QDate(2024, 3, 4));
    LedgerPage page(f.db(), f.mediator);
    page.show();
    QSignalSpy loaded(page.model(), &LedgerModel::loadingChanged);
    auto *status = page.findChild<QComboBox *>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findData(QStringLiteral("mediating")));
    QTRY_COMPARE(page.model()->rowCount(), 1);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.csv"));
    REQUIRE(page.exportTo(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.count(QLatin1Char('\n')) == 2);  // the header and the one case shown
    CHECK(page.countLabel()->text().contains(QStringLiteral("exported")));
}
