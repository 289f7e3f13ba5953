#pragma once

#include "correction/CcRecord.h"

#include <QCoreApplication>
#include <QString>

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

// What the subject's file window shows as text: the person, the judgment and the correction,
// the end of correction, and the history of every change, as HTML for read-only browsers.
class SubjectViews {
    Q_DECLARE_TR_FUNCTIONS(SubjectViews)
public:
    static QString overviewHtml(const Database &db, const SubjectFile &file);
    static QString endHtml(const SubjectFile &file, const QDate &today);
    static QString historyHtml(const Database &db, const SubjectFile &file);
    // The facts under the name in the window's header: type, grade, period, report-in.
    static QString headerFacts(const SubjectFile &file, const QDate &today);
};

} // namespace ui
} // namespace sifa
