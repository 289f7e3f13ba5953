// 社区矫正 statistics (domain README §3.9).
#include "stats/StatSpecs.h"

namespace sifa {

StatSpec CorrectionStats::spec()
{
    StatSpec s;
    s.id = QStringLiteral("correction");
    s.title = tr("Community correction statistics");
    s.ruleSet = QStringLiteral("statistics");
    return s;
}

}  // namespace sifa
