// Benchmark of printing: N agreements of the demo office to PDF through the forms engine, and
// what opening the print preview of a whole case file costs (building the job, laying out every
// page, painting them), beside the raw figure: QPainter drawing the same text lines onto a
// QPdfWriter with no template, wrapping or tables. Run by hand:
//
//   build/tests/bench/sifa_bench_print [agreements=100]
//
// The targets: 100 agreements to PDF in under 5 s; the case file's preview under 1 s.
#include "demo/DemoOffice.h"
#include "print/CaseFile.h"
#include "print/FormPrinter.h"
#include "security/Access.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace sifa;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

double ms(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

void row(const QString &what, double sifaMs, double rawMs)
{
    out() << QStringLiteral("%1 %2 ms %3 ms %4x")
                 .arg(what, -44)
                 .arg(sifaMs, 10, 'f', 1)
                 .arg(rawMs, 10, 'f', 1)
                 .arg(rawMs > 0 ? sifaMs / rawMs : 0, 7, 'f', 1)
          << Qt::endl;
}

// The raw figure: the text of the laid-out pages drawn line by line with QPainter::drawText.
double rawPdfMs(const QList<QStringList> &pages)
{
    QElapsedTimer t;
    t.start();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(600);
    QPainter p(&writer);
    QFont f(QStringLiteral("Noto Serif CJK SC"));
    f.setPointSizeF(12);
    p.setFont(f);
    const double pitch = 12 * 1.7 * 600 / 72.0;
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        double y = 900;
        for (const QString &line : pages.at(i)) {
            p.drawText(QPointF(660, y), line);
            y += pitch;
        }
    }
    p.end();
    return ms(t);
}

QList<QStringList> pageTexts(const PrintJob &job)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(600);
    QList<QStringList> pages;
    for (const LaidOutForm &f : FormPrinter::layout(job, &writer)) {
        for (const FormPage &p : f.pages)
            pages << p.text().split(QLatin1Char('\n'));
    }
    return pages;
}

}  // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int wanted = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100;
    QTemporaryDir dir;
    DemoOptions options;
    options.path = dir.filePath(QStringLiteral("office.sqlite"));
    options.disputes = std::max(400, wanted * 3);
    options.people = options.disputes * 2;
    QElapsedTimer t;
    t.start();
    if (Result<DemoSummary> demo = DemoOffice::create(options); !demo) {
        out() << "demo office: " << demo.error().message << Qt::endl;
        return 1;
    }
    out() << QStringLiteral("SifaDesk printing benchmark: demo office of %1 cases made in %2 s")
                 .arg(options.disputes)
                 .arg(ms(t) / 1000, 0, 'f', 1)
          << Qt::endl;
    Result<std::unique_ptr<Database>> db = Database::open(options.path);
    if (!db) {
        out() << db.error().message << Qt::endl;
        return 1;
    }
    const Access access = Access::fileLevel(QStringLiteral("bench"));
    Result<QVariant> agreed = Query::scalar(**db, QStringLiteral("SELECT count(*) FROM agreement WHERE deleted = 0 AND form = 'written'"),
                                            {}, QString());
    QStringList cases;
    {
        Query q(**db, QStringLiteral("SELECT d.case_no FROM dispute d JOIN agreement a ON a.dispute_uuid = d.uuid "
                                     "WHERE a.form = 'written' AND a.deleted = 0 AND d.case_no <> '' ORDER BY d.rid LIMIT %1")
                          .arg(wanted));
        (void)q.exec(QString());
        while (q.next())
            cases << q.text(0);
    }
    out() << QStringLiteral("%1 written agreements in the office, printing %2").arg(agreed ? agreed->toInt() : 0).arg(cases.size())
          << Qt::endl;
    out() << QStringLiteral("%1 %2 %3 %4").arg(QStringLiteral("operation"), -44).arg(QStringLiteral("SifaDesk"), 13)
                 .arg(QStringLiteral("raw QPainter"), 13).arg(QStringLiteral("ratio"), 8)
          << Qt::endl;

    // N agreements (each with its copies) to one PDF each, as a clerk printing them one by one.
    t.restart();
    int pages = 0;
    QList<QStringList> allPages;
    double layoutOnly = 0;
    for (const QString &caseNo : std::as_const(cases)) {
        Result<PrintJob> job = CaseFile::form(**db, access, QStringLiteral("agreement"), caseNo);
        if (!job)
            continue;
        Result<QByteArray> pdf = FormPrinter::pdf(*job);
        if (!pdf)
            continue;
        QElapsedTimer l;
        l.start();
        const QList<QStringList> texts = pageTexts(*job);
        layoutOnly += ms(l);
        pages += static_cast<int>(texts.size());
        allPages << texts;
    }
    const double agreementsMs = ms(t) - layoutOnly;
    row(QStringLiteral("%1 agreements to PDF (%2 pages)").arg(cases.size()).arg(pages), agreementsMs, rawPdfMs(allPages));

    // The case file's preview: the job, the layout of every page, every page painted.
    QList<double> previews;
    int filePages = 0;
    QList<QStringList> filePagesText;
    for (int i = 0; i < std::min<qsizetype>(10, cases.size()); ++i) {
        QElapsedTimer p;
        p.start();
        Result<PrintJob> job = CaseFile::dossier(**db, access, cases.at(i));
        if (!job)
            continue;
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        const QList<LaidOutForm> laid = FormPrinter::layout(*job, &writer);
        QPainter painter(&writer);
        FormPrinter::paint(*job, laid, &writer, painter);
        painter.end();
        previews << ms(p);
        filePages = FormPrinter::pageCount(laid);
        if (filePagesText.isEmpty())
            filePagesText = pageTexts(*job);
    }
    std::sort(previews.begin(), previews.end());
    if (!previews.isEmpty()) {
        const double p95 = previews.at(std::min<qsizetype>(previews.size() - 1, (previews.size() * 95) / 100));
        row(QStringLiteral("case file preview, p95 of %1 (%2 pages)").arg(previews.size()).arg(filePages), p95,
            rawPdfMs(filePagesText));
    }
    out() << QStringLiteral("targets: 100 agreements < 5000 ms; case-file preview < 1000 ms") << Qt::endl;
    return 0;
}
