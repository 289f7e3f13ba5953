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
class PrintDialog : public QDialog {
    Q_OBJECT
public:
    // With a case number: its forms and case file; without: blank forms and the register.
    PrintDialog(Database &db, const Session &session, const QString &caseNo, QWidget *parent = nullptr);
    ~PrintDialog() override;

    // Chooses the form by id ("agreement", "dossier", "register").
    void selectForm(const QString &id);
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
    QString currentId() const;

    Database &m_db;
    Session m_session;
    QString m_caseNo;
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
