// The community correction screens: registering a subject, the file window's steps, a leave
// request with its approval level shown live, the subject list's filters and ID reveal, and the
// to-do items that open a file or the assessments.
#include "CatchCompat.h"
#include "TestSupport.h"

#include "correction/AssessmentDialog.h"
#include "correction/AssessmentsDialog.h"
#include "correction/CorrectionPage.h"
#include "correction/CorrectionService.h"
#include "correction/RequestDialog.h"
#include "correction/RequestsTab.h"
#include "correction/SubjectDialog.h"
#include "correction/SubjectListModel.h"
#include "correction/SubjectWindow.h"
#include "correction/SupervisionTab.h"
#include "correction/TeamTab.h"
#include "mediation/TodoPage.h"
#include "people/IdNumber.h"
#include "print/CorrectionForms.h"
#include "print/PrintDialog.h"
#include "security/AuditLog.h"
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
#include <QDateEdit>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

using namespace sifa;
using namespace sifa::ui;
using A = SubjectActions;

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

// A clerk's steps through nested modal dialogs (as in the mediation tests): each step waits
// until its dialog is up, then acts.
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
        CHECK(f->errorText().isEmpty());
        return true;
    };
}

// Clicks `button` once it exists in the open file window whose status is `status`; the click
// runs after the step returns, as the dialog it opens is modal (click(): a button on a tab not
// shown yet has no size for a mouse click).
Script::Step inWindow(const QString &status, const std::function<QPushButton *(SubjectWindow *)> &button)
{
    return [status, button] {
        SubjectWindow *w = shown<SubjectWindow>();
        if (!w || w->file().status() != status)
            return false;
        QPushButton *b = button(w);
        REQUIRE(b);
        REQUIRE(b->isEnabled());
        QTimer::singleShot(0, b, &QPushButton::click);
        return true;
    };
}

void setDate(QWidget *parent, const QString &name, const QDate &d)
{
    auto *field = parent->findChild<DateField *>(name);
    REQUIRE(field);
    field->setValue(d);
}

struct CorrectionOffice {
    test::TestOffice office;
    Session officer = office.signIn(QStringLiteral("correction"));
    Database &db() { return *office.db; }

    QString add(const QString &name, const QDate &birth, bool male, const QString &type, const QString &grade,
                const QDate &effective, int seq)
    {
        Person p;
        p.name = name;
        p.idNumber = test::makeId(QStringLiteral("330225"), birth, male, seq);
        const QVariantMap s{{QStringLiteral("correction_type"), type},
                            {QStringLiteral("grade"), grade},
                            {QStringLiteral("charge"), QStringLiteral("危险驾驶罪")},
                            {QStringLiteral("effective_date"), toStoredDate(effective)},
                            {QStringLiteral("period_from"), toStoredDate(effective)},
                            {QStringLiteral("period_to"), toStoredDate(effective.addYears(1).addDays(-1))}};
        Result<QString> uuid = CorrectionService::registerSubject(db(), officer, p, s);
        INFO(uuid.message().toStdString());
        REQUIRE(uuid.ok());
        return *uuid;
    }
};

} // namespace

