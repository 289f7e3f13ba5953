#include "print/PrintDialog.h"

#include "correction/CorrectionService.h"
#include "correction/CorrectionUi.h"
#include "placement/PlacementService.h"
#include "print/CaseFile.h"
#include "print/CorrectionForms.h"
#include "print/FormFonts.h"
#include "print/FormTemplate.h"
#include "print/MediationForms.h"
#include "print/PlacementForms.h"
#include "print/PrinterCalibration.h"
#include "security/Access.h"
#include "util/Time.h"
#include "widgets/MessageBox.h"

#include <QAbstractScrollArea>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace sifa {
namespace ui {

namespace {

const QString kDossier = QStringLiteral("dossier");
const QString kRegister = QStringLiteral("register");

}  // namespace

PrintDialog::PrintDialog(Database &db, const Session &session, const QString &caseNo, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_caseNo(caseNo.trimmed()),
      m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    setWindowTitle(m_caseNo.isEmpty() ? tr("Print forms") : tr("Print forms of case %1").arg(m_caseNo));
    build();
}

PrintDialog::PrintDialog(Database &db, const Session &session, const Subject &subject, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session),
      m_subject{subject.uuid.trimmed(), subject.sealApproval.trimmed(), subject.opened},
      m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    setWindowTitle(tr("Print correction forms"));
    build();
}

PrintDialog::PrintDialog(Database &db, const Session &session, const Placement &placement, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_placement{placement.uuid.trimmed()}, m_placementDialog(true),
      m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    setWindowTitle(tr("Print resettlement forms"));
    build();
}

PrintDialog::PrintDialog(Database &db, const Session &session, const PrintJob &job, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_ready(std::make_unique<PrintJob>(job)),
      m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    setWindowTitle(tr("Print %1").arg(job.title));
    build();
}

// The case's forms and case file, or without a case every module's forms blank and the register.
void PrintDialog::listCaseForms()
{
    if (!m_caseNo.isEmpty()) {
        auto *item = new QListWidgetItem(tr("The whole case file (卷宗)"), m_forms);
        item->setData(Qt::UserRole, kDossier);
    }
    // A case offers its own module's forms; blank printing offers every module's, by module.
    QString module;
    for (const FormTemplate *t : FormTemplates::all()) {
        const QString tm = t->module.isEmpty() ? QStringLiteral("mediation") : t->module;
        if (!m_caseNo.isEmpty() && (t->id == kRegister || tm != QLatin1String("mediation")))
            continue;
        if (m_caseNo.isEmpty() && tm != module) {
            module = tm;
            auto *heading = new QListWidgetItem(FormTemplates::moduleName(tm), m_forms);
            heading->setFlags(Qt::NoItemFlags);
            QFont bold = heading->font();
            bold.setBold(true);
            heading->setFont(bold);
        }
        auto *item = new QListWidgetItem(t->title, m_forms);
        item->setData(Qt::UserRole, t->id);
    }
}

