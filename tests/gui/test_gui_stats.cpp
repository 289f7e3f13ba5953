// 统计报表 and 工作概览: the reports page counts the eight cases of
// tests/data/mediation/ledger-utf8.csv, lists the records behind a figure, shows the checks;
// the overview draws its charts and a click on a bar lists that bar's records.
#include "CatchCompat.h"
#include "MediationFixture.h"

#include "charts/ChartAdapter.h"
#include "dashboard/DashboardPage.h"
#include "mediation/LedgerImport.h"
#include "stats/ChecksView.h"
#include "stats/DrillDialog.h"
#include "stats/FigureTable.h"
#include "stats/ReportsPage.h"
#include "stats/SubmissionPanel.h"
#include "stats/Statistics.h"
#include "storage/Query.h"
#include "util/Time.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>

using namespace sifa;
using namespace sifa::ui;

namespace {

const bool g_nonInteractive = [] {
    MessageBox::setNonInteractive(true);
    return true;
}();

struct Pin {
    explicit Pin(const QDate &today) { Clock::pinForTesting(QDateTime(today, QTime(10, 0), Qt::UTC)); }
    ~Pin() { Clock::pinForTesting(QDateTime()); }
};

// The mediation fixture with the eight cases of 2024 imported, and the head of the office.
struct Office : test::MediationFixture {
    Office()
    {
        Result<LedgerImportResult> r =
            LedgerImport::run(db(), mediator, test::dataFile(QStringLiteral("mediation/ledger-utf8.csv")));
        REQUIRE(r);
        REQUIRE(r->written);
        head = office.signIn(QStringLiteral("head"));
    }
    Session head;
};

void waitForReport(ReportsPage &page)
{
    QTRY_VERIFY_WITH_TIMEOUT(!page.isComputing() && page.report().has_value(), 10000);
}

QString valueOf(ReportsPage &page, const QString &key)
{
    QTreeWidgetItem *item = page.figures()->itemFor(key);
    return item ? item->text(1) : QString();
}

}  // namespace