TEST_CASE("an officer registers a subject and takes the file from reception to a leave request", "[gui][correction]")
{
    CorrectionOffice f;
    MainWindow main(f.db(), f.officer);
    REQUIRE(main.showPage(QStringLiteral("correction")));
    auto *page = qobject_cast<CorrectionPage *>(main.page(QStringLiteral("correction")));
    REQUIRE(page);
    CHECK(page->model()->rowCount() == 0);

    const QDate today = Clock::today();
    const QDate effective = today.addDays(-5);
    const QString id = test::makeId(QStringLiteral("330225"), QDate(1985, 6, 1), true, 17);
    const QDate leaveFrom = today.addDays(4);
    Script script;
    script.then(QStringLiteral("registration dialog"), [&] {
        SubjectDialog *d = shown<SubjectDialog>();
        if (!d)
            return false;
        // Nothing filled in: refused, and the dialog stays.
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
        CHECK_FALSE(d->errorText().isEmpty());
        d->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("张三"));
        d->findChild<QLineEdit *>(QStringLiteral("id_number"))->setText(id);
        // The ID number fills sex and birth date.
        CHECK(d->findChild<CodeComboBox *>(QStringLiteral("sex"))->code() == QStringLiteral("1"));
        CHECK(d->findChild<DateField *>(QStringLiteral("birth_date"))->value() == QDate(1985, 6, 1));
        d->findChild<CodeComboBox *>(QStringLiteral("correction_type"))->setCode(QStringLiteral("02"));
        d->findChild<CodeComboBox *>(QStringLiteral("grade"))->setCode(QStringLiteral("strict"));
        d->findChild<QLineEdit *>(QStringLiteral("charge"))->setText(QStringLiteral("危险驾驶罪"));
        setDate(d, QStringLiteral("effective_date"), effective);
        // The period starts with the judgment's effect unless entered.
        CHECK(d->findChild<DateField *>(QStringLiteral("period_from"))->value() == effective);
        setDate(d, QStringLiteral("period_to"), effective.addMonths(6).addDays(-1));
        CHECK_FALSE(d->findChild<QLabel *>(QStringLiteral("periodLength"))->text().isEmpty());
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
        INFO(d->errorText().toStdString());
        CHECK(d->errorText().isEmpty());
        return true;
    });
    script.then(QStringLiteral("the new file: awaiting report-in, announcement not yet possible"), [] {
        SubjectWindow *w = shown<SubjectWindow>();
        if (!w)
            return false;
        CHECK(w->file().status() == QStringLiteral("awaiting_report"));
        CHECK(w->findChild<QLabel *>(QStringLiteral("subjectTitle"))->text().contains(QStringLiteral("张三")));
        CHECK_FALSE(w->findChild<QLabel *>(QStringLiteral("subjectStatus"))->text().isEmpty());
        REQUIRE(w->actionButton(A::Announce));
        CHECK_FALSE(w->actionButton(A::Announce)->isEnabled());
        CHECK_FALSE(w->actionButton(A::Release)->isEnabled());
        CHECK(w->actionButton(A::Receive)->isEnabled());
        CHECK_FALSE(w->actionButton(A::Reopen));
        return true;
    });
    script.then(QStringLiteral("reception"), inWindow(QStringLiteral("awaiting_report"),
                                                      [](SubjectWindow *w) { return w->actionButton(A::Receive); }));
    script.then(QStringLiteral("reception form"), formStep(QStringLiteral("Reception")));
    script.then(QStringLiteral("received: the team is missing, so no announcement yet"), [] {
        SubjectWindow *w = shown<SubjectWindow>();
        if (!w || w->file().status() != QStringLiteral("received"))
            return false;
        CHECK_FALSE(w->actionButton(A::Announce)->isEnabled());
        CHECK(w->findChild<QLabel *>(QStringLiteral("subjectWarnings"))->text().contains(QStringLiteral("team")));
        return true;
    });
    script.then(QStringLiteral("add a team member"), inWindow(QStringLiteral("received"), [](SubjectWindow *w) {
                    return w->tab<TeamTab>()->findChild<QPushButton *>(QStringLiteral("addMember"));
                }));
    script.then(QStringLiteral("team member form"), formStep(QStringLiteral("Add a team member"), [](FormDialog *d) {
                    d->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("李司法"));
                    d->findChild<QLineEdit *>(QStringLiteral("unit"))->setText(QStringLiteral("石浦镇司法所"));
                }));
    script.then(QStringLiteral("announce"), [] {
        SubjectWindow *w = shown<SubjectWindow>();
        if (!w || w->file().team.size() != 1)
            return false;
        CHECK(w->tab<TeamTab>()->teamTable()->rowCount() == 1);
        QPushButton *b = w->actionButton(A::Announce);
        REQUIRE(b);
        REQUIRE(b->isEnabled());
        QTimer::singleShot(0, b, &QPushButton::click);
        return true;
    });
    script.then(QStringLiteral("announcement form"), formStep(QStringLiteral("Announcement of community correction")));
    script.then(QStringLiteral("record supervision"),
                inWindow(QStringLiteral("under_correction"), [](SubjectWindow *w) {
                    CHECK(w->actionButton(A::Release)->isEnabled());
                    return w->tab<SupervisionTab>()->findChild<QPushButton *>(QStringLiteral("addActivity"));
                }));
    script.then(QStringLiteral("supervision form"), formStep(QStringLiteral("Record supervision"), [](FormDialog *d) {
                    auto *kind = d->findChild<QComboBox *>(QStringLiteral("kind"));
                    kind->setCurrentIndex(kind->findData(QStringLiteral("report_in_person")));
                    d->findChild<QPlainTextEdit *>(QStringLiteral("content"))
                        ->setPlainText(QStringLiteral("汇报本月思想和工作情况。"));
                }));
    script.then(QStringLiteral("request leave"), [] {
        SubjectWindow *w = shown<SubjectWindow>();
        if (!w || w->file().activities.size() != 1)
            return false;
        CHECK(w->tab<SupervisionTab>()->activities()->rowCount() == 1);
        CHECK(w->tab<SupervisionTab>()->monthTable(0)->rowCount() > 0);
        QPushButton *b = w->tab<RequestsTab>()->button(QStringLiteral("newLeave"));
        REQUIRE(b);
        REQUIRE(b->isEnabled());
        QTimer::singleShot(0, b, &QPushButton::click);
        return true;
    });
    script.then(QStringLiteral("leave dialog: the approval level follows the dates"), [&] {
        RequestDialog *d = shown<RequestDialog>();
        if (!d)
            return false;
        qobject_cast<QComboBox *>(d->field(QStringLiteral("reason")))->setCurrentText(QStringLiteral("就医"));
        d->findChild<QLineEdit *>(QStringLiteral("destination"))->setText(QStringLiteral("杭州市"));
        setDate(d, QStringLiteral("start_date"), leaveFrom);
        setDate(d, QStringLiteral("end_date"), leaveFrom.addDays(6)); // 7 days: the office's limit
        CHECK(d->levelLabel()->text().contains(LeaveRules::levelName(ApprovalLevel::Office).toHtmlEscaped()));
        setDate(d, QStringLiteral("end_date"), leaveFrom.addDays(7)); // 8 days: the county
        CHECK(d->levelLabel()->text().contains(QStringLiteral("8")));
        CHECK(d->levelLabel()->text().contains(LeaveRules::levelName(ApprovalLevel::County).toHtmlEscaped()));
        CHECK_FALSE(d->reasonsLabel()->text().isEmpty());
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("ok")), Qt::LeftButton);
        INFO(d->errorText().toStdString());
        CHECK(d->errorText().isEmpty());
        return true;
    });
    script.then(QStringLiteral("the request waits for the office's review"), [] {
        SubjectWindow *w = shown<SubjectWindow>();
        if (!w || w->file().requests.size() != 1)
            return false;
        const CcRecord &r = w->file().requests.first();
        CHECK(r.text(QStringLiteral("level")) == QStringLiteral("county"));
        CHECK(r.text(QStringLiteral("status")) == QStringLiteral("pending"));
        RequestsTab *tab = w->tab<RequestsTab>();
        CHECK(tab->table()->rowCount() == 1);
        tab->table()->selectRow(0);
        CHECK(tab->button(QStringLiteral("reviewRequest"))->isEnabled());
        // Above the office's limit the decision waits for the review.
        CHECK_FALSE(tab->button(QStringLiteral("decideRequest"))->isEnabled());
        w->reject();
        return true;
    });
    script.start();
    // click(), not a mouse click: the page of a main window never shown has no size.
    page->findChild<QPushButton *>(QStringLiteral("registerSubject"))->click();
    INFO("stuck at " << script.stuckAt().toStdString());
    REQUIRE(script.finished());

    REQUIRE(page->model()->rowCount() == 1);
    const SubjectListItem *row = page->model()->item(0);
    CHECK(row->name == QStringLiteral("张三"));
    CHECK(row->status == QStringLiteral("under_correction"));
    CHECK(row->grade == QStringLiteral("strict"));
    CHECK(row->idNumber == IdNumbers::mask(id));
}

