#include "demo/DemoRecipes.h"

#include "codes/CodeTables.h"

#include <QFile>

namespace sifa {

void WeightedList::add(const QString &value, int weight)
{
    m_values << value;
    m_cumulative << (m_cumulative.isEmpty() ? 0 : m_cumulative.last()) + qMax(1, weight);
}

QString WeightedList::pick(QRandomGenerator &rng) const
{
    if (m_values.isEmpty())
        return QString();
    const int r = static_cast<int>(rng.bounded(m_cumulative.last()));
    for (int i = 0; i < m_cumulative.size(); ++i) {
        if (r < m_cumulative[i])
            return m_values[i];
    }
    return m_values.last();
}

namespace {

QList<CodeItem> readCsv(const QString &name)
{
    QFile f(QStringLiteral(":/demo/") + name);
    QList<CodeItem> items;
    QString error;
    if (f.open(QIODevice::ReadOnly))
        parseCodeCsv(f.readAll(), &items, &error);
    return items;
}

QStringList readLines(const QString &name)
{
    QFile f(QStringLiteral(":/demo/") + name);
    QStringList out;
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.isEmpty() && !t.startsWith(QLatin1Char('#')))
            out << t;
    }
    return out;
}

}  // namespace

DemoRecipes DemoRecipes::load()
{
    DemoRecipes r;
    for (const CodeItem &it : readCsv(QStringLiteral("surnames.csv")))
        r.surnames.add(it.code, it.name.toInt());
    for (const CodeItem &it : readCsv(QStringLiteral("occupations.csv")))
        r.occupations.add(it.code, it.name.toInt());
    for (const CodeItem &it : readCsv(QStringLiteral("origins.csv")))
        r.origins.add(it.code, it.name.toInt());
    for (const CodeItem &it : readCsv(QStringLiteral("minority_names.csv")))
        r.minorityNames << MinorityName{it.code, it.name, it.nameEn};
    r.maleChars = readLines(QStringLiteral("given_male.txt")).value(0);
    r.femaleChars = readLines(QStringLiteral("given_female.txt")).value(0);
    const QStringList village = readLines(QStringLiteral("village_parts.txt"));
    r.villageFirst = village.value(0);
    r.villageSecond = village.value(1);
    return r;
}

}  // namespace sifa
