// sifa print: the mediation forms, the case file and the register, the community correction
// forms of a subject's file, and the resettlement forms of a file or the office's monthly list,
// as PDF, on the same engine the desktop program prints with.
#include "Commands.h"
#include "Console.h"

#include "print/CaseFile.h"
#include "print/CorrectionForms.h"
#include "print/FormFonts.h"
#include "print/FormTemplate.h"
#include "print/PlacementForms.h"
#include "util/Time.h"

#include <QDir>

namespace sifa::cli {

namespace {

int listForms()
{
    for (const FormTemplate *t : FormTemplates::all())
        out() << t->id << '\t' << t->title << '\t' << FormTemplates::moduleName(t->module) << Qt::endl;
    return Ok;
}

void warnAboutFonts()
{
    for (const QString &w : FormFonts::warnings())
        err() << Cli::tr("sifa: note: %1").arg(w) << Qt::endl;
}

std::optional<double> offset(const QCommandLineParser &p, const QString &name, int *code)
{
    if (!p.isSet(name))
        return 0.0;
    bool ok = false;
    const double mm = p.value(name).toDouble(&ok);
    const double limit = PrintJob::kMaxOffsetMm;
    if (!ok || !qIsFinite(mm) || mm < -limit || mm > limit) {
        *code = fail(Cli::tr("--%1 is a shift in millimetres between -%2 and %2.").arg(name).arg(limit), Usage);
        return std::nullopt;
    }
    return mm;
}

}  // namespace

int runPrint(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(dbOption());
    p.addOption(userOption());
    p.addOption({QStringLiteral("list"), Cli::tr("List the forms and their names.")});
    p.addOption({QStringLiteral("case"), Cli::tr("The case number (案号) to print from."), QStringLiteral("CASE_NO")});
    p.addOption({QStringLiteral("subject"),
                 Cli::tr("A correction form: the subject's file (uuid) to print from; correction-assessment: the "
                         "assessment's uuid."),
                 QStringLiteral("UUID")});
    p.addOption({QStringLiteral("request"),
                 Cli::tr("With --subject: only the copy for this request (leave, visitor, place, travel, transfer)."),
                 QStringLiteral("UUID")});
    p.addOption({QStringLiteral("sanction"),
                 Cli::tr("With --subject: only the copy for this reward, penalty or proposal."), QStringLiteral("UUID")});
    p.addOption({QStringLiteral("placement"), Cli::tr("A resettlement form: the file (uuid) to print from."),
                 QStringLiteral("UUID")});
    p.addOption({QStringLiteral("record"),
                 Cli::tr("With --placement: only the copy for this agreement, visit or risk assessment."),
                 QStringLiteral("UUID")});
    p.addOption({QStringLiteral("month"),
                 Cli::tr("With --subject, correction-assessment-monthly: the month (yyyy-mm); default every month. "
                         "placement-unmatched: the month of the list; default this month."),
                 QStringLiteral("YYYY-MM")});
    p.addOption({QStringLiteral("approval"),
                 Cli::tr("With --subject: the number of the approval that allows opening a sealed file."),
                 QStringLiteral("NO")});
    p.addOption({QStringLiteral("blank"), Cli::tr("Print the form blank, for filling in by hand.")});
    p.addOption({QStringLiteral("data-only"),
                 Cli::tr("Print only the filled-in values, for paper with the form already printed on it (套打).")});
    p.addOption({QStringLiteral("offset-x"), Cli::tr("Move everything right by MM millimetres (left if negative)."),
                 QStringLiteral("MM")});
    p.addOption({QStringLiteral("offset-y"), Cli::tr("Move everything down by MM millimetres (up if negative)."),
                 QStringLiteral("MM")});
    p.addOption({QStringLiteral("from"), Cli::tr("register: the first registration date."), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("to"), Cli::tr("register: the last registration date."), QStringLiteral("DATE")});
    p.addOption({QStringLiteral("out"), Cli::tr("The PDF file to write."), QStringLiteral("FILE.pdf")});
    p.addOption({QStringLiteral("archive"), Cli::tr("Also keep the PDF with the case as an attachment.")});
    p.addPositionalArgument(QStringLiteral("FORM"), Cli::tr("The form (see --list), dossier or register."));
    if (std::optional<int> stop = parse(p, args, Cli::tr("Print a mediation form, the whole case file (dossier), "
                                                         "the register, a community correction form or a "
                                                         "resettlement form as a PDF.")))
        return *stop;
    if (p.isSet(QStringLiteral("list")))
        return listForms();
    if (p.positionalArguments().size() != 1)
        return fail(Cli::tr("Name one form to print (sifa print --list shows them), dossier or register."), Usage);
    const QString form = p.positionalArguments().first();
    const QString outFile = p.value(QStringLiteral("out"));
    if (outFile.isEmpty())
        return fail(Cli::tr("Name the PDF file with --out FILE.pdf."), Usage);
    const QString caseNo = p.value(QStringLiteral("case")).trimmed();
    const QString subject = p.value(QStringLiteral("subject")).trimmed();
    const QString placement = p.value(QStringLiteral("placement")).trimmed();
    const bool placementForm = PlacementForms::isPlacementForm(form);
    const bool blank = p.isSet(QStringLiteral("blank"));
    int code = Ok;
    const std::optional<double> dx = offset(p, QStringLiteral("offset-x"), &code);
    const std::optional<double> dy = offset(p, QStringLiteral("offset-y"), &code);
    if (!dx || !dy)
        return code;
    if (form == QLatin1String("register")) {
        if (!p.isSet(QStringLiteral("from")) || !p.isSet(QStringLiteral("to")))
            return fail(Cli::tr("sifa print register needs --from DATE and --to DATE."), Usage);
    } else if (!placement.isEmpty() && !subject.isEmpty()) {
        return fail(Cli::tr("Give either --subject or --placement, not both."), Usage);
    } else if (placementForm) {
        if (!caseNo.isEmpty() || !subject.isEmpty())
            return fail(Cli::tr("A resettlement form is printed from --placement UUID, not a case or subject."), Usage);
        if (PlacementForms::isOfficeForm(form) && !placement.isEmpty())
            return fail(Cli::tr("%1 is the office's list for a month (--month), not one file's.").arg(form), Usage);
        if (!PlacementForms::isOfficeForm(form) && !blank && placement.isEmpty())
            return fail(Cli::tr("Name the resettlement file with --placement UUID, or print the form --blank."), Usage);
        if (p.isSet(QStringLiteral("record")) && PlacementForms::recordEntity(form).isEmpty())
            return fail(Cli::tr("--record goes with placement-agreement, placement-visit or placement-risk."), Usage);
    } else if (!placement.isEmpty()) {
        return fail(Cli::tr("--placement prints a resettlement form (sifa print --list shows them)."), Usage);
    } else if (!subject.isEmpty()) {
        if (!CorrectionForms::isCorrectionForm(form))
            return fail(Cli::tr("--subject prints a correction form (sifa print --list shows them)."), Usage);
        if (!caseNo.isEmpty())
            return fail(Cli::tr("Give either --case or --subject, not both."), Usage);
        if (p.isSet(QStringLiteral("request")) && p.isSet(QStringLiteral("sanction")))
            return fail(Cli::tr("Give either --request or --sanction, not both."), Usage);
    } else if (!blank && caseNo.isEmpty()) {
        return fail(Cli::tr("Name the case with --case CASE_NO, or print the form --blank."), Usage);
    }
    if (placement.isEmpty() && p.isSet(QStringLiteral("record")))
        return fail(Cli::tr("--record goes with --placement."), Usage);
    if (subject.isEmpty()) {
        for (const char *option : {"request", "sanction", "approval"}) {
            if (p.isSet(QString::fromLatin1(option)))
                return fail(Cli::tr("--%1 goes with --subject.").arg(QString::fromLatin1(option)), Usage);
        }
    }
    if (p.isSet(QStringLiteral("month")) && subject.isEmpty() && !PlacementForms::isOfficeForm(form))
        return fail(Cli::tr("--month goes with --subject, or with placement-unmatched."), Usage);
    QDate month;
    if (p.isSet(QStringLiteral("month"))) {
        month = QDate::fromString(p.value(QStringLiteral("month")).trimmed() + QStringLiteral("-01"), Qt::ISODate);
        if (!month.isValid())
            return fail(Cli::tr("Write the month as yyyy-mm, e.g. 2026-03."), Usage);
    }
    if (p.isSet(QStringLiteral("archive")) && (blank || caseNo.isEmpty() || form == QLatin1String("register")))
        return fail(Cli::tr("--archive keeps a filled form or case file with its case: give --case."), Usage);

    std::optional<OpenedWithAccess> opened = openWithAccess(p, &code);
    if (!opened)
        return code;
    Database &db = *opened->db;
    const Access &access = opened->access;
    Result<PrintJob> job = [&]() -> Result<PrintJob> {
        if (form == QLatin1String("dossier"))
            return CaseFile::dossier(db, access, caseNo);
        if (form == QLatin1String("register")) {
            const QDate from = QDate::fromString(p.value(QStringLiteral("from")).trimmed(), Qt::ISODate);
            const QDate to = QDate::fromString(p.value(QStringLiteral("to")).trimmed(), Qt::ISODate);
            if (!from.isValid() || !to.isValid())
                return Result<PrintJob>::failure(ErrorCode::InvalidInput,
                                                 Cli::tr("Write the dates as yyyy-mm-dd, e.g. 2026-01-01."));
            return CaseFile::registerBook(db, access, from, to);
        }
        FormOptions options;
        options.blank = blank;
        options.dataOnly = p.isSet(QStringLiteral("data-only"));
        if (placementForm) {
            PlacementFormQuery query;
            query.file = placement;
            query.record = p.value(QStringLiteral("record")).trimmed();
            query.month = month;
            return PlacementForms::job(db, access, form, query, options);
        }
        if (!subject.isEmpty()) {
            CorrectionFormQuery query;
            query.subject = subject;
            query.record = p.isSet(QStringLiteral("request")) ? p.value(QStringLiteral("request")).trimmed()
                                                              : p.value(QStringLiteral("sanction")).trimmed();
            query.month = month;
            query.sealApproval = p.value(QStringLiteral("approval")).trimmed();
            return CorrectionForms::job(db, access, form, query, options);
        }
        return CaseFile::form(db, access, form, caseNo, options);
    }();
    if (!job)
        return fail(job.error());
    job->offsetXmm = *dx;
    job->offsetYmm = *dy;
    warnAboutFonts();
    if (Status s = FormPrinter::writePdf(*job, outFile); !s.ok())
        return fail(s.error());
    out() << Cli::tr("Written: %1").arg(QDir::toNativeSeparators(outFile)) << Qt::endl;
    if (p.isSet(QStringLiteral("archive"))) {
        Result<Attachment> a = CaseFile::archive(db, access, caseNo, *job, job->title);
        if (!a)
            return fail(a.error());
        out() << Cli::tr("Kept with case %1 as an attachment (SHA-256 %2).").arg(caseNo, a->sha256) << Qt::endl;
    }
    return Ok;
}

}  // namespace sifa::cli