TEST_CASE("the subject list filters as the officer types and reveals ID numbers on request", "[gui][correction]")
{
    CorrectionOffice f;
    const QDate today = Clock::today();
    f.add(QStringLiteral("张三"), QDate(1980, 1, 2), true, QStringLiteral("02"), QStringLiteral("normal"),
          today.addDays(-30), 11);
    f.add(QStringLiteral("李四"), QDate(1975, 3, 4), true, QStringLiteral("03"), QStringLiteral("strict"),
          today.addDays(-40), 13);
    const QString wang = f.add(QStringLiteral("王芳"), QDate(1990, 5, 6), false, QStringLiteral("02"),
                               QStringLiteral("lenient"), today.addDays(-400), 14);
    REQUIRE(CorrectionService::terminate(f.db(), f.officer, wang, QStringLiteral("death"), today, QString()).ok());

    CorrectionPage page(f.db(), f.officer);
    // Open files by default: the terminated one is left out.
    CHECK(page.model()->rowCount() == 2);
    CHECK(page.countLabel()->text().contains(QLatin1Char('2')));
    for (int r = 0; r < page.model()->rowCount(); ++r)
        CHECK(page.model()->item(r)->idNumber.contains(QLatin1Char('*')));

    auto *status = page.findChild<QComboBox *>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findData(QString()));
    CHECK(page.model()->rowCount() == 3);
    status->setCurrentIndex(status->findData(QStringLiteral("terminated")));
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->item(0)->name == QStringLiteral("王芳"));
    status->setCurrentIndex(status->findData(QStringLiteral("active")));

    auto *grade = page.findChild<QComboBox *>(QStringLiteral("gradeFilter"));
    grade->setCurrentIndex(grade->findData(QStringLiteral("strict")));
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->item(0)->name == QStringLiteral("李四"));
    grade->setCurrentIndex(0);
    auto *type = page.findChild<QComboBox *>(QStringLiteral("typeFilter"));
    type->setCurrentIndex(type->findData(QStringLiteral("02")));
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->item(0)->name == QStringLiteral("张三"));
    type->setCurrentIndex(0);

    // The search box: pinyin initials, then a name that is not there.
    QTest::keyClicks(page.searchBox(), QStringLiteral("ls"));
    QTRY_COMPARE(page.model()->rowCount(), 1);
    CHECK(page.model()->item(0)->name == QStringLiteral("李四"));
    page.searchBox()->clear();
    page.searchBox()->setText(QStringLiteral("赵六"));
    QTRY_COMPARE(page.model()->rowCount(), 0);
    page.searchBox()->clear();
    QTRY_COMPARE(page.model()->rowCount(), 2);

    // Revealing the full numbers shows them and is audited.
    page.revealBox()->setChecked(true);
    bool full = false;
    for (int r = 0; r < page.model()->rowCount(); ++r)
        full = full ||
               page.model()->item(r)->idNumber == test::makeId(QStringLiteral("330225"), QDate(1980, 1, 2), true, 11);
    CHECK(full);
    const QModelIndex idCell = page.table()->model()->index(0, SubjectListModel::IdNumber);
    CHECK_FALSE(idCell.data().toString().contains(QLatin1Char('*')));
    AuditFilter filter;
    filter.actionPrefix = QStringLiteral("correction.reveal_ids");
    const Session auditor = f.office.signIn(QStringLiteral("auditor"));
    Result<QList<AuditEntry>> entries = AuditLog::list(f.db(), auditor, filter);
    REQUIRE(entries.ok());
    CHECK(entries->size() == 1);
    page.revealBox()->setChecked(false);
    CHECK(page.model()->item(0)->idNumber.contains(QLatin1Char('*')));
}

