#include "stats/StatOffices.h"

#include "domain/Office.h"
#include "stats/Statistics.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QSet>

#include <algorithm>

namespace sifa {

Result<QStringList> StatOffices::inData(const Database &db, const QString &reportId)
{
    const OfficeInfo info = Office::info(db);
    if (!info.isCounty())
        return QStringList{info.code};
    const std::optional<StatSpec> spec = Statistics::spec(reportId);
    if (!spec)
        return Statistics::checkReportId(reportId);
    QSet<QString> codes;
    for (const StatBase &b : spec->bases) {
        if (b.officeColumn.isEmpty())
            continue;
        Query q(db, QStringLiteral("SELECT DISTINCT ") + b.officeColumn + QStringLiteral(" FROM ") + b.from);
        if (Status s = q.exec(tr("listing the offices of the %1").arg(spec->title)); !s.ok())
            return s;
        while (q.next()) {
            const QString code = q.text(0);
            if (code.size() == 9 && code.startsWith(info.code))
                codes.insert(code);
        }
    }
    QStringList out(codes.cbegin(), codes.cend());
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace sifa
