#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace sifa {

// A list of values with relative weights, drawn from with a seeded generator.
class WeightedList {
public:
    void add(const QString &value, int weight);
    QString pick(QRandomGenerator &rng) const;
    bool isEmpty() const { return m_values.isEmpty(); }

private:
    QStringList m_values;
    QList<int> m_cumulative;
};

struct MinorityName {
    QString name;
    QString ethnicity;
    QString originCounty;
};

// The ingredients in resources/demo, read once.
struct DemoRecipes {
    WeightedList surnames;
    QString maleChars;
    QString femaleChars;
    QString villageFirst;
    QString villageSecond;
    WeightedList occupations;
    WeightedList origins;
    QList<MinorityName> minorityNames;

    static DemoRecipes load();
};

}  // namespace sifa