TEST_CASE("the correction officer's to-do items open the file and the assessments", "[gui][correction][todo]")
{
    CorrectionOffice f;
    const QDate today = Clock::today();
    // In force three weeks ago and not reported in: overdue.
    const QString uuid =
        f.add(QStringLiteral("张三"), QDate(1980, 1, 2), true, QStringLiteral("02"), QString(), today.addDays(-21), 11);
    const QVariantMap assessment{{QStringLiteral("entrusting_body"), QStringLiteral("象山县人民法院")},
                                 {QStringLiteral("name"), QStringLiteral("李四")},
                                 {QStringLiteral("received_date"), toStoredDate(today.addDays(-2))}};
    Result<QString> assessmentUuid = CorrectionService::saveAssessment(f.db(), f.officer, QString(), assessment);
    REQUIRE(assessmentUuid.ok());

    MainWindow main(f.db(), f.officer);
    REQUIRE(main.pageIds().contains(QStringLiteral("todo")));
    auto *todo = qobject_cast<TodoPage *>(main.page(QStringLiteral("todo")));
    REQUIRE(todo);
    CHECK(todo->counts().overdue >= 1);
    int subjectItem = -1;
    int assessmentItem = -1;
    for (int i = 0; i < todo->items().size(); ++i) {
        if (todo->items().at(i).entity == QStringLiteral("cc_subject") && todo->items().at(i).uuid == uuid)
            subjectItem = i;
        if (todo->items().at(i).entity == QStringLiteral("cc_assessment"))
            assessmentItem = i;
    }
    REQUIRE(subjectItem >= 0);
    REQUIRE(assessmentItem >= 0);

    Script script;
    script.then(QStringLiteral("the file opens"), [&] {
        SubjectWindow *w = shown<SubjectWindow>();
        if (!w)
            return false;
        CHECK(w->file().uuid() == uuid);
        CHECK(w->findChild<QLabel *>(QStringLiteral("subjectWarnings"))->isVisibleTo(w));
        // Not reported in after the due day: the rules suggest a penalty, for the county to decide.
        CHECK(w->findChild<QLabel *>(QStringLiteral("subjectSuggestions"))->isVisibleTo(w));
        w->reject();
        return true;
    });
    script.start();
    todo->openItem(subjectItem);
    INFO("stuck at " << script.stuckAt().toStdString());
    REQUIRE(script.finished());

    Script second;
    second.then(QStringLiteral("the assessments open at the item"), [&] {
        AssessmentsDialog *d = shown<AssessmentsDialog>();
        if (!d)
            return false;
        REQUIRE(d->table()->rowCount() == 1);
        CHECK(d->table()->currentRow() == 0);
        CHECK(d->table()->item(0, 0)->text() == QStringLiteral("李四"));
        CHECK_FALSE(d->table()->item(0, 4)->text().isEmpty()); // the due date
        d->reject();
        return true;
    });
    second.start();
    todo->openItem(assessmentItem);
    INFO("stuck at " << second.stuckAt().toStdString());
    REQUIRE(second.finished());
}

