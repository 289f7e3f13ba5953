#pragma once

#include "print/FormPrinter.h"
#include "security/Session.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;
class QRadioButton;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

// Printing the mediation forms: pick a form (or the whole case file, or the register), filled
// from the case or blank, see it as it will print, then print it, save it as PDF or keep the
// PDF with the case. Data-only printing (套打) uses the printer's calibration.
// For a person under community correction: the 社区矫正 forms filled from the file, one entry
// per copy (per request, per sanction; the monthly assessment for the month picked).
// For a released person's resettlement file: the 安置帮教 forms filled from the file, one entry
// per copy (per agreement, visit record, risk assessment), and the office's monthly list of
// people not handed over (未衔接人员名单) for the month picked.
class PrintDialog : public QDialog {
    Q_OBJECT
public:
    // The correction file to print from, and the approval number a sealed file opens with.
    struct Subject {
        QString uuid;
        QString sealApproval;
        // The caller's window has the file open (its opening audited): the dialog reads it again
        // without a new audit entry. Otherwise the dialog's first reading is the audited opening
        // and its previews read it again.
        bool opened = false;
    };

    // The resettlement file to print from (rp_subject uuid). An empty uuid offers the office's
    // monthly list filled and the file forms blank.
    struct Placement {
        QString uuid;
    };

    // With a case number: its forms and case file; without: blank forms and the register.
    PrintDialog(Database &db, const Session &session, const QString &caseNo, QWidget *parent = nullptr);
    // The correction forms of a subject's file.
    PrintDialog(Database &db, const Session &session, const Subject &subject, QWidget *parent = nullptr);
    // The resettlement forms of a file (PlacementForms, in the order of a file), one entry per
    // copy, then the office's list of people not handed over with a month picker (this month to
    // start with). Filled forms are read through PlacementService::open: the placement
    // permission, each opening audited; a refusal shows in the dialog. For the placement GUI:
    //     PrintDialog dialog(db, session, PrintDialog::Placement{fileUuid}, this);
    //     dialog.selectForm(QStringLiteral("placement-visit"), visitUuid);  // optional
    //     dialog.exec();
    PrintDialog(Database &db, const Session &session, const Placement &placement, QWidget *parent = nullptr);
    // A job made elsewhere (e.g. a statistics report, StatExport::printJob): its preview, printing
    // and saving as PDF, without the list of forms.
    PrintDialog(Database &db, const Session &session, const PrintJob &job, QWidget *parent = nullptr);
    ~PrintDialog() override;

    // Chooses the form by id ("agreement", "dossier", "register", "correction-leave",
    // "placement-unmatched"); with `record`, the copy for that request, sanction, agreement, visit
    // or risk assessment.
    void selectForm(const QString &id, const QString &record = QString());
    // The monthly assessment's month (correction forms); the list's month (placement-unmatched).
    void setMonth(const QDate &month);
    const PrintJob *job() const { return m_job.get(); }
    int pageCount() const { return m_pages; }
    QString problem() const;
    Status saveAsPdf(const QString &path);

private Q_SLOTS:
    void rebuild();
    void paint(QPrinter *printer);
    void print();
    void savePdf();
    void archive();
    void calibrate();

private:
    void build();
    void listCaseForms();
    void listSubjectForms();
    void listPlacementForms();
    // Whether `id` can be filled here (else only blank).
    bool canFill(const QString &id) const;
    QString currentId() const;
    QString currentRecord() const;
    bool hasSource() const { return !m_caseNo.isEmpty() || !m_subject.uuid.isEmpty() || m_placementDialog; }

    Database &m_db;
    Session m_session;
    QString m_caseNo;
    Subject m_subject;
    Placement m_placement;
    bool m_placementDialog = false;
    bool m_forcedBlank = false;  // blank because the form cannot be filled here, not by choice
    std::unique_ptr<PrintJob> m_ready;  // the job given to preview, if any
    std::unique_ptr<QPrinter> m_printer;
    std::unique_ptr<PrintJob> m_job;
    int m_pages = 0;

    QListWidget *m_forms;
    QRadioButton *m_filled;
    QRadioButton *m_blank;
    QCheckBox *m_dataOnly;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QWidget *m_period;
    QDateEdit *m_month = nullptr;
    QWidget *m_monthBox = nullptr;
    QLabel *m_message;
    QLabel *m_fonts;
    QLabel *m_pageLabel;
    QPrintPreviewWidget *m_preview;
    QPushButton *m_printButton;
    QPushButton *m_pdfButton;
    QPushButton *m_archiveButton;
};

}  // namespace ui
}  // namespace sifa
