#pragma once

#include "demo/DemoRecipes.h"
#include "people/Person.h"

#include <QDate>
#include <QRandomGenerator>

namespace sifa {

// Generates plausible residents of an office's area: names, sexes, ages, valid ID numbers
// (address code, birth date, sequence parity and check character), phones, addresses with
// division codes, and the code-table fields.
class DemoPeople {
public:
    DemoPeople(const DemoRecipes &recipes, QRandomGenerator &rng, QString officeCode, QDate today);

    Person next();
    Person minority(const MinorityName &m);
    QString fullName(bool male);

private:
    QString idNumber(const QString &county, const QDate &birth, bool male);
    QString address(const QString &divisionCode);
    QString mobile();
    void fillCodes(Person &p, int age);

    const DemoRecipes &m_recipes;
    QRandomGenerator &m_rng;
    QString m_officeCode;
    QDate m_today;
    QStringList m_countyTownships;
};

}  // namespace sifa
