#pragma once

#include "mediation/Dispute.h"

#include <QCoreApplication>
#include <QString>

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

// What the case window shows as text: the registration, the agreement, the deadlines and the
// history of the case, as HTML for a read-only text browser.
class CaseViews {
    Q_DECLARE_TR_FUNCTIONS(CaseViews)
public:
    static QString overviewHtml(const Database &db, const DisputeFile &file);
    static QString agreementHtml(const DisputeFile &file);
    static QString deadlineText(const DisputeFile &file, const QDate &today);  // may hold simple HTML
    static QString historyHtml(const Database &db, const DisputeFile &file);
};

}  // namespace ui
}  // namespace sifa