// The correction forms of the subject's file in the order of a file, one entry per copy: per
// request or sanction the form is for (one entry for the form while the file has none), the
// monthly assessment once, for the month picked.
void PrintDialog::listSubjectForms()
{
    const Access access = Access::user(m_session);
    Result<SubjectFile> file = m_subject.opened
                                   ? CorrectionService::reread(m_db, access, m_subject.uuid, m_subject.sealApproval)
                                   : CorrectionService::open(m_db, access, m_subject.uuid, m_subject.sealApproval);
    // Opened once: the previews read the file again without another audit entry.
    m_subject.opened = m_subject.opened || file.ok();
    if (file) {
        //: %1 the person's name
        setWindowTitle(tr("Print correction forms of %1").arg(file->person.name));
        const auto [from, to] = CorrectionForms::monthsCovered(file->subject);
        QDate month = Clock::today();
        if (to.isValid() && month > to)
            month = to;
        m_month->setMaximumDate(to.isValid() ? to : Clock::today());
        if (from.isValid())
            m_month->setMinimumDate(QDate(from.year(), from.month(), 1));
        m_month->setDate(QDate(month.year(), month.month(), 1));
    } else {
        m_message->setText(file.message());
    }
    for (const QString &id : CorrectionForms::forms()) {
        const FormTemplate *t = FormTemplates::find(id);
        if (!t)
            continue;
        const QList<CcRecord> records = file ? CorrectionForms::copyRecords(*file, id) : QList<CcRecord>();
        if (records.isEmpty()) {
            auto *item = new QListWidgetItem(t->title, m_forms);
            item->setData(Qt::UserRole, id);
            continue;
        }
        for (const CcRecord &r : records) {
            QStringList about;
            if (CorrectionForms::recordKindOf(id) == QLatin1String("request")) {
                about << CorrectionUi::date(r.date(QStringLiteral("applied_date")));
                const QDate start = r.date(QStringLiteral("start_date"));
                const QDate end = r.date(QStringLiteral("end_date"));
                if (start.isValid())
                    about << (end.isValid() ? CorrectionUi::period(start, end) : CorrectionUi::date(start));
                for (const char *column : {"destination", "visitor_name", "new_address"})
                    about << r.text(QString::fromLatin1(column));
            } else {
                about << CorrectionUi::date(r.date(QStringLiteral("proposal_date")))
                      << CorrectionUi::codeName(QStringLiteral("correction_sanction"), r.text(QStringLiteral("kind")));
            }
            about.removeAll(QString());
            auto *item = new QListWidgetItem(
                //: A copy of a correction form in the print dialog's list: %1 the form, %2 the request or sanction
                tr("%1 — %2").arg(t->title, about.join(QStringLiteral(", "))), m_forms);
            item->setData(Qt::UserRole, id);
            item->setData(Qt::UserRole + 1, r.uuid);
        }
    }
}

// The resettlement forms of the file in the order of a file, one entry per copy (per agreement,
// visit, assessment; one entry for the form while the file has none), then the office's list
// with the month picked.
void PrintDialog::listPlacementForms()
{
    const QDate today = Clock::today();
    m_month->setMaximumDate(QDate(today.year(), today.month(), 1).addMonths(1).addDays(-1));
    m_month->setDate(QDate(today.year(), today.month(), 1));
    Result<PlacementFile> file = Result<PlacementFile>::failure(ErrorCode::NotFound, QString());
    if (!m_placement.uuid.isEmpty()) {
        // Listing reads the file without an audit entry; each filled form opens it (audited).
        file = PlacementService::reload(m_db, Access::user(m_session), m_placement.uuid);
        if (file)
            //: %1 the person's name
            setWindowTitle(tr("Print resettlement forms of %1").arg(file->person.name));
        else
            m_message->setText(file.message());
    }
    const auto heading = [this](const QString &text) {
        auto *item = new QListWidgetItem(text, m_forms);
        item->setFlags(Qt::NoItemFlags);
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
    };
    //: The print dialog's heading above the forms of one resettlement file
    heading(tr("This file"));
    for (const QString &id : PlacementForms::forms()) {
        const FormTemplate *t = FormTemplates::find(id);
        if (!t || PlacementForms::isOfficeForm(id))
            continue;
        const QList<Record> records = file ? PlacementForms::copyRecords(*file, id) : QList<Record>();
        if (records.isEmpty()) {
            auto *item = new QListWidgetItem(t->title, m_forms);
            item->setData(Qt::UserRole, id);
            continue;
        }
        for (const Record &r : records) {
            //: A copy of a resettlement form in the print dialog's list: %1 the form, %2 the agreement, visit or assessment
            auto *item = new QListWidgetItem(tr("%1 — %2").arg(t->title, PlacementForms::copyLabel(id, r)), m_forms);
            item->setData(Qt::UserRole, id);
            item->setData(Qt::UserRole + 1, r.uuid);
        }
    }
    //: The print dialog's heading above the office's lists (not one file's)
    heading(tr("The office"));
    for (const QString &id : PlacementForms::forms()) {
        const FormTemplate *t = FormTemplates::find(id);
        if (!t || !PlacementForms::isOfficeForm(id))
            continue;
        auto *item = new QListWidgetItem(t->title, m_forms);
        item->setData(Qt::UserRole, id);
    }
}

