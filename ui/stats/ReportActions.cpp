#include "stats/ReportActions.h"

#include "print/PrintDialog.h"
#include "stats/StatExport.h"
#include "stats/StatSubmissions.h"
#include "stats/Statistics.h"
#include "widgets/MessageBox.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

namespace sifa {
namespace ui {

ReportActions::Submitted ReportActions::submit(QWidget *parent, Database &db, const Session &session,
                                               const StatReportData &shown, const QString &office, const QString &note)
{
    Submitted out;
    // Submit what the records say now, not what was counted when the page was last shown.
    Result<StatReportData> now = Statistics::run(db, session, shown.reportId, shown.period, office);
    if (!now) {
        MessageBox::warning(parent, tr("Submit the report"), now.message());
        return out;
    }
    out.now = *now;
    QStringList errors;
    QStringList warnings;
    for (const StatCheck &c : now->checks)
        (c.severity == StatCheck::Severity::Error ? errors : warnings) << QStringLiteral("• ") + c.message;
    const QString what = tr("%1, %2, %3").arg(now->title, now->period.label(), now->officeName);
    if (!errors.isEmpty()) {
        MessageBox::warning(parent, tr("Submit the report"),
                            tr("%1 cannot be submitted while a check finds an error. Correct the records, then "
                               "submit again:\n\n%2")
                                .arg(what, errors.join(QLatin1Char('\n'))));
        return out;
    }
    const QString question =
        warnings.isEmpty()
            ? tr("Submit %1 to the county? The figures are frozen as they are now.").arg(what)
            : tr("The checks warn about:\n\n%1\n\nSubmit %2 to the county anyway? The figures are frozen as they "
                 "are now, with these warnings.")
                  .arg(warnings.join(QLatin1Char('\n')), what);
    if (MessageBox::question(parent, tr("Submit the report"), question) != QMessageBox::Yes)
        return out;
    Result<StatSubmission> s = StatSubmissions::submit(db, session, *now, note, !warnings.isEmpty());
    if (!s) {
        MessageBox::warning(parent, tr("Submit the report"), s.message());
        return out;
    }
    out.done = true;
    out.message = tr("Submitted: %1.").arg(what);
    return out;
}

void ReportActions::showCountingRules(QWidget *parent, const StatReportData &report)
{
    QString text;
    for (const QString &rule : report.countingRules)
        text += QStringLiteral("• ") + rule + QLatin1Char('\n');
    MessageBox::information(parent, tr("How the figures are counted"), text.trimmed());
}

void ReportActions::printPreview(QWidget *parent, Database &db, const Session &session, const StatReportData &report)
{
    Result<PrintJob> job = StatExport::printJob(db, report);
    if (!job) {
        MessageBox::warning(parent, tr("Print"), job.message());
        return;
    }
    PrintDialog dialog(db, session, *job, parent);
    dialog.exec();
}

QString ReportActions::exportAs(QWidget *parent, const Database &db, const StatReportData &report,
                                const QString &format)
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("export/folder"), QDir::homePath()).toString();
    QString name = QStringLiteral("%1 %2").arg(report.title, report.period.id());
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]+")), QStringLiteral("_"));
    const QString filter = format == QLatin1String("pdf")    ? tr("PDF documents (*.pdf)")
                           : format == QLatin1String("xlsx") ? tr("Excel workbook (*.xlsx)")
                                                             : tr("CSV, UTF-8 (*.csv)");
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Save the report"), QDir(folder).filePath(name + QLatin1Char('.') + format), filter);
    if (path.isEmpty())
        return QString();
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    if (Status s = StatExport::write(db, report, format, path); !s.ok()) {
        MessageBox::warning(parent, tr("Save the report"), s.message());
        return QString();
    }
    return tr("Saved as %1.").arg(QDir::toNativeSeparators(path));
}

}  // namespace ui
}  // namespace sifa
