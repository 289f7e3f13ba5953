// The resettlement screens: the list's filters and ID reveal, registering a file, the file window
// opened once (audited) and refreshed without audit entries while a hand-over and a risk
// assessment go through their dialogs, the prison notices, the monthly list of people not handed
// over with its CSV, and the to-do items that open a file or a notice.
#include "CatchCompat.h"
#include "TestSupport.h"

#include "codes/CodeTables.h"
#include "io/Csv.h"
#include "people/IdNumber.h"
#include "people/PersonService.h"
#include "placement/FileFields.h"
#include "placement/NoticesDialog.h"
#include "placement/PlacementListModel.h"
#include "placement/PlacementPage.h"
#include "placement/PlacementService.h"
#include "placement/PlacementTabs.h"
#include "placement/PlacementWindow.h"
#include "placement/RecordSection.h"
#include "placement/RegisterDialog.h"
#include "placement/RiskDialog.h"
#include "placement/UnmatchedDialog.h"
#include "mediation/TodoPage.h"
#include "rules/Rules.h"
#include "shell/MainWindow.h"
#include "storage/Query.h"
#include "util/Time.h"
#include "widgets/CodeComboBox.h"
#include "widgets/DateField.h"
#include "widgets/FormDialog.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace sifa;
using namespace sifa::ui;
using A = PlacementActions;

namespace {

const bool g_nonInteractive = [] {
    MessageBox::setNonInteractive(true);
    return true;
}();

template <typename T> T *shown(const std::function<bool(T *)> &also = nullptr)
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        auto *t = qobject_cast<T *>(w);
        if (t && t->isVisible() && (!also || also(t)))
            return t;
    }
    return nullptr;
}

// A clerk's steps through nested modal dialogs: each step waits until its dialog is up, then acts.
class Script {
public:
    using Step = std::function<bool()>;

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

Script::Step formStep(const QString &title, const std::function<void(FormDialog *)> &fill = nullptr)
{
    return [title, fill] {
        FormDialog *f = shown<FormDialog>([&](FormDialog *d) { return d->windowTitle() == title; });
        if (!f)
            return false;
        if (fill)
            fill(f);
        QTest::mouseClick(f->findChild<QPushButton *>(QStringLiteral("ok")), Qt::LeftButton);
        INFO(f->errorText().toStdString());
        CHECK(f->errorText().isEmpty());
        return true;
    };
}

void choose(QWidget *parent, const QString &name, const QString &code)
{
    auto *c = parent->findChild<QComboBox *>(name);
    REQUIRE(c);
    const int i = c->findData(code);
    REQUIRE(i >= 0);
    c->setCurrentIndex(i);
}

int auditCount(Database &db, const QString &action)
{
    return Query::scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = :a"),
                         {{QStringLiteral(":a"), action}}, QStringLiteral("test"))
        ->toInt();
}

struct PlacementOffice {
    test::TestOffice office;
    Session officer = office.signIn(QStringLiteral("placement"));
    PlacementOffice() { REQUIRE(Rules::reload().isEmpty()); }
    Database &db() { return *office.db; }

    QString add(const QString &name, const QDate &birth, const QDate &release, int seq,
                const QString &source = QStringLiteral("prison"))
    {
        Person p;
        p.name = name;
        p.idNumber = test::makeId(QStringLiteral("330225"), birth, true, seq);
        const QVariantMap f{{QStringLiteral("source_type"), source},
                            {QStringLiteral("release_date"), toStoredDate(release)},
                            {QStringLiteral("releasing_org"), QStringLiteral("浙江省乔司监狱")},
                            {QStringLiteral("charge"), QStringLiteral("盗窃罪")}};
        Result<QString> uuid = PlacementService::registerSubject(db(), officer, p, f);
        INFO(uuid.message().toStdString());
        REQUIRE(uuid.ok());
        return *uuid;
    }
};

} // namespace

