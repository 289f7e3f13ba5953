// Golden tests of the printed mediation forms: every form of a case as a PDF (A4, every font
// embedded, the text in reading order), blank forms, a record long enough for a second page,
// and the case file's directory against the page numbers actually printed.
#include "CatchCompat.h"
#include "MediationFixture.h"

#include "mediation/DisputeRepository.h"
#include "print/CaseFile.h"
#include "print/FormTemplate.h"
#include "security/Access.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace sifa;

namespace {

QDate day(int m, int d)
{
    return QDate(2026, m, d);
}

QString tool(const QString &name, const QStringList &args)
{
    QProcess p;
    p.start(name, args);
    REQUIRE(p.waitForFinished(30000));
    INFO(name.toStdString() << " " << p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The PDF's facts: pages, A4, fonts embedded, its text without layout spaces.
struct Pdf {
    int pages = 0;
    bool a4 = false;
    QStringList fontsNotEmbedded;
    QStringList pageTexts;
    QString text() const { return pageTexts.join(QLatin1Char('\n')); }
};

QString squeezed(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("[ \\t\\x{3000}]")));
    return s;
}

Pdf inspect(const QString &path)
{
    REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
    Pdf pdf;
    const QString info = tool(QStringLiteral("pdfinfo"), {path});
    pdf.a4 = info.contains(QStringLiteral("x 842 pts (A4)")) || info.contains(QStringLiteral("842 x 595 pts"));
    pdf.pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
    const QStringList fonts = tool(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    for (const QString &line : fonts) {
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (cols.size() < 5 || cols.at(cols.size() - 5) != QLatin1String("yes"))
            pdf.fontsNotEmbedded << line;
    }
    for (int p = 1; p <= pdf.pages; ++p) {
        pdf.pageTexts << squeezed(tool(QStringLiteral("pdftotext"),
                                       {QStringLiteral("-f"), QString::number(p), QStringLiteral("-l"),
                                        QString::number(p), path, QStringLiteral("-")}));
    }
    return pdf;
}

Pdf print(const PrintJob &job, const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name + QStringLiteral(".pdf"));
    REQUIRE(FormPrinter::writePdf(job, path).ok());
    if (const QString keep = qEnvironmentVariable("SIFA_PRINT_KEEP"); !keep.isEmpty()) {
        QFile::remove(QDir(keep).filePath(name + QStringLiteral(".pdf")));
        QFile::copy(path, QDir(keep).filePath(name + QStringLiteral(".pdf")));
    }
    return inspect(path);
}

// 张三 against 李四: accepted, two sessions, a written agreement performed, a return visit.
struct AgreedCase {
    test::MediationFixture f;
    QString uuid;
    QString caseNo;

    explicit AgreedCase(const QString &longContent = QString())
    {
        uuid = f.mediatingCase(day(3, 2), day(3, 3), day(3, 4));
        DisputeRecord second = f.session(uuid, day(3, 6));
        if (!longContent.isEmpty())
            second.content = longContent;
        REQUIRE(DisputeService::addRecord(f.db(), f.mediator, second));
        REQUIRE(DisputeService::recordAgreement(f.db(), f.mediator, f.agreement(uuid, day(3, 6)), false));
        caseNo = DisputeRepository::get(f.db(), uuid)->caseNo;
        REQUIRE_FALSE(caseNo.isEmpty());
    }
};

// The title a form prints (its first title block), which may differ from its name in lists
// (卷宗封面 prints 人民调解卷宗).
QString printedTitle(const QString &id)
{
    const FormTemplate *t = FormTemplates::find(id);
    REQUIRE(t);
    for (const FormBlock &b : t->blocks) {
        if (b.kind == FormBlock::Kind::Title)
            return squeezed(b.text);
    }
    return squeezed(t->title);
}

}  // namespace

