#include "stats/StatEngine.h"

#include "codes/CodeTables.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QMap>

#include <cmath>

namespace sifa {

namespace {

QString whereOf(const StatBase &b, const QString &office)
{
    QString w = b.where.isEmpty() ? QStringLiteral("1") : QStringLiteral("(") + b.where + QLatin1Char(')');
    if (!office.isEmpty() && !b.officeColumn.isEmpty())
        w += QStringLiteral(" AND ") + b.officeColumn + QStringLiteral(" = :office");
    return w;
}

QString aggregate(const QString &condition, const QString &value)
{
    const QString v = value.isEmpty() ? QStringLiteral("1") : QStringLiteral("(") + value + QLatin1Char(')');
    if (condition.isEmpty())
        return value.isEmpty() ? QStringLiteral("COUNT(*)") : QStringLiteral("TOTAL(") + v + QLatin1Char(')');
    return QStringLiteral("TOTAL(CASE WHEN (") + condition + QStringLiteral(") THEN ") + v + QStringLiteral(" ELSE 0 END)");
}

void bindPeriod(Query &q, const QString &sql, const StatPeriod &period, const QString &office)
{
    if (sql.contains(QLatin1String(":from")))
        q.bind(QStringLiteral(":from"), period.from.toString(Qt::ISODate));
    if (sql.contains(QLatin1String(":to")))
        q.bind(QStringLiteral(":to"), period.to.toString(Qt::ISODate));
    if (sql.contains(QLatin1String(":office")))
        q.bind(QStringLiteral(":office"), office);
}

QString computing(const StatSpec &spec) { return StatEngine::tr("computing the %1").arg(spec.title); }

// The codes of a breakdown in their printing order and their names.
QList<QPair<QString, QString>> codesOf(const StatBreakdown &b)
{
    if (!b.codes.isEmpty())
        return b.codes;
    QList<QPair<QString, QString>> out;
    if (const CodeTable *t = CodeTables::instance().table(b.codeTable)) {
        for (const CodeItem &item : t->items)
            out.append({item.code, t->displayName(item.code)});
    }
    return out;
}

double rounded(double v, int decimals)
{
    const double p = std::pow(10.0, decimals);
    return std::round(v * p) / p;
}

StatFigure figureOf(const StatMeasure &m, double value)
{
    StatFigure f;
    f.key = m.key;
    f.section = m.section;
    f.label = m.label;
    f.unit = m.unit;
    f.definition = m.definition;
    f.kind = m.value.isEmpty() ? StatFigure::Kind::Count : StatFigure::Kind::Sum;
    f.value = m.scale != 1 ? value / m.scale : value;
    // A sum is the figure as shown (hours to one decimal, yuan to the fen), so the value a
    // report exports or submits is the one printed.
    if (f.kind == StatFigure::Kind::Sum)
        f.value = rounded(f.value, m.decimals);
    f.decimals = m.decimals;
    f.level = m.level;
    f.hidden = m.hidden;
    return f;
}

}  // namespace

Result<StatReportData> StatEngine::compute(const Database &db, const StatSpec &spec, const StatPeriod &period,
                                           const QString &office)
{
    QHash<QString, double> measureValues;                   // measure key → value
    QHash<int, QMap<QString, double>> breakdownValues;      // breakdown index → code → value
    for (const StatBase &b : spec.bases) {
        QStringList aggs;
        QList<int> measureIdx;
        for (int i = 0; i < spec.measures.size(); ++i) {
            if (spec.measures[i].base == b.id) {
                aggs << aggregate(spec.measures[i].condition, spec.measures[i].value);
                measureIdx << i;
            }
        }
        // One pass over the base for all its figures: grouped by the codes of its breakdowns,
        // each group adding to the measures (sums of counts and totals) and to the breakdowns by
        // their codes. Separate statements would read the same rows once per breakdown.
        QList<int> breakdownIdx;
        QStringList groups;
        for (int i = 0; i < spec.breakdowns.size(); ++i) {
            if (spec.breakdowns[i].base != b.id)
                continue;
            breakdownIdx << i;
            groups << QStringLiteral("IFNULL(") + spec.breakdowns[i].column + QStringLiteral(", '')");
            aggs << aggregate(spec.breakdowns[i].condition, spec.breakdowns[i].value);
        }
        if (aggs.isEmpty())
            continue;
        QString sql = QStringLiteral("SELECT ") + (groups + aggs).join(QStringLiteral(", ")) +
                      QStringLiteral(" FROM ") + b.from + QStringLiteral(" WHERE ") + whereOf(b, office);
        if (!groups.isEmpty()) {
            QStringList positions;
            for (int g = 1; g <= groups.size(); ++g)
                positions << QString::number(g);
            sql += QStringLiteral(" GROUP BY ") + positions.join(QStringLiteral(", "));
        }
        Query q(db, sql);
        bindPeriod(q, sql, period, office);
        if (Status s = q.exec(computing(spec)); !s.ok())
            return s;
        const int first = int(groups.size());
        for (int c = 0; c < measureIdx.size(); ++c)
            measureValues.insert(spec.measures[measureIdx[c]].key, 0);
        while (q.next()) {
            for (int c = 0; c < measureIdx.size(); ++c)
                measureValues[spec.measures[measureIdx[c]].key] += q.value(first + c).toDouble();
            for (int g = 0; g < breakdownIdx.size(); ++g)
                breakdownValues[breakdownIdx[g]][q.text(g)] += q.value(first + int(measureIdx.size()) + g).toDouble();
        }
    }

    StatReportData report;
    report.reportId = spec.id;
    report.title = spec.title;
    report.period = period;
    report.office = office;
    report.countingRules = spec.countingRules;
    for (const StatItem &item : spec.order) {
        switch (item.kind) {
        case StatItem::Kind::Measure: {
            const StatMeasure &m = spec.measures[item.index];
            report.figures.append(figureOf(m, measureValues.value(m.key)));
            break;
        }
        case StatItem::Kind::Breakdown: {
            const StatBreakdown &bd = spec.breakdowns[item.index];
            QMap<QString, double> values = breakdownValues.value(item.index);
            QList<QPair<QString, QString>> codes = codesOf(bd);
            QStringList known;
            for (const auto &c : codes)
                known << c.first;
            for (auto it = values.cbegin(); it != values.cend(); ++it) {
                if (!known.contains(it.key()) && it.value() != 0)
                    codes.append({it.key(), it.key().isEmpty() ? tr("(not recorded)") : it.key()});
            }
            for (const auto &c : codes) {
                StatMeasure m;
                m.key = bd.prefix + QLatin1Char('.') + (c.first.isEmpty() ? QStringLiteral("_") : c.first);
                m.section = bd.section;
                m.label = bd.labelPrefix + c.second;
                m.unit = bd.unit;
                m.definition = bd.definition;
                m.value = bd.value;
                m.scale = bd.scale;
                m.decimals = bd.decimals;
                m.level = bd.level;
                report.figures.append(figureOf(m, values.value(c.first)));
            }
            break;
        }
        case StatItem::Kind::Rate: {
            const StatRate &r = spec.rates[item.index];
            StatFigure f;
            f.key = r.key;
            f.section = r.section;
            f.label = r.label;
            f.unit = QStringLiteral("%");
            f.definition = r.definition;
            f.kind = StatFigure::Kind::Rate;
            f.decimals = 1;
            f.level = r.level;
            double denominator = 0;
            for (const auto &d : r.denominator)
                denominator += report.value(d.first) * d.second;
            f.value = denominator > 0 ? rounded(report.value(r.numerator) * 100.0 / denominator, 1) : 0;
            report.figures.append(f);
            break;
        }
        }
    }
    return report;
}

Result<StatDrill> StatEngine::drill(const Database &db, const StatSpec &spec, const QString &key,
                                    const StatPeriod &period, const QString &office)
{
    StatDrill out;
    out.key = key;
    QString baseId;
    QString condition;
    QString value;
    double scale = 1;
    QString code;
    bool byCode = false;
    for (const StatRate &r : spec.rates) {
        if (r.key == key) {
            Result<StatDrill> d = drill(db, spec, r.numerator, period, office);
            if (!d.ok())
                return d;
            StatDrill rate = std::move(d).value();
            rate.key = key;
            rate.label = r.label;
            rate.note = tr("The records counted in the rate's numerator. %1").arg(r.definition);
            return rate;
        }
    }
    for (const StatMeasure &m : spec.measures) {
        if (m.key == key) {
            baseId = m.base;
            condition = m.condition;
            value = m.value;
            scale = m.scale;
            out.label = m.label;
        }
    }
    if (baseId.isEmpty()) {
        for (const StatBreakdown &bd : spec.breakdowns) {
            if (!key.startsWith(bd.prefix + QLatin1Char('.')))
                continue;
            code = key.mid(bd.prefix.size() + 1);
            if (code == QLatin1String("_"))
                code.clear();
            baseId = bd.base;
            condition = bd.condition;
            value = bd.value;
            scale = bd.scale;
            byCode = true;
            condition = (condition.isEmpty() ? QString() : QStringLiteral("(") + condition + QStringLiteral(") AND ")) +
                        QStringLiteral("IFNULL(") + bd.column + QStringLiteral(", '') = :code");
            out.label = bd.labelPrefix + code;
            for (const auto &c : codesOf(bd)) {
                if (c.first == code)
                    out.label = bd.labelPrefix + c.second;
            }
        }
    }
    const StatBase *b = spec.base(baseId);
    if (!b) {
        return Result<StatDrill>::failure(ErrorCode::NotFound,
                                          tr("The %1 has no figure \"%2\".").arg(spec.title, key),
                                          QStringLiteral("drill"));
    }
    out.entity = b->entity;
    QStringList select{b->uuidColumn};
    for (const StatColumn &c : b->columns) {
        select << c.sql;
        out.headers << c.header;
        out.columnIds << c.id;
    }
    select << (value.isEmpty() ? QStringLiteral("1") : value);
    QString where = whereOf(*b, office);
    if (!condition.isEmpty())
        where += QStringLiteral(" AND (") + condition + QLatin1Char(')');
    const QString sql = QStringLiteral("SELECT ") + select.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") +
                        b->from + QStringLiteral(" WHERE ") + where +
                        (b->order.isEmpty() ? QString() : QStringLiteral(" ORDER BY ") + b->order);
    Query q(db, sql);
    bindPeriod(q, sql, period, office);
    if (byCode)
        q.bind(QStringLiteral(":code"), code);
    if (Status s = q.exec(tr("listing the records behind a figure")); !s.ok())
        return s;
    const CodeTables &tables = CodeTables::instance();
    while (q.next()) {
        StatDrill::Row row;
        row.uuid = q.text(0);
        row.entity = b->entity;
        for (int c = 0; c < b->columns.size(); ++c) {
            QString text = q.text(c + 1);
            if (b->columns[c].format) {
                text = b->columns[c].format(text);
            } else if (!b->columns[c].codeTable.isEmpty()) {
                if (const CodeTable *t = tables.table(b->columns[c].codeTable); t && t->contains(text))
                    text = t->displayName(text);
            }
            row.cells << text;
        }
        row.value = q.value(b->columns.size() + 1).toDouble() / scale;
        out.rows.append(row);
    }
    return out;
}

QList<StatCheck> StatEngine::check(const StatSpec &spec, const StatReportData &report)
{
    QList<StatCheck> out;
    for (const StatCheckFn &fn : spec.checks)
        fn(report, &out);
    return out;
}

}  // namespace sifa