TEST_CASE("pre-sentence assessments: a new entrustment with its due date, then the opinion", "[gui][correction]")
{
    CorrectionOffice f;
    AssessmentsDialog dialog(f.db(), f.officer);
    CHECK(dialog.table()->rowCount() == 0);
    Script script;
    script.then(QStringLiteral("the entrustment"), [] {
        AssessmentDialog *d = shown<AssessmentDialog>();
        if (!d)
            return false;
        qobject_cast<QLineEdit *>(d->fieldWidget(QStringLiteral("entrusting_body")))
            ->setText(QStringLiteral("象山县人民法院"));
        qobject_cast<QLineEdit *>(d->fieldWidget(QStringLiteral("name")))->setText(QStringLiteral("李四"));
        // Ten working days from today; fast-track halves it.
        const QString due = d->dueLabel()->text();
        CHECK_FALSE(due.isEmpty());
        qobject_cast<QCheckBox *>(d->fieldWidget(QStringLiteral("fast_track")))->setChecked(true);
        CHECK(d->dueLabel()->text() != due);
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
        INFO(d->errorText().toStdString());
        CHECK(d->errorText().isEmpty());
        return true;
    });
    script.start();
    dialog.findChild<QPushButton *>(QStringLiteral("addAssessment"))->click();
    INFO("stuck at " << script.stuckAt().toStdString());
    REQUIRE(script.finished());
    REQUIRE(dialog.table()->rowCount() == 1);
    CHECK(dialog.assessments().first().flag(QStringLiteral("fast_track")));
    CHECK(dialog.table()->currentRow() == 0);

    Script opinion;
    opinion.then(QStringLiteral("the opinion"), formStep(QStringLiteral("The assessment's opinion"), [](FormDialog *d) {
                     d->findChild<QPlainTextEdit *>(QStringLiteral("text"))
                         ->setPlainText(QStringLiteral("居所固定，家庭支持，村委会同意接收。"));
                 }));
    opinion.start();
    QPushButton *complete = dialog.findChild<QPushButton *>(QStringLiteral("completeAssessment"));
    REQUIRE(complete->isEnabled());
    complete->click();
    INFO("stuck at " << opinion.stuckAt().toStdString());
    REQUIRE(opinion.finished());
    CHECK(dialog.assessments().first().text(QStringLiteral("opinion")) == QStringLiteral("suitable"));
    CHECK_FALSE(complete->isEnabled());
    CHECK(dialog.changed());
}

TEST_CASE("a sealed file is left out of the list and opens with the approval number", "[gui][correction]")
{
    CorrectionOffice f;
    const QDate today = Clock::today();
    const QDate birth = today.addYears(-16);
    const QString uuid = f.add(QStringLiteral("王小明"), birth, true, QStringLiteral("02"), QStringLiteral("normal"),
                               today.addDays(-30), 21);
    REQUIRE(CorrectionService::seal(f.db(), f.officer, uuid, QStringLiteral("未成年人犯罪记录封存")).ok());
    CorrectionPage page(f.db(), f.officer);
    CHECK(page.model()->rowCount() == 0);
    Script script;
    script.then(
        QStringLiteral("ID number and approval"),
        formStep(QStringLiteral("Open a sealed file"), [birth](FormDialog *d) {
            d->findChild<QLineEdit *>(QStringLiteral("id_number"))
                ->setText(test::makeId(QStringLiteral("330225"), birth, true, 21));
            d->findChild<QLineEdit *>(QStringLiteral("approval"))->setText(QStringLiteral("象司矫封〔2026〕3号"));
        }));
    script.then(QStringLiteral("the sealed file"), [&] {
        SubjectWindow *w = shown<SubjectWindow>();
        if (!w)
            return false;
        CHECK(w->file().uuid() == uuid);
        CHECK(w->file().subject.flag(QStringLiteral("sealed")));
        CHECK(w->findChild<QLabel *>(QStringLiteral("subjectTitle"))->text().contains(QStringLiteral("王小明")));
        w->reject();
        return true;
    });
    script.start();
    page.findChild<QPushButton *>(QStringLiteral("openSealed"))->click();
    INFO("stuck at " << script.stuckAt().toStdString());
    REQUIRE(script.finished());
}