bool PrintDialog::canFill(const QString &id) const
{
    if (m_placementDialog)
        return !m_placement.uuid.isEmpty() || PlacementForms::isOfficeForm(id);
    return hasSource() && id != kRegister && id != kDossier;
}

void PrintDialog::build()
{
    m_printer->setPageSize(QPageSize(QPageSize::A4));
    m_printer->setFullPage(true);

    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Form"), this));
    m_forms = new QListWidget(this);
    m_forms->setObjectName(QStringLiteral("forms"));
    left->addWidget(m_forms, 1);

    const bool subject = !m_subject.uuid.isEmpty();
    m_filled = new QRadioButton(subject || m_placementDialog ? tr("Filled in from the file")
                                                              : tr("Filled in from the case"),
                                this);
    m_filled->setObjectName(QStringLiteral("filled"));
    m_blank = new QRadioButton(tr("Blank, to fill in by hand"), this);
    m_blank->setObjectName(QStringLiteral("blank"));
    (hasSource() ? m_filled : m_blank)->setChecked(true);
    m_filled->setEnabled(hasSource());
    left->addWidget(m_filled);
    left->addWidget(m_blank);
    m_dataOnly = new QCheckBox(tr("Values only, on pre-printed paper (套打)"), this);
    m_dataOnly->setObjectName(QStringLiteral("dataOnly"));
    m_dataOnly->setToolTip(tr("Prints only what is filled in, shifted by the printer's calibration, for paper "
                              "with the form already printed on it."));
    left->addWidget(m_dataOnly);

    m_period = new QWidget(this);
    auto *pf = new QFormLayout(m_period);
    pf->setContentsMargins(0, 0, 0, 0);
    const QDate today = Clock::today();
    m_from = new QDateEdit(QDate(today.year(), 1, 1), m_period);
    m_from->setObjectName(QStringLiteral("from"));
    m_to = new QDateEdit(today, m_period);
    m_to->setObjectName(QStringLiteral("to"));
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    pf->addRow(tr("Registered from"), m_from);
    pf->addRow(tr("to"), m_to);
    left->addWidget(m_period);
    m_monthBox = new QWidget(this);
    auto *mf = new QFormLayout(m_monthBox);
    mf->setContentsMargins(0, 0, 0, 0);
    m_month = new QDateEdit(QDate(today.year(), today.month(), 1), m_monthBox);
    m_month->setObjectName(QStringLiteral("month"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCalendarPopup(true);
    mf->addRow(tr("Month"), m_month);
    m_monthBox->setVisible(false);
    left->addWidget(m_monthBox);

    auto *calibrate = new QPushButton(tr("Printer calibration…"), this);
    calibrate->setObjectName(QStringLiteral("calibrate"));
    left->addWidget(calibrate);

    auto *right = new QVBoxLayout;
    m_fonts = new QLabel(this);
    m_fonts->setObjectName(QStringLiteral("fontWarning"));
    m_fonts->setWordWrap(true);
    m_fonts->setStyleSheet(QStringLiteral("color: #a15c00;"));
    const QStringList warnings = FormFonts::warnings();
    m_fonts->setText(warnings.join(QLatin1Char('\n')));
    m_fonts->setVisible(!warnings.isEmpty());
    right->addWidget(m_fonts);
    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    m_preview->setViewMode(QPrintPreviewWidget::SinglePageView);
    auto *pager = new QHBoxLayout;
    auto *previous = new QPushButton(tr("◀ Previous page"), this);
    previous->setShortcut(QKeySequence(Qt::Key_PageUp));
    auto *next = new QPushButton(tr("Next page ▶"), this);
    next->setShortcut(QKeySequence(Qt::Key_PageDown));
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    auto *wholePage = new QPushButton(tr("Whole page"), this);
    auto *pageWidth = new QPushButton(tr("Page width"), this);
    pager->addWidget(previous);
    pager->addWidget(m_pageLabel);
    pager->addWidget(next);
    pager->addStretch(1);
    pager->addWidget(wholePage);
    pager->addWidget(pageWidth);
    right->addLayout(pager);
    right->addWidget(m_preview, 1);
    const auto showPage = [this] {
        m_pageLabel->setText(tr("Page %1 of %2").arg(m_preview->currentPage()).arg(m_preview->pageCount()));
    };
    connect(previous, &QPushButton::clicked, this, [this, showPage] {
        m_preview->setCurrentPage(m_preview->currentPage() - 1);
        showPage();
    });
    connect(next, &QPushButton::clicked, this, [this, showPage] {
        m_preview->setCurrentPage(m_preview->currentPage() + 1);
        showPage();
    });
    connect(wholePage, &QPushButton::clicked, m_preview, &QPrintPreviewWidget::fitInView);
    connect(pageWidth, &QPushButton::clicked, m_preview, &QPrintPreviewWidget::fitToWidth);
    connect(m_preview, &QPrintPreviewWidget::previewChanged, this, showPage);
    // Scrolling through the pages moves the current page too.
    if (auto *view = m_preview->findChild<QAbstractScrollArea *>())
        connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, showPage);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("printMessage"));
    m_message->setWordWrap(true);
    right->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    m_printButton = new QPushButton(tr("&Print…"), this);
    m_printButton->setObjectName(QStringLiteral("print"));
    m_printButton->setDefault(true);
    m_pdfButton = new QPushButton(tr("Save as &PDF…"), this);
    m_pdfButton->setObjectName(QStringLiteral("savePdf"));
    m_archiveButton = new QPushButton(tr("&Keep with the case"), this);
    m_archiveButton->setObjectName(QStringLiteral("archive"));
    m_archiveButton->setToolTip(tr("Stores the PDF as an attachment of the case, with its SHA-256."));
    m_archiveButton->setVisible(!m_caseNo.isEmpty());
    auto *close = new QPushButton(tr("Close"), this);
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_pdfButton);
    buttons->addWidget(m_archiveButton);
    buttons->addStretch(1);
    buttons->addWidget(close);
    right->addLayout(buttons);

    auto *h = new QHBoxLayout(this);
    h->addLayout(left, 0);
    h->addLayout(right, 1);
    resize(1100, 780);

    if (m_ready) {
        // Nothing to choose: the left column (forms, filling, period) is not shown.
        for (int i = 0; i < left->count(); ++i) {
            if (QWidget *w = left->itemAt(i)->widget())
                w->hide();
        }
    } else if (m_placementDialog)
        listPlacementForms();
    else if (subject)
        listSubjectForms();
    else
        listCaseForms();
    m_printer->setDocName(windowTitle());

    connect(m_forms, &QListWidget::currentRowChanged, this, &PrintDialog::rebuild);
    // A choice the user makes stands.
    connect(m_filled, &QRadioButton::toggled, this, [this] { m_forcedBlank = false; });
    connect(m_filled, &QRadioButton::toggled, this, &PrintDialog::rebuild);
    connect(m_dataOnly, &QCheckBox::toggled, this, &PrintDialog::rebuild);
    connect(m_from, &QDateEdit::dateChanged, this, &PrintDialog::rebuild);
    connect(m_to, &QDateEdit::dateChanged, this, &PrintDialog::rebuild);
    connect(m_month, &QDateEdit::dateChanged, this, &PrintDialog::rebuild);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &PrintDialog::paint);
    connect(m_printButton, &QPushButton::clicked, this, &PrintDialog::print);
    connect(m_pdfButton, &QPushButton::clicked, this, &PrintDialog::savePdf);
    connect(m_archiveButton, &QPushButton::clicked, this, &PrintDialog::archive);
    connect(calibrate, &QPushButton::clicked, this, &PrintDialog::calibrate);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    for (int i = 0; i < m_forms->count(); ++i) {
        if (!m_forms->item(i)->data(Qt::UserRole).toString().isEmpty()) {
            m_forms->setCurrentRow(i);
            break;
        }
    }
    if (m_ready)
        rebuild();
}

