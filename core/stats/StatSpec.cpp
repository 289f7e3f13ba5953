#include "stats/StatSpec.h"

namespace sifa {

const StatBase *StatSpec::base(const QString &id) const
{
    for (const StatBase &b : bases) {
        if (b.id == id)
            return &b;
    }
    return nullptr;
}

QString sqlQuote(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

}  // namespace sifa
