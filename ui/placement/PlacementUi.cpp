#include "placement/PlacementUi.h"

#include "correction/CorrectionUi.h"
#include "mediation/Dispute.h"

namespace sifa {
namespace ui {

QString PlacementUi::statusColour(const QString &status)
{
    if (status == QLatin1String("assisting"))
        return QStringLiteral("#1565c0");
    if (status == QLatin1String("expired"))
        return QStringLiteral("#2e7d32");
    if (status == QLatin1String("reoffended"))
        return QStringLiteral("#c62828");
    if (status == QLatin1String("moved"))
        return QStringLiteral("#8d6e63");
    return QStringLiteral("#616161");
}

QString PlacementUi::handoverColour(const QString &handoverStatus)
{
    if (handoverStatus == QLatin1String("done"))
        return QStringLiteral("#2e7d32");
    if (handoverStatus == QLatin1String("unknown"))
        return QStringLiteral("#c62828");
    return QStringLiteral("#e67e22");
}

QString PlacementUi::factorNames(const QString &factors)
{
    QStringList names;
    for (const QString &f : factors.split(QLatin1Char(','), Qt::SkipEmptyParts))
        names << CorrectionUi::codeName(QStringLiteral("placement_risk_factor"), f.trimmed());
    return names.join(QStringLiteral("、"));
}

QString PlacementUi::yuan(qint64 fen)
{
    return fen == 0 ? QString() : formatYuan(fen);
}

QString PlacementUi::who(const Session &session)
{
    return session.displayName.isEmpty() ? session.username : session.displayName;
}

QString PlacementUi::title()
{
    return tr("Resettlement");
}

} // namespace ui
} // namespace sifa