TEST_CASE("the resettlement list filters as the officer picks and types, and reveals ID numbers on request",
          "[gui][placement]")
{
    PlacementOffice f;
    const QDate today = Clock::today();
    const QString zhang = f.add(QStringLiteral("张三"), QDate(1980, 1, 2), today.addDays(-20), 11);
    const QString li = f.add(QStringLiteral("李四"), QDate(1975, 3, 4), today.addDays(-40), 13);
    const QString wang =
        f.add(QStringLiteral("王五"), QDate(1990, 5, 6), today.addDays(-60), 14, QStringLiteral("correction"));
    const QString zhao = f.add(QStringLiteral("赵六"), QDate(1970, 7, 8), today.addYears(-6), 15);
    REQUIRE(PlacementService::recordHandover(f.db(), f.officer, li,
                                             {{QStringLiteral("handover_mode"), QStringLiteral("family")},
                                              {QStringLiteral("handover_date"), toStoredDate(today.addDays(-39))}})
                .ok());
    REQUIRE(PlacementService::assessRisk(f.db(), f.officer, li,
                                         {{QStringLiteral("review_date"), toStoredDate(today)},
                                          {QStringLiteral("category"), QStringLiteral("key")},
                                          {QStringLiteral("factors"), QStringLiteral("recidivist")},
                                          {QStringLiteral("reviewer"), QStringLiteral("李司法")}})
                .ok());
    REQUIRE(PlacementService::endAssistance(f.db(), f.officer, zhao, QStringLiteral("expired"), today, {}).ok());
    Q_UNUSED(zhang);
    Q_UNUSED(wang);

    PlacementPage page(f.db(), f.officer);
    // Files under assistance by default: the ended one is left out.
    REQUIRE(page.model()->rowCount() == 3);
    CHECK(page.countLabel()->text().contains(QLatin1Char('3')));
    for (int r = 0; r < page.model()->rowCount(); ++r)
        CHECK(page.model()->item(r)->idNumber.contains(QLatin1Char('*')));

    auto *status = page.findChild<QComboBox *>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findData(QString()));
    CHECK(page.model()->rowCount() == 4);
    status->setCurrentIndex(status->findData(QStringLiteral("expired")));
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->item(0)->name == QStringLiteral("赵六"));
    status->setCurrentIndex(status->findData(QStringLiteral("assisting")));

    choose(&page, QStringLiteral("categoryFilter"), QStringLiteral("key"));
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->item(0)->name == QStringLiteral("李四"));
    CHECK(page.model()->index(0, PlacementListModel::Category).data().toString() ==
          CodeTables::instance().table(QStringLiteral("placement_category"))->displayName(QStringLiteral("key")));
    choose(&page, QStringLiteral("categoryFilter"), QString());
    choose(&page, QStringLiteral("handoverFilter"), QStringLiteral("pending"));
    CHECK(page.model()->rowCount() == 2);
    choose(&page, QStringLiteral("handoverFilter"), QString());
    choose(&page, QStringLiteral("sourceFilter"), QStringLiteral("correction"));
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->item(0)->name == QStringLiteral("王五"));
    choose(&page, QStringLiteral("sourceFilter"), QString());

    QTest::keyClicks(page.searchBox(), QStringLiteral("zs"));
    QTRY_COMPARE(page.model()->rowCount(), 1);
    CHECK(page.model()->item(0)->name == QStringLiteral("张三"));
    page.searchBox()->setText(QStringLiteral("乔司"));
    QTRY_COMPARE(page.model()->rowCount(), 3);
    page.searchBox()->clear();

    // Revealing the full numbers shows them and is audited.
    CHECK(auditCount(f.db(), QStringLiteral("placement.reveal_ids")) == 0);
    page.revealBox()->setChecked(true);
    CHECK_FALSE(page.model()->index(0, PlacementListModel::IdNumber).data().toString().contains(QLatin1Char('*')));
    CHECK(auditCount(f.db(), QStringLiteral("placement.reveal_ids")) == 1);
    page.revealBox()->setChecked(false);
    CHECK(page.model()->item(0)->idNumber.contains(QLatin1Char('*')));
}

