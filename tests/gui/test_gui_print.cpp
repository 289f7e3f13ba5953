// The print dialog: preview, PDF, keeping the PDF with the case, blank forms, the register.
#include "CatchCompat.h"
#include "MediationFixture.h"

#include "mediation/Attachments.h"
#include "mediation/DisputeRepository.h"
#include "print/CaseFile.h"
#include "print/PrintDialog.h"
#include "print/PrinterCalibration.h"
#include "security/Access.h"

#include <QApplication>
#include <QDateEdit>
#include <QDateTime>
#include <QElapsedTimer>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPrinterInfo>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <pwd.h>
#include <unistd.h>

using namespace sifa;
using namespace sifa::ui;

namespace {

QDate day(int m, int d)
{
    return QDate(2026, m, d);
}

void settle(QWidget *w)
{
    w->show();
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

void shot(QWidget *w, const QString &name)
{
    if (const QString dir = qEnvironmentVariable("SIFA_SHOT_DIR"); !dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name));
}

}  // namespace

TEST_CASE("the print dialog previews a case's forms, saves a PDF and keeps it with the case", "[gui][print]")
{
    test::MediationFixture f;
    const QString uuid = f.mediatingCase(day(3, 2), day(3, 3), day(3, 4));
    REQUIRE(DisputeService::recordAgreement(f.db(), f.mediator, f.agreement(uuid, day(3, 6)), false));
    const QString caseNo = DisputeRepository::get(f.db(), uuid)->caseNo;
    REQUIRE_FALSE(caseNo.isEmpty());

    PrintDialog dialog(f.db(), f.mediator, caseNo);
    dialog.resize(1200, 800);
    settle(&dialog);
    dialog.selectForm(QStringLiteral("agreement"));
    settle(&dialog);
    REQUIRE(dialog.job());
    // One copy for each of the two parties and one the committee keeps.
    REQUIRE(dialog.job()->parts.size() == 1);
    CHECK(dialog.job()->parts.first().copies.size() == 3);
    CHECK(dialog.pageCount() >= 3);
    shot(&dialog, QStringLiteral("print-agreement.png"));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("agreement.pdf"));
    REQUIRE(dialog.saveAsPdf(pdf).ok());
    CHECK(QFileInfo(pdf).size() > 5000);

    auto *archive = dialog.findChild<QPushButton *>(QStringLiteral("archive"));
    REQUIRE(archive);
    REQUIRE(archive->isEnabled());
    archive->click();
    Result<QList<Attachment>> kept = Attachments::list(f.db(), Access::user(f.mediator), uuid);
    REQUIRE(kept);
    REQUIRE(kept->size() == 1);
    CHECK(kept->first().kind == QStringLiteral("printout"));
    CHECK(kept->first().sha256.size() == 64);

    // Blank: the same form for handwriting, nothing of the case on it.
    dialog.findChild<QRadioButton *>(QStringLiteral("blank"))->setChecked(true);
    settle(&dialog);
    REQUIRE(dialog.job());
    CHECK(dialog.job()->options.blank);
    CHECK_FALSE(archive->isEnabled());

    // The whole case file, its directory first.
    dialog.selectForm(QStringLiteral("dossier"));
    settle(&dialog);
    REQUIRE(dialog.job());
    CHECK(dialog.job()->parts.size() >= 8);
    CHECK(dialog.job()->parts.at(1).form->id == QStringLiteral("contents"));
    CHECK(dialog.pageCount() >= 8);
    auto *preview = dialog.findChild<QPrintPreviewWidget *>(QStringLiteral("preview"));
    REQUIRE(preview);
    CHECK(preview->pageCount() == dialog.pageCount());
    QPushButton *next = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text().contains(QStringLiteral("Next page")))
            next = b;
    }
    REQUIRE(next);
    next->click();
    settle(&dialog);
    CHECK(preview->currentPage() == 2);
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("pageLabel"))->text().contains(QStringLiteral("2")));
    shot(&dialog, QStringLiteral("print-dossier.png"));
}

