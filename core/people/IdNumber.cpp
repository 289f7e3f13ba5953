#include "people/IdNumber.h"

#include "codes/Divisions.h"

#include <QLocale>
#include <QRegularExpression>

namespace sifa {

namespace {

constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kCheckChars[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

QString cleaned(const QString &input)
{
    QString s = input.trimmed().toUpper();
    s.remove(QLatin1Char(' '));
    // Full-width digits and X typed with a Chinese input method.
    for (QChar &c : s) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            c = QChar(c.unicode() - 0xFF10 + '0');
        else if (c.unicode() == 0xFF38 || c.unicode() == 0xFF58)
            c = QLatin1Char('X');
    }
    return s;
}

IdCheck fail(IdError e, const QString &message)
{
    IdCheck c;
    c.error = e;
    c.message = message;
    return c;
}

}  // namespace

QChar IdNumbers::checkCharacter(QStringView first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - '0') * kWeights[i];
    return QLatin1Char(kCheckChars[sum % 11]);
}

QString IdNumbers::upgrade15(const QString &fifteen)
{
    const QString first17 = fifteen.left(6) + QStringLiteral("19") + fifteen.mid(6);
    return first17 + checkCharacter(first17);
}

QString IdNumbers::mask(const QString &number)
{
    if (number.size() <= 8)
        return QString(number.size(), QLatin1Char('*'));
    const int keepFront = number.size() >= 15 ? 6 : 2;
    return number.left(keepFront) + QString(number.size() - keepFront - 4, QLatin1Char('*')) + number.right(4);
}

bool IdNumbers::isStructured(const QString &idType)
{
    return idType == IdType::Resident || idType == IdType::HkMoTwPermit;
}

IdCheck IdNumbers::check(const QString &idType, const QString &input, const QDate &today)
{
    if (idType == IdType::Resident)
        return checkResident(input, today);
    if (idType == IdType::HkMoTwPermit)
        return checkGb11643(input, today, Structure::Permit);
    const QString s = cleaned(input);
    if (s.isEmpty())
        return fail(IdError::Empty, tr("Enter the document number."));
    if (idType == IdType::ForeignPermanent) {
        // 2023 format: 18 characters starting with 9, GB 11643 check character; older cards:
        // 3 letters and 12 digits.
        static const QRegularExpression oldFormat(QStringLiteral("^[A-Z]{3}\\d{12}$"));
        if (oldFormat.match(s).hasMatch()) {
            IdCheck c;
            c.normalized = s;
            return c;
        }
        if (s.size() == 18 && s.startsWith(QLatin1Char('9'))) {
            return checkGb11643(s, today, Structure::ForeignPermanent);
        }
        return fail(IdError::WrongLength,
                    tr("A foreign permanent residence ID has 18 characters starting with 9 (or, on older "
                       "cards, 3 letters and 12 digits)."));
    }
    static const QRegularExpression plausible(QStringLiteral("^[A-Z0-9\\-]{3,30}$"));
    if (!plausible.match(s).hasMatch()) {
        return fail(IdError::BadCharacters,
                    tr("A document number has 3 to 30 letters, digits or hyphens."));
    }
    IdCheck c;
    c.normalized = s;
    return c;
}

IdCheck IdNumbers::checkResident(const QString &input, const QDate &today)
{
    return checkGb11643(input, today, Structure::Resident);
}

IdCheck IdNumbers::checkGb11643(const QString &input, const QDate &today, Structure structure)
{
    const bool permit = structure == Structure::Permit;
    QString s = cleaned(input);
    if (s.isEmpty())
        return fail(IdError::Empty, tr("Enter the ID number."));

    bool upgraded = false;
    if (s.size() == 15 && structure == Structure::Resident) {
        for (QChar c : s) {
            if (!c.isDigit()) {
                return fail(IdError::BadCharacters,
                            tr("A 15-digit ID number has digits only; check the character \"%1\".").arg(c));
            }
        }
        s = upgrade15(s);
        upgraded = true;
    }
    if (s.size() != 18) {
        return fail(IdError::WrongLength,
                    permit ? tr("A residence permit number has 18 characters; this one has %1.").arg(s.size())
                           : tr("A resident ID number has 18 characters (15 on cards issued before 1999); this "
                                "one has %1.")
                                 .arg(s.size()));
    }
    for (int i = 0; i < 18; ++i) {
        const QChar c = s.at(i);
        if (!(c.isDigit() && c.unicode() < 128) && !(i == 17 && c == QLatin1Char('X'))) {
            return fail(IdError::BadCharacters,
                        tr("An ID number has digits only, with an X allowed as the last character; "
                           "character %1 (\"%2\") is wrong.")
                            .arg(i + 1)
                            .arg(c));
        }
    }
    if (permit) {
        const QString prefix = s.left(6);
        if (prefix != QLatin1String("810000") && prefix != QLatin1String("820000")
            && prefix != QLatin1String("830000")) {
            return fail(IdError::BadPermitPrefix,
                        tr("A residence permit for Hong Kong, Macao or Taiwan residents starts with 810000, "
                           "820000 or 830000; this one starts with %1.")
                            .arg(prefix));
        }
    } else if (structure == Structure::Resident && !Divisions::instance().isProvince(s.left(2))) {
        return fail(IdError::BadProvince,
                    tr("The number starts with %1, which is not a province code; check the first two digits.")
                        .arg(s.left(2)));
    }

    const QString digits = s.mid(6, 8);
    // The digits were checked above: plain arithmetic, not QDate::fromString's format parser
    // (an import checks every party's number twice).
    const auto number = [&s](int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; ++i)
            n = n * 10 + (s.at(i).unicode() - '0');
        return n;
    };
    const QDate birth(number(6, 4), number(10, 2), number(12, 2));
    if (!birth.isValid()) {
        return fail(IdError::BadDate,
                    upgraded ? tr("The digits %1 (positions 7 to 12) are not a real birth date.").arg(digits.mid(2))
                             : tr("The digits %1 (positions 7 to 14) are not a real birth date.").arg(digits));
    }
    if (birth > today) {
        return fail(IdError::FutureDate, tr("The birth date in the number, %1, lies in the future.")
                                             .arg(QLocale().toString(birth, QLocale::ShortFormat)));
    }
    if (birth.year() < 1900) {
        return fail(IdError::Before1900, tr("The birth date in the number, %1, is before 1900.")
                                             .arg(QLocale().toString(birth, QLocale::ShortFormat)));
    }

    const QChar expected = checkCharacter(QStringView(s).left(17));
    if (s.at(17) != expected) {
        return fail(IdError::BadCheck,
                    tr("The last character should be %1, not %2: a digit was probably mistyped.")
                        .arg(expected)
                        .arg(s.at(17)));
    }

    IdCheck c;
    c.normalized = s;
    c.birthDate = birth;
    c.sexCode = ((s.at(16).unicode() - '0') % 2) ? QStringLiteral("1") : QStringLiteral("2");
    c.upgradedFrom15 = upgraded;
    return c;
}

}  // namespace sifa
