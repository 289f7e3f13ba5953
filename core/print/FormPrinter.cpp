#include "print/FormPrinter.h"

#include "print/FormFonts.h"
#include "print/FormTemplate.h"
#include "print/PdfText.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>

namespace sifa {

namespace {

constexpr double kMmPerInch = 25.4;
constexpr double kPtPerInch = 72.0;
constexpr int kPdfResolution = 600;

// A4 with the painter's origin at the paper's corner: full-page mode, or a printer would clamp
// the zero margins to its printable area and shift the whole form by its hardware margin.
bool setPage(QPagedPaintDevice *device, QPageLayout::Orientation orientation)
{
    QPageLayout layout(QPageSize(QPageSize::A4), orientation, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    layout.setMode(QPageLayout::FullPageMode);
    return device->setPageLayout(layout);
}

void drawPageNumber(QPainter &painter, int number, const QString &layout, double dpi)
{
    const double mm = dpi / kMmPerInch;
    const QRectF block = FormLayout::textBlockMm(layout);
    QFont font = FormFonts::font(QStringLiteral("song"), 14);
    painter.setFont(font);
    painter.setPen(Qt::black);
    const QString text = QStringLiteral("— %1 —").arg(number);
    // Odd pages one character in from the right, even pages from the left (GB/T 9704 7.5).
    const double inset = 14 * dpi / kPtPerInch;
    const QRectF area((block.left()) * mm + inset, (block.bottom() + 7) * mm, block.width() * mm - 2 * inset, 10 * mm);
    painter.drawText(area, (number % 2 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop, text);
}

}  // namespace

QList<LaidOutForm> FormPrinter::layout(const PrintJob &job, QPaintDevice *device)
{
    QList<LaidOutForm> out;
    for (const PrintJob::Part &part : job.parts) {
        if (part.form)
            out << FormLayout::layout(*part.form, part.copies, job.options, device);
    }
    return out;
}

QList<int> FormPrinter::pageNumbers(const PrintJob &job, const QList<LaidOutForm> &forms)
{
    QList<int> numbers;
    int next = 1;
    qsizetype f = 0;
    for (const PrintJob::Part &part : job.parts) {
        if (!part.form)
            continue;
        for (qsizetype p = 0; p < forms.at(f).pages.size(); ++p)
            numbers << (part.numbered ? next++ : 0);
        ++f;
    }
    return numbers;
}

int FormPrinter::pageCount(const QList<LaidOutForm> &forms)
{
    int n = 0;
    for (const LaidOutForm &f : forms)
        n += static_cast<int>(f.pages.size());
    return n;
}

void FormPrinter::paint(const PrintJob &job, const QList<LaidOutForm> &forms, QPagedPaintDevice *device,
                        QPainter &painter)
{
    const double dpi = device->logicalDpiY();
    const double mm = dpi / kMmPerInch;
    const QList<int> numbers = pageNumbers(job, forms);
    // The pages the printer dialog asked for (counted 1, 2, ... through the whole job).
    const QPageRanges ranges = device->pageRanges();
    int index = 0;
    int painted = 0;
    qsizetype part = 0;
    for (const LaidOutForm &form : forms) {
        while (part < job.parts.size() && !job.parts.at(part).form)
            ++part;
        const QString layout = job.parts.at(part).form->layout;
        ++part;
        for (const FormPage &page : form.pages) {
            if (!ranges.isEmpty() && !ranges.contains(index + 1)) {
                ++index;
                continue;
            }
            if (painted++ > 0) {
                // A printer refuses a new layout while printing: change only what changes.
                if (device->pageLayout().orientation() != page.orientation)
                    setPage(device, page.orientation);
                device->newPage();
            }
            painter.save();
            painter.translate(job.offsetXmm * mm, job.offsetYmm * mm);
            for (const FormPageItem &item : page.items) {
                if (item.text) {
                    item.text->lineAt(item.line).draw(&painter, item.at);
                } else if (!job.options.dataOnly) {
                    painter.setPen(QPen(Qt::black, item.strokeWidth, Qt::SolidLine, Qt::FlatCap));
                    painter.drawLine(item.stroke);
                }
            }
            const bool showNumber = job.pageNumbers && !job.options.dataOnly && numbers.value(index) > 0
                                    && (form.pages.size() > 1 || forms.size() > 1);
            if (showNumber)
                drawPageNumber(painter, numbers.value(index), layout, dpi);
            painter.restore();
            ++index;
        }
    }
}

Status FormPrinter::print(const PrintJob &job, QPagedPaintDevice *device)
{
    const QList<LaidOutForm> forms = layout(job, device);
    if (forms.isEmpty() || forms.first().pages.isEmpty())
        return Status::failure(ErrorCode::InvalidInput, tr("There is nothing to print."));
    setPage(device, forms.first().pages.first().orientation);
    QPainter painter;
    if (!painter.begin(device))
        return Status::failure(ErrorCode::Io, tr("The printer or file could not be opened for printing."));
    paint(job, forms, device, painter);
    if (!painter.end())
        return Status::failure(ErrorCode::Io, tr("The printout could not be finished."));
    return {};
}

Result<QByteArray> FormPrinter::pdf(const PrintJob &job)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(kPdfResolution);
        writer.setTitle(job.title);
        writer.setCreator(QStringLiteral("SifaDesk"));
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
        // The first page's orientation must be known before the painter opens the writer.
        if (Status s = print(job, &writer); !s.ok())
            return s.error();
    }
    fixRadicalsInToUnicode(bytes);
    return bytes;
}

Status FormPrinter::writePdf(const PrintJob &job, const QString &path)
{
    Result<QByteArray> bytes = pdf(job);
    if (!bytes)
        return bytes.status();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        //: %1 file path, %2 the system's reason
        return Status::failure(ErrorCode::Io, tr("The PDF could not be written to %1: %2")
                                                  .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

}  // namespace sifa
