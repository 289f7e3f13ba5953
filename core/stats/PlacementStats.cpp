// 安置帮教 statistics (domain README §4.7).
#include "stats/StatSpecs.h"

namespace sifa {

StatSpec PlacementStats::spec()
{
    StatSpec s;
    s.id = QStringLiteral("placement");
    s.title = tr("Resettlement and assistance statistics");
    s.ruleSet = QStringLiteral("statistics");
    return s;
}

}  // namespace sifa
