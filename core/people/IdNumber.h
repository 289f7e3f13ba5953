#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace sifa {

// Identity document types (resources/codes/id_type.csv).
namespace IdType {
inline const QString Resident = QStringLiteral("1");           // 居民身份证
inline const QString HkMoTwPermit = QStringLiteral("2");       // 港澳台居民居住证
inline const QString ForeignPermanent = QStringLiteral("3");   // 外国人永久居留身份证
}  // namespace IdType

enum class IdError {
    None,
    Empty,
    WrongLength,
    BadCharacters,
    BadProvince,
    BadPermitPrefix,
    BadDate,
    FutureDate,
    Before1900,
    BadCheck,
};

struct IdCheck {
    IdError error = IdError::None;
    QString message;          // translated; empty when valid
    QString normalized;       // 18 characters, upper-case X, after any 15→18 upgrade
    QDate birthDate;          // derived from the number
    QString sexCode;          // "1" male, "2" female (GB/T 2261.1), derived from digit 17
    bool upgradedFrom15 = false;

    bool ok() const { return error == IdError::None; }
};

// GB 11643-1999 citizen identity numbers: check character (ISO 7064 MOD 11-2), real birth
// date between 1900 and today, valid province prefix, 15→18 upgrade, sex from digit 17.
class IdNumbers {
    Q_DECLARE_TR_FUNCTIONS(IdNumbers)
public:
    // Validates a number of the given document type. Types without a checkable structure
    // (passports and the like) only get a plausibility check.
    static IdCheck check(const QString &idType, const QString &input, const QDate &today);

    static IdCheck checkResident(const QString &input, const QDate &today);

    // The check character for the first 17 digits.
    static QChar checkCharacter(QStringView first17);
    // 15-digit legacy number → 18 digits (inserts "19", appends the check character).
    static QString upgrade15(const QString &fifteen);
    // 330225********123X: keeps region and the last four.
    static QString mask(const QString &number);
    // Whether a document type's numbers follow GB 11643 (birth date and sex derivable).
    static bool isStructured(const QString &idType);

private:
    // Resident: province prefix checked. Permit: 810000/820000/830000 prefix. ForeignPermanent
    // (2023 cards): starts with 9, no province prefix; date and check character as GB 11643.
    enum class Structure { Resident, Permit, ForeignPermanent };
    static IdCheck checkGb11643(const QString &input, const QDate &today, Structure structure);
};

}  // namespace sifa