TEST_CASE("every form of a case prints as A4 with its fonts embedded and its text in reading order",
          "[print][golden]")
{
    AgreedCase c;
    const Access access = Access::user(c.f.mediator);
    QTemporaryDir dir;
    const QStringList forms{QStringLiteral("cover"),         QStringLiteral("contents"),
                            QStringLiteral("application"),   QStringLiteral("registration"),
                            QStringLiteral("rights-notice"), QStringLiteral("session"),
                            QStringLiteral("agreement"),     QStringLiteral("closing-report"),
                            QStringLiteral("back-cover")};
    for (const QString &id : forms) {
        INFO(id.toStdString());
        Result<PrintJob> job = CaseFile::form(c.f.db(), access, id, c.caseNo);
        REQUIRE(job);
        const Pdf pdf = print(*job, dir, QStringLiteral("golden-") + id);
        CHECK(pdf.a4);
        CHECK(pdf.fontsNotEmbedded.isEmpty());
        REQUIRE(pdf.pages >= 1);
        const QString text = pdf.text();
        // The title comes first, then what the case filled in.
        const qsizetype at = text.indexOf(printedTitle(id));
        CHECK(at >= 0);
        const QString number = squeezed(c.caseNo);
        if (id == QLatin1String("cover") || id == QLatin1String("contents") || id == QLatin1String("registration")
            || id == QLatin1String("closing-report") || id == QLatin1String("back-cover")) {
            CHECK(text.indexOf(number) > at);
        }
        if (id == QLatin1String("application") || id == QLatin1String("agreement") || id == QLatin1String("session")
            || id == QLatin1String("registration") || id == QLatin1String("rights-notice")) {
            const qsizetype zhang = text.indexOf(QStringLiteral("张三"), at);
            const qsizetype li = text.indexOf(QStringLiteral("李四"), zhang);
            CHECK(zhang > at);
            CHECK(li > zhang);  // the applicant before the respondent
        }
    }

    // The agreement: one copy per party and the committee's, each starting its own page.
    Result<PrintJob> agreement = CaseFile::form(c.f.db(), access, QStringLiteral("agreement"), c.caseNo);
    REQUIRE(agreement);
    const Pdf copies = print(*agreement, dir, QStringLiteral("golden-agreement-copies"));
    CHECK(copies.text().count(QStringLiteral("人民调解协议书")) == 3);
    REQUIRE(agreement->parts.first().copies.size() == 3);
    for (const FormData &copy : agreement->parts.first().copies) {
        INFO(copy.label.toStdString());
        CHECK(copies.text().contains(squeezed(copy.label)));
    }
}

TEST_CASE("a blank form keeps its labels and room and nothing of any case", "[print][golden]")
{
    AgreedCase c;
    QTemporaryDir dir;
    for (const FormTemplate *t : FormTemplates::all()) {
        // The register and the statistics table are filled from their rows; their titles are values.
        if (t->id == QLatin1String("register") || t->module == QLatin1String("statistics"))
            continue;
        INFO(t->id.toStdString());
        FormOptions blank;
        blank.blank = true;
        Result<PrintJob> job = CaseFile::form(c.f.db(), Access::user(c.f.mediator), t->id, c.caseNo, blank);
        REQUIRE(job);
        const Pdf pdf = print(*job, dir, QStringLiteral("blank-") + t->id);
        CHECK(pdf.a4);
        CHECK(pdf.fontsNotEmbedded.isEmpty());
        const QString text = pdf.text();
        CHECK(text.contains(printedTitle(t->id)));
        CHECK_FALSE(text.contains(QStringLiteral("张三")));
        CHECK_FALSE(text.contains(squeezed(c.caseNo)));
    }
}

TEST_CASE("a record too long for its page continues on the next, every word printed", "[print][golden]")
{
    QString content;
    for (int i = 1; i <= 60; ++i)
        content += QStringLiteral("第%1段：双方就围墙位置各自陈述，调解员逐项核对了宅基地证上的四至界线。\n").arg(i);
    AgreedCase c(content);
    Result<PrintJob> job = CaseFile::form(c.f.db(), Access::user(c.f.mediator), QStringLiteral("session"), c.caseNo);
    REQUIRE(job);
    REQUIRE(job->parts.first().copies.size() == 2);  // two sessions
    QTemporaryDir dir;
    const Pdf pdf = print(*job, dir, QStringLiteral("golden-session-overflow"));
    CHECK(pdf.pages >= 3);  // the first session on one page, the long one on two or more
    const QString text = pdf.text();
    for (int i = 1; i <= 60; ++i) {
        INFO(i);
        CHECK(text.contains(QStringLiteral("第%1段：").arg(i)));
    }
    CHECK(text.count(QStringLiteral("四至界线")) == 60);
}

