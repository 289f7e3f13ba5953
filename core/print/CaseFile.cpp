#include "print/CaseFile.h"

#include "print/FormTemplate.h"
#include "print/MediationForms.h"
#include "security/Access.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>

namespace sifa {

namespace {

Result<const FormTemplate *> templateFor(const QString &formId)
{
    const FormTemplate *t = FormTemplates::find(formId);
    if (!t) {
        QStringList ids;
        for (const FormTemplate *f : FormTemplates::all())
            ids << f->id;
        //: %1 the name given, %2 the forms there are
        return Result<const FormTemplate *>::failure(
            ErrorCode::NotFound, CaseFile::tr("There is no form called \"%1\". The forms are: %2.")
                                     .arg(formId, ids.join(QStringLiteral(", "))));
    }
    return t;
}

// The copy of the agreement the committee keeps (MediationForms puts it after the parties').
FormData keptCopy(const QList<FormData> &copies)
{
    return copies.last();
}

Result<QString> caseUuid(Database &db, const QString &caseNo)
{
    return MediationForms::caseUuid(db, caseNo);
}

QString pageRange(int first, int pages)
{
    if (first <= 0 || pages <= 0)
        return QString();
    return pages == 1 ? QString::number(first) : QStringLiteral("%1-%2").arg(first).arg(first + pages - 1);
}

}  // namespace

QStringList CaseFile::dossierOrder()
{
    return {QStringLiteral("cover"),          QStringLiteral("contents"),      QStringLiteral("application"),
            QStringLiteral("registration"),   QStringLiteral("rights-notice"), QStringLiteral("investigation"),
            QStringLiteral("session"),        QStringLiteral("agreement"),     QStringLiteral("oral-agreement"),
            QStringLiteral("visit"),          QStringLiteral("closing-report"), QStringLiteral("termination-notice"),
            QStringLiteral("back-cover")};
}

bool CaseFile::requiredInDossier(const QString &formId)
{
    static const QStringList required{QStringLiteral("cover"),        QStringLiteral("contents"),
                                      QStringLiteral("registration"), QStringLiteral("rights-notice"),
                                      QStringLiteral("session"),      QStringLiteral("closing-report"),
                                      QStringLiteral("back-cover")};
    return required.contains(formId);
}

Result<PrintJob> CaseFile::form(Database &db, const Access &access, const QString &formId, const QString &caseNo,
                                const FormOptions &options)
{
    Result<const FormTemplate *> t = templateFor(formId);
    if (!t)
        return t.error();
    PrintJob job;
    job.options = options;
    job.title = (*t)->title;
    QList<FormData> copies;
    if (options.blank || caseNo.trimmed().isEmpty()) {
        job.options.blank = true;
        FormData office = MediationForms::officeValues(db);
        copies << office;
    } else if (!(*t)->module.isEmpty() && (*t)->module != QLatin1String("mediation")) {
        //: %1 the form's title, %2 the module (社区矫正)
        return Result<PrintJob>::failure(ErrorCode::InvalidInput,
                                         tr("%1 belongs to %2 and is not filled from a mediation case; print it "
                                            "blank.")
                                             .arg((*t)->title, FormTemplates::moduleName((*t)->module)));
    } else if (formId == QLatin1String("contents")) {
        // The directory alone lists what the whole file holds, with its page numbers.
        Result<PrintJob> file = dossier(db, access, caseNo);
        if (!file)
            return file.error();
        for (const PrintJob::Part &part : std::as_const(file->parts)) {
            if (part.form && part.form->id == formId)
                copies = part.copies;
        }
        job.title = QStringLiteral("%1 %2").arg((*t)->title, caseNo);
    } else {
        Result<QList<FormData>> filled = MediationForms::fill(db, access, caseNo.trimmed(), formId);
        if (!filled)
            return filled.error();
        if (filled->isEmpty()) {
            //: %1 the form's title, %2 the case number
            return Result<PrintJob>::failure(ErrorCode::NotFound,
                                             tr("Case %2 has nothing for the form %1 yet; print it blank to fill in "
                                                "by hand.")
                                                 .arg((*t)->title, caseNo));
        }
        copies = *filled;
        job.title = QStringLiteral("%1 %2").arg((*t)->title, caseNo);
    }
    job.parts << PrintJob::Part{*t, copies, true};
    return job;
}

Result<PrintJob> CaseFile::dossier(Database &db, const Access &access, const QString &caseNo, QList<Entry> *entries)
{
    PrintJob job;
    job.title = tr("Case file %1").arg(caseNo);
    QList<Entry> list;
    int contentsPart = -1;
    for (const QString &id : dossierOrder()) {
        Result<const FormTemplate *> t = templateFor(id);
        if (!t)
            return t.error();
        Result<QList<FormData>> filled = MediationForms::fill(db, access, caseNo.trimmed(), id);
        if (!filled)
            return filled.error();
        QList<FormData> copies = *filled;
        if (id == QLatin1String("agreement") && !copies.isEmpty())
            copies = {keptCopy(copies)};
        if (copies.isEmpty()) {
            if (!requiredInDossier(id))
                continue;
            // Required but nothing recorded yet: the blank form, to be filled by hand.
            FormData blank = MediationForms::officeValues(db);
            copies << blank;
        }
        const bool numbered = id != QLatin1String("cover") && id != QLatin1String("contents");
        if (id == QLatin1String("contents"))
            contentsPart = static_cast<int>(job.parts.size());
        job.parts << PrintJob::Part{*t, copies, numbered};
        if (numbered)
            list << Entry{(*t)->title, id, 0, 0, QString()};
    }
    // The attachments kept with the file (ID copies, evidence, receipts): listed, not printed.
    Result<QString> uuid = caseUuid(db, caseNo);
    if (!uuid)
        return uuid.error();
    Result<QList<Attachment>> attachments = Attachments::list(db, access, *uuid);
    if (!attachments)
        return attachments.error();
    for (const Attachment &a : std::as_const(*attachments)) {
        if (a.kind == QLatin1String("printout"))
            continue;
        const QString title = a.note.isEmpty() ? a.fileName : a.note;
        list << Entry{title, QString(), 0, 0, tr("kept with the file")};
    }

    // Lay out once to learn where each document starts, then fill in the directory.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(600);
    const QList<LaidOutForm> laid = FormPrinter::layout(job, &writer);
    const QList<int> numbers = FormPrinter::pageNumbers(job, laid);
    int page = 0;
    int entry = 0;
    for (int p = 0; p < job.parts.size(); ++p) {
        const int count = static_cast<int>(laid.at(p).pages.size());
        if (job.parts.at(p).numbered) {
            list[entry].firstPage = numbers.value(page);
            list[entry].pages = count;
            ++entry;
        }
        page += count;
    }
    // The back cover's 卷内备考表: how many documents and numbered pages the file holds.
    for (PrintJob::Part &part : job.parts) {
        if (part.form->id == QLatin1String("back-cover") && !part.copies.isEmpty()) {
            part.copies.first().set(QStringLiteral("file.pieces"), QString::number(list.size()));
            const int pages = numbers.isEmpty() ? 0 : *std::max_element(numbers.cbegin(), numbers.cend());
            part.copies.first().set(QStringLiteral("file.pages"), QString::number(pages));
        }
    }
    if (contentsPart >= 0) {
        FormData &contents = job.parts[contentsPart].copies.first();
        int n = 0;
        for (const Entry &e : std::as_const(list)) {
            contents.append(QStringLiteral("documents"), {{QStringLiteral("seq"), QString::number(++n)},
                                                          {QStringLiteral("title"), e.title},
                                                          {QStringLiteral("pages"), pageRange(e.firstPage, e.pages)},
                                                          {QStringLiteral("note"), e.note}});
        }
    }
    if (entries)
        *entries = list;
    return job;
}

Result<PrintJob> CaseFile::registerBook(Database &db, const Access &access, const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || from > to)
        return Result<PrintJob>::failure(ErrorCode::InvalidInput,
                                         tr("Give the register's period as two dates, the first not after the second."));
    Result<const FormTemplate *> t = templateFor(QStringLiteral("register"));
    if (!t)
        return t.error();
    Result<FormData> data = MediationForms::registerData(db, access, from, to);
    if (!data)
        return data.error();
    PrintJob job;
    job.title = tr("Mediation register %1 to %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    job.parts << PrintJob::Part{*t, {*data}, true};
    return job;
}

Result<Attachment> CaseFile::archive(Database &db, const Access &access, const QString &caseNo,
                                     const PrintJob &printed, const QString &note)
{
    PrintJob job = printed;
    job.options.dataOnly = false;
    job.offsetXmm = 0;
    job.offsetYmm = 0;
    Result<QString> uuid = caseUuid(db, caseNo);
    if (!uuid)
        return uuid.error();
    Result<QByteArray> pdf = FormPrinter::pdf(job);
    if (!pdf)
        return pdf.error();
    QTemporaryDir dir;
    if (!dir.isValid())
        return Result<Attachment>::failure(ErrorCode::Io, tr("No temporary folder could be made for the PDF."));
    QString name = job.title;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    const QString path = dir.filePath(name + QStringLiteral(".pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size()) {
        return Result<Attachment>::failure(ErrorCode::Io,
                                           tr("The PDF could not be written to a temporary file: %1").arg(file.errorString()));
    }
    file.close();
    return Attachments::add(db, access, QStringLiteral("dispute"), *uuid, path, QStringLiteral("printout"), note);
}

}  // namespace sifa