TEST_CASE("a file opens once (audited), a hand-over and an assessment go through their dialogs, refreshes are "
          "not audited",
          "[gui][placement]")
{
    PlacementOffice f;
    const QDate today = Clock::today();
    const QString uuid = f.add(QStringLiteral("张三"), QDate(1980, 1, 2), today.addDays(-3), 11);
    PlacementPage page(f.db(), f.officer);
    REQUIRE(page.model()->rowCount() == 1);

    Script script;
    script.then(QStringLiteral("the file: pending hand-over, the checks as warnings"), [&] {
        PlacementWindow *w = shown<PlacementWindow>();
        if (!w)
            return false;
        CHECK(w->file().uuid() == uuid);
        CHECK(w->findChild<QLabel *>(QStringLiteral("fileTitle"))->text().contains(QStringLiteral("张三")));
        CHECK(w->findChild<QLabel *>(QStringLiteral("fileChecks"))->isVisibleTo(w));
        CHECK(auditCount(f.db(), QStringLiteral("placement.open")) == 1);
        REQUIRE(w->actionButton(A::Handover));
        CHECK(w->actionButton(A::Handover)->isEnabled());
        CHECK(w->actionButton(A::WhereaboutsUnknown)->isEnabled());
        CHECK_FALSE(w->actionButton(A::Reopen));
        // Every tab shows something or offers to add it.
        CHECK_FALSE(w->tab<PersonTab>()->view()->toPlainText().isEmpty());
        CHECK(w->tab<VisitsTab>()->visits()->addButton()->isVisibleTo(w->tab<VisitsTab>()));
        QTimer::singleShot(0, w->tab<HandoverTab>()->actionButton(A::Handover), &QPushButton::click);
        return true;
    });
    script.then(QStringLiteral("hand-over form"), formStep(QStringLiteral("Hand-over"), [](FormDialog *d) {
                    choose(d, QStringLiteral("handover_mode"), QStringLiteral("escort"));
                }));
    script.then(QStringLiteral("handed over; assess"), [&] {
        PlacementWindow *w = shown<PlacementWindow>();
        if (!w || w->file().subject.text(QStringLiteral("handover_status")) != QStringLiteral("done"))
            return false;
        CHECK_FALSE(w->actionButton(A::WhereaboutsUnknown)->isEnabled());
        CHECK(w->tab<HandoverTab>()->view()->toPlainText().contains(
            CodeTables::instance().table(QStringLiteral("handover_mode"))->displayName(QStringLiteral("escort"))));
        QTimer::singleShot(0, w->actionButton(A::Assess), &QPushButton::click);
        return true;
    });
    script.then(QStringLiteral("risk dialog: a factor ticked suggests a key person"), [&] {
        RiskDialog *d = shown<RiskDialog>();
        if (!d)
            return false;
        auto *category = d->findChild<QComboBox *>(QStringLiteral("category"));
        CHECK(category->currentData().toString() == QStringLiteral("general"));
        QListWidget *factors = d->factorList();
        REQUIRE(factors->count() > 3);
        for (int i = 0; i < factors->count(); ++i) {
            if (factors->item(i)->data(Qt::UserRole).toString() == QStringLiteral("recidivist"))
                factors->item(i)->setCheckState(Qt::Checked);
        }
        CHECK(d->factors() == QStringLiteral("recidivist"));
        CHECK(category->currentData().toString() == QStringLiteral("key"));
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("ok")), Qt::LeftButton);
        INFO(d->errorText().toStdString());
        CHECK(d->errorText().isEmpty());
        return true;
    });
    script.then(QStringLiteral("a key person now; a visit"), [&] {
        PlacementWindow *w = shown<PlacementWindow>();
        if (!w || w->file().reviews.size() != 1)
            return false;
        CHECK(w->file().keyPerson());
        CHECK(w->tab<RiskTab>()->table()->rowCount() == 1);
        QTimer::singleShot(0, w->tab<VisitsTab>()->visits()->addButton(), &QPushButton::click);
        return true;
    });
    script.then(QStringLiteral("visit form"), formStep(QStringLiteral("Record a visit"), [](FormDialog *d) {
                    d->findChild<QPlainTextEdit *>(QStringLiteral("content"))->setPlainText(QStringLiteral("谈心谈话"));
                    choose(d, QStringLiteral("rating"), QStringLiteral("01"));
                }));
    script.then(QStringLiteral("assistance with an amount in yuan"), [&] {
        PlacementWindow *w = shown<PlacementWindow>();
        if (!w || w->file().visits.size() != 1)
            return false;
        CHECK(w->tab<VisitsTab>()->visits()->table()->rowCount() == 1);
        QTimer::singleShot(0, w->tab<AssistTab>()->assistance()->addButton(), &QPushButton::click);
        return true;
    });
    script.then(QStringLiteral("assistance form"), formStep(QStringLiteral("Record social assistance"), [](FormDialog *d) {
                    choose(d, QStringLiteral("kind"), QStringLiteral("temporary"));
                    d->findChild<QLineEdit *>(QStringLiteral("amount"))->setText(QStringLiteral("500.50"));
                }));
    script.then(QStringLiteral("stored in fen, shown in yuan; close"), [&] {
        PlacementWindow *w = shown<PlacementWindow>();
        if (!w || w->file().assistance.size() != 1)
            return false;
        CHECK(w->file().assistance.first().number(QStringLiteral("amount_fen")) == 50050);
        CHECK(w->tab<AssistTab>()->assistance()->table()->item(0, 2)->text() == QStringLiteral("500.50"));
        CHECK_FALSE(w->findChild<QTextBrowser *>(QStringLiteral("history"))->toPlainText().isEmpty());
        // Four changes, four refreshes: still the one audited opening.
        CHECK(auditCount(f.db(), QStringLiteral("placement.open")) == 1);
        w->reject();
        return true;
    });
    script.start();
    page.openFile(uuid);
    INFO("stuck at " << script.stuckAt().toStdString());
    REQUIRE(script.finished());
    CHECK(auditCount(f.db(), QStringLiteral("placement.open")) == 1);
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->item(0)->handoverStatus == QStringLiteral("done"));
    CHECK(page.model()->item(0)->category == QStringLiteral("key"));
    CHECK(page.model()->item(0)->lastVisit == today);
}

