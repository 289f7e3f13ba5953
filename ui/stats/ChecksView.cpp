#include "stats/ChecksView.h"

#include <QUrl>

namespace sifa {
namespace ui {

ChecksView::ChecksView(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("checks"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &ChecksView::openLink);
}

void ChecksView::clearChecks()
{
    m_errors = 0;
    m_warnings = 0;
    m_ids.clear();
    clear();
}

void ChecksView::setReport(const StatReportData &report)
{
    clearChecks();
    QString html;
    // Errors first: they are what stands between the report and its submission.
    for (StatCheck::Severity severity : {StatCheck::Severity::Error, StatCheck::Severity::Warning}) {
        for (const StatCheck &c : report.checks) {
            if (c.severity != severity)
                continue;
            const bool error = severity == StatCheck::Severity::Error;
            (error ? m_errors : m_warnings)++;
            m_ids << c.id;
            html += QStringLiteral("<p style='margin-bottom:8px; color:%1'><b>%2</b>%3")
                        .arg(error ? QStringLiteral("#c62828") : QStringLiteral("#9a5b00"),
                             (error ? tr("Error: ") : tr("Warning: ")).toHtmlEscaped(), c.message.toHtmlEscaped());
            for (const QString &key : c.keys) {
                const StatFigure *f = report.figure(key);
                const QString value = f ? QStringLiteral("%1 %2").arg(f->text(), f->unit).trimmed() : QString();
                //: A figure a check names, as links: %1 its name (selects it), %2 its value, %3 "records" (lists them)
                html += QStringLiteral("<br>&nbsp;&nbsp;• ") +
                        tr("%1: %2 (%3)")
                            .arg(QStringLiteral("<a href='figure:%1'>%2</a>").arg(key, (f ? f->label : key).toHtmlEscaped()),
                                 value.toHtmlEscaped(),
                                 QStringLiteral("<a href='drill:%1'>%2</a>").arg(key, tr("records").toHtmlEscaped()));
            }
            html += QStringLiteral("</p>");
        }
    }
    if (report.checks.isEmpty())
        html = QStringLiteral("<p style='color:#2e7d32'>%1</p>").arg(tr("Every check passes.").toHtmlEscaped());
    setHtml(html);
}

void ChecksView::openLink(const QUrl &link)
{
    const QString key = link.path();
    if (key.isEmpty())
        return;
    if (link.scheme() == QLatin1String("figure"))
        Q_EMIT figureSelected(key);
    else if (link.scheme() == QLatin1String("drill"))
        Q_EMIT figureActivated(key);
}

}  // namespace ui
}  // namespace sifa