TEST_CASE("statistics page: the figures of a year, the records behind one, the checks", "[gui][stats]")
{
    Pin pin(QDate(2024, 12, 15));
    Office o;
    {
        ReportsPage mediatorPage(o.db(), o.mediator);
        CHECK(mediatorPage.reportIds() == QStringList{QStringLiteral("mediation")});
    }
    ReportsPage page(o.db(), o.head);
    CHECK(page.reportIds() == Statistics::reportIds());
    page.setReport(QStringLiteral("mediation"));
    page.setPeriod(*StatPeriod::parse(QStringLiteral("2024")));
    page.resize(1100, 760);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    waitForReport(page);
    REQUIRE(page.report()->period.from == QDate(2024, 1, 1));
    CHECK(valueOf(page, QStringLiteral("accepted")) == QStringLiteral("8"));
    CHECK(valueOf(page, QStringLiteral("succeeded")) == QStringLiteral("5"));
    CHECK(valueOf(page, QStringLiteral("success_rate")) == QStringLiteral("62.5"));
    // Hidden figures (for the checks only) are not listed.
    CHECK_FALSE(page.figures()->itemFor(QStringLiteral("check.no_committee")));
    // An "of which" figure sits under its main figure.
    QTreeWidgetItem *oral = page.figures()->itemFor(QStringLiteral("oral"));
    REQUIRE(oral);
    CHECK(oral->parent() == page.figures()->itemFor(QStringLiteral("succeeded")));
    // Successes by type go under the successes, though listed after the failures.
    REQUIRE(page.figures()->itemFor(QStringLiteral("succeeded.type.02")));
    CHECK(page.figures()->itemFor(QStringLiteral("succeeded.type.02"))->parent() ==
          page.figures()->itemFor(QStringLiteral("succeeded")));
    CAPTURE(page.lastComputeMs());
    CHECK(page.lastComputeMs() < 1000);

    // The definition of the selected figure.
    REQUIRE(page.figures()->selectFigure(QStringLiteral("accepted")));
    const StatFigure *accepted = page.report()->figure(QStringLiteral("accepted"));
    CHECK(page.definition()->text().contains(accepted->definition.toHtmlEscaped()));
    CHECK(page.figures()->itemFor(QStringLiteral("accepted"))->toolTip(0).contains(accepted->definition));

    // The records behind a figure: as many rows as it counts, each opening its case.
    for (const QString &key : {QStringLiteral("accepted"), QStringLiteral("succeeded"), QStringLiteral("oral"),
                               QStringLiteral("accepted.source.referral")}) {
        INFO(key.toStdString());
        std::unique_ptr<DrillDialog> d = page.drillDialog(key);
        REQUIRE(d);
        CHECK(d->table()->rowCount() == static_cast<int>(page.report()->value(key)));
        for (int r = 0; r < d->table()->rowCount(); ++r) {
            const StatDrill::Row &row = d->drill().rows.at(d->drillRow(r));
            CHECK(row.entity == QStringLiteral("dispute"));
            CHECK_FALSE(row.uuid.isEmpty());
        }
    }
    // A rate lists its numerator's records.
    CHECK(page.drillDialog(QStringLiteral("success_rate"))->table()->rowCount() == 5);

    // A change made in this window's connection counts when the worker counts again.
    const double family = page.report()->value(QStringLiteral("accepted.type.01"));
    std::unique_ptr<DrillDialog> labour = page.drillDialog(QStringLiteral("accepted.type.10"));
    REQUIRE(labour);
    REQUIRE(labour->table()->rowCount() == 1);
    Query update(o.db(), QStringLiteral("UPDATE dispute SET dispute_type = '01' WHERE uuid = :uuid"));
    update.bind(QStringLiteral(":uuid"), labour->drill().rows.first().uuid);
    REQUIRE(update.exec(QStringLiteral("reclassifying")).ok());
    page.recompute();
    waitForReport(page);
    CHECK(page.report()->value(QStringLiteral("accepted.type.01")) == family + 1);
    CHECK(valueOf(page, QStringLiteral("accepted.type.10")) == QStringLiteral("0"));

    // June: a dispute accepted from screening with no screening recorded is a warning, listed
    // with its figures; clicking a figure of the check selects it in the table.
    page.setPeriod(*StatPeriod::parse(QStringLiteral("2024-06")));
    waitForReport(page);
    REQUIRE(page.report()->period.from == QDate(2024, 6, 1));
    CHECK(page.checks()->warningCount() >= 1);
    CHECK(page.checks()->checkIds().contains(QStringLiteral("screening_found")));
    const StatFigure *screened = page.report()->figure(QStringLiteral("screened_disputes"));
    REQUIRE(screened);
    CHECK(page.checks()->toPlainText().contains(screened->label));
    page.checks()->openLink(QUrl(QStringLiteral("figure:screened_disputes")));
    CHECK(page.figures()->currentKey() == QStringLiteral("screened_disputes"));

    // Submitting June: its warnings are listed and confirmed, the note goes with it; the panel
    // then shows the submission, and a figure that moves afterwards is listed and shaded.
    page.submission()->findChild<QLineEdit *>(QStringLiteral("submissionNote"))->setText(QStringLiteral("六月报表"));
    CHECK(page.submission()->submitButton()->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    page.submit();
    CHECK(MessageBox::lastText().contains(QStringLiteral("• ")));
    REQUIRE_FALSE(page.submission()->statusLabel()->text().contains(QStringLiteral("not been submitted")));
    CHECK(page.submission()->statusLabel()->text().contains(QStringLiteral("六月报表")));
    CHECK(page.submission()->changesTable()->rowCount() == 0);
    std::unique_ptr<DrillDialog> contract = page.drillDialog(QStringLiteral("accepted.type.04"));
    REQUIRE(contract);
    REQUIRE(contract->table()->rowCount() == 1);
    Query reclassify(o.db(), QStringLiteral("UPDATE dispute SET dispute_type = '01' WHERE uuid = :uuid"));
    reclassify.bind(QStringLiteral(":uuid"), contract->drill().rows.first().uuid);
    REQUIRE(reclassify.exec(QStringLiteral("reclassifying")).ok());
    page.recompute();
    waitForReport(page);
    CHECK(page.submission()->changesTable()->rowCount() >= 2);
    CHECK(page.figures()->itemFor(QStringLiteral("accepted.type.04"))->background(0).style() != Qt::NoBrush);
    CHECK(page.figures()->itemFor(QStringLiteral("accepted"))->background(0).style() == Qt::NoBrush);

    // August, with case 8 accepted after its agreement (an error): it cannot be submitted.
    Query misdate(o.db(), QStringLiteral("UPDATE dispute SET accepted_date = '2024-08-31' WHERE case_no LIKE '%第8号'"));
    REQUIRE(misdate.exec(QStringLiteral("misdating")).ok());
    page.setPeriod(*StatPeriod::parse(QStringLiteral("2024-08")));
    waitForReport(page);
    CHECK(page.checks()->errorCount() >= 1);
    CHECK_FALSE(page.submission()->submitButton()->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    page.submit();
    CHECK(MessageBox::lastText().contains(QStringLiteral("cannot be submitted")));
    CHECK(page.submission()->statusLabel()->text().contains(QStringLiteral("not been submitted")));
}

TEST_CASE("statistics page in a county database: the whole county or one township", "[gui][stats]")
{
    Office o;
    REQUIRE(o.db().setMeta(QStringLiteral("office_mode"), QStringLiteral("county")).ok());
    REQUIRE(o.db().setMeta(QStringLiteral("office_code"), QStringLiteral("330225")).ok());
    ReportsPage page(o.db(), o.head);
    auto *office = page.findChild<QComboBox *>(QStringLiteral("office"));
    REQUIRE(office);
    // The whole county, then the townships whose records the database holds.
    REQUIRE(office->count() == 2);
    CHECK(office->itemData(0).toString().isEmpty());
    CHECK(office->itemData(1).toString() == QStringLiteral("330225101"));
    page.setReport(QStringLiteral("mediation"));
    page.setPeriod(*StatPeriod::parse(QStringLiteral("2024")));
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    waitForReport(page);
    CHECK(office->isVisible());
    CHECK(page.report()->office == QStringLiteral("330225"));
    CHECK(page.report()->value(QStringLiteral("accepted")) == 8);
    page.setOffice(QStringLiteral("330225101"));
    QTRY_VERIFY_WITH_TIMEOUT(!page.isComputing() && page.report()->office == QStringLiteral("330225101"), 10000);
    CHECK(page.report()->value(QStringLiteral("accepted")) == 8);
    std::unique_ptr<DrillDialog> d = page.drillDialog(QStringLiteral("accepted"));
    REQUIRE(d);
    CHECK(d->table()->rowCount() == 8);
}

TEST_CASE("overview: the charts of the office, and a click on a bar lists its records", "[gui][stats]")
{
    Pin pin(QDate(2024, 10, 15));
    Office o;
    DashboardPage page(o.db(), o.head);
    page.resize(1100, 1400);
    QElapsedTimer timer;
    timer.start();
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    const qint64 opened = timer.elapsed();
    CAPTURE(opened, page.lastBuildMs());
    CHECK(page.lastBuildMs() < 1000);
    QStringList ids;
    for (const DashboardChart &c : page.charts())
        ids << c.id;
    CHECK(ids == QStringList{QStringLiteral("mediation.monthly"), QStringLiteral("mediation.types"),
                             QStringLiteral("mediation.success"), QStringLiteral("mediation.risk"),
                             QStringLiteral("correction.type"), QStringLiteral("correction.grade"),
                             QStringLiteral("placement.category"), QStringLiteral("placement.handover"),
                             QStringLiteral("todo.due")});

    // Accepted by month, 2023 beside 2024: the eight cases of 2024 by their month.
    ChartAdapter *monthly = page.chart(QStringLiteral("mediation.monthly"));
    REQUIRE(monthly);
    REQUIRE(monthly->data().series.size() == 2);
    const QList<double> y2024 = monthly->data().series.at(1).values;
    CHECK(y2024 == QList<double>{0, 0, 1, 1, 1, 2, 1, 2, 0, 0, 0, 0});
    CHECK(monthly->drawnValues() == 24);
    ChartAdapter *types = page.chart(QStringLiteral("mediation.types"));
    REQUIRE(types);
    double typed = 0;
    for (double v : types->data().series.value(0).values)
        typed += v;
    CHECK(typed == 8);
    // Nothing under correction yet: the chart says so instead of bare axes.
    REQUIRE(page.chart(QStringLiteral("correction.type")));
    CHECK_FALSE(page.chart(QStringLiteral("correction.type"))->isVisible());

    // A real click on August 2024's bar lists the two cases accepted in August.
    int rows = -1;
    QString label;
    QObject::connect(&page, &DashboardPage::drillOpened, &page, [&](DrillDialog *d) {
        rows = d->table()->rowCount();
        label = d->drill().label;
        QTimer::singleShot(0, d, &QDialog::reject);
    });
    QTest::mouseClick(monthly->viewport(), Qt::LeftButton, {}, monthly->valuePosition(1, 7));
    CHECK(rows == 2);
    CHECK_FALSE(label.isEmpty());
    // The success rate's point for August lists its successes; the same through the adapter.
    rows = -1;
    page.chart(QStringLiteral("mediation.success"))->activate(0, 7);
    CHECK(rows == 2);
    std::unique_ptr<DrillDialog> march = page.drillDialog(QStringLiteral("mediation.monthly"), 1, 2);
    REQUIRE(march);
    CHECK(march->table()->rowCount() == 1);
    CHECK(march->drill().rows.first().cells.first().contains(QStringLiteral("第1号")));
    // A month still to come lists nothing.
    CHECK(page.drillDialog(QStringLiteral("mediation.monthly"), 1, 11) == nullptr);

    // A chart saved as a picture.
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("monthly.png"));
    REQUIRE(monthly->savePng(png));
    QImage image(png);
    CHECK(image.width() > 200);

    // A mediator sees the mediation charts and the to-do items only.
    DashboardPage mediatorPage(o.db(), o.mediator);
    mediatorPage.refresh();
    QStringList mediatorIds;
    for (const DashboardChart &c : mediatorPage.charts())
        mediatorIds << c.id;
    CHECK(mediatorIds == QStringList{QStringLiteral("mediation.monthly"), QStringLiteral("mediation.types"),
                                     QStringLiteral("mediation.success"), QStringLiteral("mediation.risk"),
                                     QStringLiteral("todo.due")});
}