TEST_CASE("registering a file for a person from the people index, handed over already", "[gui][placement]")
{
    PlacementOffice f;
    const QDate today = Clock::today();
    Person existing;
    existing.name = QStringLiteral("钱七");
    existing.idNumber = test::makeId(QStringLiteral("330225"), QDate(1985, 6, 1), true, 17);
    REQUIRE(PersonService::findOrCreate(f.db(), f.officer, existing).ok());
    PlacementPage page(f.db(), f.officer);
    CHECK(page.model()->rowCount() == 0);

    Script script;
    script.then(QStringLiteral("registration dialog"), [&] {
        RegisterDialog *d = shown<RegisterDialog>();
        if (!d)
            return false;
        // Nothing entered: refused, and the dialog stays.
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
        CHECK_FALSE(d->errorText().isEmpty());
        d->personSearch()->setText(QStringLiteral("钱七"));
        return true;
    });
    script.then(QStringLiteral("pick the person"), [&] {
        RegisterDialog *d = shown<RegisterDialog>();
        if (!d || d->personMatches()->count() == 0 ||
            d->personMatches()->item(0)->data(Qt::UserRole).toString().isEmpty())
            return false;
        d->personMatches()->setCurrentRow(0);
        Q_EMIT d->personMatches()->itemActivated(d->personMatches()->item(0));
        CHECK_FALSE(d->personUuid().isEmpty());
        CHECK(d->findChild<QLineEdit *>(QStringLiteral("name"))->text() == QStringLiteral("钱七"));
        d->fields()->findChild<CodeComboBox *>(QStringLiteral("source_type"))->setCode(QStringLiteral("prison"));
        d->fields()->findChild<DateField *>(QStringLiteral("release_date"))->setValue(today.addDays(-10));
        d->fields()->findChild<QLineEdit *>(QStringLiteral("releasing_org"))->setText(QStringLiteral("浙江省十里丰监狱"));
        d->fields()->findChild<QLineEdit *>(QStringLiteral("charge"))->setText(QStringLiteral("故意伤害罪"));
        d->handoverBox()->setChecked(true);
        d->handoverBox()->findChild<DateField *>(QStringLiteral("handover_date"))->setValue(today.addDays(-10));
        choose(d->handoverBox(), QStringLiteral("handover_mode"), QStringLiteral("family"));
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
        INFO(d->errorText().toStdString());
        CHECK(d->errorText().isEmpty());
        return true;
    });
    script.then(QStringLiteral("the new file opens"), [&] {
        PlacementWindow *w = shown<PlacementWindow>();
        if (!w)
            return false;
        CHECK(w->file().person.name == QStringLiteral("钱七"));
        CHECK(w->file().subject.text(QStringLiteral("handover_status")) == QStringLiteral("done"));
        CHECK(w->file().subject.date(QStringLiteral("assist_end_date")).isValid());
        w->reject();
        return true;
    });
    script.start();
    page.findChild<QPushButton *>(QStringLiteral("registerFile"))->click();
    INFO("stuck at " << script.stuckAt().toStdString());
    REQUIRE(script.finished());
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->item(0)->name == QStringLiteral("钱七"));
}

