#pragma once

#include "mediation/Attachments.h"
#include "print/FormPrinter.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace sifa {

class Access;
class Database;

// Print jobs for the mediation forms: one form of a case (filled or blank), the whole case file
// (卷宗) in the order of its 卷内目录 with the directory's page numbers, the register for a
// period; and the PDF of any of them archived with the case.
class CaseFile {
    Q_DECLARE_TR_FUNCTIONS(CaseFile)
public:
    // Form `formId` of the case numbered `caseNo`; with options.blank the case may be empty and
    // the form prints for handwriting (the office's name still filled in).
    static Result<PrintJob> form(Database &db, const Access &access, const QString &formId, const QString &caseNo,
                                 const FormOptions &options = {});

    // An entry of the case file: a document and the page it starts on (0: not printed here,
    // such as an ID copy kept on paper).
    struct Entry {
        QString title;
        QString formId;  // empty for an attachment
        int firstPage = 0;
        int pages = 0;
        QString note;
    };
    // The whole case file. The cover and the directory are not numbered; numbering starts with
    // the first document, and the directory lists each document with its first page. The forms
    // the file requires always print (blank where the case has nothing yet); the optional ones
    // where the case has them; the case's attachments are listed as kept with the file.
    static Result<PrintJob> dossier(Database &db, const Access &access, const QString &caseNo,
                                    QList<Entry> *entries = nullptr);

    // The 人民调解案件登记簿 of the cases registered from `from` to `to`.
    static Result<PrintJob> registerBook(Database &db, const Access &access, const QDate &from, const QDate &to);

    // Keeps the job's PDF with the case as an attachment of kind "printout" (with its SHA-256):
    // always the whole form, never values-only or shifted for a printer. Printouts are not
    // listed in the case file's directory (they are the file itself).
    static Result<Attachment> archive(Database &db, const Access &access, const QString &caseNo, const PrintJob &job,
                                      const QString &note);

    // Forms of the case file that must be there, and in which order (ids).
    static QStringList dossierOrder();
    static bool requiredInDossier(const QString &formId);
};

}  // namespace sifa
