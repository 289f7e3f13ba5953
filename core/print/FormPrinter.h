#pragma once

#include "print/FormData.h"
#include "print/FormLayout.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace sifa {

class FormTemplate;

// What goes to paper or PDF: forms in order, each with its copies, on one page sequence.
struct PrintJob {
    struct Part {
        const FormTemplate *form = nullptr;
        QList<FormData> copies;  // none: one blank copy
        bool numbered = true;    // counts and shows a page number (a case file's cover does not)
    };
    QList<Part> parts;
    FormOptions options;
    double offsetXmm = 0;  // 套打 calibration of the printer: moves everything right/down
    double offsetYmm = 0;
    static constexpr double kMaxOffsetMm = 30;  // the largest shift accepted either way
    bool pageNumbers = true;  // "— 1 —" below the text block (GB/T 9704, 4号宋体)
    QString title;            // the PDF's title
};

class FormPrinter {
    Q_DECLARE_TR_FUNCTIONS(FormPrinter)
public:
    // Lays every part out for `device` (its resolution decides the measures).
    static QList<LaidOutForm> layout(const PrintJob &job, QPaintDevice *device);
    // The page number shown on each page of a laid-out job (0 for an unnumbered page).
    static QList<int> pageNumbers(const PrintJob &job, const QList<LaidOutForm> &forms);
    static int pageCount(const QList<LaidOutForm> &forms);

    // Lays out and paints the whole job onto a printer or PDF writer, page after page.
    static Status print(const PrintJob &job, QPagedPaintDevice *device);
    // Paints an already laid-out job; `painter` is open on `device`.
    static void paint(const PrintJob &job, const QList<LaidOutForm> &forms, QPagedPaintDevice *device,
                      QPainter &painter);

    // The job as a PDF document (A4, fonts embedded).
    static Result<QByteArray> pdf(const PrintJob &job);
    static Status writePdf(const PrintJob &job, const QString &path);
};

}  // namespace sifa