TEST_CASE("a prison notice checked on the ground, the family told, the file opened from it", "[gui][placement]")
{
    PlacementOffice f;
    const QDate today = Clock::today();
    const QVariantMap notice{{QStringLiteral("name"), QStringLiteral("孙八")},
                             {QStringLiteral("prison"), QStringLiteral("浙江省第一监狱")},
                             {QStringLiteral("received_date"), toStoredDate(today.addDays(-20))},
                             {QStringLiteral("expected_date"), toStoredDate(today.addDays(-1))},
                             {QStringLiteral("charge"), QStringLiteral("诈骗罪")}};
    Result<QString> n = PlacementService::saveNotice(f.db(), f.officer, QString(), notice);
    REQUIRE(n.ok());
    QString opened;
    NoticesDialog dialog(f.db(), f.officer);
    QObject::connect(&dialog, &NoticesDialog::openFileRequested, [&](const QString &uuid) { opened = uuid; });
    REQUIRE(dialog.table()->rowCount() == 1);
    dialog.select(*n);
    REQUIRE(dialog.selected());
    CHECK_FALSE(dialog.button(QStringLiteral("editNotice"))->isHidden());

    Script script;
    script.then(QStringLiteral("check form"), formStep(QStringLiteral("Check on the ground")));
    script.start();
    dialog.checkNotice();
    REQUIRE(script.finished());
    CHECK(dialog.selected()->text(QStringLiteral("status")) == QStringLiteral("located"));

    Script family;
    family.then(QStringLiteral("family form"), formStep(QStringLiteral("Family told")));
    family.start();
    dialog.familyInformed();
    REQUIRE(family.finished());
    CHECK(dialog.selected()->date(QStringLiteral("family_informed_date")) == today);
    CHECK_FALSE(dialog.button(QStringLiteral("familyInformed"))->isEnabled());

    Script open;
    open.then(QStringLiteral("open form"), formStep(QStringLiteral("Open the file from the notice"), [](FormDialog *d) {
                  choose(d, QStringLiteral("handover_mode"), QStringLiteral("family"));
              }));
    open.start();
    dialog.openFile();
    REQUIRE(open.finished());
    REQUIRE_FALSE(opened.isEmpty());
    CHECK(dialog.changed());
    // Done with: out of the list unless asked for.
    CHECK(dialog.table()->rowCount() == 0);
    const PlacementFile file = *PlacementService::reload(f.db(), f.officer, opened);
    CHECK(file.person.name == QStringLiteral("孙八"));
    CHECK(file.subject.text(QStringLiteral("handover_status")) == QStringLiteral("done"));
}

