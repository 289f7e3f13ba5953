#include "stats/StatReport.h"

#include <QLocale>

namespace sifa {

QString StatFigure::text() const
{
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::DefaultNumberOptions);
    if (kind == Kind::Count && decimals == 0)
        return QString::number(qint64(value + (value < 0 ? -0.5 : 0.5)));
    return QString::number(value, 'f', decimals);
}

const StatFigure *StatReportData::figure(const QString &key) const
{
    for (const StatFigure &f : figures) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

double StatReportData::value(const QString &key) const
{
    const StatFigure *f = figure(key);
    return f ? f->value : 0;
}

QHash<QString, double> StatReportData::values() const
{
    QHash<QString, double> out;
    for (const StatFigure &f : figures)
        out.insert(f.key, f.value);
    return out;
}

bool StatReportData::hasErrors() const
{
    for (const StatCheck &c : checks) {
        if (c.severity == StatCheck::Severity::Error)
            return true;
    }
    return false;
}

}  // namespace sifa
