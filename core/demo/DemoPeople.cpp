#include "demo/DemoPeople.h"

#include "codes/Divisions.h"
#include "people/IdNumber.h"
#include "util/Time.h"

namespace sifa {

DemoPeople::DemoPeople(const DemoRecipes &recipes, QRandomGenerator &rng, QString officeCode, QDate today)
    : m_recipes(recipes), m_rng(rng), m_officeCode(std::move(officeCode)), m_today(today)
{
    for (const Divisions::Entry &e : Divisions::instance().children(m_officeCode.left(6)))
        m_countyTownships << e.code;
    if (m_countyTownships.isEmpty())
        m_countyTownships << m_officeCode;
}

QString DemoPeople::fullName(bool male)
{
    const QString chars = male ? m_recipes.maleChars : m_recipes.femaleChars;
    QString given = chars.at(static_cast<int>(m_rng.bounded(chars.size())));
    if (m_rng.bounded(100) < 70)
        given += chars.at(static_cast<int>(m_rng.bounded(chars.size())));
    return m_recipes.surnames.pick(m_rng) + given;
}

QString DemoPeople::fullName(bool male, const QString &surname)
{
    const QString chars = male ? m_recipes.maleChars : m_recipes.femaleChars;
    QString given = chars.at(static_cast<int>(m_rng.bounded(chars.size())));
    if (m_rng.bounded(100) < 70)
        given += chars.at(static_cast<int>(m_rng.bounded(chars.size())));
    return surname + given;
}

QString DemoPeople::idNumber(const QString &county, const QDate &birth, bool male)
{
    int seq = static_cast<int>(m_rng.bounded(1, 999));
    if ((seq % 2 == 1) != male)
        seq = seq == 999 ? 998 : seq + 1;
    const QString first17 = county + birth.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
    return first17 + IdNumbers::checkCharacter(first17);
}

QString DemoPeople::address(const QString &divisionCode)
{
    Q_UNUSED(divisionCode)
    const QString &a = m_recipes.villageFirst;
    const QString &b = m_recipes.villageSecond;
    const QString village = QString(a.at(static_cast<int>(m_rng.bounded(a.size()))))
        + b.at(static_cast<int>(m_rng.bounded(b.size())));
    return QStringLiteral("%1村%2号").arg(village).arg(m_rng.bounded(1, 300));
}

QString DemoPeople::mobile()
{
    static const char prefixes[] = {'3', '5', '8', '7', '9'};
    QString s = QStringLiteral("1") + QLatin1Char(prefixes[m_rng.bounded(5)]);
    for (int i = 0; i < 9; ++i)
        s += QLatin1Char(static_cast<char>('0' + m_rng.bounded(10)));
    return s;
}

void DemoPeople::fillCodes(Person &p, int age)
{
    const int r = static_cast<int>(m_rng.bounded(100));
    if (age < 24)
        p.maritalStatus = r < 85 ? QStringLiteral("10") : QStringLiteral("20");
    else if (age > 68)
        p.maritalStatus = r < 25 ? QStringLiteral("30") : QStringLiteral("20");
    else
        p.maritalStatus = r < 8 ? QStringLiteral("40") : (r < 14 ? QStringLiteral("10") : QStringLiteral("20"));

    const int e = static_cast<int>(m_rng.bounded(100));
    if (age > 60)
        p.education = e < 45 ? QStringLiteral("80") : (e < 85 ? QStringLiteral("70") : QStringLiteral("90"));
    else if (age > 40)
        p.education = e < 50 ? QStringLiteral("70") : (e < 75 ? QStringLiteral("60") : (e < 88 ? QStringLiteral("40") : QStringLiteral("80")));
    else
        p.education = e < 30 ? QStringLiteral("60") : (e < 55 ? QStringLiteral("30") : (e < 70 ? QStringLiteral("20") : (e < 90 ? QStringLiteral("70") : QStringLiteral("40"))));

    const int pol = static_cast<int>(m_rng.bounded(100));
    p.politicalStatus = pol < 7 ? QStringLiteral("01") : (age < 28 && pol < 30 ? QStringLiteral("03") : QStringLiteral("13"));
}

Person DemoPeople::next()
{
    Person p;
    const bool male = m_rng.bounded(100) < 52;
    p.name = fullName(male);
    p.sex = male ? QStringLiteral("1") : QStringLiteral("2");
    const int age = 18 + static_cast<int>(m_rng.bounded(40)) + static_cast<int>(m_rng.bounded(28));
    p.birthDate = m_today.addYears(-age).addDays(-static_cast<int>(m_rng.bounded(365)));
    p.ethnicity = m_rng.bounded(100) < 98 ? QStringLiteral("01") : QStringLiteral("22");  // 汉族, some 畲族

    // Where they live: mostly the office's own township, some elsewhere in the county.
    p.residenceDivision = m_rng.bounded(100) < 65
        ? m_officeCode
        : m_countyTownships.at(static_cast<int>(m_rng.bounded(m_countyTownships.size())));
    p.residenceAddress = address(p.residenceDivision);
    // Where they are registered: mostly the same place, some come from other counties.
    QString county = m_officeCode.left(6);
    if (m_rng.bounded(100) < 18) {
        county = m_recipes.origins.pick(m_rng);
        p.hukouDivision = county;
        p.hukouAddress = address(county);
    } else {
        p.hukouDivision = p.residenceDivision;
        p.hukouAddress = p.residenceAddress;
    }
    if (m_rng.bounded(100) < 93)
        p.idNumber = idNumber(county, p.birthDate, male);
    else
        p.note = QStringLiteral("身份证号码待核实");
    if (m_rng.bounded(100) < 88)
        p.phone = mobile();
    p.occupation = age > 65 && m_rng.bounded(100) < 60 ? QStringLiteral("退休人员") : m_recipes.occupations.pick(m_rng);
    fillCodes(p, age);
    return p;
}

Person DemoPeople::local(bool male, const QDate &birth, const QString &surname)
{
    Person p;
    p.name = fullName(male, surname.isEmpty() ? m_recipes.surnames.pick(m_rng) : surname);
    p.sex = male ? QStringLiteral("1") : QStringLiteral("2");
    p.birthDate = birth;
    p.ethnicity = QStringLiteral("01");
    p.residenceDivision = m_officeCode;
    p.residenceAddress = address(m_officeCode);
    p.hukouDivision = p.residenceDivision;
    p.hukouAddress = p.residenceAddress;
    p.idNumber = idNumber(m_officeCode.left(6), birth, male);
    p.phone = mobile();
    const int age = ageOn(birth, m_today);
    p.occupation = age < 18 ? QStringLiteral("学生") : m_recipes.occupations.pick(m_rng);
    for (int tries = 0; age < 55 && p.occupation == QStringLiteral("退休人员") && tries < 5; ++tries)
        p.occupation = m_recipes.occupations.pick(m_rng);
    fillCodes(p, qMax(age, 18));
    return p;
}

Person DemoPeople::minority(const MinorityName &m)
{
    Person p;
    const bool male = !m.name.startsWith(QStringLiteral("古丽"));
    p.name = m.name;
    p.sex = male ? QStringLiteral("1") : QStringLiteral("2");
    const int age = 24 + static_cast<int>(m_rng.bounded(20));
    p.birthDate = m_today.addYears(-age).addDays(-static_cast<int>(m_rng.bounded(365)));
    p.ethnicity = m.ethnicity;
    p.hukouDivision = m.originCounty;
    p.residenceDivision = m_officeCode;
    p.residenceAddress = address(m_officeCode);
    p.idNumber = idNumber(m.originCounty, p.birthDate, male);
    p.phone = mobile();
    p.occupation = QStringLiteral("务工人员");
    fillCodes(p, age);
    return p;
}

}  // namespace sifa