TEST_CASE("the monthly list of people not handed over, saved as CSV for the county", "[gui][placement]")
{
    PlacementOffice f;
    const QDate today = Clock::today();
    const QString zhang = f.add(QStringLiteral("张三"), QDate(1980, 1, 2), today.addDays(-25), 11);
    const QString li = f.add(QStringLiteral("李四"), QDate(1975, 3, 4), today.addDays(-5), 13);
    REQUIRE(PlacementService::markWhereaboutsUnknown(f.db(), f.officer, zhang, QStringLiteral("家属称不知去向")).ok());
    REQUIRE(PlacementService::recordHandover(f.db(), f.officer, li,
                                             {{QStringLiteral("handover_mode"), QStringLiteral("self")},
                                              {QStringLiteral("handover_date"), toStoredDate(today)}})
                .ok());
    UnmatchedDialog dialog(f.db(), f.officer);
    REQUIRE(dialog.table()->rowCount() == 1);
    CHECK(dialog.table()->item(0, 0)->text() == QStringLiteral("张三"));
    CHECK(dialog.table()->item(0, 2)->text().contains(QLatin1Char('*')));
    CHECK(dialog.table()->item(0, 9)->text() == QStringLiteral("家属称不知去向"));
    // A month before the release: nobody.
    dialog.monthEdit()->setDate(today.addMonths(-2));
    CHECK(dialog.table()->rowCount() == 0);
    dialog.monthEdit()->setDate(today);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    REQUIRE(dialog.exportCsv(path).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("家属称不知去向")));
    CHECK(text.contains(test::makeId(QStringLiteral("330225"), QDate(1980, 1, 2), true, 11)));
    CHECK(auditCount(f.db(), QStringLiteral("placement.export")) == 1);
}

TEST_CASE("the placement officer's to-do items open the file and the notices", "[gui][placement][todo]")
{
    PlacementOffice f;
    const QDate today = Clock::today();
    const QString uuid = f.add(QStringLiteral("张三"), QDate(1980, 1, 2), today.addDays(-30), 11);
    const QVariantMap notice{{QStringLiteral("name"), QStringLiteral("李四")},
                             {QStringLiteral("received_date"), toStoredDate(today.addDays(-10))},
                             {QStringLiteral("expected_date"), toStoredDate(today.addDays(20))}};
    Result<QString> n = PlacementService::saveNotice(f.db(), f.officer, QString(), notice);
    REQUIRE(n.ok());

    MainWindow main(f.db(), f.officer);
    REQUIRE(main.pageIds().contains(QStringLiteral("todo")));
    REQUIRE(main.pageIds().contains(QStringLiteral("placement")));
    CHECK_FALSE(main.pageIds().contains(QStringLiteral("correction")));
    auto *todo = qobject_cast<TodoPage *>(main.page(QStringLiteral("todo")));
    REQUIRE(todo);
    int fileItem = -1;
    int noticeItem = -1;
    for (int i = 0; i < todo->items().size(); ++i) {
        if (todo->items().at(i).entity == QStringLiteral("rp_subject") && todo->items().at(i).uuid == uuid)
            fileItem = i;
        if (todo->items().at(i).entity == QStringLiteral("rp_notice") && todo->items().at(i).uuid == *n)
            noticeItem = i;
    }
    REQUIRE(fileItem >= 0);
    REQUIRE(noticeItem >= 0);

    Script script;
    script.then(QStringLiteral("the file opens"), [&] {
        PlacementWindow *w = shown<PlacementWindow>();
        if (!w)
            return false;
        CHECK(w->file().uuid() == uuid);
        w->reject();
        return true;
    });
    script.start();
    todo->openItem(fileItem);
    INFO("stuck at " << script.stuckAt().toStdString());
    REQUIRE(script.finished());

    Script second;
    second.then(QStringLiteral("the notices open at the item"), [&] {
        NoticesDialog *d = shown<NoticesDialog>();
        if (!d)
            return false;
        REQUIRE(d->selected());
        CHECK(d->selected()->uuid == *n);
        d->reject();
        return true;
    });
    second.start();
    todo->openItem(noticeItem);
    INFO("stuck at " << second.stuckAt().toStdString());
    REQUIRE(second.finished());
}
