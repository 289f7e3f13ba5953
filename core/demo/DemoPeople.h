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
    // A name with the given surname (a family's members).
    QString fullName(bool male, const QString &surname);
    // A resident of the office's own township of the given sex and birth date, always with a
    // valid ID number of the county and a phone: someone the office supervises.
    Person local(bool male, const QDate &birth, const QString &surname = QString());
    QString phone() { return mobile(); }
    // A house in one of the township's villages ("东门村12号").
    QString houseAddress() { return address(m_officeCode); }

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
