#pragma once

#include "placement/PlacementFile.h"

#include <QCoreApplication>
#include <QString>

namespace sifa {
class Database;
}

namespace sifa {
namespace ui {

// What the resettlement file window shows as text: the person and the release, the hand-over,
// the end of assistance and the history of every change, as HTML for read-only browsers.
class PlacementViews {
    Q_DECLARE_TR_FUNCTIONS(PlacementViews)
public:
    static QString overviewHtml(const Database &db, const PlacementFile &file);
    static QString handoverHtml(const PlacementFile &file);
    static QString endHtml(const PlacementFile &file, const QDate &today);
    static QString historyHtml(const Database &db, const PlacementFile &file);
    // The facts beside the status in the window's header: source, category, hand-over, release,
    // the period's end.
    static QString headerFacts(const PlacementFile &file);
};

} // namespace ui
} // namespace sifa