TEST_CASE("the officer records a visitor's particulars, the reception's checks and the plan's analysis",
          "[gui][correction]")
{
    CorrectionOffice f;
    const QDate today = Clock::today();
    const QString uuid = f.add(QStringLiteral("张三"), QDate(1985, 6, 1), true, QStringLiteral("02"),
                               QStringLiteral("normal"), today.addDays(-40), 31);
    const QDate received = today.addDays(-38);
    REQUIRE(CorrectionService::recordReception(f.db(), f.officer, uuid, received, received, QStringLiteral("本人报到"),
                                               QStringLiteral("王接收"))
                .ok());
    Result<SubjectFile> file = CorrectionService::open(f.db(), f.officer, uuid);
    REQUIRE(file);

    // The visitor: who that is (a code), the sex filled from the ID number, the address.
    RequestDialog visit(f.db(), f.officer, *file, QStringLiteral("visitor"));
    visit.findChild<QLineEdit *>(QStringLiteral("visitor_name"))->setText(QStringLiteral("李芳"));
    auto *identity = visit.findChild<QComboBox *>(QStringLiteral("visitor_identity"));
    REQUIRE(identity);
    identity->setCurrentIndex(identity->findData(QStringLiteral("victim")));
    REQUIRE(visit.findChild<QComboBox *>(QStringLiteral("visitor_sex")));
    const QString id = test::makeId(QStringLiteral("330225"), QDate(1970, 7, 7), false, 61);
    visit.findChild<QLineEdit *>(QStringLiteral("visitor_id_number"))->setText(id);
    visit.findChild<QLineEdit *>(QStringLiteral("visitor_address"))->setText(QStringLiteral("石浦镇东门村5号"));
    visit.findChild<QPlainTextEdit *>(QStringLiteral("reason"))->setPlainText(QStringLiteral("商谈赔偿"));
    visit.submit();
    INFO(visit.errorText().toStdString());
    REQUIRE_FALSE(visit.savedUuid().isEmpty());
    file = CorrectionService::reread(f.db(), f.officer, uuid);
    REQUIRE(file);
    REQUIRE(file->requests.size() == 1);
    const CcRecord &r = file->requests.first();
    CHECK(r.text(QStringLiteral("visitor_identity")) == QStringLiteral("victim"));
    CHECK(r.text(QStringLiteral("visitor_sex")) == QStringLiteral("2"));
    CHECK(r.text(QStringLiteral("visitor_id_number")) == id);
    CHECK(r.text(QStringLiteral("visitor_address")) == QStringLiteral("石浦镇东门村5号"));

    // The reception's record and the plan, from the file window's overview.
    SubjectWindow window(f.db(), f.officer, uuid);
    REQUIRE(window.loaded());
    QPushButton *reception = window.actionButton(A::EditReception);
    REQUIRE(reception);
    CHECK(reception->isVisibleTo(&window));
    Script script;
    script.then(QStringLiteral("reception record"), formStep(QStringLiteral("Reception record"), [](FormDialog *d) {
                    d->findChild<QLineEdit *>(QStringLiteral("reception_documents_check"))
                        ->setText(QStringLiteral("法律文书齐全"));
                    d->findChild<QLineEdit *>(QStringLiteral("reception_identity_check"))
                        ->setText(QStringLiteral("核对身份证无误"));
                    d->findChild<QPlainTextEdit *>(QStringLiteral("reception_notified"))
                        ->setPlainText(QStringLiteral("已告知报到和请假规定"));
                }));
    script.start();
    reception->click();
    INFO("stuck at " << script.stuckAt().toStdString());
    REQUIRE(script.finished());
    CHECK(window.file().subject.text(QStringLiteral("reception_documents_check")) == QStringLiteral("法律文书齐全"));
    CHECK(window.file().subject.text(QStringLiteral("reception_notified")) == QStringLiteral("已告知报到和请假规定"));
    CHECK(window.file().subject.text(QStringLiteral("reception_mode")) == QStringLiteral("本人报到"));

    Script plan;
    plan.then(QStringLiteral("plan"), formStep(QStringLiteral("Correction plan"), [](FormDialog *d) {
                  d->findChild<QPlainTextEdit *>(QStringLiteral("plan_crime_cause"))
                      ->setPlainText(QStringLiteral("法律意识淡薄"));
                  d->findChild<QPlainTextEdit *>(QStringLiteral("plan_focus"))->setPlainText(QStringLiteral("法治教育"));
              }));
    plan.start();
    window.actionButton(A::EditPlan)->click();
    INFO("stuck at " << plan.stuckAt().toStdString());
    REQUIRE(plan.finished());
    CHECK(window.file().subject.text(QStringLiteral("plan_crime_cause")) == QStringLiteral("法律意识淡薄"));
    CHECK(window.file().subject.text(QStringLiteral("plan_focus")) == QStringLiteral("法治教育"));
    CHECK(window.findChild<QTextBrowser *>(QStringLiteral("overview"))
              ->toPlainText()
              .contains(QStringLiteral("法律意识淡薄")));
}