TEST_CASE("without a case the print dialog offers blank forms and the register for a period", "[gui][print]")
{
    test::MediationFixture f;
    f.registerSample(day(2, 10));
    PrintDialog dialog(f.db(), f.mediator, QString());
    settle(&dialog);
    CHECK_FALSE(dialog.findChild<QRadioButton *>(QStringLiteral("filled"))->isEnabled());
    CHECK_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("archive"))->isVisible());
    dialog.selectForm(QStringLiteral("session"));
    settle(&dialog);
    REQUIRE(dialog.job());
    CHECK(dialog.job()->options.blank);

    dialog.selectForm(QStringLiteral("register"));
    dialog.findChild<QDateEdit *>(QStringLiteral("from"))->setDate(day(1, 1));
    dialog.findChild<QDateEdit *>(QStringLiteral("to"))->setDate(day(12, 31));
    settle(&dialog);
    REQUIRE(dialog.job());
    CHECK(dialog.job()->parts.first().form->id == QStringLiteral("register"));
    CHECK(dialog.pageCount() >= 1);
    shot(&dialog, QStringLiteral("print-register.png"));

    // A period the wrong way round is refused with a message, not an empty printout.
    dialog.findChild<QDateEdit *>(QStringLiteral("from"))->setDate(day(12, 31));
    dialog.findChild<QDateEdit *>(QStringLiteral("to"))->setDate(day(1, 1));
    settle(&dialog);
    CHECK_FALSE(dialog.job());
    CHECK_FALSE(dialog.problem().isEmpty());
    CHECK_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("print"))->isEnabled());
}

TEST_CASE("a form goes through a real CUPS print queue", "[gui][print][cups]")
{
    // packaging/cups-test-queue.sh (run by packaging/dev.sh test) sets up CUPS with the CUPS-PDF
    // printer SifaPDF, which writes each job as a PDF into the printing user's ~/PDF.
    const QString queue = QStringLiteral("SifaPDF");
    bool found = false;
    for (const QPrinterInfo &p : QPrinterInfo::availablePrinters())
        found = found || p.printerName() == queue;
    INFO("run packaging/cups-test-queue.sh to set up the CUPS-PDF queue");
    REQUIRE(found);

    test::MediationFixture f;
    const QString uuid = f.mediatingCase(day(3, 2), day(3, 3), day(3, 4));
    REQUIRE(DisputeService::recordAgreement(f.db(), f.mediator, f.agreement(uuid, day(3, 6)), false));
    const QString caseNo = DisputeRepository::get(f.db(), uuid)->caseNo;
    Result<PrintJob> job = CaseFile::form(f.db(), Access::user(f.mediator), QStringLiteral("agreement"), caseNo);
    REQUIRE(job);

    // CUPS-PDF's "Out ${HOME}/PDF" is the home of the user's account, whatever $HOME says.
    const passwd *account = getpwuid(getuid());
    REQUIRE(account);
    const QDir out(QDir(QString::fromLocal8Bit(account->pw_dir)).filePath(QStringLiteral("PDF")));
    const QString title = QStringLiteral("sifa-cups-%1").arg(QDateTime::currentMSecsSinceEpoch());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPrinterName(queue);
    REQUIRE(printer.isValid());
    REQUIRE(printer.outputFormat() == QPrinter::NativeFormat);
    printer.setFullPage(true);
    printer.setDocName(title);
    REQUIRE(FormPrinter::print(*job, &printer).ok());

    // CUPS-PDF names the file after the job's title.
    QString written;
    QElapsedTimer wait;
    wait.start();
    while (written.isEmpty() && wait.elapsed() < 60000) {
        const QStringList files = out.entryList({title + QStringLiteral("*.pdf")}, QDir::Files);
        if (!files.isEmpty() && QFileInfo(out.filePath(files.first())).size() > 0) {
            QThread::msleep(500);  // let CUPS-PDF finish writing
            written = out.filePath(files.first());
        } else {
            QThread::msleep(200);
        }
    }
    INFO("no PDF from the queue in " << out.path().toStdString());
    REQUIRE_FALSE(written.isEmpty());
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {written});
    REQUIRE(info.waitForFinished(30000));
    const QString text = QString::fromUtf8(info.readAllStandardOutput());
    CHECK(text.contains(QStringLiteral("(A4)")));
    // Three copies of the agreement (two parties and the committee's), each at least a page.
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(text);
    REQUIRE(pages.hasMatch());
    CHECK(pages.captured(1).toInt() >= 3);
    QFile::remove(written);
}

TEST_CASE("each printer keeps its own calibration, within bounds", "[gui][print]")
{
    PrinterCalibration::setOffset(QStringLiteral("Office/Laser 1"), QPointF(1.5, -2));
    PrinterCalibration::setOffset(QStringLiteral("Dot matrix"), QPointF(99, -99));
    CHECK(PrinterCalibration::offset(QStringLiteral("Office/Laser 1")) == QPointF(1.5, -2));
    CHECK(PrinterCalibration::offset(QStringLiteral("Dot matrix"))
          == QPointF(PrinterCalibration::kLimitMm, -PrinterCalibration::kLimitMm));
    CHECK(PrinterCalibration::offset(QStringLiteral("Never calibrated")) == QPointF(0, 0));
}