TEST_CASE("the case file's directory gives the page each document starts on", "[print][golden]")
{
    AgreedCase c;
    QList<CaseFile::Entry> entries;
    Result<PrintJob> job = CaseFile::dossier(c.f.db(), Access::user(c.f.mediator), c.caseNo, &entries);
    REQUIRE(job);
    QTemporaryDir dir;
    const Pdf pdf = print(*job, dir, QStringLiteral("golden-dossier"));
    CHECK(pdf.a4);
    CHECK(pdf.fontsNotEmbedded.isEmpty());
    // The cover and the directory carry no number; the documents are numbered from 1.
    CHECK_FALSE(pdf.pageTexts.at(0).contains(QStringLiteral("—1—")));
    REQUIRE(entries.size() >= 6);
    const QString directory = pdf.pageTexts.at(1);
    CHECK(directory.contains(QStringLiteral("卷内目录")));
    for (const CaseFile::Entry &e : entries) {
        if (e.firstPage == 0)
            continue;
        INFO(e.title.toStdString() << " on page " << e.firstPage);
        // The directory names the document and its pages ...
        CHECK(directory.contains(squeezed(e.title)));
        // ... and the page printed with that number is where the document starts.
        qsizetype physical = -1;
        for (qsizetype p = 0; p < pdf.pageTexts.size(); ++p) {
            if (pdf.pageTexts.at(p).contains(QStringLiteral("—%1—").arg(e.firstPage)))
                physical = p;
        }
        REQUIRE(physical >= 0);
        CHECK((pdf.pageTexts.at(physical).contains(squeezed(e.title))
               || pdf.pageTexts.at(physical).contains(printedTitle(e.formId))));
    }
    // A printout kept with the case is the file itself, not a document in its directory.
    REQUIRE(CaseFile::archive(c.f.db(), Access::user(c.f.mediator), c.caseNo, *job, job->title));
    QList<CaseFile::Entry> again;
    REQUIRE(CaseFile::dossier(c.f.db(), Access::user(c.f.mediator), c.caseNo, &again));
    CHECK(again.size() == entries.size());
    // Required forms are all there.
    QStringList ids;
    for (const PrintJob::Part &p : job->parts)
        ids << p.form->id;
    for (const QString &id : CaseFile::dossierOrder()) {
        if (CaseFile::requiredInDossier(id))
            CHECK(ids.contains(id));
    }
}

TEST_CASE("the correction forms print blank and are not filled from a mediation case", "[print][golden]")
{
    AgreedCase c;
    const QList<const FormTemplate *> correction = FormTemplates::ofModule(QStringLiteral("correction"));
    REQUIRE(correction.size() >= 19);
    QTemporaryDir dir;
    for (const FormTemplate *t : correction) {
        INFO(t->id.toStdString());
        Result<PrintJob> filled = CaseFile::form(c.f.db(), Access::user(c.f.mediator), t->id, c.caseNo);
        REQUIRE_FALSE(filled);
        CHECK(filled.error().code == ErrorCode::InvalidInput);
        FormOptions blank;
        blank.blank = true;
        Result<PrintJob> job = CaseFile::form(c.f.db(), Access::user(c.f.mediator), t->id, QString(), blank);
        REQUIRE(job);
        const Pdf pdf = print(*job, dir, QStringLiteral("blank-") + t->id);
        CHECK(pdf.a4);
        CHECK(pdf.fontsNotEmbedded.isEmpty());
        CHECK(pdf.pages >= 1);
        CHECK(pdf.pages <= 3);
    }
}