TEST_CASE("the file window prints the correction forms: a copy per request and sanction, a month, a PDF",
          "[gui][correction][print]")
{
    CorrectionOffice f;
    const QDate today = Clock::today();
    const QString uuid = f.add(QStringLiteral("张三"), QDate(1985, 6, 1), true, QStringLiteral("02"),
                               QStringLiteral("normal"), today.addDays(-70), 31);
    const QDate received = today.addDays(-68);
    REQUIRE(CorrectionService::recordReception(f.db(), f.officer, uuid, received, received, QStringLiteral("in_person"),
                                               QStringLiteral("王接收"))
                .ok());
    REQUIRE(CorrectionService::saveRecord(f.db(), f.officer, QStringLiteral("cc_team_member"), QString(),
                                          {{QStringLiteral("subject_uuid"), uuid},
                                           {QStringLiteral("name"), QStringLiteral("李司法")},
                                           {QStringLiteral("role"), QStringLiteral("组长")},
                                           {QStringLiteral("unit"), QStringLiteral("石浦镇司法所")}}));
    REQUIRE(CorrectionService::announce(f.db(), f.officer, uuid, received.addDays(1)).ok());
    const auto leave = [&](const QDate &applied, const QDate &from, const QDate &to, const QString &where) {
        Result<QString> r = CorrectionService::submitRequest(f.db(), f.officer,
                                                             {{QStringLiteral("subject_uuid"), uuid},
                                                              {QStringLiteral("kind"), QStringLiteral("leave")},
                                                              {QStringLiteral("applied_date"), toStoredDate(applied)},
                                                              {QStringLiteral("start_date"), toStoredDate(from)},
                                                              {QStringLiteral("end_date"), toStoredDate(to)},
                                                              {QStringLiteral("reason"), QStringLiteral("就医")},
                                                              {QStringLiteral("destination"), where}});
        INFO(r.message().toStdString());
        REQUIRE(r);
        return *r;
    };
    const QString approved =
        leave(today.addDays(-30), today.addDays(-28), today.addDays(-25), QStringLiteral("杭州市"));
    REQUIRE(CorrectionService::reviewRequest(f.db(), f.officer, approved, QStringLiteral("情况属实。"),
                                             QStringLiteral("李司法"), today.addDays(-29))
                .ok());
    REQUIRE(CorrectionService::decideRequest(f.db(), f.officer, approved, true, QStringLiteral("丁所长"),
                                             today.addDays(-29), QStringLiteral("石司矫外字〔2026〕第3号"),
                                             QStringLiteral("同意。"))
                .ok());
    const QString waiting = leave(today.addDays(-2), today.addDays(3), today.addDays(5), QStringLiteral("上海市"));
    for (const char *kind : {"admonition", "police_penalty"}) {
        REQUIRE(CorrectionService::propose(f.db(), f.officer,
                                           {{QStringLiteral("subject_uuid"), uuid},
                                            {QStringLiteral("kind"), QString::fromLatin1(kind)},
                                            {QStringLiteral("facts"), QStringLiteral("迟到三日报告。")},
                                            {QStringLiteral("proposal_date"), toStoredDate(today.addDays(-10))}}));
    }

    // Opening the window is one audited opening; its refreshes and print previews add none.
    const auto openings = [&](const QString &action) {
        return Query::scalar(f.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = :a"),
                             {{QStringLiteral(":a"), action}}, QStringLiteral("test"))
            ->toInt();
    };
    const int before = openings(QStringLiteral("correction.open"));
    SubjectWindow window(f.db(), f.officer, uuid);
    REQUIRE(window.loaded());
    CHECK(openings(QStringLiteral("correction.open")) == before + 1);
    window.reload();
    window.reload();
    CHECK(openings(QStringLiteral("correction.open")) == before + 1);
    auto *printButton = window.findChild<QPushButton *>(QStringLiteral("printForms"));
    REQUIRE(printButton);
    CHECK(printButton->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_P));
    QTemporaryDir dir;
    Script script;
    script.then(QStringLiteral("the print dialog with the file's forms"), [&] {
        PrintDialog *d = shown<PrintDialog>();
        if (!d)
            return false;
        CHECK(d->windowTitle().contains(QStringLiteral("张三")));
        auto *forms = d->findChild<QListWidget *>(QStringLiteral("forms"));
        REQUIRE(forms);
        QMap<QString, QStringList> records; // form id: the records of its entries
        for (int i = 0; i < forms->count(); ++i) {
            const QListWidgetItem *item = forms->item(i);
            records[item->data(Qt::UserRole).toString()] << item->data(Qt::UserRole + 1).toString();
        }
        // Every correction form, and nothing of mediation.
        for (const QString &id : CorrectionForms::forms())
            CHECK(records.contains(id));
        CHECK(records.size() == CorrectionForms::forms().size());
        // A copy per leave request (oldest first), the certificate for the approved one only.
        CHECK(records.value(QStringLiteral("correction-leave")) == QStringList{approved, waiting});
        CHECK(records.value(QStringLiteral("correction-leave-certificate")) == QStringList{approved});
        CHECK(records.value(QStringLiteral("correction-sanction")).size() == 1);
        CHECK(records.value(QStringLiteral("correction-proposal")).size() == 1);
        CHECK(records.value(QStringLiteral("correction-visitor")) == QStringList{QString()});

        d->selectForm(QStringLiteral("correction-leave"), waiting);
        REQUIRE(d->job());
        CHECK(d->job()->parts.size() == 1);
        REQUIRE(d->job()->parts.first().copies.size() == 1);
        CHECK(d->job()->parts.first().copies.first().value(QStringLiteral("leave.destination")) ==
              QStringLiteral("上海市"));
        CHECK(d->job()->title.contains(QStringLiteral("张三")));
        const QString pdf = dir.filePath(QStringLiteral("leave.pdf"));
        REQUIRE(d->saveAsPdf(pdf).ok());
        CHECK(QFileInfo(pdf).size() > 5000);

        // The monthly assessment: one copy, for the month picked.
        d->selectForm(QStringLiteral("correction-assessment-monthly"));
        auto *month = d->findChild<QDateEdit *>(QStringLiteral("month"));
        REQUIRE(month);
        CHECK(month->isVisibleTo(d));
        const QDate previous = today.addMonths(-1);
        d->setMonth(previous);
        REQUIRE(d->job());
        REQUIRE(d->job()->parts.first().copies.size() == 1);
        CHECK(d->job()->parts.first().copies.first().value(QStringLiteral("review.month")) ==
              previous.toString(QStringLiteral("yyyy-MM")));
        REQUIRE(d->saveAsPdf(dir.filePath(QStringLiteral("month.pdf"))).ok());

        // Values only (套打) and blank, as for a case; nothing to keep with a case.
        d->findChild<QCheckBox *>(QStringLiteral("dataOnly"))->setChecked(true);
        REQUIRE(d->job());
        CHECK(d->job()->options.dataOnly);
        d->findChild<QRadioButton *>(QStringLiteral("blank"))->setChecked(true);
        REQUIRE(d->job());
        CHECK(d->job()->options.blank);
        CHECK_FALSE(d->findChild<QPushButton *>(QStringLiteral("archive"))->isVisibleTo(d));
        d->reject();
        return true;
    });
    script.start();
    printButton->click();
    INFO("stuck at " << script.stuckAt().toStdString());
    REQUIRE(script.finished());
    CHECK(openings(QStringLiteral("correction.open")) == before + 1);

    // A sealed file prints only with the approval it was opened with.
    const QString minor = f.add(QStringLiteral("王小明"), today.addYears(-16), true, QStringLiteral("02"),
                                QStringLiteral("normal"), today.addDays(-30), 21);
    REQUIRE(CorrectionService::seal(f.db(), f.officer, minor, QStringLiteral("未成年人犯罪记录封存")).ok());
    PrintDialog refused(f.db(), f.officer, PrintDialog::Subject{minor, QString()});
    refused.selectForm(QStringLiteral("correction-basic-info"));
    CHECK_FALSE(refused.job());
    CHECK_FALSE(refused.problem().isEmpty());
    PrintDialog sealed(f.db(), f.officer, PrintDialog::Subject{minor, QStringLiteral("象司矫封〔2026〕3号")});
    // On its own the dialog's first reading is the audited opening; its previews read again.
    CHECK(openings(QStringLiteral("correction.open_sealed")) == 1);
    sealed.selectForm(QStringLiteral("correction-basic-info"));
    REQUIRE(sealed.job());
    sealed.selectForm(QStringLiteral("correction-team"));
    REQUIRE(sealed.job());
    sealed.selectForm(QStringLiteral("correction-basic-info"));
    CHECK(openings(QStringLiteral("correction.open_sealed")) == 1);
    CHECK(sealed.job()->parts.first().copies.first().value(QStringLiteral("subject.name")) == QStringLiteral("王小明"));
}

