#pragma once

#include "security/Session.h"
#include "sync/Record.h"

#include <QCoreApplication>
#include <QString>

namespace sifa {
namespace ui {

// Small pieces of the 安置帮教 screens on top of CorrectionUi's (code names, record tables, HTML
// rows, which work on any Record): colours of the status and the hand-over, factor names, money.
class PlacementUi {
    Q_DECLARE_TR_FUNCTIONS(PlacementUi)
public:
    static QString statusColour(const QString &status);
    static QString handoverColour(const QString &handoverStatus);
    // The names of comma-separated placement_risk_factor codes, joined with 、.
    static QString factorNames(const QString &factors);
    // An amount stored in fen, shown in yuan (empty for 0).
    static QString yuan(qint64 fen);
    static QString who(const Session &session);  // the signed-in user's display name
    static QString title();                       // the module's name for message boxes
};

} // namespace ui
} // namespace sifa
