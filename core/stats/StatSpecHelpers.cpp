#include "stats/StatSpecs.h"

namespace sifa {
namespace statspec {

StatColumn column(const QString &id, const QString &header, const QString &sql, const QString &codeTable)
{
    return StatColumn{id, header, sql, codeTable, {}};
}

StatColumn labelled(const QString &id, const QString &header, const QString &sql,
                    std::function<QString(const QString &)> format)
{
    return StatColumn{id, header, sql, QString(), std::move(format)};
}

QString in(const QString &column, const QStringList &values)
{
    if (values.size() == 1)
        return column + QStringLiteral(" = ") + sqlQuote(values.first());
    QStringList quoted;
    for (const QString &v : values)
        quoted << sqlQuote(v);
    return column + QStringLiteral(" IN (") + quoted.join(QLatin1Char(',')) + QLatin1Char(')');
}

namespace {

QString shown(const StatReportData &r, const QString &key)
{
    const StatFigure *f = r.figure(key);
    return f ? f->label + QStringLiteral(" ") + f->text() : key;
}

}  // namespace

void notMore(StatSpec &spec, StatCheck::Severity severity, const QString &id, const QString &a, const QString &b,
             const QString &message)
{
    spec.checks.append([=](const StatReportData &r, QList<StatCheck> *out) {
        if (r.value(a) > r.value(b) + 1e-9)
            out->append({severity, id, message.arg(shown(r, a), shown(r, b)), {a, b}});
    });
}

void noneOf(StatSpec &spec, StatCheck::Severity severity, const QString &id, const QString &key, const QString &message)
{
    spec.checks.append([=](const StatReportData &r, QList<StatCheck> *out) {
        if (r.value(key) != 0)
            out->append({severity, id, message.arg(r.figure(key) ? r.figure(key)->text() : QString()), {key}});
    });
}

}  // namespace statspec
}  // namespace sifa