TEST_CASE("a termination for a new offence records the date it was established; the release tab shows and corrects it",
          "[gui][correction]")
{
    CorrectionOffice f;
    const QDate today = Clock::today();
    const QString uuid = f.add(QStringLiteral("李四"), QDate(1986, 2, 3), true, QStringLiteral("02"),
                               QStringLiteral("normal"), today.addDays(-100), 41);
    const QDate received = today.addDays(-97);
    REQUIRE(CorrectionService::recordReception(f.db(), f.officer, uuid, received, received, QStringLiteral("本人报到"),
                                               QStringLiteral("王接收"))
                .ok());
    SubjectWindow window(f.db(), f.officer, uuid);
    REQUIRE(window.loaded());
    const QDate established = today.addDays(-30);
    Script script;
    script.then(QStringLiteral("terminate"),
                formStep(QStringLiteral("Terminate community correction"), [established](FormDialog *d) {
                    auto *how = d->findChild<QComboBox *>(QStringLiteral("end_type"));
                    REQUIRE(how);
                    how->setCurrentIndex(how->findData(QStringLiteral("revoked_probation")));
                    d->findChild<QPlainTextEdit *>(QStringLiteral("reason"))
                        ->setPlainText(QStringLiteral("象山县人民法院（2026）浙0225刑初9号"));
                    auto *date = d->findChild<DateField *>(QStringLiteral("reoffence_date"));
                    REQUIRE(date);
                    CHECK_FALSE(date->isEnabled());
                    d->findChild<QCheckBox *>(QStringLiteral("reoffended"))->setChecked(true);
                    CHECK(date->isEnabled());
                    date->setValue(established);
                }));
    script.start();
    QPushButton *terminate = window.actionButton(A::Terminate);
    REQUIRE(terminate);
    terminate->click();
    INFO("stuck at " << script.stuckAt().toStdString());
    REQUIRE(script.finished());
    CHECK(window.file().status() == QStringLiteral("terminated"));
    CHECK(window.file().subject.date(QStringLiteral("reoffence_date")) == established);
    auto *endView = window.findChild<QTextBrowser *>(QStringLiteral("endView"));
    REQUIRE(endView);
    CHECK(endView->toPlainText().contains(QStringLiteral("New offence established on")));

    // The release tab corrects the date.
    auto *correct = window.findChild<QPushButton *>(QStringLiteral("end%1").arg(static_cast<int>(A::Reoffence)));
    REQUIRE(correct);
    CHECK_FALSE(correct->isHidden());
    CHECK(correct->isEnabled());
    Script again;
    again.then(QStringLiteral("new offence"),
               formStep(QStringLiteral("New offence under correction"), [established](FormDialog *d) {
                   setDate(d, QStringLiteral("reoffence_date"), established.addDays(2));
               }));
    again.start();
    correct->click();
    INFO("stuck at " << again.stuckAt().toStdString());
    REQUIRE(again.finished());
    CHECK(window.file().subject.date(QStringLiteral("reoffence_date")) == established.addDays(2));
}
