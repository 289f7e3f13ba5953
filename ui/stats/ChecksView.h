#pragma once

#include "stats/StatReport.h"

#include <QTextBrowser>

class QUrl;

namespace sifa {
namespace ui {

// A report's consistency checks: errors in red (they stop a submission), warnings in amber,
// each with the figures it names as links: a figure's name selects it in the table, "records"
// lists what it counts.
class ChecksView : public QTextBrowser {
    Q_OBJECT
public:
    explicit ChecksView(QWidget *parent = nullptr);

    void setReport(const StatReportData &report);
    void clearChecks();
    int errorCount() const { return m_errors; }
    int warningCount() const { return m_warnings; }
    QStringList checkIds() const { return m_ids; }

public Q_SLOTS:
    // "figure:KEY" selects the figure, "drill:KEY" lists its records.
    void openLink(const QUrl &link);

Q_SIGNALS:
    void figureSelected(const QString &key);
    void figureActivated(const QString &key);

private:
    int m_errors = 0;
    int m_warnings = 0;
    QStringList m_ids;
};

}  // namespace ui
}  // namespace sifa