PrintDialog::~PrintDialog() = default;

QString PrintDialog::currentId() const
{
    const QListWidgetItem *item = m_forms->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString PrintDialog::currentRecord() const
{
    const QListWidgetItem *item = m_forms->currentItem();
    return item ? item->data(Qt::UserRole + 1).toString() : QString();
}

void PrintDialog::selectForm(const QString &id, const QString &record)
{
    for (int i = 0; i < m_forms->count(); ++i) {
        const QListWidgetItem *item = m_forms->item(i);
        if (item->data(Qt::UserRole).toString() == id &&
            (record.isEmpty() || item->data(Qt::UserRole + 1).toString() == record)) {
            m_forms->setCurrentRow(i);
            return;
        }
    }
}

void PrintDialog::setMonth(const QDate &month)
{
    m_month->setDate(QDate(month.year(), month.month(), 1));
}

QString PrintDialog::problem() const
{
    return m_job ? QString() : m_message->text();
}

void PrintDialog::rebuild()
{
    if (m_ready) {
        m_job = std::make_unique<PrintJob>(*m_ready);
        m_message->clear();
        m_printButton->setEnabled(true);
        m_pdfButton->setEnabled(true);
        m_archiveButton->setEnabled(false);
        if (!m_job->parts.isEmpty() && m_job->parts.first().form)
            m_printer->setPageOrientation(FormLayout::orientation(m_job->parts.first().form->layout));
        m_preview->updatePreview();
        return;
    }
    const QString id = currentId();
    const bool isRegister = id == kRegister;
    const bool isDossier = id == kDossier;
    const bool isMonthly = (!m_subject.uuid.isEmpty() && id == QLatin1String("correction-assessment-monthly"))
                           || (m_placementDialog && PlacementForms::isOfficeForm(id));
    const bool fillable = canFill(id);
    if (m_placementDialog && fillable == m_forcedBlank) {
        // A file form without a file: blank only, and filled again for the office's list.
        const QSignalBlocker filled(m_filled);
        const QSignalBlocker blank(m_blank);
        if (!fillable && m_filled->isChecked()) {
            m_blank->setChecked(true);
            m_forcedBlank = true;
        } else if (fillable) {
            m_filled->setChecked(true);
            m_forcedBlank = false;
        }
    }
    m_period->setVisible(isRegister);
    m_monthBox->setVisible(isMonthly);
    m_monthBox->setEnabled(m_filled->isChecked());
    m_filled->setEnabled(fillable);
    m_blank->setEnabled(!isRegister && !isDossier);
    m_dataOnly->setEnabled(!isRegister && !isDossier);
    const Access access = Access::user(m_session);
    Result<PrintJob> job = [&]() -> Result<PrintJob> {
        if (id.isEmpty())
            return Result<PrintJob>::failure(ErrorCode::InvalidInput, tr("Choose a form."));
        if (isDossier)
            return CaseFile::dossier(m_db, access, m_caseNo);
        if (isRegister)
            return CaseFile::registerBook(m_db, access, m_from->date(), m_to->date());
        FormOptions options;
        options.blank = m_blank->isChecked() || !fillable;
        options.dataOnly = m_dataOnly->isChecked();
        if (m_placementDialog || (PlacementForms::isPlacementForm(id) && options.blank)) {
            PlacementFormQuery query;
            query.file = m_placement.uuid;
            query.record = currentRecord();
            query.month = m_month->date();
            return PlacementForms::job(m_db, access, id, query, options);
        }
        if (!m_subject.uuid.isEmpty()) {
            CorrectionFormQuery query;
            query.subject = m_subject.uuid;
            query.record = currentRecord();
            query.month = isMonthly ? m_month->date() : QDate();
            query.sealApproval = m_subject.sealApproval;
            query.opened = m_subject.opened;
            return CorrectionForms::job(m_db, access, id, query, options);
        }
        return CaseFile::form(m_db, access, id, options.blank ? QString() : m_caseNo, options);
    }();
    if (!job) {
        m_job.reset();
        m_pages = 0;
        m_message->setText(job.error().message);
    } else {
        m_job = std::make_unique<PrintJob>(*job);
        m_message->clear();
    }
    const bool ok = m_job != nullptr;
    m_printButton->setEnabled(ok);
    m_pdfButton->setEnabled(ok);
    m_archiveButton->setEnabled(ok && !m_caseNo.isEmpty() && !(m_job && m_job->options.blank) && !isRegister);
    // The register is landscape; the printer takes the orientation before it starts.
    if (m_job && !m_job->parts.isEmpty() && m_job->parts.first().form)
        m_printer->setPageOrientation(FormLayout::orientation(m_job->parts.first().form->layout));
    m_preview->updatePreview();
}

void PrintDialog::paint(QPrinter *printer)
{
    if (!m_job)
        return;
    PrintJob job = *m_job;
    if (job.options.dataOnly) {
        const QPointF shift = PrinterCalibration::offset(printer->printerName());
        job.offsetXmm = shift.x();
        job.offsetYmm = shift.y();
    }
    const QList<LaidOutForm> forms = FormPrinter::layout(job, printer);
    m_pages = FormPrinter::pageCount(forms);
    QPainter painter(printer);
    FormPrinter::paint(job, forms, printer, painter);
    m_message->setText(tr("%n page(s)", nullptr, m_pages));
}

void PrintDialog::print()
{
    if (!m_job)
        return;
    QPrintDialog dialog(m_printer.get(), this);
    dialog.setWindowTitle(tr("Print %1").arg(m_job->title));
    if (dialog.exec() != QDialog::Accepted)
        return;
    PrintJob job = *m_job;
    if (job.options.dataOnly) {
        const QPointF shift = PrinterCalibration::offset(m_printer->printerName());
        job.offsetXmm = shift.x();
        job.offsetYmm = shift.y();
    }
    m_printer->setFullPage(true);
    if (Status s = FormPrinter::print(job, m_printer.get()); !s.ok())
        MessageBox::warning(this, tr("Printing"), s.error().message);
    m_preview->updatePreview();
}

Status PrintDialog::saveAsPdf(const QString &path)
{
    if (!m_job)
        return Status::failure(ErrorCode::InvalidInput, problem());
    return FormPrinter::writePdf(*m_job, path);
}

void PrintDialog::savePdf()
{
    if (!m_job)
        return;
    QString name = m_job->title;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save as PDF"),
                                                      QDir(folder).filePath(name + QStringLiteral(".pdf")),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = saveAsPdf(path); !s.ok())
        MessageBox::warning(this, tr("Save as PDF"), s.error().message);
    else
        m_message->setText(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
}

void PrintDialog::archive()
{
    if (!m_job || m_caseNo.isEmpty())
        return;
    Result<Attachment> a = CaseFile::archive(m_db, Access::user(m_session), m_caseNo, *m_job, m_job->title);
    if (!a) {
        MessageBox::warning(this, tr("Keep with the case"), a.error().message);
        return;
    }
    m_message->setText(tr("Kept with the case as %1 (SHA-256 %2…).").arg(a->fileName, a->sha256.left(16)));
}

void PrintDialog::calibrate()
{
    const QString printer = m_printer->printerName();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Printer calibration"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("Printer: %1").arg(printer.isEmpty() ? tr("(default)") : printer), &dialog));
    auto *hint = new QLabel(tr("Print a form values-only on the pre-printed paper, measure how far the values land "
                               "from their places, and enter the correction: right and down are positive."),
                            &dialog);
    hint->setWordWrap(true);
    form->addRow(hint);
    const QPointF current = PrinterCalibration::offset(printer);
    auto *x = new QDoubleSpinBox(&dialog);
    auto *y = new QDoubleSpinBox(&dialog);
    for (QDoubleSpinBox *s : {x, y}) {
        s->setRange(-PrinterCalibration::kLimitMm, PrinterCalibration::kLimitMm);
        s->setDecimals(1);
        s->setSingleStep(0.5);
        s->setSuffix(tr(" mm"));
    }
    x->setObjectName(QStringLiteral("offsetX"));
    y->setObjectName(QStringLiteral("offsetY"));
    x->setValue(current.x());
    y->setValue(current.y());
    form->addRow(tr("Move right"), x);
    form->addRow(tr("Move down"), y);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    PrinterCalibration::setOffset(printer, QPointF(x->value(), y->value()));
    m_preview->updatePreview();
}

}  // namespace ui
}  // namespace sifa
