#pragma once

#include "security/Session.h"
#include "stats/StatReport.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

// What the reports page does with a computed report: submit it to the county (counted again
// first; errors refuse, warnings are confirmed), preview and print it, save it as a file.
class ReportActions {
    Q_DECLARE_TR_FUNCTIONS(ReportActions)
public:
    struct Submitted {
        std::optional<StatReportData> now;  // the report as counted for the submission
        bool done = false;                  // submitted
        QString message;                    // for the status line
    };
    static Submitted submit(QWidget *parent, Database &db, const Session &session, const StatReportData &shown,
                            const QString &office, const QString &note);
    static void showCountingRules(QWidget *parent, const StatReportData &report);
    static void printPreview(QWidget *parent, Database &db, const Session &session, const StatReportData &report);
    // Asks for a file and writes the report as pdf, xlsx or csv; the status line's text, or empty.
    static QString exportAs(QWidget *parent, const Database &db, const StatReportData &report, const QString &format);
};

}  // namespace ui
}  // namespace sifa
